"""TMX 1.4b: translation-memory exchange. Reads every pair between the header's source
language and each other language of a <tu>; writes one <tu> per memory entry.

Placeholders (⟦1⟧…⟦/1⟧, ⟦2/⟧: translate/placeholders.py) travel as TMX inline elements:
a pair as <bpt i="n" x="n"/>…<ept i="n"/>, a standalone code as <ph x="n"/>, with the
code's native markup as content where the caller has it (a memory entry holds only
placeholders). A pair that is not closed within the segment (a target the translator
approved with a broken tag) is written as <it pos="begin|end" x="n"/>, which TMX allows.

Reading gives the placeholders that the same sentence gets from an XLIFF file, so that
exact memory matches still hit: numbers in order of appearance, <bpt>/<ept> matched by
`i` (and <hi> around text) become pairs like XLIFF's <g>/<pc>; <ph>, <it>, <ut> and a
<bpt> or <ept> without its partner become standalone codes like <x/>; the native code
inside an element (and its <sub> flows) is the element's business and is not read as
text. The other languages' codes take the source's numbers through `x` (then `i`, then
order). Our own files carry our numbers in `x`/`i` and are read back exactly.

Older Airgap exports wrote the placeholders as plain text (⟦1⟧Save⟦/1⟧, a literal ⟦ escaped
as ⟦⟦): an Airgap file without the header's INLINE_PROP and without any inline element is
read that way, so a translator's older memory still matches.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from airgap import __version__
from airgap.translate.errors import ErrorCode, UnknownLanguage
from airgap.translate.formats.xmlsafe import XML_LANG, fail, local, parse_xml, serialize, text_of
from airgap.translate.languages import normalize
from airgap.translate.memory import TMEntry
from airgap.translate.placeholders import Kind, Tag, Token, join, tokens

CREATION_TOOL = "Airgap"
# A header <prop> our writer adds: placeholders travel as inline elements (older Airgap
# files had them as text; see read_tmx).
INLINE_PROP = ("x-airgap-placeholders", "inline")
_CODES = {"bpt", "ept", "it", "ph", "ut"}


@dataclass(frozen=True)
class NativeCode:
    """What a placeholder stands for in its file, written as the TMX element's content."""

    start: str  # a pair's opening code, or a standalone code
    end: str = ""  # a pair's closing code
    type: str = ""  # TMX's type attribute ("bold", "link", "lb", ...) where known


@dataclass(eq=False)
class _Code:
    """An inline element of a <seg> as read: what it is in our terms, and its number."""

    kind: Kind  # OPEN or CLOSE only while it is one end of a matched pair
    element: ET.Element
    key: tuple[str, object] | None = None  # what matches an OPEN with its CLOSE
    partner: _Code | None = None
    number: int = 0


def _tuv_lang(tuv: ET.Element) -> str | None:
    raw = tuv.get(XML_LANG) or tuv.get("lang")  # TMX 1.1 used a plain lang attribute
    if not raw:
        return None
    try:
        return normalize(raw)
    except UnknownLanguage:
        return None


def read_tmx(data: bytes, name: str) -> list[TMEntry]:
    root = parse_xml(data, name)
    if local(root.tag) != "tmx":
        fail(ErrorCode.TMX_WRONG_ROOT, name, element=local(root.tag))
    header = next((e for e in root if local(e.tag) == "header"), None)
    if header is None:
        fail(ErrorCode.TMX_NO_HEADER, name)
    raw_src = header.get("srclang", "*all*")
    header_src = None if raw_src == "*all*" else _normalize_or_fail(raw_src, name)
    ours = header.get("creationtool") == CREATION_TOOL
    as_text = ours and _placeholders_as_text(root, header)
    entries: list[TMEntry] = []
    for tu in (e for e in root.iter() if local(e.tag) == "tu"):
        segs: list[tuple[str, ET.Element]] = []
        for tuv in (e for e in tu if local(e.tag) == "tuv"):
            lang = _tuv_lang(tuv)
            seg = next((e for e in tuv if local(e.tag) == "seg"), None)
            if lang and seg is not None:
                segs.append((lang, seg))
        if len(segs) < 2:
            continue
        src = header_src or segs[0][0]
        source_seg = next((seg for lang, seg in segs if lang == src), None)
        if source_seg is None:
            continue
        source_codes = [] if as_text else _read_seg(source_seg, ours)
        source = text_of(source_seg) if as_text else _text(source_codes)
        if not source.strip():
            continue
        for lang, seg in segs:
            if lang == src:
                continue
            text = text_of(seg) if as_text else _text(_read_seg(seg, ours, source_codes))
            if text.strip():
                entries.append(TMEntry(source, text, src, lang, origin=name))
    return entries


