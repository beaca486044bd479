"""CJK font choice per text (DESIGN.md §5: Han unification).

The same Han code point looks different in Chinese, Japanese and Korean typography, so one
global fallback font is wrong for two of the three. The family order is chosen from the text
itself: kana means Japanese, hangul means Korean; otherwise the UI language decides (and
Simplified vs. Traditional Chinese). macOS families come first, Noto CJK is the Linux fallback.
A message mixing languages (a translation table) gets a font per run: each sentence's own kana
or hangul decides its Han characters (`script_runs`, `apply_script_fonts`).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QFont, QFontDatabase, QTextCharFormat, QTextCursor, QTextDocument


class Script(StrEnum):
    JAPANESE = "ja"
    KOREAN = "ko"
    SIMPLIFIED = "zh_CN"
    TRADITIONAL = "zh_TW"


LATIN_FAMILIES = [".AppleSystemUIFont", "SF Pro Text", "Helvetica Neue", "Noto Sans", "DejaVu Sans"]
MONO_FAMILIES = ["SF Mono", "Menlo", "Noto Sans Mono", "DejaVu Sans Mono"]
CJK_FAMILIES: dict[Script, list[str]] = {
    Script.JAPANESE: ["Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP"],
    Script.KOREAN: ["Apple SD Gothic Neo", "Noto Sans CJK KR"],
    Script.SIMPLIFIED: ["PingFang SC", "Noto Sans CJK SC"],
    Script.TRADITIONAL: ["PingFang TC", "Noto Sans CJK TC"],
}
# Mono CJK for code blocks: Noto's mono variants keep the grid.
CJK_MONO: dict[Script, list[str]] = {
    Script.JAPANESE: ["Noto Sans Mono CJK JP"],
    Script.KOREAN: ["Noto Sans Mono CJK KR"],
    Script.SIMPLIFIED: ["Noto Sans Mono CJK SC"],
    Script.TRADITIONAL: ["Noto Sans Mono CJK TC"],
}


def _has_kana(ch: int) -> bool:
    return 0x3040 <= ch <= 0x30FF or 0x31F0 <= ch <= 0x31FF or 0xFF66 <= ch <= 0xFF9F


def _has_hangul(ch: int) -> bool:
    return (
        0xAC00 <= ch <= 0xD7AF
        or 0x1100 <= ch <= 0x11FF
        or 0x3130 <= ch <= 0x318F
        or 0xA960 <= ch <= 0xA97F
        or 0xD7B0 <= ch <= 0xD7FF
    )


def _is_cjk(ch: int) -> bool:
    """Han, kana, hangul and CJK punctuation: the characters whose font depends on the script."""
    return (
        0x2E80 <= ch <= 0x9FFF
        or 0x1100 <= ch <= 0x11FF
        or 0xA960 <= ch <= 0xA97F
        or 0xAC00 <= ch <= 0xD7FF
        or 0xF900 <= ch <= 0xFAFF
        or 0xFE30 <= ch <= 0xFE4F
        or 0xFF00 <= ch <= 0xFFEF
        or 0x20000 <= ch <= 0x3FFFF
    )


# A sentence ends here; the next one may be in another language.
SENTENCE_ENDS = frozenset("。．！？!?.;；\n")
CJK_LANGUAGES = ("ja", "ko", "zh_CN", "zh_TW")


def ui_script(language: str) -> Script:
    """The CJK script implied by the UI language when the text itself does not say."""
    if language == "ja":
        return Script.JAPANESE
    if language == "ko":
        return Script.KOREAN
    if language == "zh_TW":
        return Script.TRADITIONAL
    return Script.SIMPLIFIED


def detect_script(text: str, language: str) -> Script:
    """Kana → Japanese, hangul → Korean (whichever is more frequent), else the UI language."""
    kana = hangul = 0
    for c in text:
        ch = ord(c)
        if ch < 0x1100:
            continue
        if _has_kana(ch):
            kana += 1
        elif _has_hangul(ch):
            hangul += 1
    if kana or hangul:
        return Script.JAPANESE if kana >= hangul else Script.KOREAN
    return ui_script(language)


def marks(text: str) -> tuple[bool, bool]:
    """Whether `text` has any kana, any hangul."""
    return any(_has_kana(ord(c)) for c in text), any(_has_hangul(ord(c)) for c in text)


def default_script(language: str, kana: bool, hangul: bool) -> Script:
    """The script of Han text with no kana or hangul in its sentence: a CJK UI language's,
    else the message's own when it has kana or hangul but not both, else Simplified."""
    if language in CJK_LANGUAGES:
        return ui_script(language)
    if kana != hangul:
        return Script.JAPANESE if kana else Script.KOREAN
    return Script.SIMPLIFIED


