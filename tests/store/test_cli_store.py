"""`airgap import FILE` (conversations), `airgap export` and `airgap backup` on the real
encrypted store in the test's AIRGAP_HOME: exit codes, messages, a lossless round trip."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from airgap import cli, paths
from airgap.store import Keychain, Store
from disk_helpers import small_tmpfs
from storehelpers import MemoryKeyring

DATA = Path(__file__).parent / "data"
CHATGPT = DATA / "chatgpt_conversations.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def without_time(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "exported_at"}


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "export" in out and "backup" in out
    for command in ("import", "export", "backup"):
        with pytest.raises(SystemExit):
            cli.build_parser().parse_args([command, "--help"])
        out = capsys.readouterr().out
        assert "exit codes" in out and "3    not enough disk space" in out


def test_import_export_round_trip(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    archive = tmp_path / "chatgpt-export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(CHATGPT, "conversations.json")
    code, out, err = run(capsys, "import", str(archive))
    assert code == 0, err
    assert out.strip() == "Imported 2 conversations, 8 messages."
    assert "recovery key" in err  # a new store: the key to write down
    code, out, _ = run(capsys, "import", str(CHATGPT))
    assert code == 0 and "2 already present were skipped" in out

    code, out, _ = run(capsys, "export")
    assert code == 0
    exported = json.loads(out)
    assert {c["title"] for c in exported["conversations"]} == {"東京旅行のプラン", "한국어 인사"}
    dest = tmp_path / "all.json"
    code, _, err = run(capsys, "export", "--out", str(dest))
    assert code == 0 and f"Exported 2 conversations to {dest}." in err
    assert without_time(json.loads(dest.read_text(encoding="utf-8"))) == without_time(exported)
    code, out, _ = run(capsys, "export", "--format", "md")
    assert code == 0 and "# 東京旅行のプラン" in out and "### Assistant" in out

    # The JSON export re-imports into a fresh store identically.
    with Store.open(tmp_path / "fresh" / "airgap.db", keychain=Keychain(MemoryKeyring())) as s:
        assert s.import_file(dest).conversations == 2
        assert without_time(s.export_json()) == without_time(exported)


def test_a_bad_file_exits_1_keeping_the_whole_conversations_before_the_damage(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    truncated = tmp_path / "cut.json"
    truncated.write_text(CHATGPT.read_text(encoding="utf-8")[:500], encoding="utf-8")
    code, out, err = run(capsys, "import", str(truncated))
    assert code == 1 and out == "" and "is not valid JSON" in err and err.count("\n") == 1
    assert not paths.database_path().exists()  # a file that cannot be read creates no store
    good = json.loads(CHATGPT.read_text(encoding="utf-8"))
    bad = tmp_path / "conversations.json"
    fresh = dict(good[0], id="imported-first", conversation_id="imported-first")
    bad.write_text(json.dumps([fresh, {"mapping": {"x": 3}}]), encoding="utf-8")
    code, out, err = run(capsys, "import", str(bad))
    assert code == 1 and out == ""
    first = err.splitlines()[0]
    assert first == (
        "airgap: conversations.json: conversation 2: mapping entry 'x' is not an object. "
        "1 conversation (6 messages) imported before it is kept; importing the file again "
        "once it is fixed adds the rest."
    )
    assert "Traceback" not in err
    assert run(capsys, "import", str(CHATGPT))[0] == 0
    assert run(capsys, "import", str(bad))[0] == 1  # nothing more: the first is here already
    with Store.open() as s:
        assert len(s.list_conversations(archived=None)) == 3


def test_usage_and_store_errors(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "export", "--format", "pdf")[0] == 2
    assert run(capsys, "backup")[0] == 2
    assert run(capsys, "import", str(CHATGPT), "--name", "x")[0] == 2
    code, _, err = run(capsys, "export")  # nothing stored yet: no empty store is created
    assert code == 1 and "no conversations are stored" in err
    assert not paths.database_path().exists()
    assert run(capsys, "import", str(CHATGPT))[0] == 0
    memory_keyring.entries.clear()  # the keychain lost the key; stdin is not a terminal
    code, _, err = run(capsys, "backup", str(tmp_path / "b.db"))
    assert code == 2 and "recovery key" in err.lower()
    assert not (tmp_path / "b.db").exists()


def test_backup_opens_with_the_recovery_key(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "import", str(CHATGPT))[0] == 0
    dest = tmp_path / "backup.db"
    code, out, _ = run(capsys, "backup", str(dest))
    assert code == 0 and "recovery key" in out
    with Store.open(keychain=Keychain(memory_keyring)) as s:
        key = s.recovery_key()
    with Store.open(dest, keychain=Keychain(MemoryKeyring()), recovery_key=key) as copy:
        assert len(copy.list_conversations()) == 2
    code, _, err = run(capsys, "backup", str(dest))  # never over an existing file
    assert code == 1 and "already exists" in err


def test_a_full_disk_exits_3_and_leaves_no_partial_file(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with Store.open() as s:
        c = s.create_conversation("big")
        for n in range(40):
            s.add_user_message(c.id, f"{n} " + "東京タワー" * 2000)
    with small_tmpfs(tmp_path / "tiny", "64k", without_root="no other test covers it") as tiny:
        for argv in (["backup", str(tiny / "b.db")], ["export", "--out", str(tiny / "a.json")]):
            code, _, err = run(capsys, *argv)
            assert code == 3, err
            assert "disk is full" in err
            assert list(tiny.iterdir()) == []
