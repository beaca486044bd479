"""Document formats: layout kept around translated segments, timing kept, round trips, and
bad files that give clear errors (malformed XML, XXE, entity bombs, wrong encoding)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from airgap.translate.document import Document, Segment, Status
from airgap.translate.errors import FormatError, UnsafeXMLError
from airgap.translate.formats import read_bytes, read_document, to_bytes, write_document
from airgap.translate.formats.table import read_glossary_csv, write_glossary_csv
from airgap.translate.formats.tbx import read_tbx, write_tbx
from airgap.translate.formats.tmx import read_tmx
from airgap.translate.formats.xliff import read_xliff, write_xliff
from airgap.translate.glossary import Term


def translate_all(doc: Document) -> Document:
    for segment in doc.segments:
        segment.target = f"【{segment.source}】"
        segment.status = Status.TRANSLATED
    return doc


def test_txt_keeps_everything_between_segments() -> None:
    text = "第一章\n\n今天是晴天。我们出去玩吧！\n  Indented line.  \n\n\n"
    doc = read_bytes(text.encode(), "a.txt")
    assert [s.source for s in doc.segments] == [
        "第一章",
        "今天是晴天。",
        "我们出去玩吧！",
        "Indented line.",
    ]
    assert to_bytes(doc).decode() == text  # untranslated: the original, byte for byte
    translate_all(doc)
    assert (
        to_bytes(doc).decode()
        == "【第一章】\n\n【今天是晴天。】【我们出去玩吧！】\n  【Indented line.】  \n\n\n"
    )


MARKDOWN = """---
title: Guide
---
# Install Airgap #

Airgap runs offline. It never
uploads your text.

- First item. Second sentence.
- [ ] A task

```bash
echo "Do not. Translate."
```

> 引用です。

| Name | Note |
|------|------|
| 東京 | 首都 |

    indented code stays

<div align="center">html stays</div>

[home]: https://example.com
"""


def test_markdown_keeps_markup_and_code_untranslated() -> None:
    doc = read_bytes(MARKDOWN.encode(), "guide.md")
    sources = [s.source for s in doc.segments]
    assert sources == [
        "Install Airgap",
        "Airgap runs offline.",
        "It never\nuploads your text.",
        "First item.",
        "Second sentence.",
        "A task",
        "引用です。",
        "Name",
        "Note",
        "東京",
        "首都",
    ]
    assert to_bytes(doc).decode() == MARKDOWN
    out = to_bytes(translate_all(doc)).decode()
    assert "# 【Install Airgap】 #" in out
    assert "- [ ] 【A task】" in out
    assert 'echo "Do not. Translate."' in out
    assert "| 【東京】 | 【首都】 |" in out and "|------|------|" in out
    assert "    indented code stays" in out and "title: Guide" in out


SRT = """1
00:00:01,000 --> 00:00:02,500
Hello there.
How are you?

2
00:00:03,250 --> 00:00:04,000
こんにちは。

10
01:02:03,004 --> 01:02:05,999
Last one.
"""


def test_srt_cues_are_whole_segments_and_timing_survives(tmp_path: Path) -> None:
    doc = read_bytes(SRT.encode(), "film.srt")
    assert [s.source for s in doc.segments] == [
        "Hello there.\nHow are you?",
        "こんにちは。",
        "Last one.",
    ]
    assert doc.segments[0].label == "00:00:01,000 --> 00:00:02,500"
    translate_all(doc)
    out = write_document(doc, tmp_path / "film.fr.srt")
    back = read_document(out)
    timings = [line for line in out.read_text().splitlines() if "-->" in line]
    assert timings == [line for line in SRT.splitlines() if "-->" in line]
    assert [s.source for s in back.segments] == [f"【{s.source}】" for s in doc.segments]


VTT = """WEBVTT - a title

NOTE this comment stays

STYLE
::cue { color: yellow }

intro
00:01.000 --> 00:02.000 align:start position:10%
<v Bob>Hi!</v>

