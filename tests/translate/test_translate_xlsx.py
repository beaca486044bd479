"""The bilingual table as a real .xlsx: the package parts ECMA-376 requires, read back by
openpyxl (an independent reader) and by our own reader, CJK intact, header bold and frozen."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import openpyxl
import pytest
from airgap.translate.document import Document, Segment, Status
from airgap.translate.errors import FormatError
from airgap.translate.formats import read_bytes, read_document, to_bytes, write_document

CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _doc() -> Document:
    return Document(
        "xliff",
        [
            Segment(
                "u1", "東京は晴れです。", "It is sunny in Tokyo.", Status.APPROVED, tm_score=100
            ),
            Segment(
                "u2",
                "Click ⟦1⟧Save⟦/1⟧ & <wait>\n  twice ",
                "「保存」を押す",
                Status.TRANSLATED,
                tm_score=83,
                missing_terms=["Save"],
                tag_problems=["⟦1⟧ is missing."],
            ),
            Segment("u3", "서울은 맑습니다.", label="00:01 --> 00:02"),
            Segment("u4", "東京は晴れです。", "It is sunny in Tokyo.", Status.FROM_MEMORY),
        ],
        name="報告書 [draft]: v2.xlf",
    )


@pytest.fixture(scope="module")
def xlsx() -> bytes:
    return to_bytes(_doc(), "xlsx")


def test_the_package_has_the_parts_ecma_376_requires(xlsx: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        assert archive.testzip() is None
        names = set(archive.namelist())
        types = ET.fromstring(archive.read("[Content_Types].xml"))
        rels = ET.fromstring(archive.read("_rels/.rels"))
        book_rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        parts = {
            name: ET.fromstring(archive.read(name))
            for name in names
            if name.endswith(("xml", ".rels"))
        }
    assert {
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/sharedStrings.xml",
    } <= names
    overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(f"{CT}Override")}
    for name in names - {"[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels"}:
        assert f"/{name}" in overrides  # every part has its content type
    assert overrides["/xl/workbook.xml"].endswith("spreadsheetml.sheet.main+xml")
    assert [r.get("Target") for r in rels] == ["xl/workbook.xml"]
    assert {f"xl/{r.get('Target')}" for r in book_rels} == {
        "xl/worksheets/sheet1.xml",
        "xl/styles.xml",
        "xl/sharedStrings.xml",
    }
    assert len(parts) == 7  # and every XML part parses


def test_openpyxl_reads_the_cells_styles_and_layout(xlsx: bytes) -> None:
    book = openpyxl.load_workbook(io.BytesIO(xlsx))
    assert book.sheetnames == ["報告書 _draft__ v2"]  # Excel forbids [ ] : in sheet names
    sheet = book.active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["id", "source", "target", "status", "match %", "notes"]
    assert rows[1] == ["u1", "東京は晴れです。", "It is sunny in Tokyo.", "approved", 100, None]
    assert rows[2][:5] == [
        "u2",
        "Click ⟦1⟧Save⟦/1⟧ & <wait>\n  twice ",  # markup-like text and spaces survive
        "「保存」を押す",
        "translated",
        83,
    ]
    assert rows[2][5] == "Missing glossary terms: Save\n⟦1⟧ is missing."
    assert rows[3] == ["u3", "서울은 맑습니다.", None, "new", None, "00:01 --> 00:02"]
    assert all(cell.font.b for cell in sheet[1]) and not sheet["B2"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet["B2"].alignment.wrap_text
    assert sheet.column_dimensions["B"].width == 60
    assert sheet.auto_filter.ref == "A1:F5"


def test_our_reader_takes_the_table_back(tmp_path: Path) -> None:
    doc = _doc()
    path = write_document(doc, tmp_path / "table.xlsx")
    back = read_document(path)
    assert back.format == "xlsx"
    assert [(s.id, s.source, s.target, s.status) for s in back.segments] == [
        (s.id, s.source, s.target, s.status) for s in doc.segments
    ]


def test_a_workbook_from_a_spreadsheet_app_is_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["原文", "译文"])
    sheet.append(["東京は晴れです。", "Tokyo is sunny."])
    sheet.append(["大阪", None])
    book.save(tmp_path / "terms.xlsx")
    doc = read_document(tmp_path / "terms.xlsx")
    assert [(s.source, s.target, s.status) for s in doc.segments] == [
        ("東京は晴れです。", "Tokyo is sunny.", Status.TRANSLATED),
        ("大阪", "", Status.NEW),
    ]


def test_a_text_document_exports_as_xlsx_and_not_an_xlsx_as_text() -> None:
    text = read_bytes("東京。大阪。".encode(), "a.txt")
    table = read_bytes(to_bytes(text, "xlsx"), "a.xlsx")
    assert [s.source for s in table.segments] == ["東京。", "大阪。"]
    with pytest.raises(FormatError, match=r"\.xlsx document cannot be exported as \.txt"):
        to_bytes(table, "txt")
    with pytest.raises(FormatError, match="not an Excel workbook"):
        read_bytes(b"id,source\n1,x\n", "fake.xlsx")
