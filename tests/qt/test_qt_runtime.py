"""The Qt binding itself: PySide6 6.12.0 dropped a reference to True on every signal emit,
which crashes Python 3.11 after a few thousand streamed tokens (pyproject excludes it)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class _Emitter(QObject):
    fired = Signal(int)


def test_signal_emit_keeps_reference_counts(qapp: QApplication) -> None:
    emitter = _Emitter()
    seen: list[int] = []
    emitter.fired.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(200):
        emitter.fired.emit(i)
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert len(seen) == 200
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)
