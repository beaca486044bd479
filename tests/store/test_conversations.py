"""Conversations and message trees: listing, flags, branches from edit/regenerate, sibling
navigation, streamed replies saved while they stream, delete/undo/purge."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from airgap.engine.api import (
    ChatMessage,
    Done,
    FinishReason,
    GenerationStats,
    ReasoningDelta,
    Role,
    SamplingSettings,
    TextDelta,
)
from airgap.store import Keychain, NotFound, Store, StoreError


def _exchange(store: Store, conv_id: int, question: str, answer: str) -> tuple[int, int]:
    u = store.add_user_message(conv_id, question)
    r = store.begin_reply(conv_id, model_id="qwen3.5-9b")
    store.append_reply(r.id, answer)
    store.finish_reply(r.id, FinishReason.STOP, GenerationStats(generation_tokens=3))
    return u.id, r.id


def test_listing_is_pinned_first_then_newest_and_hides_archived(store: Store) -> None:
    a = store.create_conversation("a")
    b = store.create_conversation("b")
    c = store.create_conversation("c")
    _exchange(store, a.id, "hello", "hi")  # a becomes the newest
    assert [x.title for x in store.list_conversations()] == ["a", "c", "b"]
    store.set_pinned(b.id, True)
    store.set_archived(c.id, True)
    assert [x.title for x in store.list_conversations()] == ["b", "a"]
    assert [x.title for x in store.list_conversations(archived=True)] == ["c"]
    assert {x.title for x in store.list_conversations(archived=None)} == {"a", "b", "c"}
    assert store.rename(a.id, "  renamed \x00 ").title == "renamed"


def test_settings_and_untitled_conversations_take_the_first_message(store: Store) -> None:
    settings = SamplingSettings(temperature=0.6, top_p=0.95, top_k=20, max_tokens=512, seed=7)
    c = store.create_conversation(system_prompt="Be brief.", settings=settings, thinking=True)
    store.add_user_message(c.id, "How do I say 'thank you' in Japanese?\nAnd in Korean?")
    got = store.conversation(c.id)
    assert got.title == "How do I say 'thank you' in Japanese? And in Korean?"
    assert got.settings == settings and got.thinking and got.system_prompt == "Be brief."
    got = store.update_conversation(c.id, model_id="m", settings=settings.with_(temperature=0.1))
    assert got.model_id == "m" and got.settings.temperature == 0.1


def test_edit_and_regenerate_make_siblings_and_nothing_is_erased(store: Store) -> None:
    c = store.create_conversation("tree")
    u1, a1 = _exchange(store, c.id, "first question", "first answer")
    _u2, a2 = _exchange(store, c.id, "second question", "second answer")
    assert [m.content for m in store.visible_messages(c.id)] == [
        "first question",
        "first answer",
        "second question",
        "second answer",
    ]
    # Regenerate the last answer: a sibling of a2, shown now.
    r = store.begin_regenerate(a2, model_id="qwen3.5-9b")
    store.finish_reply(r.id, FinishReason.STOP, text="second answer, take two")
    assert store.visible_messages(c.id)[-1].content == "second answer, take two"
    sib = store.siblings(r.id)
    assert (sib.count, sib.index, sib.previous_id, sib.next_id) == (2, 1, a2, None)
    # Edit the first question: a new root-level branch.
    e = store.edit_user_message(u1, "first question, edited")
    assert [m.content for m in store.visible_messages(c.id)] == ["first question, edited"]
    _exchange_reply = store.begin_reply(c.id)
    store.finish_reply(_exchange_reply.id, FinishReason.STOP, text="answer to the edit")
    assert store.siblings(e.id).ids == (u1, e.id)
    # Navigate back to the old branch: its newest descendants are shown again.
    path = store.select_branch(u1)
    assert [m.content for m in path] == [
        "first question",
        "first answer",
        "second question",
        "second answer, take two",
    ]
    assert store.conversation(c.id).selected_leaf_id == r.id
    assert store.path_to(a2)[-1].content == "second answer"
    assert len(store.all_messages(c.id)) == 7
    assert store.history(c.id) == [
        ChatMessage(Role.USER, "first question"),
        ChatMessage(Role.ASSISTANT, "first answer"),
        ChatMessage(Role.USER, "second question"),
        ChatMessage(Role.ASSISTANT, "second answer, take two"),
    ]
    with pytest.raises(StoreError):
        store.edit_user_message(a1, "not mine")


def test_recorder_saves_while_streaming_and_finishes_with_stats(store: Store) -> None:
    c = store.create_conversation("stream")
    store.add_user_message(c.id, "count")
    r = store.begin_reply(c.id, model_id="m", thinking=True)
    assert store.message(r.id).streaming
    rec = store.recorder(r.id, flush_interval=0.0)  # flush on every event
    rec.feed(ReasoningDelta("let me think"))
    rec.feed(TextDelta("one, "))
    # Already durable mid-stream.
    assert store.message(r.id).content == "one, "
    assert store.message(r.id).reasoning == "let me think"
    rec.feed(TextDelta("two"))
    stats = GenerationStats(prompt_tokens=12, generation_tokens=4, generation_tps=31.5)
    done = rec.feed(Done(FinishReason.CANCELLED, stats))
    assert done is not None
    assert (done.content, done.finish_reason, done.stats) == (
        "one, two",
        FinishReason.CANCELLED,
        stats,
    )
    assert done.thinking and not done.streaming
    with pytest.raises(NotFound):
        store.append_reply(r.id, "late text")  # a finished reply is not appended to


def test_a_reply_left_streaming_comes_back_interrupted(db_path: Path, keychain: Keychain) -> None:
    s = Store.open(db_path, keychain=keychain)
    c = s.create_conversation("crash")
    s.add_user_message(c.id, "tell me a story")
    r = s.begin_reply(c.id)
    s.append_reply(r.id, "Once upon a time")
    s.close()  # as if the process had died here: the row is still streaming
    with Store.open(db_path, keychain=keychain) as s2:
        msg = s2.message(r.id)
        assert msg.finish_reason is FinishReason.INTERRUPTED
        assert msg.content == "Once upon a time"
        assert s2.interrupted_ids == (r.id,)
        assert [h.message_id for h in s2.search("upon")] == [r.id]


def test_delete_is_undoable_then_purged(store: Store) -> None:
    keep = store.create_conversation("keep")
    gone = store.create_conversation("gone")
    _exchange(store, gone.id, "secret", "answer")
    store.delete_conversation(gone.id)
    assert [c.title for c in store.list_conversations()] == ["keep"]
    assert [c.id for c in store.deleted_conversations()] == [gone.id]
    assert store.search("secret") == []
    store.undo_delete(gone.id)
    assert len(store.search("secret")) == 1
    store.delete_conversation(gone.id)
    assert store.purge_deleted() == 1
    with pytest.raises(NotFound):
        store.undo_delete(gone.id)
    assert [c.id for c in store.list_conversations()] == [keep.id]


def test_close_purges_soft_deleted(db_path: Path, keychain: Keychain) -> None:
    with Store.open(db_path, keychain=keychain) as s:
        c = s.create_conversation("x")
        s.delete_conversation(c.id)
    with Store.open(db_path, keychain=keychain) as s:
        assert s.deleted_conversations() == []


def test_writes_from_many_threads_are_serialised(store: Store) -> None:
    c = store.create_conversation("threads")
    replies = [store.begin_reply(c.id) for _ in range(4)]

    def stream(mid: int) -> None:
        for i in range(50):
            store.append_reply(mid, f"{i},")

    threads = [threading.Thread(target=stream, args=(r.id,)) for r in replies]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = "".join(f"{i}," for i in range(50))
    assert all(store.message(r.id).content == expected for r in replies)
    assert store.integrity_check() == "ok"


def test_text_is_cleaned_at_the_boundary(store: Store) -> None:
    c = store.create_conversation()
    m = store.add_user_message(c.id, "bad \ud800 surrogate\r\nand NUL\x00")
    assert m.content == "bad \ufffd surrogate\nand NUL"


def test_closed_store_refuses_politely(db_path: Path, keychain: Keychain) -> None:
    s = Store.open(db_path, keychain=keychain)
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.list_conversations()
    with pytest.raises(StoreError, match="closed"):
        s.create_conversation("x")
