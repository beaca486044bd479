"""The offline guarantee, proven on a whole session (DESIGN.md §6).

A child process runs a complete session (offline_session_script.py: load the embedded
model, chat with thinking on and off, search, export, render a reply in Qt, open the
window) inside a network namespace with only loopback (`unshare -n`), with the audit hook
recording, and under `strace -f`, because audit hooks do not see sockets opened by C code
or Qt. It must work, and the trace must show no AF_INET/AF_INET6 socket at all. A second
test makes a deliberate connection attempt from an app process: refused and counted, and
the kernel never sees a connect() or a DNS packet.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import tiny_models

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "offline_session_script.py"


def _embedded_gguf() -> Path | None:
    """The SmolLM2 GGUF, found the way the app finds it (None when not installed)."""
    try:
        from airgap.engine.default_model import embedded_gguf

        return embedded_gguf()
    except Exception:
        return None


SMOLLM_GGUF = _embedded_gguf() or Path("/nonexistent/SmolLM2-135M-Instruct.Q4_1.gguf")
# The embedded SmolLM2 turns (real answers: Paris, 5); the tiny Qwen3.5 turns cover the
# thinking paths. Without the embedded model the Qwen turns alone still make a session.
USE_EMBEDDED = True
TRACED = "trace=socket,connect,sendto,sendmsg"
NETWORK_SOCKET = re.compile(r"socket\((AF_INET6?|PF_INET6?)\b")
NETWORK_CONNECT = re.compile(r"(connect|sendto|sendmsg)\(.*sa_family=AF_INET6?\b")


def _strace_works() -> str | None:
    if shutil.which("strace") is None:
        return "strace is not installed (apt-get install strace)"
    probe = subprocess.run(
        ["strace", "-f", "-o", os.devnull, "true"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        return f"strace cannot trace here: {probe.stderr.strip()[:200]}"
    return None


def _netns_works() -> str | None:
    if os.geteuid() != 0:
        return "needs root for `unshare -n` (a network namespace with only loopback)"
    if shutil.which("unshare") is None:
        return "unshare is not installed (util-linux)"
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        return f"cannot create a network namespace: {probe.stderr.strip()[:200]}"
    return None


def _traced(cmd: list[str], trace: Path, netns: bool) -> list[str]:
    strace = ["strace", "-f", "-qq", "-e", TRACED, "-o", str(trace), *cmd]
    return ["unshare", "-n", "--", *strace] if netns else strace


def _network_lines(trace: Path) -> list[str]:
    lines = trace.read_text(encoding="utf-8", errors="replace").splitlines()
    return [ln for ln in lines if NETWORK_SOCKET.search(ln) or NETWORK_CONNECT.search(ln)]


@pytest.fixture(scope="module")
def qwen_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_models.build_qwen35(tmp_path_factory.mktemp("e2e-models") / "qwen35-tiny")


@pytest.mark.network_namespace
@pytest.mark.slow
@pytest.mark.timeout(900)
def test_whole_session_offline_with_zero_network_sockets(
    qwen_model: Path, airgap_home: Path, tmp_path: Path
) -> None:
    for reason in (_netns_works(), _strace_works()):
        if reason:
            pytest.skip(reason)
    embedded = USE_EMBEDDED and SMOLLM_GGUF.exists()
    trace = tmp_path / "strace.txt"
    env = {**os.environ, "AIRGAP_HOME": str(airgap_home), "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, str(SCRIPT), str(SMOLLM_GGUF) if embedded else "-", str(qwen_model)]
    result = subprocess.run(
        _traced(cmd, trace, netns=True),
        capture_output=True,
        text=True,
        env=env,
        timeout=840,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])

    # The session worked ...
    assert report["guard"] is True
    turns = report["turns"]
    assert len(turns) == (6 if embedded else 3) and all(t["ok"] for t in turns), turns
    if embedded:
        assert "Paris" in turns[0]["answer"], turns[0]
        assert "5" in turns[1]["answer"], turns[1]
        assert turns[2]["events"]["reasoning"] == 0  # SmolLM2 cannot think: it just answers
        assert "Paris" in turns[2]["answer"], turns[2]
        assert report["history_messages"] == 4  # two turns, stored as a tree, in order
    qwen_thinking, qwen_plain = turns[-3], turns[-2]
    assert qwen_thinking["events"]["reasoning"] > 0 and qwen_thinking["reasoning"]
    assert qwen_plain["events"]["reasoning"] == 0 and not qwen_plain["reasoning"]
    assert report["search_paris"] >= 1 and report["search_tokyo"] >= 1
    assert report["export_json_has_paris"] and report["export_md_has_tokyo"]
    assert "Paris" in report["rendered"]
    assert report["window_model"] and not report["window_error"], report
    status = report["window_status"]
    assert status.startswith("Offline") and "blocked" not in status, status

    # ... with nothing refused by the hook, and nothing the hook could not see either.
    assert report["attempts"] == 0
    text = trace.read_text(encoding="utf-8", errors="replace")
    assert "socket(AF_UNIX" in text, "strace did not see the session's process"
    assert _network_lines(trace) == []


@pytest.mark.timeout(120)
def test_deliberate_connection_is_refused_counted_and_never_reaches_the_kernel(
    tmp_path: Path,
) -> None:
    reason = _strace_works()
    if reason:
        pytest.skip(reason)
    code = (
        "import socket, urllib.request\n"
        "from airgap import offline\n"
        "offline.enable()\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
        "for attempt in (\n"
        "    lambda: s.connect(('192.0.2.1', 443)),\n"
        "    lambda: socket.getaddrinfo('example.com', 443),\n"
        "    lambda: s.sendto(b'x', ('192.0.2.1', 53)),\n"
        "    lambda: urllib.request.urlopen('http://example.com', timeout=2),\n"
        "):\n"
        "    try:\n"
        "        attempt()\n"
        "        print('NOT REFUSED')\n"
        "    except OSError as e:\n"
        "        print('refused', type(e).__name__)\n"
        "print('count', offline.attempt_count())\n"
    )
    trace = tmp_path / "strace.txt"
    netns = _netns_works() is None
    result = subprocess.run(
        _traced([sys.executable, "-c", code], trace, netns=netns),
        capture_output=True,
        text=True,
        timeout=100,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "NOT REFUSED" not in result.stdout
    assert result.stdout.count("refused") == 4
    assert "count 4" in result.stdout
    lines = trace.read_text(encoding="utf-8", errors="replace").splitlines()
    # The socket object exists (the script made it), but no connect/sendto ever left it.
    assert any(NETWORK_SOCKET.search(ln) for ln in lines)
    assert not [ln for ln in lines if NETWORK_CONNECT.search(ln)]


@pytest.mark.network_namespace
@pytest.mark.slow
@pytest.mark.timeout(300)
def test_cli_entry_point_answers_offline_with_zero_network_sockets(
    qwen_model: Path, airgap_home: Path, tmp_path: Path
) -> None:
    """The real entry point (`python -m airgap ask`, then `doctor`) in the same conditions."""
    for reason in (_netns_works(), _strace_works()):
        if reason:
            pytest.skip(reason)
    env = {**os.environ, "AIRGAP_HOME": str(airgap_home)}
    for i, args in enumerate(
        (["ask", "--model", str(qwen_model), "--max-tokens", "8", "你好"], ["doctor"])
    ):
        trace = tmp_path / f"strace-{i}.txt"
        result = subprocess.run(
            _traced([sys.executable, "-m", "airgap", *args], trace, netns=True),
            capture_output=True,
            text=True,
            env=env,
            timeout=240,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        assert _network_lines(trace) == [], args
    assert "network attempts refused this session: 0" in result.stdout
