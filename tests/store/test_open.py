"""Opening the store: first run, reopen, and every failure a clear error with the database
file left byte-identical (missing key, wrong key, keychain error, corrupt file, second
instance, read-only folder, newer schema), plus the recovery-key path and salvage."""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap import BUNDLE_ID
from airgap.engine.api import FinishReason
from airgap.store import (
    DamagedDatabase,
    InvalidRecoveryKey,
    KeychainError,
    KeyMissing,
    NewerSchema,
    ReadOnly,
    RecoveryKeyNeeded,
    Store,
    StoreLocked,
    WrongKey,
    migrations,
    salvage_database,
)
from airgap.store._driver import sqlite_utils
from airgap.store.keys import Keychain, new_key
from airgap.store.store import Store as _Store
from storehelpers import MemoryKeyring

ENTRY = (BUNDLE_ID, "database-key")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fill(path: Path, keychain: Keychain, n: int = 3) -> tuple[str, list[str]]:
    """A closed store with `n` conversations; returns (recovery key, the texts stored)."""
    texts = []
    with Store.open(path, keychain=keychain) as s:
        for i in range(n):
            c = s.create_conversation(f"Conversation {i}")
            text = f"message number {i} 東京タワー"
            s.add_user_message(c.id, text)
            r = s.begin_reply(c.id)
            s.finish_reply(r.id, FinishReason.STOP, text=f"answer {i}")
            texts.append(text)
        recovery = s.recovery_key()
    return recovery, texts


def _texts(s: _Store) -> list[str]:
    return sorted(m.content for c in s.list_conversations() for m in s.visible_messages(c.id))


def test_first_run_creates_an_encrypted_database_and_a_keychain_entry(
    db_path: Path, keychain: Keychain, memory_keyring: MemoryKeyring
) -> None:
    _fill(db_path, keychain, 1)
    assert ENTRY in memory_keyring.entries
    head = db_path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"  # encrypted: no plaintext header
    assert "東京".encode() not in db_path.read_bytes()
    with Store.open(db_path, keychain=keychain) as s:
        assert s.encrypted
        assert s.integrity_check() == "ok"
        assert len(s.list_conversations()) == 1


def test_missing_key_asks_for_the_recovery_key_and_it_opens(
    db_path: Path, keychain: Keychain, memory_keyring: MemoryKeyring
) -> None:
    recovery, texts = _fill(db_path, keychain)
    before = _digest(db_path)
    memory_keyring.entries.clear()
    with pytest.raises(KeyMissing) as err:
        Store.open(db_path, keychain=keychain)
    assert "recovery key" in err.value.message
    assert _digest(db_path) == before
    with Store.open(db_path, keychain=keychain, recovery_key=recovery) as s:
        assert _texts(s) == sorted([*texts, "answer 0", "answer 1", "answer 2"])
    # The keychain entry was repaired: the next start needs no typing.
    assert ENTRY in memory_keyring.entries
    Store.open(db_path, keychain=keychain).close()


def test_wrong_key_in_keychain_is_refused_without_touching_the_file(
    db_path: Path, keychain: Keychain, memory_keyring: MemoryKeyring
) -> None:
    _fill(db_path, keychain)
    before = _digest(db_path)
    memory_keyring.entries[ENTRY] = new_key().hex()
    with pytest.raises(WrongKey) as err:
        Store.open(db_path, keychain=keychain)
    assert isinstance(err.value, RecoveryKeyNeeded)
    assert _digest(db_path) == before


def test_wrong_key_without_the_keycheck_sidecar_is_still_wrong_key(
    db_path: Path, keychain: Keychain, memory_keyring: MemoryKeyring
) -> None:
    _fill(db_path, keychain)
    db_path.with_name(db_path.name + ".keycheck").unlink()
    before = _digest(db_path)
    memory_keyring.entries[ENTRY] = new_key().hex()
    with pytest.raises(WrongKey):
        Store.open(db_path, keychain=keychain)
    assert _digest(db_path) == before
    assert not list(db_path.parent.glob("*.damaged-*"))


