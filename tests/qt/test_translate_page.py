"""The Translate page: paste or open a document, translate it on the page's thread with a
scripted engine, edit, approve into the memory, re-translate, cancel, export with timing kept."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap.engine.api import (
    CancelToken,
    Done,
    EngineError,
    Event,
    FinishReason,
    GenerationRequest,
    GenerationStats,
    TextDelta,
)
from airgap.translate.document import Status
from airgap.translate.formats.tmx import read_tmx, write_tmx
from airgap.translate.glossary import Glossary, Term
from airgap.translate.memory import TMEntry, TranslationMemory
from airgap.ui.i18n import Translations
from airgap.ui.translate_page import SOURCE, STATUS, TARGET, TranslatePage
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot


class Scripted:
    """Answers ⟦source⟧ in pieces; can hold a generation until released (to test cancel)."""

    def __init__(self) -> None:
        self.calls = 0
        self.requests: list[GenerationRequest] = []
        self.hold = threading.Event()
        self.hold.set()

    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        self.calls += 1
        self.requests.append(request)
        text = f"⟦{request.messages[-1].content}⟧"
        token = cancel or CancelToken()

        def events() -> Iterator[Event]:
            for k in range(0, len(text), 2):
                self.hold.wait(5)
                if token.cancelled:
                    yield Done(FinishReason.CANCELLED, GenerationStats())
                    return
                yield TextDelta(text[k : k + 2])
            yield Done(FinishReason.STOP, GenerationStats())

        return events()


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[tuple[TranslatePage, Scripted]]:
    session = Scripted()
    widget = TranslatePage(
        lambda: session,
        memory=TranslationMemory(),
        glossary=Glossary([Term("東京", "Tokyo")]),
    )
    qtbot.addWidget(widget)
    yield widget, session
    session.hold.set()
    widget.shutdown()


def wait_idle(qtbot: QtBot, widget: TranslatePage) -> None:
    qtbot.waitUntil(lambda: not widget.busy, timeout=10_000)


def test_paste_translate_and_show_side_by_side(
    qtbot: QtBot, page: tuple[TranslatePage, Scripted]
) -> None:
    widget, session = page
    widget.load_text("東京は晴れです。大阪は雨です。")
    assert widget.table.rowCount() == 2
    assert widget.table.item(0, SOURCE).text() == "東京は晴れです。"
    assert widget.settings().source_lang == "ja"  # detected
    assert widget.translate()
    wait_idle(qtbot, widget)
    assert session.calls == 2
    assert widget.table.item(1, TARGET).text() == "⟦大阪は雨です。⟧"
    assert widget.table.item(1, STATUS).text() == "Translated"
    # The glossary check flagged the missing “Tokyo”, shown on the target cell.
    assert "東京" in widget.table.item(0, TARGET).toolTip()
    assert widget.table.item(0, STATUS).text() == "Translated ⚠"
    assert "characters" in widget.counts.text() and "words" in widget.counts.text()


def test_edit_approve_then_memory_reuse(qtbot: QtBot, page: tuple[TranslatePage, Scripted]) -> None:
    widget, session = page
    widget.load_text("東京は晴れです。")
    widget.table.item(0, TARGET).setText("It is sunny in Tokyo.")
    assert widget.document is not None
    assert widget.document.segments[0].status is Status.EDITED
    widget.table.selectRow(0)
    widget.approve_selected()
    assert widget.table.item(0, STATUS).text() == "Approved"
    assert widget.memory.exact("東京は晴れです。", "ja", "en") is not None
    widget.load_text("東京は晴れです。")
    widget.translate()
    wait_idle(qtbot, widget)
    assert session.calls == 0  # exact memory match
    assert widget.table.item(0, TARGET).text() == "It is sunny in Tokyo."
    assert widget.table.item(0, STATUS).text() == "From memory"


def test_cancel_and_retranslate(qtbot: QtBot, page: tuple[TranslatePage, Scripted]) -> None:
    widget, session = page
    widget.load_text("One. Two. Three.")
    widget.target_lang.setCurrentIndex(widget.target_lang.findData("ja"))
    session.hold.clear()
    assert widget.translate()
    assert widget.busy and widget.cancel_button.isEnabled()
    widget.cancel()
    session.hold.set()
    wait_idle(qtbot, widget)
    assert widget.message.text() == "Translation cancelled."
    assert widget.table.item(0, STATUS).text() == "New"
    widget.table.selectRow(1)
    widget.retranslate_selected()
    wait_idle(qtbot, widget)
    assert widget.table.item(1, TARGET).text() == "⟦Two.⟧"
    assert widget.table.item(0, TARGET).text() == ""


def test_open_srt_and_export_keeps_timing(
    qtbot: QtBot, page: tuple[TranslatePage, Scripted], tmp_path: Path
) -> None:
    widget, _ = page
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n2\n00:00:03,000 --> 00:00:04,500\nBye.\n"
    )
    source = tmp_path / "film.srt"
    source.write_text(srt)
    assert widget.open_file(source)
    assert widget.table.item(0, SOURCE).toolTip() == "00:00:01,000 --> 00:00:02,000"
    widget.target_lang.setCurrentIndex(widget.target_lang.findData("fr"))
    widget.translate()
    wait_idle(qtbot, widget)
    out = tmp_path / "film.fr.srt"
    assert widget.export_to(out)
    assert out.read_text() == (
        "1\n00:00:01,000 --> 00:00:02,000\n⟦Hello there.⟧\n\n"
        "2\n00:00:03,000 --> 00:00:04,500\n⟦Bye.⟧\n"
    )


def test_bad_file_and_no_model(qtbot: QtBot, tmp_path: Path) -> None:
    widget = TranslatePage(lambda: None)
    qtbot.addWidget(widget)
    try:
        bad = tmp_path / "bad.xlf"
        bad.write_bytes(b"<xliff version='1.2'><file>")
        assert not widget.open_file(bad)
        assert "not well-formed XML" in widget.message.text()
        widget.load_text("Hello.")
        assert not widget.translate()
        assert widget.message.text() == "No model is loaded."
    finally:
        widget.shutdown()


def test_page_follows_the_ui_language(qtbot: QtBot, translations: Translations) -> None:
    widget = TranslatePage(lambda: None)
    qtbot.addWidget(widget)
    try:
        widget.load_text("東京は晴れです。")
        translations.set_language("ja")
        assert widget.translate_button.text() == "翻訳"
        assert widget.table.horizontalHeaderItem(STATUS).text() == "状態"
        assert widget.table.item(0, STATUS).text() == "未翻訳"
        assert "文字" in widget.counts.text()
        translations.set_language("zh_TW")
        assert widget.register.itemText(1) == "正式（敬語）"
    finally:
        widget.shutdown()


def test_glossary_and_memory_files(
    qtbot: QtBot, page: tuple[TranslatePage, Scripted], tmp_path: Path
) -> None:
    widget, session = page
    glossary = tmp_path / "terms.csv"
    glossary.write_text("source,target,note\n大阪,Osaka,city\n", encoding="utf-8")
    assert widget.import_glossary(glossary)
    memory = tmp_path / "old.tmx"
    memory.write_bytes(
        write_tmx([TMEntry("大阪は雨です。", "It rains in Osaka.", "ja", "en")], "ja")
    )
    assert widget.import_memory(memory)
    assert widget.resources.text() == "Glossary: 2 terms · Memory: 1 pair"
    widget.load_text("大阪は雨です。東京は晴れです。")
    widget.translate()
    wait_idle(qtbot, widget)
    assert session.calls == 1 and widget.table.item(0, STATUS).text() == "From memory"
    assert "- 東京 → Tokyo" in session.requests[0].system_prompt
    out = tmp_path / "all.tmx"
    widget.table.selectRow(1)
    widget.approve_selected()
    assert widget.export_memory(out)
    assert [e.source for e in read_tmx(out.read_bytes(), "all.tmx")] == [
        "大阪は雨です。",
        "東京は晴れです。",
    ]
    bad = tmp_path / "bad.tbx"
    bad.write_bytes(b"<martif><text>")
    assert not widget.import_glossary(bad)
    assert "not well-formed XML" in widget.message.text()


XLIFF_WITH_BOLD = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.txt" source-language="ja" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>東京は<g id="b1" ctype="bold">晴れ</g>です。</source></trans-unit>
    </body>
  </file>
</xliff>
"""


