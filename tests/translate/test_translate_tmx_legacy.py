"""Older Airgap TMX exports wrote placeholders as plain text (⟦1⟧Save⟦/1⟧): read back, they are
placeholders again, so a translator's older memory still gives exact matches for the same
XLIFF sentence; another tool's ⟦1⟧ and a new export's literal ⟦1⟧ stay text."""

from __future__ import annotations

from airgap.translate.formats import read_bytes
from airgap.translate.formats.tmx import read_tmx, write_tmx
from airgap.translate.memory import TMEntry, TranslationMemory
from airgap.translate.placeholders import escape

# Byte for byte what Airgap's TMX writer produced before placeholders became inline elements.
OLD_AIRGAP = """<?xml version='1.0' encoding='UTF-8'?>
<tmx version="1.4">
  <header creationtool="Airgap" creationtoolversion="0.1.0" datatype="plaintext" \
segtype="sentence" adminlang="en" srclang="en" o-tmf="Airgap" />
  <body>
    <tu creationdate="20261129T080000Z">
      <tuv xml:lang="en">
        <seg>Click ⟦1⟧Save⟦/1⟧ now.⟦2/⟧</seg>
      </tuv>
      <tuv xml:lang="ja">
        <seg>今すぐ⟦1⟧保存⟦/1⟧をクリック。⟦2/⟧</seg>
      </tuv>
    </tu>
    <tu creationdate="20261129T080000Z">
      <tuv xml:lang="en">
        <seg>Type ⟦⟦1⟧ here.</seg>
      </tuv>
      <tuv xml:lang="ja">
        <seg>ここに ⟦⟦1⟧ と入力。</seg>
      </tuv>
    </tu>
  </body>
</tmx>
"""

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="ui.html" source-language="en" target-language="ja" datatype="html">
    <body>
      <trans-unit id="u1"><source>Click <g id="1">Save</g> now.<x id="2"/></source></trans-unit>
      <trans-unit id="u2"><source>Type ⟦1⟧ here.</source></trans-unit>
    </body>
  </file>
</xliff>
"""


def test_an_older_airgap_export_reads_its_placeholders_back() -> None:
    entries = read_tmx(OLD_AIRGAP.encode(), "old.tmx")
    assert [(e.source, e.target) for e in entries] == [
        ("Click ⟦1⟧Save⟦/1⟧ now.⟦2/⟧", "今すぐ⟦1⟧保存⟦/1⟧をクリック。⟦2/⟧"),
        (escape("Type ⟦1⟧ here."), escape("ここに ⟦1⟧ と入力。")),  # literal, as it was
    ]
    memory = TranslationMemory()
    for entry in entries:
        memory.add(entry)
    doc = read_bytes(XLIFF.encode(), "ui.xlf")
    for segment, entry in zip(doc.segments, entries, strict=True):
        match = memory.exact(segment.source, "en", "ja")
        assert match is not None and match.target == entry.target


def test_the_same_text_from_another_tool_or_a_new_export_stays_literal() -> None:
    other = OLD_AIRGAP.replace('creationtool="Airgap"', 'creationtool="OtherTool"')
    first = read_tmx(other.encode(), "other.tmx")[0]
    assert first.source == escape("Click ⟦1⟧Save⟦/1⟧ now.⟦2/⟧")  # text, not markup
    # A new export of a literal ⟦1⟧ (no inline element anywhere) is not taken as old.
    literal = TMEntry(escape("Type ⟦1⟧ here."), escape("ここに ⟦1⟧ と入力。"), "en", "ja")
    data = write_tmx([literal], "en")
    assert b"<bpt" not in data and b"<ph" not in data
    back = read_tmx(data, "new.tmx")
    assert [(e.source, e.target) for e in back] == [(literal.source, literal.target)]
    # An old-looking Airgap file that does use inline elements is read as the new kind.
    mixed = OLD_AIRGAP.replace("now.⟦2/⟧</seg>", 'now.<ph x="2"/></seg>', 1)
    source = read_tmx(mixed.encode(), "mixed.tmx")[0].source
    assert source == escape("Click ⟦1⟧Save⟦/1⟧ now.") + "⟦2/⟧"  # our number, from x
