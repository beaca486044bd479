"""Plain text and Markdown: sentences become segments, everything between them is kept.

Markdown keeps its markup out of the segments: fenced and indented code, front matter, HTML
blocks, tables' separator rows, link definitions and rules stay as they are; heading, list
and quote markers stay in the skeleton and only their text is translated. Inline markup
(**bold**, `code`, links) stays inside the segment; the prompt asks the model to keep it.
"""

from __future__ import annotations

import re

from airgap.translate.document import Document, Piece, Segment
from airgap.translate.formats.decode import decode_text
from airgap.translate.placeholders import escape
from airgap.translate.segmenter import LineBreaks, spans


class _Builder:
    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.skeleton: list[Piece] = []

    def literal(self, text: str) -> None:
        if text:
            self.skeleton.append(text)

    def sentences(self, text: str, line_breaks: LineBreaks) -> None:
        last = 0
        for start, end in spans(text, line_breaks):
            self.literal(text[last:start])
            self.skeleton.append(len(self.segments))
            # Segment text escapes a literal ⟦ that reads like a placeholder (placeholders.py).
            self.segments.append(Segment(f"s{len(self.segments) + 1}", escape(text[start:end])))
            last = end
        self.literal(text[last:])


def read_txt(data: bytes, name: str) -> Document:
    text = decode_text(data, name)
    b = _Builder()
    b.sentences(text, LineBreaks.AUTO)
    return Document("txt", b.segments, b.skeleton, name=name)


def write_text(doc: Document) -> bytes:
    return doc.render().encode("utf-8")


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^( {0,3}#{1,6}[ \t]+)(.*?)([ \t]+#+[ \t]*)?$")
_LIST = re.compile(r"^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)(.*)$")
_QUOTE = re.compile(r"^((?:[ \t]{0,3}>[ \t]?)+)(.*)$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s")
_HTML = re.compile(r"^ {0,3}<[A-Za-z!/]")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


def read_md(data: bytes, name: str) -> Document:
    text = decode_text(data, name)
    lines = text.split("\n")
    b = _Builder()
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            b.sentences("\n".join(paragraph), LineBreaks.SOFT)
            paragraph.clear()

    i = 0
    fence: str | None = None
    if lines and lines[0].strip() == "---":  # YAML front matter
        end = next((k for k in range(1, len(lines)) if lines[k].strip() in ("---", "...")), 0)
        if end:
            b.literal("\n".join(lines[: end + 1]) + "\n")
            i = end + 1
    previous_blank = True
    while i < len(lines):
        line = lines[i]
        newline = "\n" if i < len(lines) - 1 else ""
        i += 1
        if fence is not None:
            b.literal(line + newline)
            if line.strip().startswith(fence):
                fence = None
            continue
        m = _FENCE.match(line)
        if m:
            flush()
            fence = m.group(1)[0] * 3
            b.literal(line + newline)
            previous_blank = False
            continue
        blank = not line.strip()
        if blank or _literal_line(line, previous_blank, bool(paragraph)):
            flush()
            b.literal(line + newline)
        elif (h := _HEADING.match(line)) or (h := _LIST.match(line)) or (h := _QUOTE.match(line)):
            flush()
            b.literal(h.group(1))
            b.sentences(h.group(2), LineBreaks.HARD)
            b.literal((h.group(3) if h.re is _HEADING and h.group(3) else "") + newline)
        elif line.lstrip().startswith("|"):
            flush()
            _table_row(b, line)
            b.literal(newline)
        else:
            paragraph.append(line)
            # The paragraph's inner line breaks stay inside it; the last one is literal.
            if i >= len(lines) or not lines[i].strip() or _starts_block(lines[i]):
                flush()
                b.literal(newline)
            previous_blank = False
            continue
        previous_blank = blank
    flush()
    return Document("md", b.segments, b.skeleton, name=name)


def _literal_line(line: str, previous_blank: bool, in_paragraph: bool) -> bool:
    """Lines kept as they are: code, rules, link definitions, HTML, table separators."""
    return bool(
        (previous_blank and not in_paragraph and line.startswith(("    ", "\t")))
        or _RULE.match(line)
        or _LINK_DEF.match(line)
        or _HTML.match(line)
        or (_TABLE_SEPARATOR.match(line) and "-" in line)
        or (not previous_blank and _SETEXT.match(line))
    )


def _starts_block(line: str) -> bool:
    return bool(
        _FENCE.match(line)
        or _HEADING.match(line)
        or _LIST.match(line)
        or _QUOTE.match(line)
        or _RULE.match(line)
        or _HTML.match(line)
        or line.lstrip().startswith("|")
        or _SETEXT.match(line)
    )


def _table_row(b: _Builder, line: str) -> None:
    for k, cell in enumerate(re.split(r"(?<!\\)\|", line)):
        if k:
            b.literal("|")
        stripped = cell.strip()
        if not stripped:
            b.literal(cell)
            continue
        lead = cell[: len(cell) - len(cell.lstrip())]
        trail = cell[len(cell.rstrip()) :]
        b.literal(lead)
        b.sentences(stripped, LineBreaks.HARD)
        b.literal(trail)
