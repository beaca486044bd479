"""Rebuilding a damaged database from what still reads. The damaged file is never deleted:
a byte-identical copy is kept next to it, and the rebuilt database takes its place."""

from __future__ import annotations

import logging
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from airgap import paths
from airgap.store import db as dbmod
from airgap.store import keys, migrations, search
from airgap.store._driver import Connection, DatabaseError, sqlite_utils
from airgap.store.errors import StoreCode, WrongKey
from airgap.store.models import SalvageReport

log = logging.getLogger(__name__)

# Parents before children; a table an older schema lacks is simply skipped.
_TABLES = ("conversations", "messages", "translation_projects", "glossary_terms", "tm_pairs")


def salvage_database(
    path: Path | None = None,
    *,
    keychain: keys.Keychain | None = None,
    recovery_key: str | None = None,
    encrypted: bool = True,
) -> SalvageReport:
    """Copy the damaged database aside, rebuild a new one from every row that still reads,
    and put it in place. Then `Store.open()` as usual."""
    path = Path(path) if path is not None else paths.database_path()
    dbmod.check_writable(path)
    lock = dbmod.LockFile(dbmod.side_path(path, ".lock"))
    try:
        key = _key(path, keychain or keys.Keychain(), recovery_key, encrypted)
        copy = dbmod.copy_aside(path)
        work = copy.with_name(copy.name + ".reading")
        fresh = path.with_name(path.name + ".salvaged")
        for stale in (work, fresh, dbmod.side_path(fresh, "-wal"), dbmod.side_path(fresh, "-shm")):
            stale.unlink(missing_ok=True)
        with dbmod.translated(path):
            shutil.copy2(copy, work)
            if dbmod.side_path(copy, "-wal").exists():
                shutil.copy2(dbmod.side_path(copy, "-wal"), dbmod.side_path(work, "-wal"))
            try:
                recovered, lost = _rebuild(work, fresh, key)
            finally:
                for p in (work, dbmod.side_path(work, "-wal"), dbmod.side_path(work, "-shm")):
                    p.unlink(missing_ok=True)
            fresh.replace(path)
            for suffix in ("-wal", "-shm"):
                dbmod.side_path(path, suffix).unlink(missing_ok=True)
                dbmod.side_path(fresh, suffix).unlink(missing_ok=True)
            if key is not None:
                keys.write_keycheck(path, key)
        log.warning("salvaged %s: %s rows, %d lost", path, recovered, lost)
        return SalvageReport(
            new_path=str(path), damaged_copy=str(copy), tables=recovered, lost_rows=lost
        )
    finally:
        lock.release()


def _key(
    path: Path, keychain: keys.Keychain, recovery_key: str | None, encrypted: bool
) -> bytes | None:
    if not encrypted or dbmod.is_plaintext(path):
        return None
    key = keys.parse_recovery_key(recovery_key) if recovery_key else keychain.get()
    if key is None or keys.check_key(path, key) is False:
        raise WrongKey(StoreCode.SALVAGE_NEEDS_KEY, path=path)
    return key


def _rebuild(source: Path, dest: Path, key: bytes | None) -> tuple[dict[str, int], int]:
    out = dbmod.connect(dest, key)
    recovered = dict.fromkeys(_TABLES, 0)
    lost = 0
    try:
        migrations.apply(sqlite_utils.Database(out))
        out.execute("PRAGMA foreign_keys = OFF")
        for table in _TABLES:
            got, missed = _copy_table(lambda: dbmod.connect(source, key), out, table)
            recovered[table] = got
            lost += missed
        out.execute("BEGIN")
        # Keep the tree consistent with what was lost; messages whose conversation row is
        # gone get a placeholder conversation rather than being dropped.
        orphans = out.execute(
            "SELECT conversation_id, min(created_at), max(updated_at) FROM messages "
            "WHERE conversation_id NOT IN (SELECT id FROM conversations) GROUP BY conversation_id"
        ).fetchall()
        for cid, first, last in orphans:
            out.execute(
                "INSERT INTO conversations (id, uuid, title, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (cid, str(uuid.uuid4()), "Recovered conversation", first, last),
            )
        out.execute(
            "UPDATE conversations SET selected_leaf_id = (SELECT max(id) FROM messages m "
            "WHERE m.conversation_id = conversations.id) WHERE selected_leaf_id IS NULL "
            "OR selected_leaf_id NOT IN (SELECT id FROM messages)"
        )
        out.execute(
            "UPDATE messages SET parent_id = NULL "
            "WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM messages)"
        )
        # Glossary terms whose project row is lost keep a placeholder project.
        now = time.time()
        out.execute(
            "INSERT INTO translation_projects (id, name, created_at, updated_at) "
            "SELECT DISTINCT project_id, 'Recovered glossary ' || project_id, ?, ? "
            "FROM glossary_terms WHERE project_id NOT IN (SELECT id FROM translation_projects)",
            (now, now),
        )
        search.reindex_all(out)
        out.execute("COMMIT")
        out.execute("PRAGMA foreign_keys = ON")
        out.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        out.close()
    return recovered, lost


def _scan(
    reopen: Callable[[], Connection], select: str, order: str, stop_at: set[int]
) -> list[tuple[Any, ...]]:
    """Rows in rowid `order` until the first unreadable page (or a rowid already seen)."""
    rows: list[tuple[Any, ...]] = []
    try:
        # A fresh connection: after one failed page check SQLCipher fails every later read.
        src = reopen()
    except DatabaseError as exc:
        log.error("the damaged database does not open: %s", exc)
        return rows
    try:
        cur = src.execute(f"{select} ORDER BY rowid {order}")
        while True:
            row = cur.fetchone()
            if row is None or row[0] in stop_at:
                break
            rows.append(row)
    except DatabaseError as exc:
        log.warning("salvage scan %s stopped after %d rows: %s", order, len(rows), exc)
    finally:
        src.close()
    return rows


def _query_one(reopen: Callable[[], Connection], sql: str) -> Any:
    try:
        src = reopen()
    except DatabaseError:
        return None
    try:
        return src.execute(sql).fetchall()
    except DatabaseError:
        return None
    finally:
        src.close()


def _copy_table(reopen: Callable[[], Connection], out: Connection, table: str) -> tuple[int, int]:
    """Copy every readable row: a forward scan up to the damage, a backward scan from the end
    down to it (a damaged leaf page costs only its own rows)."""
    info = _query_one(reopen, f"PRAGMA table_info({table})")
    if not info:
        log.error("cannot read the schema of %s", table)
        return 0, 0
    src_cols = {r[1] for r in info}
    dest_cols = [r[1] for r in out.execute(f"PRAGMA table_info({table})")]
    cols = [c for c in dest_cols if c in src_cols]
    select = f"SELECT rowid, {', '.join(cols)} FROM {table}"
    forward = _scan(reopen, select, "ASC", set())
    seen = {r[0] for r in forward}
    backward = _scan(reopen, select, "DESC", seen)
    rows = [r[1:] for r in forward + backward[::-1]]
    # The rowid index of a table is its own b-tree: the count may still read.
    counted = _query_one(reopen, f"SELECT count(*) FROM {table}")
    expected = int(counted[0][0]) if counted else len(rows)
    insert = (
        f"INSERT OR IGNORE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    )
    out.execute("BEGIN")
    out.executemany(insert, rows)
    out.execute("COMMIT")
    return len(rows), max(0, expected - len(rows))
