"""Word documents (.docx) through python-docx.

Every paragraph of the body, of tables (nested ones too), headers and footers is split into
sentence segments. Writing reopens the original file and puts each paragraph's translation
back: when a paragraph's text runs share one formatting, that formatting is kept exactly; when
they differ, the translation goes into the first text run (its font, size, bold...) and the
other text runs are emptied, since a translation's word order does not map onto the source's
runs. Paragraph styles, images, tables and everything else stay as they are.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from airgap.translate.document import Document, Piece, Segment
from airgap.translate.errors import FormatError
from airgap.translate.segmenter import LineBreaks, spans


def _open(data: bytes, name: str) -> Any:
    import docx  # python-docx: imported here so the other formats do not pay for lxml

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise FormatError(f"{name} is not a Word document (.docx files are ZIP archives).")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise FormatError(f"{name} could not be read as a Word document ({exc}).") from None


def _paragraphs(document: Any) -> Iterator[Any]:
    yield from _container_paragraphs(document)
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                yield from _container_paragraphs(part)


def _container_paragraphs(container: Any) -> Iterator[Any]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in container.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item
        elif isinstance(item, Table):
            seen: set[int] = set()
            for row in item.rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells appear once per grid column
                        continue
                    seen.add(id(cell._tc))
                    yield from _container_paragraphs(cell)


def read_docx(data: bytes, name: str) -> Document:
    document = _open(data, name)
    segments: list[Segment] = []
    skeleton: list[Piece] = []
    layout: list[list[Piece]] = []  # per paragraph: literal gaps and segment indices
    for p_index, paragraph in enumerate(_paragraphs(document)):
        text = paragraph.text
        pieces: list[Piece] = []
        last = 0
        for start, end in spans(text, LineBreaks.HARD):
            pieces.append(text[last:start])
            pieces.append(len(segments))
            segments.append(Segment(f"p{p_index + 1}.s{len(pieces) // 2}", text[start:end]))
            last = end
        pieces.append(text[last:])
        layout.append(pieces)
        skeleton.extend([*pieces, "\n"])
    return Document("docx", segments, skeleton, name=name, extra={"data": data, "layout": layout})


def write_docx(doc: Document) -> bytes:
    extra = doc.extra or {}
    if "data" not in extra:
        return _new_docx(doc)
    document = _open(extra["data"], doc.name)
    for paragraph, pieces in zip(_paragraphs(document), extra["layout"], strict=False):
        if not any(isinstance(p, int) for p in pieces):
            continue
        text = "".join(p if isinstance(p, str) else doc.segments[p].output for p in pieces)
        if text != paragraph.text:
            _replace_text(paragraph, text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _replace_text(paragraph: Any, text: str) -> None:
    runs = [run for run in _runs(paragraph) if run.text]
    if not runs:
        paragraph.add_run(text)
        return
    runs[0].text = text
    for run in runs[1:]:
        run.text = ""


def _runs(paragraph: Any) -> Iterator[Any]:
    """Text runs in order, including those inside hyperlinks (paragraph.text has their text)."""
    for item in paragraph.iter_inner_content():
        if hasattr(item, "runs"):
            yield from item.runs
        else:
            yield item


def _new_docx(doc: Document) -> bytes:
    """A plain document of the rendered text (for documents that did not come from Word)."""
    import docx

    document = docx.Document()
    for line in doc.render().split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
