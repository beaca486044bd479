"""The languages the workspace offers, code normalisation (zh-CN → zh-Hans, en-US → en) and a
script-based guess of a text's language (kana → ja, hangul → ko, Han simplified vs traditional,
Thai, Cyrillic, Vietnamese diacritics, Latin stopwords)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from airgap.translate.errors import ErrorCode, UnknownLanguage


@dataclass(frozen=True)
class Language:
    code: str  # BCP 47, as used in XLIFF/TMX
    name: str  # English name, used in prompts
    native: str  # shown in pickers
    by_characters: bool  # billed by characters (CJK, Thai); otherwise by words


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("zh-Hans", "Simplified Chinese", "简体中文", by_characters=True),
        Language("zh-Hant", "Traditional Chinese", "繁體中文", by_characters=True),
        Language("ja", "Japanese", "日本語", by_characters=True),
        Language("ko", "Korean", "한국어", by_characters=True),
        Language("en", "English", "English", by_characters=False),
        Language("fr", "French", "Français", by_characters=False),
        Language("de", "German", "Deutsch", by_characters=False),
        Language("es", "Spanish", "Español", by_characters=False),
        Language("pt", "Portuguese", "Português", by_characters=False),
        Language("ru", "Russian", "Русский", by_characters=False),
        Language("vi", "Vietnamese", "Tiếng Việt", by_characters=False),
        Language("th", "Thai", "ไทย", by_characters=True),
        Language("id", "Indonesian", "Bahasa Indonesia", by_characters=False),
    )
}

_TRADITIONAL_REGIONS = {"tw", "hk", "mo", "hant"}


def normalize(code: str) -> str:
    """Map a tag from a file or a user (zh-CN, zh_TW, EN-us, pt-BR, ja-JP) to one of ours."""
    raw = code.strip().replace("_", "-")
    parts = [p.lower() for p in raw.split("-") if p]
    if not parts:
        raise UnknownLanguage(ErrorCode.NO_LANGUAGE)
    base = parts[0]
    if base == "zh":
        return "zh-Hant" if any(p in _TRADITIONAL_REGIONS for p in parts[1:]) else "zh-Hans"
    if base in ("in",):  # the old code for Indonesian
        base = "id"
    if base in LANGUAGES:
        return base
    raise UnknownLanguage(ErrorCode.UNKNOWN_LANGUAGE, language=code)


def get(code: str) -> Language:
    return LANGUAGES[normalize(code)]


def uses_cjk_counting(code: str) -> bool:
    """Billed by characters rather than words (Chinese, Japanese, Korean, Thai)."""
    return get(code).by_characters


# ------------------------------------------------------------------ detection

# Characters whose simplified and traditional forms differ, among the most frequent.
_SIMPLIFIED = set(
    "这们说时会对来为国过发后学问经现样还进长门开关东车话认让体见电书买卖么头没边应种实点业产动与员机"
    "们个区医华单历压厂县变号听员图团处备头夹寻将尔尽层岁币师带帮广应庆广录总战扩执择护报拥"
    "无时显条来杂权极构标样桥检欢气汉汤汇决况净准减饭钱铁银错门问间闻阳阴际陈难题风飞马鱼鸟龙"
)
_TRADITIONAL = set(
    "這們說時會對來為國過發後學問經現樣還進長門開關東車話認讓體見電書買賣麼頭沒邊應種實點業產動與員機"
    "個區醫華單歷壓廠縣變號聽圖團處備夾尋將爾盡層歲幣師帶幫廣慶錄總戰擴執擇護報擁"
    "無顯條雜權極構標橋檢歡氣漢湯匯決況淨準減飯錢鐵銀錯間聞陽陰際陳難題風飛馬魚鳥龍"
)
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and of to is in that it was for on are with as this be at by have from not "
        "you or an they which we his her their has will would can"
    ),
    "fr": _words(
        "le la les des est et une un du que qui dans pour pas sur au avec ce il elle sont "
        "nous vous mais ou je ne se"
    ),
    "de": _words(
        "der die das und ist nicht ein eine zu den mit sich des auf für im dem von sie es "
        "ich wir auch als wird sind"
    ),
    "es": _words(
        "el la los las de que y en un una es por con para no se del al lo como más pero "
        "sus está son"
    ),
    "pt": _words(
        "o a os as de que e em um uma é do da dos das para com não por mais se ao mas foi está são"
    ),
    "id": _words(
        "dan yang di ini itu dengan untuk tidak dari dalam akan pada adalah ke juga "
        "saya kami mereka bisa ada atau"
    ),
}
_ACCENT_HINTS = {"de": "äöüßÄÖÜ", "es": "ñ¿¡", "pt": "ãõ", "fr": "èêëîïûùœ"}
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Detection:
    code: str | None  # None: nothing to go on (empty, digits, symbols)
    confidence: float  # 0..1, rough


def detect(text: str) -> Detection:
    """Guess the language of `text` from its scripts, then from stopwords for Latin text."""
    kana = hangul = han = thai = cyrillic = latin = 0
    for ch in text:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9D:
            kana += 1
        elif 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
            hangul += 1
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
            han += 1
        elif 0x0E00 <= o <= 0x0E7F:
            thai += 1
        elif 0x0400 <= o <= 0x04FF:
            cyrillic += 1
        elif ch.isalpha() and o < 0x2000:
            latin += 1
    letters = kana + hangul + han + thai + cyrillic + latin
    if letters == 0:
        return Detection(None, 0.0)
    # A few kana decide Japanese even in Han-heavy text (particles); Chinese has none.
    if kana and kana >= 0.05 * (kana + han):
        return Detection("ja", min(1.0, (kana + han) / letters))
    scripts = {"ko": hangul, "zh": han, "th": thai, "ru": cyrillic, "latin": latin}
    best = max(scripts, key=lambda k: scripts[k])
    share = scripts[best] / letters
    if best == "zh":
        simplified = sum(ch in _SIMPLIFIED for ch in text)
        traditional = sum(ch in _TRADITIONAL for ch in text)
        return Detection("zh-Hant" if traditional > simplified else "zh-Hans", share)
    if best != "latin":
        return Detection(best, share)
    return Detection(_latin_language(text), share * 0.8)


def _latin_language(text: str) -> str:
    if len(_VIETNAMESE.findall(text)) >= 2:
        return "vi"
    words = [w.casefold() for w in _WORD.findall(text)]
    scores = {code: sum(w in stop for w in words) for code, stop in _STOPWORDS.items()}
    for code, hints in _ACCENT_HINTS.items():
        scores[code] += 2 * sum(ch in hints for ch in text)
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    return best if scores[best] > 0 else "en"


def detect_language(text: str) -> str | None:
    """The code of the most likely language, or None when the text has no letters."""
    return detect(text).code
