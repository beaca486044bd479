"""A user's audit of the chat side: what was found driving the window, each fixed and kept so.

Reopening a chat whose answer is still being written, actions that would start a second
turn while one runs, editing a sent message from the keyboard, a long paragraph in the
composer, the status bar after a language switch, Undo's leftover message.
"""

from __future__ import annotations

import threading

import pytest
from airgap.engine.api import FinishReason
from airgap.ui.chat_view import Action
from airgap.ui.composer import MAX_LINES, Composer
from airgap.ui.main_window import MainWindow
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
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
    qtbot.waitUntil(window.composer.edit.hasFocus)  # ready for the next question


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


def test_keyboard_walks_the_conversation_list(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    for text in ("一番目", "二番目", "三番目"):
        window.new_chat()
        send(qtbot, window, text)
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 3, timeout=10_000)

    def shown() -> str:
        return window.chat.widgets[0].message.content if window.chat.widgets else ""

    assert shown() == "三番目"  # newest, at the top of the list
    edit = window.composer.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown() == "二番目")
    qtbot.keyClick(
        edit, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: shown() == "一番目")
    window.step_conversation(1)  # past the end: stays
    qtbot.wait(50)
    assert shown() == "一番目"
    qtbot.keyClick(edit, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown() == "二番目")
    assert window.sidebar.current_id() == window.conversation.id  # type: ignore[union-attr]
    window.set_language("ja", save=False)
    assert window.act_previous.text() == "前の会話" and window.act_next.text() == "次の会話"
    assert window.act_delete.text() == "会話を削除…"
    window.set_language("en", save=False)


def test_delete_key_and_chat_menu_delete_the_conversation(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    window = make_window()
    send(qtbot, window, "消してもいい会話")
    window.new_chat()
    send(qtbot, window, "二つ目")
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 2, timeout=10_000)
    window.delete_current()  # Chat → Delete Conversation…: the open one
    assert asked and "二つ目" in asked[-1]
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 1, timeout=10_000)
    lst = window.sidebar.list
    lst.setFocus()
    lst.setCurrentRow(0)
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert "消してもいい会話" in asked[-1]
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 0, timeout=10_000)


