"""The glossary (term base) of a project: which terms occur in a segment (for the prompt),
and which of them a translation fails to render (the missing-term check).

Matching is CJK-aware: Han/kana/hangul terms match inside longer runs (東京 in 東京都), terms
of space-separated scripts need word boundaries (API not in "rapid"; a plural s/es is allowed).
Unless a term says otherwise, case and width are folded (ＡＰＩ = API = api). The missing-term
check always folds both, so width or case variants of the target term are never flagged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from airgap.translate.folding import fold, fold_with_map, is_word_char


@dataclass(frozen=True)
class Term:
    source: str
    target: str
    note: str = ""
    case_sensitive: bool = False
    width_sensitive: bool = False


@dataclass(frozen=True)
class TermMatch:
    term: Term
    start: int  # in the original text
    end: int


_PLURALS = ("", "s", "es")


@dataclass
class _Group:
    """Terms sharing one folding, indexed by their first folded character."""

    case: bool
    width: bool
    by_first: dict[str, list[tuple[str, Term]]] = field(default_factory=lambda: defaultdict(list))
    starts: re.Pattern[str] | None = None  # any first character, rebuilt after changes

    def first_chars(self) -> re.Pattern[str]:
        if self.starts is None:
            self.starts = re.compile("[" + "".join(re.escape(c) for c in self.by_first) + "]")
        return self.starts


class Glossary:
    def __init__(
        self,
        terms: list[Term] | tuple[Term, ...] = (),
        *,
        source_lang: str | None = None,
        target_lang: str | None = None,
        name: str = "",
    ) -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.name = name
        self._terms: list[Term] = []
        self._groups: dict[tuple[bool, bool], _Group] = {}
        for term in terms:
            self.add(term)

    @property
    def terms(self) -> list[Term]:
        return list(self._terms)

    def __len__(self) -> int:
        return len(self._terms)

    def add(self, term: Term) -> None:
        if not term.source.strip():
            return
        self._terms.append(term)
        case, width = not term.case_sensitive, not term.width_sensitive
        group = self._groups.setdefault((case, width), _Group(case, width))
        key = fold(term.source.strip(), case=case, width=width)
        group.by_first[key[0]].append((key, term))
        group.starts = None

    def remove(self, term: Term) -> None:
        self._terms.remove(term)
        self._rebuild()

    def _rebuild(self) -> None:
        terms, self._terms, self._groups = self._terms, [], {}
        for term in terms:
            self.add(term)

    def matches(self, text: str) -> list[TermMatch]:
        """Every occurrence of a term in `text`, by position; a longer term wins an overlap."""
        found: list[TermMatch] = []
        for group in self._groups.values():
            folded, origin = fold_with_map(text, case=group.case, width=group.width)
            for hit in group.first_chars().finditer(folded):
                pos = hit.start()
                for key, term in group.by_first[hit.group()]:
                    end = _match_end(folded, pos, key)
                    if end is not None:
                        stop = origin[end - 1] + 1 if end > 0 else 0
                        found.append(TermMatch(term, origin[pos], stop))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[TermMatch] = []
        reach = 0
        for m in found:
            if m.start >= reach:
                kept.append(m)
                reach = m.end
        return kept

    def terms_in(self, text: str) -> list[Term]:
        """The distinct terms occurring in `text`, in order of first occurrence."""
        seen: dict[Term, None] = {}
        for m in self.matches(text):
            seen.setdefault(m.term, None)
        return list(seen)

    def missing(self, source: str, target: str) -> list[Term]:
        """Terms occurring in `source` whose target term does not occur in `target`."""
        folded_target = fold(target)
        return [
            term
            for term in self.terms_in(source)
            if term.target.strip() and fold(term.target.strip()) not in folded_target
        ]


def _match_end(folded: str, pos: int, key: str) -> int | None:
    if not folded.startswith(key, pos):
        return None
    if is_word_char(key[0]) and pos > 0 and is_word_char(folded[pos - 1]):
        return None
    end = pos + len(key)
    if not is_word_char(key[-1]):
        return end
    for suffix in _PLURALS:
        stop = end + len(suffix)
        if folded.startswith(suffix, end) and (
            stop >= len(folded) or not is_word_char(folded[stop])
        ):
            return stop
    return None
