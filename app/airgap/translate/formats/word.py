"""Word documents (.docx): the text a translator is paid for, read from and written back into
the package's XML parts with lxml.

What is translated, in reading order: the body (tables, nested tables and content controls
included), each footnote and endnote right after the paragraph that refers to it ("Footnote
1"), text boxes after the paragraph they are anchored in ("Text box"), then the headers and
footers a reader can see ("Header", "First-page footer"...: a first-page one only where the
section has a different first page, even-page ones only where the document has different odd
and even pages). A text box is stored twice (DrawingML and its VML fallback inside
mc:AlternateContent): it is one segment, and both copies get the translation. Footnote
separators, notes nothing refers to and comments are left as they are and not counted:
comments are notes between author and reviewer, which translators translate only on request.

Every paragraph is split into sentence segments. Formatting inside a sentence becomes
placeholders (translate/placeholders.py): the sentence's most common run formatting is its
base and needs none; a stretch in other formatting (bold, italic, underline, another font...)
is ⟦n⟧…⟦/n⟧; a hyperlink, content control, tracked insertion or smart tag around text is
⟦n⟧…⟦/n⟧ with its own base inside, and so is the result of a HYPERLINK, REF, TOC or FORMTEXT
field (its instruction stays out of sight, in the pair's opening). A tab, another field (PAGE,
DATE: Word recomputes their result), a content control bound to the document's data (Word
refills it from there), an image, a text box's anchor or a footnote reference inside the
sentence is a standalone ⟦n/⟧ that carries the original XML. Codes at a sentence's
edges, line breaks and the text between sentences stay outside the segments.

Writing reopens the original package and rebuilds only the paragraphs whose segments have
targets: between sentences the original runs come back as they were; each sentence becomes
runs with the base run properties, the placeholders' run properties, hyperlinks, content
controls and fields around the translated text, and its codes copied back. Zero-width markers
inside a sentence (bookmarks, comment ranges) move to its start (their ends to its end);
proofing marks and cached page breaks are dropped (Word recomputes them). Only the XML parts
with a rebuilt paragraph are written anew; every other entry of the package (content types,
relationships, styles, media...) is copied unchanged. The paragraph list is recomputed at write
time from the same file, so the document keeps only the sentence spans.
"""

from __future__ import annotations

import copy
import io
import posixpath
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from airgap.translate.document import Document, Piece, Segment
from airgap.translate.errors import ErrorCode, FormatError
from airgap.translate.placeholders import Kind, Node, Tag, Token, escape, join, strip, tree
from airgap.translate.segmenter import LineBreaks, spans

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
OBJECT = "\ufffc"  # a code's one character in the text the segmenter sees
MAX_PART = 256 * 1024 * 1024  # one XML part, uncompressed (a ZIP bomb stops here)


_NS = {"w": W}


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _on(element: Any) -> bool:
    """A WordprocessingML on/off property: present and not switched off."""
    return element is not None and element.get(_w("val"), "true") not in ("0", "false", "off")


# Containers whose runs are text to translate; a copy of the container (with its properties)
# goes around the translated text. A content control's text sits in its w:sdtContent.
_WRAPPERS = {"hyperlink", "ins", "smartTag", "customXml", "dir", "bdo", "moveTo", "sdt"}
# Zero-width markers that must survive (cross references point at bookmarks).
_MARKERS = {"bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd"}
_MARKERS |= {"permStart", "permEnd"}
# Caches and marks Word recomputes.
_DROPPED = {"proofErr", "lastRenderedPageBreak", "softHyphen"}
# Run-level properties that do not make formatting differ (Word splits runs over them).
_IGNORED_RPR = {"lang", "noProof", "rsid"}
# Fields whose result is text a reader sees and Word does not recompute by itself.
_TEXT_FIELDS = {"HYPERLINK", "REF", "TOC", "FORMTEXT"}


@dataclass(slots=True)
class _Atom:
    """One character of a paragraph (text or a code) or a zero-width marker."""

    char: str  # a text character, "\n" (a break), "\t" or OBJECT (a code), "" (a marker)
    run: Any  # the w:r it comes from; None for paragraph-level elements
    wrappers: tuple[Any, ...]  # enclosing hyperlinks, fields etc., outermost first
    element: Any = None  # for codes, breaks and markers: the element to copy back
    group: int = 0  # codes of one field share a group (one placeholder)
    key: str = ""  # the run's formatting (see _rpr_key)

    @property
    def code(self) -> bool:
        return self.char in (OBJECT, "\t")