def _placeholders_as_text(root: ET.Element, header: ET.Element) -> bool:
    """An older Airgap export: segment text as the memory held it, placeholders included."""
    marked = any(
        local(e.tag) == "prop" and (e.get("type"), text_of(e)) == INLINE_PROP for e in header
    )
    return not marked and not any(local(e.tag) in _CODES | {"hi"} for e in root.iter())


def _normalize_or_fail(code: str, name: str) -> str:
    try:
        return normalize(code)
    except UnknownLanguage:
        fail(ErrorCode.TMX_UNKNOWN_LANGUAGE, name, language=code)


def _number(value: str | None) -> int | None:
    """A placeholder number from an attribute (1 to 9999), or None."""
    if value is None or not value.isdigit() or not 0 < int(value) < 10_000:
        return None
    return int(value)


def _read_seg(
    seg: ET.Element, ours: bool, source: list[str | _Code] | None = None
) -> list[str | _Code]:
    """The segment's text and inline codes, each code with its kind and number: for the
    source in order of appearance, for another language the source's numbers."""
    parts = _walk(seg)
    if ours and _own_numbers(parts):
        return parts
    _pair(parts)
    codes = [p for p in parts if isinstance(p, _Code)]
    if source is None:
        for number, code in enumerate((c for c in codes if c.kind is not Kind.CLOSE), 1):
            code.number = number
    else:
        _match(codes, [c for c in source if isinstance(c, _Code) and c.kind is not Kind.CLOSE])
    for code in codes:
        if code.kind is Kind.CLOSE and code.partner is not None:
            code.number = code.partner.number
    return parts


def _own_numbers(parts: list[str | _Code]) -> bool:
    """Our own numbers, as write_tmx puts them in x and i; False (nothing changed) when a
    code is not one that write_tmx writes."""
    found: list[tuple[_Code, Kind, int | None]] = []
    for code in (p for p in parts if isinstance(p, _Code)):
        element = code.element
        name, x = local(element.tag), _number(element.get("x"))
        if name == "bpt":
            found.append((code, Kind.OPEN, x))
        elif name == "ept":
            found.append((code, Kind.CLOSE, _number(element.get("i"))))
        elif name == "ph":
            found.append((code, Kind.STANDALONE, x))
        elif name == "it" and element.get("pos") in ("begin", "end"):
            found.append((code, Kind.OPEN if element.get("pos") == "begin" else Kind.CLOSE, x))
        else:
            return False
    if any(number is None for _, _, number in found):
        return False
    for code, kind, number in found:
        code.kind, code.number = kind, number or 0
    return True


def _pair(parts: list[str | _Code]) -> None:
    """Match each CLOSE with the OPEN of the same key, properly nested; an end without its
    partner (or crossing another pair) becomes a standalone code."""
    stack: list[_Code] = []
    for code in (p for p in parts if isinstance(p, _Code)):
        if code.kind is Kind.OPEN:
            stack.append(code)
        elif code.kind is Kind.CLOSE:
            if stack and stack[-1].key == code.key:
                opener = stack.pop()
                opener.partner, code.partner = code, opener
            else:
                code.kind = Kind.STANDALONE
    for opener in stack:
        opener.kind = Kind.STANDALONE


def _match(codes: list[_Code], source: list[_Code]) -> None:
    """Give another language's codes the numbers of the source's codes they stand for: the
    same `x` (TMX's link between languages), else a <bpt> with the same `i`, else (no x)
    the next unused one of the same kind; a code the source lacks gets a new number."""
    free = list(source)
    fresh = max((c.number for c in source), default=0) + 1
    for code in codes:
        if code.kind is Kind.CLOSE:
            continue
        same = [c for c in free if c.kind is code.kind]
        x, i = code.element.get("x"), code.element.get("i")
        found = next((c for c in same if x is not None and c.element.get("x") == x), None)
        if found is None and x is None and local(code.element.tag) == "bpt":
            found = next((c for c in same if c.element.get("i") == i), None)
        if found is None and x is None:
            found = next(iter(same), None)
        if found is None:
            code.number, fresh = fresh, fresh + 1
        else:
            free.remove(found)
            code.number = found.number


