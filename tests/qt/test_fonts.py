"""CJK typography: the chosen fonts cover the sample texts, and Han unification is handled."""

from __future__ import annotations

import pytest
from airgap.ui import fonts
from airgap.ui.fonts import Script
from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QApplication

SAMPLES = {
    "en": "The quick brown fox jumps over the lazy dog. 0123456789",
    "zh_CN": "简体中文：这是一个汉字显示测试，东京的天气怎么样？「引号」",
    "zh_TW": "繁體中文：這是一個漢字顯示測試，東京的天氣怎麼樣？「引號」",
    "ja": "日本語のテキスト：ひらがな、カタカナ、漢字。東京は晴れです。ｶﾀｶﾅ",
    "ko": "한국어 텍스트: 한글과 漢字를 함께 표시합니다. 서울의 날씨는 맑음.",
}


@pytest.mark.parametrize("language", list(SAMPLES))
def test_chosen_fonts_cover_every_glyph(qapp: QApplication, language: str) -> None:
    text = SAMPLES[language]
    font = fonts.font_for(text, language, 13)
    families = font.families()
    assert families, "no installed family at all"
    raws = [QRawFont.fromFont(QFont(family)) for family in families]
    tofu = [
        ch
        for ch in text
        if not ch.isspace() and not any(raw.supportsCharacter(ord(ch)) for raw in raws)
    ]
    assert not tofu, f"{language}: no glyph for {tofu!r} in {families}"
    if language != "en":
        primary = fonts.primary_cjk_family(text, language)
        assert primary is not None
        raw = QRawFont.fromFont(QFont(primary))
        cjk = [ch for ch in text if ord(ch) > 0x2E80]
        assert all(raw.supportsCharacter(ord(ch)) for ch in cjk), primary


def test_han_unification_follows_the_text_then_the_ui_language() -> None:
    assert fonts.detect_script("東京は晴れです", "zh_CN") is Script.JAPANESE  # kana
    assert fonts.detect_script("서울 漢字", "zh_TW") is Script.KOREAN  # hangul
    assert fonts.detect_script("東京", "ja") is Script.JAPANESE  # Han only: UI language
    assert fonts.detect_script("東京", "zh_TW") is Script.TRADITIONAL
    assert fonts.detect_script("东京", "en") is Script.SIMPLIFIED
    ja = fonts.families_for("東京", "ja")
    tc = fonts.families_for("東京", "zh_TW")
    assert ja.index("Hiragino Sans") < ja.index("Noto Sans CJK JP")  # macOS names first
    assert "PingFang TC" in tc and "Noto Sans CJK JP" not in tc
    assert "Apple SD Gothic Neo" in fonts.families_for("한국어", "en")


def test_linux_fallback_families_are_installed(qapp: QApplication) -> None:
    """Debian's fonts-noto-cjk (see .ci/run) provides the fallback for all four scripts."""
    for script in Script:
        assert fonts.installed(fonts.CJK_FAMILIES[script]), script
