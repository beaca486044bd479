"""Deleted text must not survive in the database file, its free pages, the FTS index or the
WAL. Checked on an unencrypted store, where raw bytes can be scanned (on the encrypted one
no plaintext is ever on disk)."""

from __future__ import annotations

from pathlib import Path

from airgap.engine.api import FinishReason
from airgap.store import Keychain, Store

SECRET = "xylophonequokka"
SECRET_ZH = "秘密的银行密码"
SECRET_REASONING = "zebracrossingplatypus"


def _raw(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _needles() -> list[bytes]:
    return [SECRET.encode(), SECRET_ZH.encode(), SECRET_REASONING.encode(), "银行".encode()]


def test_deleted_text_is_gone_from_the_raw_bytes(db_path: Path) -> None:
    s = Store.open(db_path, encrypted=False)
    keep = s.create_conversation("keep")
    s.add_user_message(keep.id, "ordinary words that stay")
    gone = s.create_conversation(f"title {SECRET}")
    for i in range(30):  # enough to span several pages
        s.add_user_message(gone.id, f"{SECRET} {SECRET_ZH} number {i} " + "padding " * 20)
        r = s.begin_reply(gone.id)
        s.finish_reply(r.id, FinishReason.STOP, text=f"reply {SECRET}", reasoning=SECRET_REASONING)
    s.checkpoint()
    raw = _raw(db_path)
    assert all(n in raw for n in _needles())  # the scan can see plaintext at all
    s.delete_conversation(gone.id)
    s.purge_deleted()
    s.checkpoint()
    raw = _raw(db_path)
    assert b"ordinary words that stay" in raw
    found = [n.decode() for n in _needles() if n in raw]
    assert found == []
    assert s.search(SECRET) == [] and s.search("银行") == []
    assert s.integrity_check() == "ok"
    s.close()
    assert [n for n in _needles() if n in _raw(db_path)] == []


def test_purge_at_close(db_path: Path) -> None:
    with Store.open(db_path, encrypted=False) as s:
        c = s.create_conversation("bye")
        s.add_user_message(c.id, f"{SECRET} " * 50)
        s.delete_conversation(c.id)
    assert SECRET.encode() not in _raw(db_path)


def test_encrypted_store_never_has_plaintext_on_disk(db_path: Path, keychain: Keychain) -> None:
    with Store.open(db_path, keychain=keychain) as s:
        c = s.create_conversation(SECRET)
        s.add_user_message(c.id, SECRET_ZH)
        r = s.begin_reply(c.id)
        s.append_reply(r.id, SECRET, SECRET_REASONING)
        assert [n for n in _needles() if n in _raw(db_path)] == []
