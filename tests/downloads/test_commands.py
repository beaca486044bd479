"""The CLI's model commands, run as a user would: a separate `airgap` process with the
offline guard installed, which spawns the downloader for `download`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from airgap import paths
from airgap.downloads import importer
from airgap.downloads.layout import staging_root

from .conftest import BIG, REPO
from .hubserver import HubServer
from .test_import_verify import _mlx_folder

AIRGAP = [sys.executable, "-m", "airgap"]
CLI_SOURCE = Path(__file__).resolve().parents[2] / "app" / "airgap" / "cli.py"
pytestmark = pytest.mark.skipif(
    "model_commands" not in CLI_SOURCE.read_text(encoding="utf-8"),
    reason="cli.py does not register the model commands yet",
)


def _airgap(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*AIRGAP, *args], capture_output=True, text=True, timeout=120, env=env, check=False
    )


def _hub_env(server: HubServer) -> dict[str, str]:
    return {**os.environ, "AIRGAP_HF_ENDPOINT": server.url}


def test_download_shows_a_progress_bar_and_installs(hub: HubServer) -> None:
    result = _airgap("download", REPO, env=_hub_env(hub))
    assert result.returncode == 0, result.stderr
    assert "installed tiny-model" in result.stdout
    assert "[##############################] 100%" in result.stderr  # the bar, complete
    assert (paths.models_dir() / "tiny-model" / "manifest.json").exists()


def test_ctrl_c_cancels_and_the_same_command_resumes(
    hub: HubServer, repo_files: dict[str, bytes]
) -> None:
    hub.hub.bytes_per_s = 4 * 1024 * 1024
    # A terminal's Ctrl-C: SIGINT to the whole foreground process group.
    proc = subprocess.Popen(
        [*AIRGAP, "download", REPO],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_hub_env(hub),
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while hub.hub.served[BIG] < 1_000_000:
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (proc.returncode, err[-2000:])
    assert "cancelled" in err and "Traceback" not in err
    kept = (staging_root() / "tiny-model" / (BIG + ".part")).stat().st_size
    assert kept > 0

    hub.hub.bytes_per_s = 0
    hub.hub.reset_counters()
    result = _airgap("download", REPO, env=_hub_env(hub))
    assert result.returncode == 0, result.stderr
    assert hub.hub.served[BIG] == len(repo_files[BIG]) - kept


def test_download_error_is_a_message_not_a_traceback(hub: HubServer) -> None:
    result = _airgap("download", "nobody/nothing", env=_hub_env(hub))
    assert result.returncode != 0
    assert "was not found" in result.stderr and "Traceback" not in result.stderr


def test_catalog_shows_fit_verdicts() -> None:
    result = _airgap("catalog", "--ram-gb", "48")
    assert result.returncode == 0, result.stderr
    for model in ("Qwen3.5-0.8B-4bit", "Qwen3.5-397B-A17B-4bit", "SmolLM2-135M-Instruct"):
        assert model in result.stdout
    assert "streams experts at ~" in result.stdout and "runs resident" in result.stdout
    assert "embedded" in result.stdout


def test_import_and_verify(tmp_path: Path) -> None:
    src = _mlx_folder(tmp_path)
    result = _airgap("import", str(src), "--name", "mine")
    assert result.returncode == 0, result.stderr
    assert "imported mine" in result.stdout
    ok = _airgap("verify", "mine")
    assert ok.returncode == 0 and "mine: OK" in ok.stdout
    with (paths.models_dir() / "mine" / "config.json").open("a") as f:
        f.write(" ")
    damaged = _airgap("verify")
    assert damaged.returncode == 1 and "DAMAGED" in damaged.stdout


def test_import_of_something_else_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(b"\0" * 10)
    result = _airgap("import", str(tmp_path / "x.bin"))
    assert result.returncode == 1
    assert "neither an MLX model folder nor a GGUF file" in result.stderr
    assert "Traceback" not in result.stderr


def test_doctor_shows_the_guard_and_a_refused_probe(tmp_path: Path) -> None:
    importer.import_model(_mlx_folder(tmp_path))
    result = _airgap("doctor", "--probe")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "offline guard installed: yes" in out
    assert "network attempts refused this session: 1" in out
    assert "socket.connect -> 192.0.2.1" in out and "refused by the guard" in out
    assert "HF_HUB_OFFLINE=1  ok" in out
    assert "models: 1 installed" in out


@pytest.mark.parametrize("command", ["download", "catalog", "verify", "import", "doctor"])
def test_every_command_has_help(command: str) -> None:
    result = _airgap(command, "--help")
    assert result.returncode == 0 and "usage:" in result.stdout
