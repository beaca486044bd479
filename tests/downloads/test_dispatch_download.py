"""The downloader started the way a packaged app starts it (`--run-module`, airgap.launch)
installs a model from a local hub, like `python -m airgap.downloads` does."""

from __future__ import annotations

import subprocess
import sys

from airgap import paths
from airgap.downloads.progress import Kind, parse_line

from .conftest import REPO
from .hubserver import HubServer


def test_download_through_the_run_module_dispatch(hub: HubServer) -> None:
    done = subprocess.run(
        [
            *[sys.executable, "-m", "airgap"],  # what the bundle's stub does with its arguments
            "--run-module",
            "airgap.downloads",
            "download",
            REPO,
            "--endpoint",
            hub.url,
            "--backoff",
            "0.05",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    events = [parse_line(line) for line in done.stdout.splitlines()]
    assert done.returncode == 0, done.stderr[-2000:]
    assert events[-1] is not None and events[-1].kind is Kind.DONE
    assert (paths.models_dir() / "tiny-model").is_dir()
