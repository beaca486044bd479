"""CJK font choice per text (DESIGN.md §5: Han unification).

The same Han code point looks different in Chinese, Japanese and Korean typography, so one
global fallback font is wrong for two of the three. The family order is chosen from the text
itself: kana means Japanese, hangul means Korean; otherwise the UI language decides (and
Simplified vs. Traditional Chinese). macOS families come first, Noto CJK is the Linux fallback.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QFont, QFontDatabase


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
    return font


def primary_cjk_family(text: str, language: str) -> str | None:
    """The first installed CJK family for `text` (what renders its Han characters)."""
    found = installed(CJK_FAMILIES[detect_script(text, language)])
    return found[0] if found else None
