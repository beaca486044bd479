"""Deleting glossary terms in the editor can be undone like a project delete: for UNDO_MS, with
the Undo button (page and editor) or the Undo key; the terms come back at their places with
their notes and case/width flags, in the window and in the real encrypted store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap.store import Keychain, Store
from airgap.store.translation import ProjectSettings, TranslationProject
from airgap.translate.glossary import Term
from airgap.ui import translate_page
from airgap.ui.history import StoreHistory
from airgap.ui.translate_page import StoreState, TranslatePage
from memory_keyring import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot
from qt_fakes import WindowFactory

TERMS = [
    Term("東京都", "Tokyo Metropolis", "official name"),
    Term("ＣＰＵ", "CPU", "keep full width apart", width_sensitive=True),
    Term("大阪", "Osaka"),
    Term("Airgap", "Airgap", "product name", case_sensitive=True),
    Term("勇者", "hero", "game only"),
]


@pytest.fixture
def store(airgap_home: Path) -> Iterator[Store]:
    store = Store.open(airgap_home / "airgap.db", keychain=Keychain(MemoryKeyring()))
    store.translation.save_project(
        TranslationProject("Manual", ProjectSettings("ja", "en")), list(TERMS)
    )
    store.translation.create_project("Subtitles")
    yield store


def page_for(qtbot: QtBot, make_window: WindowFactory, store: Store) -> TranslatePage:
    window = make_window(history=StoreHistory(store))  # type: ignore[arg-type]
    window.set_mode(1)  # type: ignore[attr-defined]
    page: TranslatePage = window.translate_page  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.store_state is StoreState.READY, timeout=10_000)
    page.select_project("Manual")
    return page


def select_rows(table: QAbstractItemView, rows: list[int]) -> None:
    table.clearSelection()
    for row in rows:
        index = table.model().index(row, 0)
        table.selectionModel().select(
            index,
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )


def test_undo_brings_deleted_terms_back_in_place_in_the_store(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    page = page_for(qtbot, make_window, store)
    dialog = page.open_glossary()
    assert not dialog.undo_button.isVisible()
    select_rows(dialog.table, [1, 3])  # two terms apart, each with a note and a flag
    dialog.delete_button.click()
    kept = [TERMS[0], TERMS[2], TERMS[4]]
    assert page.glossary_terms() == kept and dialog.table.rowCount() == 3
    assert dialog.message.text() == "2 glossary terms deleted."
    assert dialog.undo_button.isVisible() and page.undo_button.isVisible()
    qtbot.waitUntil(lambda: store.translation.glossary_terms("Manual") == kept, timeout=5000)

    dialog.undo_button.click()
    assert page.glossary_terms() == TERMS
    assert [dialog.table.item(r, 0).text() for r in range(5)] == [t.source for t in TERMS]
    assert dialog.table.item(1, 4).checkState() == Qt.CheckState.Checked  # width flag
    assert dialog.table.item(3, 3).checkState() == Qt.CheckState.Checked  # case flag
    assert not dialog.undo_button.isVisible() and not page.undo_button.isVisible()
    assert dialog.message.text() == "" and len(page.glossary) == 5
    qtbot.waitUntil(lambda: store.translation.glossary_terms("Manual") == TERMS, timeout=5000)
    assert not page.undo_delete()  # nothing left to undo


def test_keys_delete_and_undo_and_the_offer_expires(
    qtbot: QtBot, make_window: WindowFactory, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_for(qtbot, make_window, store)
    dialog = page.open_glossary()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts go to the window with the focus
    dialog.table.setFocus()
    select_rows(dialog.table, [0])
    QTest.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert page.glossary_terms() == TERMS[1:]
    assert dialog.message.text() == "Glossary term “東京都” deleted."
    QTest.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Cmd+Z
    assert page.glossary_terms() == TERMS
    # A term being typed keeps its own Undo: the key does not undo a delete.
    select_rows(dialog.table, [4])
    QTest.keyClick(dialog.table, Qt.Key.Key_Backspace)
    assert page.glossary_terms() == TERMS[:4]
    dialog.new_source.setFocus()
    QTest.keyClicks(dialog.new_source, "Kyoto")
    QTest.keyClick(dialog.new_source, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.new_source.text() == ""  # the field took back its typing
    assert page.glossary_terms() == TERMS[:4] and dialog.undo_button.isVisible()

    # After UNDO_MS the offer is gone: the button hides and its message clears.
    monkeypatch.setattr(translate_page, "UNDO_MS", 50)
    select_rows(dialog.table, [0])
    dialog.delete_selected()
    qtbot.waitUntil(lambda: not dialog.undo_button.isVisible(), timeout=5000)
    assert dialog.message.text() == "" and not page.undo_button.isVisible()
    assert not page.undo_delete()
    qtbot.waitUntil(lambda: store.translation.glossary_terms("Manual") == TERMS[1:4], timeout=5000)


def test_one_undo_at_a_time_a_project_delete_replaces_a_term_delete(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    page = page_for(qtbot, make_window, store)
    assert page.delete_terms([2]) == 1
    assert page.message.text() == "Glossary term “大阪” deleted."
    assert page.delete_project()
    assert page.message.text() == "Project “Manual” deleted."
    assert page.undo_delete()  # the project comes back, without the term deleted before it
    assert page.project_name == "Manual"
    assert page.glossary_terms() == TERMS[:2] + TERMS[3:]
    qtbot.waitUntil(
        lambda: store.translation.glossary_terms("Manual") == TERMS[:2] + TERMS[3:],
        timeout=5000,
    )