00:00:03.000 --> 00:00:04.500
Two
lines
"""


def test_vtt_keeps_header_notes_settings_and_timing() -> None:
    doc = read_bytes(VTT.encode(), "a.vtt")
    assert [s.source for s in doc.segments] == ["<v Bob>Hi!</v>", "Two\nlines"]
    assert to_bytes(doc).decode() == VTT
    out = to_bytes(translate_all(doc)).decode()
    assert "00:01.000 --> 00:02.000 align:start position:10%\n【<v Bob>Hi!</v>】" in out
    assert out.startswith("WEBVTT - a title\n\nNOTE this comment stays\n\nSTYLE\n")


def _sample_docx() -> bytes:
    document = docx.Document()
    p = document.add_paragraph()
    bold = p.add_run("Bold start. ")
    bold.bold = True
    p.add_run("Plain end.")
    heading = document.add_paragraph("東京は晴れです。大阪は雨です。", style="Heading 1")
    heading.runs[0].italic = True
    mixed = document.add_paragraph("A ")
    mixed.add_run("bold").bold = True
    mixed.add_run(" word. Next one.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cell one."
    table.cell(0, 1).text = "Cell two."
    document.add_paragraph("")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_round_trip_keeps_styles_and_run_formatting() -> None:
    doc = read_bytes(_sample_docx(), "report.docx")
    assert [s.source for s in doc.segments] == [
        "Bold start.",
        "Plain end.",
        "東京は晴れです。",
        "大阪は雨です。",
        "A ⟦1⟧bold⟦/1⟧ word.",
        "Next one.",
        "Cell one.",
        "Cell two.",
    ]
    translate_all(doc)
    data = to_bytes(doc)
    again = read_bytes(data, "report.fr.docx")
    assert [s.source for s in again.segments] == [f"【{s.source}】" for s in doc.segments]
    result = docx.Document(io.BytesIO(data))
    first, heading = result.paragraphs[0], result.paragraphs[1]
    assert first.text == "【Bold start.】 【Plain end.】"
    assert first.runs[0].text == "【Bold start.】" and first.runs[0].bold  # per sentence
    assert first.runs[1].text == " " and first.runs[1].bold  # between sentences: as it was
    assert first.runs[2].text == "【Plain end.】" and not first.runs[2].bold
    assert heading.style.name == "Heading 1" and heading.runs[0].italic
    assert result.tables[0].cell(0, 1).text == "【Cell two.】"
    inline = result.paragraphs[2]  # inline formatting inside a sentence is kept
    assert [(r.text, r.bold) for r in inline.runs] == [
        ("【A ", None),
        ("bold", True),
        (" word.】", None),
        (" ", None),
        ("【Next one.】", None),
    ]


def _pairs(doc: Document) -> list[tuple[str, str]]:
    return [(s.source, s.target) for s in doc.segments]


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_xliff_export_import_gives_the_same_pairs(version: str) -> None:
    doc = Document(
        "txt",
        [
            Segment("s1", "東京は晴れです。", "It is sunny in Tokyo.", Status.APPROVED),
            Segment("s2", "A & B < C", "A & B < C (fr)", Status.TRANSLATED),
            Segment("s3", "Not yet translated."),
        ],
        source_lang="ja",
        target_lang="fr",
        name="doc.txt",
    )
    back = read_xliff(write_xliff(doc, version), "doc.xlf")
    assert _pairs(back) == _pairs(doc)
    assert [s.status for s in back.segments] == [Status.APPROVED, Status.TRANSLATED, Status.NEW]
    assert (back.source_lang, back.target_lang) == ("ja", "fr")


XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="app.strings" source-language="en-US" target-language="ja-JP" datatype="plaintext">
    <body>
      <group id="g">
        <trans-unit id="greeting">
          <source>Hello, <g id="1">world</g>!</source>
          <note>Shown on the start page</note>
        </trans-unit>
        <trans-unit id="skip" translate="no"><source>Airgap</source></trans-unit>
        <trans-unit id="bye"><source>Goodbye.</source>
          <target state="needs-translation"/></trans-unit>
      </group>
    </body>
  </file>
</xliff>
"""


def test_xliff_targets_are_filled_in_the_original_file() -> None:
    doc = read_xliff(XLIFF_12.encode(), "app.xlf")
    assert [(s.id, s.source) for s in doc.segments] == [
        ("greeting", "Hello, ⟦1⟧world⟦/1⟧!"),
        ("bye", "Goodbye."),
    ]
    assert doc.segments[0].label == "Shown on the start page"
    assert (doc.source_lang, doc.target_lang) == ("en", "ja")
    doc.segments[0].target = "こんにちは、⟦1⟧世界⟦/1⟧！"
    doc.segments[1].target = "さようなら。"
    doc.segments[1].status = Status.APPROVED
    out = to_bytes(doc)
    again = read_xliff(out, "app.ja.xlf")
    assert _pairs(again) == [
        ("Hello, ⟦1⟧world⟦/1⟧!", "こんにちは、⟦1⟧世界⟦/1⟧！"),
        ("Goodbye.", "さようなら。"),
    ]
    assert b'<target state="translated" xml:lang="ja">' + "こんにちは、".encode() in out
    assert again.segments[1].status is Status.APPROVED
    assert b"ns0:" not in out and b'<trans-unit id="skip" translate="no">' in out