def test_a_translation_that_drops_an_inline_tag_is_flagged_and_exports_well_formed(
    qtbot: QtBot, page: tuple[TranslatePage, Scripted], tmp_path: Path
) -> None:
    import xml.etree.ElementTree as ET

    widget, _ = page
    source = tmp_path / "a.xlf"
    source.write_text(XLIFF_WITH_BOLD, encoding="utf-8")
    assert widget.open_file(source)
    assert "⟦1⟧晴れ⟦/1⟧" in widget.table.item(0, SOURCE).text()
    widget.table.item(0, TARGET).setText("It is sunny in Tokyo.")  # the bold tag is gone
    assert widget.table.item(0, STATUS).text().endswith("⚠")
    assert "⟦1⟧" in widget.table.item(0, TARGET).toolTip()
    widget.table.item(0, TARGET).setText("It is ⟦1⟧sunny⟦/1⟧ in Tokyo.")
    assert not widget.table.item(0, STATUS).text().endswith("⚠")
    out = tmp_path / "out.xlf"
    assert widget.export_to(out)
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    bold = ET.parse(out).getroot().find(".//x:target/x:g", ns)
    assert bold is not None and bold.text == "sunny" and bold.get("ctype") == "bold"


def test_an_edit_during_a_run_is_kept_or_refused_never_lost(
    qtbot: QtBot, page: tuple[TranslatePage, Scripted]
) -> None:
    widget, session = page
    widget.load_text("One. Two. Three.")
    widget.target_lang.setCurrentIndex(widget.target_lang.findData("ja"))
    widget.table.item(2, TARGET).setText("三。")  # done by hand: not part of the run
    session.hold.clear()
    assert widget.translate()
    # The rows the run writes cannot be edited; the others can, and the settings wait.
    assert not widget.table.item(0, TARGET).flags() & Qt.ItemFlag.ItemIsEditable
    assert widget.table.item(2, TARGET).flags() & Qt.ItemFlag.ItemIsEditable
    assert not widget.target_lang.isEnabled() and not widget.instructions.isEnabled()
    widget.table.item(0, TARGET).setText("mine")  # an editor opened before the run
    assert widget.table.item(0, TARGET).text() == ""
    assert widget.message.text() == "Segment 1 is being translated; edit it when it is done."
    widget.table.item(2, TARGET).setText("三つ。")
    session.hold.set()
    wait_idle(qtbot, widget)
    assert widget.table.item(0, TARGET).text() == "⟦One.⟧"
    assert widget.table.item(2, TARGET).text() == "三つ。"
    assert widget.table.item(2, STATUS).text() == "Edited"
    assert widget.table.item(0, TARGET).flags() & Qt.ItemFlag.ItemIsEditable
    assert widget.target_lang.isEnabled()


