"""The .docx text a translator is paid for beyond the body's paragraphs: footnotes, endnotes,
text boxes (one segment for the DrawingML and VML copies), content controls, field results,
the headers and footers a reader sees. The package is written by hand here, so every part and
every byte of it is known; the translated package keeps everything it does not translate."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import docx
import pytest
from airgap.translate.counts import count_segments, words
from airgap.translate.document import Document, Status
from airgap.translate.errors import FormatError
from airgap.translate.formats import read_bytes, to_bytes
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
DECLS = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))  # not parsed by anyone: bytes to keep


def r(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*content: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{''.join(content)}</w:p>"


BOLD = "<w:rPr><w:b/></w:rPr>"
LINK_STYLE = '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
BOX = p(r("Boxed", BOLD), r(" text."))
TEXT_BOX = (
    "<w:r><mc:AlternateContent>"
    '<mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Box 1"/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
    'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>'
    f"{BOX}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
    "</w:drawing></mc:Choice>"
    '<mc:Fallback><w:pict><v:shape id="Box 1"><v:textbox><w:txbxContent>'
    f"{BOX}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r>"
)


def field(instruction: str, *result: str) -> list[str]:
    return [
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        *result,
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ]


BODY = [
    p(
        r("The body cites a source."),
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>',
        r(" Then more."),
    ),
    p(TEXT_BOX, r("Anchor paragraph.")),
    '<w:sdt><w:sdtPr><w:tag w:val="block"/></w:sdtPr><w:sdtContent>'
    f"{p(r('Inside a control.'))}</w:sdtContent></w:sdt>",
    p(
        r("Status: "),
        '<w:sdt><w:sdtPr><w:alias w:val="Status"/><w:tag w:val="status"/></w:sdtPr>'
        f"<w:sdtContent>{r('Draft')}</w:sdtContent></w:sdt>",
        r("."),
    ),
    p(
        r("See "),
        *field(' HYPERLINK "https://example.com/" ', r("the site", LINK_STYLE)),
        r(" for details."),
    ),
    p(*field(' HYPERLINK "https://example.com/a" ', r("Read this. Then that."))),
    p(
        '<w:commentRangeStart w:id="0"/>',
        r("Reviewed text."),
        '<w:commentRangeEnd w:id="0"/>',
        '<w:r><w:commentReference w:id="0"/></w:r>',
    ),
    p(r("Ends here."), '<w:r><w:endnoteReference w:id="1"/></w:r>'),
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/>'
    '<w:headerReference w:type="first" r:id="rIdH2"/>'
    '<w:headerReference w:type="even" r:id="rIdH3"/>'
    '<w:footerReference w:type="default" r:id="rIdF1"/><w:titlePg/></w:sectPr>',
]


def _notes(kind: str, *notes: str) -> str:
    separators = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{kind}>"
    )
    return f"{HEAD}<w:{kind}s {DECLS}>{separators}{''.join(notes)}</w:{kind}s>"


def _note(kind: str, number: int, text: str) -> str:
    ref = f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:{kind}Ref/></w:r>'
    return f'<w:{kind} w:id="{number}">{p(ref, r(" " + text))}</w:{kind}>'


def _story(tag: str, *paragraphs: str) -> str:
    return f"{HEAD}<w:{tag} {DECLS}>{''.join(paragraphs)}</w:{tag}>"


def _rel(rid: str, kind: str, target: str) -> str:
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return f'<Relationship Id="{rid}" Type="{base}/{kind}" Target="{target}"/>'


RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
PARTS: dict[str, str | bytes] = {
    "[Content_Types].xml": (
        f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        f'{HEAD}<Relationships xmlns="{RELS_NS}">'
        f"{_rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>"
    ),
    "word/document.xml": f"{HEAD}<w:document {DECLS}><w:body>{''.join(BODY)}</w:body></w:document>",
    "word/_rels/document.xml.rels": (
        f'{HEAD}<Relationships xmlns="{RELS_NS}">'
        + _rel("rIdH1", "header", "header1.xml")
        + _rel("rIdH2", "header", "header2.xml")
        + _rel("rIdH3", "header", "header3.xml")
        + _rel("rIdF1", "footer", "footer1.xml")
        + _rel("rIdN1", "footnotes", "footnotes.xml")
        + _rel("rIdN2", "endnotes", "endnotes.xml")
        + _rel("rIdC1", "comments", "comments.xml")
        + _rel("rIdS1", "settings", "settings.xml")
        + _rel("rIdI1", "image", "media/image1.png")
        + "</Relationships>"
    ),
    "word/footnotes.xml": _notes(
        "footnote", _note("footnote", 1, "A footnote."), _note("footnote", 2, "Orphan note.")
    ),
    "word/endnotes.xml": _notes("endnote", _note("endnote", 1, "An endnote.")),
    "word/comments.xml": (
        f'{HEAD}<w:comments {DECLS}><w:comment w:id="0" w:author="Rev">'
        f"{p(r('Please check this.'))}</w:comment></w:comments>"
    ),
    "word/header1.xml": _story("hdr", p(r("Default header."))),
    "word/header2.xml": _story("hdr", p(r("First page header."))),
    "word/header3.xml": _story("hdr", p(r("Even header."))),  # no evenAndOddHeaders: unseen
    "word/footer1.xml": _story(
        "ftr",
        p(
            r("Page footer."),
            "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
            f"{p(r('Footer box.'))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>",
        ),
    ),
    "word/settings.xml": _story("settings", "<w:defaultTabStop w:val='720'/>"),
    "word/media/image1.png": PNG,
}

# (source, label, French) in reading order.
EXPECTED = [
    ("The body cites a source.", "", "Le corps cite une source."),
    ("Then more.", "", "Puis encore."),
    ("A footnote.", "Footnote 1", "Une note."),  # after the paragraph that refers to it
    ("Anchor paragraph.", "", "Paragraphe d'ancrage."),
    ("⟦1⟧Boxed⟦/1⟧ text.", "Text box", "Texte ⟦1⟧encadré⟦/1⟧."),
    ("Inside a control.", "", "Dans un contrôle."),
    ("Status: ⟦1⟧Draft⟦/1⟧.", "", "État : ⟦1⟧Brouillon⟦/1⟧."),
    ("See ⟦1⟧the site⟦/1⟧ for details.", "", "Voir ⟦1⟧le site⟦/1⟧ pour en savoir plus."),
    ("Read this.", "", "Lisez ceci."),
    ("Then that.", "", "Puis cela."),
    ("Reviewed text.", "", "Texte relu."),
    ("Ends here.", "", "Fin ici."),
    ("An endnote.", "Endnote 1", "Une note de fin."),
    ("First page header.", "First-page header", "En-tête de première page."),
    ("Default header.", "Header", "En-tête."),
    ("Page footer.", "Footer", "Pied de page."),
    ("Footer box.", "Text box", "Zone de pied."),
]


def _package(parts: dict[str, str | bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data.encode() if isinstance(data, str) else data)
    return out.getvalue()


@pytest.fixture(scope="module")
def source() -> bytes:
    return _package(PARTS)


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def _translated(data: bytes, only: set[str] | None = None) -> Document:
    doc = read_bytes(data, "notes.docx")
    answers = {source: french for source, _, french in EXPECTED}
    for segment in doc.segments:
        if only is None or segment.source in only:
            segment.target = answers[segment.source]
            segment.status = Status.TRANSLATED
    return doc


def _root(data: bytes, part: str) -> Any:
    return etree.fromstring(_entries(data)[part])


def _texts(element: Any) -> list[str]:
    return [
        "".join(t.text or "" for t in q.iter(f"{{{W}}}t"))
        for q in element.iter(f"{{{W}}}p")
        if not any(a.tag == f"{{{W}}}p" for a in q.iterancestors())  # outermost paragraphs
    ]


def _c14n(element: Any) -> bytes:
    return bytes(etree.tostring(element, method="c14n"))


def test_every_part_a_reader_sees_is_segmented_once_in_reading_order(source: bytes) -> None:
    doc = read_bytes(source, "notes.docx")
    assert [(s.source, s.label) for s in doc.segments] == [(s, lb) for s, lb, _ in EXPECTED]
    # Not segmented: footnote separators, the note nothing refers to, the comment, the
    # even-page header of a document without different odd and even pages, field codes.
    rendered = doc.render()
    for hidden in ("Orphan", "Please check", "Even header", "HYPERLINK", "example.com"):
        assert hidden not in rendered
    assert rendered.count("Boxed") == 1


def test_billing_counts_include_notes_text_boxes_and_headers(source: bytes) -> None:
    doc = _translated(source)
    counts = count_segments(doc.segments, "en", "fr")
    plain = [s.replace("⟦1⟧", "").replace("⟦/1⟧", "") for s, _, _ in EXPECTED]
    assert counts.source.words == sum(words(s) for s in plain)
    footnote = doc.segments[2]
    assert (footnote.label, footnote.source) == ("Footnote 1", "A footnote.")
    assert counts.segments[2][0].words == 2 and counts.segments[2][1].characters == 7
    assert counts.source.words == 42  # "Boxed text." once: both copies would make 44


def test_translations_land_in_their_parts_and_the_package_stays_whole(source: bytes) -> None:
    out = to_bytes(_translated(source))
    before, after = _entries(source), _entries(out)
    assert list(after) == list(before)  # every part, in the same order
    for name in ("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"):
        assert after[name] == before[name]
    for name in ("word/comments.xml", "word/header3.xml", "word/settings.xml"):
        assert after[name] == before[name]
    assert after["word/media/image1.png"] == PNG
    for name, data in after.items():
        if name.endswith((".xml", ".rels")):
            etree.fromstring(data)  # well-formed
    docx.Document(io.BytesIO(out))  # python-docx opens it too

    notes = _root(out, "word/footnotes.xml")
    assert _texts(notes) == ["", "", " Une note.", " Orphan note."]
    original = _root(source, "word/footnotes.xml")
    for kept in ("-1", "0", "2"):  # separators and the unreferenced note: unchanged
        xpath = f"w:footnote[@w:id='{kept}']"
        assert _c14n(notes.xpath(xpath, namespaces=NS)[0]) == _c14n(
            original.xpath(xpath, namespaces=NS)[0]
        )
    note = notes.xpath("w:footnote[@w:id='1']/w:p", namespaces=NS)[0]
    assert note.xpath("w:r[1]/w:footnoteRef", namespaces=NS)  # the number stays first
    assert _texts(_root(out, "word/endnotes.xml"))[-1] == " Une note de fin."
    assert _texts(_root(out, "word/header2.xml")) == ["En-tête de première page."]
    assert _texts(_root(out, "word/header1.xml")) == ["En-tête."]
    footer = _root(out, "word/footer1.xml")
    assert [t.text for t in footer.iter(f"{{{W}}}t")] == ["Pied de page.", "Zone de pied."]


def test_both_copies_of_a_text_box_get_the_translation(source: bytes) -> None:
    out = to_bytes(_translated(source))
    body = _root(out, "word/document.xml")
    boxes = body.xpath("//w:txbxContent/w:p", namespaces=NS)
    assert len(boxes) == 2
    for box in boxes:
        runs = [
            (t.text, bool(t.xpath("../w:rPr/w:b", namespaces=NS))) for t in box.iter(f"{{{W}}}t")
        ]
        assert runs == [("Texte ", False), ("encadré", True), (".", False)]
    assert body.xpath("//mc:Choice//w:drawing", namespaces=NS)
    assert body.xpath("//mc:Fallback/w:pict", namespaces=NS)
    anchor = body.xpath("w:body/w:p[2]", namespaces=NS)[0]
    assert [t.text for t in anchor.xpath("w:r/w:t", namespaces=NS)] == ["Paragraphe d'ancrage."]


def test_content_controls_and_field_results_are_translated_inside_them(source: bytes) -> None:
    out = to_bytes(_translated(source))
    body = _root(out, "word/document.xml").find(f"{{{W}}}body")
    paragraphs = body.findall(f"{{{W}}}p")
    block = body.find(f"{{{W}}}sdt")
    assert block.xpath("w:sdtPr/w:tag/@w:val", namespaces=NS) == ["block"]
    assert _texts(block) == ["Dans un contrôle."]
    status = paragraphs[2]
    (control,) = status.findall(f"{{{W}}}sdt")  # still one control, with its properties
    assert control.xpath("w:sdtPr/w:alias/@w:val", namespaces=NS) == ["Status"]
    assert _texts(control) == [] and control.xpath("string(w:sdtContent)", namespaces=NS) == (
        "Brouillon"
    )
    assert _texts(status) == ["État : Brouillon."]

    see, read = paragraphs[3], paragraphs[4]
    assert _texts(see) == ["Voir le site pour en savoir plus."]
    kinds = see.xpath("w:r/w:fldChar/@w:fldCharType", namespaces=NS)
    assert kinds == ["begin", "separate", "end"]
    assert see.xpath("w:r/w:instrText/text()", namespaces=NS) == [
        ' HYPERLINK "https://example.com/" '
    ]
    styled = see.xpath("w:r[w:rPr/w:rStyle/@w:val='Hyperlink']/w:t/text()", namespaces=NS)
    assert styled == ["le site"]  # between separate and end, in the link style
    runs = [
        "".join(x.xpath("w:fldChar/@w:fldCharType|w:t/text()", namespaces=NS))
        for x in see.findall(f"{{{W}}}r")
    ]
    assert runs[runs.index("separate") + 1] == "le site" and runs[runs.index("end") - 1] == (
        "le site"
    )
    # Two sentences in one field's result: still one field around both.
    assert read.xpath("w:r/w:fldChar/@w:fldCharType", namespaces=NS) == [
        "begin",
        "separate",
        "end",
    ]
    assert _texts(read) == ["Lisez ceci. Puis cela."]
    assert read.xpath("count(w:r/w:instrText)", namespaces=NS) == 1


def test_comments_and_their_ranges_stay_put(source: bytes) -> None:
    out = to_bytes(_translated(source))
    reviewed = _root(out, "word/document.xml").find(f"{{{W}}}body").findall(f"{{{W}}}p")[5]
    names = [etree.QName(child).localname for child in reviewed]
    assert names == ["commentRangeStart", "r", "commentRangeEnd", "r"]
    assert _texts(reviewed) == ["Texte relu."]
    assert reviewed.xpath("w:r/w:commentReference/@w:id", namespaces=NS) == ["0"]


def test_only_parts_with_translated_text_are_rewritten(source: bytes) -> None:
    untouched = to_bytes(read_bytes(source, "notes.docx"))
    assert _entries(untouched) == _entries(source)
    out = to_bytes(_translated(source, only={"A footnote."}))
    before, after = _entries(source), _entries(out)
    assert [name for name in before if before[name] != after[name]] == ["word/footnotes.xml"]


def test_the_translated_package_reads_back_with_the_targets(source: bytes) -> None:
    again = read_bytes(to_bytes(_translated(source)), "notes.fr.docx")
    assert [(s.source, s.label) for s in again.segments] == [(f, lb) for _, lb, f in EXPECTED]


def test_text_box_copies_that_differ_are_read_separately() -> None:
    parts = dict(PARTS)
    other = p(r("Old renderer text."))
    box = TEXT_BOX.replace(f"<v:textbox><w:txbxContent>{BOX}", f"<v:textbox><w:txbxContent>{other}")
    body = [p(box, r("Anchor."))]
    parts["word/document.xml"] = (
        f"{HEAD}<w:document {DECLS}><w:body>{''.join(body)}</w:body></w:document>"
    )
    doc = read_bytes(_package(parts), "boxes.docx")
    assert [s.source for s in doc.segments] == [
        "Anchor.",
        "⟦1⟧Boxed⟦/1⟧ text.",
        "Old renderer text.",
    ]


def _fields(paragraph: Any) -> list[str]:
    """The field structure of a paragraph: fldChar types and instructions, in order."""
    return [
        x.get(f"{{{W}}}fldCharType") or x.text
        for x in paragraph.iter(f"{{{W}}}fldChar", f"{{{W}}}instrText")
    ]


def test_field_structure_survives_any_translation() -> None:
    pageref = field(" PAGEREF _Toc1 \\h ", r("3"))
    toc_entry = field(' HYPERLINK \\l "_Toc1" ', r("Introduction"), "<w:r><w:tab/></w:r>", *pageref)
    body = [
        # A table of contents: the TOC field spans three paragraphs, entries are links.
        p(*field(" TOC \\o ", *toc_entry)[:-1]),
        p(*field(' HYPERLINK \\l "_Toc2" ', r("Methods and results"))),
        p('<w:r><w:fldChar w:fldCharType="end"/></w:r>', r("After the contents.")),
        # A text field with an empty result, one whose instruction holds another field,
        # a page number in the middle of a sentence, a link over two sentences and the space.
        p(r("Empty "), *field(' HYPERLINK "https://e.com" '), r("link.")),
        p(
            r("Dear "),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText xml:space="preserve"> REF </w:instrText></w:r>',
            *field(" MERGEFIELD Name ", r("X")),
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            r("Jane", BOLD),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            r(", page "),
            *field(" PAGE ", r("4")),
            r(" of this."),
        ),
        p(r("Go "), *field(' HYPERLINK "https://e.com/b" ', r("here. And there.")), r(" Done.")),
    ]
    parts = dict(PARTS)
    parts["word/document.xml"] = (
        f"{HEAD}<w:document {DECLS}><w:body>{''.join(body)}</w:body></w:document>"
    )
    data = _package(parts)
    doc = read_bytes(data, "toc.docx")
    assert [s.source for s in doc.segments] == [
        "Introduction",
        "Methods and results",
        "After the contents.",
        "Empty ⟦1/⟧link.",
        "Dear ⟦1⟧Jane⟦/1⟧, page ⟦2/⟧ of this.",
        "Go ⟦1⟧here.⟦/1⟧",
        "And there.",  # all inside the link: the field stays around it, out of sight
        "Done.",
    ]
    for segment in doc.segments:
        segment.target = segment.source.upper()
    out = to_bytes(doc)
    before = _root(data, "word/document.xml").iter(f"{{{W}}}p")
    after = list(_root(out, "word/document.xml").iter(f"{{{W}}}p"))
    assert [_fields(q) for q in after] == [_fields(q) for q in before]
    again = read_bytes(out, "toc.fr.docx")
    assert [s.source for s in again.segments] == [s.source.upper() for s in doc.segments]
    # Text after a pair's end cannot continue the field: a second link to the same place.
    doc.segments[5].target = "【Go ⟦1⟧here.⟦/1⟧】"
    last = list(_root(to_bytes(doc), "word/document.xml").iter(f"{{{W}}}p"))[-1]
    assert _fields(last) == _fields(after[-1]) * 2


def test_a_text_box_inside_a_text_box_is_translated_in_all_four_copies() -> None:
    inner = TEXT_BOX
    outer = TEXT_BOX.replace(BOX, p(r("Outer."), inner))
    parts = dict(PARTS)
    parts["word/document.xml"] = (
        f"{HEAD}<w:document {DECLS}><w:body>{p(outer, r('Anchor.'))}</w:body></w:document>"
    )
    data = _package(parts)
    doc = read_bytes(data, "nested.docx")
    assert [s.source for s in doc.segments] == ["Anchor.", "Outer.", "⟦1⟧Boxed⟦/1⟧ text."]
    french = {"Anchor.": "Ancre.", "Outer.": "Dehors.", "⟦1⟧Boxed⟦/1⟧ text.": "⟦1⟧Boîte⟦/1⟧."}
    for segment in doc.segments:
        segment.target = french[segment.source]
    xml = _entries(to_bytes(doc))["word/document.xml"].decode()
    assert xml.count(">Boîte<") == 4 and xml.count(">Dehors.<") == 2
    assert "Boxed" not in xml and "Outer" not in xml


def test_a_simple_hyperlink_field_keeps_its_instruction_around_the_translation() -> None:
    parts = dict(PARTS)
    simple = p(
        r("See "),
        "<w:fldSimple w:instr=' HYPERLINK \"https://e.com\" '>",
        r("the site"),
        "</w:fldSimple>",
        r("."),
    )
    parts["word/document.xml"] = f"{HEAD}<w:document {DECLS}><w:body>{simple}</w:body></w:document>"
    doc = read_bytes(_package(parts), "simple.docx")
    assert [s.source for s in doc.segments] == ["See ⟦1⟧the site⟦/1⟧."]
    doc.segments[0].target = "Voir ⟦1⟧le site⟦/1⟧."
    body = _root(to_bytes(doc), "word/document.xml")
    (field_,) = body.iter(f"{{{W}}}fldSimple")
    assert field_.get(f"{{{W}}}instr") == ' HYPERLINK "https://e.com" '
    assert _texts(body) == ["Voir le site."] and "".join(field_.itertext()) == "le site"


def test_a_control_bound_to_document_data_is_a_code() -> None:
    bound = (
        '<w:sdt><w:sdtPr><w:dataBinding w:xpath="/ns0:coreProperties[1]/ns1:title[1]" '
        'w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/></w:sdtPr>'
        f"<w:sdtContent>{r('Annual report')}</w:sdtContent></w:sdt>"
    )
    parts = dict(PARTS)
    parts["word/document.xml"] = (
        f"{HEAD}<w:document {DECLS}><w:body>{p(r('Title: '), bound, r('.'))}</w:body></w:document>"
    )
    doc = read_bytes(_package(parts), "bound.docx")
    # Word refills the control from the bound data when it opens the file: not billed.
    assert [s.source for s in doc.segments] == ["Title: ⟦1/⟧."]
    doc.segments[0].target = "Titre : ⟦1/⟧."
    assert _texts(_root(to_bytes(doc), "word/document.xml")) == ["Titre : Annual report."]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"word/document.xml": None}, "has no main document part"),
        ({"word/document.xml": "<w:document"}, "word/document.xml is not well-formed XML"),
        ({"word/footnotes.xml": f"{HEAD}<w:footnotes {DECLS}>"}, "footnotes.xml is not well"),
        ({"word/document.xml": f"{HEAD}<w:document {DECLS}/>"}, "its document has no body"),
        (
            {
                "word/document.xml": '<w:document xmlns:w="http://purl.oclc.org/ooxml/'
                'wordprocessingml/main"><w:body/></w:document>'
            },
            "saved as Strict Open XML",
        ),
    ],
)
def test_a_broken_package_is_a_clear_error(change: dict[str, str | None], message: str) -> None:
    parts = {**PARTS, **change}
    data = _package({name: value for name, value in parts.items() if value is not None})
    with pytest.raises(FormatError, match=message):
        read_bytes(data, "broken.docx")


@pytest.mark.parametrize("odd_and_even", [False, True])
def test_headers_and_footers_a_reader_sees(odd_and_even: bool) -> None:
    document = docx.Document()
    document.add_paragraph("Body.")
    section = document.sections[0]
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = odd_and_even
    section.header.paragraphs[0].text = "Odd header."
    section.first_page_header.paragraphs[0].text = "Title header."
    section.even_page_header.paragraphs[0].text = "Even header."
    section.footer.paragraphs[0].text = "Footer."
    second = document.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Second section header."
    out = io.BytesIO()
    document.save(out)
    doc = read_bytes(out.getvalue(), "sections.docx")
    expected = [
        ("Body.", ""),
        ("Title header.", "First-page header"),
        ("Odd header.", "Header"),
        *([("Even header.", "Even-page header")] if odd_and_even else []),
        ("Footer.", "Footer"),
        ("Second section header.", "Header"),
    ]
    assert [(s.source, s.label) for s in doc.segments] == expected
    for segment in doc.segments:
        segment.target = segment.source.upper()
    result = docx.Document(io.BytesIO(to_bytes(doc)))
    first, last = result.sections
    assert first.first_page_header.paragraphs[0].text == "TITLE HEADER."
    assert first.footer.paragraphs[0].text == "FOOTER."
    assert last.header.paragraphs[0].text == "SECOND SECTION HEADER."
    assert last.footer.paragraphs[0].text == "FOOTER."  # linked: the same part
    even = first.even_page_header.paragraphs[0].text
    assert even == ("EVEN HEADER." if odd_and_even else "Even header.")
