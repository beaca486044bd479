"""Export (Markdown, lossless JSON), exact JSON round trip, ChatGPT conversations.json
import, and bad import files: a clear error naming the problem, nothing imported."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from airgap.engine.api import ExpertStats, FinishReason, GenerationStats, SamplingSettings
from airgap.store import ImportFailed, Keychain, Store

DATA = Path(__file__).parent / "data"


def _populate(store: Store) -> None:
    settings = SamplingSettings(temperature=0.6, top_p=0.95, top_k=20, seed=42)
    c = store.create_conversation(
        "量子コンピュータ",
        model_id="qwen3.5-9b",
        system_prompt="簡潔に。",
        settings=settings,
        thinking=True,
    )
    u = store.add_user_message(c.id, "量子ビットとは？")
    r = store.begin_reply(c.id, model_id="qwen3.5-9b", thinking=True)
    stats = GenerationStats(
        prompt_tokens=20,
        generation_tokens=40,
        time_to_first_token_s=0.25,
        generation_tps=33.3,
        experts=ExpertStats(bytes_read_per_token=1.5e9, cache_hit_rate=0.7, experts_per_token=10),
    )
    store.finish_reply(
        r.id, FinishReason.STOP, stats, text="0と1の重ね合わせ。", reasoning="基本から説明する"
    )
    store.begin_regenerate(r.id)  # left streaming: exported as interrupted
    store.edit_user_message(u.id, "Qubit in one line?")
    store.set_pinned(c.id, True)
    d = store.create_conversation("second")
    store.add_user_message(d.id, "hello\n\nwith **markdown** and <tags>")
    e = store.begin_reply(d.id)
    store.finish_reply(e.id, FinishReason.ERROR, error="The model ran out of memory.")
    store.set_archived(d.id, True)


def _convs(data: dict[str, Any]) -> list[dict[str, Any]]:
    return data["conversations"]


def test_json_round_trip_is_exact(store: Store, airgap_home: Path, keychain: Keychain) -> None:
    _populate(store)
    path = store.export_to(airgap_home / "export.json")
    first = json.loads(path.read_text(encoding="utf-8"))
    assert first["format"] == "airgap" and len(_convs(first)) == 2
    tree = _convs(first)[0]["messages"]
    assert [m["parent"] for m in tree] == [None, 1, 1, None]
    assert tree[2]["finish_reason"] == "interrupted"
    assert tree[1]["stats"]["experts"]["experts_per_token"] == 10
    other = Store.open(airgap_home / "other.db", keychain=Keychain())  # same memory keyring
    try:
        report = other.import_file(path)
        assert (report.conversations, report.messages, report.skipped) == (2, 6, 0)
        assert _convs(other.export_json()) == _convs(first)
        # Importing again changes nothing (same uuids).
        again = other.import_file(path)
        assert (again.conversations, again.skipped) == (0, 2)
        assert [h.conversation_title for h in other.search("重ね合わせ")] == ["量子コンピュータ"]
    finally:
        other.close()


def test_markdown_export_is_readable(store: Store, airgap_home: Path) -> None:
    _populate(store)
    text = store.export_to(airgap_home / "all.md", fmt="markdown").read_text(encoding="utf-8")
    assert text.startswith("# 量子コンピュータ\n")
    assert "*Model: qwen3.5-9b ·" in text and "> **System prompt:** 簡潔に。" in text
    # The visible branch is the edited question (no answer yet).
    first = text.split("\n---\n")[0]
    assert "### You\n\nQubit in one line?" in first and "量子ビットとは" not in first
    question, answer, regenerated, _edited = store.all_messages(1)
    store.select_branch(question.id)  # back to the original question: its newest answer
    assert store.visible_messages(1)[-1].id == regenerated.id
    assert "*(interrupted)*" in store.export_markdown([1])  # the regenerate left streaming
    store.select_branch(answer.id)
    md = store.export_markdown([1])
    assert "<details>\n<summary>Reasoning</summary>\n\n基本から説明する\n\n</details>" in md
    second = store.export_markdown([2])
    assert "*(error: The model ran out of memory.)*" in second


def test_chatgpt_import(store: Store) -> None:
    report = store.import_file(DATA / "chatgpt_conversations.json")
    assert (report.conversations, report.messages) == (2, 8)
    convs = {c.title: c for c in store.list_conversations()}
    assert set(convs) == {"東京旅行のプラン", "한국어 인사"}
    tokyo = convs["東京旅行のプラン"]
    assert tokyo.model_id == "o3" and tokyo.created_at == 1717000000.123
    shown = store.visible_messages(tokyo.id)  # current_node -> the budget branch
    assert [m.role.value for m in shown] == ["user", "assistant", "user", "assistant"]
    assert shown[0].content == "Plan 3 days in Tokyo on a budget, please."
    assert shown[1].reasoning == "Budget focus\n\nCheap eats, free shrines, a Suica card."
    assert shown[1].thinking and shown[1].model_id == "o3"
    assert shown[2].content == "[image]\nHow much is this ticket?"
    assert shown[3].content == "```\nprint(1060 * 2)\n```"
    # The edited first question is a sibling branch, kept.
    sib = store.siblings(shown[0].id)
    assert sib.count == 2
    other = store.path_to(store.select_branch(sib.ids[0])[-1].id)
    assert other[-1].content.startswith("1日目は浅草と上野")
    assert [h.message_id for h in store.search("안녕하세요")] != []
    assert [h.conversation_id for h in store.search("浅草")] == [tokyo.id]
    assert store.import_file(DATA / "chatgpt_conversations.json").skipped == 2


def test_chatgpt_export_zip_is_read_directly(store: Store, airgap_home: Path) -> None:
    archive = airgap_home / "chatgpt-export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("chat.html", "<html></html>")
        z.write(DATA / "chatgpt_conversations.json", "conversations.json")
    assert store.import_file(archive).conversations == 2
    empty = airgap_home / "other.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("notes.txt", "hi")
    with pytest.raises(ImportFailed, match=r"without a conversations\.json"):
        store.import_file(empty)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"\xff\xfe\x00garbage", "not a UTF-8"),
        (b'{"format": "airgap", "version": 1, "conversations": [', "not valid JSON (line 1"),
        (b'{"some": "thing"}', "neither an Airgap export nor a ChatGPT"),
        (b'[{"title": "x", "mapping": 5}]', "conversation 1: 'mapping' has the wrong type"),
        (
            b'[{"title": "x", "mapping": {"a": {"parent": "b", "children": ["b"]},'
            b' "b": {"parent": "a", "children": ["a"]}}}]',
            "no root",
        ),
        (b'{"format": "airgap", "version": 99, "conversations": []}', "newer Airgap"),
        (b"PK\x03\x04 truncated zip", "damaged zip"),
    ],
)
def test_bad_files_are_refused_clearly(
    store: Store, airgap_home: Path, content: bytes, problem: str
) -> None:
    path = airgap_home / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as err:
        store.import_file(path)
    assert problem in err.value.message
    assert "bad.json" in err.value.message
    assert store.list_conversations(archived=None) == []


def test_a_bad_conversation_late_in_the_file_imports_nothing(
    store: Store, airgap_home: Path
) -> None:
    _populate(store)
    data = store.export_json()
    for c in data["conversations"]:
        c["uuid"] += "-copy"
    data["conversations"][1]["messages"][0]["role"] = "wizard"
    path = airgap_home / "half-bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportFailed, match="conversation 2, message 1: 'wizard'"):
        store.import_file(path)
    assert len(store.list_conversations(archived=None)) == 2  # only the original two
    data["conversations"][1]["messages"][0]["role"] = "user"
    data["conversations"][1]["messages"][1]["parent"] = 7
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportFailed, match="parent 7 is not an earlier message"):
        store.import_file(path)
    assert len(store.list_conversations(archived=None)) == 2
