"""Language codes and the script-based guess of a text's language."""

from __future__ import annotations

import pytest
from airgap.translate.errors import UnknownLanguage
from airgap.translate.languages import LANGUAGES, detect_language, normalize, uses_cjk_counting


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("今日は東京へ行きます。", "ja"),
        ("東京都の人口は約千四百万人で、日本最大の都市である。", "ja"),
        ("我们这个时候说话。", "zh-Hans"),
        ("我們這個時候說話。", "zh-Hant"),
        ("안녕하세요, 반갑습니다.", "ko"),
        ("สวัสดีครับ ยินดีต้อนรับ", "th"),
        ("Привет, как дела?", "ru"),
        ("Tôi là người Việt Nam, tôi yêu đất nước.", "vi"),
        ("The cat is on the table and it is happy.", "en"),
        ("Le chat est sur la table et il dort.", "fr"),
        ("Der Hund ist nicht hier, er ist im Garten.", "de"),
        ("El perro está en la casa con los niños.", "es"),
        ("O cachorro não está em casa com as crianças.", "pt"),
        ("Saya tidak tahu dan itu bukan masalah untuk kami.", "id"),
    ],
)
def test_detects_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_no_letters_no_guess() -> None:
    assert detect_language("12345 — 3.14") is None
    assert detect_language("") is None


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("zh-CN", "zh-Hans"),
        ("zh_TW", "zh-Hant"),
        ("zh-Hant-HK", "zh-Hant"),
        ("EN-us", "en"),
        ("ja-JP", "ja"),
        ("pt-BR", "pt"),
        ("in", "id"),
    ],
)
def test_normalize(raw: str, code: str) -> None:
    assert normalize(raw) == code


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(UnknownLanguage, match="xx"):
        normalize("xx-YY")


def test_all_thirteen_languages_and_billing_units() -> None:
    assert set(LANGUAGES) == {
        "zh-Hans",
        "zh-Hant",
        "ja",
        "ko",
        "en",
        "fr",
        "de",
        "es",
        "pt",
        "ru",
        "vi",
        "th",
        "id",
    }
    assert uses_cjk_counting("ja") and uses_cjk_counting("zh-TW") and uses_cjk_counting("ko")
    assert not uses_cjk_counting("en") and not uses_cjk_counting("vi")
