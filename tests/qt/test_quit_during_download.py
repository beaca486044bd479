"""Quitting while a model downloads asks first (Keep Downloading is the default), and the
downloader's explanations appear in the window's language. The real downloader process runs
against the local fake hub (tests/downloads/hubserver.py)."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator

import pytest
from airgap import paths
from airgap.downloads.layout import staging_root
from airgap.downloads.progress import Event, Kind
from airgap.ui.download_dialog import DownloadDialog, State
from airgap.ui.i18n import Translations
from airgap.ui.main_window import MainWindow
from downloads.hubserver import FakeHub, HubServer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from qt_fakes import WindowFactory

REPO = "test-org/slow-model"
BIG = "model.safetensors"


@pytest.fixture
def slow_hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[HubServer]:
    files = {
        "config.json": json.dumps({"model_type": "llama"}).encode(),
        BIG: random.Random(7).randbytes(4 * 1024 * 1024),
    }
    fake = FakeHub()
    fake.add_repo(REPO, files, lfs={BIG})
    fake.bytes_per_s = 512 * 1024  # 8 s for the big file: time to ask and answer
    with HubServer(fake) as server:
        monkeypatch.setenv("AIRGAP_HF_ENDPOINT", server.url)
        yield server


def _downloading(qtbot: QtBot, window: MainWindow, hub: HubServer) -> DownloadDialog:
    dialog = DownloadDialog(REPO, "Slow Model", window)
    dialog.show()
    dialog.start()
    deadline = time.monotonic() + 20
    while hub.hub.served[BIG] < 300_000 or dialog.bar.value() == 0:
        assert time.monotonic() < deadline, "the download never got going"
        qtbot.wait(20)
    return dialog


def _question(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.quit_box is not None and window.quit_box.isVisible())
    assert window.quit_box is not None
    return window.quit_box


def _button(box: QMessageBox, text: str) -> QMessageBox.StandardButton:
    found = [b for b in box.buttons() if b.text() == text]
    assert found, [b.text() for b in box.buttons()]
    return found[0]  # type: ignore[return-value]


def test_keep_downloading_leaves_the_window_open(
    qtbot: QtBot, make_window: WindowFactory, slow_hub: HubServer
) -> None:
    window = make_window()
    dialog = _downloading(qtbot, window, slow_hub)
    assert not window.close()  # refused for now: the question is shown
    box = _question(qtbot, window)
    assert "Slow Model" in box.text() and "%" in box.text()
    keep = _button(box, "Keep Downloading")
    assert box.defaultButton() is keep and box.escapeButton() is keep
    keep.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.quit_box is None)
    assert window.isVisible() and not window._closing
    assert dialog.running() and dialog.state is State.RUNNING
    dialog.stop_for_quit()
    slow_hub.hub.wait_idle()


def test_quit_stops_the_download_and_keeps_the_partial_file(
    qtbot: QtBot, make_window: WindowFactory, slow_hub: HubServer
) -> None:
    window = make_window()
    dialog = _downloading(qtbot, window, slow_hub)
    window.close()
    box = _question(qtbot, window)
    _button(box, "Quit and Resume Next Time").click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window._closing  # shut down: state saved, store closed
    assert not dialog.running() and dialog.state is State.CANCELLED
    part = staging_root() / "slow-model" / (BIG + ".part")
    assert 0 < part.stat().st_size < 4 * 1024 * 1024  # the next download resumes from here
    assert not (paths.models_dir() / "slow-model").exists()
    slow_hub.hub.wait_idle()


def test_quitting_twice_quits(
    qtbot: QtBot, make_window: WindowFactory, slow_hub: HubServer
) -> None:
    window = make_window()
    dialog = _downloading(qtbot, window, slow_hub)
    assert not window.close()
    _question(qtbot, window)
    assert window.close()  # ⌘Q / close again while asked: Quit
    assert not window.isVisible() and window.quit_box is None
    assert not dialog.running()
    assert (staging_root() / "slow-model" / (BIG + ".part")).stat().st_size > 0
    slow_hub.hub.wait_idle()


def test_no_question_without_a_running_download(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.close()
    assert window.quit_box is None


def test_the_downloaders_explanations_are_translated(
    qtbot: QtBot, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIRGAP_HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens there
    dialog = DownloadDialog(REPO, "Slow Model")
    qtbot.addWidget(dialog)
    translations.set_language("ja")
    with qtbot.waitSignal(dialog.ended, timeout=30_000):
        dialog.start()
    assert dialog.state is State.FAILED
    detail = dialog.detail.text()
    assert "に接続できません" in detail and REPO in detail and "cannot reach" not in detail
    expected = {
        "zh_CN": "磁盘空间不足",
        "zh_TW": "磁碟空間不足",
        "ja": "ディスクの空き容量が足りません",
        "ko": "디스크 공간이 부족합니다",
        "en": "Not enough disk space for Qwen: it needs 3.10 GB",
    }
    disk = Event(
        kind=Kind.ERROR,
        message="not enough disk space for Qwen: ...",
        code="disk",
        details={"model": "Qwen", "needed": "3.10", "free": "1.00", "folder": "/m"},
    )
    for code, words in expected.items():
        translations.set_language(code)
        text = dialog.explain(disk)
        assert words in text and "3.10" in text and "1.00" in text and "/m" in text, text
    # A message this version does not know stays in the downloader's English.
    unknown = Event(kind=Kind.ERROR, message="something new", code="from-the-future")
    assert dialog.explain(unknown) == "something new"
    # Values are put in once: a "%2" inside a value is not replaced again.
    odd = Event(kind=Kind.RETRY, code="retry", details={"error": "50%2 off", "delay": "1.0"})
    assert dialog.explain(odd).startswith("50%2 off")
