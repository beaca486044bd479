"""Markdown into a QTextDocument, incrementally, for streamed answers.

A streamed answer is rendered block by block: text up to the last *safe boundary* (a blank
line outside a code fence, or the end of a closing fence) is rendered as Markdown once and
never touched again; the unfinished tail after it is shown as plain text, appended delta by
delta, and replaced by its rendering when it becomes complete. Each append therefore costs
the size of the delta (plus, once per block, the block), never the size of the answer.
Fenced code blocks become framed monospace blocks with a "Copy" link (`copy:N` anchors).
Every inserted range gets per-run CJK fonts (`fonts.apply_script_fonts`), so Japanese, Chinese
and Korean sentences in one answer each show in their own typography.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)

from airgap.ui import fonts

COPY_SCHEME = "copy"


@dataclass
class CodeStyle:
    font: QFont
    background: QColor
    label: QColor
    link: QColor


def _fence(line: str) -> str | None:
    """The fence marker (``` or ~~~) a line opens or closes with, else None."""
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3:
        return None
    for marker in ("```", "~~~"):
        if stripped.startswith(marker):
            return marker
    return None


class MarkdownStream:
    """Renders growing Markdown text into `doc`, appending only what changed."""

    def __init__(
        self,
        doc: QTextDocument,
        style: Callable[[], CodeStyle],
        copy_label: Callable[[], str],
        language: str = "en",
    ) -> None:
        self.doc = doc
        self.language = language
        self._style = style
        self._copy_label = copy_label
        self.code_blocks: list[str] = []
        self.reset()

    def reset(self) -> None:
        self.doc.clear()
        self.code_blocks.clear()
        self.text = ""
        self._committed = 0  # text[:_committed] is rendered as Markdown
        self._scan = 0  # next line start to scan for boundaries
        self._fence: str | None = None
        self._tail_pos: int | None = None  # doc position where the plain tail starts
        self._kana = self._hangul = False  # seen so far: what Han-only sentences default to

    # -- public ----------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Render a finished message (block by block, exactly as it looked when streamed)."""
        self.reset()
        self._kana, self._hangul = fonts.marks(text)  # known at once: no need to guess
        self.append(text)
        self.finish()

    def append(self, delta: str) -> None:
        if not delta:
            return
        self.text += delta
        if not (self._kana and self._hangul):
            kana, hangul = fonts.marks(delta)
            self._kana, self._hangul = self._kana or kana, self._hangul or hangul
        bounds = self._find_boundaries()
        if bounds:
            self._drop_tail()
            for bound in bounds:  # block by block: the same chunks however the text arrived
                self._render_chunk(self.text[self._committed : bound])
                self._committed = bound
            self._insert_tail(self.text[self._committed :])
        else:
            self._insert_tail(delta)

    def finish(self) -> None:
        """The stream ended: render whatever is left as Markdown."""
        self._drop_tail()
        rest = self.text[self._committed :]
        if rest.strip():
            self._render_chunk(rest)
        self._committed = self._scan = len(self.text)

    # -- boundaries ------------------------------------------------------------------------
    def _find_boundaries(self) -> list[int]:
        """Safe boundaries in the newly complete lines (each one ends a block)."""
        found: list[int] = []
        text = self.text
        while (nl := text.find("\n", self._scan)) >= 0:
            line = text[self._scan : nl]
            self._scan = nl + 1
            marker = _fence(line)
            if self._fence is not None:
                if marker == self._fence and not line.strip().strip(marker[0]):
                    self._fence = None
                    found.append(self._scan)
            elif marker is not None:
                self._fence = marker
            elif not line.strip() and self.text[self._committed : self._scan].strip():
                found.append(self._scan)
        return found

    # -- document edits --------------------------------------------------------------------
    def _apply_fonts(self, start: int) -> None:
        default = fonts.default_script(self.language, self._kana, self._hangul)
        fonts.apply_script_fonts(self.doc, start, self.doc.characterCount(), default)

    def _end_cursor(self) -> QTextCursor:
        cursor = QTextCursor(self.doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def _new_block(self, cursor: QTextCursor) -> None:
        if not self.doc.isEmpty():
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())

    def _drop_tail(self) -> None:
        if self._tail_pos is None:
            return
        cursor = QTextCursor(self.doc)
        cursor.setPosition(self._tail_pos)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._tail_pos = None

    def _insert_tail(self, text: str) -> None:
        if not text:
            return
        cursor = self._end_cursor()
        if self._tail_pos is None:
            self._tail_pos = cursor.position()
            self._new_block(cursor)
        start = cursor.position()
        cursor.insertText(text, QTextCharFormat())
        self._apply_fonts(start)

    def _render_chunk(self, chunk: str) -> None:
        """Markdown prose and fenced code, in order."""
        prose: list[str] = []
        code: list[str] = []
        language = ""
        fence: str | None = None
        for line in chunk.splitlines():
            marker = _fence(line)
            if fence is None and marker is not None:
                self._insert_markdown("\n".join(prose))
                prose = []
                fence, language, code = marker, line.strip()[3:].strip(), []
            elif fence is not None and marker == fence and not line.strip().strip(fence[0]):
                self._insert_code("\n".join(code), language)
                fence = None
            elif fence is not None:
                code.append(line)
            else:
                prose.append(line)
        if fence is not None:  # unclosed fence at the end of a finished answer
            self._insert_code("\n".join(code), language)
        self._insert_markdown("\n".join(prose))

    def _insert_markdown(self, markdown: str) -> None:
        if not markdown.strip():
            return
        fragment = QTextDocumentFragment.fromMarkdown(
            markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        )
        cursor = self._end_cursor()
        self._new_block(cursor)
        start = cursor.position()
        cursor.insertFragment(fragment)
        # A fragment that starts with a list leaves an empty paragraph before it: drop it.
        first = self.doc.findBlock(start)
        following = first.next()
        if (
            start > 0
            and not first.text()
            and first.textList() is None
            and following.isValid()
            and following.textList() is not None
        ):
            gap = QTextCursor(self.doc)
            gap.setPosition(start - 1)
            gap.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
            gap.removeSelectedText()
        self._apply_fonts(max(0, start - 1))

    def _insert_code(self, code: str, language: str) -> None:
        style = self._style()
        index = len(self.code_blocks)
        self.code_blocks.append(code)
        cursor = self._end_cursor()
        self._new_block(cursor)
        start = cursor.position()
        label = QTextCharFormat()
        label.setForeground(style.label)
        label.setFontPointSize(max(style.font.pointSizeF() - 1, 8))
        cursor.insertText(f"{language or 'code'}   ", label)
        link = QTextCharFormat(label)
        link.setAnchor(True)
        link.setAnchorHref(f"{COPY_SCHEME}:{index}")
        link.setForeground(style.link)
        cursor.insertText(self._copy_label(), link)
        block = QTextBlockFormat()
        block.setBackground(style.background)
        block.setLeftMargin(0)
        block.setTopMargin(0)
        block.setBottomMargin(0)
        # Long lines wrap: the pane never scrolls sideways, so an unwrapped line would be
        # cut off at the edge (Copy still gives the code exactly as written).
        mono = QTextCharFormat()
        mono.setFont(style.font)
        lines = ["", *code.split("\n"), ""]  # an empty line above and below as padding
        for line in lines:
            cursor.insertBlock(block, mono)
            cursor.insertText(("  " + line) if line else " ", mono)
        self._apply_fonts(start)
