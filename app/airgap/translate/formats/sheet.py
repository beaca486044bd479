"""The bilingual table as a real Excel workbook (.xlsx), written by hand: a ZIP of
SpreadsheetML parts (ECMA-376 / ISO 29500 transitional), no spreadsheet library.

One sheet named after the document: id | source | target | status | match % | notes, the
header row bold and frozen, source and target wide and wrapped, text in a shared-string
table (UTF-8, so CJK needs no BOM trick as CSV does). Reading takes the first sheet of any
workbook whose header names a source column (or uses the first two columns), as the CSV
reader does, so a reviewed table comes back as a document.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from xml.sax.saxutils import escape, quoteattr

from airgap.text import clean_text
from airgap.translate.document import Document, Segment
from airgap.translate.errors import ErrorCode, FormatError
from airgap.translate.formats.table import document_from_rows
from airgap.translate.formats.xmlsafe import local, parse_xml

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
HEADER = ["id", "source", "target", "status", "match %", "notes"]
WIDTHS = [10, 60, 60, 14, 10, 40]  # in characters of the default font
MAX_CELL = 32767  # Excel's limit on the characters of one cell
MAX_PART = 200 * 1024 * 1024  # uncompressed bytes of one part we agree to read
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
_EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed timestamps: the same table gives the same bytes


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def sheet_name(doc: Document) -> str:
    """The document's name without its suffix, as Excel allows a sheet name (≤ 31 chars)."""
    stem = doc.name.rsplit(".", 1)[0] if "." in doc.name else doc.name
    name = _SHEET_NAME.sub("_", stem).strip("' ")[:31]
    return name or "Translation"


def _notes(segment: Segment) -> str:
    notes = [segment.label] if segment.label else []
    if segment.error:
        notes.append(segment.error)
    if segment.missing_terms:
        notes.append("Missing glossary terms: " + ", ".join(segment.missing_terms))
    notes.extend(segment.tag_problems)
    return "\n".join(notes)


def _text(value: str) -> str:
    return escape(_ILLEGAL.sub("", value)[:MAX_CELL])