def test_search_hits_in_cjk_show_whole_in_the_sidebar(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    send(
        qtbot,
        window,
        "日本の首都はどこですか？東京について詳しく教えてください。歴史と文化も知りたいです。",
    )
    window.sidebar.search.setText("首都")
    qtbot.waitUntil(lambda: window.sidebar.heading.text() == "Search results", timeout=10_000)
    lst = window.sidebar.list
    label = lst.itemWidget(lst.item(0))
    assert label is not None

    def whole() -> bool:
        assert label is not None
        inside = label.geometry().right() <= lst.viewport().width()
        return inside and label.height() >= label.heightForWidth(label.width())

    qtbot.waitUntil(whole, timeout=5000)  # neither cut off on the right nor at the bottom
    window.resize(720, 480)  # narrower: the hit wraps to more lines, and grows
    qtbot.waitUntil(whole, timeout=5000)


def test_narrowest_window_keeps_the_mode_tabs_whole_and_an_empty_chat_clean(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: window.width() == window.minimumWidth())
    tabs = window.mode_tabs
    for index in range(tabs.count()):
        assert tabs.tabRect(index).width() >= tabs.tabSizeHint(index).width()
    assert tabs.width() >= tabs.sizeHint().width()
    # A new chat shows its invitation, not a "Show 0 earlier messages" button.
    assert window.chat._empty.isVisible()
    assert not window.chat._more.isVisible()


def test_theme_text_size_and_language_changes_redraw_the_answers(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from airgap.ui.settings import Settings, Theme

    fake = FakeSession()
    fake.queue(Script(answer=["こんにちは。\n\n```python\nprint('やあ')\n```\n"]))
    window = make_window(fake)
    send(qtbot, window, "挨拶して")
    reply = window.chat.widgets[-1]
    light = reply._code_style().background.name()
    assert light in reply.body.document().toHtml()
    window.apply_settings(Settings(theme=Theme.DARK, font_size=18))
    dark = reply._code_style().background.name()
    assert dark != light
    # Not a light code block with light text on a dark theme.
    qtbot.waitUntil(lambda: dark in reply.body.document().toHtml())
    assert light not in reply.body.document().toHtml()
    assert reply.body.document().defaultFont().pointSizeF() == 18
    assert reply.markdown.code_blocks == ["print('やあ')"]
    window.apply_settings(Settings(language="ja"))
    assert "コピー" in reply.body.toPlainText()  # the code block's Copy link too
    window.apply_settings(Settings(language="en"))


def test_deleting_a_chat_while_it_answers_then_undoing_after_the_button_is_gone(
    qtbot: QtBot, make_window: WindowFactory, airgap_home: object
) -> None:
    from airgap.store import Keychain
    from airgap.ui.history import open_history
    from memory_keyring import MemoryKeyring

    gate = threading.Event()
    fake = FakeSession()
    fake.queue(Script(answer=["a ", "b ", "c ", "d"], gate=gate))
    window = make_window(fake, open_history(keychain=Keychain(MemoryKeyring())))
    failures: list[str] = []
    window.store.failed.connect(lambda _tag, message: failures.append(message))
    send(qtbot, window, "消しながら答える", wait=False)
    qtbot.waitUntil(lambda: window.chat.widgets[-1].markdown.text == "a b ")
    assert window.conversation is not None
    cid = window.conversation.id
    window._delete(cid)
    gate.set()
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 0, timeout=10_000)
    qtbot.wait(200)
    assert failures == []  # no "This conversation no longer exists." for what the user deleted
    assert window.statusBar().currentMessage() == "Conversation deleted."
    window._undo_expired()  # the status bar's 10 s Undo has gone
    assert window.act_undo_delete.isEnabled()  # "until you quit", as the question promised
    window.act_undo_delete.trigger()
    assert not window.act_undo_delete.isEnabled()
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 1, timeout=10_000)
    window.open_conversation(cid)
    qtbot.waitUntil(lambda: len(window.chat.widgets) == 2, timeout=10_000)
    reply = window.chat.widgets[-1].message
    assert (reply.content, reply.finish) == ("a b ", FinishReason.CANCELLED)


def test_long_code_lines_and_urls_wrap_instead_of_running_off_the_edge(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    code = "value = some_function(" + ", ".join(f"argument_{i}" for i in range(20)) + ")"
    url = "https://example.com/" + "/".join(["segment"] * 30)
    fake = FakeSession()
    fake.queue(Script(answer=[f"```python\n{code}\n```\n\nSee {url}\n"]))
    window = make_window(fake)
    send(qtbot, window, "code")
    body = window.chat.widgets[-1].body
    qtbot.waitUntil(lambda: body.viewport().width() > 100)
    assert body.document().idealWidth() <= body.viewport().width()  # nothing hidden
    assert window.chat.widgets[-1].markdown.code_blocks == [code]  # Copy: exactly as written


def test_status_figures_stay_readable_in_a_narrow_window(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    send(qtbot, window, "hello")
    status = window.status
    status.show_model("Qwen3.5-35B-A3B-Instruct-4bit-DWQ")
    for width in (1000, window.minimumWidth()):
        window.resize(width, 600)
        qtbot.waitUntil(lambda w=width: window.width() == w)  # type: ignore[misc]
        QApplication.processEvents()
        for label in (status.speed, status.ttft, status.memory, status.context):
            assert label.text() and label.width() >= label.sizeHint().width(), label.text()
        assert status.width() <= window.width()  # not laid out past the window's edge
        for label in (status.model, status.offline):  # shortened, never pushed off the edge
            assert label.geometry().right() <= window.width(), label.text()
        assert status.model.toolTip() == "Qwen3.5-35B-A3B-Instruct-4bit-DWQ"


def test_arrows_in_the_list_open_chats_and_esc_clears_a_search(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    for text in ("最初の会話", "二つ目の会話"):
        window.new_chat()
        send(qtbot, window, text)
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 2, timeout=10_000)
    lst = window.sidebar.list
    lst.setFocus()
    qtbot.waitUntil(lst.hasFocus)
    lst.setCurrentRow(0)
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: [w.message.content for w in window.chat.widgets][:1] == ["最初の会話"])
    qtbot.keyClick(lst, Qt.Key.Key_Up)
    qtbot.waitUntil(
        lambda: [w.message.content for w in window.chat.widgets][:1] == ["二つ目の会話"]
    )

    search = window.sidebar.search
    window.focus_search()
    qtbot.waitUntil(search.hasFocus)
    search.setText("最初")  # as typed (keyClicks cannot type CJK)
    qtbot.waitUntil(lambda: window.sidebar.heading.text() == "Search results", timeout=5000)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    qtbot.waitUntil(lambda: window.sidebar.heading.text() == "Chats", timeout=5000)
    qtbot.waitUntil(lambda: lst.count() == 2, timeout=5000)


def test_the_view_follows_a_long_answer_until_the_user_scrolls_up(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    gate = threading.Event()
    fake = FakeSession()
    pieces = [f"第{i}段落：東京は日本の首都です。\n\n" for i in range(120)]
    fake.queue(Script(answer=pieces, gate=gate, delay_s=0.002))
    window = make_window(fake)
    send(qtbot, window, "長く答えて", wait=False)
    bar = window.chat.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 300, timeout=10_000)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())  # following the stream
    bar.setValue(bar.maximum() // 3)  # the user scrolls up to read
    held, before = bar.value(), bar.maximum()
    gate.set()
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
    qtbot.waitUntil(lambda: bar.maximum() > before)
    assert bar.value() == held  # not dragged back down while reading
    send(qtbot, window, "次")  # a new question goes back to the bottom
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())


