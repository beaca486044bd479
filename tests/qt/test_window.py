"""The window driven by a fake engine: streaming, thinking, stop, branches, errors, paste."""

from __future__ import annotations

import threading

from airgap.engine.api import FinishReason, Role
from airgap.ui.chat_view import Action
from airgap.ui.main_window import MainWindow
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_fakes import FakeSession, Script, WindowFactory


def type_and_send(qtbot: QtBot, window: MainWindow, text: str) -> None:
    edit = window.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)


def test_streams_reasoning_then_markdown_answer(qtbot: QtBot, make_window: WindowFactory) -> None:
    fake = FakeSession()
    answer = [
        "# Tokyo\n\n",
        "東京は",
        "日本の首都です。\n\n",
        "```python\nprint('hi')\n```\n",
        "**Done**.",
    ]
    fake.queue(Script(answer=answer, reasoning=["Let me ", "think."], delay_s=0.005))
    window = make_window(fake)
    window.thinking_button.setChecked(True)
    type_and_send(qtbot, window, "Tell me about Tokyo")
    qtbot.waitUntil(lambda: window.busy is False and len(window.chat.widgets) == 2, timeout=10_000)

    kind, request = fake.requests[-1]
    assert kind == "stream" and request.thinking is True
    assert [m.content for m in request.messages] == ["Tell me about Tokyo"]
    reply = window.chat.widgets[-1]
    assert reply.message.finish is FinishReason.STOP
    assert reply.markdown.text == "".join(answer)
    assert reply.markdown.code_blocks == ["print('hi')"]
    shown = reply.body.toPlainText()
    assert "東京は日本の首都です。" in shown and "```" not in shown and "**" not in shown
    assert reply.reasoning.toPlainText() == "Let me think."
    assert reply.thinking_button.isVisible() and not reply.thinking_button.isChecked()
    assert not reply.reasoning.isVisible()  # folded when the answer started
    assert "Thought for" in reply.thinking_button.text()
    assert not window.composer.busy and window.composer.button.text() == "Send"

    # The store has the whole turn, reasoning kept apart from the answer (saved on its thread).
    def stored() -> list[tuple[Role, str, str]]:
        conv = window.history.load(window.conversation.id)  # type: ignore[attr-defined]
        return [(m.role, m.content, m.reasoning) for m in conv.visible()]

    expected = [
        (Role.USER, "Tell me about Tokyo", ""),
        (Role.ASSISTANT, "".join(answer), "Let me think."),
    ]
    qtbot.waitUntil(lambda: stored() == expected, timeout=15_000)


def test_thinking_off_reaches_the_request(qtbot: QtBot, make_window: WindowFactory) -> None:
    fake = FakeSession()
    fake.queue(Script(answer=["Hi."], reasoning=["hidden"]))
    window = make_window(fake)
    window.thinking_button.setChecked(False)
    type_and_send(qtbot, window, "hello")
    wait_idle(qtbot, window)
    assert fake.requests[-1][1].thinking is False
    assert not window.chat.widgets[-1].thinking_button.isVisible()


def test_stop_keeps_the_partial_answer(qtbot: QtBot, make_window: WindowFactory) -> None:
    gate = threading.Event()
    fake = FakeSession()
    fake.queue(Script(answer=["one ", "two ", "three ", "four"], gate=gate))
    window = make_window(fake)
    type_and_send(qtbot, window, "count")
    qtbot.waitUntil(lambda: window.chat.widgets[-1].markdown.text == "one two ", timeout=15_000)
    assert window.composer.button.text() == "Stop"
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Escape)  # Esc stops
    gate.set()
    wait_idle(qtbot, window)
    reply = window.chat.widgets[-1]
    assert reply.message.finish is FinishReason.CANCELLED
    assert reply.message.content == "one two "
    assert reply.error_label.isVisible() and reply.error_label.text() == "Stopped."


def test_regenerate_makes_a_branch_with_arrows(qtbot: QtBot, make_window: WindowFactory) -> None:
    fake = FakeSession()
    fake.queue(Script(answer=["First answer."]), Script(answer=["Second answer."]))
    window = make_window(fake)
    type_and_send(qtbot, window, "question")
    wait_idle(qtbot, window)
    first = window.chat.widgets[-1]
    first.buttons[Action.REGENERATE].click()
    wait_idle(qtbot, window)
    assert fake.requests[-1][0] == "regenerate"  # the session's cache snapshot is reused
    assert [m.content for m in fake.requests[-1][1].messages] == ["question"]
    reply = window.chat.widgets[-1]
    assert reply.markdown.text == "Second answer."
    assert reply.branch_label.text() == "2 / 2"
    assert len(window.chat.widgets) == 2
    reply.buttons[Action.PREVIOUS].click()
    assert window.chat.widgets[-1].markdown.text == "First answer."
    assert window.chat.widgets[-1].branch_label.text() == "1 / 2"
    window.chat.widgets[-1].buttons[Action.NEXT].click()
    assert window.chat.widgets[-1].markdown.text == "Second answer."


