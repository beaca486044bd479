"""Translate page gaps an audit found: Esc stops a running translation, re-translating
approved segments asks first, the memory export writes nothing when it has nothing, an
XLIFF's native codes reach the exported TMX, the counts line stays right after edits."""

from __future__ import annotations

import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from airgap.engine.api import GenerationRequest
from airgap.store import Store
from airgap.translate.counts import count_segments
from airgap.translate.formats.tmx import read_tmx
from airgap.ui.history import StoreHistory
from airgap.ui.i18n import Translations
from airgap.ui.translate_page import STATUS, TARGET, TranslatePage
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
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
    page.load_text("One. Two. Three. Four.")
    page.target_lang.setCurrentIndex(page.target_lang.findData("ja"))
    page.table.item(3, TARGET).setText("四。")  # edited by hand: stays editable during the run
    assert page.translate()
    qtbot.waitUntil(lambda: session.calls == 1, timeout=5000)
    # Esc in a cell editor only closes the editor: the run goes on.
    page.table.setCurrentCell(3, TARGET)
    page.table.editItem(page.table.item(3, TARGET))
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not page.table
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.busy and page.cancel_button.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)  # the window's Stop shortcut
    gate.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert page.message.text() == "Translation cancelled."
    assert session.calls == 1  # the other segments were never asked for
    assert page.table.item(2, STATUS).text() == "New"
    assert page.table.item(2, TARGET).text() == ""
    assert page.table.item(3, TARGET).text() == "四。"


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


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.html" source-language="en" target-language="ja" datatype="html">
    <body>
      <trans-unit id="u1">
        <source>Press <bpt id="1">&lt;b&gt;</bpt>Save<ept id="1">&lt;/b&gt;</ept> now.<ph
          id="2" ctype="lb">&lt;br/&gt;</ph></source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_memory_export_writes_nothing_without_pairs_and_keeps_xliff_markup(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    page = TranslatePage(lambda: ScriptedSession(lambda _request: "⟦1⟧保存⟦/1⟧を押す。⟦2/⟧"))
    qtbot.addWidget(page)
    try:
        source = tmp_path / "ui.xlf"
        source.write_text(XLIFF, encoding="utf-8")
        assert page.open_file(source)
        out = tmp_path / "memory.tmx"
        assert not page.export_memory(out)  # nothing approved yet
        assert not out.exists()
        assert page.message.text() == (
            "The translation memory has no pairs from English yet, so nothing was exported."
        )
        assert page.translate()
        qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
        page.table.selectRow(0)
        assert page.approve_selected()
        assert page.export_memory(out)
        assert page.message.text() == "Exported 1 pair to memory.tmx."
        segs = list(ET.fromstring(out.read_bytes()).iter("seg"))
        # The XLIFF's own markup is the content of each inline code, in both languages.
        for seg in segs:
            assert {(e.tag, e.text) for e in seg} == {
                ("bpt", "<b>"),
                ("ept", "</b>"),
                ("ph", "<br/>"),
            }
        assert [e.get("type") for e in segs[0] if e.tag == "ph"] == ["lb"]
        assert [(e.source, e.target) for e in read_tmx(out.read_bytes(), "memory.tmx")] == [
            ("Press ⟦1⟧Save⟦/1⟧ now.⟦2/⟧", "⟦1⟧保存⟦/1⟧を押す。⟦2/⟧")
        ]
    finally:
        page.shutdown()


def answer(button: str, asked: list[str]) -> None:
    """Click `button` in the question the page is about to ask (and note what it said)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), "the page did not ask"
        asked.append(box.text())
        found = [b for b in box.buttons() if b.text().replace("&", "") == button]
        assert found, [b.text() for b in box.buttons()]
        found[0].click()

    QTimer.singleShot(0, click)


def test_retranslating_approved_rows_asks_first(qtbot: QtBot, translations: Translations) -> None:
    session = ScriptedSession()
    page = TranslatePage(lambda: session)
    qtbot.addWidget(page)
    page.show()
    try:
        page.load_text("One. Two. Three.")
        page.target_lang.setCurrentIndex(page.target_lang.findData("ja"))
        assert page.translate()
        qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
        assert session.calls == 3
        page.table.item(0, TARGET).setText("一。")
        page.table.selectRow(0)
        page.approve_selected()
        page.table.item(1, TARGET).setText("二。")
        page.table.selectRow(1)
        page.approve_selected()
        statuses = lambda: [page.table.item(r, STATUS).text() for r in range(3)]  # noqa: E731
        assert statuses() == ["Approved", "Approved", "Translated"]

        asked: list[str] = []
        page.table.selectAll()  # a selection that mixes approved and other rows
        answer("Skip approved", asked)
        page.retranslate_selected()
        qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
        assert asked == [
            "2 of the selected segments are approved. Re-translate them too, replacing "
            "their approved translations, or skip them?"
        ]
        assert session.calls == 4 and session.requests[-1].messages[-1].content == "Three."
        assert statuses() == ["Approved", "Approved", "Translated"]
        assert page.table.item(0, TARGET).text() == "一。"

        page.table.selectRow(1)  # only approved rows: Cancel keeps them
        answer("Cancel", asked)
        page.retranslate_selected()
        assert asked[-1] == "Re-translating replaces 1 approved translation. Re-translate anyway?"
        assert not page.busy and session.calls == 4
        assert page.table.item(1, TARGET).text() == "二。"

        page.table.selectAll()
        answer("Re-translate all", asked)
        page.retranslate_selected()
        qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
        assert session.calls == 7
        assert statuses() == ["Translated"] * 3
        assert page.table.item(1, TARGET).text() == "⟦Two.⟧"
        assert len(asked) == 3

        page.table.selectRow(2)  # nothing approved any more: no question
        page.retranslate_selected()
        qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
        assert session.calls == 8 and len(asked) == 3
    finally:
        page.shutdown()
