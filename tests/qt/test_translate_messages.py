"""The translator core's errors in the UI language: every ErrorCode has a real translation in
all five languages, and a bad file, a failed segment or a glossary with bad rows is reported
in the language of the UI while the core's str() stays English for logs and the CLI."""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from airgap.engine.api import CancelToken, ContextOverflow, EngineError, Event, GenerationRequest
from airgap.translate.document import Segment, Status
from airgap.translate.errors import ENGLISH, ErrorCode, FormatError, TranslateError
from airgap.translate.formats.tmx import read_tmx
from airgap.translate.formats.word import PART_LABELS
from airgap.ui.i18n import LANGUAGES, Translations
from airgap.ui.translate_messages import (
    TranslateMessages,
    error_message,
    message,
    segment_error,
    segment_label,
    skipped_source_rows,
    templates,
)
from airgap.ui.translate_page import SOURCE, TARGET, TranslatePage
from pytestqt.qtbot import QtBot

# Parameters a code carries beyond the fields of its English text.
EXTRA = {ErrorCode.SEGMENT_TOO_LONG: {"prompt_tokens", "context_length"}}


def fields(code: ErrorCode) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(ENGLISH[code]) if f}


def markers(text: str) -> set[str]:
    return set(re.findall(r"%[1-9n]", text))


def test_every_error_code_has_a_translation_in_every_language(
    translations: Translations,
) -> None:
    english = templates()
    numerus = TranslateMessages().skipped_source_rows(3)
    assert set(english) == set(ErrorCode), "codes without a template"
    for code, (text, keys) in english.items():
        # The template names only what the core supplies, each parameter once.
        assert set(keys) <= fields(code) | EXTRA.get(code, set()), code
        assert len(set(keys)) == len(keys), code
        assert markers(text) == {f"%{i}" for i in range(1, len(keys) + 1)}, code
    problems: list[str] = []
    for language in LANGUAGES:
        assert translations.set_language(language)
        found = templates()
        for code in ErrorCode:
            text = found[code][0]
            if language != "en" and text == english[code][0]:
                problems.append(f"{language}: {code}: untranslated")
            if markers(text) != markers(english[code][0]):
                problems.append(f"{language}: {code}: placeholders {text!r}")
        counted = TranslateMessages().skipped_source_rows(3)
        if language != "en" and counted == numerus:
            problems.append(f"{language}: skipped rows: untranslated")
        if "3" not in counted or "%1" not in counted:
            problems.append(f"{language}: skipped rows: {counted!r}")
    assert not problems, "\n".join(problems)


def test_parameters_fill_the_template_once_and_a_bad_one_falls_back_to_english(
    translations: Translations,
) -> None:
    translations.set_language("ja")
    error = FormatError(ErrorCode.TMX_WRONG_ROOT, name="%2.tmx", element="xliff")
    assert error_message(error) == "%2.tmx: ルート要素が <tmx> ではなく <xliff> です。"
    assert str(error) == "%2.tmx: the root element is <xliff>, not <tmx>."
    # A plain message (no code) and missing parameters: the English text, not nothing.
    assert error_message(TranslateError("No model is loaded.")) == "No model is loaded."
    assert message(ErrorCode.TMX_WRONG_ROOT, {"name": "a.tmx"}, "fallback") == "fallback"
    # A segment whose stored code and text disagree shows its text.
    segment = Segment("1", "東京", status=Status.ERROR, error="Out of memory.")
    segment.error_code = ErrorCode.SEGMENT_ENGINE_ERROR
    assert segment_error(segment) == "Out of memory."
    segment.error_params = {"detail": "Out of memory."}
    assert segment_error(segment) == "モデルはこのセグメントを翻訳できませんでした: Out of memory."
    assert skipped_source_rows(list(range(1, 13))) == (
        "原文の用語がない 12 行は飛ばしました（1, 2, 3, 4, 5, 6, 7, 8, 9, 10… 行目）。"
    )


