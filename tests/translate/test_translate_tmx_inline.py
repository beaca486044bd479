"""TMX inline codes: placeholders exported as <bpt>/<ept>/<ph>/<it> and read back as the same
pairs; a TMX from another tool with inline codes gives the placeholders that the same
sentence gets from an XLIFF file, so exact memory matches hit without asking the model."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from airgap.translate.formats import read_bytes
from airgap.translate.formats.tmx import NativeCode, read_tmx, write_tmx
from airgap.translate.formats.xliff import native_codes
from airgap.translate.job import TranslationJob
from airgap.translate.memory import TMEntry, TranslationMemory
from airgap.translate.placeholders import escape
from airgap.translate.prompt import TranslationSettings
from translate_fakes import ScriptedSession

ENTRIES = [
    TMEntry(
        "Click ⟦1⟧Save ⟦2⟧now⟦/2⟧⟦/1⟧ or press ⟦3/⟧.",
        "⟦3/⟧ を押すか、⟦1⟧今すぐ⟦2⟧保存⟦/2⟧⟦/1⟧をクリック。",
        "en",
        "ja",
    ),
    # Literal brackets beside a real tag, and a target approved with a broken pair.
    TMEntry(escape("Type ⟦1⟧ in the ") + "⟦1⟧box⟦/1⟧.", "⟦1⟧欄⟦/1⟧に" + escape("⟦1⟧"), "en", "ja"),
    TMEntry("Open ⟦1⟧the file⟦/1⟧ ⟦2/⟧", "⟦/1⟧ファイル⟦1⟧を開く ⟦2/⟧⟦2/⟧", "en", "ja"),
    TMEntry("Plain & <simple>", "簡単 & <単純>", "en", "ja"),
]


def _pairs(entries: list[TMEntry]) -> list[tuple[str, str, str, str]]:
    return [(e.source, e.target, e.source_lang, e.target_lang) for e in entries]


def test_placeholders_are_written_as_tmx_inline_elements_and_read_back_exactly() -> None:
    data = write_tmx(ENTRIES, "en")
    assert _pairs(read_tmx(data, "memory.tmx")) == _pairs(ENTRIES)
    segs = [s for s in ET.fromstring(data).iter("seg")]
    first = segs[0]
    assert first.text == "Click "
    assert [(e.tag, e.attrib, e.tail) for e in first] == [
        ("bpt", {"i": "1", "x": "1"}, "Save "),
        ("bpt", {"i": "2", "x": "2"}, "now"),
        ("ept", {"i": "2"}, None),
        ("ept", {"i": "1"}, " or press "),
        ("ph", {"x": "3"}, "."),
    ]
    assert "".join(segs[2].itertext()) == "Type ⟦1⟧ in the box."  # brackets: plain text
    broken = segs[5]  # ⟦/1⟧ before ⟦1⟧: isolated ends, a duplicate code twice
    assert [(e.tag, e.get("pos"), e.get("x")) for e in broken] == [
        ("it", "end", "1"),
        ("it", "begin", "1"),
        ("ph", None, "2"),
        ("ph", None, "2"),
    ]
    assert segs[6].text == "Plain & <simple>" and len(segs[6]) == 0


def test_native_code_is_the_element_content_where_the_caller_has_it() -> None:
    codes = {1: NativeCode('<a href="x?a=1&b=2">', "</a>", "link"), 3: NativeCode("<br/>")}
    data = write_tmx(ENTRIES[:1], "en", lambda entry: codes)
    assert b'<bpt i="1" x="1" type="link">&lt;a href="x?a=1&amp;b=2"&gt;</bpt>' in data
    assert b'<ept i="1">&lt;/a&gt;</ept>' in data and b'<ph x="3">&lt;br/&gt;</ph>' in data
    assert b'<bpt i="2" x="2" />' in data  # no code known: an empty element
    assert _pairs(read_tmx(data, "memory.tmx")) == _pairs(ENTRIES[:1])


def test_a_memory_without_inline_codes_is_written_as_before() -> None:
    entry = TMEntry("東京は晴れです。", "It is sunny in Tokyo.", "ja", "en", created=1.0)
    data = write_tmx([entry], "ja").decode()
    assert (
        '<tuv xml:lang="ja">\n        <seg>東京は晴れです。</seg>\n      </tuv>\n'
        '      <tuv xml:lang="en">\n        <seg>It is sunny in Tokyo.</seg>\n      </tuv>'
    ) in data


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="ui.html" source-language="en" target-language="zh-CN" datatype="html">
    <body>
      <trans-unit id="u1">
        <source>Click <g id="1" ctype="x-html-a">the <g id="2"
            ctype="bold">big</g> button</g><x id="3" ctype="lb"/> &amp; wait &lt;5 s.</source>
      </trans-unit>
      <trans-unit id="u2">
        <source><x id="1"/>Tokyo<x id="2"/> is <mrk mtype="term">sunny</mrk>.<x
            id="3" ctype="image"/></source>
      </trans-unit>
      <trans-unit id="u3"><source>Write ⟦1⟧ for a tag.</source></trans-unit>
      <trans-unit id="u4">
        <source><bpt id="1">&lt;b&gt;</bpt>Save<ept id="1">&lt;/b&gt;</ept> now.</source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

# What another CAT tool exports for the same sentences: its own numbering (i, x), native
# code inside the elements, <sub> flows, a target whose codes are in another order.
FOREIGN = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="OtherTool" creationtoolversion="9" datatype="html" segtype="sentence"
  adminlang="en-US" srclang="en-US" o-tmf="other"/>
<body>
<tu>
<tuv xml:lang="en-US"><seg>Click <bpt i="7" x="11">&lt;a href="#"&gt;</bpt>the <bpt i="8"
 x="12">&lt;b&gt;</bpt>big<ept i="8">&lt;/b&gt;</ept> button<ept i="7">&lt;/a&gt;</ept><ph
 x="13">&lt;br/&gt;</ph> &amp; wait &lt;5 s.</seg></tuv>
<tuv xml:lang="zh-CN"><seg><ph x="13">&lt;br/&gt;</ph>点击<bpt i="1" x="12">&lt;b&gt;</bpt>大<ept
 i="1">&lt;/b&gt;</ept><bpt i="2" x="11">&lt;a href="#"&gt;</bpt>按钮<ept i="2">&lt;/a&gt;</ept>
 &amp; 等待 &lt;5 秒。</seg></tuv>
</tu>
<tu>
<tuv xml:lang="en-US"><seg><it pos="begin" x="1">&lt;i&gt;</it>Tokyo<ut>&lt;/i&gt;</ut> is
 <hi type="term">sunny</hi>.<ph x="4" type="image">&lt;img alt="<sub>Sun icon</sub>"/&gt;</ph
></seg></tuv>
<tuv xml:lang="zh-CN"><seg><it pos="begin" x="1">&lt;i&gt;</it>东京<ut>&lt;/i&gt;</ut><hi
 type="term">晴朗</hi>。<ph x="4">&lt;img alt="<sub>太阳</sub>"/&gt;</ph></seg></tuv>
</tu>
<tu>
<tuv xml:lang="en-US"><seg>Write ⟦1⟧ for a tag.</seg></tuv>
<tuv xml:lang="zh-CN"><seg>写 ⟦1⟧ 表示标签。</seg></tuv>
</tu>
<tu>
<tuv xml:lang="en-US"><seg><bpt i="1" x="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now.</seg
></tuv>
<tuv xml:lang="zh-CN"><seg>立即<bpt i="1" x="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept
>。</seg></tuv>
</tu>
</body></tmx>
"""


