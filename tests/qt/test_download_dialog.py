"""The window's download dialog, driving the real downloader process against a local fake hub
(tests/downloads/hubserver.py): progress to 100% and installed, a corrupt byte refused, and a
cancel that keeps the partial file for a resume. Plus the two ways in: welcome and File menu."""

from __future__ import annotations

import json
import os
import random
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap import paths
from airgap.downloads.layout import staging_root
from airgap.ui.download_dialog import CatalogDialog, DownloadDialog, State
from airgap.ui.welcome import ModelChoice, WelcomeDialog
from downloads.hubserver import FakeHub, HubServer
from pytestqt.qtbot import QtBot
from qt_fakes import WindowFactory

REPO = "test-org/tiny-model"
BIG = "model-00001-of-00002.safetensors"


@pytest.fixture(scope="session")
def repo_files() -> dict[str, bytes]:
    rng = random.Random(99)
    return {
        "config.json": json.dumps({"model_type": "llama", "hidden_size": 64}).encode(),
        BIG: rng.randbytes(3 * 1024 * 1024),
        "model-00002-of-00002.safetensors": rng.randbytes(100 * 1024),
    }


@pytest.fixture
def hub(repo_files: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> Iterator[HubServer]:
    fake = FakeHub()
    fake.add_repo(REPO, dict(repo_files), lfs={n for n in repo_files if "safetensors" in n})
    with HubServer(fake) as server:
        # The downloader process inherits the app's environment: this points it here.
        monkeypatch.setenv("AIRGAP_HF_ENDPOINT", server.url)
        yield server


def _download(qtbot: QtBot, timeout_ms: int = 30_000) -> DownloadDialog:
    dialog = DownloadDialog(REPO, "Tiny")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.ended, timeout=timeout_ms):
        dialog.start()
    return dialog


def test_download_reaches_100_percent_and_installs(
    qtbot: QtBot, hub: HubServer, repo_files: dict[str, bytes]
) -> None:
    seen: list[str] = []
    dialog = DownloadDialog(REPO, "Tiny")
    qtbot.addWidget(dialog)
    dialog.installed.connect(seen.append)
    dialog.show()
    with qtbot.waitSignal(dialog.ended, timeout=30_000):
        dialog.start()
    assert dialog.state is State.INSTALLED, dialog.detail.text()
    assert seen == ["tiny-model"]
    assert dialog.bar.value() == 100
    assert "installed" in dialog.status.text()
    assert dialog.bytes_label.text().startswith("3.") and "of" in dialog.bytes_label.text()
    assert dialog.file_label.text().startswith("File: ")
    folder = paths.models_dir() / "tiny-model"
    assert (folder / BIG).read_bytes() == repo_files[BIG]
    assert dialog.close_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_a_corrupt_byte_shows_an_error_and_installs_nothing(qtbot: QtBot, hub: HubServer) -> None:
    hub.hub.corrupt[BIG] = 12_345
    seen: list[str] = []
    dialog = DownloadDialog(REPO, "Tiny")
    qtbot.addWidget(dialog)
    dialog.installed.connect(seen.append)
    with qtbot.waitSignal(dialog.ended, timeout=30_000):
        dialog.start()
    assert dialog.state is State.FAILED
    assert "verification" in dialog.status.text()
    assert "corrupt" in dialog.detail.text()  # the downloader's own explanation
    assert "Traceback" not in dialog.detail.text()
    assert seen == []
    assert not (paths.models_dir() / "tiny-model").exists()


def test_cancel_keeps_the_partial_file_and_says_it_resumes(qtbot: QtBot, hub: HubServer) -> None:
    hub.hub.bytes_per_s = 1024 * 1024  # about 3 s for the big file: time to cancel part-way
    dialog = DownloadDialog(REPO, "Tiny")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    deadline = time.monotonic() + 20
    while hub.hub.served[BIG] < 400_000:
        assert time.monotonic() < deadline, "the download never got going"
        qtbot.wait(20)
    with qtbot.waitSignal(dialog.ended, timeout=20_000):
        dialog.cancel_button.click()
    assert dialog.state is State.CANCELLED
    assert "resume" in dialog.status.text()
    part = staging_root() / "tiny-model" / (BIG + ".part")
    assert 0 < part.stat().st_size < 3 * 1024 * 1024
    assert not (paths.models_dir() / "tiny-model").exists()
    hub.hub.wait_idle()


def test_an_unreachable_hub_is_a_network_error(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIRGAP_HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens there
    dialog = _download(qtbot)
    assert dialog.state is State.FAILED
    assert "network connection failed" in dialog.status.text()
    assert "cannot reach" in dialog.detail.text()


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs (root only): the 3 MB model cannot fit."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount_point = tmp_path / "tiny-fs"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
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


def test_not_enough_disk_is_refused_with_a_clear_message(
    qtbot: QtBot, hub: HubServer, tiny_filesystem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIRGAP_HOME", str(tiny_filesystem / "airgap"))
    dialog = _download(qtbot)
    assert dialog.state is State.FAILED
    assert "Not enough disk space" in dialog.status.text()
    assert "not enough disk space" in dialog.detail.text().lower()
    assert hub.hub.served[BIG] == 0


def test_the_downloader_failing_to_start_is_a_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "airgap.ui.download_dialog.downloader_command", lambda _m: ["/nonexistent/downloader"]
    )
    dialog = _download(qtbot)
    assert dialog.state is State.FAILED
    assert "could not be started" in dialog.status.text()


CHOICES = [ModelChoice("qwen3.5-4b", "Qwen3.5 4B", 2.9, "resident", True)]


def test_welcome_offers_download_for_a_catalog_model(qtbot: QtBot) -> None:
    dialog = WelcomeDialog("en", lambda _code: None, choices=CHOICES)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.models.setCurrentRow(0)
    assert not dialog.download_button.isVisible()  # the built-in model: nothing to get
    dialog.models.setCurrentRow(1)
    assert dialog.download_button.isVisible() and dialog.download_button.text() == "Download"
    assert "airgap download qwen3.5-4b" in dialog.command.text()  # the command stays


def test_file_menu_lists_the_catalog(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.act_download.text() == "Download Model…"
    assert window.act_download in window.file_menu.actions()
    dialog = CatalogDialog(window, choices=CHOICES)
    qtbot.addWidget(dialog)
    assert dialog.models.count() == 1
    assert dialog.models.item(0).text() == "Qwen3.5 4B · 2.9 GB · runs well here"
    assert dialog.download_button.isEnabled()
    window.set_language("ja", save=False)  # the rows and buttons follow the language
    assert dialog.models.item(0).text() == "Qwen3.5 4B · 2.9 GB · 快適に動作します"
    assert dialog.download_button.text() == "ダウンロード"
    window.set_language("en", save=False)
