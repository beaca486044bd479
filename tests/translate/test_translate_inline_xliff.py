"""XLIFF inline markup through translation: placeholders in the segments, a scripted model
that keeps (and reorders) or drops them, and an exported file that parses and carries the
source's inline elements, attributes included, around the translated text."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from airgap.engine.api import GenerationRequest
from airgap.translate.document import Document, Segment, Status
from airgap.translate.formats import read_bytes, to_bytes
from airgap.translate.formats.xliff import read_xliff, write_xliff
from airgap.translate.job import TranslationJob
from airgap.translate.placeholders import strip
from airgap.translate.prompt import TranslationSettings
from translate_fakes import ScriptedSession

NS12 = "{urn:oasis:names:tc:xliff:document:1.2}"
NS20 = "{urn:oasis:names:tc:xliff:document:2.0}"
OKP = "{okapi-framework:xliff-extensions}"

XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"
       xmlns:okp="okapi-framework:xliff-extensions">
  <file original="ui.html" source-language="en" target-language="zh-CN" datatype="html">
    <body>
      <trans-unit id="u1">
        <source>Click <g id="1" ctype="x-html-a"
            okp:href="https://x.example/?a=1&amp;b=2">the <g id="2"
            ctype="bold">big</g> button</g><x id="3" ctype="lb"/> &amp; wait &lt;5 s.</source>
      </trans-unit>
      <trans-unit id="u2">
        <source><bpt id="1">&lt;i&gt;</bpt>Tokyo<ept id="1">&lt;/i&gt;</ept> is <ph id="2"
            ctype="image">&lt;img src="sun.png"/&gt;</ph> <mrk
            mtype="term">sunny</mrk>.<bx id="3"/>Next<ex id="3"/></source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF_20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ja">
  <file id="f1">
    <unit id="u1">
      <segment>
        <source>Press <pc id="1" dataRefStart="d1" dataRefEnd="d2"><pc id="2" type="fmt"
          subType="xlf:b">Save</pc> now</pc><ph id="3" dataRef="d3"/> &amp; go.</source>
      </segment>
    </unit>
    <unit id="u2">
      <segment>
        <source><sc id="1" dataRef="d4"/>東京<ec startRef="1" dataRef="d5"/>は<mrk id="m1"
          type="term">晴れ</mrk>です。</source>
      </segment>
    </unit>
  </file>
</xliff>
"""

# What a good model answers: the same placeholders, moved to where the target needs them.
ANSWERS = {
    "Click ⟦1⟧the ⟦2⟧big⟦/2⟧ button⟦/1⟧⟦3/⟧ & wait <5 s.": (
        "点击⟦1⟧那个⟦2⟧大⟦/2⟧按钮⟦/1⟧⟦3/⟧ & 等待 <5 秒。"
    ),
    # Native pairs (<bpt>…<ept>, <bx/>…<ex/>, <sc/>…<ec/>) are pairs like <g>.
    "⟦1⟧Tokyo⟦/1⟧ is ⟦2/⟧ ⟦3⟧sunny⟦/3⟧.⟦4⟧Next⟦/4⟧": "⟦1⟧东京⟦/1⟧⟦2/⟧⟦3⟧晴朗⟦/3⟧。⟦4⟧下一个⟦/4⟧",
    "Press ⟦1⟧⟦2⟧Save⟦/2⟧ now⟦/1⟧⟦3/⟧ & go.": "⟦1⟧今すぐ⟦2⟧保存⟦/2⟧⟦/1⟧を押して⟦3/⟧＆進む。",
    "⟦1⟧東京⟦/1⟧は⟦2⟧晴れ⟦/2⟧です。": "⟦2⟧Sunny⟦/2⟧ in ⟦1⟧Tokyo⟦/1⟧.",
}


def answer(request: GenerationRequest) -> str:
    return ANSWERS[request.messages[-1].content]


def _run(data: str, name: str, src: str, tgt: str) -> tuple[Document, ET.Element]:
    doc = read_bytes(data.encode(), name)
    TranslationJob(doc, TranslationSettings(src, tgt), ScriptedSession(answer)).run()
    assert all(s.status is Status.TRANSLATED and not s.tag_problems for s in doc.segments)
    return doc, ET.fromstring(to_bytes(doc))