def script_runs(text: str, default: Script) -> list[tuple[int, int, Script]]:
    """Spans (start, end) of CJK text and their script: the sentence's kana or hangul
    decides (whichever is more frequent); a sentence of Han only takes `default`."""
    runs: list[tuple[int, int, Script]] = []
    sentence = 0
    for end in range(len(text) + 1):
        if end < len(text) and text[end] not in SENTENCE_ENDS:
            continue
        segment = text[sentence : end + 1]  # with its full stop: 。 differs by script too
        kana = sum(_has_kana(ord(c)) for c in segment)
        hangul = sum(_has_hangul(ord(c)) for c in segment)
        if kana or hangul:
            script = Script.JAPANESE if kana >= hangul else Script.KOREAN
        else:
            script = default
        start: int | None = None
        last = 0
        for i, c in enumerate(segment):
            if _is_cjk(ord(c)):
                if start is None:
                    start = i
                last = i + 1
            elif start is not None and not c.isspace():  # spaces between words keep the run
                runs.append((sentence + start, sentence + last, script))
                start = None
        if start is not None:
            runs.append((sentence + start, sentence + last, script))
        sentence = end + 1
    return runs


def _sentence_start(text: str, index: int) -> int:
    """Where the sentence holding text[index] begins."""
    i = min(index, len(text))
    while i > 0 and text[i - 1] not in SENTENCE_ENDS:
        i -= 1
    return i


def _utf16_offsets(text: str) -> list[int]:
    """Python index → QTextDocument position offset (astral characters take two units)."""
    offsets = [0]
    for c in text:
        offsets.append(offsets[-1] + (2 if ord(c) > 0xFFFF else 1))
    return offsets


def _run_families(current: QTextCharFormat, script: Script) -> list[str]:
    existing = [str(f) for f in (current.fontFamilies() or [])]
    mono = current.fontFixedPitch() or bool(set(existing) & {*MONO_FAMILIES, "monospace"})
    all_cjk = {f for lists in (*CJK_FAMILIES.values(), *CJK_MONO.values()) for f in lists}
    keep = [f for f in existing if f not in all_cjk]
    if mono:
        return [*(keep or MONO_FAMILIES), *installed([*CJK_MONO[script], *CJK_FAMILIES[script]])]
    return installed([*(keep or LATIN_FAMILIES), *CJK_FAMILIES[script]])


def apply_script_fonts(doc: QTextDocument, start: int, end: int, default: Script) -> None:
    """Give each CJK run touching doc[start:end] the families of its own script (a run that
    began before `start` is redone whole: its script may have changed with the new text)."""
    edits: list[tuple[int, int, list[str]]] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        text = block.text()
        base = block.position()
        block_runs: list[tuple[int, int, Script]] = []
        if text and max(text) >= "\u1100":  # else nothing here depends on the script
            astral = max(text) > "\uffff"
            # Streaming appends to a long paragraph: only its last sentence can change.
            cut = 0 if astral or start <= base else _sentence_start(text, start - base)
            offsets = _utf16_offsets(text) if astral else None
            for lo, hi, script in script_runs(text[cut:], default):
                lo, hi = lo + cut, hi + cut
                if offsets is not None:
                    lo, hi = offsets[lo], offsets[hi]
                lo, hi = base + lo, min(base + hi, end)
                if hi > start and lo < hi:
                    block_runs.append((lo, hi, script))
        if block_runs:
            fragments = []
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fragments.append((fragment.position(), fragment.length(), fragment.charFormat()))
                it += 1
            for lo, hi, script in block_runs:
                for position, length, fmt in fragments:
                    a, b = max(lo, position), min(hi, position + length)
                    if a < b:
                        edits.append((a, b, _run_families(fmt, script)))
        block = block.next()
    cursor = QTextCursor(doc)
    for a, b, families in edits:
        if not families:
            continue
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setFontFamilies(families)
        cursor.mergeCharFormat(fmt)


def families_for(text: str, language: str, *, mono: bool = False) -> list[str]:
    """The family order for `text`: Latin (or mono) first, then the CJK families of its script."""
    script = detect_script(text, language)
    if mono:
        return [*MONO_FAMILIES, *CJK_MONO[script], *CJK_FAMILIES[script]]
    return [*LATIN_FAMILIES, *CJK_FAMILIES[script]]


def installed(families: list[str]) -> list[str]:
    """The families of `families` that exist on this system, in order."""
    available = set(QFontDatabase.families())
    return [f for f in families if f in available]


def font_for(text: str, language: str, point_size: float, *, mono: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(installed(families_for(text, language, mono=mono)) or [font.family()])
    font.setPointSizeF(point_size)
    if mono:
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFixedPitch(True)
    return font


def primary_cjk_family(text: str, language: str) -> str | None:
    """The first installed CJK family for `text` (what renders its Han characters)."""
    found = installed(CJK_FAMILIES[detect_script(text, language)])
    return found[0] if found else None
