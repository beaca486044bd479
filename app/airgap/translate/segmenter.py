"""CJK-aware sentence splitting.

Boundaries come after 。！？｡．!? and ellipses (…… ‥ ...), together with the closing quotes
and brackets that follow them. Nothing splits inside a matched pair of quotes or brackets
(「」『』“”‘’（）《》【】… nested to any depth, so 「…『…。』…。」 stays one sentence), inside
URLs, e-mail addresses or decimal numbers, or after abbreviations (e.g., Dr., U.S.) and
initials. An ASCII period needs a space (or a CJK character, or the end) after it, and a
lowercase word after it continues the sentence. A quotation that ends a sentence and is
followed by a quotative particle (と, って, a Korean particle written without a space) or a
comma continues it.

Blank lines always separate paragraphs. Single line breaks are hard boundaries by default
(plain text: headings, list lines, poems), soft in Markdown paragraphs, or guessed ("auto":
soft when the next line starts with a lowercase Latin letter or the line ends with a comma).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import StrEnum
from itertools import accumulate


class LineBreaks(StrEnum):
    HARD = "hard"
    SOFT = "soft"
    AUTO = "auto"


TERMINATORS = "。！？｡．!?.…‥"
_STRONG_CJK = "。！？｡．"
_ELLIPSIS = "…‥"
PAIRS = {
    "「": "」",
    "『": "』",
    "“": "”",
    "‘": "’",
    "（": "）",
    "(": ")",
    "《": "》",
    "〈": "〉",
    "【": "】",
    "〔": "〕",
    "［": "］",
    "[": "]",
    "｛": "｝",
    "«": "»",
    "‹": "›",
}
CLOSERS = set(PAIRS.values())
_TRAILING = CLOSERS | {'"', "'", *TERMINATORS}
_CONTINUATION_PUNCT = set("、，,;；:：")
_QUOTATIVE = set("とっ")  # Japanese と / って after a closing quotation


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lowercased, with their final period. "etc." may end a sentence before a capital.
ABBREVIATIONS = _words(
    """e.g. i.e. cf. vs. viz. approx. ca. dr. mr. mrs. ms. mx. prof. st. jr. sr. mt. ft.
    ed. eds. al. inc. ltd. co. corp. dept. univ. gov. gen. col. lt. sgt. capt. rev. hon.
    u.s. u.k. u.n. e.u. a.m. p.m. ph.d. m.d. b.a. m.a. d.c. z.b. bzw. usw. ggf. u.a. d.h.
    sra. dra. ee.uu. p.ex. mme. mlle. cie. av. resp. incl. excl."""
)
# Abbreviations only before a number (No. 5, Fig. 3, Jan. 12); otherwise ordinary words that
# end sentences ("I said no.", "modern art.").
BEFORE_NUMBER = _words(
    """no. nos. nº. fig. figs. vol. vols. pp. p. ch. sec. art. op. tel. ext. est. min. max.
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec."""
)
_MAY_END = frozenset({"etc.", "usw.", "inc.", "ltd.", "co.", "corp.", "a.m.", "p.m."})
_ENUMERATOR = re.compile(r"\d{1,3}\.|[A-Za-z]\.|[ivxIVX]{1,4}\.")

_PROTECTED = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'「」『』（）《》【】“”，。！？、]*"
    r"[^\s<>\"'「」『』（）《》【】“”，。！？、.,;:!?)\]]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|gov|edu|jp|cn|kr|tw|uk|de|fr)\b"
)
_BRACKET = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS) + '"') + "]")
_CANDIDATE = re.compile("[" + re.escape(TERMINATORS + "".join(CLOSERS) + '"') + "]")
_PARAGRAPH = re.compile(r"\n[ \t\u3000]*\n\s*")


def split(text: str, line_breaks: LineBreaks = LineBreaks.HARD) -> list[str]:
    """The sentences of `text`, without surrounding whitespace."""
    return [text[a:b] for a, b in spans(text, line_breaks)]


def spans(text: str, line_breaks: LineBreaks = LineBreaks.HARD) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`; the gaps between them are whitespace only."""
    found: list[tuple[int, int]] = []
    for start, end in _paragraphs(text, line_breaks):
        para = text[start:end]
        last = 0
        for cut in _boundaries(para):
            found.extend(_trimmed(text, start + last, start + cut))
            last = cut
        found.extend(_trimmed(text, start + last, end))
    return found


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def _paragraphs(text: str, line_breaks: LineBreaks) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _PARAGRAPH.finditer(text):
        yield from _lines(text, start, m.start(), line_breaks)
        start = m.end()
    yield from _lines(text, start, len(text), line_breaks)


def _lines(text: str, start: int, end: int, line_breaks: LineBreaks) -> Iterator[tuple[int, int]]:
    if line_breaks is LineBreaks.SOFT:
        yield start, end
        return
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            yield start, end
            return
        if line_breaks is LineBreaks.HARD or not _soft_break(text, nl, end):
            yield start, nl
            start = nl + 1
        pos = nl + 1


def _soft_break(text: str, nl: int, end: int) -> bool:
    before = text[:nl].rstrip()
    after = text[nl + 1 : end].lstrip()
    if not before or not after:
        return False
    return (after[0].isascii() and after[0].islower()) or before[-1] in _CONTINUATION_PUNCT


