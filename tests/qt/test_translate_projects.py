"""Translate page projects on the real encrypted store: a project (language pair, style,
instructions, glossary) survives a restart and comes back as the last one used; delete asks
first and can be undone; a page opened before the store fills in when the store opens, and a
store failure is shown in the page with nothing lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap.store import Keychain, Store
from airgap.store.translation import ProjectSettings, TranslationProject
from airgap.translate.glossary import Term
from airgap.translate.memory import TMEntry
from airgap.ui.history import History, HistoryError, MemoryHistory, StoreHistory, open_history
from airgap.ui.translate_glossary import NOTE, TARGET
from airgap.ui.translate_page import TARGET as PAGE_TARGET
from airgap.ui.translate_page import StoreState, TranslatePage
from airgap.ui.worker import StoreWorker, start_thread
from memory_keyring import MemoryKeyring
from PySide6.QtCore import QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from qt_fakes import WindowFactory
from translate_kit import choose, translate_page


@pytest.fixture
def keychain() -> Iterator[Keychain]:
    yield Keychain(MemoryKeyring())


def test_projects_and_glossaries_survive_a_restart(
    qtbot: QtBot, make_window: WindowFactory, keychain: Keychain, tmp_path: Path
) -> None:
    window = make_window(history=open_history(keychain=keychain))  # type: ignore[arg-type]
    page = translate_page(qtbot, window)
    assert page.projects() == [] and page.project_name is None
    assert page.new_project("Game")
    assert page.add_term(Term("勇者", "hero"))
    assert page.new_project("  Manual ")  # the last one used, after "Game" alphabetically
    choose(page.source_lang, "ja")
    choose(page.target_lang, "en")
    choose(page.register, "technical")
    page.instructions.setText("Keep product names in English.")
    page.instructions.editingFinished.emit()
    assert page.add_term(Term("東京都", "Tokyo Metropolis", "official"))
    assert page.add_term(Term("ＣＰＵ", "processor", width_sensitive=True))
    assert page.add_term(Term("消す", "remove"))
    assert page.replace_term(1, Term("ＣＰＵ", "CPU", width_sensitive=True))
    assert page.delete_terms([2]) == 1
    csv = tmp_path / "terms.csv"
    csv.write_text("source,target,note\n大阪,Osaka,city\n", encoding="utf-8")
    assert page.import_glossary(csv)
    manual = [
        Term("東京都", "Tokyo Metropolis", "official"),
        Term("ＣＰＵ", "CPU", width_sensitive=True),
        Term("大阪", "Osaka", "city"),
    ]
    assert page.glossary_terms() == manual
    assert page.resources.text() == "Glossary: 3 terms · Memory: 0 pairs"
    settings = window.settings  # type: ignore[attr-defined]
    assert settings.translate_project == "Manual"
    window.shutdown()  # type: ignore[attr-defined]  # every queued save, then the store closes

    second = make_window(  # type: ignore[call-arg]
        history=open_history(keychain=keychain),  # type: ignore[arg-type]
        settings=settings,
    )
    page = translate_page(qtbot, second)
    assert page.projects() == ["Game", "Manual"]
    assert page.project_name == "Manual"
    assert page.glossary_terms() == manual and len(page.glossary) == 3
    assert page.source_lang.currentData() == "ja" and page.target_lang.currentData() == "en"
    assert page.register.currentData() == "technical"
    assert page.instructions.text() == "Keep product names in English."
    # Switching projects shows that project's glossary and settings.
    page.project_picker.activated.emit(page.project_picker.findText("Game"))
    assert page.project_name == "Game" and page.glossary_terms() == [Term("勇者", "hero")]
    assert page.source_lang.currentData() == ""  # "Game" was made before choosing languages
    assert page.project_picker.currentText() == "Game"
    assert second.settings.translate_project == "Game"  # type: ignore[attr-defined]


def test_delete_asks_first_and_undo_brings_it_back(
    qtbot: QtBot,
    make_window: WindowFactory,
    airgap_home: Path,
    keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = Store.open(airgap_home / "airgap.db", keychain=keychain)
    store.translation.save_project(
        TranslationProject("Manual", ProjectSettings("ko", "en")), [Term("서울", "Seoul")]
    )
    store.translation.create_project("Subtitles")
    window = make_window(history=StoreHistory(store))  # type: ignore[arg-type]
    page = translate_page(qtbot, window)
    page.select_project("Manual")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.delete_project_button.click()  # answered No
    assert page.projects() == ["Manual", "Subtitles"]
    assert "Manual" in asked[0] and "1 terms" in asked[0]
    page.delete_project_button.click()  # answered Yes
    assert page.projects() == ["Subtitles"] and page.project_name == "Subtitles"
    assert page.undo_button.isVisible()
    qtbot.waitUntil(lambda: store.translation.project("Manual") is None, timeout=5000)
    page.undo_button.click()
    assert page.projects() == ["Manual", "Subtitles"] and page.project_name == "Manual"
    assert not page.undo_button.isVisible()
    qtbot.waitUntil(
        lambda: store.translation.glossary_terms("Manual") == [Term("서울", "Seoul")],
        timeout=5000,
    )
    restored = store.translation.project("Manual")
    assert restored is not None and restored.settings == ProjectSettings("ko", "en")
    # Rename follows into the store; a taken name is refused with a message.
    assert page.rename_project("매뉴얼")
    qtbot.waitUntil(lambda: store.translation.project("매뉴얼") is not None, timeout=5000)
    assert store.translation.glossary_terms("매뉴얼") == [Term("서울", "Seoul")]


def test_glossary_dialog_edits_the_project(qtbot: QtBot, make_window: WindowFactory) -> None:
    history = MemoryHistory()
    window = make_window(history=history)
    window.set_mode(1)  # type: ignore[attr-defined]
    page: TranslatePage = window.translate_page  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.store_state is StoreState.SESSION, timeout=10_000)
    assert "this session only" in page.store_notice.text()
    dialog = page.open_glossary()
    dialog.new_source.setText("東京")
    dialog.new_target.setText("Tokyo")
    QTest.keyClick(dialog.new_target, Qt.Key.Key_Return)  # adds once, no complaint after
    assert dialog.message.text() == ""
    assert page.project_name == "My project"  # the first term made a project to keep it
    assert dialog.table.rowCount() == 1 and dialog.new_source.text() == ""
    dialog.table.item(0, TARGET).setText("Tōkyō")
    dialog.table.item(0, NOTE).setText("capital")
    assert page.glossary_terms() == [Term("東京", "Tōkyō", "capital")]
    dialog.table.item(0, TARGET).setText("  ")  # refused, the cell shows the term again
    assert dialog.table.item(0, TARGET).text() == "Tōkyō"
    assert "source and a target" in dialog.message.text()
    dialog.table.selectRow(0)
    assert dialog.delete_selected() == 1
    assert page.glossary_terms() == [] and dialog.table.rowCount() == 0

    def saved() -> list[tuple[str, list[Term]]]:
        snapshot = history.translator("snapshot")  # the writes are queued on the store thread
        return [(p.name, t) for p, t in snapshot.projects]  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: saved() == [("My project", [])], timeout=5000)
    dialog.close()


class FlakyHistory(StoreHistory):
    """The real store, with one translator write failing like a full disk would."""

    fail_next = ""

    def translator(self, op: str, *args: object) -> object:
        if op != "snapshot" and self.fail_next:
            message, self.fail_next = self.fail_next, ""
            raise HistoryError(message)
        return super().translator(op, *args)


class StoreHarness(QObject):
    """The window's store plumbing for a lone page: a real StoreWorker on its own thread,
    its answers queued to this GUI-thread object (connected before any call, as the window
    does) and handed to the page."""

    call = Signal(str, str, object)
    open = Signal(str)

    def __init__(self, history: History) -> None:
        super().__init__()
        self.page: TranslatePage | None = None
        self.worker = StoreWorker(lambda: history)
        self.worker.result.connect(self._result)
        self.worker.failed.connect(self._failed)
        self.worker.opened.connect(self._opened)
        self.thread = start_thread(self.worker, "test-store")
        self.call.connect(self.worker.call)
        self.open.connect(self.worker.open)

    @Slot(str, object)
    def _result(self, tag: str, value: object) -> None:
        assert self.page is not None
        self.page.store_result(tag, value)

    @Slot(str, str)
    def _failed(self, tag: str, message: str) -> None:
        assert self.page is not None
        self.page.store_failed(tag, message)

    @Slot()
    def _opened(self) -> None:
        assert self.page is not None
        self.page.store_ready()

    def stop(self) -> None:
        QMetaObject.invokeMethod(self.worker, "close", Qt.ConnectionType.BlockingQueuedConnection)
        self.thread.quit()
        self.thread.wait(10_000)


def test_a_page_opened_before_the_store_fills_in_when_it_opens(
    qtbot: QtBot, airgap_home: Path, keychain: Keychain
) -> None:
    store = Store.open(airgap_home / "airgap.db", keychain=keychain)
    store.translation.save_project(
        TranslationProject("Manual", ProjectSettings("ja", "en")), [Term("東京", "Tokyo")]
    )
    store.translation.add_memory_entry(TMEntry("大阪は雨です。", "It rains in Osaka.", "ja", "en"))
    history = FlakyHistory(store)
    harness = StoreHarness(history)
    page = TranslatePage(
        lambda: None,
        store_call=lambda tag, method, args: harness.call.emit(tag, method, args),
        last_project="Manual",
    )
    qtbot.addWidget(page)
    harness.page = page
    try:
        # The store is still locked: the page says so, and nothing can be edited yet.
        qtbot.waitUntil(lambda: page.store_state is StoreState.WAITING, timeout=5000)
        assert "not open" in page.store_notice.text() and not page.store_notice.isHidden()
        assert not page.new_project_button.isEnabled() and not page.new_project("X")
        # An approval made meanwhile waits for the store instead of being lost.
        page.load_text("京都は晴れです。")
        page.table.item(0, PAGE_TARGET).setText("It is sunny in Kyoto.")
        page.table.selectRow(0)
        page.approve_selected()
        harness.open.emit("")  # unlocked
        qtbot.waitUntil(lambda: page.store_state is StoreState.READY, timeout=5000)
        assert page.store_notice.isHidden()
        assert page.projects() == ["Manual"] and page.project_name == "Manual"
        assert page.glossary_terms() == [Term("東京", "Tokyo")]
        assert page.memory.exact("大阪は雨です。", "ja", "en") is not None
        qtbot.waitUntil(
            lambda: len(store.translation.memory_entries("ja", "en")) == 2, timeout=5000
        )
        # A store failure is shown in the page; the change stays in the window and is
        # saved with the next change.
        history.fail_next = "The disk is full."
        assert page.add_term(Term("京都", "Kyoto"))
        qtbot.waitUntil(lambda: "Could not save" in page.message.text(), timeout=5000)
        assert "The disk is full." in page.message.text()
        both = [Term("東京", "Tokyo"), Term("京都", "Kyoto")]
        assert page.glossary_terms() == both
        assert store.translation.glossary_terms("Manual") == [Term("東京", "Tokyo")]
        assert page.new_project("Other")
        qtbot.waitUntil(lambda: store.translation.project("Other") is not None, timeout=5000)
        assert store.translation.glossary_terms("Manual") == both  # saved before "Other"
        # A failed rename is made with the next change, never a second project.
        page.select_project("Manual")
        history.fail_next = "The disk is full."
        assert page.rename_project("Manual 2")
        qtbot.waitUntil(lambda: "Could not save" in page.message.text(), timeout=5000)
        history.fail_next = "The disk is full."
        assert page.rename_project("Manual 3")  # fails too: still "Manual" in the store
        qtbot.waitUntil(lambda: not page._writes, timeout=5000)  # both answered
        assert page.add_term(Term("奈良", "Nara"))
        qtbot.waitUntil(lambda: store.translation.project("Manual 3") is not None, timeout=5000)
        qtbot.waitUntil(
            lambda: len(store.translation.glossary_terms("Manual 3")) == 3, timeout=5000
        )
        assert sorted(store.translation.projects()) == ["Manual 3", "Other"]
    finally:
        page.shutdown()
        harness.stop()
