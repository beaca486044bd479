"""TMX 1.4b: translation-memory exchange. Reads every pair between the header's source
language and each other language of a <tu>; writes one <tu> per memory entry."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from airgap import __version__
from airgap.translate.errors import UnknownLanguage
from airgap.translate.formats.xmlsafe import XML_LANG, fail, local, parse_xml, serialize, text_of
from airgap.translate.languages import normalize
from airgap.translate.memory import TMEntry


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
        fail(name, f"the root element is <{local(root.tag)}>, not <tmx>.")
    header = next((e for e in root if local(e.tag) == "header"), None)
    if header is None:
        fail(name, "it has no <header>.")
    raw_src = header.get("srclang", "*all*")
    header_src = None if raw_src == "*all*" else _normalize_or_fail(raw_src, name)
    entries: list[TMEntry] = []
    for tu in (e for e in root.iter() if local(e.tag) == "tu"):
        segs: list[tuple[str, str]] = []
        for tuv in (e for e in tu if local(e.tag) == "tuv"):
            lang = _tuv_lang(tuv)
            seg = next((e for e in tuv if local(e.tag) == "seg"), None)
            if lang and seg is not None:
                segs.append((lang, text_of(seg)))
        if len(segs) < 2:
            continue
        src = header_src or segs[0][0]
        source = next((text for lang, text in segs if lang == src), None)
        if source is None or not source.strip():
            continue
        for lang, text in segs:
            if lang != src and text.strip():
                entries.append(TMEntry(source, text, src, lang, origin=name))
    return entries


def _normalize_or_fail(code: str, name: str) -> str:
    try:
        return normalize(code)
    except UnknownLanguage as exc:
        fail(name, exc.message)


def write_tmx(entries: Iterable[TMEntry], source_lang: str) -> bytes:
    src = normalize(source_lang)
    root = ET.Element("tmx", {"version": "1.4"})
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "Airgap",
            "creationtoolversion": __version__,
            "datatype": "plaintext",
            "segtype": "sentence",
            "adminlang": "en",
            "srclang": src,
            "o-tmf": "Airgap",
        },
    )
    body = ET.SubElement(root, "body")
    for entry in entries:
        if normalize(entry.source_lang) != src:
            continue
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(entry.created or time.time()))
        tu = ET.SubElement(body, "tu", {"creationdate": stamp})
        for lang, text in ((src, entry.source), (normalize(entry.target_lang), entry.target)):
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
            ET.SubElement(tuv, "seg").text = text
    ET.indent(root, space="  ")
    return serialize(root)
