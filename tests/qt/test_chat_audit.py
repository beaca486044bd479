"""A user's audit of the chat side: what was found driving the window, each fixed and kept so.

Reopening a chat whose answer is still being written, actions that would start a second
turn while one runs, editing a sent message from the keyboard, a long paragraph in the
composer, the status bar after a language switch, Undo's leftover message.
"""

from __future__ import annotations

import threading

from airgap.engine.api import FinishReason
from airgap.ui.chat_view import Action
from airgap.ui.composer import MAX_LINES, Composer
from airgap.ui.main_window import MainWindow
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_fakes import FakeSession, Script, WindowFactory


def send(qtbot: QtBot, window: MainWindow, text: str, *, wait: bool = True) -> None:
    window.composer.set_text(text)
    window.composer.button.click()
    if wait:
        qtbot.waitUntil(lambda: not window.busy, timeout=10_000)


def test_reopening_a_chat_while_its_answer_streams_shows_the_real_state(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    gate = threading.Event()
    fake = FakeSession()
    fake.queue(Script(answer=["一つ、", "二つ、", "三つ、", "四つ。"], gate=gate))
    window = make_window(fake)
    send(qtbot, window, "数えて", wait=False)
    first = window.conversation
    assert first is not None
    qtbot.waitUntil(lambda: window.chat.widgets[-1].markdown.text == "一つ、二つ、")
    window.new_chat()  # stops the answer; the cancel is still on its way
    window.open_conversation(first.id)  # and straight back
    qtbot.waitUntil(lambda: window.conversation is not None and len(window.chat.widgets) == 2)
    gate.set()
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    qtbot.wait(50)
    reply = window.chat.widgets[-1]
    # Not a reply frozen "being written" with a Stop button that does nothing.
    assert reply.message.finish is FinishReason.CANCELLED
    assert not reply.buttons[Action.STOP].isVisible()
    assert reply.buttons[Action.COPY].isVisible()
    assert reply.error_label.isVisible() and reply.error_label.text() == "Stopped."
    assert reply.markdown.text == "一つ、二つ、"


def test_actions_that_would_start_a_second_turn_are_disabled_while_answering(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    gate = threading.Event()
    fake = FakeSession()
    fake.queue(Script(answer=["A1"]), Script(answer=["x ", "y ", "z ", "w"], gate=gate))
    window = make_window(fake)
    send(qtbot, window, "first")
    send(qtbot, window, "second", wait=False)
    qtbot.waitUntil(lambda: window.chat.widgets[-1].markdown.text == "x y ")
    question, answer = window.chat.widgets[0], window.chat.widgets[1]
    assert not question.buttons[Action.EDIT].isEnabled()
    assert not answer.buttons[Action.REGENERATE].isEnabled()
    assert not window.act_regenerate.isEnabled()
    assert answer.buttons[Action.COPY].isEnabled()  # copying is fine
    gate.set()
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    assert question.buttons[Action.EDIT].isEnabled()
    assert window.chat.widgets[1].buttons[Action.REGENERATE].isEnabled()
    assert window.act_regenerate.isEnabled()


def test_edit_sends_on_enter_and_esc_cancels_it(qtbot: QtBot, make_window: WindowFactory) -> None:
    fake = FakeSession()
    fake.queue(Script(answer=["Paris."]), Script(answer=["Berlin."]))
    window = make_window(fake)
    send(qtbot, window, "Capital of France?")
    user = window.chat.widgets[0]
    user.buttons[Action.EDIT].click()
    assert user.editor is not None
    qtbot.waitUntil(user.editor.hasFocus)
    qtbot.keyClick(user.editor, Qt.Key.Key_Escape)  # Esc: the edit, not Stop Generating
    assert user.editor is None and user.body.isVisible()
    user.buttons[Action.EDIT].click()
    editor = user.editor
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    qtbot.keyClicks(editor, "Capital of Germany?")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter sends, as in the composer
    qtbot.waitUntil(lambda: not window.busy and len(fake.requests) == 2, timeout=10_000)
    assert [m.content for m in fake.requests[-1][1].messages] == ["Capital of Germany?"]
    texts = [w.message.content for w in window.chat.widgets]
    assert texts == ["Capital of Germany?", "Berlin."]


def test_a_long_paragraph_grows_the_composer(qtbot: QtBot) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.resize(600, 100)
    composer.show()
    one_line = composer.edit.height()
    composer.set_text("東京は日本の首都です。" * 30)  # one paragraph, wrapped, no newline
    qtbot.waitUntil(lambda: composer.edit.height() > 3 * one_line)
    line = composer.edit.fontMetrics().lineSpacing()
    assert composer.edit.height() >= MAX_LINES * line
    assert composer.edit.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    composer.set_text("短い")
    qtbot.waitUntil(lambda: composer.edit.height() == one_line)


def test_status_figures_follow_a_language_switch(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    send(qtbot, window, "hello")
    status = window.status
    assert "tokens/s" in status.speed.text() and "memory" in status.memory.text()
    window.set_language("ja", save=False)
    assert "トークン/秒" in status.speed.text()
    assert "memory" not in status.memory.text() and "first token" not in status.ttft.text()
    window.set_language("en", save=False)
    assert "tokens/s" in status.speed.text()


def test_undo_clears_the_deleted_message(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    send(qtbot, window, "keep me")
    assert window.conversation is not None
    cid = window.conversation.id
    window._delete(cid)
    assert window.statusBar().currentMessage() == "Conversation deleted."
    window.undo_button.click()
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 1, timeout=10_000)
    QApplication.processEvents()
