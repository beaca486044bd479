"""The `airgap` CLI on tiny models: exit codes, --json output, models listing, the chat REPL."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from airgap import cli, paths

CopyModel = Callable[[Path], Path]


def test_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for needle in ("exit codes", "130", "chat", "ask", "models", "import-gguf"):
        assert needle in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["no-such-command"]) == 2
    assert cli.main(["ask"]) == 2  # the question is missing
    assert cli.main(["ask", "--max-tokens", "many", "hi"]) == 2


def test_ask_json(qwen_dense: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["ask", "--model", str(qwen_dense), "--json", "--temp", "0", "--max-tokens", "8"]
    assert cli.main([*argv, "Hello", "there"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) >= {"answer", "reasoning", "finish_reason", "error", "stats"}
    assert result["finish_reason"] in ("stop", "length")
    assert result["error"] is None
    assert result["model"] == qwen_dense.name
    stats = result["stats"]
    assert 0 < stats["generation_tokens"] <= 8
    assert stats["prompt_tokens"] > 0 and stats["time_to_first_token_s"] > 0
    assert stats["thinking"] is False


def test_ask_prints_the_same_answer_as_json(
    qwen_dense: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["ask", "--model", str(qwen_dense), "--temp", "0", "--max-tokens", "8", "Hi"]
    assert cli.main([*argv, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)["answer"]
    assert cli.main(argv) == 0
    assert capsys.readouterr().out.rstrip("\n") == answer.rstrip("\n")


def test_thinking_request_on_a_model_that_cannot(
    qwen_no_thinking: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["ask", "--model", str(qwen_no_thinking), "--thinking", "--json", "--max-tokens", "4"]
    assert cli.main([*argv, "Hi"]) == 0
    captured = capsys.readouterr()
    assert "cannot think" in captured.err
    assert json.loads(captured.out)["stats"]["thinking"] is False


def test_engine_errors_exit_1_with_one_line(
    tmp_path: Path, qwen_dense: Path, copy_model: CopyModel, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["ask", "--model", str(tmp_path / "missing"), "hi"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("airgap: No model at") and err.count("\n") == 1

    broken = copy_model(qwen_dense)
    weights = broken / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])
    assert cli.main(["ask", "--model", str(broken), "hi"]) == 1
    err = capsys.readouterr().err
    assert "model.safetensors" in err and "Traceback" not in err


def test_bad_option_value_is_usage(qwen_dense: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ask", "--model", str(qwen_dense), "--temp", "-1", "hi"]) == 2
    assert "Temperature" in capsys.readouterr().err


def test_context_overflow_exit_1(
    qwen_small_context: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["ask", "--model", str(qwen_small_context), "word " * 300]) == 1
    assert "too long" in capsys.readouterr().err


def test_models_lists_installed(
    qwen_dense: Path, qwen_quantized: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(qwen_dense, paths.models_dir() / "tiny-qwen")
    shutil.copytree(qwen_quantized, paths.models_dir() / "tiny-qwen-4bit")
    (paths.models_dir() / "half-copied").mkdir()
    assert cli.main(["models"]) == 0
    out = capsys.readouterr().out
    assert "tiny-qwen " in out and "qwen3_5" in out and "ctx 2,048" in out
    assert "4-bit" in out
    assert "half-copied" in out and "BROKEN" in out
    assert cli.main(["models", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["tiny-qwen-4bit"]["quantization_bits"] == 4
    assert rows["tiny-qwen"]["thinking"] == "optional"
    assert "problem" in rows["half-copied"]
    # An installed model is found by its id.
    assert cli.main(["ask", "--model", "tiny-qwen", "--max-tokens", "2", "--json", "hi"]) == 0


def test_chat_repl(
    qwen_dense: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = "\n".join(
        [
            "/think on",
            "Hello",
            "/system Be brief.",
            "Again",
            "/bogus",
            "/reset",
            "/think off",
            "Fresh start",
            "/quit",
            "never read",
        ]
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(script + "\n"))
    argv = ["chat", "--model", str(qwen_dense), "--temp", "0", "--max-tokens", "6"]
    assert cli.main(argv) == 0
    captured = capsys.readouterr()
    for needle in ("thinking on", "system prompt set", "unknown command", "new conversation"):
        assert needle in captured.err
    assert "[thinking]" in captured.out  # reasoning marked apart from the answer


def test_chat_ends_on_eof(qwen_dense: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.main(["chat", "--model", str(qwen_dense)]) == 0


def test_import_gguf_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["import-gguf", str(tmp_path / "nothing.gguf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("airgap: ") and "Traceback" not in err


def test_python_m_airgap_process(qwen_dense: Path, tmp_path: Path) -> None:
    """The real entry point: offline guard, exit codes, JSON on stdout."""
    env = dict(os.environ)
    base = [sys.executable, "-m", "airgap", "ask", "--json", "--max-tokens", "4", "--temp", "0"]
    ok = subprocess.run(
        [*base, "--model", str(qwen_dense), "Hi"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["finish_reason"] in ("stop", "length")
    missing = subprocess.run(
        [*base, "--model", str(tmp_path / "gone"), "Hi"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert missing.returncode == 1
    assert "Traceback" not in missing.stderr and "No model at" in missing.stderr
