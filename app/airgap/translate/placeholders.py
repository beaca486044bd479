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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

PLACEHOLDER = re.compile(r"⟦(/?)([1-9][0-9]{0,3})(/?)⟧")


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


def tokens(text: str) -> list[Token]:
    """Text pieces and placeholders in order (no empty text pieces)."""
    out: list[Token] = []
    last = 0
    for m in PLACEHOLDER.finditer(text):
        closing, number, empty = m.groups()
        if closing and empty:
            continue  # ⟦/1/⟧ is not a placeholder: leave it as text
        if m.start() > last:
            out.append(text[last : m.start()])
        kind = Kind.CLOSE if closing else Kind.STANDALONE if empty else Kind.OPEN
        out.append(Tag(kind, int(number)))
        last = m.end()
    if last < len(text):
        out.append(text[last:])
    return out


def has_placeholders(text: str) -> bool:
    return "⟦" in text and any(isinstance(t, Tag) for t in tokens(text))


def strip(text: str) -> str:
    """The text without placeholders (for memory and glossary matching, and for counts)."""
    if "⟦" not in text:
        return text  # the common case, on every memory lookup
    return "".join(t for t in tokens(text) if isinstance(t, str))


def _expected(source: str) -> tuple[dict[int, Kind], list[int]]:
    """What the source holds: number → OPEN (a pair) or STANDALONE, and their order."""
    kinds: dict[int, Kind] = {}
    order: list[int] = []
    for t in tokens(source):
        if isinstance(t, Tag) and t.number not in kinds and t.kind is not Kind.CLOSE:
            kinds[t.number] = t.kind
            order.append(t.number)
    return kinds, order


def problems(source: str, target: str) -> list[str]:
    """What is wrong with the target's placeholders, as messages for the translator."""
    kinds, order = _expected(source)
    if not target or (not kinds and "⟦" not in target):
        return []
    found: list[str] = []
    seen: dict[tuple[int, Kind], int] = {}
    stack: list[int] = []
    for t in tokens(target):
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
    for t in tokens(target):
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


def join(parts: list[Token]) -> str:
    return "".join(str(t) for t in parts)


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
