"""Disk full: a clear DiskFull error, and nothing already stored is lost. On a tiny tmpfs
when we can mount one (root), and under RLIMIT_FSIZE in a subprocess everywhere."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap.engine.api import FinishReason
from airgap.store import DiskFull, Keychain, Store
from disk_helpers import small_tmpfs
from storehelpers import MemoryKeyring


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(
        tmp_path / "tiny", "2m", without_root="the RLIMIT_FSIZE test covers this case"
    ) as mnt:
        yield mnt


def _fill_until_full(store: Store) -> tuple[dict[int, str], DiskFull]:
    """Write until the disk is full; return every message whose write was acknowledged."""
    saved: dict[int, str] = {}
    conv = store.create_conversation("filling up")
    for n in range(100_000):
        text = f"message {n} 東京タワー " + "データ" * 300
        try:
            m = store.add_user_message(conv.id, text)
            saved[m.id] = text
            r = store.begin_reply(conv.id)
            store.append_reply(r.id, text)
            done = store.finish_reply(r.id, FinishReason.STOP)
            saved[done.id] = text
        except DiskFull as exc:
            return saved, exc
    raise AssertionError("the disk never filled up")


def test_tmpfs_full_is_a_clear_error_and_nothing_is_lost(
    tiny_disk: Path, airgap_home: Path, memory_keyring: MemoryKeyring
) -> None:
    chain = Keychain(memory_keyring)
    path = tiny_disk / "airgap.db"
    store = Store.open(path, keychain=chain)
    saved, err = _fill_until_full(store)
    assert "disk is full" in err.message and "Nothing already saved was lost" in err.message
    assert len(saved) > 5
    # Reads still work, and so does the store after space comes back.
    assert store.message(max(saved)).content == saved[max(saved)]
    store.close()  # must not raise: the checkpoint can wait for space
    rescue = airgap_home / "rescued"
    rescue.mkdir()
    for f in tiny_disk.iterdir():
        shutil.copy2(f, rescue / f.name)
    with Store.open(rescue / "airgap.db", keychain=chain) as s:
        assert s.integrity_check() == "ok"
        for mid, text in saved.items():
            assert s.message(mid).content == text
        s.add_user_message(s.list_conversations()[0].id, "room again")


def test_file_size_limit_is_a_clear_error_and_nothing_is_lost(airgap_home: Path) -> None:
    path = airgap_home / "airgap.db"
    script = textwrap.dedent(
        f"""
        import json, resource, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        sys.path.append({str(Path(__file__).parents[1])!r})  # disk_helpers, after airgap
        from test_disk_full import _fill_until_full
        from airgap.store import Store
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of dying
        store = Store.open({str(path)!r}, encrypted=False)
        # Room for the migrations' WAL frames and several replies before the limit.
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024 * 1024, resource.RLIM_INFINITY))
        saved, err = _fill_until_full(store)
        store.close()
        print(json.dumps({{"message": err.message, "saved": saved}}))
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    import json

    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "disk is full" in result["message"]
    saved = {int(k): v for k, v in result["saved"].items()}
    assert len(saved) > 5
    with Store.open(path, encrypted=False) as s:
        assert s.integrity_check() == "ok"
        for mid, text in saved.items():
            assert s.message(mid).content == text
