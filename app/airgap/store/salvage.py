"""Rebuilding a damaged database from what still reads. The damaged file is never deleted:
a byte-identical copy is kept next to it, and the rebuilt database takes its place."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from airgap import paths
from airgap.store import db as dbmod
from airgap.store import keys, migrations, search
from airgap.store._driver import Connection, DatabaseError, sqlite_utils
from airgap.store.errors import WrongKey
from airgap.store.models import SalvageReport

log = logging.getLogger(__name__)

_TABLES = ("conversations", "messages")
_CHUNK = 500


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
        raise WrongKey("Airgap needs your recovery key to rebuild these conversations.", path=path)
    return key


def _rebuild(source: Path, dest: Path, key: bytes | None) -> tuple[dict[str, int], int]:
    out = dbmod.connect(dest, key)
    recovered = dict.fromkeys(_TABLES, 0)
    lost = 0
    try:
        migrations.apply(sqlite_utils.Database(out))
        out.execute("PRAGMA foreign_keys = OFF")
        try:
            src: Connection | None = dbmod.connect(source, key)
        except DatabaseError as exc:
            log.error("the damaged database does not open at all: %s", exc)
            src = None
        if src is not None:
            try:
                for table in _TABLES:
                    got, missed = _copy_table(src, out, table)
                    recovered[table] = got
                    lost += missed
            finally:
                src.close()
        out.execute("BEGIN")
        # Keep the tree consistent with what was lost.
        out.execute(
            "DELETE FROM messages WHERE conversation_id NOT IN (SELECT id FROM conversations)"
        )
        out.execute(
            "UPDATE messages SET parent_id = NULL "
            "WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM messages)"
        )
        out.execute(
            "UPDATE conversations SET selected_leaf_id = NULL WHERE selected_leaf_id IS NOT NULL "
            "AND selected_leaf_id NOT IN (SELECT id FROM messages)"
        )
        search.reindex_all(out)
        out.execute("COMMIT")
        out.execute("PRAGMA foreign_keys = ON")
        out.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        out.close()
    return recovered, lost


def _copy_table(src: Connection, out: Connection, table: str) -> tuple[int, int]:
    """Copy rows chunk by chunk; a chunk that fails is retried row by row."""
    try:
        src_cols = {r[1] for r in src.execute(f"PRAGMA table_info({table})")}
        max_id = src.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except DatabaseError as exc:
        log.error("cannot read %s: %s", table, exc)
        return 0, 0
    dest_cols = [r[1] for r in out.execute(f"PRAGMA table_info({table})")]
    cols = [c for c in dest_cols if c in src_cols]
    select = f"SELECT {', '.join(cols)} FROM {table}"
    insert = (
        f"INSERT OR IGNORE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    )
    got = missed = 0
    for start in range(0, max_id + 1, _CHUNK):
        try:
            rows = src.execute(
                f"{select} WHERE rowid BETWEEN ? AND ?", (start, start + _CHUNK - 1)
            ).fetchall()
        except DatabaseError:
            rows = []
            for rowid in range(start, start + _CHUNK):
                try:
                    row = src.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
                except DatabaseError:
                    missed += 1
                    continue
                if row is not None:
                    rows.append(row)
        out.execute("BEGIN")
        try:
            out.executemany(insert, rows)
        except DatabaseError as exc:
            log.error("could not write salvaged %s rows: %s", table, exc)
            out.execute("ROLLBACK")
            missed += len(rows)
            continue
        out.execute("COMMIT")
        got += len(rows)
    return got, missed