def test_cmd_return_sends_and_shift_return_breaks_the_line(qtbot: QtBot) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    sent: list[str] = []
    composer.send_requested.connect(sent.append)
    composer.set_text("一行目")
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert composer.text() == "一行目\n" and sent == []
    composer.edit.insertPlainText("二行目")
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent == ["一行目\n二行目"] and composer.text() == ""


def test_a_search_that_finds_nothing_says_so(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    send(qtbot, window, "東京の天気は？")
    sidebar = window.sidebar
    sidebar.search.setText("大阪")
    qtbot.waitUntil(lambda: sidebar.heading.text() == "Search results", timeout=5000)
    qtbot.waitUntil(sidebar.no_results.isVisible)
    assert sidebar.no_results.text() == "No conversations match this search."
    window.set_language("zh_CN", save=False)
    assert sidebar.no_results.text() == "没有与此搜索匹配的对话。"
    window.set_language("en", save=False)
    sidebar.search.setText("東京")
    qtbot.waitUntil(lambda: sidebar.list.count() == 1, timeout=5000)
    assert not sidebar.no_results.isVisible()
    sidebar.search.clear()
    qtbot.waitUntil(lambda: sidebar.heading.text() == "Chats", timeout=5000)
    assert not sidebar.no_results.isVisible()


def test_in_a_wide_window_the_composer_lines_up_with_the_conversation(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    send(qtbot, window, "幅の広いウィンドウ")
    window.resize(1800, 900)
    message = window.chat.widgets[0]

    def left(widget: QWidget) -> int:
        return widget.mapTo(window, widget.rect().topLeft()).x()

    qtbot.waitUntil(lambda: window.width() == 1800)
    qtbot.waitUntil(lambda: abs(left(window.composer.edit) - left(message)) <= 24)
    right = left(window.composer.button) + window.composer.button.width()
    assert abs(right - (left(message) + message.width())) <= 40


def test_system_prompt_and_rename_clean_what_is_pasted(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from airgap.ui.system_prompt import SystemPromptDialog
    from PySide6.QtWidgets import QInputDialog

    dialog = SystemPromptDialog("")
    qtbot.addWidget(dialog)
    dialog.edit.setPlainText(" \x00日本語で\x07答えて\r\n ")
    assert dialog.text() == "日本語で答えて"
    window = make_window()
    send(qtbot, window, "名前")
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 1, timeout=10_000)
    assert window.conversation is not None
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("\x00旅行\x1bの計画 ", True))
    window.sidebar.ask_rename(window.conversation.id)
    assert window.conversation.title == "旅行の計画"


def test_opening_a_search_hit_shows_the_matching_message(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from airgap.engine.api import Role
    from airgap.ui.conversation import Conversation, Message, new_id
    from airgap.ui.history import MemoryHistory

    history = MemoryHistory()
    conv = Conversation(title="長い会話")
    parent = None
    for i in range(60):  # more than a page: the hit is among the messages not built yet
        role = Role.USER if i % 2 == 0 else Role.ASSISTANT
        text = f"メッセージ {i}: これは普通の文章です。" * 3
        if i == 5:
            text = "ここに大事なキーワード「富士山」があります。" + text
        finish = FinishReason.STOP if role is Role.ASSISTANT else None
        parent = conv.add(Message(new_id(), parent, role, text, finish=finish)).id
    history.save_conversation(conv)
    for message in conv.visible():
        history.save_message(conv.id, message)
    window = make_window(history=history)
    sidebar = window.sidebar
    sidebar.search.setText("富士山")
    qtbot.waitUntil(lambda: sidebar.query() == "富士山" and sidebar.list.count() == 1)
    sidebar.list.itemClicked.emit(sidebar.list.item(0))
    qtbot.waitUntil(lambda: window.conversation is not None and len(window.chat.widgets) == 60)
    hit = next(w for w in window.chat.widgets if "富士山" in w.message.content)
    assert len(hit.body.extraSelections()) == 1  # the word is highlighted

    def in_view() -> bool:
        top = hit.mapTo(window.chat.viewport(), hit.rect().topLeft()).y()
        return 0 <= top + hit.height() // 2 <= window.chat.viewport().height()

    qtbot.waitUntil(in_view)
    qtbot.wait(100)
    assert in_view()  # and it stays there (not pulled back to the bottom)


def test_an_answer_cut_at_the_length_limit_says_so(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    fake = FakeSession()
    fake.queue(Script(answer=["def add(a, b):\n", "    return a +"], finish=FinishReason.LENGTH))
    window = make_window(fake)
    send(qtbot, window, "code")
    reply = window.chat.widgets[-1]
    assert reply.message.finish is FinishReason.LENGTH
    assert reply.error_label.isVisible() and "length limit" in reply.error_label.text()
    window.set_language("ja", save=False)
    assert "長さの上限" in reply.error_label.text()
    window.set_language("en", save=False)


def test_no_chat_turn_starts_while_a_document_translates(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    fake = FakeSession()
    window = make_window(fake)
    send(qtbot, window, "質問")
    requests = len(fake.requests)
    window._on_translate_busy(True)  # a document is being translated on the shared model
    question, answer = window.chat.widgets
    assert not answer.buttons[Action.REGENERATE].isEnabled()
    assert not question.buttons[Action.EDIT].isEnabled()
    assert not window.act_regenerate.isEnabled()
    window.regenerate_last()  # ⌘R reaches nothing either
    window.edit_and_resend(question.message.id, "別の質問")
    qtbot.wait(100)
    assert len(fake.requests) == requests and not window.busy
    assert window.conversation is not None and len(window.conversation.messages) == 2
    window._on_translate_busy(False)
    assert answer.buttons[Action.REGENERATE].isEnabled() and window.act_regenerate.isEnabled()


def test_chat_commands_with_nothing_to_act_on_are_disabled(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    gate = threading.Event()
    fake = FakeSession()
    fake.queue(Script(answer=["a ", "b ", "c ", "d"], gate=gate))
    window = make_window(fake)
    assert not window.act_copy_last.isEnabled() and not window.act_regenerate.isEnabled()
    send(qtbot, window, "質問", wait=False)
    qtbot.waitUntil(lambda: window.chat.widgets[-1].markdown.text == "a b ")
    assert not window.act_regenerate.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    assert window.act_copy_last.isEnabled() and window.act_regenerate.isEnabled()
    window.new_chat()
    assert not window.act_copy_last.isEnabled() and not window.act_regenerate.isEnabled()
