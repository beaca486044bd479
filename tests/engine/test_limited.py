"""The shared parts of a limited worker run (airgap.engine.limited): the report a worker
writes is the one the parent reads back, whatever else the worker printed."""

from __future__ import annotations

import signal

import pytest
from airgap.engine import limited


def test_the_report_a_worker_writes_is_read_back(capsys: pytest.CaptureFixture[str]) -> None:
    print("a library's chatter", '{"error": 5}', sep="\n")  # noise and a malformed report
    code = limited.fail("bomb.gguf could not be read: 東京", kind="memory")
    assert code == limited.ERROR_EXIT
    report = limited.read_report(capsys.readouterr().out.encode())
    assert report == limited.Report("bomb.gguf could not be read: 東京", "memory")


def test_no_report_without_an_error_line() -> None:
    assert limited.read_report(b'{"ok": true}\nnot json\n') is None
    assert limited.read_report(b"\xff\xfe") is None


def test_a_signal_is_told_apart_from_an_exit_status() -> None:
    killed = limited.Outcome(timed_out=False, exit_code=-signal.SIGXCPU)
    assert killed.signal == signal.SIGXCPU and not killed.finished
    assert limited.Outcome(timed_out=False, exit_code=1).signal is None
    assert limited.Outcome(timed_out=False, exit_code=0).finished
    assert limited.Outcome(timed_out=True, exit_code=None).signal is None
