"""Driving the Translate page of a real window in tests: show it once its projects are
loaded from the store, and pick a combo box entry by its data (a language code, a style)."""

from __future__ import annotations

from airgap.ui.translate_page import StoreState, TranslatePage
from pytestqt.qtbot import QtBot


def translate_page(qtbot: QtBot, window: object) -> TranslatePage:
    """The window's Translate page, shown, once the store has given it its projects."""
    window.set_mode(1)  # type: ignore[attr-defined]
    page: TranslatePage = window.translate_page  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.store_state is StoreState.READY, timeout=10_000)
    return page


def choose(combo: object, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]
