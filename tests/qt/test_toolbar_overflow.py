"""The toolbar's » overflow button is plainly visible in the light and the dark theme."""

from __future__ import annotations

from airgap.ui.main_window import MainWindow
from airgap.ui.settings import Settings, Theme
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot
from qt_fakes import WindowFactory


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (1 … 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def overflow_button(qtbot: QtBot, window: MainWindow) -> QToolButton:
    window.resize(window.minimumSize())
    button = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert button is not None
    qtbot.waitUntil(button.isVisible)
    return button


def glyph(button: QToolButton) -> tuple[QColor, int]:
    """The button's background and, of its drawn pixels, how many stand out at 3:1 or more
    (WCAG 1.4.11: a control's graphics need 3:1 against what is next to them)."""
    image: QImage = button.grab().toImage()
    background = image.pixelColor(0, 0)
    strong = sum(
        contrast(image.pixelColor(x, y), background) >= 3.0
        for x in range(image.width())
        for y in range(image.height())
    )
    return background, strong


def test_the_overflow_button_is_visible_in_light_and_dark(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    button = overflow_button(qtbot, window)
    for mode in (Theme.LIGHT, Theme.DARK, Theme.LIGHT):
        window.apply_settings(Settings(theme=mode))
        background, strong = glyph(button)
        assert (background.lightness() < 128) == (mode is Theme.DARK)
        assert strong >= 20, (mode, strong)  # a » a user sees, not a few faint pixels
        assert button.isEnabled()