class _Strings:
    """The shared-string table: each distinct text once, cells refer to it by index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.count = 0

    def ref(self, value: str) -> int:
        self.count += 1
        return self.index.setdefault(value, len(self.index))

    def xml(self) -> str:
        items = "".join(
            f'<si><t xml:space="preserve">{_text(value)}</t></si>' for value in self.index
        )
        return (
            f'<sst xmlns="{MAIN}" count="{self.count}" uniqueCount="{len(self.index)}">'
            f"{items}</sst>"
        )


def _rows(doc: Document) -> Iterator[list[str | int | None]]:
    yield list(HEADER)
    for segment in doc.segments:
        yield [
            segment.id,
            segment.source,
            segment.target,
            segment.status.value,
            segment.tm_score,
            _notes(segment),
        ]


def _sheet(doc: Document, strings: _Strings) -> str:
    rows: list[str] = []
    for r, values in enumerate(_rows(doc), start=1):
        style = 1 if r == 1 else 2
        cells: list[str] = []
        for c, value in enumerate(values):
            ref = f"{_column(c)}{r}"
            if value is None or value == "":
                continue
            if isinstance(value, int):
                cells.append(f'<c r="{ref}" s="{style}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" s="{style}" t="s"><v>{strings.ref(value)}</v></c>')
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    cols = "".join(
        f'<col min="{k}" max="{k}" width="{w}" customWidth="1"/>'
        for k, w in enumerate(WIDTHS, start=1)
    )
    last = f"{_column(len(HEADER) - 1)}{len(doc.segments) + 1}"
    return (
        f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
        f'<dimension ref="A1:{last}"/>'
        '<sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
        "</sheetView></sheetViews>"
        '<sheetFormatPr defaultRowHeight="15"/>'
        f"<cols>{cols}</cols>"
        f"<sheetData>{''.join(rows)}</sheetData>"
        f'<autoFilter ref="A1:{last}"/>'
        "</worksheet>"
    )


_STYLES = (
    f'<styleSheet xmlns="{MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_SHEET_TYPE}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SHEET_TYPE}.worksheet+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_SHEET_TYPE}.styles+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SHEET_TYPE}.sharedStrings+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    f'<Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    f'<Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


def write_xlsx(doc: Document) -> bytes:
    strings = _Strings()
    sheet = _sheet(doc, strings)  # fills the string table
    workbook = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        f'<sheets><sheet name={quoteattr(sheet_name(doc))} sheetId="1" r:id="rId1"/></sheets>'
        "</workbook>"
    )
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _ROOT_RELS,
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
        "xl/styles.xml": _STYLES,
        "xl/sharedStrings.xml": strings.xml(),
        "xl/worksheets/sheet1.xml": sheet,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            info = zipfile.ZipInfo(name, _EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            body = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml
            archive.writestr(info, body.encode("utf-8"))
    return out.getvalue()


# ------------------------------------------------------------------ reading


def _part(archive: zipfile.ZipFile, path: str, name: str) -> bytes | None:
    try:
        info = archive.getinfo(path)
    except KeyError:
        return None
    if info.file_size > MAX_PART:
        raise FormatError(ErrorCode.XLSX_PART_TOO_LARGE, name=name, limit_mb=MAX_PART >> 20)
    return archive.read(info)


def _first_sheet(archive: zipfile.ZipFile, name: str) -> str:
    """The path of the workbook's first sheet, through the workbook's relationships."""
    workbook = _part(archive, "xl/workbook.xml", name)
    rels = _part(archive, "xl/_rels/workbook.xml.rels", name)
    if workbook is None or rels is None:
        raise FormatError(ErrorCode.XLSX_NO_WORKBOOK, name=name)
    sheet = next((e for e in parse_xml(workbook, name).iter() if local(e.tag) == "sheet"), None)
    rid = sheet.get(f"{{{REL}}}id") if sheet is not None else None
    for rel in parse_xml(rels, name):
        if rel.get("Id") == rid:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    raise FormatError(ErrorCode.XLSX_NO_WORKSHEET, name=name)


def _column_index(ref: str) -> int:
    index = 0
    for ch in ref:
        if not ch.isalpha():
            break
        index = index * 26 + ord(ch.upper()) - ord("A") + 1
    return index - 1


def read_xlsx(data: bytes, name: str) -> Document:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise FormatError(ErrorCode.XLSX_NOT_ZIP, name=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            path = _first_sheet(archive, name)
            sheet = _part(archive, path, name)
            shared = _part(archive, "xl/sharedStrings.xml", name)
    except (zipfile.BadZipFile, OSError) as exc:
        raise FormatError(ErrorCode.XLSX_UNREADABLE, name=name, reason=str(exc)) from None
    if sheet is None:
        raise FormatError(ErrorCode.XLSX_NO_WORKSHEET, name=name)
    strings: list[str] = []
    if shared is not None:
        strings = [_string_item(item) for item in parse_xml(shared, name)]
    rows: list[list[str]] = []
    for row in (e for e in parse_xml(sheet, name).iter() if local(e.tag) == "row"):
        values: dict[int, str] = {}
        for k, cell in enumerate(c for c in row if local(c.tag) == "c"):
            column = _column_index(cell.get("r", "")) if cell.get("r") else k
            values[column] = _cell_text(cell, strings)
        if any(v.strip() for v in values.values()):
            rows.append([clean_text(values.get(i, "")) for i in range(max(values) + 1)])
    if not rows:
        raise FormatError(ErrorCode.FILE_EMPTY, name=name)
    return document_from_rows(rows, name, "xlsx")


def _string_item(item: ET.Element) -> str:
    """A shared or inline string: plain or rich text (runs); phonetic guides are not text."""
    parts: list[str] = []
    for child in item:
        if local(child.tag) == "t":
            parts.append(child.text or "")
        elif local(child.tag) == "r":
            parts.extend(t.text or "" for t in child if local(t.tag) == "t")
    return "".join(parts)


def _cell_text(cell: ET.Element, strings: list[str]) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = next((c for c in cell if local(c.tag) == "is"), None)
        return _string_item(inline) if inline is not None else ""
    value = next((c.text or "" for c in cell if local(c.tag) == "v"), "")
    if kind == "s":
        index = int(value) if value.isdigit() else -1
        return strings[index] if 0 <= index < len(strings) else ""
    if kind == "b":
        return "TRUE" if value == "1" else "FALSE"
    return value