def test_approve_files_pairs_under_the_current_languages_and_says_why_not(
    qtbot: QtBot, page: tuple[TranslatePage, Scripted]
) -> None:
    widget, _ = page
    widget.load_text("東京は晴れです。大阪は雨です。")
    assert widget.source_lang.itemText(0) == "Detect language (日本語)"
    assert widget.translate()
    wait_idle(qtbot, widget)
    widget.target_lang.setCurrentIndex(widget.target_lang.findData("fr"))  # after the run
    widget.table.selectRow(0)
    assert widget.approve_selected()
    assert widget.memory.exact("東京は晴れです。", "ja", "fr") is not None
    assert widget.memory.exact("東京は晴れです。", "ja", "en") is None
    widget.load_text("京都は曇りです。")
    widget.table.clearSelection()
    assert not widget.approve_selected()
    assert widget.message.text() == "Select the segments to approve first."
    widget.retranslate_selected()
    assert widget.message.text() == "Select the segments to re-translate first."
    widget.table.selectRow(0)
    assert not widget.approve_selected()
    assert widget.message.text() == "1 segment without a translation was not approved."


def test_cmd_return_approves_the_typed_target_and_edits_the_next(
    qtbot: QtBot, page: tuple[TranslatePage, Scripted]
) -> None:
    widget, _ = page
    widget.load_text("東京は晴れです。大阪は雨です。京都は曇りです。")
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.table.setFocus()
    widget.table.setCurrentCell(0, TARGET)
    widget.table.editItem(widget.table.item(0, TARGET))
    editor = widget.table.indexWidget(widget.table.currentIndex())
    assert editor is not None
    editor.setText("It is sunny in Tokyo.")  # still in the editor, not committed
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert widget.table.item(0, STATUS).text() == "Approved"
    assert widget.memory.exact("東京は晴れです。", "ja", "en") is not None
    assert widget.table.currentRow() == 1
    assert widget.table.state() == QAbstractItemView.State.EditingState  # typing goes on
    assert "Ctrl+Return" in widget.approve_button.toolTip()


