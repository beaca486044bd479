"""Stepwise import of big files (store.importers.import_stepwise), on the real encrypted
store: progress by callback, cancel between conversations, a damaged conversation part way;
whatever stops it, the conversations imported before are whole and kept, and importing the
file again adds the rest. Also `airgap import`'s progress line and its stop message."""

from __future__ import annotations

import gc
import json
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from airgap import cli
from airgap.engine.api import CancelToken
from airgap.store import ImportFailed, Store
from airgap.store.importers import (
    ImportProgress,
    StepwiseImport,
    gc_paused,
    import_stepwise,
    load_file,
    plan_data,
)
from airgap.translate.glossary import Term
from storehelpers import MemoryKeyring


def chatgpt_export(conversations: int, messages: int, start: int = 0) -> list[dict[str, Any]]:
    """A ChatGPT conversations.json: each conversation a chain of `messages` turns."""
    out = []
    for c in range(start, start + conversations):
        mapping: dict[str, Any] = {"root": {"id": "root", "message": None, "children": ["m0"]}}
        for k in range(messages):
            role = "user" if k % 2 == 0 else "assistant"
            mapping[f"m{k}"] = {
                "id": f"m{k}",
                "parent": "root" if k == 0 else f"m{k - 1}",
                "children": [f"m{k + 1}"] if k + 1 < messages else [],
                "message": {
                    "author": {"role": role},
                    "create_time": 1.7e9 + c * 100 + k,
                    "content": {"content_type": "text", "parts": [f"会話 {c}：東京は晴れ {k}。"]},
                },
            }
        out.append(
            {
                "title": f"会話 {c}",
                "create_time": 1.7e9 + c * 100,
                "conversation_id": f"conv-{c:05d}",
                "current_node": f"m{messages - 1}",
                "mapping": mapping,
            }
        )
    return out


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "conversations.json"
    path.write_text(json.dumps(chatgpt_export(300, 12), ensure_ascii=False), encoding="utf-8")
    return path


def run(
    store: Store,
    path: Path,
    cancel: CancelToken | None = None,
    on_progress: Any = None,
) -> tuple[StepwiseImport, list[ImportProgress]]:
    seen: list[ImportProgress] = []

    def progress(p: ImportProgress) -> None:
        seen.append(p)
        if on_progress is not None:
            on_progress(p)

    plan = plan_data(load_file(path), source=path.name)
    return import_stepwise(store, plan, progress=progress, cancel=cancel), seen


def whole(store: Store, messages: int) -> None:
    """Every stored conversation has all its messages, shown up to its last one."""
    for c in store.list_conversations(archived=None):
        assert len(store.all_messages(c.id)) == messages, c.title
        assert len(store.visible_messages(c.id)) == messages, c.title


def test_progress_rises_batch_by_batch_to_the_total(store: Store, big_file: Path) -> None:
    done, seen = run(store, big_file)
    assert done.complete and done.total == 300
    assert (done.report.conversations, done.report.messages) == (300, 3600)
    assert seen[0] == ImportProgress(0, 300, 0)  # a count to show before the first write
    assert seen[-1] == ImportProgress(300, 300, 3600)
    assert len(seen) > 2  # written in several transactions, each reported
    assert [p.done for p in seen] == sorted({p.done for p in seen})
    whole(store, 12)
    assert store.search("東京は晴れ")  # indexed as it went


def test_cancel_keeps_whole_conversations_and_a_second_import_adds_the_rest(
    store: Store, big_file: Path
) -> None:
    cancel = CancelToken()

    def stop_after_first_batch(p: ImportProgress) -> None:
        if p.done:
            cancel.cancel()

    done, seen = run(store, big_file, cancel, stop_after_first_batch)
    kept = done.report.conversations
    assert done.cancelled and not done.complete and 0 < kept < 300
    assert seen[-1].done == kept  # nothing written after the cancel was seen
    assert len(store.list_conversations()) == kept
    assert done.report.messages == kept * 12
    whole(store, 12)
    again, _ = run(store, big_file)
    assert again.complete
    assert (again.report.conversations, again.report.skipped) == (300 - kept, kept)
    assert len(store.list_conversations()) == 300
    whole(store, 12)


def test_cancel_before_writing_imports_nothing(store: Store, big_file: Path) -> None:
    cancel = CancelToken()
    cancel.cancel()
    done, seen = run(store, big_file, cancel)
    assert done.cancelled and done.report.conversations == 0 and seen == []
    assert store.list_conversations() == []


def test_a_damaged_conversation_part_way_keeps_those_before_it(
    store: Store, tmp_path: Path
) -> None:
    data = chatgpt_export(5, 4)
    data[3]["mapping"] = {"m0": {"children": "not a list"}}
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    done, _ = run(store, path)
    assert not done.complete and not done.cancelled
    assert done.failure.startswith("conversations.json: conversation 4 ('会話 3'):")
    assert "not a list" in done.failure
    assert (done.report.conversations, done.report.messages, done.total) == (3, 12, 5)
    assert sorted(c.title for c in store.list_conversations()) == ["会話 0", "会話 1", "会話 2"]
    whole(store, 4)
    # Fixed, the file imports the rest; those already here are skipped.
    data[3] = chatgpt_export(1, 4, start=3)[0]
    path.write_text(json.dumps(data), encoding="utf-8")
    again, _ = run(store, path)
    assert again.complete and (again.report.conversations, again.report.skipped) == (2, 3)


