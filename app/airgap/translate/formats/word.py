"""Word documents (.docx) through python-docx.

Every paragraph of the body, of tables (nested ones too), headers and footers is split into
sentence segments. Writing reopens the original file and puts each sentence's translation
into the run holding the sentence's first character (its font, size, bold...), emptying the
rest of the sentence's runs: formatting that changes between sentences is kept, formatting
inside a sentence (one bold word) is not, since a translation's word order does not map onto
the source's runs. Paragraph styles, images, tables and everything else stay as they are.
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
        if text != paragraph.text and not _replace_by_runs(paragraph, pieces, doc):
            _replace_text(paragraph, text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _replace_by_runs(paragraph: Any, pieces: list[Piece], doc: Document) -> bool:
    """Put each segment's translation into the run holding the segment's first character;
    the text between segments stays in its own runs. False when the runs do not add up to
    the paragraph's text (fields, content controls): the caller then uses one run."""
    runs = list(_runs(paragraph))
    if "".join(run.text for run in runs) != paragraph.text:
        return False
    # What each source character becomes: itself (between segments), a whole translation
    # (a segment's first character) or nothing (the rest of a segment).
    out: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            out.extend(piece)
        else:
            source = doc.segments[piece].source
            out.append(doc.segments[piece].output)
            out.extend("" for _ in range(len(source) - 1))
    if len(out) != len(paragraph.text):
        return False
    start = 0
    for run in runs:
        end = start + len(run.text)
        new = "".join(out[start:end])
        if new != run.text:
            run.text = new
        start = end
    return True


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
