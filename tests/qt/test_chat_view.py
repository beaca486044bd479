"""The chat view on its own: code copy, links only after a confirmation, no remote fetches,
message actions on hover and focus."""

from __future__ import annotations

import pytest
from airgap import offline
from airgap.engine.api import FinishReason, Role
from airgap.ui.chat_view import Action, ChatView
from airgap.ui.conversation import Message, new_id
from PySide6.QtCore import QEvent, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QEnterEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot


def answer(text: str) -> Message:
    return Message(new_id(), None, Role.ASSISTANT, text, finish=FinishReason.STOP)


def test_code_block_copy_link_copies_the_code(qtbot: QtBot) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    widget = view.append(answer("Run this:\n\n```sh\nmake run\nmake test\n```\n\nDone."))
    assert "Copy" in widget.body.toPlainText()
    widget.body.anchorClicked.emit(QUrl("copy:0"))
    assert QGuiApplication.clipboard().text() == "make run\nmake test"


def test_links_open_only_after_confirmation(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    view = ChatView()
    qtbot.addWidget(view)
    widget = view.append(answer("See [the docs](https://example.com/docs)."))
    url = QUrl("https://example.com/docs")
    widget.body.anchorClicked.emit(url)  # the user says No
    assert opened == []
    widget.body.anchorClicked.emit(url)  # then Yes
    assert opened == [url]


def test_remote_images_in_answers_are_never_fetched(qtbot: QtBot) -> None:
    before = offline.attempt_count()
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    widget = view.append(answer("![tracker](https://example.com/pixel.png)\n\nText after."))
    qtbot.wait(50)
    assert widget.body.loadResource(2, QUrl("https://example.com/pixel.png")) is None
    assert "Text after." in widget.body.toPlainText()
    assert offline.attempt_count() == before


def test_deltas_are_appended_in_batches(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    reply = Message(new_id(), None, Role.ASSISTANT)
    view.begin_stream(reply)
    widget = view.widgets[-1]
    batches: list[str] = []
    original = type(widget).add_text
    monkeypatch.setattr(
        type(widget), "add_text", lambda self, text: (batches.append(text), original(self, text))
    )
    tokens = [f"tok{i} " for i in range(2000)]
    for token in tokens:
        view.feed_text(token)  # as fast as a queued signal can deliver them
    qtbot.waitUntil(lambda: not view.flush_timer.isActive(), timeout=5000)
    assert "".join(batches) == "".join(tokens)
    assert len(batches) <= 3  # one render per throttle tick, not one per token
    reply.finish = FinishReason.STOP
    view.end_stream(reply)
    assert widget.markdown.text == "".join(tokens)


def question(text: str) -> Message:
    return Message(new_id(), None, Role.USER, text)


def test_actions_show_on_hover_and_focus_and_always_on_the_last_answer(qtbot: QtBot) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    view.set_messages([(question("Hi"), (0, 1)), (answer("Hello!"), (0, 1))])
    view.append(question("And again?"))
    older, user = view.widgets[1], view.widgets[2]
    last = view.append(answer("Again: hello!"))
    qtbot.wait(20)
    assert last.actions_shown()  # the last answer: Regenerate stays discoverable
    assert not older.actions_shown() and not user.actions_shown()
    # Hidden only visually: still laid out, in the tab order, and named for accessibility.
    regenerate = older.buttons[Action.REGENERATE]
    assert regenerate.isVisible() and regenerate.accessibleName()
    assert regenerate.focusPolicy() & Qt.FocusPolicy.TabFocus
    height = older.height()
    point = QPointF(5, 5)
    QApplication.sendEvent(older, QEnterEvent(point, point, older.mapToGlobal(point)))
    assert older.actions_shown()
    QApplication.sendEvent(older, QEvent(QEvent.Type.Leave))
    assert not older.actions_shown()
    regenerate.setFocus(Qt.FocusReason.TabFocusReason)  # reached by Tab
    qtbot.waitUntil(regenerate.hasFocus)
    assert older.actions_shown()
    user.body.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(user.body.hasFocus)
    assert user.actions_shown() and not older.actions_shown()
    qtbot.wait(20)
    assert older.height() == height  # showing and hiding never moves the layout
    # A new answer takes over the pinned place.
    newest = view.append(answer("Third."))
    assert newest.actions_shown() and not last.actions_shown()


def test_actions_take_the_same_height_shown_or_hidden(qtbot: QtBot) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    first = view.append(answer("One."))
    second = view.append(answer("One."))
    qtbot.wait(20)
    focused = QApplication.focusWidget()
    if focused is not None:  # showing the view gave the first button focus
        focused.clearFocus()
    assert second.actions_shown() and not first.actions_shown()
    assert first.height() == second.height()
    assert first.buttons[Action.COPY].geometry() == second.buttons[Action.COPY].geometry()