@dataclass(eq=False)
class _Field:
    """A complex field whose result is text to translate. Its codes wrap the result the way a
    hyperlink element wraps its runs: begin, instruction and separate open it, end closes it
    (no end when the field goes on in a later paragraph)."""

    start: list[_Atom]
    end: list[_Atom] = field(default_factory=list)


@dataclass
class _Frame:
    """A complex field being read (fldChar begin seen, end not yet)."""

    group: int
    start: int  # where its begin is in the atoms
    level: list[_Field]  # the fields open at the level of its begin
    instruction: str = ""
    field: _Field | None = None  # once its result turned out to be text to translate


def _text_field(instruction: str | None) -> bool:
    words = (instruction or "").split()
    return bool(words) and words[0].upper() in _TEXT_FIELDS


def _atoms(p: Any) -> list[_Atom]:
    atoms: list[_Atom] = []
    frames: list[_Frame] = []  # complex fields open now, innermost last
    groups = iter(range(1, 1 << 30))

    def coding() -> _Frame | None:
        """The outermost field whose instruction is being read (its codes share a group)."""
        return next((f for f in frames if f.field is None), None)

    def code(run: Any, wrappers: tuple[Any, ...], element: Any, key: str = "") -> None:
        owner = coding()
        group = owner.group if owner else next(groups)
        atoms.append(_Atom(OBJECT, run, wrappers, element, group, key))

    def field_char(
        run: Any, outer: tuple[Any, ...], level: list[_Field], child: Any, key: str
    ) -> None:
        here = (*outer, *level)
        kind = child.get(_w("fldCharType"))
        if kind == "begin":
            owner = coding()
            group = owner.group if owner else next(groups)
            frames.append(_Frame(group, len(atoms), level))
            atoms.append(_Atom(OBJECT, run, here, child, group, key))
        elif kind == "separate" and frames and frames[-1].field is None:
            frame = frames[-1]
            atoms.append(_Atom(OBJECT, run, here, child, frame.group, key))
            if (
                coding() is frame
                and frame.level is level
                and _text_field(frame.instruction)
                and all(a.wrappers == here for a in atoms[frame.start :])
            ):
                frame.field = _Field(atoms[frame.start :])
                del atoms[frame.start :]
                level.append(frame.field)
        elif kind == "end" and frames:
            frame = frames.pop()
            f = frame.field
            if f is not None and level and level[-1] is f:
                level.pop()
                end = _Atom(OBJECT, run, (*outer, *level), child, frame.group, key)
                if len(atoms) == frame.start:  # an empty result: the field is one code
                    atoms.extend([*f.start, end])
                else:
                    f.end.append(end)
            elif f is None:
                atoms.append(_Atom(OBJECT, run, here, child, frame.group, key))
            else:  # the field began in another element: its end is a code of its own
                atoms.append(_Atom(OBJECT, run, here, child, next(groups), key))
        else:
            code(run, here, child, key)

    def run_atoms(run: Any, outer: tuple[Any, ...], level: list[_Field]) -> None:
        key = _rpr_key(run)
        for child in run:
            name = _local(child.tag)
            if name == "rPr" or name in _DROPPED:
                continue
            here = (*outer, *level)
            if name == "fldChar":
                field_char(run, outer, level, child, key)
            elif coding() is not None:
                if name == "instrText" and frames[-1].field is None:
                    frames[-1].instruction += child.text or ""
                code(run, here, child, key)
            elif name == "t":
                atoms.extend(_Atom(ch, run, here, key=key) for ch in child.text or "")
            elif name in ("br", "cr"):
                atoms.append(_Atom("\n", run, here, child, key=key))
            elif name == "noBreakHyphen":
                atoms.append(_Atom("\u2011", run, here, child, key=key))
            elif name == "tab":  # whitespace to the segmenter, a code inside a sentence
                atoms.append(_Atom("\t", run, here, child, next(groups), key))
            else:  # drawing, text box, footnote reference, symbol, object...
                atoms.append(_Atom(OBJECT, run, here, child, next(groups), key))

    def walk(container: Any, wrappers: tuple[Any, ...]) -> None:
        level: list[_Field] = []  # text fields whose result began at this level
        for child in container:
            name = _local(child.tag)
            if name.endswith("Pr") or name in _DROPPED or not name:
                continue  # properties (kept with their container), comments, PIs
            here = (*wrappers, *level)
            if name == "r":
                run_atoms(child, wrappers, level)
            elif coding() is not None:
                code(None, here, child)
            elif name == "sdt":
                content = child.find(_w("sdtContent"))
                if content is None or child.xpath("w:sdtPr/w:dataBinding", namespaces=_NS):
                    atoms.append(_Atom(OBJECT, None, here, child, next(groups)))  # bound
                else:
                    walk(content, (*here, child))
            elif name in _WRAPPERS or (name == "fldSimple" and _text_field(child.get(_w("instr")))):
                walk(child, (*here, child))
            elif name in _MARKERS or name.endswith(("RangeStart", "RangeEnd")):
                atoms.append(_Atom("", None, here, child))
            else:  # another simple field, a bound control, an equation, a deletion...
                atoms.append(_Atom(OBJECT, None, here, child, next(groups)))
        # A text field that goes on in the next paragraph but has no result here: one code.
        for frame in reversed(frames):
            if frame.field is not None and frame.level is level and len(atoms) == frame.start:
                atoms.extend(frame.field.start)
                level.remove(frame.field)
                frame.field = None

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
    """The segmenter's sentences without codes or spaces at their edges (they stay put).
    The segmenter does not see the codes: a footnote reference after a full stop ("a
    source.¹ Then") must not hide the boundary."""
    kept = [i for i, ch in enumerate(text) if ch != OBJECT]
    plain = "".join(text[i] for i in kept)
    found: list[tuple[int, int]] = []
    for cut_start, cut_end in spans(plain, LineBreaks.HARD):
        start, end = kept[cut_start], kept[cut_end - 1] + 1
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

    parts: list[Token] = []  # file text and placeholders: `join` escapes literal ⟦
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
            parts.append(Tag(Kind.CLOSE, stack.pop()[1]))
        for key, mark in wanted[n:]:
            number = len(markup.tags) + 1
            markup.tags[number] = mark
            stack.append((key, number))
            parts.append(Tag(Kind.OPEN, number))
        if atom.code:
            if last_code is not None and last_code[0] == atom.group:
                code = markup.tags[last_code[1]]
                assert isinstance(code, _Code)
                code.atoms.append(atom)
                continue
            number = len(markup.tags) + 1
            markup.tags[number] = _Code([atom])
            parts.append(Tag(Kind.STANDALONE, number))
            last_code = (atom.group, number)
        else:
            parts.append(atom.char)
            last_code = None
    while stack:
        parts.append(Tag(Kind.CLOSE, stack.pop()[1]))
    markup.source = join(parts)
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


