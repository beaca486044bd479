"""Help → About (version, licences, notices) and Help → Copy Diagnostics (no conversation
content), and the status bar's offline indicator."""

from __future__ import annotations

from airgap import __version__, offline
from airgap.ui.about import AboutDialog
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from qt_fakes import WindowFactory

PLANTED = "PLANTED-SECRET 机密のメモ 42"


def test_about_shows_version_model_licences_and_third_party_notices(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.show_about()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    version = dialog.findChild(QLabel, "aboutVersion")
    assert version is not None and __version__ in version.text()
    notices = dialog.notices.toPlainText()
    assert "SmolLM2-135M-Instruct (Hugging Face): Apache-2.0" in notices
    assert "Qwen3.5" in notices
    assert "PySide6" in notices  # from installed package metadata
    dialog.close()


def test_copied_diagnostics_hold_no_conversation_content(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.send(PLANTED)
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    QGuiApplication.clipboard().setText("")
    window.copy_diagnostics()
    qtbot.waitUntil(lambda: bool(QGuiApplication.clipboard().text()), timeout=10_000)
    text = QGuiApplication.clipboard().text()
    assert "offline guard installed" in text
    assert "database integrity: not checked" in text  # the test window's store is in memory
    assert "loaded model: fake-qwen" in text
    assert "MLX" in text and "memory:" in text and "versions:" in text
    assert PLANTED not in text
    assert "PLANTED" not in text and "机密" not in text


def test_offline_indicator_counts_network_attempts(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.status.update_offline()
    expected = f"Offline — {offline.attempt_count()} network attempts this session"
    assert window.status.offline.text() == expected