def _depths(para: str) -> list[int]:
    """Nesting depth of each position, counting only quote/bracket pairs that match."""
    delta = [0] * (len(para) + 1)
    stack: list[tuple[str, int]] = []
    straight: list[int] = []
    for m in _BRACKET.finditer(para):
        i, ch = m.start(), m.group()
        if ch == '"':
            straight.append(i)
        elif ch in PAIRS:
            stack.append((PAIRS[ch], i))
        elif stack and not (ch == "’" and _between_letters(para, i)):  # not an apostrophe
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == ch:
                    opened = stack[k][1]
                    del stack[k:]
                    delta[opened + 1] += 1  # inside starts after the opener
                    delta[i] -= 1  # the closer itself is at the outer depth
                    break
    # Straight double quotes pair up in order when the paragraph has an even number of them.
    if len(straight) % 2 == 0:
        for opened, closed in zip(straight[::2], straight[1::2], strict=True):
            delta[opened + 1] += 1
            delta[closed] -= 1
    return list(accumulate(delta[:-1]))


def _between_letters(para: str, i: int) -> bool:
    return 0 < i < len(para) - 1 and para[i - 1].isalpha() and para[i + 1].isalpha()


def _protected(para: str) -> list[bool]:
    mask = [False] * len(para)
    for m in _PROTECTED.finditer(para):
        mask[m.start() : m.end()] = [True] * (m.end() - m.start())
    return mask


def _boundaries(para: str) -> Iterator[int]:
    """Cut positions inside one paragraph (the sentence ends before the cut)."""
    depth = _depths(para) if _BRACKET.search(para) else [0] * len(para)
    protected = _protected(para)
    i = 0
    for m in _CANDIDATE.finditer(para):
        if m.start() < i:
            continue  # inside the run just handled
        i = m.start()
        ch = para[i]
        if depth[i] or protected[i]:
            continue
        if ch in TERMINATORS:
            j = _run_end(para, i)
            if _ends_sentence(para, i, j, closed_quote=False):
                yield j
            i = j
        elif ch in CLOSERS or (ch == '"' and i and depth[i - 1]):
            # A quotation closing at the outer level: a sentence ends if it ended inside.
            k = i - 1
            while k >= 0 and (para[k] in CLOSERS or para[k] == '"'):
                k -= 1
            if k < 0 or para[k] not in TERMINATORS:
                continue
            j = _run_end(para, i)
            if _ends_sentence(para, k, j, closed_quote=True):
                yield j
            i = j


def _run_end(para: str, i: int) -> int:
    j = i + 1
    while j < len(para) and para[j] in _TRAILING:
        j += 1
    return j


def _ends_sentence(para: str, i: int, j: int, *, closed_quote: bool) -> bool:
    """Whether the terminator at `i` (its run of marks and closers ending at `j`) ends one."""
    run = para[i:j]
    nxt = para[j] if j < len(para) else ""
    rest = para[j:].lstrip()
    after = rest[0] if rest else ""
    if closed_quote:
        # 「行こう。」と言った / “가자.”라고 했다 / "Stop," he said: the sentence goes on.
        return not (
            nxt in _QUOTATIVE or _is_hangul(nxt) or nxt in _CONTINUATION_PUNCT or _lower(after)
        )
    strong = next((c for c in run if c in _STRONG_CJK), "")
    if strong:
        # ３．１４ is a number, not a sentence end.
        return not (strong == "．" and i > 0 and para[i - 1].isdigit() and nxt.isdigit())
    dots = run.rstrip("".join(CLOSERS) + "\"'")
    ellipsis = all(c in _ELLIPSIS for c in dots) or dots.startswith("..")
    if ellipsis and not any(c in "!?" for c in dots):
        # Mid-sentence pauses are common (我想……也许吧): only a capital, a new quotation or
        # the end after a space makes an ellipsis a boundary.
        if not after:
            return True
        return nxt.isspace() and (after.isupper() or after in PAIRS or after in "\"'")
    if nxt and not nxt.isspace():
        # "OK.今天" / "했다.그리고" end a sentence; example.com, 3.14 and e.g.x do not.
        return _is_cjk(nxt) and not (run == "." and _is_hangul(nxt) and not _is_hangul(para[i - 1]))
    if _lower(after) or after in _CONTINUATION_PUNCT:
        return False  # "e.g. this", "Yahoo! is"
    if run.startswith(".") and not ellipsis:
        word = _word_before(para, i)
        low = word.casefold()
        if low in ABBREVIATIONS:
            return low in _MAY_END and after.isupper()
        if low in BEFORE_NUMBER:
            return not after[:1].isdigit()
        if _ENUMERATOR.fullmatch(word) and not para[: i + 1 - len(word)].strip():
            return False  # a list number starting the line: "1. Install it."
        if len(word) == 2 and word[0].isupper():
            return False  # an initial: J. K. Rowling
        if re.fullmatch(r"(?:[A-Za-z]\.){2,}", word):
            return False  # an unlisted dotted abbreviation (U.S.A.)
    return True


def _word_before(para: str, i: int) -> str:
    k = i
    while (
        k > 0
        and not para[k - 1].isspace()
        and para[k - 1] not in PAIRS
        and para[k - 1] not in "\"'"
    ):
        k -= 1
    return para[k : i + 1]


def _lower(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.islower()


def _is_hangul(ch: str) -> bool:
    return bool(ch) and 0xAC00 <= ord(ch) <= 0xD7A3


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x3040 <= o <= 0x30FF
        or 0x3400 <= o <= 0x9FFF
        or 0xAC00 <= o <= 0xD7A3
        or 0xF900 <= o <= 0xFAFF
    )
