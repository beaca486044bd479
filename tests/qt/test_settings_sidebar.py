"""Settings (validated, persisted), the sidebar (rename, pin, delete + undo), long chats."""

from __future__ import annotations

import json
from pathlib import Path

from airgap import paths
from airgap.engine.api import FinishReason, Role
from airgap.ui import settings as settings_mod
from airgap.ui.chat_view import PAGE
from airgap.ui.conversation import Conversation, Message, new_id
from airgap.ui.history import MemoryHistory
from airgap.ui.markdown import CodeStyle, MarkdownStream
from airgap.ui.settings import Settings, SettingsDialog, Theme
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot
from qt_fakes import FakeSession, WindowFactory


def test_settings_round_trip_and_damaged_file(airgap_home: Path) -> None:
    s = Settings(language="ja", font_size=15, theme=Theme.DARK, thinking=True, top_k=40)
    settings_mod.save(s)
    assert settings_mod.load() == s
    paths.settings_path().write_text("{not json", encoding="utf-8")
    assert settings_mod.load() == Settings()  # defaults, never a crash at start
    assert paths.settings_path().with_suffix(".json.bad").exists()  # the damaged file kept
    paths.settings_path().write_text(json.dumps({"font_size": 500}), encoding="utf-8")
    assert settings_mod.load() == Settings()


def test_settings_dialog_refuses_bad_values_with_a_message(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.expert_k.setValue(2)
    dialog.top_p.setValue(0)
    dialog.accept()
    assert dialog.result_settings is None
    assert dialog.error.isVisibleTo(dialog)
    assert "at least 4" in dialog.error.text() and "top-p" in dialog.error.text()
    dialog.expert_k.setValue(0)
    dialog.top_p.setValue(0.9)
    dialog.font_size.setValue(16)
    dialog.accept()
    assert dialog.result_settings is not None and dialog.result_settings.font_size == 16


def test_settings_apply_language_and_persist(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.apply_settings(Settings(language="zh_TW", thinking=True))
    assert window.composer.button.text() == "傳送"
    assert window.thinking_button.isChecked()
    assert settings_mod.load().language == "zh_TW"
    window.apply_settings(Settings(language="en"))


def test_rename_pin_delete_and_undo(qtbot: QtBot, make_window: WindowFactory) -> None:
    fake = FakeSession()
    window = make_window(fake)
    for text in ("alpha", "beta"):
        window.new_chat()
        window.send(text)
        qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
    items = window.sidebar.list
    qtbot.waitUntil(lambda: items.count() == 2, timeout=15_000)
    alpha = next(
        str(items.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(2)
        if items.item(i).text() == "alpha"
    )
    window.sidebar.pin_requested.emit(alpha, True)
    qtbot.waitUntil(lambda: items.item(0).text() == "📌 alpha", timeout=15_000)
    window.sidebar.rename_requested.emit(alpha, "Alpha trip")
    qtbot.waitUntil(lambda: items.item(0).text() == "📌 Alpha trip", timeout=15_000)
    window.sidebar.delete_requested.emit(alpha)
    qtbot.waitUntil(lambda: items.count() == 1, timeout=15_000)
    assert window.undo_button.isVisible()
    window.undo_button.click()
    qtbot.waitUntil(lambda: items.count() == 2, timeout=15_000)
    assert not window.undo_button.isVisible()


def test_a_thousand_message_conversation_opens_paged(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    history = MemoryHistory()
    conv = Conversation(title="long")
    history.save_conversation(conv)
    parent = None
    for i in range(1000):
        role = Role.USER if i % 2 == 0 else Role.ASSISTANT
        m = Message(new_id(), parent, role, f"message **{i}**", finish=FinishReason.STOP)
        history.save_message(conv.id, m)
        parent = m.id
    window = make_window(FakeSession(), history)
    window.open_conversation(conv.id)
    qtbot.waitUntil(lambda: len(window.chat.widgets) > 0, timeout=15_000)
    assert len(window.chat.widgets) == PAGE  # the newest page only
    assert window.chat.widgets[-1].body.toPlainText() == "message 999"
    window.chat._more.click()
    assert len(window.chat.widgets) == 2 * PAGE
    first = 1000 - 2 * PAGE
    assert window.chat.widgets[0].message.content == f"message **{first}**"  # yours: as typed
    bar = window.chat.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=15_000)  # the reading position is kept
    bar.setValue(0)  # scrolling to the top loads the next page
    qtbot.waitUntil(lambda: len(window.chat.widgets) == 3 * PAGE, timeout=15_000)


def test_streamed_markdown_renders_like_the_finished_text(qapp: object) -> None:
    from PySide6.QtGui import QColor, QFont

    text = (
        "# Title\n\nSome *text* with `code`.\n\n- a\n- b\n\n```py\nx = 1\n\ny = 2\n```\n"
        "| a | b |\n|---|---|\n| 東京 | 서울 |\n\nThe end."
    )
    style = CodeStyle(QFont("monospace"), QColor("#eee"), QColor("#888"), QColor("#00f"))
    whole = MarkdownStream(QTextDocument(), lambda: style, lambda: "Copy")
    whole.set_text(text)
    streamed = MarkdownStream(QTextDocument(), lambda: style, lambda: "Copy")
    for i in range(0, len(text), 3):
        streamed.append(text[i : i + 3])
    streamed.finish()
    assert streamed.doc.toPlainText() == whole.doc.toPlainText()
    assert streamed.code_blocks == whole.code_blocks == ["x = 1\n\ny = 2"]
    assert "#" not in whole.doc.toPlainText() and "|---" not in whole.doc.toPlainText()


def test_window_geometry_is_restored(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.resize(760, 560)  # inside the offscreen screen (800 x 600)
    qtbot.waitUntil(lambda: window.width() == 760)
    window.close()  # saves settings (geometry, splitter)
    saved = settings_mod.load()
    assert saved.window_geometry
    again = make_window(settings=saved)
    assert (again.width(), again.height()) == (760, 560)


def test_message_row_shows_interrupted_replies(qtbot: QtBot, make_window: WindowFactory) -> None:
    history = MemoryHistory()
    conv = Conversation(title="crash")
    history.save_conversation(conv)
    q = Message(new_id(), None, Role.USER, "question")
    a = Message(new_id(), q.id, Role.ASSISTANT, "half an ans", finish=FinishReason.INTERRUPTED)
    history.save_message(conv.id, q)
    history.save_message(conv.id, a)
    window = make_window(FakeSession(), history)
    window.open_conversation(conv.id)
    qtbot.waitUntil(lambda: len(window.chat.widgets) == 2, timeout=15_000)
    label = window.chat.widgets[-1].error_label
    qtbot.waitUntil(label.isVisible, timeout=15_000)  # children of a shown window: queued show
    assert label.text().startswith("Interrupted")
