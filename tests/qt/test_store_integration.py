"""The window on the real encrypted store: a conversation survives a restart, branches too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap.engine.api import FinishReason, Role
from airgap.store import Keychain
from airgap.ui.chat_view import Action
from airgap.ui.history import History, NeedsRecoveryKey, open_history
from memory_keyring import MemoryKeyring
from pytestqt.qtbot import QtBot
from qt_fakes import FakeSession, Script, WindowFactory


@pytest.fixture
def keychain() -> Iterator[Keychain]:
    yield Keychain(MemoryKeyring())


def send(qtbot: QtBot, window: object, text: str) -> None:
    window.composer.set_text(text)  # type: ignore[attr-defined]
    window.composer.button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)  # type: ignore[attr-defined]


def test_conversation_survives_a_restart(
    qtbot: QtBot, make_window: WindowFactory, keychain: Keychain, airgap_home: Path
) -> None:
    fake = FakeSession()
    fake.queue(
        Script(answer=["東京は", "日本の首都です。"], reasoning=["考え中"]),
        Script(answer=["Second ", "version."]),
    )
    history: History = open_history(keychain=keychain)
    window = make_window(fake, history)  # type: ignore[arg-type]
    window.thinking_button.setChecked(True)
    send(qtbot, window, "東京はどこ？")
    window.chat.widgets[-1].buttons[Action.REGENERATE].click()
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    title = window.conversation.title
    window.shutdown()  # closes the store like quitting the app
    window.close()

    reopened = open_history(keychain=keychain)
    second = make_window(FakeSession(), reopened)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: second.sidebar.list.count() == 1, timeout=15_000)
    assert second.sidebar.list.item(0).text() == title == "東京はどこ？"
    second.sidebar.list.itemClicked.emit(second.sidebar.list.item(0))
    qtbot.waitUntil(lambda: len(second.chat.widgets) == 2, timeout=15_000)
    user, answer = (w.message for w in second.chat.widgets)
    assert (user.role, user.content) == (Role.USER, "東京はどこ？")
    assert answer.content == "Second version." and answer.finish is FinishReason.STOP
    assert second.chat.widgets[-1].branch_label.text() == "2 / 2"
    second.chat.widgets[-1].buttons[Action.PREVIOUS].click()
    first = second.chat.widgets[-1].message
    assert (first.content, first.reasoning) == ("東京は日本の首都です。", "考え中")

    # Search goes through the store's CJK-aware index (a 2-character query).
    second.sidebar.search.setText("首都")
    qtbot.waitUntil(lambda: second.sidebar.heading.text() == "Search results", timeout=15_000)
    assert second.sidebar.list.count() == 1
    hit = second.sidebar.list.itemWidget(second.sidebar.list.item(0))
    assert "<b>首都</b>" in hit.text()  # type: ignore[union-attr]


def test_missing_key_asks_for_the_recovery_key(keychain: Keychain, airgap_home: Path) -> None:
    history = open_history(keychain=keychain)
    key = history.recovery_key()  # type: ignore[attr-defined]
    history.close()
    lost = Keychain(MemoryKeyring())  # the keychain entry is gone
    with pytest.raises(NeedsRecoveryKey):
        open_history(keychain=lost)
    reopened = open_history(recovery_key=key, keychain=lost)
    assert reopened.conversations() == []
    reopened.close()


def test_export_runs_on_the_store_thread(
    qtbot: QtBot, make_window: WindowFactory, keychain: Keychain, tmp_path: Path
) -> None:
    fake = FakeSession()
    fake.queue(Script(answer=["한국어 ", "답변입니다."]))
    window = make_window(fake, open_history(keychain=keychain))  # type: ignore[arg-type]
    send(qtbot, window, "한국어로 답해 주세요")
    dest = tmp_path / "chat.md"
    window._store("export", "export", window.conversation.id, str(dest), "markdown")
    qtbot.waitUntil(dest.exists, timeout=15_000)
    text = dest.read_text(encoding="utf-8")
    assert "한국어로 답해 주세요" in text and "한국어 답변입니다." in text
    qtbot.waitUntil(lambda: "chat.md" in window.statusBar().currentMessage(), timeout=15_000)
