"""Word documents (.docx) through python-docx and its lxml tree.

Every paragraph of the body, of tables (nested ones too), headers and footers is split into
sentence segments. Formatting inside a sentence becomes placeholders (translate/
placeholders.py): the sentence's most common run formatting is its base and needs none; a
stretch in other formatting (bold, italic, underline, another font...) is ⟦n⟧…⟦/n⟧, a
hyperlink (or tracked insertion, smart tag) around text is ⟦n⟧…⟦/n⟧ with its own base
inside, and a tab, field, image, footnote reference or content control inside the sentence
is a standalone ⟦n/⟧ that carries the original XML. Codes at a sentence's edges, line breaks
and the text between sentences stay outside the segments.

Writing reopens the original file and rebuilds only the paragraphs whose segments have
targets: between sentences the original runs come back as they were; each sentence becomes
runs with the base run properties, the placeholders' run properties and hyperlinks around
the translated text, and its codes copied back. Zero-width markers inside a sentence
(bookmarks, comment ranges) move to its start (their ends to its end); proofing marks and
cached page breaks are dropped (Word recomputes them). The numbering is recomputed at write
time from the same file, so the document keeps only the sentence spans.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from airgap.translate.document import Document, Piece, Segment
from airgap.translate.errors import FormatError
from airgap.translate.placeholders import Kind, Node, strip, tag_text, tree
from airgap.translate.segmenter import LineBreaks, spans

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
OBJECT = "\ufffc"  # a code's one character in the text the segmenter sees


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


# Containers whose runs are text to translate; a copy of the container (with its properties)
# goes around the translated text.
_WRAPPERS = {"hyperlink", "ins", "smartTag", "customXml", "dir", "bdo", "moveTo"}
# Zero-width markers that must survive (cross references point at bookmarks).
_MARKERS = {"bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd"}
_MARKERS |= {"permStart", "permEnd"}
# Caches and marks Word recomputes.
_DROPPED = {"proofErr", "lastRenderedPageBreak", "softHyphen"}
# Run-level properties that do not make formatting differ (Word splits runs over them).
_IGNORED_RPR = {"lang", "noProof", "rsid"}


@dataclass(slots=True)
class _Atom:
    """One character of a paragraph (text or a code) or a zero-width marker."""

    char: str  # a text character, "\n" (a break), "\t" or OBJECT (a code), "" (a marker)
    run: Any  # the w:r it comes from; None for paragraph-level elements
    wrappers: tuple[Any, ...]  # enclosing hyperlinks etc., outermost first
    element: Any = None  # for codes, breaks and markers: the element to copy back
    group: int = 0  # codes of one field share a group (one placeholder)
    key: str = ""  # the run's formatting (see _rpr_key)

    @property
    def code(self) -> bool:
        return self.char in (OBJECT, "\t")


def _atoms(p: Any) -> list[_Atom]:
    atoms: list[_Atom] = []
    depth = 0  # inside a complex field (fldChar begin … end)
    groups = iter(range(1, 1 << 30))
    field_group = 0

    def run_atoms(run: Any, wrappers: tuple[Any, ...]) -> None:
        nonlocal depth, field_group
        key = _rpr_key(run)
        start = len(atoms)
        for child in run:
            name = _local(child.tag)
            if name == "rPr" or name in _DROPPED:
                continue
            if name == "fldChar":
                kind = child.get(_w("fldCharType"))
                if kind == "begin":
                    if depth == 0:
                        field_group = next(groups)
                    depth += 1
                atoms.append(_Atom(OBJECT, run, wrappers, child, field_group))
                if kind == "end":
                    depth = max(0, depth - 1)
            elif depth:
                atoms.append(_Atom(OBJECT, run, wrappers, child, field_group))
            elif name == "t":
                atoms.extend(_Atom(ch, run, wrappers) for ch in child.text or "")
            elif name in ("br", "cr"):
                atoms.append(_Atom("\n", run, wrappers, child))
            elif name == "noBreakHyphen":
                atoms.append(_Atom("\u2011", run, wrappers, child))
            elif name == "tab":  # whitespace to the segmenter, a code inside a sentence
                atoms.append(_Atom("\t", run, wrappers, child, next(groups)))
            else:  # drawing, footnote reference, symbol, object...
                atoms.append(_Atom(OBJECT, run, wrappers, child, next(groups)))
        for atom in atoms[start:]:
            atom.key = key

    def walk(container: Any, wrappers: tuple[Any, ...]) -> None:
        for child in container:
            name = _local(child.tag)
            if name.endswith("Pr") or name in _DROPPED or not name:
                continue  # properties (kept with their container), comments, PIs
            if name == "r":
                run_atoms(child, wrappers)
            elif name in _WRAPPERS:
                walk(child, (*wrappers, child))
            elif name in _MARKERS or name.endswith(("RangeStart", "RangeEnd")):
                atoms.append(_Atom("", None, wrappers, child))
            else:  # a simple field, content control, equation, deletion...
                atoms.append(_Atom(OBJECT, None, wrappers, child, next(groups)))

    walk(p, ())
    return atoms


def _text(atoms: list[_Atom]) -> str:
    return "".join(a.char for a in atoms)


def _positions(atoms: list[_Atom]) -> list[int]:
    """The text offset of each atom (markers share the offset of what follows them)."""
    out: list[int] = []
    offset = 0
    for atom in atoms:
        out.append(offset)
        offset += len(atom.char)
    return out


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """The segmenter's sentences without codes or spaces at their edges (they stay put)."""
    found: list[tuple[int, int]] = []
    for start, end in spans(text, LineBreaks.HARD):
        while start < end and (text[start] == OBJECT or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] == OBJECT or text[end - 1].isspace()):
            end -= 1
        if start < end:
            found.append((start, end))
    return found


