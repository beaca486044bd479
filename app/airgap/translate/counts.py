"""The counts translators bill by: characters for CJK and Thai (whitespace and punctuation
excluded), words for space-separated languages, per segment and per document.

`count_segments` counts a whole document; `SegmentCounts` keeps those counts up to date as
the translator edits (the Translate page recounts on every edit, and a full count of a
5,000-segment document takes a noticeable fraction of a second): only segments whose text
changed are counted again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
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

    def __sub__(self, other: Count) -> Count:
        return Count(
            self.characters - other.characters,
            self.words - other.words,
            self.billable - other.billable,
            self.unit,
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
    per = [_pair(s.source, s.target, source_lang, target_lang) for s in segments]
    empty_src = count("", source_lang)
    empty_tgt = count("", target_lang)
    src = sum((p[0] for p in per), empty_src)
    tgt = sum((p[1] for p in per), empty_tgt)
    return DocumentCount(src, tgt, per)


def _pair(
    source: str, target: str, source_lang: str | None, target_lang: str | None
) -> tuple[Count, Count]:
    # Placeholders (inline markup) are not billed; literal ⟦1⟧ text is, unescaped.
    return count(strip(source), source_lang), count(strip(target), target_lang)


class SegmentCounts:
    """A document's counts kept between updates: each segment's counts are cached with the
    texts they were made from, so `update` after an edit counts that one segment again and
    moves the totals by the difference. It gives what `count_segments` gives."""

    def __init__(self) -> None:
        self._langs: tuple[str | None, str | None] | None = None
        self._texts: list[tuple[str, str]] = []
        self._per: list[tuple[Count, Count]] = []
        self._source = count("", None)
        self._target = count("", None)

    def update(
        self, segments: Sequence[Segment], source_lang: str | None, target_lang: str | None
    ) -> DocumentCount:
        if self._langs != (source_lang, target_lang):  # other units: count everything
            self._langs = (source_lang, target_lang)
            self._texts, self._per = [], []
            self._source, self._target = count("", source_lang), count("", target_lang)
        for _ in range(len(self._per) - len(segments)):  # a shorter document
            self._texts.pop()
            gone_source, gone_target = self._per.pop()
            self._source -= gone_source
            self._target -= gone_target
        for index, segment in enumerate(segments):
            texts = (segment.source, segment.target)
            if index < len(self._texts) and self._texts[index] == texts:
                continue
            pair = _pair(segment.source, segment.target, source_lang, target_lang)
            if index < len(self._per):
                old_source, old_target = self._per[index]
                self._source -= old_source
                self._target -= old_target
                self._texts[index], self._per[index] = texts, pair
            else:
                self._texts.append(texts)
                self._per.append(pair)
            self._source += pair[0]
            self._target += pair[1]
        return DocumentCount(self._source, self._target, list(self._per))
