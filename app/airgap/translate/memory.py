"""Translation memory: approved segment pairs per language pair, exact and fuzzy lookup.

Fuzzy similarity is character-based so that it works for CJK as well as for spaced scripts:
100 × (1 − edit distance / longer length) over NFKC-folded, case-folded text with runs of
whitespace collapsed; one character changed in a 10-character sentence scores 90. Candidates
come from an inverted index of character bigrams (counted with numpy): only the entries
sharing the largest share of the query's bigrams get an edit distance, so a lookup never
compares against the whole memory; the edit distance is the bit-parallel algorithm of Myers/Hyyrö,
one pass of integer operations per character.
"""

from __future__ import annotations

import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from airgap.translate.folding import fold
from airgap.translate.languages import normalize
from airgap.translate.placeholders import strip as strip_placeholders

MAX_CANDIDATES = 12  # entries scored with the edit distance per lookup


@dataclass(frozen=True)
class TMEntry:
    source: str
    target: str
    source_lang: str
    target_lang: str
    created: float = field(default=0.0, compare=False)
    origin: str = field(default="", compare=False)  # e.g. a document name or "tmx import"


@dataclass(frozen=True)
class TMMatch:
    entry: TMEntry
    score: int  # percent; 100 only for an exact match
    exact: bool


def exact_key(text: str) -> str:
    """Identity for exact matches: NFC with whitespace runs collapsed (case and width count)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def fuzzy_key(text: str) -> str:
    """Folded text without placeholders (⟦1⟧…): inline markup does not change the score;
    brackets that are text (escaped in segment text as ⟦⟦1⟧) count as the text they are."""
    return " ".join(fold(strip_placeholders(text)).split())


def _bigrams(key: str) -> set[str]:
    padded = f"\x02{key}\x03"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (bit-parallel; Python integers hold the whole column)."""
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq: dict[str, int] = {}
    for i, ch in enumerate(b):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = full, 0, m
    for ch in a:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
    return score


def similarity(a: str, b: str) -> int:
    """Fuzzy score in percent between two texts (100 when their fuzzy keys are equal)."""
    ka, kb = fuzzy_key(a), fuzzy_key(b)
    return key_similarity(ka, kb)


def key_similarity(ka: str, kb: str) -> int:
    """Similarity in percent of two texts already passed through `fuzzy_key`."""
    longest = max(len(ka), len(kb))
    if longest == 0:
        return 100
    return int(100 * (1 - edit_distance(ka, kb) / longest) + 1e-9)


@dataclass
class _Pair:
    """The entries of one language pair and their indexes."""

    entries: list[TMEntry] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)  # bigrams per entry
    by_exact: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    # numpy copies of the posting lists and sizes, made when a lookup needs them.
    arrays: dict[str, npt.NDArray[np.int32]] = field(default_factory=dict)
    sizes_np: npt.NDArray[np.int32] | None = None

    def posting_array(self, gram: str) -> npt.NDArray[np.int32]:
        posting = self.postings[gram]
        array = self.arrays.get(gram)
        if array is None or len(array) != len(posting):
            array = self.arrays[gram] = np.asarray(posting, dtype=np.int32)
        return array

    def sizes_array(self) -> npt.NDArray[np.int32]:
        if self.sizes_np is None or len(self.sizes_np) != len(self.sizes):
            self.sizes_np = np.asarray(self.sizes, dtype=np.int32)
        return self.sizes_np


class TranslationMemory:
    def __init__(self, entries: Iterable[TMEntry] = ()) -> None:
        self._pairs: dict[tuple[str, str], _Pair] = {}
        for entry in entries:
            self.add(entry)

    def __len__(self) -> int:
        return sum(len(p.entries) for p in self._pairs.values())

    def entries(self) -> list[TMEntry]:
        return [e for p in self._pairs.values() for e in p.entries]

    def add(self, entry: TMEntry) -> TMEntry:
        """Store a pair; the same source and target again replaces nothing and adds nothing."""
        src, tgt = normalize(entry.source_lang), normalize(entry.target_lang)
        pair = self._pairs.setdefault((src, tgt), _Pair())
        ekey = exact_key(entry.source)
        for index in pair.by_exact.get(ekey, ()):
            if pair.entries[index].target == entry.target:
                return pair.entries[index]
        stored = TMEntry(
            entry.source,
            entry.target,
            src,
            tgt,
            created=entry.created or time.time(),
            origin=entry.origin,
        )
        index = len(pair.entries)
        pair.entries.append(stored)
        key = fuzzy_key(entry.source)
        pair.keys.append(key)
        pair.by_exact[ekey].append(index)
        grams = _bigrams(key)
        pair.sizes.append(len(grams))
        for gram in grams:
            pair.postings[gram].append(index)
        return stored

    def add_pair(
        self, source: str, target: str, source_lang: str, target_lang: str, origin: str = ""
    ) -> TMEntry:
        return self.add(TMEntry(source, target, source_lang, target_lang, origin=origin))

    def exact(self, source: str, source_lang: str, target_lang: str) -> TMEntry | None:
        """The newest entry whose source is this text (whitespace runs aside)."""
        pair = self._pairs.get((normalize(source_lang), normalize(target_lang)))
        if pair is None:
            return None
        hits = pair.by_exact.get(exact_key(source))
        return pair.entries[hits[-1]] if hits else None

    def lookup(
        self,
        source: str,
        source_lang: str,
        target_lang: str,
        *,
        min_score: int = 70,
        limit: int = 5,
    ) -> list[TMMatch]:
        """Best matches first: exact ones (100), then fuzzy ones of at least `min_score`."""
        pair = self._pairs.get((normalize(source_lang), normalize(target_lang)))
        if pair is None:
            return []
        results: dict[int, TMMatch] = {}
        for index in pair.by_exact.get(exact_key(source), ()):
            results[index] = TMMatch(pair.entries[index], 100, exact=True)
        key = fuzzy_key(source)
        query = _bigrams(key)
        arrays = [pair.posting_array(g) for g in query if g in pair.postings]
        if not arrays:
            return self._ranked(results, limit)
        # Shared bigrams per entry, as a share of the larger bigram set (a Dice-like
        # estimate); counted with numpy so that frequent bigrams cost microseconds.
        shared = np.bincount(np.concatenate(arrays), minlength=len(pair.entries))
        ratio = shared / np.maximum(pair.sizes_array(), len(query))
        for index in results:
            ratio[index] = 0.0
        top = min(MAX_CANDIDATES, len(ratio))
        best = np.argpartition(-ratio, top - 1)[:top]
        longest_allowed = len(key) * 100 / max(min_score, 1)
        for index in best[np.argsort(-ratio[best])].tolist():
            if ratio[index] <= 0:
                break
            other = pair.keys[index]
            if len(other) > longest_allowed or len(key) > len(other) * 100 / max(min_score, 1):
                continue  # the lengths alone rule out min_score
            score = min(key_similarity(key, other), 99)
            if score >= min_score:
                results[index] = TMMatch(pair.entries[index], score, exact=False)
        return self._ranked(results, limit)

    @staticmethod
    def _ranked(results: dict[int, TMMatch], limit: int) -> list[TMMatch]:
        ranked = sorted(results.items(), key=lambda kv: (-kv[1].score, -kv[0]))
        return [match for _, match in ranked[:limit]]
