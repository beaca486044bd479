"""End to end with the embedded SmolLM2 model and the encrypted store: ask, stream, restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap.engine.api import FinishReason, Role
from airgap.store import Keychain
from airgap.ui.history import open_history
from airgap.ui.i18n import Translations
from airgap.ui.main_window import MainWindow
from airgap.ui.settings import Settings
from airgap.ui.worker import open_session
from memory_keyring import MemoryKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def smollm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel's GGUF converted once (what the first `make run` does into models/)."""
    import os

    home = tmp_path_factory.mktemp("smollm-home")
    old = os.environ.get("AIRGAP_HOME")
    os.environ["AIRGAP_HOME"] = str(home)
    try:
        from airgap.ui.worker import _default_model

        return _default_model()
    finally:
        if old is None:
            del os.environ["AIRGAP_HOME"]
        else:
            os.environ["AIRGAP_HOME"] = old


@pytest.fixture
def keychain() -> Iterator[Keychain]:
    yield Keychain(MemoryKeyring())


def window_on(smollm: Path, keychain: Keychain, translations: Translations) -> MainWindow:
    settings = Settings(temperature=0.0, max_tokens=24)
    return MainWindow(
        settings,
        translations,
        session_factory=open_session,
        history_factory=lambda **kw: open_history(keychain=keychain, **kw),
        model_path=smollm,
    )


def test_ask_stream_restart(
    qtbot: QtBot, smollm_dir: Path, keychain: Keychain, translations: Translations
) -> None:
    window = window_on(smollm_dir, keychain, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model is not None, timeout=120_000)
    assert window.model is not None and window.model.model_id == "SmolLM2-135M-Instruct"
    assert not window.thinking_button.isEnabled()  # SmolLM2 cannot think

    edit = window.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "What is the capital of France?")
    seen: list[str] = []
    window.engine.streamed.connect(lambda _job, event: seen.append(type(event).__name__))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.busy, timeout=300_000)
    answer = window.chat.widgets[-1].message
    assert answer.finish in (FinishReason.STOP, FinishReason.LENGTH), answer.error
    assert "Paris" in answer.content
    assert seen.count("TextDelta") > 1 and seen[-1] == "Done"  # streamed, not in one piece
    assert window.chat.widgets[-1].markdown.text == answer.content
    window.shutdown()
    window.close()

    again = window_on(smollm_dir, keychain, translations)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.sidebar.list.count() == 1, timeout=30_000)
    again.sidebar.list.itemClicked.emit(again.sidebar.list.item(0))
    qtbot.waitUntil(lambda: len(again.chat.widgets) == 2, timeout=30_000)
    messages = [(w.message.role, w.message.content) for w in again.chat.widgets]
    assert messages == [
        (Role.USER, "What is the capital of France?"),
        (Role.ASSISTANT, answer.content),
    ]
    again.shutdown()
