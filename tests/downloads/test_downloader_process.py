"""`python -m airgap.downloads` as the separate process it is: JSON-lines progress, a kill
mid-file and a resume, cancel by signal, and a disk-space refusal on a real small filesystem.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap import paths
from airgap.downloads import verify
from airgap.downloads.layout import staging_root
from airgap.downloads.progress import Event, Kind, parse_line

from .conftest import BIG, REPO
from .hubserver import HubServer


def _start(server: HubServer) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "airgap.downloads", "download", REPO, "--endpoint", server.url]
    return subprocess.Popen(
        [*cmd, "--backoff", "0.05"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(proc: subprocess.Popen[str], timeout: float = 60) -> tuple[int, list[Event]]:
    out, err = proc.communicate(timeout=timeout)
    events = [parse_line(line) for line in out.splitlines()]
    assert all(e is not None for e in events), out + err  # stdout is JSON lines and nothing else
    return proc.returncode, [e for e in events if e is not None]


def _wait_served(server: HubServer, at_least: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while server.hub.served[BIG] < at_least:
        assert time.monotonic() < deadline, "the downloader never got going"
        time.sleep(0.01)


def test_download_process_reports_json_lines_and_installs(
    hub: HubServer, repo_files: dict[str, bytes]
) -> None:
    # conftest set HF_HUB_OFFLINE=1 for the suite; the downloader is the one process that
    # goes out anyway.
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    code, events = _finish(_start(hub))
    assert code == 0, events
    assert events[0].kind is Kind.START and events[-1].kind is Kind.DONE
    assert any(e.kind is Kind.PROGRESS for e in events)
    dest = Path(events[-1].path)
    assert dest == paths.models_dir() / "tiny-model"
    assert (dest / BIG).read_bytes() == repo_files[BIG]
    assert verify.verify_model(dest).ok


def test_killed_mid_file_resumes_without_fetching_bytes_twice(
    hub: HubServer, repo_files: dict[str, bytes]
) -> None:
    size = len(repo_files[BIG])
    hub.hub.bytes_per_s = 4 * 1024 * 1024
    proc = _start(hub)
    _wait_served(hub, 1_500_000)
    proc.kill()  # SIGKILL: no chance to clean up
    proc.communicate(timeout=30)
    hub.hub.wait_idle()
    first_run = hub.hub.served[BIG]
    part = staging_root() / "tiny-model" / (BIG + ".part")
    kept = part.stat().st_size
    assert 0 < kept < size
    assert not (paths.models_dir() / "tiny-model").exists()

    hub.hub.bytes_per_s = 0
    hub.hub.reset_counters()
    code, events = _finish(_start(hub))
    assert code == 0, events
    lfs_gets = [r for r in hub.hub.file_requests(BIG) if r.path.startswith("/lfs/")]
    assert [r.range for r in lfs_gets] == [f"bytes={kept}-"]  # a Range request, once
    assert hub.hub.served[BIG] == size - kept  # the second run fetched only the rest
    # Over both runs: the file once, plus at most what was in flight when the process died.
    assert size <= first_run + hub.hub.served[BIG] < size + 2 * 1024 * 1024
    dest = paths.models_dir() / "tiny-model"
    assert (dest / BIG).read_bytes() == repo_files[BIG]
    assert verify.verify_model(dest).ok


def test_sigint_cancels_cleanly_and_keeps_the_partial_file(hub: HubServer) -> None:
    hub.hub.bytes_per_s = 4 * 1024 * 1024
    proc = _start(hub)
    _wait_served(hub, 1_000_000)
    proc.send_signal(signal.SIGINT)
    code, events = _finish(proc)
    assert code == 130
    assert events[-1].kind is Kind.CANCELLED and "resume" in events[-1].message
    assert (staging_root() / "tiny-model" / (BIG + ".part")).stat().st_size > 0
    assert not (paths.models_dir() / "tiny-model").exists()


def test_unknown_model_is_an_error_event_not_a_traceback(hub: HubServer) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "airgap.downloads", "download", "no-such-model"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    code, events = _finish(proc)
    assert code == 1
    assert events[-1].kind is Kind.ERROR and "airgap catalog" in events[-1].message


@pytest.fixture
def small_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A 32 MiB tmpfs (root only), so the free-space check meets a real full disk."""
    mount_point = tmp_path / "small-fs"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_download_that_does_not_fit_is_refused_before_it_starts(
    hub: HubServer, small_filesystem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIRGAP_HOME", str(small_filesystem / "airgap"))
    code, events = _finish(_start(hub))
    assert code == 4
    assert events[-1].kind is Kind.ERROR and "not enough disk space" in events[-1].message
    assert all(r.file is None for r in hub.hub.requests)  # only the listing; no file bytes
    assert not list((small_filesystem / "airgap" / "models").iterdir())
