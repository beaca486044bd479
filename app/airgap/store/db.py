"""The database file: lock file, SQLCipher keying, durability pragmas, error translation,
encrypting an older plaintext database, copying a damaged one aside, backups.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import resource
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from airgap.store._driver import Connection, DatabaseError, dbapi
from airgap.store.errors import (
    DamagedDatabase,
    DiskFull,
    ReadOnly,
    StoreCode,
    StoreError,
    StoreLocked,
)

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
WAL_SIZE_LIMIT = 8 << 20
_SIDE_SUFFIXES = ("-wal", "-shm")


# ------------------------------------------------------------------ the lock file


class LockFile:
    """An exclusive `flock` on `<db>.lock`, held for the store's lifetime.

    flock locks belong to the open file description, so a second Store in the same process
    is refused just like a second app instance; the OS drops the lock when a process dies.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise _read_only(path.parent, path) from exc
            raise translate(exc, path) from exc
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(self._fd)
            self._fd = None
            raise StoreLocked(StoreCode.ALREADY_OPEN, path=path) from exc
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
            os.write(self._fd, f"{os.getpid()}\n".encode())

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _read_only(folder: Path, path: Path | None) -> ReadOnly:
    return ReadOnly(StoreCode.READ_ONLY_FOLDER, path=path, folder=str(folder))


def check_writable(db_path: Path) -> None:
    """ReadOnly when the folder or an existing database file cannot be written."""
    folder = db_path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _read_only(folder, db_path)
    for candidate in (db_path, *(side_path(db_path, s) for s in _SIDE_SUFFIXES)):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            raise ReadOnly(StoreCode.READ_ONLY_FILE, path=candidate, file=str(candidate))


def side_path(db_path: Path, suffix: str) -> Path:
    return db_path.with_name(db_path.name + suffix)


# ------------------------------------------------------------------ errors


def translate(exc: BaseException, path: Path | None = None) -> StoreError:
    """A user-facing StoreError for a driver or OS error."""
    if isinstance(exc, StoreError):
        return exc
    text = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            return _disk_full(path)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return _read_only(path.parent if path else Path(), path)
        return StoreError(StoreCode.ACCESS_FAILED, path=path, reason=str(exc.strerror))
    if "disk is full" in text or "database or disk is full" in text:
        return _disk_full(path)
    if "readonly" in text or "read-only" in text:
        return _read_only(path.parent if path else Path(), path)
    if "database is locked" in text or "database is busy" in text:
        return StoreLocked(StoreCode.BUSY, path=path)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DamagedDatabase(StoreCode.DAMAGED, path=path)
    if "disk i/o error" in text and path is not None and (_low_space(path) or _at_size_limit(path)):
        return _disk_full(path)
    return StoreError(StoreCode.DATABASE_ERROR, path=path, reason=str(exc))


def _disk_full(path: Path | None) -> DiskFull:
    if path is None:
        return DiskFull(StoreCode.DISK_FULL)
    return DiskFull(StoreCode.DISK_FULL_AT, path=path, folder=str(path.parent))


def _at_size_limit(path: Path) -> bool:
    """A write failed with EFBIG: the process file size limit (RLIMIT_FSIZE) is reached."""
    soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY:
        return False
    sizes = [p.stat().st_size for p in (path, side_path(path, "-wal")) if p.exists()]
    return any(size + (1 << 16) >= soft for size in sizes)