def test_bilingual_csv_round_trip() -> None:
    doc = Document(
        "txt", [Segment("1", "東京, 大阪", 'Tokyo, "Osaka"', Status.EDITED), Segment("2", "x")]
    )
    data = to_bytes(doc, "csv")
    assert data.startswith("\ufeff".encode())  # spreadsheet apps need the BOM for CJK
    back = read_bytes(data, "table.csv")
    assert _pairs(back) == _pairs(doc)
    assert back.segments[0].status is Status.EDITED


def test_glossary_csv_and_tbx_round_trips() -> None:
    terms = [
        Term("API", "API", note="keep", case_sensitive=True),
        Term("東京", "Tokyo"),
        Term("ｶﾅ", "kana", width_sensitive=True),
    ]
    assert read_glossary_csv(write_glossary_csv(terms), "g.csv").terms == terms
    back, src, tgt = read_tbx(write_tbx(terms, "ja", "en"), "g.tbx")
    assert back == terms and (src, tgt) == ("ja", "en")


def test_tbx_2008_martif() -> None:
    data = """<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="1"><descrip type="definition">A program interface</descrip>
<langSet xml:lang="en"><tig><term>API</term></tig></langSet>
<langSet xml:lang="zh-CN"><tig><term>应用程序接口</term></tig></langSet></termEntry>
</body></text></martif>""".encode()
    terms, src, tgt = read_tbx(data, "old.tbx")
    assert terms == [Term("API", "应用程序接口", note="A program interface")]
    assert (src, tgt) == ("en", "zh-Hans")


# ------------------------------------------------------------------ bad files


def test_malformed_xml_names_the_line() -> None:
    with pytest.raises(FormatError, match=r"not well-formed XML \(line 3"):
        read_bytes(b'<?xml version="1.0"?>\n<xliff version="1.2">\n<file></xliff>', "bad.xlf")


def test_xxe_attempt_is_refused_and_reads_nothing(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    data = f"""<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file://{secret}">]>
<xliff version="1.2"><file source-language="en" target-language="fr"><body>
<trans-unit id="1"><source>&xxe;</source></trans-unit></body></file></xliff>""".encode()
    with pytest.raises(UnsafeXMLError, match="DTD or entities") as caught:
        read_bytes(data, "evil.xlf")
    assert "TOP SECRET" not in str(caught.value)


def test_entity_expansion_bomb_is_refused() -> None:
    data = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>&c;</seg></tuv></tu></body></tmx>"""
    with pytest.raises(UnsafeXMLError):
        read_tmx(data, "bomb.tmx")


def test_undeclared_entity_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="undefined entity"):
        read_bytes(b'<xliff version="1.2"><file><body>&nope;</body></file></xliff>', "x.xliff")


def test_wrong_encoding_is_a_clear_error() -> None:
    data = "東京は晴れです。".encode("shift_jis")
    with pytest.raises(FormatError, match=r"not UTF-8 text \(byte 0x93 at position 0\)"):
        read_bytes(data, "sjis.txt")


def test_utf16_with_bom_is_read() -> None:
    doc = read_bytes("東京。大阪。".encode("utf-16"), "u16.txt")
    assert [s.source for s in doc.segments] == ["東京。", "大阪。"]


def test_not_a_docx() -> None:
    with pytest.raises(FormatError, match="not a Word document"):
        read_bytes(b"plain text", "fake.docx")


def test_srt_without_timing() -> None:
    with pytest.raises(FormatError, match="no timing line"):
        read_bytes(b"1\nHello\n", "broken.srt")


def test_vtt_without_header() -> None:
    with pytest.raises(FormatError, match="WEBVTT"):
        read_bytes(b"00:01.000 --> 00:02.000\nHi\n", "broken.vtt")


def test_export_needs_a_layout_that_fits() -> None:
    text = read_bytes("東京。".encode(), "a.txt")
    with pytest.raises(FormatError, match=r"cannot be exported as \.srt"):
        to_bytes(text, "srt")
    table = read_bytes(to_bytes(text, "csv"), "a.csv")
    with pytest.raises(FormatError, match=r"\.csv document cannot be exported as \.txt"):
        to_bytes(table, "txt")
    assert read_xliff(to_bytes(table, "xliff"), "a.xlf").segments[0].source == "東京。"


def test_unknown_suffix_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"opens \.csv"):
        read_document(tmp_path / "x.pdf")
    with pytest.raises(FormatError, match="cannot be read") as caught:
        read_document(tmp_path / "missing.txt")
    assert caught.value.path == tmp_path / "missing.txt"
