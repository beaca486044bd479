"""Crash safety: a writer process streams replies into the store and is killed with SIGKILL
at random moments, over and over. After every kill the database passes integrity_check,
every committed message is intact, and the reply in flight is kept as INTERRUPTED.

Writers come from a multiprocessing fork server that has the store imported already: each
is a fresh single-threaded process (nothing inherited from pytest's), and a kill-and-check
round costs tens of milliseconds, so a hundred rounds stay fast."""

from __future__ import annotations

import faulthandler
import multiprocessing
import random
import signal
import time
from pathlib import Path

from airgap.engine.api import FinishReason
from airgap.store import Keychain, Store
from airgap.store.keys import new_key
from storehelpers import MemoryKeyring

ROUNDS = 120


def _user_text(n: int) -> str:
    return f"user {n}: 東京の天気を教えて。" + "x" * (n % 50)


def _chunk(mid: int, i: int) -> str:
    return f"<{mid}.{i}>晴れ{i % 7}"


def _writer(path: Path, key: bytes, log_path: Path, seed: int) -> None:
    """Runs in the child until it is killed."""
    faulthandler.dump_traceback_later(20, exit=True)  # a hang fails fast, with its stack
    backend = MemoryKeyring()
    chain = Keychain(backend)
    chain.set(key)
    store = Store.open(path, keychain=chain, check=False)
    rng = random.Random(seed)
    with log_path.open("a", buffering=1, encoding="utf-8") as log:
        n = seed * 1000
        while True:
            conv = store.create_conversation()
            for _ in range(rng.randint(1, 3)):
                n += 1
                u = store.add_user_message(conv.id, _user_text(n))
                log.write(f"U {u.id} {n}\n")
                r = store.begin_reply(conv.id)
                log.write(f"B {r.id}\n")
                chunks = rng.randint(1, 30)
                for i in range(chunks):
                    store.append_reply(r.id, _chunk(r.id, i))
                    log.write(f"A {r.id} {i + 1}\n")
                store.finish_reply(r.id, FinishReason.STOP)
                log.write(f"F {r.id} {chunks}\n")


def _verify(path: Path, chain: Keychain, log_path: Path) -> tuple[int, int]:
    users: dict[int, int] = {}
    replies: dict[int, int] = {}
    finished: set[int] = set()
    for line in log_path.read_text(encoding="utf-8").splitlines():
        kind, *nums = line.split()
        if kind == "U":
            users[int(nums[0])] = int(nums[1])
        elif kind == "B":
            replies.setdefault(int(nums[0]), 0)
        elif kind == "A":
            replies[int(nums[0])] = int(nums[1])
        elif kind == "F":
            replies[int(nums[0])] = int(nums[1])
            finished.add(int(nums[0]))
    with Store.open(path, keychain=chain) as store:
        assert store.integrity_check() == "ok"
        rows = {
            m.id: m
            for c in store.list_conversations(archived=None)
            for m in store.all_messages(c.id)
        }
        for mid, n in users.items():
            assert rows[mid].content == _user_text(n), f"user message {mid} changed"
        for mid, k in replies.items():
            msg = rows[mid]
            assert msg.finish_reason is not None  # nothing left "streaming" after open
            expected = "".join(_chunk(mid, i) for i in range(k))
            # At most one more chunk than logged: committed, killed before the log line.
            longer = expected + _chunk(mid, k)
            assert msg.content in (expected, longer), f"reply {mid}: {msg.content!r}"
            if mid in finished:
                assert msg.finish_reason is FinishReason.STOP
            else:
                assert msg.finish_reason in (FinishReason.INTERRUPTED, FinishReason.STOP)
        interrupted = sum(1 for m in rows.values() if m.finish_reason is FinishReason.INTERRUPTED)
    return len(rows), interrupted


def test_sigkill_at_random_moments_loses_nothing_committed(airgap_home: Path) -> None:
    path = airgap_home / "airgap.db"
    log_path = airgap_home / "writer.log"
    log_path.touch()
    key = new_key()
    chain = Keychain(MemoryKeyring())
    chain.set(key)
    Store.open(path, keychain=chain).close()
    rng = random.Random(1234)
    start = time.monotonic()
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["airgap.store", "storehelpers", __name__])
    for round_no in range(1, ROUNDS + 1):
        logged = log_path.stat().st_size
        proc = ctx.Process(target=_writer, args=(path, key, log_path, round_no), daemon=True)
        proc.start()
        # Kill at a random moment after the writer has committed something new (so each
        # round makes progress however loaded the machine is).
        deadline = time.monotonic() + 30
        while log_path.stat().st_size == logged and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.04))
        proc.kill()  # SIGKILL
        proc.join()
        assert proc.exitcode == -signal.SIGKILL, "the writer died on its own (see stderr)"
        assert log_path.stat().st_size > logged, "the writer made no progress"
        messages, interrupted = _verify(path, chain, log_path)
    elapsed = time.monotonic() - start
    print(f"{ROUNDS} kills in {elapsed:.1f} s, {messages} messages, {interrupted} interrupted")
    assert interrupted >= ROUNDS // 10  # many kills landed inside a streaming reply
