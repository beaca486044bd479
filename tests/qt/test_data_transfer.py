"""File → Import Conversations… / Export All Conversations… / Back Up Database… on the real
encrypted store: the work runs on the store thread, the sidebar and status bar show it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from airgap.store import Keychain, Store
from airgap.translate.glossary import Term
from airgap.ui.history import History, HistoryError, MemoryHistory, open_history
from airgap.ui.i18n import Translations
from airgap.ui.main_window import MainWindow
from memory_keyring import MemoryKeyring
from pytestqt.qtbot import QtBot
from qt_fakes import WindowFactory

CHATGPT = Path(__file__).parents[1] / "store" / "data" / "chatgpt_conversations.json"


@pytest.fixture
def keychain() -> Iterator[Keychain]:
    yield Keychain(MemoryKeyring())


@pytest.fixture
def window(make_window: WindowFactory, keychain: Keychain, qtbot: QtBot) -> MainWindow:
    history: History = open_history(keychain=keychain)
    win = make_window(history=history)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: win.store.history is history, timeout=10_000)
    return win


def finish(qtbot: QtBot, window: MainWindow) -> str:
    qtbot.waitUntil(lambda: not window.data_transfer.busy, timeout=15_000)
    return window.data_transfer.last_message


def without_time(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "exported_at"}


def test_file_menu_offers_import_export_all_and_backup(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    at = texts.index("Import Conversations…")
    assert texts[at : at + 3] == [
        "Import Conversations…",
        "Export All Conversations…",
        "Back Up Database…",
    ]


def test_importing_a_chatgpt_export_fills_the_sidebar(qtbot: QtBot, window: MainWindow) -> None:
    window.data_transfer.import_conversations(str(CHATGPT))
    assert window.data_transfer.indicator.isVisibleTo(window)  # busy until the store answers
    assert not window.data_transfer.act_import.isEnabled()
    assert finish(qtbot, window) == "Imported 2 conversations, 8 messages."
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 2, timeout=10_000)
    titles = {window.sidebar.list.item(i).text() for i in range(2)}
    assert titles == {"東京旅行のプラン", "한국어 인사"}
    assert not window.data_transfer.indicator.isVisibleTo(window)
    assert window.data_transfer.act_import.isEnabled()
    # Importing the same file again adds nothing and says so.
    window.data_transfer.import_conversations(str(CHATGPT))
    assert "2 already here were skipped" in finish(qtbot, window)
    assert window.sidebar.list.count() == 2


def test_one_conversation_is_counted_in_the_singular(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    one = tmp_path / "conversations.json"
    one.write_text(json.dumps(json.loads(CHATGPT.read_text(encoding="utf-8"))[:1]), "utf-8")
    window.data_transfer.import_conversations(str(one))
    message = finish(qtbot, window)
    assert message.startswith("Imported 1 conversation, ") and message.endswith(" messages.")
    window.data_transfer.import_conversations(str(one))
    assert finish(qtbot, window).endswith("1 already here was skipped.")


def test_a_damaged_conversation_part_way_keeps_the_ones_before_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    good = json.loads(CHATGPT.read_text(encoding="utf-8"))
    broken = tmp_path / "conversations.json"
    # The first conversation is fine; the second is damaged: the first is kept.
    broken.write_text(json.dumps([good[0], {"title": "bad", "mapping": []}]), encoding="utf-8")
    window.data_transfer.import_conversations(str(broken))
    message = finish(qtbot, window)
    assert message.startswith("conversations.json: conversation 2: 'mapping' has the wrong type")
    assert message.endswith(
        "\n\nImported 1 conversation before it, 6 messages. Those are kept; once the problem "
        "is fixed, importing the file again adds the rest."
    )
    qtbot.waitUntil(lambda: window.notice is not None and window.notice.isVisible())
    assert window.notice is not None
    assert window.notice.windowTitle() == "The import stopped part way"
    assert message in window.notice.text()
    store = window.store.history.store  # type: ignore[union-attr]
    assert [c.title for c in store.list_conversations()] == ["東京旅行のプラン"]
    assert len(store.all_messages(store.list_conversations()[0].id)) == 6
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 1, timeout=10_000)
    window.notice.close()
    # Fixed, the file adds the rest; the one already here is skipped.
    broken.write_text(json.dumps(good), encoding="utf-8")
    window.data_transfer.import_conversations(str(broken))
    assert finish(qtbot, window) == (
        "Imported 1 conversation, 2 messages. 1 already here was skipped."
    )


def test_a_file_that_cannot_be_read_imports_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    cut = tmp_path / "conversations.json"
    cut.write_text(CHATGPT.read_text(encoding="utf-8")[:500], encoding="utf-8")
    window.data_transfer.import_conversations(str(cut))
    message = finish(qtbot, window)
    assert message.startswith("conversations.json is not valid JSON (line ")
    qtbot.waitUntil(lambda: window.notice is not None and window.notice.isVisible())
    assert window.notice is not None and window.notice.windowTitle() == "Nothing was imported"
    assert window.store.history.store.list_conversations() == []  # type: ignore[union-attr]
    assert not window.data_transfer.cancel_button.isVisibleTo(window)


def chatgpt_export(conversations: int, messages: int) -> list[dict[str, Any]]:
    """A ChatGPT conversations.json: each conversation a chain of `messages` turns."""
    out = []
    for c in range(conversations):
        mapping: dict[str, Any] = {}
        for k in range(messages):
            mapping[f"m{k}"] = {
                "parent": f"m{k - 1}" if k else None,
                "children": [f"m{k + 1}"] if k + 1 < messages else [],
                "message": {
                    "author": {"role": "assistant" if k % 2 else "user"},
                    "content": {"content_type": "text", "parts": [f"会話 {c}：東京は晴れ {k}。"]},
                },
            }
        out.append({"title": f"会話 {c}", "conversation_id": f"c{c}", "mapping": mapping})
    return out


def test_a_big_import_shows_its_progress(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(chatgpt_export(600, 4), ensure_ascii=False), encoding="utf-8")
    bar = window.data_transfer.indicator
    shown: list[tuple[int, int]] = []  # on this (the GUI) thread, as the bar changes
    bar.valueChanged.connect(lambda value: shown.append((value, bar.maximum())))
    window.data_transfer.import_conversations(str(path))
    assert window.data_transfer.cancel_button.isVisibleTo(window)
    assert finish(qtbot, window) == "Imported 600 conversations, 2400 messages."
    counted = [s for s in shown if s[1] == 600]
    assert len(counted) > 3  # batch by batch, while the store thread kept writing
    assert counted[-1] == (600, 600)
    assert [v for v, _ in counted] == sorted(v for v, _ in counted)
    assert not window.data_transfer.cancel_button.isVisibleTo(window)
    assert bar.maximum() == 0  # back to a plain busy indicator for the next task
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 600, timeout=10_000)


def test_cancel_keeps_whole_conversations_and_says_how_many(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(chatgpt_export(4000, 2), ensure_ascii=False), encoding="utf-8")
    transfer = window.data_transfer
    transfer.import_conversations(str(path))
    qtbot.waitUntil(lambda: transfer.indicator.value() > 0, timeout=30_000)
    status = window.statusBar().currentMessage()
    assert status.startswith("Importing conversations… ") and status.endswith(" of 4000")
    transfer.cancel_button.click()
    assert not transfer.cancel_button.isEnabled()
    assert window.statusBar().currentMessage() == "Cancelling…"
    message = finish(qtbot, window)
    found = re.fullmatch(
        r"Import cancelled after (\d+) conversations, (\d+) messages\. Those are kept; "
        r"importing the file again adds the rest\.",
        message,
    )
    assert found is not None, message
    kept = int(found[1])
    assert 0 < kept < 4000 and int(found[2]) == 2 * kept
    store = window.store.history.store  # type: ignore[union-attr]
    stored = store.list_conversations()
    assert len(stored) == kept
    assert all(len(store.all_messages(c.id)) == 2 for c in stored)  # whole conversations
    qtbot.waitUntil(lambda: window.sidebar.list.count() == kept, timeout=10_000)
    # Cancelled before anything is written: nothing, and it says so.
    transfer.import_conversations(str(path))
    transfer.cancel_button.click()
    assert finish(qtbot, window) == "Import cancelled; nothing was imported."
    assert len(store.list_conversations()) == kept


def test_closing_the_window_stops_an_import_keeping_whole_conversations(
    qtbot: QtBot, window: MainWindow, keychain: Keychain, tmp_path: Path
) -> None:
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(chatgpt_export(4000, 2), ensure_ascii=False), encoding="utf-8")
    transfer = window.data_transfer
    transfer.import_conversations(str(path))
    qtbot.waitUntil(lambda: transfer.indicator.value() > 0, timeout=30_000)
    window.close()  # the store closes once the batch being written is in
    assert not window.store_thread.isRunning()
    store = Store.open(keychain=keychain)
    try:
        stored = store.list_conversations()
        assert 0 < len(stored) < 4000
        assert all(len(store.all_messages(c.id)) == 2 for c in stored)
    finally:
        store.close()


def test_export_all_reimports_identically_into_a_fresh_store(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.data_transfer.import_conversations(str(CHATGPT))
    finish(qtbot, window)
    store = window.store.history.store  # type: ignore[union-attr]
    store.translation.save_glossary("旅行", [Term("東京", "Tokyo", "", False, False)])
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "all.json"
    window.data_transfer.export_all(str(dest))
    assert finish(qtbot, window) == f"Exported all conversations to {dest}"
    exported = json.loads(dest.read_text(encoding="utf-8"))
    assert exported["translation"]["projects"][0]["name"] == "旅行"
    assert [p.name for p in out.iterdir()] == ["all.json"]  # no temporary file left

    with Store.open(tmp_path / "fresh" / "airgap.db", keychain=Keychain(MemoryKeyring())) as s:
        report = s.import_file(dest)
        assert (report.conversations, report.messages, report.projects) == (2, 8, 1)
        assert without_time(s.export_json()) == without_time(exported)

    md = tmp_path / "all.md"
    window.data_transfer.export_all(str(md))
    finish(qtbot, window)
    text = md.read_text(encoding="utf-8")
    assert "# 東京旅行のプラン" in text and "# 한국어 인사" in text


def test_backup_opens_with_the_same_key(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, keychain: Keychain
) -> None:
    window.data_transfer.import_conversations(str(CHATGPT))
    finish(qtbot, window)
    dest = tmp_path / "backup.db"
    window.data_transfer.back_up(str(dest))
    message = finish(qtbot, window)
    assert message.startswith(f"Backed up to {dest}.") and "recovery key" in message
    assert "東京".encode() not in dest.read_bytes()  # encrypted
    recovery = window.store.history.recovery_key()  # type: ignore[union-attr]
    elsewhere = Keychain(MemoryKeyring())  # another Mac: only the recovery key
    with Store.open(dest, keychain=elsewhere, recovery_key=recovery) as copy:
        assert {c.title for c in copy.list_conversations()} == {"東京旅行のプラン", "한국어 인사"}
    # Backing up over an existing file is refused, and the file is left alone.
    before = dest.read_bytes()
    window.data_transfer.back_up(str(dest))
    assert "already exists" in finish(qtbot, window)
    assert dest.read_bytes() == before


def test_store_failures_are_in_the_windows_language(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    """The history's own failure texts follow the UI language (translated on the store
    thread): here a window whose store did not open (its history is in memory)."""
    window = make_window()
    expected = {
        "ja": "読み込むには会話の保存領域が必要ですが、開けませんでした。",
        "zh_TW": "匯入需要對話儲存區，但它未能開啟。",
        "en": "Importing needs the conversation store, which did not open.",
    }
    for code, text in expected.items():
        window.set_language(code, save=False)
        window.data_transfer.import_conversations(str(CHATGPT))
        assert finish(qtbot, window) == text
    window.set_language("ko", save=False)
    window.data_transfer.back_up(str(tmp_path / "backup.db"))
    assert finish(qtbot, window) == "백업할 데이터베이스가 없습니다. 저장소가 열리지 않았습니다."
    window.set_language("en", save=False)


def test_a_missing_conversation_is_reported_in_the_ui_language(
    translations: Translations, keychain: Keychain
) -> None:
    translations.set_language("zh_CN")
    with pytest.raises(HistoryError, match=r"^此对话已不存在。$"):
        MemoryHistory().load("gone")
    history = open_history(keychain=keychain)
    try:
        with pytest.raises(HistoryError, match=r"^此对话已不在存储中。$"):
            history.load("not-a-store-id")
    finally:
        history.close()
