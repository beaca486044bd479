"""XLIFF 1.2 and 2.0: read the units' sources (and any targets), write the targets back into
the same file, or write a new XLIFF file from any document.

Inline markup inside <source> (<g>, <x/>, <ph>, <pc>...) is read as its text; a target we
write is plain text, so such markup is not carried into targets (a known limit).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from airgap.translate.document import Document, Segment, Status
from airgap.translate.formats.xmlsafe import fail, local, namespace, parse_xml, serialize, text_of
from airgap.translate.languages import normalize

NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_20 = "urn:oasis:names:tc:xliff:document:2.0"
_DONE_12 = {"final", "signed-off"}
_DONE_20 = {"final"}


@dataclass
class _Unit:
    """Where one segment lives in the tree: its source element and its parent for <target>."""

    parent: ET.Element
    source: ET.Element


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
        fail(name, f"the root element is <{local(root.tag)}>, not <xliff>.")
    version = root.get("version", "")
    if version.startswith("1."):
        return _read_12(root, name)
    if version.startswith("2."):
        return _read_20(root, name)
    fail(name, f"XLIFF version “{version}” is not supported (1.2 and 2.0 are).")


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
                fail(name, f"the trans-unit “{unit.get('id', '?')}” has no <source>.")
            uid = unit.get("id") or str(len(segments) + 1)
            if uid in seen:
                uid = f"{f_index + 1}:{uid}"
            seen.add(uid)
            target = _child(unit, "target")
            segment = Segment(uid, text_of(source))
            if target is not None and text_of(target).strip():
                segment.target = text_of(target)
                state = target.get("state", "")
                segment.status = Status.APPROVED if state in _DONE_12 else Status.TRANSLATED
            note = _child(unit, "note")
            segment.label = text_of(note).strip() if note is not None else ""
            segments.append(segment)
            units.append(_Unit(unit, source))
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
        for k, seg in enumerate(parts):
            source = _child(seg, "source")
            if source is None:
                fail(name, f"a segment of the unit “{unit.get('id', '?')}” has no <source>.")
            uid = unit.get("id") or str(len(units) + 1)
            sid = uid if len(parts) == 1 else f"{uid}.{seg.get('id') or k + 1}"
            segment = Segment(sid, text_of(source))
            target = _child(seg, "target")
            if target is not None and text_of(target).strip():
                segment.target = text_of(target)
                done = seg.get("state", "") in _DONE_20
                segment.status = Status.APPROVED if done else Status.TRANSLATED
            segments.append(segment)
            units.append(_Unit(seg, source))
    return Document(
        "xliff",
        segments,
        source_lang=_lang(root.get("srcLang")),
        target_lang=_lang(root.get("trgLang")),
        name=name,
        extra={"root": root, "units": units, "version": "2.0"},
    )


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
        for child in list(target):
            target.remove(child)
        target.text = segment.target
        done = segment.status is Status.APPROVED
        if version == "1.2":
            target.set("state", "final" if done else "translated")
            if doc.target_lang:
                target.set("{http://www.w3.org/XML/1998/namespace}lang", doc.target_lang)
        else:
            unit.parent.set("state", "final" if done else "translated")
    return serialize(root)


def _new(doc: Document, version: str) -> bytes:
    src = doc.source_lang or "en"
    tgt = doc.target_lang or "und"
    if version == "2.0":
        root = ET.Element(f"{{{NS_20}}}xliff", {"version": "2.0", "srcLang": src, "trgLang": tgt})
        file = ET.SubElement(root, f"{{{NS_20}}}file", {"id": "f1", "original": doc.name})
        for k, segment in enumerate(doc.segments):
            unit = ET.SubElement(file, f"{{{NS_20}}}unit", {"id": segment.id or str(k + 1)})
            seg = ET.SubElement(unit, f"{{{NS_20}}}segment")
            ET.SubElement(seg, f"{{{NS_20}}}source").text = segment.source
            if segment.target:
                done = segment.status is Status.APPROVED
                seg.set("state", "final" if done else "translated")
                ET.SubElement(seg, f"{{{NS_20}}}target").text = segment.target
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
            ET.SubElement(unit, f"{{{NS_12}}}source").text = segment.source
            if segment.target:
                state = "final" if segment.status is Status.APPROVED else "translated"
                ET.SubElement(unit, f"{{{NS_12}}}target", {"state": state}).text = segment.target
            if segment.label:
                ET.SubElement(unit, f"{{{NS_12}}}note").text = segment.label
    else:
        fail(doc.name or "XLIFF", f"XLIFF version “{version}” cannot be written (1.2, 2.0).")
    ET.indent(root, space="  ")
    return serialize(root)