# ------------------------------------------------------------------ the package


class _Package:
    """The ZIP entries of a .docx and its XML parts, parsed on demand."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise FormatError(ErrorCode.DOCX_NOT_ZIP, name=name)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError) as exc:
            raise FormatError(ErrorCode.DOCX_UNREADABLE, name=name, reason=str(exc)) from None
        self.entries = {info.filename: info for info in self.zip.infolist()}
        self.trees: dict[str, Any] = {}
        self.changed: set[str] = set()
        main = next(
            (t for t, kind in self.relationships("").values() if kind == "officeDocument"),
            "word/document.xml",
        )
        if main not in self.entries:
            raise FormatError(ErrorCode.DOCX_NO_MAIN_PART, name=name)
        self.main = main

    def read(self, part: str) -> bytes:
        info = self.entries[part]
        if info.file_size > MAX_PART:
            raise FormatError(ErrorCode.DOCX_PART_TOO_LARGE, name=self.name, part=part)
        try:
            return self.zip.read(info)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:  # CRC, compression...
            raise FormatError(
                ErrorCode.DOCX_PART_UNREADABLE, name=self.name, part=part, reason=str(exc)
            ) from None

    def root(self, part: str) -> Any:
        if part not in self.trees:
            from lxml import etree

            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            try:
                self.trees[part] = etree.parse(io.BytesIO(self.read(part)), parser)
            except etree.XMLSyntaxError as exc:
                raise FormatError(
                    ErrorCode.DOCX_PART_NOT_XML, name=self.name, part=part, reason=str(exc)
                ) from None
        return self.trees[part].getroot()

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """The part's internal relationships: id → (target part, type's last word)."""
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", f"{base}.rels")
        if rels not in self.entries:
            return {}
        found: dict[str, tuple[str, str]] = {}
        for rel in self.root(rels).iter(f"{{{PACKAGE_RELS}}}Relationship"):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External" or not target:
                continue
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found[rel.get("Id", "")] = (
                posixpath.normpath(path),
                rel.get("Type", "").rsplit("/")[-1],
            )
        return found

    def save(self) -> bytes:
        from lxml import etree

        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for name, info in self.entries.items():
                if name in self.changed:
                    tree = self.trees[name]
                    data = etree.tostring(
                        tree,
                        xml_declaration=True,
                        encoding="UTF-8",
                        standalone=tree.docinfo.standalone,
                    )
                else:
                    data = self.zip.read(info)
                zout.writestr(copy.copy(info), data)  # same name, date, compression
        return out.getvalue()


@dataclass
class _Unit:
    """A paragraph to translate, where it is and what the table shows beside its sentences."""

    p: Any
    part: str
    label: str
    mirrors: list[Any]  # the same paragraph in another mc:AlternateContent branch


_HEADERS = {"default": "Header", "first": "First-page header", "even": "Even-page header"}
_FOOTERS = {"default": "Footer", "first": "First-page footer", "even": "Even-page footer"}
TEXT_BOX = "Text box"
NOTES = ("Footnote", "Endnote")  # alone (a custom mark) or followed by the note's number
# Every label a .docx segment can carry besides the numbered notes: English keys that the UI
# shows in its own language (ui/translate_messages.segment_label).
PART_LABELS = (*_HEADERS.values(), *_FOOTERS.values(), TEXT_BOX, *NOTES)


def _units(package: _Package) -> list[_Unit]:
    """Every paragraph a reader sees, in reading order (see the module docstring)."""
    main = package.main
    document = package.root(main)
    body = document.find(_w("body"))
    if body is None and "purl.oclc.org/ooxml" in str(document.tag):
        raise FormatError(ErrorCode.DOCX_STRICT, name=package.name)
    if body is None:
        raise FormatError(ErrorCode.DOCX_NO_BODY, name=package.name)
    rels = package.relationships(main)
    notes: dict[str, tuple[str, dict[str, Any]]] = {}  # reference tag → (part, id → note)
    for part, kind in rels.values():
        if kind in ("footnotes", "endnotes") and part in package.entries:
            tag = kind[:-1]  # footnote, endnote
            found = {
                n.get(_w("id"), ""): n
                for n in package.root(part).iter(_w(tag))
                if n.get(_w("type"), "normal") == "normal"  # not separators
            }
            notes[_w(f"{tag}Reference")] = (part, found)
    units: list[_Unit] = []
    numbers: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()

    def story(root: Any, part: str, label: str) -> None:
        mirrors, skip = _alternates(root)
        for p in root.iter(_w("p")):
            if p in skip:
                continue
            boxed = next(p.iterancestors(_w("txbxContent")), None) is not None
            units.append(_Unit(p, part, TEXT_BOX if boxed else label, mirrors.get(p, [])))
            for ref in p.iter(*notes) if notes else ():
                if next(ref.iterancestors(_w("p"))) is not p:
                    continue  # a paragraph inside this one (a text box) has it
                note_part, found = notes[ref.tag]
                note_id = ref.get(_w("id"), "")
                if note_id not in found or (ref.tag, note_id) in seen:
                    continue
                seen.add((ref.tag, note_id))
                name = NOTES[0] if ref.tag == _w("footnoteReference") else NOTES[1]
                if ref.get(_w("customMarkFollows")) not in ("1", "true", "on"):
                    numbers[name] += 1
                    name = f"{name} {numbers[name]}"
                story(found[note_id], note_part, name)

    story(body, main, "")
    for part, label in _headers_and_footers(package, body, rels):
        story(package.root(part), part, label)
    return units


def _headers_and_footers(
    package: _Package, body: Any, rels: dict[str, tuple[str, str]]
) -> Iterator[tuple[str, str]]:
    """The header and footer parts the sections show, each once: a section without its own
    header of a kind shows the previous section's."""
    settings = next(
        (package.root(p) for p, k in rels.values() if k == "settings" and p in package.entries),
        None,
    )
    even = settings is not None and _on(settings.find(_w("evenAndOddHeaders")))
    shown: dict[tuple[str, str], str] = {}
    seen: set[str] = set()
    for section in body.iter(_w("sectPr")):
        if _local(section.getparent().tag).endswith("Change"):
            continue  # a tracked change's old properties
        for ref in section:
            kind = _local(ref.tag)
            target = rels.get(ref.get(f"{{{R}}}id", ""))
            if kind in ("headerReference", "footerReference") and target:
                shown[(kind, ref.get(_w("type"), "default"))] = target[0]
        first = _on(section.find(_w("titlePg")))
        for kind, labels in (("headerReference", _HEADERS), ("footerReference", _FOOTERS)):
            for which in ("first", "default", "even"):
                part = shown.get((kind, which))
                visible = which == "default" or (first if which == "first" else even)
                if part and visible and part not in seen and part in package.entries:
                    seen.add(part)
                    yield part, labels[which]


