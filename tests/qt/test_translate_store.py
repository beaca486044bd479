"""The window's Translate page keeps approved pairs in the store (through the store thread):
after a restart the next window's page finds them and reuses them without the model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from airgap.store import Store
from airgap.translate.memory import TMEntry
from airgap.ui.history import StoreHistory
from airgap.ui.translate_page import STATUS, TARGET
from pytestqt.qtbot import QtBot


def test_approved_pairs_reach_the_store_and_come_back(
    qtbot: QtBot, make_window: Callable[..., object], airgap_home: Path
) -> None:
    path = airgap_home / "translate.db"
    store = Store.open(path, encrypted=False)
    window = make_window(history=StoreHistory(store))
    window.set_mode(1)  # type: ignore[attr-defined]
    page = window.translate_page  # type: ignore[attr-defined]
    page.load_text("東京は晴れです。")
    page.table.item(0, TARGET).setText("It is sunny in Tokyo.")
    page.table.selectRow(0)
    page.approve_selected()
    wanted = [TMEntry("東京は晴れです。", "It is sunny in Tokyo.", "ja", "en")]
    qtbot.waitUntil(lambda: store.translation.memory_entries("ja", "en") == wanted, timeout=5000)
    window.shutdown()  # type: ignore[attr-defined]  # closes the store

    store = Store.open(path, encrypted=False)
    assert store.translation.memory_entries("ja", "en") == wanted
    window = make_window(history=StoreHistory(store))
    window.set_mode(1)  # type: ignore[attr-defined]
    page = window.translate_page  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.memory.exact("東京は晴れです。", "ja", "en") is not None)
    page.load_text("東京は晴れです。")
    assert page.translate()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert page.table.item(0, TARGET).text() == "It is sunny in Tokyo."
    assert page.table.item(0, STATUS).text() == "From memory"
    assert window.fake.requests == []  # type: ignore[attr-defined]  # the model was not asked