@pytest.fixture
def page(qtbot: QtBot, translations: Translations) -> Iterator[TranslatePage]:
    widget = TranslatePage(lambda: None)
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def test_bad_files_opened_in_a_japanese_ui_are_reported_in_japanese(
    page: TranslatePage,
    translations: Translations,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    translations.set_language("ja")
    memory = tmp_path / "bad.tmx"
    memory.write_bytes(b'<?xml version="1.0"?><tmx version="1.4"><body/></tmx>')
    assert not page.import_memory(memory)
    assert page.message.text() == "bad.tmx: <header> がありません。"

    text = tmp_path / "報告.txt"
    text.write_bytes("東京".encode("shift_jis"))
    assert not page.open_file(text)
    assert page.message.text().startswith("報告.txt は UTF-8 のテキストではありません（位置 0 の")

    word = tmp_path / "letter.docx"
    word.write_bytes(b"not a zip")
    assert not page.open_file(word)
    assert page.message.text() == (
        "letter.docx は Word 文書ではありません（.docx ファイルは ZIP アーカイブです）。"
    )

    glossary = tmp_path / "terms.tbx"
    glossary.write_bytes(b"<martif><text/></martif><extra/>")
    assert not page.import_glossary(glossary)
    assert page.message.text().startswith("terms.tbx は整形式の XML ではありません（1 行目、")

    missing = tmp_path / "gone.tmx"
    assert not page.import_memory(missing)
    assert page.message.text().startswith("gone.tmx を読み込めません: ")

    # The core's own text stays English for the log and the CLI, whatever the UI speaks.
    with pytest.raises(FormatError) as caught:
        read_tmx(memory.read_bytes(), memory.name)
    assert caught.value.code is ErrorCode.TMX_NO_HEADER
    assert caught.value.params == {"name": "bad.tmx"}
    with caplog.at_level(logging.WARNING):
        logging.getLogger("airgap.test").warning("import failed: %s", caught.value)
    assert "import failed: bad.tmx: it has no <header>." in caplog.text


class Failing:
    """A session that fails the way the engine does: a prompt too long, or another error."""

    def __init__(self, error: EngineError) -> None:
        self.error = error

    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        raise self.error


@pytest.mark.parametrize(
    ("error", "japanese"),
    [
        (
            ContextOverflow("too long (English)", prompt_tokens=5000, context_length=4096),
            "このセグメントはモデルには長すぎます: プロンプトは 5000 トークン、"
            "モデルのコンテキストは 4096 トークンです。",
        ),
        (
            EngineError("The model ran out of memory."),
            "モデルはこのセグメントを翻訳できませんでした: The model ran out of memory.",
        ),
    ],
)
def test_a_failed_segment_says_why_in_the_ui_language(
    qtbot: QtBot, translations: Translations, error: EngineError, japanese: str
) -> None:
    widget = TranslatePage(lambda: Failing(error))
    qtbot.addWidget(widget)
    try:
        translations.set_language("ja")
        widget.load_text("東京は晴れです。")
        assert widget.translate()
        qtbot.waitUntil(lambda: not widget.busy, timeout=10_000)
        assert widget.table.item(0, TARGET).toolTip() == japanese
        assert widget.document is not None
        assert widget.document.segments[0].error == error.message  # English for the log
    finally:
        widget.shutdown()


def test_glossary_rows_without_a_source_term_are_reported_by_line(
    page: TranslatePage, tmp_path: Path
) -> None:
    terms = tmp_path / "terms.csv"
    terms.write_text(
        "source,target\n大阪,Osaka\n,Kyoto\n\n京都,\n,Nara\n",
        encoding="utf-8",
    )
    assert page.import_glossary(terms)
    assert page.message.text() == (
        "Imported 1 term from terms.csv. Skipped 1 row without a target term. "
        "Skipped 2 rows without a source term (lines 3, 6)."
    )


def test_where_a_segment_sits_is_said_in_the_ui_language(
    page: TranslatePage, translations: Translations, tmp_path: Path
) -> None:
    labels = (*PART_LABELS, "Footnote 3", "Endnote 12")
    for language in LANGUAGES:
        assert translations.set_language(language)
        shown = [segment_label(label) for label in labels]
        assert len(set(shown)) == len(labels), language  # no two places read the same
        if language != "en":
            assert not any(re.search("[A-Za-z]", text) for text in shown), (language, shown)
        assert "3" in shown[-2] and "12" in shown[-1]
    timing = "00:00:01,000 --> 00:00:02,500"  # a subtitle's label is not words
    assert segment_label(timing) == timing

    letter = docx.Document()
    letter.sections[0].header.paragraphs[0].text = "Confidential."
    letter.add_paragraph("Dear customer.")
    path = tmp_path / "letter.docx"
    letter.save(str(path))
    translations.set_language("ja")
    assert page.open_file(path)
    tips = {
        page.table.item(row, SOURCE).text(): page.table.item(row, SOURCE).toolTip()
        for row in range(page.table.rowCount())
    }
    assert tips["Confidential."] == "ヘッダー"
