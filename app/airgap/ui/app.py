"""Starting the window: QApplication, translations, appearance, the main window.

`run()` is what `python -m airgap` (no arguments) calls. Without a display it says so and
points to the terminal front end instead of letting Qt abort the process.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from airgap import APP_NAME, BUNDLE_ID
from airgap.ui import settings as settings_mod
from airgap.ui import theme
from airgap.ui.i18n import Translations, system_language

log = logging.getLogger(__name__)


def display_problem() -> str | None:
    """Why no window can open here (None when one can). Qt itself would abort the process."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("darwin", "win32"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "No display was found (DISPLAY and WAYLAND_DISPLAY are not set)."


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("airgap.app")
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(BUNDLE_ID)
    return app


def run(argv: Sequence[str] | None = None) -> int:
    """Open the window on the default model and run until it closes."""
    problem = display_problem()
    if problem is not None:
        sys.stderr.write(
            f"airgap: cannot open the window. {problem}\n"
            "Use the terminal instead:  airgap chat   (or python -m airgap chat)\n"
        )
        return 2
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = create_application(argv)
    settings = settings_mod.load()
    translations = Translations(app)
    language = settings.language or system_language()
    translations.set_language(language)
    theme.apply(app, settings.theme, language, settings.font_size)

    from airgap.ui.main_window import MainWindow

    window = MainWindow(settings, translations)
    app.aboutToQuit.connect(window.shutdown)  # ⌘Q: save state and close the store too
    window.show()
    QTimer.singleShot(0, window.maybe_show_welcome)  # first run only; after the first paint
    return int(app.exec())