def test_imports_and_exports_say_what_they_did(
    qtbot: QtBot, page: tuple[TranslatePage, Scripted], tmp_path: Path
) -> None:
    widget, _ = page
    terms = tmp_path / "terms.csv"
    terms.write_text(
        "source,target,note\n大阪,Osaka,city\n京都,,no target\n大阪,Osaka,twice\n東京,Tokyo,\n",
        encoding="utf-8",
    )
    assert widget.import_glossary(terms)
    assert widget.message.text() == (
        "Imported 1 term from terms.csv. Skipped 1 row without a target term. "
        "2 terms already in the glossary were skipped."
    )
    assert widget.import_glossary(terms)  # a second import adds nothing twice
    assert [t.source for t in widget.glossary.terms] == ["東京", "大阪"]
    memory = tmp_path / "old.tmx"
    memory.write_bytes(
        write_tmx([TMEntry("大阪は雨です。", "It rains in Osaka.", "ja", "en")], "ja")
    )
    assert widget.import_memory(memory)
    assert widget.message.text() == "Imported 1 pair into the translation memory."
    source = tmp_path / "notes.txt"
    source.write_text("大阪は雨です。京都は曇りです。", encoding="utf-8")
    assert widget.open_file(source)
    assert widget.export_name() == tmp_path / "notes.en.txt"  # never the original
    widget.translate(indices=[0])
    wait_idle(qtbot, widget)
    assert widget.export_to(widget.export_name())
    assert widget.message.text() == (
        "Exported to notes.en.txt. 1 segment had no translation yet; its source text was kept. "
        "1 segment still has a warning (⚠); hover over it to see why."  # no “Osaka”
    )
    assert widget.export_memory(tmp_path / "all.tmx")
    assert widget.message.text() == "Exported 1 pair to all.tmx."


def test_long_segments_wrap_and_a_narrow_page_clips_no_button(
    qtbot: QtBot, translations: Translations
) -> None:
    widget = TranslatePage(lambda: None)
    qtbot.addWidget(widget)
    try:
        long = "明日の天気予報によると、関東地方では午後から強い雨が降り、" * 3 + "外出の際は傘を。"
        widget.load_text(f"短い文です。{long}")
        widget.resize(900, 600)
        widget.show()
        qtbot.waitExposed(widget)
        qtbot.waitUntil(lambda: widget.table.rowHeight(1) > 2 * widget.table.rowHeight(0))
        for code in ("en", "ja", "zh_CN"):
            translations.set_language(code)
            qtbot.wait(20)  # the layout takes in the new labels
            width = widget.minimumSizeHint().width()
            assert width <= 680, (code, width)
            widget.resize(width, 600)
            qtbot.waitUntil(lambda w=width: widget.width() == w)  # type: ignore[misc]
            for button in widget.findChildren(QPushButton):
                text = button.fontMetrics().horizontalAdvance(button.text())
                if button.isVisible():
                    assert button.width() >= text + 8, (code, button.text())
            assert widget.instructions.width() >= 120
    finally:
        widget.shutdown()


class Failing:
    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        raise EngineError("The prompt does not fit in the model's context window.")


def test_a_failed_segment_is_counted_in_words_that_fit_the_number(qtbot: QtBot) -> None:
    widget = TranslatePage(lambda: Failing())
    qtbot.addWidget(widget)
    try:
        widget.load_text("東京は晴れです。")
        assert widget.translate()
        wait_idle(qtbot, widget)
        assert widget.message.text() == (
            "1 segment could not be translated; hover over it for the reason."
        )
        assert "context window" in widget.table.item(0, TARGET).toolTip()
    finally:
        widget.shutdown()


def test_unexported_work_is_not_dropped_without_asking(
    qtbot: QtBot,
    page: tuple[TranslatePage, Scripted],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    widget, _ = page
    other = tmp_path / "other.txt"
    other.write_text("大阪は雨です。", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    widget.load_text("東京は晴れです。")
    assert widget.counts.text().startswith("pasted.txt · Source: ")
    widget.open_button.click()  # nothing changed yet: no question
    assert asked == [] and widget.document is not None and widget.document.name == "other.txt"
    assert widget.translate()
    wait_idle(qtbot, widget)
    widget.open_button.click()  # answered No: the translated document stays
    assert "other.txt" in asked[0] and widget.table.item(0, TARGET).text() == "⟦大阪は雨です。⟧"
    # An export says what still needs a look (the glossary's “Tokyo” is missing here).
    widget.load_text("東京は晴れです。")
    widget.translate()
    wait_idle(qtbot, widget)
    assert widget.export_to(tmp_path / "out.txt")
    assert widget.message.text() == (
        "Exported to out.txt. 1 segment still has a warning (⚠); hover over it to see why."
    )
    widget.open_button.click()  # exported: opens without asking
    assert len(asked) == 1 and widget.document is not None
    assert widget.document.name == "other.txt"


def test_messages_in_japanese_join_without_a_space(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    widget = TranslatePage(lambda: None)
    qtbot.addWidget(widget)
    try:
        translations.set_language("ja")
        terms = tmp_path / "用語.csv"
        terms.write_text("source,target\n大阪,Osaka\n京都,\n", encoding="utf-8")
        assert widget.import_glossary(terms)
        assert widget.message.text() == (
            "用語.csv から 1 語を読み込みました。訳語のない 1 行は飛ばしました。"
        )
    finally:
        widget.shutdown()