def _low_space(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 1 << 20
    except OSError:
        return False


@contextlib.contextmanager
def translated(path: Path | None) -> Iterator[None]:
    """Re-raise driver/OS errors inside the block as StoreErrors."""
    try:
        yield
    except StoreError:
        raise
    except (DatabaseError, OSError) as exc:
        raise translate(exc, path) from exc


# ------------------------------------------------------------------ connections


def is_plaintext(path: Path) -> bool:
    """True for an unencrypted SQLite file (an older Airgap's database)."""
    try:
        with path.open("rb") as f:
            return f.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def key_pragma(key: bytes) -> str:
    # A raw key skips SQLCipher's key derivation (1 ms instead of ~150 ms per open).
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes | None, *, readonly: bool = False) -> Connection:
    """Open `path` with the key and Airgap's pragmas; raises the driver's DatabaseError if the
    key does not unlock it (the caller decides between wrong key and damage)."""
    target = f"file:{path}?mode=ro" if readonly else str(path)
    conn: Connection = dbapi.connect(
        target,
        uri=readonly,
        isolation_level=None,  # explicit BEGIN/COMMIT everywhere
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    try:
        # SQLCipher prints HMAC failures to stderr; we report them as StoreErrors instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(key_pragma(key))
        # Reading the schema is what proves the key (or finds the damage).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        apply_pragmas(conn, readonly=readonly)
    except BaseException:
        conn.close()
        raise
    return conn


def apply_pragmas(conn: Connection, *, readonly: bool = False) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    if readonly:
        return
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        log.warning("journal_mode is %s, not wal", mode)
    # FULL: WAL+NORMAL lost acknowledged commits under power loss (DESIGN.md §4).
    conn.execute("PRAGMA synchronous = FULL")
    # After a checkpoint, cut the WAL back: old frames hold old page images (deleted text).
    conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
    if sys.platform == "darwin":
        # macOS fsync does not flush the drive's cache; F_FULLFSYNC does.
        conn.execute("PRAGMA fullfsync = ON")
        conn.execute("PRAGMA checkpoint_fullfsync = ON")


def copy_aside(path: Path, label: str = "damaged") -> Path:
    """Copy the database (and its -wal) next to it, byte for byte; return the copy's path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while copy.exists():
        n += 1
        copy = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    with translated(path):
        shutil.copy2(path, copy)
        wal = side_path(path, "-wal")
        if wal.exists():
            shutil.copy2(wal, side_path(copy, "-wal"))
    return copy


def encrypt_plaintext(path: Path, key: bytes) -> None:
    """Turn an older unencrypted database into an encrypted one with the same content.

    The encrypted copy is written next to it with `sqlcipher_export`, checked (integrity and
    row counts per table), then renamed over the original; on any failure the original stays.
    """
    tmp = path.with_name(path.name + ".encrypting")
    for stale in (tmp, side_path(tmp, "-wal"), side_path(tmp, "-shm")):
        stale.unlink(missing_ok=True)
    with translated(path):
        plain = dbapi.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            tables = [
                r[0]
                for r in plain.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' "
                    "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
                )
            ]
            counts = {t: plain.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
            version = plain.execute("PRAGMA user_version").fetchone()[0]
            plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(tmp),))
            plain.execute("SELECT sqlcipher_export('encrypted')")
            plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            plain.execute("DETACH DATABASE encrypted")
        finally:
            plain.close()
        enc = connect(tmp, key)
        try:
            ok = enc.execute("PRAGMA integrity_check").fetchone()[0]
            got = {t: enc.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
            enc.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            enc.close()
        if ok != "ok" or got != counts:
            tmp.unlink(missing_ok=True)
            raise StoreError(StoreCode.ENCRYPT_FAILED, path=path)
        tmp.replace(path)
        for suffix in _SIDE_SUFFIXES:
            side_path(path, suffix).unlink(missing_ok=True)
            side_path(tmp, suffix).unlink(missing_ok=True)
        _fsync_dir(path.parent)
    log.info("encrypted the older plaintext database (%d tables)", len(tables))


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def backup(conn: Connection, dest: Path, path: Path | None = None) -> Path:
    """A consistent copy with `VACUUM INTO` (encrypted with the same key on SQLCipher).

    The copy is written under a temporary name beside `dest` and renamed when complete, so a
    full disk or a crash never leaves a partial backup under the chosen name."""
    if dest.exists():
        raise StoreError(StoreCode.FILE_EXISTS, name=dest.name)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    try:
        with translated(path):
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()  # left by an earlier crash; VACUUM INTO needs no file there
            conn.execute("VACUUM INTO ?", (str(tmp),))
            tmp.replace(dest)
    except BaseException:
        for leftover in (tmp, side_path(tmp, "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return dest