def test_xliff_12_codes_become_placeholders_and_come_back_with_their_attributes() -> None:
    doc, root = _run(XLIFF_12, "ui.xlf", "en", "zh-Hans")
    assert [s.source for s in doc.segments] == list(ANSWERS)[:2]
    first, second = root.iter(f"{NS12}target")
    assert first.text == "点击"
    link, br = list(first)
    assert link.tag == f"{NS12}g" and link.attrib == {
        "id": "1",
        "ctype": "x-html-a",
        f"{OKP}href": "https://x.example/?a=1&b=2",
    }
    assert link.text == "那个" and link[0].attrib == {"id": "2", "ctype": "bold"}
    assert link[0].text == "大" and link[0].tail == "按钮"
    assert br.tag == f"{NS12}x" and br.attrib == {"id": "3", "ctype": "lb"}
    assert br.tail == " & 等待 <5 秒。"
    names = [(e.tag.removeprefix(NS12), e.text, e.tail) for e in second]
    assert names == [
        ("bpt", "<i>", "东京"),
        ("ept", "</i>", None),
        ("ph", '<img src="sun.png"/>', None),
        ("mrk", "晴朗", "。"),
        ("bx", None, "下一个"),
        ("ex", None, None),
    ]
    assert second[2].get("ctype") == "image"
    out = to_bytes(doc)
    assert b"okp:href=" in out and b"ns1:" not in out  # the file's own prefixes
    again = read_xliff(out, "ui.zh.xlf")
    assert [(s.source, s.target) for s in again.segments] == list(ANSWERS.items())[:2]


def test_xliff_20_codes_come_back_nested_and_reordered() -> None:
    doc, root = _run(XLIFF_20, "app.xlf", "en", "ja")
    assert [s.source for s in doc.segments] == list(ANSWERS)[2:]
    first, second = root.iter(f"{NS20}target")
    outer, ph = list(first)
    assert outer.attrib == {"id": "1", "dataRefStart": "d1", "dataRefEnd": "d2"}
    assert outer.text == "今すぐ"
    assert outer[0].attrib == {"id": "2", "type": "fmt", "subType": "xlf:b"}
    assert outer[0].text == "保存" and outer.tail == "を押して"
    assert ph.attrib == {"id": "3", "dataRef": "d3"} and ph.tail == "＆進む。"
    # The <sc/>…<ec/> pair moves as a whole, around its new text.
    assert [(e.tag.removeprefix(NS20), e.text, e.tail) for e in second] == [
        ("mrk", "Sunny", " in "),
        ("sc", None, "Tokyo"),
        ("ec", None, "."),
    ]
    assert second[0].attrib == {"id": "m1", "type": "term"}
    assert second[1].attrib == {"id": "1", "dataRef": "d4"}
    assert second[2].attrib == {"startRef": "1", "dataRef": "d5"}
    again = read_xliff(to_bytes(doc), "app.ja.xlf")
    assert [(s.source, s.target) for s in again.segments] == list(ANSWERS.items())[2:]


def test_a_dropped_placeholder_is_flagged_and_the_export_stays_well_formed() -> None:
    def careless(request: GenerationRequest) -> str:
        return "点击那个⟦2⟧大按钮 & 等待 <5 秒。⟦/1⟧⟦9/⟧"  # lost ⟦1⟧ and ⟦3/⟧, invented ⟦9/⟧

    doc = read_bytes(XLIFF_12.encode(), "ui.xlf")
    job = TranslationJob(doc, TranslationSettings("en", "zh-Hans"), ScriptedSession(careless))
    job.run(indices=[0])
    problems = doc.segments[0].tag_problems
    assert "⟦3/⟧ is missing." in problems and "⟦9/⟧ is not in the source." in problems
    assert "⟦/1⟧ comes before ⟦1⟧." in problems
    target = next(ET.fromstring(to_bytes(doc)).iter(f"{NS12}target"))  # parses
    assert "".join(target.itertext()) == "点击那个大按钮 & 等待 <5 秒。"
    bold, link, br = list(target)
    assert bold.get("ctype") == "bold" and bold.text == "大按钮 & 等待 <5 秒。"
    assert link.get("ctype") == "x-html-a" and len(link) == 0  # appended, empty
    assert br.attrib == {"id": "3", "ctype": "lb"}