def test_inline_codes_from_another_tool_give_the_xliff_placeholders() -> None:
    entries = read_tmx(FOREIGN.encode(), "other.tmx")
    assert [(e.source, e.target) for e in entries] == [
        (
            "Click ⟦1⟧the ⟦2⟧big⟦/2⟧ button⟦/1⟧⟦3/⟧ & wait <5 s.",
            "⟦3/⟧点击⟦2⟧大⟦/2⟧⟦1⟧按钮⟦/1⟧\n & 等待 <5 秒。",
        ),
        ("⟦1/⟧Tokyo⟦2/⟧ is\n ⟦3⟧sunny⟦/3⟧.⟦4/⟧", "⟦1/⟧东京⟦2/⟧⟦3⟧晴朗⟦/3⟧。⟦4/⟧"),
        ("Write ⟦⟦1⟧ for a tag.", "写 ⟦⟦1⟧ 表示标签。"),  # brackets in the text stay text
        ("⟦1⟧Save⟦/1⟧ now.", "立即⟦1⟧保存⟦/1⟧。"),  # XLIFF's <bpt>/<ept> pair too
    ]
    doc = read_bytes(XLIFF.encode(), "ui.xlf")
    memory = TranslationMemory(entries)
    session = ScriptedSession()
    TranslationJob(doc, TranslationSettings("en", "zh-Hans"), session, memory=memory).run()
    assert session.calls == 0  # every segment was an exact memory match
    assert [s.target for s in doc.segments] == [e.target for e in entries]