# ------------------------------------------------------------------ run formatting


def _rpr(run: Any) -> Any:
    return None if run is None else run.find(_w("rPr"))


def _rpr_key(run: Any) -> str:
    """What makes two runs look different (not revision ids, language or proofing)."""
    from lxml import etree

    rpr = _rpr(run)
    if rpr is None:
        return ""
    rpr = copy.deepcopy(rpr)
    for child in list(rpr):
        if _local(child.tag) in _IGNORED_RPR:
            rpr.remove(child)
        else:
            child.attrib.pop(_w("hint"), None)
    if len(rpr) == 0:
        return ""
    return str(etree.tostring(rpr, encoding="unicode"))


@dataclass
class _Wrap:
    element: Any
    base: Any  # the rPr of the text directly inside it


@dataclass
class _Format:
    rpr: Any


@dataclass
class _Code:
    atoms: list[_Atom]


@dataclass
class _Markup:
    """What one segment's placeholders stand for, and where the segment sits."""

    source: str
    context: tuple[Any, ...]  # wrappers around the whole segment
    base: Any  # the rPr of the segment's unmarked text
    tags: dict[int, _Wrap | _Format | _Code] = field(default_factory=dict)
    before: list[_Atom] = field(default_factory=list)  # markers put before the text
    after: list[_Atom] = field(default_factory=list)


def _most_common(atoms: list[_Atom]) -> _Atom | None:
    """An atom with the formatting most of these text atoms share (None when no text)."""
    counts = Counter(a.key for a in atoms)
    if not counts:
        return None
    key = counts.most_common(1)[0][0]
    return next(a for a in atoms if a.key == key)