def test_placeholders_become_g_and_x_or_pc_and_ph_in_a_new_xliff() -> None:
    doc = Document(
        "docx",
        [Segment("p1.s1", "A ⟦1⟧bold⟦/1⟧ word⟦2/⟧.", "Un mot ⟦1⟧gras⟦/1⟧⟦2/⟧.", Status.EDITED)],
        source_lang="en",
        target_lang="fr",
        name="a.docx",
    )
    for version, pair, single in (("1.2", "g", "x"), ("2.0", "pc", "ph")):
        data = write_xliff(doc, version)
        ns = NS12 if version == "1.2" else NS20
        source = next(ET.fromstring(data).iter(f"{ns}source"))
        assert [(e.tag.removeprefix(ns), e.get("id")) for e in source] == [
            (pair, "1"),
            (single, "2"),
        ]
        back = read_xliff(data, "a.xlf").segments[0]
        assert (back.source, back.target) == (doc.segments[0].source, doc.segments[0].target)


LITERAL_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="help.html" source-language="en" target-language="de" datatype="html">
    <body>
      <trans-unit id="t1">
        <source>Write ⟦1⟧ or ⟦2/⟧ where the tag goes.</source>
      </trans-unit>
      <trans-unit id="t2">
        <source>Type ⟦1⟧<g id="1" ctype="bold">here</g> then ⟦/1⟧<x id="2"/> ⟦</source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def _inner(element: ET.Element) -> str:
    """An element's content as XML, without the element itself."""
    return (element.text or "") + "".join(ET.tostring(c, encoding="unicode") for c in element)


def test_literal_brackets_in_an_xliff_are_text_and_come_back_unchanged() -> None:
    doc = read_bytes(LITERAL_12.encode(), "help.xlf")
    plain, mixed = doc.segments
    assert plain.source == "Write ⟦⟦1⟧ or ⟦⟦2/⟧ where the tag goes."
    assert mixed.source == "Type ⟦⟦1⟧⟦1⟧here⟦/1⟧ then ⟦⟦/1⟧⟦2/⟧ ⟦⟦"

    def echo(request: GenerationRequest) -> str:
        return request.messages[-1].content  # keeps text and placeholders as they are

    TranslationJob(doc, TranslationSettings("en", "de"), ScriptedSession(echo)).run()
    assert [s.tag_problems for s in doc.segments] == [[], []]
    out = ET.fromstring(to_bytes(doc))
    for unit in out.iter(f"{NS12}trans-unit"):
        source, target = unit.find(f"{NS12}source"), unit.find(f"{NS12}target")
        assert source is not None and target is not None
        assert _inner(target) == _inner(source)  # literal brackets and inline elements
    again = read_xliff(to_bytes(doc), "help.de.xlf")
    assert [(s.source, s.target) for s in again.segments] == [
        (s.source, s.source) for s in doc.segments
    ]

    # A translation that moves the real tags and keeps the literal ones.
    mixed.target = "⟦2/⟧Tippe ⟦⟦1⟧⟦1⟧hier⟦/1⟧, dann ⟦⟦/1⟧ ⟦⟦"
    target = list(ET.fromstring(to_bytes(doc)).iter(f"{NS12}target"))[1]
    assert [(e.tag.removeprefix(NS12), e.text, e.tail) for e in target] == [
        ("x", None, "Tippe ⟦1⟧"),
        ("g", "hier", ", dann ⟦/1⟧ ⟦"),
    ]


def test_literal_brackets_survive_a_new_xliff_from_another_format() -> None:
    doc = read_bytes("Use ⟦1⟧ for bold.\n".encode(), "a.txt")
    doc.segments[0].target = "⟦⟦1⟧ steht für fett."
    for version in ("1.2", "2.0"):
        back = read_xliff(write_xliff(doc, version), "a.xlf").segments[0]
        assert (back.source, back.target) == (doc.segments[0].source, doc.segments[0].target)
        assert strip(back.target) == "⟦1⟧ steht für fett."
