"""sqlite-utils runs on SQLCipher with its own error handling intact (the driver is
registered as `pysqlite3` before sqlite-utils is imported)."""

from __future__ import annotations

from pathlib import Path

import airgap.store  # noqa: F401  (registers the driver)
import sqlcipher3
from airgap.store import db as dbmod
from airgap.store._driver import sqlite_utils
from airgap.store.keys import new_key


def test_sqlite_utils_uses_sqlcipher(airgap_home: Path) -> None:
    assert sqlite_utils.utils.sqlite3 is sqlcipher3
    conn = dbmod.connect(airgap_home / "t.db", new_key())
    db = sqlite_utils.Database(conn)
    db["missing"].drop(ignore=True)  # catches SQLCipher's OperationalError
    table = db["items"]
    table.insert({"id": 1, "name": "東京"}, pk="id")
    row = conn.execute("INSERT INTO items (name) VALUES ('대한민국') RETURNING id").fetchone()
    assert row == (2,)
    assert [r["name"] for r in table.rows] == ["東京", "대한민국"]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