def test_airgap_export_translator_data_comes_only_with_the_last_conversation(
    store: Store, airgap_home: Path, tmp_path: Path
) -> None:
    for n in range(3):
        c = store.create_conversation(f"chat {n}")
        store.add_user_message(c.id, f"question {n}")
    store.translation.save_glossary("旅行", [Term("東京", "Tokyo", "", False, False)])
    data = store.export_json()
    data["conversations"][2]["messages"][0]["role"] = "robot"  # damaged: the third
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with Store.open(airgap_home / "other.db") as other:
        done, _ = run(other, path)
        assert "conversation 3, message 1" in done.failure and done.report.conversations == 2
        assert other.translation.projects() == []  # not before every conversation is in
        data["conversations"][2]["messages"][0]["role"] = "user"
        path.write_text(json.dumps(data), encoding="utf-8")
        again, _ = run(other, path)
        assert again.complete and again.report.projects == 1
        assert other.translation.projects() == ["旅行"]


def test_file_level_problems_raise_before_anything_is_written(store: Store, tmp_path: Path) -> None:
    nothing = tmp_path / "conversations.json"
    nothing.write_text(json.dumps([{"title": "empty", "mapping": {}}]), encoding="utf-8")
    with pytest.raises(ImportFailed, match="contains no messages"):
        run(store, nothing)
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "airgap", "version": 99}), encoding="utf-8")
    with pytest.raises(ImportFailed, match="newer Airgap"):
        run(store, newer)
    assert store.list_conversations() == []


# ------------------------------------------------------------------ `airgap import`


def test_cli_shows_progress_on_stderr_for_a_big_file(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str], big_file: Path
) -> None:
    assert cli.main(["import", str(big_file)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "Imported 300 conversations, 3600 messages."
    lines = [line for line in err.splitlines() if line.startswith("Importing")]
    assert lines[0] == "Importing conversations.json: 0 of 300 conversations"
    assert lines[-1] == "Importing conversations.json: 300 of 300 conversations"
    small = big_file.parent / "small.json"
    small.write_text(json.dumps(chatgpt_export(3, 2, start=1000)), encoding="utf-8")
    assert cli.main(["import", str(small)]) == 0
    assert "Importing" not in capsys.readouterr().err  # a small file: just the result


def test_cli_names_the_damaged_conversation_and_what_was_kept(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = chatgpt_export(4, 2)
    data[2]["mapping"] = {"m0": {"children": "not a list"}}
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert cli.main(["import", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("airgap: conversations.json: conversation 3 ('会話 2'):")
    assert "2 conversations (4 messages) imported before it are kept" in err
    assert "Traceback" not in err
    with Store.open() as s:
        assert len(s.list_conversations()) == 2


JSON_CASES = [
    "[]",
    ' [ {"a": [1, {"b": [2, 3]}]}, "s", null, true, 1.5e3 ] ',
    '{"format": "airgap", "conversations": [{"x": {"y": [1]}}], "a": 1, "a": 2}',
    "[1, 2, 3",
    "[1 2]",
    '{"a" 1}',
    "{a: 1}",
    "[1,]",
    '{"a": 1,}',
    "[1] x",
    '"just a string"',
]


@pytest.mark.parametrize("text", JSON_CASES)
def test_reading_item_by_item_reads_as_json_does(tmp_path: Path, text: str) -> None:
    """Big files are decoded conversation by conversation (the window's thread gets the GIL
    in between); the data, and the line and column of a mistake, are json's own."""
    path = tmp_path / "conversations.json"
    path.write_text(text, encoding="utf-8")
    try:
        expected: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        with pytest.raises(ImportFailed) as failed:
            load_file(path)
        assert f"(line {exc.lineno}, column {exc.colno}: {exc.msg})" in failed.value.message
    else:
        assert load_file(path) == expected
    assert gc.isenabled()


def test_the_garbage_collector_is_paused_only_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "conversations.json"
    path.write_text("[]", encoding="utf-8")
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            load_file(path)
        assert not gc.isenabled()  # the outer pause is still on
    assert gc.isenabled()
    gc.disable()  # turned off by someone else: left off
    try:
        load_file(path)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_cli_ctrl_c_keeps_whole_conversations(airgap_home: Path, tmp_path: Path) -> None:
    """Ctrl-C during `airgap import` (a real SIGINT, in a process of its own) stops after
    the conversation being written: exit 130, and the message says what was kept."""
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(chatgpt_export(4000, 2), ensure_ascii=False), encoding="utf-8")
    tests = Path(__file__).parents[1]
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.append({str(tests)!r})
        import keyring
        from memory_keyring import MemoryKeyring
        keyring.set_keyring(MemoryKeyring())
        from airgap import cli
        from airgap.store import Store
        code = cli.main(["import", {str(path)!r}])
        with Store.open() as s:
            stored = s.list_conversations()
            print(len(stored), sorted({{len(s.all_messages(c.id)) for c in stored}}))
        sys.exit(code)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stderr is not None
    first = proc.stderr.readline()
    assert first == f"Importing {path.name}: 0 of 4000 conversations\n"
    # Into the writing: the log grows once the first batch of conversations commits (a fixed
    # delay could land before it on a loaded machine, and then nothing would be kept).
    wal = airgap_home / "airgap.db-wal"
    start = wal.stat().st_size if wal.exists() else 0
    deadline = time.monotonic() + 60
    while (wal.stat().st_size if wal.exists() else 0) < start + 64 * 1024:
        assert time.monotonic() < deadline and proc.poll() is None, "no batch was written"
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    found = re.search(
        r"airgap: interrupted; (\d+) conversations? \((\d+) messages?\) imported before it "
        r"(is|are) kept; importing the file again adds the rest\.",
        err,
    )
    assert found is not None, err
    kept = int(found[1])
    assert 0 < kept < 4000 and int(found[2]) == 2 * kept
    assert out.split(maxsplit=1) == [str(kept), "[2]\n"]  # whole conversations only