def _alternates(root: Any) -> tuple[dict[Any, list[Any]], set[Any]]:
    """Paragraphs stored again in a later mc:AlternateContent branch (a text box's VML
    fallback): the first branch's paragraph → its copies, and the copies."""
    mirrors: dict[Any, list[Any]] = {}
    skip: set[Any] = set()
    for alternate in root.iter(f"{{{MC}}}AlternateContent"):
        branches = [[p for p in b.iter(_w("p")) if p not in skip] for b in alternate]
        branches = [b for b in branches if b]
        if not branches:
            continue
        first, *others = branches
        texts = [_text(_atoms(p)) for p in first]
        for other in others:
            if [_text(_atoms(p)) for p in other] == texts:
                for p, copy_ in zip(first, other, strict=True):
                    # A text box in a text box: a copy may have copies of its own already.
                    mirrors.setdefault(p, []).extend([copy_, *mirrors.pop(copy_, [])])
                    skip.add(copy_)
    return mirrors, skip


# ------------------------------------------------------------------ reading


def read_docx(data: bytes, name: str) -> Document:
    package = _Package(data, name)
    segments: list[Segment] = []
    skeleton: list[Piece] = []
    layout: list[list[tuple[int, int]]] = []  # per paragraph: its sentence spans
    for p_index, unit in enumerate(_units(package)):
        atoms = _atoms(unit.p)
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
            segments.append(Segment(f"p{p_index + 1}.s{number}", markup.source, label=unit.label))
        skeleton.append("\n")
    return Document("docx", segments, skeleton, name=name, extra={"data": data, "layout": layout})


