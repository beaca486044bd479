"""Helper processes in a packaged app: `--run-module` runs an allowed Airgap module as
`__main__` (the bundle's stub binary ignores `-m`), before the offline guard and without the
window's imports; `python_module_command` picks the form that works where we run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from airgap import launch
from airgap.engine.gguf import ERROR_EXIT

# What the bundle's stub does with its arguments: run airgap/__main__.py with them.
STUB = [sys.executable, "-m", "airgap"]


def test_command_form_for_a_normal_install_and_for_a_bundle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cmd = launch.python_module_command("airgap.downloads", "download", "x")
    assert cmd == [sys.executable, "-m", "airgap.downloads", "download", "x"]
    stub = "/Applications/Airgap.app/Contents/MacOS/Airgap"
    monkeypatch.setattr(sys, "executable", stub)
    cmd = launch.python_module_command("airgap.engine.gguf_worker", "a", "b")
    assert cmd == [stub, "--run-module", "airgap.engine.gguf_worker", "a", "b"]
    with pytest.raises(ValueError):
        launch.python_module_command("os")


def test_gguf_worker_runs_through_the_dispatch_without_the_window(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"not a gguf file at all")
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            *STUB[1:],
            "--run-module",
            "airgap.engine.gguf_worker",
            str(bad),
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    # The worker itself answered (its one-line JSON error), not the app or the CLI.
    assert done.returncode == ERROR_EXIT, done.stderr[-2000:]
    assert "error" in json.loads(done.stdout.strip().splitlines()[-1])
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines()}
    assert not {m for m in imported if m.startswith(("PySide6", "airgap.ui"))}


GUARD_AT_EXIT = """
import atexit, sys
from airgap import offline
atexit.register(lambda: print("GUARD", offline.is_enabled(), flush=True))
from airgap.__main__ import main
sys.exit(main(["--run-module", "airgap.downloads", "download", "no-such-model"]))
"""


def test_downloader_runs_through_the_dispatch_without_the_offline_guard() -> None:
    done = subprocess.run(
        [sys.executable, "-c", GUARD_AT_EXIT], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1, done.stderr[-2000:]
    assert "airgap catalog" in done.stdout  # the downloader's own error event
    assert done.stdout.strip().endswith("GUARD False")


def test_only_airgap_helpers_can_be_run() -> None:
    done = subprocess.run(
        [*STUB, "--run-module", "http.server"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "not an Airgap helper module" in done.stderr