def test_edit_and_resend_makes_a_branch(qtbot: QtBot, make_window: WindowFactory) -> None:
    fake = FakeSession()
    fake.queue(Script(answer=["Paris."]), Script(answer=["Berlin."]))
    window = make_window(fake)
    type_and_send(qtbot, window, "Capital of France?")
    wait_idle(qtbot, window)
    user = window.chat.widgets[0]
    user.buttons[Action.EDIT].click()
    assert user.editor is not None
    user.editor.setPlainText("Capital of Germany?")
    user._submit_edit()
    wait_idle(qtbot, window)
    assert [m.content for m in fake.requests[-1][1].messages] == ["Capital of Germany?"]
    texts = [w.message.content for w in window.chat.widgets]
    assert texts == ["Capital of Germany?", "Berlin."]
    assert window.chat.widgets[0].branch_label.text() == "2 / 2"
    window.chat.widgets[0].buttons[Action.PREVIOUS].click()
    assert [w.message.content for w in window.chat.widgets] == ["Capital of France?", "Paris."]


def test_engine_error_is_shown_not_raised(qtbot: QtBot, make_window: WindowFactory) -> None:
    fake = FakeSession()
    message = "This conversation is too long for the model's context (5,000 of 4,096 tokens)."
    fake.queue(Script(answer=[], finish=FinishReason.ERROR, error=message))
    window = make_window(fake)
    type_and_send(qtbot, window, "x" * 100)
    wait_idle(qtbot, window)
    reply = window.chat.widgets[-1]
    assert reply.error_label.isVisible() and reply.error_label.text() == message
    assert not window.composer.busy


def test_model_load_failure_is_reported(qtbot: QtBot, make_window: WindowFactory) -> None:
    from airgap.engine.api import CorruptModel

    window = make_window()

    def broken(_path: object, _options: object) -> FakeSession:
        raise CorruptModel("model.safetensors is truncated.")

    window.engine._factory = broken
    window.load_model()
    qtbot.waitUntil(lambda: bool(window.load_error), timeout=15_000)
    assert window.load_error == "model.safetensors is truncated."
    assert window.notice is not None and "truncated" in window.notice.text()
    window.notice.close()


def test_pasting_a_megabyte_warns_and_gets_the_engines_error(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    fake = FakeSession()
    too_long = "The prompt is 350,000 tokens; this model's context holds 4,096."
    fake.queue(Script(answer=[], finish=FinishReason.ERROR, error=too_long))
    window = make_window(fake)
    data = QMimeData()
    text = "長文テキスト。" * 150_000  # ~1 M characters
    data.setText(text)
    window.composer.edit.insertFromMimeData(data)
    assert len(window.composer.text()) == len(text)
    assert window.composer.warning.isVisible()
    assert "tokens" in window.composer.warning.text()
    window.composer.button.click()
    wait_idle(qtbot, window)
    assert fake.requests[-1][1].messages[-1].content == text  # the engine sees all of it
    user, reply = window.chat.widgets
    assert len(user.body.toPlainText()) < 25_000  # the view shows the beginning only
    assert "more characters" in user.body.toPlainText()
    assert reply.error_label.text() == too_long
    user.buttons[Action.COPY].click()
    assert QApplication.clipboard().text() == text


def test_conversation_list_and_reopen(qtbot: QtBot, make_window: WindowFactory) -> None:
    fake = FakeSession()
    fake.queue(Script(answer=["A1"]), Script(answer=["B1"]))
    window = make_window(fake)
    type_and_send(qtbot, window, "first chat")
    wait_idle(qtbot, window)
    window.new_chat()
    type_and_send(qtbot, window, "second chat")
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 2, timeout=15_000)
    assert window.sidebar.list.item(0).text() == "second chat"  # newest first
    window.sidebar.selected.emit(str(window.sidebar.list.item(1).data(Qt.ItemDataRole.UserRole)))
    qtbot.waitUntil(
        lambda: [w.message.content for w in window.chat.widgets] == ["first chat", "A1"]
    )
    QApplication.processEvents()


def test_translate_mode_shares_the_model_and_blocks_chat_turns(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.mode_tabs.setCurrentIndex(1)
    page = window.translate_page
    assert page is not None and window.pages.currentWidget() is page
    assert not window.sidebar.isVisible()
    window._on_translate_busy(True)  # a document is being translated
    window.send("hello")
    assert window.conversation is None and window.composer.text() == "hello"  # kept, not sent
    window._on_translate_busy(False)
    window.mode_tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.sidebar.isVisible, timeout=15_000)
    assert window.composer.button.isEnabled()


def test_switching_chats_while_answering_keeps_the_reply_where_it_belongs(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    gate = threading.Event()
    fake = FakeSession()
    fake.queue(Script(answer=["partial ", "answer ", "more ", "text"], gate=gate))
    window = make_window(fake)
    type_and_send(qtbot, window, "first chat")
    first = window.conversation
    assert first is not None
    qtbot.waitUntil(lambda: window.chat.widgets[-1].markdown.text == "partial answer ")
    window.new_chat()  # stops the answer; what came so far is kept in the first chat
    gate.set()
    wait_idle(qtbot, window)
    assert window.conversation is None and window.chat.widgets == []

    def saved() -> tuple[str, FinishReason | None]:
        reply = window.history.load(first.id).visible()[-1]  # type: ignore[attr-defined]
        return reply.content, reply.finish

    qtbot.waitUntil(lambda: saved() == ("partial answer ", FinishReason.CANCELLED))