# ------------------------------------------------------------------ writing


def write_docx(doc: Document) -> bytes:
    extra = doc.extra or {}
    if "data" not in extra:
        return _new_docx(doc)
    package = _Package(extra["data"], doc.name)
    work: list[tuple[_Unit, list[tuple[int, int]], list[Segment]]] = []
    index = 0
    for unit, found in zip(_units(package), extra["layout"], strict=False):
        mine = doc.segments[index : index + len(found)]
        index += len(found)
        if found and any(s.target for s in mine):
            work.append((unit, found, mine))
    # Last first: a text box's paragraphs are rebuilt before the paragraph that anchors it
    # copies them back.
    for unit, found, mine in reversed(work):
        for p in (unit.p, *unit.mirrors):
            _rebuild(p, found, mine)
        package.changed.add(unit.part)
    return package.save()


def _rebuild(p: Any, found: list[tuple[int, int]], segments: list[Segment]) -> None:
    atoms = _atoms(p)
    pieces = list(_paragraph_segments(atoms, _text(atoms), found))
    for child in list(p):
        if _local(child.tag) != "pPr":
            p.remove(child)
    out = _Emitter()
    sentences = iter(segments)
    for part, markup in pieces:
        if markup is None:
            out.atoms(p, part)
            continue
        segment = next(sentences)
        target = segment.output
        if strip(markup.source) != strip(segment.source):
            target = escape(strip(target))  # not the file it was read from: text only
        opened = [p]  # the containers: p, then inside each context wrapper
        for wrapper in markup.context:
            opened.append(out.open(opened[-1], wrapper))
        out.atoms(opened[-1], markup.before, wrapped=False)
        out.nodes(opened[-1], tree(markup.source, target), markup, markup.base)
        out.atoms(opened[-1], markup.after, wrapped=False)
        for depth in reversed(range(len(markup.context))):
            out.close(opened[depth], markup.context[depth], opened[depth + 1])


def _make(name: str) -> Any:
    from lxml import etree

    return etree.Element(_w(name), nsmap={"w": W})


