"""Window fixtures: a MainWindow driven by the fake engine, with an in-memory history."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap.ui import theme
from airgap.ui.history import MemoryHistory
from airgap.ui.i18n import LANGUAGES, Translations
from airgap.ui.main_window import MainWindow
from airgap.ui.settings import Settings, Theme
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_fakes import TS_DIR, FakeSession, WindowFactory


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    return found


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts sources compiled with pyside6-lrelease, as `make setup` does."""
    out = tmp_path_factory.mktemp("qm")
    for code in LANGUAGES:
        subprocess.run(
            [
                lrelease(),
                "-silent",
                str(TS_DIR / f"airgap_{code}.ts"),
                "-qm",
                str(out / f"airgap_{code}.qm"),
            ],
            check=True,
        )
    return out


@pytest.fixture
def translations(qapp: QApplication, qm_dir: Path) -> Iterator[Translations]:
    t = Translations(qapp, qm_dir)
    t.set_language("en")
    yield t
    t.set_language("en")


@pytest.fixture
def make_window(
    qtbot: QtBot, qapp: QApplication, translations: Translations
) -> Iterator[WindowFactory]:
    made: list[MainWindow] = []

    def make(
        session: FakeSession | None = None,
        history: MemoryHistory | None = None,
        settings: Settings | None = None,
    ) -> MainWindow:
        fake = session or FakeSession()
        store = history or MemoryHistory()
        theme.apply(qapp, Theme.LIGHT, "en", 13)
        window = MainWindow(
            settings or Settings(),
            translations,
            session_factory=lambda _path, _options: fake,
            history_factory=lambda: store,
        )
        window.fake = fake  # type: ignore[attr-defined]
        window.history = store  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        if not window.settings.window_geometry:
            window.resize(1000, 700)
        window.show()
        qtbot.waitUntil(lambda: window.model is not None, timeout=15_000)
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()
