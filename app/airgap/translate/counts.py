"""The counts translators bill by: characters for CJK and Thai (whitespace and punctuation
excluded), words for space-separated languages, per segment and per document."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from airgap.translate.document import Segment
from airgap.translate.folding import is_cjk
from airgap.translate.languages import uses_cjk_counting
from airgap.translate.placeholders import strip

# A word of a space-separated script: letters/digits with inner apostrophes, hyphens, dots
# (don't, e-mail, 3.14); each Han/kana/Thai character is a word of its own, as word
# processors count them.
_WORD = re.compile(r"[^\W_]+(?:['’\-.,][^\W_]+)*")


@dataclass(frozen=True)
class Count:
    characters: int  # without whitespace and punctuation
    words: int
    billable: int  # characters or words, by the language
    unit: str  # "characters" or "words"

    def __add__(self, other: Count) -> Count:
        unit = self.unit if self.unit == other.unit else "mixed"
        return Count(
            self.characters + other.characters,
            self.words + other.words,
            self.billable + other.billable,
            unit,
        )


def characters(text: str) -> int:
    """Characters that are neither whitespace, punctuation nor symbols (NFC)."""
    return sum(
        1
        for ch in unicodedata.normalize("NFC", text)
        if not ch.isspace() and unicodedata.category(ch)[0] not in "PSCZ"
    )


def words(text: str) -> int:
    total = 0
    for m in _WORD.finditer(text):
        in_run = False
        for ch in m.group():
            if is_cjk(ch) and not _is_hangul(ch):
                total += 1  # Han, kana, Thai: one word per character
                in_run = False
            elif not in_run:
                total += 1
                in_run = True
    return total


def _is_hangul(ch: str) -> bool:
    o = ord(ch)
    return 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F


def count(text: str, lang: str | None) -> Count:
    chars, wds = characters(text), words(text)
    by_chars = uses_cjk_counting(lang) if lang else False
    return Count(chars, wds, chars if by_chars else wds, "characters" if by_chars else "words")


@dataclass(frozen=True)
class DocumentCount:
    source: Count
    target: Count
    segments: list[tuple[Count, Count]]


def count_segments(
    segments: Iterable[Segment], source_lang: str | None, target_lang: str | None
) -> DocumentCount:
    per = [
        (count(strip(s.source), source_lang), count(strip(s.target), target_lang)) for s in segments
    ]  # placeholders (inline markup) are not billed; literal ⟦1⟧ text is, unescaped
    empty_src = count("", source_lang)
    empty_tgt = count("", target_lang)
    src = sum((p[0] for p in per), empty_src)
    tgt = sum((p[1] for p in per), empty_tgt)
    return DocumentCount(src, tgt, per)
