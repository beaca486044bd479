"""The translator core's errors in the UI language: the one place that turns an ErrorCode and
its parameters (airgap/translate/errors.py) into a tr() string, for every error the Translate
page shows (opening, exporting, glossary and memory imports, a segment the model failed on).
The labels a format gives segments (a .docx header, footnote, text box) are shown here too.

The core keeps its English str() for logs and the CLI; the filling in of a template, and the
English fallback, are error_messages.py's, shared with the engine's and the store's errors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject

from airgap.engine.api import EngineCode
from airgap.errors import Param
from airgap.translate.document import Segment
from airgap.translate.errors import ErrorCode, TranslateError, english
from airgap.translate.formats.word import NOTES
from airgap.ui.error_messages import Template, message, user_message

CONTEXT = "TranslateMessages"
MAX_LINES = 10  # skipped rows named in a message; the rest become "…"


def templates() -> dict[ErrorCode, Template]:
    """Every code's text in the current UI language (translated when this is called)."""
    translate = QCoreApplication.translate
    return {
        ErrorCode.UNSUPPORTED_TYPE: (
            translate("TranslateMessages", "%1: Airgap opens %2 files."),
            ("name", "suffixes"),
        ),
        ErrorCode.FILE_TOO_LARGE: (
            translate("TranslateMessages", "%1 is larger than %2 MB."),
            ("name", "limit_mb"),
        ),
        ErrorCode.CANNOT_READ: (
            translate("TranslateMessages", "%1 cannot be read: %2."),
            ("name", "reason"),
        ),
        ErrorCode.CANNOT_WRITE: (
            translate("TranslateMessages", "%1 cannot be written: %2."),
            ("name", "reason"),
        ),
        ErrorCode.CANNOT_EXPORT_AS: (
            translate(
                "TranslateMessages",
                "A .%1 document cannot be exported as .%2; "
                "export it as XLIFF, CSV, XLSX or in its own format.",
            ),
            ("source_format", "target_format"),
        ),
        ErrorCode.DAMAGED_UTF16: (
            translate("TranslateMessages", "%1 is damaged UTF-16 text (%2)."),
            ("name", "reason"),
        ),
        ErrorCode.NOT_UTF8: (
            translate(
                "TranslateMessages",
                "%1 is not UTF-8 text (byte 0x%2 at position %3). Save it as UTF-8 (for "
                "example from your editor's “Save with encoding”) and open it again.",
            ),
            ("name", "byte", "position"),
        ),
        ErrorCode.FILE_EMPTY: (translate("TranslateMessages", "%1 is empty."), ("name",)),
        ErrorCode.XML_NOT_WELL_FORMED: (
            translate("TranslateMessages", "%1 is not well-formed XML (line %2, column %3)."),
            ("name", "line", "column"),
        ),
        ErrorCode.XML_NOT_WELL_FORMED_DETAIL: (
            translate("TranslateMessages", "%1 is not well-formed XML (line %2, column %3: %4)."),
            ("name", "line", "column", "reason"),
        ),
        ErrorCode.XML_UNSAFE: (
            translate(
                "TranslateMessages",
                "%1 declares a DTD or entities, which Airgap does not read (they can pull in "
                "other files or expand without limit). Export it again without a DOCTYPE.",
            ),
            ("name",),
        ),
        ErrorCode.TMX_WRONG_ROOT: (
            translate("TranslateMessages", "%1: the root element is <%2>, not <tmx>."),
            ("name", "element"),
        ),
        ErrorCode.TMX_NO_HEADER: (
            translate("TranslateMessages", "%1: it has no <header>."),
            ("name",),
        ),
        ErrorCode.TMX_UNKNOWN_LANGUAGE: (
            translate("TranslateMessages", "%1: The language “%2” is not one Airgap translates."),
            ("name", "language"),
        ),
        ErrorCode.TBX_WRONG_ROOT: (
            translate("TranslateMessages", "%1: the root element is <%2>, not <tbx> or <martif>."),
            ("name", "element"),
        ),
        ErrorCode.XLIFF_WRONG_ROOT: (
            translate("TranslateMessages", "%1: the root element is <%2>, not <xliff>."),
            ("name", "element"),
        ),
        ErrorCode.XLIFF_UNSUPPORTED_VERSION: (
            translate(
                "TranslateMessages", "%1: XLIFF version “%2” is not supported (1.2 and 2.0 are)."
            ),
            ("name", "version"),
        ),
        ErrorCode.XLIFF_UNIT_NO_SOURCE: (
            translate("TranslateMessages", "%1: the trans-unit “%2” has no <source>."),
            ("name", "unit"),
        ),
        ErrorCode.XLIFF_SEGMENT_NO_SOURCE: (
            translate("TranslateMessages", "%1: a segment of the unit “%2” has no <source>."),
            ("name", "unit"),
        ),
        ErrorCode.XLIFF_CANNOT_WRITE_VERSION: (
            translate("TranslateMessages", "%1: XLIFF version “%2” cannot be written (1.2, 2.0)."),
            ("name", "version"),
        ),
        ErrorCode.SRT_NO_TIMING: (
            translate(
                "TranslateMessages",
                "%1 is not a valid SubRip file: the cue “%2” has no timing line "
                "(00:00:01,000 --> 00:00:02,000).",
            ),
            ("name", "cue"),
        ),
        ErrorCode.SRT_NO_SUBTITLES: (
            translate("TranslateMessages", "%1 has no subtitles."),
            ("name",),
        ),
        ErrorCode.VTT_NO_HEADER: (
            translate("TranslateMessages", "%1 is not a WebVTT file: it must start with “WEBVTT”."),
            ("name",),
        ),
        ErrorCode.VTT_NO_CUES: (translate("TranslateMessages", "%1 has no cues."), ("name",)),
        ErrorCode.DOCX_NOT_ZIP: (
            translate(
                "TranslateMessages", "%1 is not a Word document (.docx files are ZIP archives)."
            ),
            ("name",),
        ),
        ErrorCode.DOCX_UNREADABLE: (
            translate("TranslateMessages", "%1 could not be read as a Word document (%2)."),
            ("name", "reason"),
        ),
        ErrorCode.DOCX_NO_MAIN_PART: (
            translate(
                "TranslateMessages", "%1 is not a Word document (it has no main document part)."
            ),
            ("name",),
        ),
        ErrorCode.DOCX_PART_TOO_LARGE: (
            translate("TranslateMessages", "%1: the part %2 is too large to open."),
            ("name", "part"),
        ),
        ErrorCode.DOCX_PART_UNREADABLE: (
            translate("TranslateMessages", "%1: the part %2 cannot be read (%3)."),
            ("name", "part", "reason"),
        ),
        ErrorCode.DOCX_PART_NOT_XML: (
            translate("TranslateMessages", "%1: the part %2 is not well-formed XML (%3)."),
            ("name", "part", "reason"),
        ),
        ErrorCode.DOCX_STRICT: (
            translate(
                "TranslateMessages",
                "%1 is saved as Strict Open XML, which Airgap does not read; "
                "save it again in Word as a Word Document (.docx).",
            ),
            ("name",),
        ),
        ErrorCode.DOCX_NO_BODY: (
            translate("TranslateMessages", "%1 is not a Word document (its document has no body)."),
            ("name",),
        ),
        ErrorCode.XLSX_NOT_ZIP: (
            translate(
                "TranslateMessages", "%1 is not an Excel workbook (.xlsx files are ZIP archives)."
            ),
            ("name",),
        ),
        ErrorCode.XLSX_UNREADABLE: (
            translate("TranslateMessages", "%1 could not be read as a workbook (%2)."),
            ("name", "reason"),
        ),
        ErrorCode.XLSX_NO_WORKBOOK: (
            translate("TranslateMessages", "%1 is not an Excel workbook (no xl/workbook.xml)."),
            ("name",),
        ),
        ErrorCode.XLSX_NO_WORKSHEET: (
            translate("TranslateMessages", "%1 has no worksheet."),
            ("name",),
        ),
        ErrorCode.XLSX_PART_TOO_LARGE: (
            translate("TranslateMessages", "%1: a part of the workbook is larger than %2 MB."),
            ("name", "limit_mb"),
        ),
        ErrorCode.CSV_INVALID: (
            translate("TranslateMessages", "%1 is not valid CSV (%2)."),
            ("name", "reason"),
        ),
        ErrorCode.GLOSSARY_CSV_COLUMNS: (
            translate(
                "TranslateMessages",
                "%1 needs at least two columns: source term and target term.",
            ),
            ("name",),
        ),
        ErrorCode.NO_LANGUAGE: (translate("TranslateMessages", "No language given."), ()),
        ErrorCode.UNKNOWN_LANGUAGE: (
            translate("TranslateMessages", "The language “%1” is not one Airgap translates."),
            ("language",),
        ),
        ErrorCode.APPROVE_WITHOUT_TARGET: (
            translate("TranslateMessages", "A segment without a translation cannot be approved."),
            (),
        ),
        ErrorCode.SEGMENT_MODEL_CRASHED: (
            translate("TranslateMessages", "The model failed on this segment (%1)."),
            ("kind",),
        ),
        ErrorCode.SEGMENT_MODEL_UNFINISHED: (
            translate("TranslateMessages", "The model stopped without finishing its answer."),
            (),
        ),
        ErrorCode.SEGMENT_MODEL_ERROR: (
            translate("TranslateMessages", "The model reported an error."),
            (),
        ),
        ErrorCode.SEGMENT_ENGINE_ERROR: (
            translate("TranslateMessages", "The model could not translate this segment: %1"),
            ("detail",),
        ),
        ErrorCode.SEGMENT_TOO_LONG: (
            translate(
                "TranslateMessages",
                "This segment is too long for the model: the prompt is %1 tokens and the "
                "model's context is %2 tokens.",
            ),
            ("prompt_tokens", "context_length"),
        ),
        ErrorCode.SEGMENT_EMPTY_TRANSLATION: (
            translate("TranslateMessages", "The model gave an empty translation."),
            (),
        ),
    }


