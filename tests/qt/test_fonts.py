"""CJK typography: the chosen fonts cover the sample texts, Han unification is handled, and
a message mixing Japanese, Chinese and Korean gets each sentence's own font."""

from __future__ import annotations

import pytest
from airgap.engine.api import FinishReason, Role
from airgap.ui import fonts
from airgap.ui.chat_view import ChatView
from airgap.ui.conversation import Message, new_id
from airgap.ui.fonts import Script
from PySide6.QtGui import QFont, QRawFont, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

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


def fragment_families(doc: QTextDocument, needle: str) -> list[str]:
    """The families the fragment containing `needle` asks for (empty: none set)."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if needle in fragment.text():
                return [str(f) for f in fragment.charFormat().fontFamilies() or []]
            it += 1
        block = block.next()
    raise AssertionError(f"{needle!r} not in the document")


def cjk_families(doc: QTextDocument, needle: str) -> list[str]:
    all_cjk = {f for families in fonts.CJK_FAMILIES.values() for f in families}
    return [f for f in fragment_families(doc, needle) if f in all_cjk]


MIXED = "東京は晴れです。这是一个中文句子。서울의 날씨는 맑음."


@pytest.mark.parametrize("streamed", [False, True])
def test_each_sentence_gets_its_own_scripts_font(qtbot: QtBot, streamed: bool) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    text = (
        f"Translations:\n\n{MIXED}\n\n| ja | zh | ko |\n|---|---|---|\n| 漢字です | 汉字 | 한자 |\n"
    )
    if streamed:
        reply = Message(new_id(), None, Role.ASSISTANT)
        view.begin_stream(reply)
        for i in range(0, len(text), 3):
            view.feed_text(text[i : i + 3])
            view.flush()
        reply.finish = FinishReason.STOP
        view.end_stream(reply)
        widget = view.widgets[-1]
    else:
        widget = view.append(
            Message(new_id(), None, Role.ASSISTANT, text, finish=FinishReason.STOP)
        )
    doc = widget.body.document()
    ja, zh, ko = (cjk_families(doc, s)[0] for s in ("晴れ", "中文句子", "날씨"))
    assert (ja, zh, ko) == ("Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK KR")
    assert cjk_families(doc, "漢字です")[0] == "Noto Sans CJK JP"  # in a table cell
    assert cjk_families(doc, "汉字")[0] == "Noto Sans CJK SC"
    assert cjk_families(doc, "한자")[0] == "Noto Sans CJK KR"
    assert cjk_families(doc, "Translations") == []  # English is left as it was


def test_english_and_code_keep_their_formats(qtbot: QtBot) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    text = "Plain **bold** and `code`.\n\n```python\nprint('東京は晴れ')\n```\n"
    widget = view.append(Message(new_id(), None, Role.ASSISTANT, text, finish=FinishReason.STOP))
    doc = widget.body.document()
    plain = QTextDocument()
    plain.setMarkdown("Plain **bold** and `code`.")
    assert doc.begin().text() == plain.begin().text()
    assert fragment_families(doc, "Plain") == []
    assert fragment_families(doc, "code") == ["monospace"]  # Qt's inline code, untouched
    families = fragment_families(doc, "東京は晴れ")
    assert families[0] in fonts.MONO_FAMILIES  # code stays monospace first
    assert "Noto Sans Mono CJK JP" in families  # with the Japanese mono CJK face


def test_a_users_mixed_message_gets_fonts_per_run_too(qtbot: QtBot) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    widget = view.append(Message(new_id(), None, Role.USER, MIXED))
    doc = widget.body.document()
    assert cjk_families(doc, "晴れ")[0] == "Noto Sans CJK JP"
    assert cjk_families(doc, "中文句子")[0] == "Noto Sans CJK SC"
    assert cjk_families(doc, "날씨")[0] == "Noto Sans CJK KR"
    astral = view.append(Message(new_id(), None, Role.USER, "𠮷野家のご飯。后来他走了。좋아요."))
    doc = astral.body.document()  # a character outside the BMP takes two positions in Qt
    assert cjk_families(doc, "𠮷野家")[0] == "Noto Sans CJK JP"
    assert cjk_families(doc, "后来")[0] == "Noto Sans CJK SC"


def test_script_runs_split_by_sentence() -> None:
    runs = fonts.script_runs("A 東京は晴れ。漢字。text 한국 漢字.", Script.TRADITIONAL)
    assert runs == [
        (2, 8, Script.JAPANESE),  # with its 。
        (8, 11, Script.TRADITIONAL),  # no kana or hangul in its sentence: the default
        (16, 21, Script.KOREAN),  # the Hanja next to hangul are Korean; spaces keep the run
    ]
    assert fonts.script_runs("Only English here.", Script.SIMPLIFIED) == []
    assert fonts.default_script("ja", True, True) is Script.JAPANESE
    assert fonts.default_script("en", True, False) is Script.JAPANESE
    assert fonts.default_script("en", True, True) is Script.SIMPLIFIED


THOUGHT = "The user wrote Japanese. 東京は晴れです。这是简体中文的句子。Answer in kind."


@pytest.mark.parametrize("streamed", [False, True])
def test_thinking_pane_gets_a_font_per_sentence(qtbot: QtBot, streamed: bool) -> None:
    """Reasoning mixing Japanese and Simplified Chinese: each sentence in its own typography,
    whether it streamed in or was loaded with the finished message. A Chinese UI: its Han-only
    sentence is Simplified Chinese, the sentence with kana Japanese."""
    view = ChatView()
    view.language = "zh_CN"
    qtbot.addWidget(view)
    if streamed:
        reply = Message(new_id(), None, Role.ASSISTANT, thinking=True)
        view.begin_stream(reply)
        for i in range(0, len(THOUGHT), 2):  # sentences split across deltas
            view.feed_reasoning(THOUGHT[i : i + 2])
            view.flush()
        view.feed_text("OK")
        reply.finish = FinishReason.STOP
        view.end_stream(reply)
        widget = view.widgets[-1]
    else:
        message = Message(new_id(), None, Role.ASSISTANT, "OK", THOUGHT, thinking=True)
        message.finish = FinishReason.STOP
        widget = view.append(message)
    assert widget._reasoning is not None
    doc = widget._reasoning.document()
    assert doc.toPlainText() == THOUGHT
    ja, zh = cjk_families(doc, "晴れ")[0], cjk_families(doc, "简体中文")[0]
    assert (ja, zh) == ("Noto Sans CJK JP", "Noto Sans CJK SC")
    assert cjk_families(doc, "The user") == []  # English keeps the pane's own font
