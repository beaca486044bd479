"""Light and dark appearance: a macOS-like palette and one small style sheet.

On macOS the native style draws the controls and follows the system appearance; elsewhere
Fusion with these palettes gives the same calm, Mac-like look (and stable screenshots).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from airgap.ui import fonts
from airgap.ui.settings import Theme


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    sidebar: str
    text: str
    muted: str
    accent: str
    user_bubble: str
    border: str
    error: str
    button: str


LIGHT = Colors(
    window="#FFFFFF",
    base="#FFFFFF",
    sidebar="#F2F2F5",
    text="#1D1D1F",
    muted="#86868B",
    accent="#007AFF",
    user_bubble="#EEF3FB",
    border="#E3E3E8",
    error="#D70015",
    button="#FFFFFF",
)
DARK = Colors(
    window="#1E1E20",
    base="#1E1E20",
    sidebar="#28282B",
    text="#F2F2F7",
    muted="#98989D",
    accent="#0A84FF",
    user_bubble="#2C3440",
    border="#3A3A3D",
    error="#FF453A",
    button="#3A3A3D",
)


def is_dark(theme: Theme) -> bool:
    if theme is Theme.SYSTEM:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return theme is Theme.DARK


def palette_for(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window),
        (role.Base, c.base),
        (role.AlternateBase, c.sidebar),
        (role.Text, c.text),
        (role.WindowText, c.text),
        (role.ButtonText, c.text),
        (role.Button, c.button),
        (role.Highlight, c.accent),
        (role.HighlightedText, "#FFFFFF"),
        (role.Link, c.accent),
        (role.PlaceholderText, c.muted),
        (role.ToolTipBase, c.sidebar),
        (role.ToolTipText, c.text),
        (role.Mid, c.border),
        (role.Midlight, c.border),
    ):
        p.setColor(r, QColor(value))
    for group in (QPalette.ColorGroup.Disabled,):
        p.setColor(group, role.Text, QColor(c.muted))
        p.setColor(group, role.WindowText, QColor(c.muted))
        p.setColor(group, role.ButtonText, QColor(c.muted))
    return p


def style_sheet(c: Colors, size: int) -> str:
    small = max(size - 2, 9)
    return f"""
    #sidebar {{ background: {c.sidebar}; border-right: 1px solid {c.border}; }}
    #sidebarHeading {{ color: {c.muted}; font-weight: 600; font-size: {small}pt; }}
    #conversationList {{ background: transparent; border: none; outline: none; }}
    #conversationList::item {{ padding: 7px 8px; border-radius: 6px; color: {c.text}; }}
    #conversationList::item:selected {{ background: {c.accent}; color: white; }}
    #searchField {{ border: 1px solid {c.border}; border-radius: 7px; padding: 4px 8px;
                    background: {c.base}; color: {c.text}; }}
    #chatView, #chatColumn {{ background: {c.base}; }}
    #userMessage {{ background: {c.user_bubble}; border-radius: 12px; }}
    #assistantMessage {{ background: transparent; }}
    #roleLabel {{ color: {c.muted}; font-weight: 600; font-size: {small}pt; }}
    #branchLabel {{ color: {c.muted}; font-size: {small}pt; }}
    #thinkingToggle {{ color: {c.muted}; font-size: {small}pt; border: none; }}
    #reasoningPane {{ color: {c.muted}; border-left: 2px solid {c.border}; padding-left: 8px; }}
    #errorLabel, #settingsError, #composerWarning {{ color: {c.error}; }}
    #emptyLabel {{ color: {c.muted}; font-size: {size + 3}pt; }}
    QToolButton {{ color: {c.muted}; border-radius: 5px; padding: 2px 6px; }}
    QToolButton:hover {{ background: {c.border}; color: {c.text}; }}
    QToolButton:checked {{ color: {c.accent}; }}
    #composerEdit {{ border: 1px solid {c.border}; border-radius: 10px; padding: 6px 8px;
                     background: {c.base}; color: {c.text}; }}
    #sendButton {{ background: {c.accent}; color: white; border: none; border-radius: 9px;
                   padding: 7px 16px; font-weight: 600; }}
    #sendButton:disabled {{ background: {c.border}; }}
    #composer {{ background: {c.base}; border-top: 1px solid {c.border}; }}
    QStatusBar {{ background: {c.sidebar}; color: {c.muted}; border-top: 1px solid {c.border}; }}
    QStatusBar QLabel {{ color: {c.muted}; font-size: {small}pt; padding: 0 6px; }}
    QToolBar {{ background: {c.window}; border-bottom: 1px solid {c.border}; spacing: 8px;
                padding: 4px 8px; }}
    #offlineLabel {{ color: #30A46C; }}
    #modeTabs::tab {{ padding: 4px 16px; margin: 0; border: 1px solid {c.border};
                      background: {c.base}; color: {c.text}; }}
    #modeTabs::tab:first {{ border-top-left-radius: 7px; border-bottom-left-radius: 7px; }}
    #modeTabs::tab:last {{ border-top-right-radius: 7px; border-bottom-right-radius: 7px; }}
    #modeTabs::tab:selected {{ background: {c.accent}; color: white; border-color: {c.accent}; }}
    """


def apply(app: QApplication, theme: Theme, language: str, font_size: int) -> None:
    """Apply the appearance and the UI font (whose CJK family follows the UI language)."""
    if sys.platform != "darwin" and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    dark = is_dark(theme)
    if sys.platform == "darwin":
        scheme = {Theme.LIGHT: Qt.ColorScheme.Light, Theme.DARK: Qt.ColorScheme.Dark}
        app.styleHints().setColorScheme(scheme.get(theme, Qt.ColorScheme.Unknown))
    colors = DARK if dark else LIGHT
    app.setPalette(palette_for(colors))
    font: QFont = fonts.font_for("", language, font_size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(colors, font_size))