def error_message(error: TranslateError) -> str:
    """What the page says about a core error."""
    return user_message(error)


def segment_error(segment: Segment) -> str:
    """Why a segment failed, in the UI language ("" when it did not)."""
    if not segment.error:
        return ""
    code, params = segment.error_code, segment.error_params
    try:
        # A code that no longer matches the text (restored, or set by someone else since):
        # the text is what happened.
        same = code is not None and english(code, params) == segment.error
    except (KeyError, IndexError, ValueError):
        same = False
    if not same:
        return segment.error
    if code is ErrorCode.SEGMENT_ENGINE_ERROR and "detail" in params:
        params = {**params, "detail": engine_detail(params)}
    return message(code, params, segment.error)


def engine_detail(params: Mapping[str, Param]) -> str:
    """The engine's part of a segment's engine error in the UI language, from the engine code
    and parameters the job kept beside its English (translate/job.py); that English when
    there are none."""
    # The job (and the memory it needs) is loaded once a segment has been translated.
    from airgap.translate.job import ENGINE_CODE, ENGINE_PARAM

    english_detail = str(params["detail"])
    try:
        engine_code = EngineCode(str(params.get(ENGINE_CODE, "")))
    except ValueError:
        return english_detail
    engine_params = {
        key.removeprefix(ENGINE_PARAM): value
        for key, value in params.items()
        if key.startswith(ENGINE_PARAM)
    }
    return message(engine_code, engine_params, english_detail)