def _encode(atoms: list[_Atom]) -> _Markup:
    """A sentence's atoms as text with placeholders, and their meaning."""
    visible = [a for a in atoms if a.char]
    text_atoms = [a for a in visible if not a.code]
    context: tuple[Any, ...] = visible[0].wrappers if visible else ()
    for atom in visible:
        n = 0
        while n < min(len(context), len(atom.wrappers)) and context[n] is atom.wrappers[n]:
            n += 1
        context = context[:n]
    depth = len(context)
    outside = [a for a in text_atoms if len(a.wrappers) == depth]
    base = _most_common(outside or text_atoms)
    markup = _Markup("", context, _rpr(base.run) if base else None)
    base_keys: dict[int, str] = {}  # wrapper id → the key of its base formatting
    wrap_marks: dict[int, _Wrap] = {}

    def marks(atom: _Atom) -> list[tuple[str, _Wrap | _Format]]:
        """The marks around an atom, outermost first, each with a key saying which."""
        found: list[tuple[str, _Wrap | _Format]] = []
        for wrapper in atom.wrappers[depth:]:
            if id(wrapper) not in base_keys:
                inner = [a for a in text_atoms if a.wrappers and a.wrappers[-1] is wrapper]
                first = _most_common(inner or [a for a in text_atoms if wrapper in a.wrappers])
                base_keys[id(wrapper)] = first.key if first else ""
                wrap_marks[id(wrapper)] = _Wrap(wrapper, _rpr(first.run) if first else None)
            found.append((f"w{id(wrapper)}", wrap_marks[id(wrapper)]))
        if not atom.code:
            own = base_keys[id(atom.wrappers[-1])] if len(atom.wrappers) > depth else None
            if atom.key != (own if own is not None else base.key if base else ""):
                found.append(("f" + atom.key, _Format(_rpr(atom.run))))
        return found

    parts: list[str] = []
    stack: list[tuple[str, int]] = []  # (mark key, placeholder number) open now
    last_code: tuple[int, int] | None = None  # (group, number) of the code just written
    previous: _Atom | None = None  # the last text atom: the next one from its run is cheap
    for atom in atoms:
        if not atom.char:
            name = _local(atom.element.tag)
            (markup.after if name.endswith("End") else markup.before).append(atom)
            continue
        if previous is not None and not atom.code and atom.run is previous.run:
            parts.append(atom.char)
            continue
        previous = None if atom.code else atom
        wanted = marks(atom)
        n = 0
        while n < min(len(stack), len(wanted)) and stack[n][0] == wanted[n][0]:
            n += 1
        if atom.code and n == len(wanted):
            # A code inside bold text: the bold pair stays open around it (not a hyperlink).
            while n < len(stack) and stack[n][0].startswith("f"):
                n += 1
        while len(stack) > n:
            parts.append(tag_text(Kind.CLOSE, stack.pop()[1]))
        for key, mark in wanted[n:]:
            number = len(markup.tags) + 1
            markup.tags[number] = mark
            stack.append((key, number))
            parts.append(tag_text(Kind.OPEN, number))
        if atom.code:
            if last_code is not None and last_code[0] == atom.group:
                code = markup.tags[last_code[1]]
                assert isinstance(code, _Code)
                code.atoms.append(atom)
                continue
            number = len(markup.tags) + 1
            markup.tags[number] = _Code([atom])
            parts.append(tag_text(Kind.STANDALONE, number))
            last_code = (atom.group, number)
        else:
            parts.append(atom.char)
            last_code = None
    while stack:
        parts.append(tag_text(Kind.CLOSE, stack.pop()[1]))
    markup.source = "".join(parts)
    return markup


def _paragraph_segments(
    atoms: list[_Atom], text: str, spans_: list[tuple[int, int]]
) -> Iterator[tuple[list[_Atom], _Markup | None]]:
    """The paragraph in order: (gap atoms, None) and (sentence atoms, its markup)."""
    positions = _positions(atoms)
    k = 0
    for start, end in spans_:
        gap: list[_Atom] = []
        while k < len(atoms) and (
            positions[k] < start or (positions[k] == start and not atoms[k].char)
        ):
            gap.append(atoms[k])
            k += 1
        if gap:
            yield gap, None
        inside: list[_Atom] = []
        while k < len(atoms) and positions[k] < end:
            inside.append(atoms[k])
            k += 1
        yield inside, _encode(inside)
    if k < len(atoms):
        yield atoms[k:], None


# ------------------------------------------------------------------ reading


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
    layout: list[list[tuple[int, int]]] = []  # per paragraph: its sentence spans
    for p_index, paragraph in enumerate(_paragraphs(document)):
        atoms = _atoms(paragraph._p)
        text = _text(atoms)
        found = _sentence_spans(text)
        layout.append(found)
        number = 0
        for part, markup in _paragraph_segments(atoms, text, found):
            if markup is None:
                gap = _text(part).replace(OBJECT, "")
                if gap:
                    skeleton.append(gap)
                continue
            number += 1
            skeleton.append(len(segments))
            segments.append(Segment(f"p{p_index + 1}.s{number}", markup.source))
        skeleton.append("\n")
    return Document("docx", segments, skeleton, name=name, extra={"data": data, "layout": layout})


# ------------------------------------------------------------------ writing


