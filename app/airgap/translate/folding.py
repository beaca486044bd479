"""Text folding for matching: NFKC folds full/half width (ＡＰＩ → API, ｶﾀｶﾅ → カタカナ) and
other compatibility forms; casefold folds case (Straße → strasse). A position map lets a
match in the folded text point back at the original characters."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence


def fold(text: str, *, case: bool = True, width: bool = True) -> str:
    text = unicodedata.normalize("NFKC", text) if width else unicodedata.normalize("NFC", text)
    return text.casefold() if case else text


_CHAR_FOLDS: dict[tuple[bool, bool], dict[str, str]] = {
    (c, w): {} for c in (True, False) for w in (True, False)
}


@functools.cache
def _irregular() -> re.Pattern[str]:
    """Characters that do not fold to exactly one character on their own: expansions (…, ß,
    ligatures), combining marks, conjoining jamo, and everything outside the BMP. Text
    without them folds one to one, so its position map is the identity (built once, ~0.1 s).
    """
    found = []
    for o in range(0x10000):
        if 0xD800 <= o <= 0xDFFF:
            continue
        ch = chr(o)
        k = unicodedata.normalize("NFKC", ch)
        n = unicodedata.normalize("NFC", ch)
        if (
            len(k) != 1
            or len(n) != 1
            or len(k.casefold()) != 1
            or len(n.casefold()) != 1
            or unicodedata.combining(ch)
            or unicodedata.combining(k)
            or 0x1100 <= o <= 0x11FF
            or 0xA960 <= o <= 0xA97F
            or 0xD7B0 <= o <= 0xD7FF
        ):
            found.append(re.escape(ch))
    return re.compile("[" + "".join(found) + "\U00010000-\U0010ffff]")


def fold_with_map(text: str, *, case: bool = True, width: bool = True) -> tuple[str, Sequence[int]]:
    """`fold` per character, plus for each folded character the index of its original one.

    Combining marks that NFKC produces from half-width voicing marks (ｶﾞ) are composed with
    the character before them, so the result equals `fold(text)` for ordinary text.
    """
    if not _irregular().search(text):
        return fold(text, case=case, width=width), range(len(text))
    cache = _CHAR_FOLDS[(case, width)]
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = cache.get(ch)
        if folded is None:
            folded = cache[ch] = fold(ch, case=case, width=width)
        if len(folded) == 1 and not unicodedata.combining(folded):
            out.append(folded)
            origin.append(i)
            continue
        for f in folded:
            if out and unicodedata.combining(f):
                composed = unicodedata.normalize("NFC", out[-1] + f)
                if len(composed) == 1:
                    out[-1] = composed
                    continue
            out.append(f)
            origin.append(i)
    return "".join(out), origin


def is_cjk(ch: str) -> bool:
    """Han, kana, hangul or Thai: scripts where a term may sit inside a longer run."""
    o = ord(ch)
    return (
        0x0E00 <= o <= 0x0E7F
        or 0x1100 <= o <= 0x11FF
        or 0x2E80 <= o <= 0x9FFF
        or 0xAC00 <= o <= 0xD7A3
        or 0xF900 <= o <= 0xFAFF
        or 0xFF66 <= o <= 0xFF9F
        or 0x20000 <= o <= 0x3FFFF
    )


def is_word_char(ch: str) -> bool:
    """A letter or digit of a space-separated script (where terms need word boundaries)."""
    return ch.isalnum() and not is_cjk(ch)