def test_a_wrong_or_mistyped_recovery_key(db_path: Path, keychain: Keychain) -> None:
    recovery, _ = _fill(db_path, keychain)
    before = _digest(db_path)
    from airgap.store import format_recovery_key

    with pytest.raises(WrongKey, match="recovery key does not belong"):
        Store.open(db_path, keychain=keychain, recovery_key=format_recovery_key(new_key()))
    typo = "B" if recovery.endswith("A") else "A"  # always a different last character
    with pytest.raises(InvalidRecoveryKey, match="typo"):
        Store.open(db_path, keychain=keychain, recovery_key=recovery[:-1] + typo)
    assert _digest(db_path) == before


def test_keychain_failure_is_a_clear_error(
    db_path: Path, keychain: Keychain, memory_keyring: MemoryKeyring
) -> None:
    recovery, _ = _fill(db_path, keychain)
    before = _digest(db_path)
    memory_keyring.fail = RuntimeError("org.freedesktop.secrets: locked")
    with pytest.raises(KeychainError) as err:
        Store.open(db_path, keychain=keychain)
    assert "recovery key" in err.value.message
    assert _digest(db_path) == before
    # With the recovery key it still opens, even though the keychain cannot be repaired.
    with Store.open(db_path, keychain=keychain, recovery_key=recovery) as s:
        assert len(s.list_conversations()) == 3