def write_docx(doc: Document) -> bytes:
    extra = doc.extra or {}
    if "data" not in extra:
        return _new_docx(doc)
    document = _open(extra["data"], doc.name)
    index = 0
    for paragraph, found in zip(_paragraphs(document), extra["layout"], strict=False):
        if not found:
            continue
        mine = doc.segments[index : index + len(found)]
        index += len(found)
        if any(s.target for s in mine):
            _rebuild(paragraph._p, found, mine)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _rebuild(p: Any, found: list[tuple[int, int]], segments: list[Segment]) -> None:
    atoms = _atoms(p)
    pieces = list(_paragraph_segments(atoms, _text(atoms), found))
    for child in list(p):
        if _local(child.tag) != "pPr":
            p.remove(child)
    sentences = iter(segments)
    for part, markup in pieces:
        if markup is None:
            _emit_atoms(p, part)
            continue
        segment = next(sentences)
        target = segment.output
        if strip(markup.source) != strip(segment.source):
            target = strip(target)  # not the file this document was read from: text only
        _emit_atoms(p, markup.before, wrapped=False)
        container = p
        for wrapper in markup.context:
            container = _append_wrapper(container, wrapper)
        _emit_nodes(container, tree(markup.source, target), markup, markup.base)
        _emit_atoms(p, markup.after, wrapped=False)


def _append_wrapper(container: Any, wrapper: Any) -> Any:
    """A copy of a hyperlink (etc.) with its properties but without its content."""
    element = copy.deepcopy(wrapper)
    for child in list(element):
        if not _local(child.tag).endswith("Pr"):
            element.remove(child)
    container.append(element)
    return element


def _new_run(rpr: Any) -> Any:
    from docx.oxml import OxmlElement

    run = OxmlElement("w:r")
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    return run


def _text_run(rpr: Any, text: str) -> Any:
    """A run of text; tabs and line breaks the translation holds become <w:tab/>/<w:br/>."""
    from docx.oxml import OxmlElement

    run = _new_run(rpr)
    chunk = ""
    for ch in text + "\0":
        if ch in "\t\n\0":
            if chunk:
                t = OxmlElement("w:t")
                t.text = chunk
                t.set(XML_SPACE, "preserve")
                run.append(t)
                chunk = ""
            if ch != "\0":
                run.append(OxmlElement("w:tab" if ch == "\t" else "w:br"))
        else:
            chunk += ch
    return run


def _emit_nodes(container: Any, nodes: list[Node], markup: _Markup, rpr: Any) -> None:
    for node in nodes:
        if node.is_text:
            if node.text:
                container.append(_text_run(rpr, node.text))
            continue
        mark = markup.tags[node.number]
        if isinstance(mark, _Code):
            _emit_atoms(container, mark.atoms, wrapped=False)
        elif isinstance(mark, _Wrap):
            inner = _append_wrapper(container, mark.element)
            _emit_nodes(inner, node.children or [], markup, mark.base)
        else:
            _emit_nodes(container, node.children or [], markup, mark.rpr)


def _emit_atoms(container: Any, atoms: list[_Atom], *, wrapped: bool = True) -> None:
    """Atoms back as the runs and elements they came from, consecutive characters of one run
    joined; with `wrapped`, inside copies of their hyperlinks (etc.); without, a code or
    marker goes where its placeholder puts it."""
    open_: list[tuple[Any, Any]] = []  # (original wrapper, its copy) from the outside in
    last_run: tuple[Any, Any] | None = None  # (original run, its copy) text goes into
    for atom in atoms:
        wrappers = atom.wrappers if wrapped else ()
        n = 0
        while n < min(len(open_), len(wrappers)) and open_[n][0] is wrappers[n]:
            n += 1
        if n < len(open_):
            del open_[n:]
            last_run = None
        for wrapper in wrappers[n:]:
            parent = open_[-1][1] if open_ else container
            open_.append((wrapper, _append_wrapper(parent, wrapper)))
            last_run = None
        parent = open_[-1][1] if open_ else container
        if atom.run is None:
            parent.append(copy.deepcopy(atom.element))
            last_run = None
            continue
        if last_run is None or last_run[0] is not atom.run:
            last_run = (atom.run, _new_run(_rpr(atom.run)))
            parent.append(last_run[1])
        run = last_run[1]
        if atom.element is not None:
            run.append(copy.deepcopy(atom.element))
        else:
            _append_text(run, atom.char)


def _append_text(run: Any, ch: str) -> None:
    from docx.oxml import OxmlElement

    last = run[-1] if len(run) else None
    if last is None or _local(last.tag) != "t":
        last = OxmlElement("w:t")
        last.set(XML_SPACE, "preserve")
        run.append(last)
    last.text = (last.text or "") + ch


def _new_docx(doc: Document) -> bytes:
    """A plain document of the rendered text (for documents that did not come from Word)."""
    import docx

    document = docx.Document()
    for line in doc.render().split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