def _walk(seg: ET.Element) -> list[str | _Code]:
    parts: list[str | _Code] = []

    def walk(parent: ET.Element) -> None:
        parts.append(parent.text or "")
        for child in parent:
            name = local(child.tag)
            if name == "hi":  # highlighted text: a pair around its content
                parts.append(_Code(Kind.OPEN, child, ("hi", id(child))))
                walk(child)
                parts.append(_Code(Kind.CLOSE, child, ("hi", id(child))))
            elif name == "bpt":
                parts.append(_Code(Kind.OPEN, child, ("bpt", child.get("i"))))
            elif name == "ept":
                parts.append(_Code(Kind.CLOSE, child, ("bpt", child.get("i"))))
            elif name in _CODES:
                parts.append(_Code(Kind.STANDALONE, child))
            else:
                walk(child)  # not TMX inline markup: its text counts
            parts.append(child.tail or "")

    walk(seg)
    return parts


def _text(parts: list[str | _Code]) -> str:
    return join(p if isinstance(p, str) else Tag(p.kind, p.number) for p in parts)


def write_tmx(
    entries: Iterable[TMEntry],
    source_lang: str,
    codes: Callable[[TMEntry], Mapping[int, NativeCode]] | None = None,
) -> bytes:
    """TMX 1.4b of the entries whose source language is `source_lang`. `codes`, where the
    caller knows them, gives each entry's native code per placeholder number (the same
    number stands for the same code in source and target)."""
    src = normalize(source_lang)
    root = ET.Element("tmx", {"version": "1.4"})
    header = ET.SubElement(
        root,
        "header",
        {
            "creationtool": CREATION_TOOL,
            "creationtoolversion": __version__,
            "datatype": "plaintext",
            "segtype": "sentence",
            "adminlang": "en",
            "srclang": src,
            "o-tmf": CREATION_TOOL,
        },
    )
    ET.SubElement(header, "prop", {"type": INLINE_PROP[0]}).text = INLINE_PROP[1]
    body = ET.SubElement(root, "body")
    # Segments are filled after indenting, which would add whitespace around inline codes.
    fills: list[tuple[ET.Element, str, Mapping[int, NativeCode]]] = []
    for entry in entries:
        if normalize(entry.source_lang) != src:
            continue
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(entry.created or time.time()))
        tu = ET.SubElement(body, "tu", {"creationdate": stamp})
        native = codes(entry) if codes is not None else {}
        for lang, text in ((src, entry.source), (normalize(entry.target_lang), entry.target)):
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
            fills.append((ET.SubElement(tuv, "seg"), text, native))
    ET.indent(root, space="  ")
    for seg, text, native in fills:
        _write_seg(seg, tokens(text), native)
    return serialize(root)


def _write_seg(seg: ET.Element, parts: list[Token], native: Mapping[int, NativeCode]) -> None:
    """Text and placeholders as TMX content: <bpt>/<ept> for a pair closed within the
    segment (each number once), <it> for a pair end without its partner, <ph> otherwise."""
    closes: dict[int, int] = {}  # token index of a <bpt> → token index of its <ept>
    paired: set[int] = set()
    for k, t in enumerate(parts):
        if isinstance(t, Tag) and t.kind is Kind.OPEN and t.number not in paired:
            end = Tag(Kind.CLOSE, t.number)
            at = next((j for j in range(k + 1, len(parts)) if parts[j] == end), None)
            if at is not None:
                closes[k] = at
                paired.add(t.number)
    ends = set(closes.values())
    last: ET.Element | None = None
    for k, t in enumerate(parts):
        if isinstance(t, str):
            if last is None:
                seg.text = (seg.text or "") + t
            else:
                last.tail = (last.tail or "") + t
            continue
        n = str(t.number)
        code = native.get(t.number, NativeCode(""))
        if k in closes:
            element = ET.SubElement(seg, "bpt", {"i": n, "x": n})
        elif k in ends:
            element = ET.SubElement(seg, "ept", {"i": n})
        elif t.kind is Kind.STANDALONE:
            element = ET.SubElement(seg, "ph", {"x": n})
        else:
            pos = "begin" if t.kind is Kind.OPEN else "end"
            element = ET.SubElement(seg, "it", {"pos": pos, "x": n})
        if code.type and element.tag != "ept":
            element.set("type", code.type)
        element.text = (code.end if t.kind is Kind.CLOSE else code.start) or None
        last = element
