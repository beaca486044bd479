from airgap.text import REPLACEMENT, clean_text


def test_lone_surrogate_becomes_replacement_character() -> None:
    cleaned = clean_text("a\ud800b")
    assert cleaned == f"a{REPLACEMENT}b"
    cleaned.encode("utf-8")  # would raise on a surrogate


def test_split_surrogate_pair_is_joined() -> None:
    assert clean_text("smile \ud83d\ude00") == "smile 😀"


def test_nul_and_controls_dropped_but_layout_kept() -> None:
    assert clean_text("a\x00b\x07c\td\r\ne\rf") == "abc\td\ne\nf"


def test_cjk_untouched() -> None:
    text = "東京で翻訳する。한국어 文本"
    assert clean_text(text) == text