def _new_run(rpr: Any) -> Any:
    run = _make("r")
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    return run


def _text_run(rpr: Any, text: str) -> Any:
    """A run of text; tabs and line breaks the translation holds become <w:tab/>/<w:br/>."""
    run = _new_run(rpr)
    chunk = ""
    for ch in text + "\0":
        if ch in "\t\n\0":
            if chunk:
                t = _make("t")
                t.text = chunk
                t.set(XML_SPACE, "preserve")
                run.append(t)
                chunk = ""
            if ch != "\0":
                run.append(_make("tab" if ch == "\t" else "br"))
        else:
            chunk += ch
    return run


class _Emitter:
    """Puts a paragraph's content back. A wrapper (hyperlink, content control, text field)
    opened right after the same wrapper closed continues it, so a link, control or field
    over two sentences and the space between them stays one."""

    def __init__(self) -> None:
        # Per container: the wrappers just closed in it, the outermost last, each with where
        # its content went, the container's last child then, and whether that child is a
        # field's end to take back when the field continues.
        self.closed: dict[Any, list[tuple[Any, Any, Any, bool]]] = {}

    def open(self, parent: Any, wrapper: Any) -> Any:
        """Where the content inside `wrapper` goes: a copy of it with its properties, or the
        copy just closed."""
        stack = self.closed.get(parent)
        if stack:
            closed, inner, last, take_back = stack[-1]
            if closed is wrapper and len(parent) and parent[-1] is last:
                stack.pop()
                if take_back:
                    parent.remove(last)
                return inner
            stack.clear()  # something else came after it
        if isinstance(wrapper, _Field):
            self.atoms(parent, wrapper.start, wrapped=False)
            return parent
        element = copy.deepcopy(wrapper)
        for child in list(element):
            if not _local(child.tag).endswith("Pr") and _local(child.tag) != "fldData":
                element.remove(child)
        parent.append(element)
        if _local(element.tag) != "sdt":
            return element
        content = _make("sdtContent")  # a content control's text goes in its content
        element.append(content)
        return content

    def close(self, parent: Any, wrapper: Any, inner: Any) -> None:
        field_end = isinstance(wrapper, _Field) and bool(wrapper.end)
        if field_end:
            self.atoms(parent, wrapper.end, wrapped=False)
        if len(parent):
            self.closed.setdefault(parent, []).append((wrapper, inner, parent[-1], field_end))

    def nodes(self, container: Any, nodes: list[Node], markup: _Markup, rpr: Any) -> None:
        for node in nodes:
            if node.is_text:
                if node.text:
                    container.append(_text_run(rpr, node.text))
                continue
            mark = markup.tags[node.number]
            if isinstance(mark, _Code):
                self.atoms(container, mark.atoms, wrapped=False)
            elif isinstance(mark, _Wrap):
                inner = self.open(container, mark.element)
                self.nodes(inner, node.children or [], markup, mark.base)
                self.close(container, mark.element, inner)
            else:
                self.nodes(container, node.children or [], markup, mark.rpr)

    def atoms(self, container: Any, atoms: list[_Atom], *, wrapped: bool = True) -> None:
        """Atoms back as the runs and elements they came from, consecutive characters of one
        run joined; with `wrapped`, inside copies of their hyperlinks (etc.); without, a code
        or marker goes where its placeholder puts it."""
        open_: list[tuple[Any, Any]] = []  # (original wrapper, where its content goes)
        last_run: tuple[Any, Any] | None = None  # (original run, its copy) text goes into
        for atom in atoms:
            wrappers = atom.wrappers if wrapped else ()
            n = 0
            while n < min(len(open_), len(wrappers)) and open_[n][0] is wrappers[n]:
                n += 1
            if n < len(open_):
                self._close_all(container, open_, n)
                last_run = None
            for wrapper in wrappers[n:]:
                parent = open_[-1][1] if open_ else container
                open_.append((wrapper, self.open(parent, wrapper)))
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
        self._close_all(container, open_, 0)

    def _close_all(self, container: Any, open_: list[tuple[Any, Any]], n: int) -> None:
        while len(open_) > n:
            wrapper, inner = open_.pop()
            self.close(open_[-1][1] if open_ else container, wrapper, inner)


def _append_text(run: Any, ch: str) -> None:
    last = run[-1] if len(run) else None
    if last is None or _local(last.tag) != "t":
        last = _make("t")
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