def _one(source: str, target: str, tool: str = "OtherTool") -> tuple[str, str]:
    data = f"""<tmx version="1.4"><header creationtool="{tool}" srclang="en"/><body><tu>
<tuv xml:lang="en"><seg>{source}</seg></tuv><tuv xml:lang="fr"><seg>{target}</seg></tuv>
</tu></body></tmx>"""
    [entry] = read_tmx(data.encode(), "t.tmx")
    return entry.source, entry.target


def test_codes_without_x_unpaired_or_crossing_pairs() -> None:
    # No x: a <bpt> finds its source by i, a <ph> by order.
    assert _one(
        'a<bpt i="1"/>b<ept i="1"/><bpt i="2"/>c<ept i="2"/><ph/>',
        '<ph/><bpt i="2"/>C<ept i="2"/>a<bpt i="1"/>B<ept i="1"/>',
    ) == ("a⟦1⟧b⟦/1⟧⟦2⟧c⟦/2⟧⟦3/⟧", "⟦3/⟧⟦2⟧C⟦/2⟧a⟦1⟧B⟦/1⟧")
    # An <ept> without its <bpt>, a <bpt> left open, crossing pairs: standalone codes.
    assert _one(
        '<ept i="9"/>a<bpt i="1"/>b<bpt i="2"/>c<ept i="1"/>d<ept i="2"/>e<bpt i="3"/>',
        'x<ph x="77"/>',
    ) == ("⟦1/⟧a⟦2/⟧b⟦3⟧c⟦4/⟧d⟦/3⟧e⟦5/⟧", "x⟦6/⟧")  # a code the source lacks: a new number
    # Our own files take x and i as our numbers, whatever their order.
    assert _one('<ph x="2"/>a<bpt i="1" x="1"/>b<ept i="1"/>', '<ph x="2"/>', "Airgap") == (
        "⟦2/⟧a⟦1⟧b⟦/1⟧",
        "⟦2/⟧",
    )


XLIFF_CODES = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.html" source-language="en" target-language="ja" datatype="html">
    <body>
      <trans-unit id="u1">
        <source><bpt id="1">&lt;i&gt;</bpt>Tokyo<ept id="1">&lt;/i&gt;</ept> is <ph id="2"
          ctype="image">&lt;img src="sun.png"/&gt;</ph> <g id="3"
          ctype="x-html-a">sunny</g>.</source>
        <target>⟦1⟧ <bpt id="1">&lt;i&gt;</bpt>東京<ept id="1">&lt;/i&gt;</ept>は<ph id="2"
          ctype="image">&lt;img src="sun.png"/&gt;</ph><g id="3" ctype="x-html-a">晴れ</g
          >。</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF_20_DATA = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ja">
  <file id="f1">
    <unit id="u1">
      <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data
        id="d3">&lt;br/&gt;</data></originalData>
      <segment>
        <source><pc id="1" dataRefStart="d1" dataRefEnd="d2">Save</pc><ph id="2"
          dataRef="d3"/></source>
        <target><pc id="1" dataRefStart="d1" dataRefEnd="d2">保存</pc><ph id="2"
          dataRef="d3"/></target>
      </segment>
    </unit>
  </file>
</xliff>
"""


def test_an_xliff_documents_native_codes_go_into_its_tmx() -> None:
    for data, name in ((XLIFF_CODES, "a.xlf"), (XLIFF_20_DATA, "b.xlf")):
        doc = read_bytes(data.encode(), name)
        codes = native_codes(doc)
        entries = [TMEntry(s.source, s.target, "en", "ja") for s in doc.segments]
        tmx = write_tmx(entries, "en", lambda entry, codes=codes: codes.get(entry.source, {}))
        assert _pairs(read_tmx(tmx, "a.tmx")) == _pairs(entries)
        seg = ET.fromstring(tmx).iter("seg")
        if name == "a.xlf":
            assert entries[0].target.startswith("⟦⟦1⟧ ⟦1⟧東京⟦/1⟧")  # ⟦1⟧ is text here
            source = next(seg)
            assert [(e.tag, e.text, e.get("type")) for e in source] == [
                ("bpt", "<i>", None),
                ("ept", "</i>", None),
                ("ph", '<img src="sun.png"/>', "image"),
                ("bpt", None, "link"),
                ("ept", None, None),
            ]
        else:
            target = list(seg)[1]
            assert target.text is None and [(e.tag, e.text) for e in target] == [
                ("bpt", "<b>"),
                ("ept", "</b>"),
                ("ph", "<br/>"),
            ]
