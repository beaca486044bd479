"""Word formatting inside a sentence through translation: bold/italic/underline/font runs and
hyperlinks become placeholders, tabs and fields inside a sentence are codes, and the
exported .docx has the translated words in runs with the original properties."""

from __future__ import annotations

import io
from typing import Any

import docx
import pytest
from airgap.engine.api import GenerationRequest
from airgap.translate.document import Document, Status
from airgap.translate.formats import read_bytes, to_bytes
from airgap.translate.job import TranslationJob
from airgap.translate.prompt import TranslationSettings
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from translate_fakes import ScriptedSession


def _element(tag: str, **attributes: str) -> Any:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(name.replace("_", ":", 1)), value)
    return element


def _run(text: str = "", *children: Any, rpr: Any = None) -> Any:
    run = OxmlElement("w:r")
    if rpr is not None:
        run.append(rpr)
    for child in children:
        run.append(child)
    if text:
        t = OxmlElement("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        run.append(t)
    return run


def _lang(code: str) -> Any:
    rpr = OxmlElement("w:rPr")
    rpr.append(_element("w:lang", w_val=code))
    return rpr


def _build() -> bytes:
    document = docx.Document()
    # 1: bold, italic+underline and another font in the middle of one sentence.
    p = document.add_paragraph("The ")
    p.add_run("quick").bold = True
    p.add_run(" brown ")
    fox = p.add_run("fox")
    fox.italic, fox.underline = True, True
    p.add_run(" jumps over the ")
    dog = p.add_run("lazy dog")
    dog.font.name, dog.font.size = "Courier New", Pt(9)
    p.add_run(".")
    # 2: a hyperlink, a bookmark, a tab and a PAGE field inside a sentence; a line break.
    rid = document.part.relate_to(
        "https://example.com/guide?a=1&b=2", RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    p = document.add_paragraph("See ")
    link = _element("w:hyperlink", r_id=rid, w_history="1")
    style = OxmlElement("w:rPr")
    style.append(_element("w:rStyle", w_val="Hyperlink"))
    link.append(_run("the guide", rpr=style))
    p._p.append(link)
    p._p.append(_element("w:bookmarkStart", w_id="7", w_name="_Ref1"))
    p._p.append(_run(" on page"))
    p._p.append(_element("w:bookmarkEnd", w_id="7"))
    p._p.append(_run("", OxmlElement("w:tab")))
    p._p.append(_run("", _element("w:fldChar", w_fldCharType="begin")))
    instr = OxmlElement("w:instrText")
    instr.text = " PAGE "
    instr.set(qn("xml:space"), "preserve")
    p._p.append(_run("", instr))
    p._p.append(_run("", _element("w:fldChar", w_fldCharType="separate")))
    p._p.append(_run("4"))
    p._p.append(_run("", _element("w:fldChar", w_fldCharType="end")))
    p._p.append(_run("."))
    p._p.append(_run("", OxmlElement("w:br")))
    p._p.append(_run("東京は晴れです。"))
    # 3: uniform formatting (one italic paragraph split by language): no placeholder.
    p = document.add_paragraph()
    p._p.append(_run("Hello ", rpr=_lang("en-US")))
    p._p.append(_run("world.", rpr=_lang("fr-FR")))
    for run in p.runs:
        run.italic = True
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


SOURCES = [
    "The ⟦1⟧quick⟦/1⟧ brown ⟦2⟧fox⟦/2⟧ jumps over the ⟦3⟧lazy dog⟦/3⟧.",
    "See ⟦1⟧the guide⟦/1⟧ on page⟦2/⟧⟦3/⟧.",
    "東京は晴れです。",
    "Hello world.",
]
ANSWERS = {
    SOURCES[0]: "Le ⟦2⟧renard⟦/2⟧ brun ⟦1⟧rapide⟦/1⟧ saute par-dessus le ⟦3⟧chien paresseux⟦/3⟧.",
    SOURCES[1]: "Voir ⟦1⟧le guide⟦/1⟧ à la page⟦2/⟧⟦3/⟧.",
    SOURCES[2]: "Il fait beau à Tokyo.",
    SOURCES[3]: "Bonjour le monde.",
}


@pytest.fixture(scope="module")
def source_docx() -> bytes:
    return _build()


def _translate(data: bytes, answer: dict[str, str]) -> Document:
    doc = read_bytes(data, "guide.docx")
    session = ScriptedSession(lambda r: answer[r.messages[-1].content])
    TranslationJob(doc, TranslationSettings("en", "fr"), session).run()
    return doc


def _runs(paragraph: Any) -> list[tuple[str, bool | None, bool | None]]:
    return [(r.text, r.bold, r.italic) for r in paragraph.runs if r.text]


def test_sentences_show_inline_formatting_as_placeholders(source_docx: bytes) -> None:
    doc = read_bytes(source_docx, "guide.docx")
    assert [s.source for s in doc.segments] == SOURCES
    assert [s.id for s in doc.segments] == ["p1.s1", "p2.s1", "p2.s2", "p3.s1"]


def test_translated_words_keep_their_formatting(source_docx: bytes) -> None:
    doc = _translate(source_docx, ANSWERS)
    assert all(s.status is Status.TRANSLATED and not s.tag_problems for s in doc.segments)
    result = docx.Document(io.BytesIO(to_bytes(doc)))
    first, second, third = result.paragraphs[:3]
    assert first.text == "Le renard brun rapide saute par-dessus le chien paresseux."
    runs = {r.text: r for r in first.runs}
    assert runs["rapide"].bold and not runs["renard"].bold
    assert runs["renard"].italic and runs["renard"].underline
    assert runs["chien paresseux"].font.name == "Courier New"
    assert runs["chien paresseux"].font.size == Pt(9)
    assert not any(runs[t].bold or runs[t].italic for t in ("Le ", " brun ", "."))
    # The hyperlink keeps its relationship (and target), its style and its own attributes.
    (link,) = second.hyperlinks
    assert link.text == "le guide" and link.address == "https://example.com/guide?a=1&b=2"
    assert link._hyperlink.get(qn("w:history")) == "1"
    assert link.runs[0]._r.rPr.rStyle.val == "Hyperlink"
    xml = second._p.xml
    assert xml.count("<w:tab/>") == 1 and "<w:br/>" in xml
    assert xml.count('w:fldCharType="begin"') == 1 and " PAGE " in xml
    assert xml.count('w:fldCharType="end"') == 1
    assert 'w:name="_Ref1"' in xml and '<w:bookmarkEnd w:id="7"/>' in xml
    assert second.text == "Voir le guide à la page\t4.\nIl fait beau à Tokyo."
    assert _runs(third) == [("Bonjour le monde.", None, True)]  # uniform: one italic run


def test_the_exported_docx_reads_back_with_the_same_placeholders(source_docx: bytes) -> None:
    doc = _translate(source_docx, ANSWERS)
    again = read_bytes(to_bytes(doc), "guide.fr.docx")
    renumbered = [  # placeholders are numbered in the order they occur
        "Le ⟦1⟧renard⟦/1⟧ brun ⟦2⟧rapide⟦/2⟧ saute par-dessus le ⟦3⟧chien paresseux⟦/3⟧.",
        *list(ANSWERS.values())[1:],
    ]
    assert [s.source for s in again.segments] == renumbered


def test_lost_placeholders_are_flagged_and_the_file_stays_valid(source_docx: bytes) -> None:
    careless = dict(ANSWERS)
    careless[SOURCES[0]] = "Le renard ⟦1⟧brun⟦/1⟧ rapide saute ⟦/3⟧."  # lost ⟦2⟧ and ⟦3⟧
    careless[SOURCES[1]] = "Voir le guide à la page."  # lost the link, the tab and the field
    doc = _translate(source_docx, careless)
    assert doc.segments[0].tag_problems == [
        "⟦/3⟧ comes before ⟦3⟧.",
        "⟦2⟧ is missing.",
        "⟦/2⟧ is missing.",
        "⟦3⟧ is missing.",
    ]
    assert "⟦3/⟧ is missing." in doc.segments[1].tag_problems
    result = docx.Document(io.BytesIO(to_bytes(doc)))
    first, second = result.paragraphs[:2]
    assert first.text == "Le renard brun rapide saute ."
    assert [r.text for r in first.runs if r.bold] == ["brun"]
    assert second.text.startswith("Voir le guide à la page.\t4")  # the codes, at the end
    assert len(second.hyperlinks) == 1 and second.hyperlinks[0].text == ""


def test_untranslated_paragraphs_are_left_alone(source_docx: bytes) -> None:
    doc = read_bytes(source_docx, "guide.docx")
    doc.segments[3].target = "Bonjour le monde."
    result = docx.Document(io.BytesIO(to_bytes(doc)))
    original = docx.Document(io.BytesIO(source_docx))
    assert result.paragraphs[0]._p.xml == original.paragraphs[0]._p.xml
    assert result.paragraphs[2].text == "Bonjour le monde."


def test_a_prompt_for_a_formatted_sentence_asks_to_keep_placeholders(source_docx: bytes) -> None:
    doc = read_bytes(source_docx, "guide.docx")
    requests: list[GenerationRequest] = []

    def record(request: GenerationRequest) -> str:
        requests.append(request)
        return ANSWERS[request.messages[-1].content]

    TranslationJob(doc, TranslationSettings("en", "fr"), ScriptedSession(record)).run()
    prompts = [r.system_prompt or "" for r in requests]
    assert ["⟦1⟧…⟦/1⟧" in p for p in prompts] == [True, True, False, False]


def test_a_formatted_docx_exports_as_plain_text_without_placeholders(
    source_docx: bytes,
) -> None:
    doc = _translate(source_docx, ANSWERS)
    text = to_bytes(doc, "txt").decode()
    assert text.splitlines()[0] == "Le renard brun rapide saute par-dessus le chien paresseux."
    assert "⟦" not in text


def test_tracked_insertions_fields_and_content_controls_survive() -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    p = document.add_paragraph("Start ")
    for xml in (
        '<w:ins %s w:id="3" w:author="A"><w:r><w:t>inserted</w:t></w:r></w:ins>',
        '<w:fldSimple %s w:instr=" DATE "><w:r><w:t>1/1/2020</w:t></w:r></w:fldSimple>',
        "<w:sdt %s><w:sdtPr/><w:sdtContent><w:r><w:t>control</w:t></w:r></w:sdtContent></w:sdt>",
        '<w:r %s><w:t xml:space="preserve"> end.</w:t></w:r>',
        '<w:r %s><w:footnoteReference w:id="1"/></w:r>',
    ):
        p._p.append(parse_xml(xml % nsdecls("w")))
    out = io.BytesIO()
    document.save(out)
    doc = read_bytes(out.getvalue(), "t.docx")
    # The footnote reference ends the sentence: it stays outside, after the translation.
    # The content control's text is translated inside it, like a hyperlink's.
    assert [s.source for s in doc.segments] == ["Start ⟦1⟧inserted⟦/1⟧⟦2/⟧⟦3⟧control⟦/3⟧ end."]
    doc.segments[0].target = "Début ⟦2/⟧⟦1⟧inséré⟦/1⟧⟦3⟧contrôle⟦/3⟧ fin."
    xml = docx.Document(io.BytesIO(to_bytes(doc))).paragraphs[0]._p.xml
    order = ["Début", 'w:instr=" DATE "', 'w:author="A"', "inséré", "<w:sdt>", "contrôle", "fin."]
    order.append("footnote")
    assert [xml.index(part) for part in order] == sorted(xml.index(part) for part in order)


def test_literal_brackets_in_a_docx_stay_text() -> None:
    document = docx.Document()
    p = document.add_paragraph("Write ⟦1⟧ for a ")
    p.add_run("tag").bold = True
    p.add_run(".")
    out = io.BytesIO()
    document.save(out)
    doc = read_bytes(out.getvalue(), "tags.docx")
    assert [s.source for s in doc.segments] == ["Write ⟦⟦1⟧ for a ⟦1⟧tag⟦/1⟧."]
    assert not doc.segments[0].tag_problems
    doc.segments[0].target = "Écrivez ⟦⟦1⟧ pour une ⟦1⟧balise⟦/1⟧."
    result = docx.Document(io.BytesIO(to_bytes(doc))).paragraphs[0]
    assert [(r.text, r.bold) for r in result.runs] == [
        ("Écrivez ⟦1⟧ pour une ", None),
        ("balise", True),
        (".", None),
    ]
