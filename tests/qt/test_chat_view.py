"""The chat view on its own: code copy, links only after a confirmation, no remote fetches."""

from __future__ import annotations

import pytest
from airgap import offline
from airgap.engine.api import FinishReason, Role
from airgap.ui.chat_view import ChatView
from airgap.ui.conversation import Message, new_id
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox
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
