"""The audit-hook guard, in a child process (audit hooks cannot be removed)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_non_loopback_connect_is_refused_and_counted() -> None:
    result = _run(
        """
        import socket
        from airgap import offline
        offline.enable()
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            s.connect(("192.0.2.1", 443))
        except offline.NetworkRefused as e:
            print("refused", e)
        try:
            socket.getaddrinfo("example.com", 443)
        except offline.NetworkRefused:
            print("refused dns")
        print("count", offline.attempt_count())
        """
    )
    assert result.returncode == 0, result.stderr
    assert "refused Airgap is offline" in result.stdout
    assert "refused dns" in result.stdout
    assert "count 2" in result.stdout


def test_loopback_is_allowed() -> None:
    result = _run(
        """
        import socket
        from airgap import offline
        offline.enable()
        server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen(1)
        client = socket.socket(); client.connect(server.getsockname())
        print("connected", offline.attempt_count())
        """
    )
    assert result.returncode == 0, result.stderr
    assert "connected 0" in result.stdout


def test_offline_environment_is_set_before_imports() -> None:
    result = _run(
        """
        import os, sys
        from airgap import offline
        offline.enable()
        assert "huggingface_hub" not in sys.modules
        print(os.environ["HF_HUB_OFFLINE"], os.environ["TOKENIZERS_PARALLELISM"])
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "false"]
