"""The translator workspace's user-facing errors.

Each error carries a stable `ErrorCode` and its parameters (file name, line, element...); its
str() is the English message, for logs and the CLI. A front end that speaks another language
turns code + parameters into its own text (the Qt one: airgap/ui/translate_messages.py), so
the core stays free of Qt. A segment that fails during a job keeps the same pair
(Segment.error_code / error_params) beside its English `error`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from airgap.errors import Param, UserError

__all__ = ["ENGLISH", "ErrorCode", "Param", "english"]


class ErrorCode(StrEnum):
    # Any document file (formats/__init__.py, decode.py)
    UNSUPPORTED_TYPE = "unsupported-type"
    FILE_TOO_LARGE = "file-too-large"
    CANNOT_READ = "cannot-read"
    CANNOT_WRITE = "cannot-write"
    CANNOT_EXPORT_AS = "cannot-export-as"
    DAMAGED_UTF16 = "damaged-utf16"
    NOT_UTF8 = "not-utf8"
    FILE_EMPTY = "file-empty"
    # XML files (xmlsafe.py) and the XML formats
    XML_NOT_WELL_FORMED = "xml-not-well-formed"
    XML_NOT_WELL_FORMED_DETAIL = "xml-not-well-formed-detail"
    XML_UNSAFE = "xml-unsafe"
    TMX_WRONG_ROOT = "tmx-wrong-root"
    TMX_NO_HEADER = "tmx-no-header"
    TMX_UNKNOWN_LANGUAGE = "tmx-unknown-language"
    TBX_WRONG_ROOT = "tbx-wrong-root"
    XLIFF_WRONG_ROOT = "xliff-wrong-root"
    XLIFF_UNSUPPORTED_VERSION = "xliff-unsupported-version"
    XLIFF_UNIT_NO_SOURCE = "xliff-unit-no-source"
    XLIFF_SEGMENT_NO_SOURCE = "xliff-segment-no-source"
    XLIFF_CANNOT_WRITE_VERSION = "xliff-cannot-write-version"
    # Subtitles
    SRT_NO_TIMING = "srt-no-timing"
    SRT_NO_SUBTITLES = "srt-no-subtitles"
    VTT_NO_HEADER = "vtt-no-header"
    VTT_NO_CUES = "vtt-no-cues"
    # Word
    DOCX_NOT_ZIP = "docx-not-zip"
    DOCX_UNREADABLE = "docx-unreadable"
    DOCX_NO_MAIN_PART = "docx-no-main-part"
    DOCX_PART_TOO_LARGE = "docx-part-too-large"
    DOCX_PART_UNREADABLE = "docx-part-unreadable"
    DOCX_PART_NOT_XML = "docx-part-not-xml"
    DOCX_STRICT = "docx-strict"
    DOCX_NO_BODY = "docx-no-body"
    # Excel
    XLSX_NOT_ZIP = "xlsx-not-zip"
    XLSX_UNREADABLE = "xlsx-unreadable"
    XLSX_NO_WORKBOOK = "xlsx-no-workbook"
    XLSX_NO_WORKSHEET = "xlsx-no-worksheet"
    XLSX_PART_TOO_LARGE = "xlsx-part-too-large"
    # CSV (documents and glossaries)
    CSV_INVALID = "csv-invalid"
    GLOSSARY_CSV_COLUMNS = "glossary-csv-columns"
    # Languages
    NO_LANGUAGE = "no-language"
    UNKNOWN_LANGUAGE = "unknown-language"
    # The job: approving, and a segment the model failed on
    APPROVE_WITHOUT_TARGET = "approve-without-target"
    SEGMENT_MODEL_CRASHED = "segment-model-crashed"
    SEGMENT_MODEL_UNFINISHED = "segment-model-unfinished"
    SEGMENT_MODEL_ERROR = "segment-model-error"
    SEGMENT_ENGINE_ERROR = "segment-engine-error"
    SEGMENT_TOO_LONG = "segment-too-long"
    SEGMENT_EMPTY_TRANSLATION = "segment-empty-translation"


# The English messages (str.format fields are the parameter names).
ENGLISH: dict[ErrorCode, str] = {
    ErrorCode.UNSUPPORTED_TYPE: "{name}: Airgap opens {suffixes} files.",
    ErrorCode.FILE_TOO_LARGE: "{name} is larger than {limit_mb} MB.",
    ErrorCode.CANNOT_READ: "{name} cannot be read: {reason}.",
    ErrorCode.CANNOT_WRITE: "{name} cannot be written: {reason}.",
    ErrorCode.CANNOT_EXPORT_AS: (
        "A .{source_format} document cannot be exported as .{target_format}; "
        "export it as XLIFF, CSV, XLSX or in its own format."
    ),
    ErrorCode.DAMAGED_UTF16: "{name} is damaged UTF-16 text ({reason}).",
    ErrorCode.NOT_UTF8: (
        "{name} is not UTF-8 text (byte 0x{byte} at position {position}). "
        "Save it as UTF-8 (for example from your editor's “Save with encoding”) and open "
        "it again."
    ),
    ErrorCode.FILE_EMPTY: "{name} is empty.",
    ErrorCode.XML_NOT_WELL_FORMED: "{name} is not well-formed XML (line {line}, column {column}).",
    ErrorCode.XML_NOT_WELL_FORMED_DETAIL: (
        "{name} is not well-formed XML (line {line}, column {column}: {reason})."
    ),
    ErrorCode.XML_UNSAFE: (
        "{name} declares a DTD or entities, which Airgap does not read (they can pull in "
        "other files or expand without limit). Export it again without a DOCTYPE."
    ),
    ErrorCode.TMX_WRONG_ROOT: "{name}: the root element is <{element}>, not <tmx>.",
    ErrorCode.TMX_NO_HEADER: "{name}: it has no <header>.",
    ErrorCode.TMX_UNKNOWN_LANGUAGE: (
        "{name}: The language “{language}” is not one Airgap translates."
    ),
    ErrorCode.TBX_WRONG_ROOT: "{name}: the root element is <{element}>, not <tbx> or <martif>.",
    ErrorCode.XLIFF_WRONG_ROOT: "{name}: the root element is <{element}>, not <xliff>.",
    ErrorCode.XLIFF_UNSUPPORTED_VERSION: (
        "{name}: XLIFF version “{version}” is not supported (1.2 and 2.0 are)."
    ),
    ErrorCode.XLIFF_UNIT_NO_SOURCE: "{name}: the trans-unit “{unit}” has no <source>.",
    ErrorCode.XLIFF_SEGMENT_NO_SOURCE: "{name}: a segment of the unit “{unit}” has no <source>.",
    ErrorCode.XLIFF_CANNOT_WRITE_VERSION: (
        "{name}: XLIFF version “{version}” cannot be written (1.2, 2.0)."
    ),
    ErrorCode.SRT_NO_TIMING: (
        "{name} is not a valid SubRip file: the cue “{cue}” has no timing "
        "line (00:00:01,000 --> 00:00:02,000)."
    ),
    ErrorCode.SRT_NO_SUBTITLES: "{name} has no subtitles.",
    ErrorCode.VTT_NO_HEADER: "{name} is not a WebVTT file: it must start with “WEBVTT”.",
    ErrorCode.VTT_NO_CUES: "{name} has no cues.",
    ErrorCode.DOCX_NOT_ZIP: "{name} is not a Word document (.docx files are ZIP archives).",
    ErrorCode.DOCX_UNREADABLE: "{name} could not be read as a Word document ({reason}).",
    ErrorCode.DOCX_NO_MAIN_PART: "{name} is not a Word document (it has no main document part).",
    ErrorCode.DOCX_PART_TOO_LARGE: "{name}: the part {part} is too large to open.",
    ErrorCode.DOCX_PART_UNREADABLE: "{name}: the part {part} cannot be read ({reason}).",
    ErrorCode.DOCX_PART_NOT_XML: "{name}: the part {part} is not well-formed XML ({reason}).",
    ErrorCode.DOCX_STRICT: (
        "{name} is saved as Strict Open XML, which Airgap does not read; "
        "save it again in Word as a Word Document (.docx)."
    ),
    ErrorCode.DOCX_NO_BODY: "{name} is not a Word document (its document has no body).",
    ErrorCode.XLSX_NOT_ZIP: "{name} is not an Excel workbook (.xlsx files are ZIP archives).",
    ErrorCode.XLSX_UNREADABLE: "{name} could not be read as a workbook ({reason}).",
    ErrorCode.XLSX_NO_WORKBOOK: "{name} is not an Excel workbook (no xl/workbook.xml).",
    ErrorCode.XLSX_NO_WORKSHEET: "{name} has no worksheet.",
    ErrorCode.XLSX_PART_TOO_LARGE: "{name}: a part of the workbook is larger than {limit_mb} MB.",
    ErrorCode.CSV_INVALID: "{name} is not valid CSV ({reason}).",
    ErrorCode.GLOSSARY_CSV_COLUMNS: (
        "{name} needs at least two columns: source term and target term."
    ),
    ErrorCode.NO_LANGUAGE: "No language given.",
    ErrorCode.UNKNOWN_LANGUAGE: "The language “{language}” is not one Airgap translates.",
    ErrorCode.APPROVE_WITHOUT_TARGET: "A segment without a translation cannot be approved.",
    ErrorCode.SEGMENT_MODEL_CRASHED: "The model failed on this segment ({kind}).",
    ErrorCode.SEGMENT_MODEL_UNFINISHED: "The model stopped without finishing its answer.",
    ErrorCode.SEGMENT_MODEL_ERROR: "The model reported an error.",
    # The engine's own English message, passed on as it is.
    ErrorCode.SEGMENT_ENGINE_ERROR: "{detail}",
    ErrorCode.SEGMENT_TOO_LONG: "{detail}",
    ErrorCode.SEGMENT_EMPTY_TRANSLATION: "The model gave an empty translation.",
}


def english(code: ErrorCode, params: Mapping[str, Param]) -> str:
    """The English message of `code` with its parameters in place."""
    return ENGLISH[code].format_map(params)


class TranslateError(UserError):
    """An error shown to the user: `code` and `params` say what, str() says it in English.

    A plain message (no code) is accepted for errors no front end needs to translate.
    """

    ENGLISH = ENGLISH
    code: ErrorCode | None


class FormatError(TranslateError):
    """A file that cannot be read or written in the format it claims (names the problem)."""


class UnsafeXMLError(FormatError):
    """An XML file with a DTD or entity declarations (XXE, entity expansion), refused."""


class UnknownLanguage(TranslateError):
    """A language code the workspace does not know."""
