"""`airgap doctor` / Copy Diagnostics: the report checks the real encrypted database and
never contains conversation content."""

from __future__ import annotations

from airgap.diagnostics import diagnostics_text
from airgap.store import Store

PLANTED = "PLANTED-SECRET 机密のメモ 42"


def test_report_checks_the_database_and_leaks_no_conversation_text() -> None:
    store = Store.open()
    conversation = store.create_conversation(PLANTED)
    store.add_user_message(conversation.id, PLANTED)
    store.close()

    text = diagnostics_text()
    assert "database integrity: ok" in text
    assert "offline guard installed" in text
    assert "models checked against their manifests" in text
    assert "PLANTED" not in text and "机密" not in text
