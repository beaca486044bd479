"""TBX (basic): term entries with one term per language, read from TBX 2008 (<martif>,
termEntry/langSet/tig) and TBX v3 (<tbx>, conceptEntry/langSec/termSec); written as TBX v3
(TBX-Basic, DCA style). Notes and definitions become the term's note."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from airgap.translate.errors import ErrorCode, UnknownLanguage
from airgap.translate.formats.xmlsafe import XML_LANG, fail, local, parse_xml, serialize, text_of
from airgap.translate.glossary import Term
from airgap.translate.languages import normalize

NS_TBX3 = "urn:iso:std:iso:30042:ed-2"
_ENTRY = {"termEntry", "conceptEntry"}
_LANG = {"langSet", "langSec"}
_CASE = "x-airgap-caseSensitive"
_WIDTH = "x-airgap-widthSensitive"


def _lang(element: ET.Element) -> str | None:
    raw = element.get(XML_LANG) or element.get("lang")
    try:
        return normalize(raw) if raw else None
    except UnknownLanguage:
        return None


def read_tbx(
    data: bytes, name: str, source_lang: str | None = None, target_lang: str | None = None
) -> tuple[list[Term], str | None, str | None]:
    """(terms, source language, target language); languages default to the file's first two."""
    root = parse_xml(data, name)
    if local(root.tag) not in ("martif", "tbx"):
        fail(ErrorCode.TBX_WRONG_ROOT, name, element=local(root.tag))
    src = normalize(source_lang) if source_lang else _lang(root)
    tgt = normalize(target_lang) if target_lang else None
    terms: list[Term] = []
    for entry in (e for e in root.iter() if local(e.tag) in _ENTRY):
        by_lang: dict[str, tuple[str, list[str], set[str]]] = {}
        entry_notes = [
            text_of(e).strip() for e in entry if local(e.tag) in ("note", "descrip") and text_of(e)
        ]
        for lang_set in (e for e in entry if local(e.tag) in _LANG):
            lang = _lang(lang_set)
            term_el = next((e for e in lang_set.iter() if local(e.tag) == "term"), None)
            if lang is None or term_el is None or lang in by_lang:
                continue
            notes = [
                text_of(e).strip()
                for e in lang_set.iter()
                if local(e.tag) in ("note", "descrip") and text_of(e).strip()
            ]
            flags = {e.get("type", "") for e in lang_set.iter() if local(e.tag) == "termNote"}
            by_lang[lang] = (text_of(term_el).strip(), notes, flags)
        if len(by_lang) < 2:
            continue
        langs = list(by_lang)
        src = src or langs[0]
        if tgt is None:
            tgt = next((lang for lang in langs if lang != src), None)
        if src not in by_lang or tgt not in by_lang:
            continue
        source, notes, flags = by_lang[src]
        note = "; ".join([*entry_notes, *notes, *by_lang[tgt][1]])
        terms.append(
            Term(
                source,
                by_lang[tgt][0],
                note=note,
                case_sensitive=_CASE in flags,
                width_sensitive=_WIDTH in flags,
            )
        )
    return terms, src, tgt


def write_tbx(terms: Iterable[Term], source_lang: str, target_lang: str) -> bytes:
    src, tgt = normalize(source_lang), normalize(target_lang)
    q = f"{{{NS_TBX3}}}"
    root = ET.Element(f"{q}tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: src})
    header = ET.SubElement(root, f"{q}tbxHeader")
    desc = ET.SubElement(ET.SubElement(header, f"{q}fileDesc"), f"{q}sourceDesc")
    ET.SubElement(desc, f"{q}p").text = "Exported by Airgap"
    body = ET.SubElement(ET.SubElement(root, f"{q}text"), f"{q}body")
    for k, term in enumerate(terms, start=1):
        entry = ET.SubElement(body, f"{q}conceptEntry", {"id": f"c{k}"})
        for lang, text in ((src, term.source), (tgt, term.target)):
            term_sec = ET.SubElement(
                ET.SubElement(entry, f"{q}langSec", {XML_LANG: lang}), f"{q}termSec"
            )
            ET.SubElement(term_sec, f"{q}term").text = text
            if lang == src:
                for flag, on in ((_CASE, term.case_sensitive), (_WIDTH, term.width_sensitive)):
                    if on:
                        ET.SubElement(term_sec, f"{q}termNote", {"type": flag}).text = "yes"
                if term.note:
                    ET.SubElement(term_sec, f"{q}note").text = term.note
    ET.indent(root, space="  ")
    return serialize(root)
