"""Light and dark appearance: a macOS-like palette and one small style sheet.

On macOS the native style draws the controls and follows the system appearance; elsewhere
Fusion with these palettes gives the same calm, Mac-like look (and stable screenshots).
Either style is wrapped once so the toolbar's » overflow button is drawn in the text colour
(the styles' own grey pixmap is barely visible, and invisible on a dark toolbar).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

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


class OverflowIconEngine(QIconEngine):
    """The » (or vertical ︾) of a toolbar's overflow button, in the palette's text colour.

    The colour is read when the icon is painted, so a theme switch recolours the button that
    already exists (a style's icon is fetched once, when the toolbar is laid out).
    """

    def __init__(self, vertical: bool) -> None:
        super().__init__()
        self._vertical = vertical

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        group = QPalette.ColorGroup.Disabled if mode is QIcon.Mode.Disabled else None
        palette = QGuiApplication.palette()
        role = QPalette.ColorRole.WindowText
        color = palette.color(group, role) if group is not None else palette.color(role)
        side = min(rect.width(), rect.height())
        unit = side / 8
        path = QPainterPath()
        for offset in (-1.6, 1.6):  # two chevrons, pointing right (or down)
            points = [(-1.4, -2.6), (1.4, 0.0), (-1.4, 2.6)]
            for i, (x, y) in enumerate(points):
                x += offset
                px, py = (y, x) if self._vertical else (x, y)
                point = QPointF(rect.center()) + QPointF(px * unit, py * unit)
                if i == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(color, max(1.5, unit * 1.1))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return OverflowIconEngine(self._vertical)


class AirgapStyle(QProxyStyle):
    """The platform's style (macOS) or Fusion, with a visible toolbar overflow button."""

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        pixmap = QStyle.StandardPixmap
        if standard_icon == pixmap.SP_ToolBarHorizontalExtensionButton:
            return QIcon(OverflowIconEngine(vertical=False))
        if standard_icon == pixmap.SP_ToolBarVerticalExtensionButton:
            return QIcon(OverflowIconEngine(vertical=True))
        return super().standardIcon(standard_icon, option, widget)


def _install_style(app: QApplication) -> None:
    if isinstance(app.style(), AirgapStyle):
        return
    name = app.style().name() if sys.platform == "darwin" else "Fusion"
    base = QStyleFactory.create(name) or QStyleFactory.create("Fusion")
    app.setStyle(AirgapStyle(base))


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
    /* The » overflow button: no padding (it is 12 px wide: padding left no room for the
       icon) and room for its chevrons, drawn in the text colour by AirgapStyle. */
    QToolButton#qt_toolbar_ext_button {{ padding: 0px; min-width: 16px; border-radius: 5px; }}
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
    _install_style(app)
    dark = is_dark(theme)
    if sys.platform == "darwin":
        scheme = {Theme.LIGHT: Qt.ColorScheme.Light, Theme.DARK: Qt.ColorScheme.Dark}
        app.styleHints().setColorScheme(scheme.get(theme, Qt.ColorScheme.Unknown))
    colors = DARK if dark else LIGHT
    app.setPalette(palette_for(colors))
    font: QFont = fonts.font_for("", language, font_size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(colors, font_size))
