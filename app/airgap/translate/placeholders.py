"""Inline markup as numbered placeholders in segment text, and the checks around them.

A format that has markup inside a sentence (XLIFF <g>/<x/>/<pc>..., bold or linked runs in a
.docx) shows it to the model and the translator as placeholders and keeps the real markup
aside, keyed by number:

    ⟦1⟧ … ⟦/1⟧   a pair around text (a <g>, a bold run, a hyperlink)
    ⟦2/⟧          a standalone code (an <x/>, a <ph>, a tab, a field, an image)

The brackets are U+27E6/U+27E7 (mathematical white square brackets): one character each,
copied verbatim by Qwen-style models (they look like the bracket tags of CAT tools), never
written by hand in prose, never escaped by XML or Markdown, and unlike <1> or {1} they do
not collide with HTML, ICU/printf placeholders or template syntax that real strings carry.
Numbers restart at 1 in every segment; what a number stands for lives with the format.

After translation `problems` lists what the model did wrong (a placeholder missing,
duplicated, unknown, or a pair closed before it opens or left open); `repair` makes any
target usable for export: unknown and repeated placeholders are dropped, broken pairs are
closed where they can be, and the missing ones are appended at the end of the segment, so an
exported file is always well-formed and keeps every code of the source.

Literal brackets. Segment text is text *with* placeholders, so a source that already holds
⟦1⟧ as text (a document about CAT tools, an XLIFF with the bracket in its prose) would be
read as markup: flagged by the tag check, stripped from counts and memory keys, dropped on
export. So segment text escapes a literal ⟦ as ⟦⟦, but only where it could be misread: before
another ⟦, before what would complete a placeholder (`1⟧`, `/1⟧`, `1/⟧`) and at the end of a
text run (a placeholder may follow it). Every other ⟦ — ⟦x⟧ in a maths text — stays as it
is, so what the translator and the model see only changes in the rare ambiguous case, and ⟧
never needs escaping (a placeholder is recognised by its opening bracket). Readers turn file
text into segment text with `escape` (or `join` of text and tags), writers get file text
back through `tokens`, `tree` and `strip`, which unescape; nothing else reads the brackets.
A model that copies ⟦⟦1⟧ as ⟦1⟧ is forgiven: a placeholder that the source only holds as
literal text is taken as that text in the target.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

PLACEHOLDER = re.compile(r"⟦(/?)([1-9][0-9]{0,3})(/?)⟧")
# Segment text is read left to right: ⟦⟦ is one literal ⟦, then placeholders.
_SCAN = re.compile(r"⟦⟦|⟦(/?)([1-9][0-9]{0,3})(/?)⟧")
# A literal ⟦ that the scan could misread: before ⟦, a placeholder's rest, or a run's end.
_AMBIGUOUS = re.compile(r"⟦(?=⟦|/?[1-9][0-9]{0,3}/?⟧|\Z)")


class Kind(StrEnum):
    OPEN = "open"
    CLOSE = "close"
    STANDALONE = "standalone"


@dataclass(frozen=True)
class Tag:
    kind: Kind
    number: int

    def __str__(self) -> str:
        return tag_text(self.kind, self.number)


Token = str | Tag


def tag_text(kind: Kind, number: int) -> str:
    if kind is Kind.OPEN:
        return f"⟦{number}⟧"
    if kind is Kind.CLOSE:
        return f"⟦/{number}⟧"
    return f"⟦{number}/⟧"


def escape(text: str) -> str:
    """File text as segment text: the literal ⟦ that could be misread doubled (⟦⟦)."""
    return _AMBIGUOUS.sub("⟦⟦", text) if "⟦" in text else text


def tokens(text: str) -> list[Token]:
    """Text pieces (unescaped: the file's own text) and placeholders in order; no empty or
    adjacent text pieces."""
    if "⟦" not in text:
        return [text] if text else []  # the common case, on every memory lookup
    out: list[Token] = []
    run: list[str] = []
    last = 0
    for m in _SCAN.finditer(text):
        run.append(text[last : m.start()])
        last = m.end()
        closing, number, empty = m.groups()
        if number is None:
            run.append("⟦")  # ⟦⟦
        elif closing and empty:
            run.append(m.group())  # ⟦/1/⟧ is not a placeholder: leave it as text
        else:
            if any(run):
                out.append("".join(run))
            run.clear()
            kind = Kind.CLOSE if closing else Kind.STANDALONE if empty else Kind.OPEN
            out.append(Tag(kind, int(number)))
    run.append(text[last:])
    if any(run):
        out.append("".join(run))
    return out


def join(parts: Iterable[Token]) -> str:
    """Segment text from file text and placeholders (the inverse of `tokens`): adjacent text
    pieces are joined before escaping, so no ⟦ in one can pair up with the next."""
    out: list[str] = []
    run: list[str] = []
    for part in parts:
        if isinstance(part, str):
            run.append(part)
            continue
        out.append(escape("".join(run)))
        run.clear()
        out.append(str(part))
    out.append(escape("".join(run)))
    return "".join(out)


def has_placeholders(text: str) -> bool:
    return "⟦" in text and any(isinstance(t, Tag) for t in tokens(text))


def strip(text: str) -> str:
    """The file text without placeholders (for memory and glossary matching, for counts and
    for plain-text exports): literal brackets unescaped."""
    if "⟦" not in text:
        return text
    return "".join(t for t in tokens(text) if isinstance(t, str))


def plain_text(source: str, text: str) -> str:
    """The file text of a segment's source or target without placeholders, the target read
    against its source (what a plain-text export writes). Where the source has none, what
    looks like one in the target is the model's text and is kept."""
    if "⟦" not in text:
        return text
    if not has_placeholders(source):
        return "".join(str(t) for t in tokens(text))
    return "".join(t for t in _target_tokens(source, text) if isinstance(t, str))


def _expected(source: str) -> tuple[dict[int, Kind], list[int]]:
    """What the source holds: number → OPEN (a pair) or STANDALONE, and their order."""
    kinds: dict[int, Kind] = {}
    order: list[int] = []
    for t in tokens(source):
        if isinstance(t, Tag) and t.number not in kinds and t.kind is not Kind.CLOSE:
            kinds[t.number] = t.kind
            order.append(t.number)
    return kinds, order


def _target_tokens(source: str, target: str) -> list[Token]:
    """The target's tokens, where a placeholder that the source only holds as literal text
    is that text (the model copied ⟦⟦1⟧ as ⟦1⟧). Where the source has it both ways the
    target stays as written, so the tag check shows the translator the doubt."""
    parts = tokens(target)
    if "⟦" not in source or not any(isinstance(t, Tag) for t in parts):
        return parts
    source_parts = tokens(source)
    literal = {m.group() for m in PLACEHOLDER.finditer(strip(source))}
    literal -= {str(t) for t in source_parts if isinstance(t, Tag)}
    if not literal:
        return parts
    out: list[Token] = []
    for t in parts:
        if isinstance(t, Tag) and str(t) in literal:
            t = str(t)
        if isinstance(t, str) and out and isinstance(out[-1], str):
            out[-1] += t
        else:
            out.append(t)
    return out


def problems(source: str, target: str) -> list[str]:
    """What is wrong with the target's placeholders, as messages for the translator."""
    kinds, order = _expected(source)
    if not target or (not kinds and "⟦" not in target):
        return []
    found: list[str] = []
    seen: dict[tuple[int, Kind], int] = {}
    stack: list[int] = []
    for t in _target_tokens(source, target):
        if not isinstance(t, Tag):
            continue
        seen[(t.number, t.kind)] = seen.get((t.number, t.kind), 0) + 1
        expected = kinds.get(t.number)
        if expected is None or (expected is Kind.STANDALONE) != (t.kind is Kind.STANDALONE):
            found.append(f"{t} is not in the source.")
            continue
        if t.kind is Kind.OPEN:
            stack.append(t.number)
        elif t.kind is Kind.CLOSE:
            if t.number not in stack:
                found.append(f"{t} comes before {tag_text(Kind.OPEN, t.number)}.")
            elif stack[-1] != t.number:
                found.append(f"{t} closes while {tag_text(Kind.OPEN, stack[-1])} is still open.")
                stack.remove(t.number)
            else:
                stack.pop()
    for number in order:
        for kind in (Kind.OPEN, Kind.CLOSE) if kinds[number] is Kind.OPEN else (kinds[number],):
            n = seen.get((number, kind), 0)
            if n == 0:
                found.append(f"{tag_text(kind, number)} is missing.")
            elif n > 1:
                found.append(f"{tag_text(kind, number)} appears {n} times.")
    return list(dict.fromkeys(found))


def repair(source: str, target: str) -> list[Token]:
    """The target's tokens made well-formed against the source: every placeholder of the
    source exactly once, pairs properly nested; what the model lost goes at the end."""
    kinds, order = _expected(source)
    out: list[Token] = []
    opened: set[int] = set()
    used: set[int] = set()
    stack: list[int] = []
    for t in _target_tokens(source, target):
        if isinstance(t, str):
            out.append(t)
        elif kinds.get(t.number) is Kind.STANDALONE and t.kind is Kind.STANDALONE:
            if t.number not in used:
                used.add(t.number)
                out.append(t)
        elif kinds.get(t.number) is Kind.OPEN and t.kind is Kind.OPEN:
            if t.number not in opened:
                opened.add(t.number)
                stack.append(t.number)
                out.append(t)
        elif kinds.get(t.number) is Kind.OPEN and t.kind is Kind.CLOSE and t.number in stack:
            # Close the pairs opened inside this one first (they end early), then this one.
            while stack:
                inner = stack.pop()
                out.append(Tag(Kind.CLOSE, inner))
                used.add(inner)
                if inner == t.number:
                    break
        # Anything else (unknown, repeated, a close without its open) is dropped.
    while stack:
        inner = stack.pop()
        out.append(Tag(Kind.CLOSE, inner))
        used.add(inner)
    for number in order:
        if number in used:
            continue
        if kinds[number] is Kind.STANDALONE:
            out.append(Tag(Kind.STANDALONE, number))
        elif number not in opened:
            out.extend((Tag(Kind.OPEN, number), Tag(Kind.CLOSE, number)))
    return out


@dataclass
class Node:
    """A parsed, well-formed target: text, a standalone code, or a pair around children."""

    number: int = 0  # 0 for text
    text: str = ""
    children: list[Node] | None = None  # a pair's content; None for text and standalone

    @property
    def is_text(self) -> bool:
        return self.number == 0


def tree(source: str, target: str) -> list[Node]:
    """The repaired target as a tree that a format can turn back into its markup."""
    root: list[Node] = []
    stack: list[list[Node]] = [root]
    for t in repair(source, target):
        if isinstance(t, str):
            stack[-1].append(Node(text=t))
        elif t.kind is Kind.STANDALONE:
            stack[-1].append(Node(t.number))
        elif t.kind is Kind.OPEN:
            children: list[Node] = []
            stack[-1].append(Node(t.number, children=children))
            stack.append(children)
        else:
            stack.pop()
    return root