def segment_label(label: str) -> str:
    """Where a segment sits in its document, in the UI language; a label no format names
    (a subtitle's timing) as it is."""
    translate = QCoreApplication.translate
    fixed = {
        "Header": translate(CONTEXT, "Header"),
        "First-page header": translate(CONTEXT, "First-page header"),
        "Even-page header": translate(CONTEXT, "Even-page header"),
        "Footer": translate(CONTEXT, "Footer"),
        "First-page footer": translate(CONTEXT, "First-page footer"),
        "Even-page footer": translate(CONTEXT, "Even-page footer"),
        "Text box": translate(CONTEXT, "Text box"),
        "Footnote": translate(CONTEXT, "Footnote"),
        "Endnote": translate(CONTEXT, "Endnote"),
    }
    if label in fixed:
        return fixed[label]
    kind, _, number = label.partition(" ")
    if kind in NOTES and number.isdigit():
        numbered = {
            "Footnote": translate(CONTEXT, "Footnote %1"),
            "Endnote": translate(CONTEXT, "Endnote %1"),
        }
        return numbered[kind].replace("%1", number)
    return label


def file_error(name: str, error: OSError, *, writing: bool = False) -> str:
    """A file the page reads or writes itself that the system refused."""
    code = ErrorCode.CANNOT_WRITE if writing else ErrorCode.CANNOT_READ
    params = {"name": name, "reason": error.strerror or str(error)}
    return message(code, params, english(code, params))


def skipped_source_rows(lines: Sequence[int]) -> str:
    """A glossary import's rows without a source term, named by line ("" when none)."""
    if not lines:
        return ""
    shown = ", ".join(str(n) for n in lines[:MAX_LINES]) + ("…" if len(lines) > MAX_LINES else "")
    return TranslateMessages().skipped_source_rows(len(lines)).replace("%1", shown)


class TranslateMessages(QObject):
    """Messages with a count: lupdate gives plural forms to tr() calls only, and tr() takes
    its context from the class name, the context of the templates above."""

    def skipped_source_rows(self, count: int) -> str:
        return self.tr("Skipped %n row(s) without a source term (lines %1).", "", count)
