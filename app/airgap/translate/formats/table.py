"""CSV: the bilingual table (id, source, target, status; UTF-8 with a BOM so spreadsheet apps
read CJK correctly) as a document, and glossaries (source, target, note, flags)."""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from airgap.translate.document import Document, Segment, Status
from airgap.translate.errors import ErrorCode, FormatError
from airgap.translate.formats.decode import decode_text
from airgap.translate.glossary import Term

_SOURCE = {"source", "src", "term", "source term", "原文", "原文術語"}
_TARGET = {"target", "tgt", "translation", "target term", "译文", "訳文", "譯文"}
_NOTE = {"note", "notes", "comment", "comments", "definition", "备注", "備考"}
_TRUE = {"1", "true", "yes", "y", "x", "✓"}


@dataclass(frozen=True)
class GlossaryRows:
    """The terms of a glossary CSV, and the lines of the rows skipped for having no source
    term (1-based, as a text editor counts them), so that an import can say so."""

    terms: list[Term]
    skipped_lines: list[int] = field(default_factory=list)


def _rows(data: bytes, name: str) -> list[list[str]]:
    return [row for _line, row in _numbered_rows(data, name)]


def _numbered_rows(data: bytes, name: str) -> list[tuple[int, list[str]]]:
    """The non-blank rows, each with the line it starts on."""
    text = decode_text(data, name)
    dialect: type[csv.Dialect] = csv.excel
    with contextlib.suppress(csv.Error):  # one column, or too little to tell: the default
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        start = 1
        for row in reader:
            if any(c.strip() for c in row):
                rows.append((start, row))
            start = reader.line_num + 1  # a quoted cell can span lines
    except csv.Error as exc:
        raise FormatError(ErrorCode.CSV_INVALID, name=name, reason=str(exc)) from None
    if not rows:
        raise FormatError(ErrorCode.FILE_EMPTY, name=name)
    return rows


def _columns(header: list[str]) -> dict[str, int] | None:
    names = [h.strip().casefold() for h in header]
    found: dict[str, int] = {}
    for key, aliases in (("source", _SOURCE), ("target", _TARGET), ("note", _NOTE)):
        index = next((i for i, n in enumerate(names) if n in aliases), None)
        if index is not None:
            found[key] = index
    for key in ("id", "status", "case_sensitive", "width_sensitive"):
        if key in names:
            found[key] = names.index(key)
    return found if "source" in found else None


def _cell(row: list[str], index: int | None) -> str:
    return row[index] if index is not None and index < len(row) else ""


def read_csv(data: bytes, name: str) -> Document:
    return document_from_rows(_rows(data, name), name, "csv")


def document_from_rows(rows: list[list[str]], name: str, fmt: str) -> Document:
    """A bilingual table (CSV or a workbook's sheet) as a document: a header naming the
    columns (source, target, id, status), or source and target as the first two columns."""
    columns = _columns(rows[0])
    if columns is None:
        columns = {"source": 0, "target": 1}
    else:
        rows = rows[1:]
    segments: list[Segment] = []
    for k, row in enumerate(rows, start=1):
        source = _cell(row, columns["source"])
        if not source.strip():
            continue
        segment = Segment(_cell(row, columns.get("id")) or str(k), source)
        segment.target = _cell(row, columns.get("target"))
        status = _cell(row, columns.get("status"))
        if status in Status.__members__.values():
            segment.status = Status(status)
        elif segment.target:
            segment.status = Status.TRANSLATED
        segments.append(segment)
    return Document(fmt, segments, name=name)


def write_csv(doc: Document) -> bytes:
    """The bilingual table: id, source, target, status (also the export for spreadsheets)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "source", "target", "status"])
    for segment in doc.segments:
        writer.writerow([segment.id, segment.source, segment.target, segment.status.value])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def read_glossary_csv(data: bytes, name: str) -> GlossaryRows:
    rows = _numbered_rows(data, name)
    columns = _columns(rows[0][1])
    if columns is None:
        if len(rows[0][1]) < 2:
            raise FormatError(ErrorCode.GLOSSARY_CSV_COLUMNS, name=name)
        columns = {"source": 0, "target": 1, "note": 2}
    else:
        rows = rows[1:]
    terms = []
    skipped = []
    for line, row in rows:
        source = _cell(row, columns["source"]).strip()
        if not source:
            skipped.append(line)
        else:
            terms.append(
                Term(
                    source,
                    _cell(row, columns.get("target")).strip(),
                    note=_cell(row, columns.get("note")).strip(),
                    case_sensitive=_cell(row, columns.get("case_sensitive")).casefold() in _TRUE,
                    width_sensitive=_cell(row, columns.get("width_sensitive")).casefold() in _TRUE,
                )
            )
    return GlossaryRows(terms, skipped)


def write_glossary_csv(terms: Iterable[Term]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["source", "target", "note", "case_sensitive", "width_sensitive"])
    for t in terms:
        flags = ["yes" if t.case_sensitive else "", "yes" if t.width_sensitive else ""]
        writer.writerow([t.source, t.target, t.note, *flags])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
