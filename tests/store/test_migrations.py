"""An old-schema database (only the first migration applied, as an older Airgap left it)
migrates to the current schema with all its data, searchable."""

from __future__ import annotations

import time
from pathlib import Path

from airgap.engine.api import FinishReason
from airgap.store import Keychain, Store, keys, migrations
from airgap.store import db as dbmod
from airgap.store._driver import sqlite_utils


def _old_database(path: Path, key: bytes | None) -> None:
    conn = dbmod.connect(path, key)
    db = sqlite_utils.Database(conn)
    migrations.migrations.apply(db, stop_before="0002_cjk_search")
    now = time.time()
    conn.execute(
        "INSERT INTO conversations (id, uuid, title, created_at, updated_at, selected_leaf_id) "
        "VALUES (1, 'u-1', '古い会話 old chat', ?, ?, NULL)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, created_at, "
        "updated_at) VALUES (1, 1, NULL, 'user', '東京の天気は？', ?, ?)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, finish_reason, "
        "created_at, updated_at) VALUES (2, 1, 1, 'assistant', '晴れです。', 'stop', ?, ?)",
        (now, now),
    )
    # An answer that was streaming when the older version died.
    conn.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, created_at, "
        "updated_at) VALUES (3, 1, 1, 'assistant', 'partial answer', ?, ?)",
        (now, now),
    )
    conn.execute("UPDATE conversations SET selected_leaf_id = 2 WHERE id = 1")
    conn.close()
    if key is not None:
        keys.write_keycheck(path, key)


def test_old_schema_migrates_with_all_data(db_path: Path, keychain: Keychain) -> None:
    key = keys.new_key()
    keychain.set(key)
    _old_database(db_path, key)
    names = [
        m.name
        for m in migrations.migrations.applied(sqlite_utils.Database(dbmod.connect(db_path, key)))
    ]
    assert names == ["0001_conversations_and_messages"]
    with Store.open(db_path, keychain=keychain) as s:
        assert [m.content for m in s.visible_messages(1)] == ["東京の天気は？", "晴れです。"]
        assert s.message(3).finish_reason is FinishReason.INTERRUPTED
        assert [h.message_id for h in s.search("東京")] == [1]
        assert [h.message_id for h in s.search("partial")] == [3]
        assert [h.field for h in s.search("会話")] == ["title"]
        assert s.integrity_check() == "ok"
    conn = dbmod.connect(db_path, key)
    applied = [m.name for m in migrations.migrations.applied(sqlite_utils.Database(conn))]
    assert applied == migrations.known_names()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(applied)
    conn.close()


def test_old_unencrypted_schema_is_encrypted_and_migrated(
    db_path: Path, keychain: Keychain
) -> None:
    _old_database(db_path, None)
    with Store.open(db_path, keychain=keychain) as s:
        assert s.encrypted
        assert [h.message_id for h in s.search("晴れ")] == [2]
    assert "晴れ".encode() not in db_path.read_bytes()