def test_keychain_failure_on_first_run_creates_nothing(
    db_path: Path, keychain: Keychain, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.fail = RuntimeError("access denied")
    with pytest.raises(KeychainError):
        Store.open(db_path, keychain=keychain)
    assert not db_path.exists()


def test_corrupt_file_is_copied_aside_and_salvaged(db_path: Path, keychain: Keychain) -> None:
    _fill(db_path, keychain, 60)
    key = keychain.get()
    assert key is not None
    from airgap.store import db as dbmod

    conn = dbmod.connect(db_path, key)
    roots = {r[0] for r in conn.execute("SELECT rootpage FROM sqlite_master")}
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    # The schema's own pages (sqlite_master spans several once the schema grows) are the
    # ones an empty database has; everything after them holds rows.
    empty = dbmod.connect(db_path.with_name("empty.db"), key)
    migrations.migrations.apply(sqlite_utils.Database(empty))
    schema_pages = empty.execute("PRAGMA page_count").fetchone()[0]
    empty.close()
    # Damage one data page in the middle; the schema pages and the tables' roots stay readable.
    victim = next(p for p in range(max(pages // 2, schema_pages + 1), pages) if p not in roots)
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[(victim - 1) * page : victim * page] = os.urandom(page)
    db_path.write_bytes(bytes(data))
    before = _digest(db_path)
    with pytest.raises(DamagedDatabase) as err:
        Store.open(db_path, keychain=keychain, check=True)
    copy = err.value.copy_path
    assert copy is not None and _digest(copy) == before
    assert _digest(db_path) == before  # untouched until the user asks to salvage
    # Without the up-front check, the damage surfaces from the first call that reads it.
    with Store.open(db_path, keychain=keychain) as s:
        assert s.integrity_check() != "ok"
        with pytest.raises(DamagedDatabase) as err:
            s.export_json()
        assert "damaged" in err.value.message and err.value.copy_path is not None
        assert _digest(err.value.copy_path) == before
    assert _digest(db_path) == before
    report = salvage_database(db_path, keychain=keychain)
    assert _digest(Path(report.damaged_copy)) == before
    with Store.open(db_path, keychain=keychain) as s:
        assert s.integrity_check() == "ok"
        recovered = len(s.list_conversations())
        texts = [m.content for c in s.list_conversations() for m in s.all_messages(c.id)]
    assert 0 < recovered <= 60
    assert sum(report.tables.values()) > 100  # most of the 60 conversations + 120 messages
    assert sum(report.tables.values()) + report.lost_rows >= 150
    assert any("東京タワー" in t for t in texts)


def test_a_file_that_is_not_a_database_is_refused_untouched(
    db_path: Path, keychain: Keychain
) -> None:
    _fill(db_path, keychain, 1)
    db_path.write_bytes(os.urandom(8192))
    before = _digest(db_path)
    with pytest.raises(DamagedDatabase) as err:
        Store.open(db_path, keychain=keychain)
    assert "damaged" in err.value.message
    assert _digest(db_path) == before


def test_a_second_instance_is_refused(db_path: Path, keychain: Keychain) -> None:
    with Store.open(db_path, keychain=keychain) as s:
        s.create_conversation("first")
        with pytest.raises(StoreLocked, match="already open"):
            Store.open(db_path, keychain=keychain)
        # And from another process (the real case: a second app instance).
        script = textwrap.dedent(
            f"""
            import sys
            from airgap.store import Store, StoreLocked
            try:
                Store.open({str(db_path)!r}, encrypted=False)
            except StoreLocked as e:
                print("LOCKED", e.message); sys.exit(0)
            sys.exit(1)
            """
        )
        proc = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
        )
        assert proc.returncode == 0, proc.stderr
        assert "LOCKED" in proc.stdout
        assert [c.title for c in s.list_conversations()] == ["first"]
    Store.open(db_path, keychain=keychain).close()  # the lock goes with the first instance


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """Make `folder` read-only: chmod for a normal user, a read-only bind mount for root."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if subprocess.run(
        ["mount", "--bind", str(folder), str(folder)], capture_output=True
    ).returncode:
        pytest.skip("root without mount: cannot make a read-only folder")
    try:
        subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(folder)], check=True, capture_output=True
        )
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True, capture_output=True)


def test_read_only_data_folder(airgap_home: Path, keychain: Keychain) -> None:
    folder = airgap_home / "data"
    folder.mkdir()
    path = folder / "airgap.db"
    _fill(path, keychain, 1)
    before = _digest(path)
    with _read_only(folder):
        with pytest.raises(ReadOnly) as err:
            Store.open(path, keychain=keychain)
        assert "cannot write" in err.value.message
    assert _digest(path) == before
    with Store.open(path, keychain=keychain) as s:
        assert len(s.list_conversations()) == 1


def test_newer_schema_is_refused_untouched(db_path: Path, keychain: Keychain) -> None:
    _fill(db_path, keychain, 1)
    with Store.open(db_path, keychain=keychain) as s:
        s._write(
            lambda: s._wconn.execute(
                "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('airgap', '9999_from_the_future', '2030-01-01')"
            )
        )
    before = _digest(db_path)
    with pytest.raises(NewerSchema, match="newer version"):
        Store.open(db_path, keychain=keychain)
    assert _digest(db_path) == before


def test_unencrypted_older_database_is_encrypted_without_loss(
    db_path: Path, keychain: Keychain, memory_keyring: MemoryKeyring
) -> None:
    with Store.open(db_path, encrypted=False) as s:
        c = s.create_conversation("Plain old 東京")
        s.add_user_message(c.id, "unencrypted words 한국어")
        exported = s.export_json()["conversations"]
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    with Store.open(db_path, keychain=keychain) as s:
        assert s.encrypted
        assert s.export_json()["conversations"] == exported
        assert [h.message_id is not None for h in s.search("한국")] == [True]
    raw = db_path.read_bytes()
    assert raw[:16] != b"SQLite format 3\x00"
    assert b"unencrypted words" not in raw
    assert ENTRY in memory_keyring.entries


def test_backup_is_a_consistent_encrypted_copy(
    store: _Store, airgap_home: Path, keychain: Keychain
) -> None:
    c = store.create_conversation("backed up")
    store.add_user_message(c.id, "keep me safe")
    dest = store.backup(airgap_home / "backup.db")
    assert b"keep me safe" not in dest.read_bytes()
    key = keychain.get()
    assert key is not None
    # The copy opens with the same key.
    from airgap.store import db as dbmod

    conn = dbmod.connect(dest, key)
    assert conn.execute("SELECT content FROM messages").fetchall() == [("keep me safe",)]
    conn.close()
