"""XLIFF 1.2 and 2.0: read the units' sources (and any targets), write the targets back into
the same file, or write a new XLIFF file from any document.

Inline markup becomes placeholders (see translate/placeholders.py) in the segment text:
elements around translatable text (1.2 <g>, <mrk>; 2.0 <pc>, <mrk>) become pairs ⟦n⟧…⟦/n⟧,
and so do sibling begin/end codes that belong together (1.2 <bpt>…<ept>, <bx/>…<ex/>; 2.0
<sc/>…<ec/>), as a TMX <bpt>…<ept> does, so memory matches between the two formats hit;
everything else (<x/>, <ph>, <it>, a begin or end code without its partner, <sm/>, <em/>,
<cp/>, a protected or translate="no" <mrk>, unknown elements) is a standalone ⟦n/⟧ that stands
for the whole element, native code inside included. The target is rebuilt from the
placeholders with the source's elements and attributes; a target that lost placeholders is
repaired first (the lost codes go at the end of the segment), so the file stays well-formed.
Brackets that are text in the file (⟦1⟧ in the prose) stay text: they are escaped in the
segment and come back as they were (see placeholders.py).
A new XLIFF file made from another format writes placeholders as <g>/<x/> (1.2) or
<pc>/<ph/> (2.0), which read back as the same placeholders.
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from airgap.translate.document import Document, Segment, Status
from airgap.translate.errors import ErrorCode
from airgap.translate.formats.tmx import NativeCode
from airgap.translate.formats.xmlsafe import fail, local, namespace, parse_xml, serialize, text_of
from airgap.translate.languages import normalize
from airgap.translate.placeholders import Kind, Node, Tag, Token, join, tokens, tree

NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_20 = "urn:oasis:names:tc:xliff:document:2.0"
_DONE_12 = {"final", "signed-off"}
_DONE_20 = {"final"}


@dataclass
class _Unit:
    """Where one segment lives in the tree: its source element and its parent for <target>."""

    parent: ET.Element
    source: ET.Element
    tags: dict[int, Code] = field(default_factory=dict)  # placeholder → inline element(s)
    data: dict[str, str] = field(default_factory=dict)  # 2.0 <originalData>: id → native code


_PAIRED = {"g", "mrk", "pc"}
# What a placeholder stands for: an inline element, or the two sibling elements that begin
# and end a pair of native codes (1.2 <bpt>…<ept>, <bx/>…<ex/>; 2.0 <sc/>…<ec/>).
Code = ET.Element | tuple[ET.Element, ET.Element]
_OPENERS = {"bpt": "bpt", "bx": "bx", "sc": "sc"}
_CLOSERS = {"ept": "bpt", "ex": "bx", "ec": "sc"}


def _is_pair(element: ET.Element) -> bool:
    """Inline elements whose content is text to translate (the rest is code, kept whole)."""
    if local(element.tag) not in _PAIRED:
        return False
    return element.get("mtype") != "protected" and element.get("translate") != "no"


def _pair_key(element: ET.Element) -> tuple[str, str] | None:
    """What links the begin and end codes of a native pair (1.2: rid, else id; 2.0: the
    <ec>'s startRef is the <sc>'s id)."""
    name = local(element.tag)
    family = _OPENERS.get(name) or _CLOSERS.get(name)
    if family is None:
        return None
    if name == "ec":
        ref = element.get("startRef")
    elif name == "sc":
        ref = element.get("id")
    else:
        ref = element.get("rid") or element.get("id")
    return (family, ref) if ref else None


def _native_pairs(children: list[ET.Element]) -> dict[int, int]:
    """Begin codes whose end code is a later sibling, properly nested: index → end index.
    Such a pair is ⟦n⟧…⟦/n⟧ around the text between them, as the same sentence gets from a
    <g> (or from a TMX <bpt>/<ept>); a code without its partner stays standalone."""
    pairs: dict[int, int] = {}
    stack: list[tuple[tuple[str, str], int]] = []
    for k, child in enumerate(children):
        key = _pair_key(child)
        if key is None:
            continue
        if local(child.tag) in _OPENERS:
            stack.append((key, k))
        elif stack and stack[-1][0] == key:
            pairs[stack.pop()[1]] = k
    return pairs


def encode(element: ET.Element) -> tuple[str, dict[int, Code]]:
    """The element's content as text with placeholders, and what each number stands for
    (literal brackets in the file's text are escaped by `join`)."""
    tags: dict[int, Code] = {}
    parts: list[Token] = []

    def walk(parent: ET.Element) -> None:
        parts.append(parent.text or "")
        children = list(parent)
        pairs = _native_pairs(children)
        ends: dict[int, int] = {}  # index of an end code → its pair's number
        for k, child in enumerate(children):
            if k in ends:
                parts.append(Tag(Kind.CLOSE, ends[k]))
                parts.append(child.tail or "")
                continue
            number = len(tags) + 1
            if k in pairs:
                tags[number] = (child, children[pairs[k]])
                ends[pairs[k]] = number
                parts.append(Tag(Kind.OPEN, number))
            elif _is_pair(child):
                tags[number] = child
                parts.append(Tag(Kind.OPEN, number))
                walk(child)
                parts.append(Tag(Kind.CLOSE, number))
            else:
                tags[number] = child
                parts.append(Tag(Kind.STANDALONE, number))
            parts.append(child.tail or "")

    walk(element)
    return join(parts), tags


def encode_target(target: ET.Element, tags: dict[int, Code]) -> str:
    """An existing target's content with the source's placeholder numbers: inline elements
    pair up by element name and id; one without a counterpart in the source gives its text."""
    free: dict[int, ET.Element] = {}  # what a number stands for, or a native pair's begin
    free_ends: dict[int, ET.Element] = {}  # a native pair's end
    for number, code in tags.items():
        if isinstance(code, tuple):
            free[number], free_ends[number] = code
        else:
            free[number] = code
    parts: list[Token] = []

    def take(pool: dict[int, ET.Element], element: ET.Element) -> int | None:
        for number, original in pool.items():
            if local(original.tag) == local(element.tag) and all(
                original.get(a) == element.get(a) for a in ("id", "startRef")
            ):
                del pool[number]
                return number
        return None

    def walk(parent: ET.Element) -> None:
        parts.append(parent.text or "")
        for child in parent:
            number = take(free, child)
            end = take(free_ends, child) if number is None else None
            if number is not None and isinstance(tags[number], tuple):
                parts.append(Tag(Kind.OPEN, number))
            elif number is not None and _is_pair(child):
                parts.append(Tag(Kind.OPEN, number))
                walk(child)
                parts.append(Tag(Kind.CLOSE, number))
            elif number is not None:
                parts.append(Tag(Kind.STANDALONE, number))
            elif end is not None:
                parts.append(Tag(Kind.CLOSE, end))
            else:
                parts.append(text_of(child))
            parts.append(child.tail or "")

    walk(target)
    return join(parts)


def restore(element: ET.Element, source: str, target: str, tags: dict[int, Code]) -> None:
    """Replace the element's content with the target, placeholders turned back into the
    source's inline elements (a pair keeps the element and its attributes around the new
    text, a native pair its begin and end codes; a standalone code comes back whole)."""
    for child in list(element):
        element.remove(child)
    element.text = None
    _emit(element, tree(source, target), tags)


def _emit(
    parent: ET.Element,
    nodes: list[Node],
    tags: dict[int, Code],
    last: ET.Element | None = None,
) -> ET.Element | None:
    """Append the nodes to `parent` after `last` (its last child so far); returns the new
    last child."""
    for node in nodes:
        if node.is_text:
            if last is None:
                parent.text = (parent.text or "") + node.text
            else:
                last.tail = (last.tail or "") + node.text
            continue
        original = tags[node.number]
        if isinstance(original, tuple):  # begin code, the text between, end code
            last = _append(parent, copy.deepcopy(original[0]))
            last = _emit(parent, node.children or [], tags, last)
            last = _append(parent, copy.deepcopy(original[1]))
        elif node.children is None:
            last = _append(parent, copy.deepcopy(original))
        else:
            element = ET.Element(original.tag, dict(original.attrib))
            _emit(element, node.children, tags)
            last = _append(parent, element)
    return last


def _append(parent: ET.Element, element: ET.Element) -> ET.Element:
    element.tail = None
    parent.append(element)
    return element


def _lang(code: str | None) -> str | None:
    if not code:
        return None
    try:
        return normalize(code)
    except Exception:
        return None


def read_xliff(data: bytes, name: str) -> Document:
    root = parse_xml(data, name)
    if local(root.tag) != "xliff":
        fail(ErrorCode.XLIFF_WRONG_ROOT, name, element=local(root.tag))
    version = root.get("version", "")
    if version.startswith("1."):
        return _read_12(root, name)
    if version.startswith("2."):
        return _read_20(root, name)
    fail(ErrorCode.XLIFF_UNSUPPORTED_VERSION, name, version=version)


def _child(element: ET.Element, tag: str) -> ET.Element | None:
    return next((c for c in element if local(c.tag) == tag), None)


def _read_12(root: ET.Element, name: str) -> Document:
    segments: list[Segment] = []
    units: list[_Unit] = []
    source_lang = target_lang = None
    seen: set[str] = set()
    for f_index, file in enumerate(e for e in root.iter() if local(e.tag) == "file"):
        source_lang = source_lang or file.get("source-language")
        target_lang = target_lang or file.get("target-language")
        for unit in (e for e in file.iter() if local(e.tag) == "trans-unit"):
            if unit.get("translate") == "no":
                continue
            source = _child(unit, "source")
            if source is None:
                fail(ErrorCode.XLIFF_UNIT_NO_SOURCE, name, unit=unit.get("id", "?"))
            uid = unit.get("id") or str(len(segments) + 1)
            if uid in seen:
                uid = f"{f_index + 1}:{uid}"
            seen.add(uid)
            target = _child(unit, "target")
            text, tags = encode(source)
            segment = Segment(uid, text)
            if target is not None and text_of(target).strip():
                segment.target = encode_target(target, tags)
                state = target.get("state", "")
                segment.status = Status.APPROVED if state in _DONE_12 else Status.TRANSLATED
            note = _child(unit, "note")
            segment.label = text_of(note).strip() if note is not None else ""
            segments.append(segment)
            units.append(_Unit(unit, source, tags))
    return Document(
        "xliff",
        segments,
        source_lang=_lang(source_lang),
        target_lang=_lang(target_lang),
        name=name,
        extra={"root": root, "units": units, "version": "1.2"},
    )


def _read_20(root: ET.Element, name: str) -> Document:
    segments: list[Segment] = []
    units: list[_Unit] = []
    for unit in (e for e in root.iter() if local(e.tag) == "unit"):
        if unit.get("translate") == "no":
            continue
        parts = [e for e in unit if local(e.tag) == "segment"]
        data = {
            d.get("id", ""): text_of(d)
            for block in unit
            if local(block.tag) == "originalData"
            for d in block
            if local(d.tag) == "data"
        }
        for k, seg in enumerate(parts):
            source = _child(seg, "source")
            if source is None:
                fail(ErrorCode.XLIFF_SEGMENT_NO_SOURCE, name, unit=unit.get("id", "?"))
            uid = unit.get("id") or str(len(units) + 1)
            sid = uid if len(parts) == 1 else f"{uid}.{seg.get('id') or k + 1}"
            text, tags = encode(source)
            segment = Segment(sid, text)
            target = _child(seg, "target")
            if target is not None and text_of(target).strip():
                segment.target = encode_target(target, tags)
                done = seg.get("state", "") in _DONE_20
                segment.status = Status.APPROVED if done else Status.TRANSLATED
            segments.append(segment)
            units.append(_Unit(seg, source, tags, data))
    return Document(
        "xliff",
        segments,
        source_lang=_lang(root.get("srcLang")),
        target_lang=_lang(root.get("trgLang")),
        name=name,
        extra={"root": root, "units": units, "version": "2.0"},
    )


# XLIFF 1.2 ctype values that TMX's type attribute spells the same (or nearly).
_TMX_TYPES = {"bold", "italic", "link", "image", "lb", "pb", "cb", "font", "color", "index"}
_TMX_TYPES_RENAMED = {"underlined": "ulined", "x-html-a": "link"}


def native_codes(doc: Document) -> dict[str, dict[int, NativeCode]]:
    """What each segment's placeholders stand for as native code, by segment source, for
    a TMX export of pairs from this document (`write_tmx`'s `codes`): the content of 1.2
    <bpt>/<ept>/<ph>/<it>, the <originalData> that 2.0 codes point to. Empty for another
    format or a segment whose codes carry no native code (<g>, <x/>)."""
    extra = doc.extra if isinstance(doc.extra, dict) else {}
    if doc.format != "xliff" or "units" not in extra:
        return {}
    found: dict[str, dict[int, NativeCode]] = {}
    for segment, unit in zip(doc.segments, extra["units"], strict=True):
        codes = {n: _native(code, unit.data) for n, code in unit.tags.items()}
        codes = {n: code for n, code in codes.items() if code.start or code.end or code.type}
        if codes:
            found[segment.source] = codes
    return found


def _native(code: Code, data: dict[str, str]) -> NativeCode:
    def native(element: ET.Element, ref: str = "dataRef") -> str:
        if element.get(ref) is not None:
            return data.get(element.get(ref, ""), "")
        if local(element.tag) in ("bpt", "ept", "ph", "it"):  # 1.2: the code is the content
            return "".join(element.itertext())
        return ""

    start, end = code if isinstance(code, tuple) else (code, None)
    ctype = start.get("ctype", "")
    kind = ctype if ctype in _TMX_TYPES else _TMX_TYPES_RENAMED.get(ctype, "")
    if end is not None:
        return NativeCode(native(start), native(end), kind)
    if local(start.tag) == "pc":
        return NativeCode(native(start, "dataRefStart"), native(start, "dataRefEnd"), kind)
    return NativeCode(native(start), "", kind)


def write_xliff(doc: Document, version: str | None = None) -> bytes:
    """The original XLIFF with targets filled, or a new file (`version` "1.2" or "2.0")."""
    extra = doc.extra if isinstance(doc.extra, dict) else {}
    if doc.format == "xliff" and "root" in extra and version in (None, extra["version"]):
        return _fill(doc, extra["root"], extra["units"], extra["version"])
    return _new(doc, version or "1.2")


def _fill(doc: Document, root: ET.Element, units: list[_Unit], version: str) -> bytes:
    if version == "2.0" and doc.target_lang and not root.get("trgLang"):
        root.set("trgLang", doc.target_lang)
    for segment, unit in zip(doc.segments, units, strict=True):
        if not segment.target:
            continue
        ns = namespace(unit.source.tag)
        tag = f"{{{ns}}}target" if ns else "target"
        target = _child(unit.parent, "target")
        if target is None:
            target = ET.Element(tag)
            position = list(unit.parent).index(unit.source) + 1
            unit.parent.insert(position, target)
            target.tail = unit.source.tail
            if position == len(unit.parent) - 1 and (unit.source.tail or "x").isspace():
                unit.source.tail = (unit.source.tail or "") + "  "  # keep the indentation
        restore(target, segment.source, segment.target, unit.tags)
        done = segment.status is Status.APPROVED
        if version == "1.2":
            target.set("state", "final" if done else "translated")
            if doc.target_lang:
                target.set("{http://www.w3.org/XML/1998/namespace}lang", doc.target_lang)
        else:
            unit.parent.set("state", "final" if done else "translated")
    return serialize(root)


def _codes(source: str, ns: str, version: str) -> dict[int, Code]:
    """Inline elements for a segment's placeholders in a new file: <g>/<x/> or <pc>/<ph/>."""
    pair, single = ("g", "x") if version == "1.2" else ("pc", "ph")
    tags: dict[int, Code] = {}
    for t in tokens(source):
        if isinstance(t, str) or t.kind is Kind.CLOSE or t.number in tags:
            continue
        name = pair if t.kind is Kind.OPEN else single
        tags[t.number] = ET.Element(f"{{{ns}}}{name}", {"id": str(t.number)})
    return tags


def _new(doc: Document, version: str) -> bytes:
    src = doc.source_lang or "en"
    tgt = doc.target_lang or "und"
    # Inline content is filled in after indenting, which would add whitespace inside it.
    fills: list[tuple[ET.Element, Segment, str]] = []
    if version == "2.0":
        root = ET.Element(f"{{{NS_20}}}xliff", {"version": "2.0", "srcLang": src, "trgLang": tgt})
        file = ET.SubElement(root, f"{{{NS_20}}}file", {"id": "f1", "original": doc.name})
        for k, segment in enumerate(doc.segments):
            unit = ET.SubElement(file, f"{{{NS_20}}}unit", {"id": segment.id or str(k + 1)})
            seg = ET.SubElement(unit, f"{{{NS_20}}}segment")
            fills.append((ET.SubElement(seg, f"{{{NS_20}}}source"), segment, segment.source))
            if segment.target:
                done = segment.status is Status.APPROVED
                seg.set("state", "final" if done else "translated")
                fills.append((ET.SubElement(seg, f"{{{NS_20}}}target"), segment, segment.target))
    elif version == "1.2":
        root = ET.Element(f"{{{NS_12}}}xliff", {"version": "1.2"})
        file = ET.SubElement(
            root,
            f"{{{NS_12}}}file",
            {
                "original": doc.name or "document",
                "source-language": src,
                "target-language": tgt,
                "datatype": "plaintext",
            },
        )
        body = ET.SubElement(file, f"{{{NS_12}}}body")
        for k, segment in enumerate(doc.segments):
            unit = ET.SubElement(body, f"{{{NS_12}}}trans-unit", {"id": segment.id or str(k + 1)})
            fills.append((ET.SubElement(unit, f"{{{NS_12}}}source"), segment, segment.source))
            if segment.target:
                state = "final" if segment.status is Status.APPROVED else "translated"
                target = ET.SubElement(unit, f"{{{NS_12}}}target", {"state": state})
                fills.append((target, segment, segment.target))
            if segment.label:
                ET.SubElement(unit, f"{{{NS_12}}}note").text = segment.label
    else:
        fail(ErrorCode.XLIFF_CANNOT_WRITE_VERSION, doc.name or "XLIFF", version=version)
    ET.indent(root, space="  ")
    ns = namespace(root.tag)
    for element, segment, text in fills:
        restore(element, segment.source, text, _codes(segment.source, ns, version))
    return serialize(root)
