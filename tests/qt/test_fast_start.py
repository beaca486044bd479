"""Fast start: the window paints and lists past conversations before the model is loaded.

The app runs in its own process (bench/start_probe.py, as `python -m airgap` starts it), with
an engine that takes seconds to load, so what is in `sys.modules` at the first paint is what
the GUI thread itself imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

from airgap.store import Keychain, Store
from airgap.store.keys import FileKeyring
from airgap.ui.history import MemoryHistory
from airgap.ui.i18n import Translations
from airgap.ui.main_window import MainWindow
from airgap.ui.settings import Settings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_fakes import ROOT, FakeSession

PROBE = ROOT / "bench" / "start_probe.py"


def test_window_lists_conversations_while_the_model_is_still_loading(airgap_home: Path) -> None:
    # The key where the app finds it on a Linux without a Secret Service (this machine).
    store = Store.open(keychain=Keychain(FileKeyring(airgap_home / "database.key")))
    for n in range(2):
        conversation = store.create_conversation(f"Earlier chat {n}")
        store.add_user_message(conversation.id, f"hello {n}")
    store.close()

    done = subprocess.run(
        [sys.executable, str(PROBE), "--fake-delay", "4", "--wait-sidebar", "2", "--timeout", "60"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-3000:]
    report = json.loads(lines[-1])
    assert "error" not in report, (report, done.stderr[:2000])
    # Nothing heavy on the GUI thread before the window is on screen.
    assert report["heavy_at_paint"] == []
    # The stored conversations are listed while the model is still loading...
    assert report["sidebar_count"] == 2
    assert report["model_ready_at_sidebar"] is False
    assert report["sidebar"] < report["ready"]
    # ...and the model arrives afterwards, in the background.
    assert report["ready"] - report["paint"] >= 3.0


def test_real_loader_imports_mlx_only_after_the_first_paint() -> None:
    """The embedded model, loaded for real: mlx and mlx-lm arrive after the window paints."""
    done = subprocess.run(
        [sys.executable, str(PROBE), "--timeout", "240"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-3000:]
    report = json.loads(lines[-1])
    assert "error" not in report, (report, done.stderr[:2000])
    assert report["heavy_at_paint"] == []
    assert report["ready"] > report["paint"]


def test_status_bar_shows_the_model_loading_until_it_is_ready(
    qtbot: QtBot, qapp: QApplication, translations: Translations
) -> None:
    gate = threading.Event()
    fake = FakeSession()

    def slow(_path: object, _options: object) -> FakeSession:
        gate.wait(10)
        return fake

    window = MainWindow(
        Settings(), translations, session_factory=slow, history_factory=MemoryHistory
    )
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.status.loading.isVisible(), timeout=5_000)
        assert window.status.model.text() == "Loading the model…"
        gate.set()
        qtbot.waitUntil(lambda: window.model is not None, timeout=10_000)
        assert not window.status.loading.isVisible()
        assert window.status.model.text() == "fake-qwen"
    finally:
        gate.set()
        window.shutdown()
