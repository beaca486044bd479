"""The composer and input methods: nothing sent early, nothing lost, nothing doubled."""

from __future__ import annotations

from airgap.ui.composer import Composer
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


def preedit(composer: Composer, text: str) -> None:
    QApplication.sendEvent(composer.edit, QInputMethodEvent(text, []))


def commit(composer: Composer, text: str, then_preedit: str = "") -> None:
    event = QInputMethodEvent(then_preedit, [])
    event.setCommitString(text)
    QApplication.sendEvent(composer.edit, event)


def enter(qtbot: QtBot, composer: Composer, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return, mods)


def make(qtbot: QtBot) -> tuple[Composer, list[str]]:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.show()
    composer.edit.setFocus()
    sent: list[str] = []
    composer.send_requested.connect(sent.append)
    return composer, sent


def test_enter_sends_and_shift_enter_breaks_the_line(qtbot: QtBot) -> None:
    composer, sent = make(qtbot)
    qtbot.keyClicks(composer.edit, "line one")
    enter(qtbot, composer, shift=True)
    qtbot.keyClicks(composer.edit, "line two")
    assert sent == []
    enter(qtbot, composer)
    assert sent == ["line one\nline two"]
    assert composer.text() == ""
    enter(qtbot, composer)  # empty: nothing
    assert sent == ["line one\nline two"]


def test_japanese_preedit_enter_belongs_to_the_ime(qtbot: QtBot) -> None:
    composer, sent = make(qtbot)
    for step in ("に", "にほ", "にほん", "にほんご"):
        preedit(composer, step)
    enter(qtbot, composer)  # the IME's Enter: confirm the conversion, never send
    assert sent == []
    assert composer.edit.preedit == "にほんご"
    commit(composer, "日本語")
    assert composer.text() == "日本語" and composer.edit.preedit == ""
    enter(qtbot, composer)
    assert sent == ["日本語"]


def test_chinese_pinyin_commits_only_the_hanzi(qtbot: QtBot) -> None:
    composer, sent = make(qtbot)
    for step in ("z", "zh", "zhong", "zhong'w", "zhong'wen"):
        preedit(composer, step)
    assert composer.text() == ""  # pinyin is never in the document
    commit(composer, "中文")
    qtbot.keyClicks(composer.edit, "!")
    enter(qtbot, composer)
    assert sent == ["中文!"]


def test_korean_jamo_composition_is_never_split_or_doubled(qtbot: QtBot) -> None:
    composer, sent = make(qtbot)
    for step in ("ㅎ", "하", "한"):
        preedit(composer, step)
    commit(composer, "한", then_preedit="ㄱ")  # the next syllable starts
    for step in ("구", "국"):
        preedit(composer, step)
    enter(qtbot, composer)  # while 국 is composing: nothing sent, nothing split
    assert sent == []
    assert composer.text() == "한" and composer.edit.preedit == "국"
    commit(composer, "국")  # the IME confirms the syllable
    enter(qtbot, composer)
    assert sent == ["한국"]
    assert composer.text() == ""


def test_send_button_commits_the_composing_character(qtbot: QtBot) -> None:
    composer, sent = make(qtbot)
    commit(composer, "안녕하세")
    preedit(composer, "요")  # the last syllable is still being composed
    qtbot.mouseClick(composer.button, Qt.MouseButton.LeftButton)
    assert sent == ["안녕하세요"]
    assert composer.text() == "" and composer.edit.preedit == ""
    commit(composer, "")  # a late, empty commit from the IME changes nothing
    assert composer.text() == ""


def test_enter_while_busy_does_not_queue_a_second_turn(qtbot: QtBot) -> None:
    composer, sent = make(qtbot)
    composer.set_busy(True)
    qtbot.keyClicks(composer.edit, "next question")
    enter(qtbot, composer)
    assert sent == [] and composer.text() == "next question"
    assert composer.button.text() == "Stop"


def test_send_is_disabled_while_there_is_nothing_to_send(qtbot: QtBot) -> None:
    composer, sent = make(qtbot)
    assert not composer.button.isEnabled()  # empty
    qtbot.keyClicks(composer.edit, "   ")
    enter(qtbot, composer, shift=True)
    assert composer.text() == "   \n" and not composer.button.isEnabled()  # blank
    qtbot.mouseClick(composer.button, Qt.MouseButton.LeftButton)
    enter(qtbot, composer)  # Return on blank text: nothing, as before
    assert sent == []
    qtbot.keyClicks(composer.edit, "a")  # the moment real text appears
    assert composer.button.isEnabled()
    qtbot.keyClick(composer.edit, Qt.Key.Key_Backspace)
    assert not composer.button.isEnabled()
    composer.set_text("\x00\x07")  # only what clean_text drops: still nothing to send
    assert not composer.button.isEnabled()
    composer.set_busy(True)  # Stop is always available while answering
    assert composer.button.isEnabled() and composer.button.text() == "Stop"
    composer.set_busy(False)
    assert not composer.button.isEnabled()


def test_a_composing_character_alone_enables_send_and_is_sent(qtbot: QtBot) -> None:
    composer, sent = make(qtbot)
    preedit(composer, "に")  # kana before conversion: the click commits it, so Send is live
    assert composer.text() == "" and composer.button.isEnabled()
    preedit(composer, "")  # the user cancels the composition (Esc): nothing again
    assert not composer.button.isEnabled()
    preedit(composer, "요")
    qtbot.mouseClick(composer.button, Qt.MouseButton.LeftButton)
    assert sent == ["요"] and not composer.button.isEnabled()


def test_locked_while_a_document_translates(qtbot: QtBot) -> None:
    composer, _sent = make(qtbot)
    composer.set_text("kept for later")
    composer.set_locked(True)
    assert not composer.button.isEnabled() and composer.edit.isReadOnly()
    composer.set_locked(False)
    assert composer.button.isEnabled() and not composer.edit.isReadOnly()
    composer.set_text("")
    composer.set_locked(True)
    composer.set_locked(False)
    assert not composer.button.isEnabled()
