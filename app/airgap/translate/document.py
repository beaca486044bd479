"""A document as the workspace sees it: segments (source, target, status) plus a skeleton
that the format writers use to rebuild the original layout around the translated text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from airgap.translate.errors import ErrorCode, Param
from airgap.translate.placeholders import plain_text


class Status(StrEnum):
    NEW = "new"
    TRANSLATED = "translated"  # by the model
    EDITED = "edited"  # by hand
    APPROVED = "approved"  # and added to the translation memory
    FROM_MEMORY = "from-memory"  # exact translation-memory match, the model was not asked
    ERROR = "error"


@dataclass
class Segment:
    """One unit to translate. `id` is stable within its document (format-specific)."""

    id: str
    source: str
    target: str = ""
    status: Status = Status.NEW
    error: str = ""  # user-facing message (English) when status is ERROR
    error_code: ErrorCode | None = None  # what failed, for a front end's own language
    error_params: dict[str, Param] = field(default_factory=dict)
    tm_score: int | None = None  # best memory match in percent, None when none was found
    tm_source: str = ""  # the source text of that best match
    missing_terms: list[str] = field(default_factory=list)  # glossary sources not honoured
    # What is wrong with the target's placeholders (⟦1⟧…⟦/1⟧, ⟦2/⟧: see placeholders.py);
    # export repairs them, this tells the translator to look.
    tag_problems: list[str] = field(default_factory=list)
    label: str = ""  # what the table shows beside the text, e.g. a subtitle's timing

    @property
    def output(self) -> str:
        """What the translated document carries: the target, or the source while untranslated."""
        return self.target if self.target else self.source

    @property
    def plain_output(self) -> str:
        """The output as file text: without placeholders, literal brackets unescaped."""
        return plain_text(self.source, self.output)


# A skeleton piece is literal text (kept as it is) or the index of a segment in the document.
Piece = str | int


@dataclass
class Document:
    """Segments plus what the writer needs. `extra` holds format state (the original .docx
    bytes, the parsed XLIFF tree) and is opaque outside the format that put it there."""

    format: str
    segments: list[Segment]
    skeleton: list[Piece] = field(default_factory=list)
    source_lang: str | None = None
    target_lang: str | None = None
    name: str = ""
    extra: Any = None

    def render(self) -> str:
        """The skeleton with each segment's output in place (text-like formats); inline
        markup placeholders (from a .docx or XLIFF source) do not belong in plain text."""
        return "".join(
            piece if isinstance(piece, str) else self.segments[piece].plain_output
            for piece in self.skeleton
        )
