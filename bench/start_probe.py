"""Start Airgap's window as a user would and report what happened when, as one JSON line.

Run by bench/bench_start.py and tests/qt/test_fast_start.py:

    python bench/start_probe.py [--fake-delay SECONDS] [--wait-sidebar N]

It starts the app the way `python -m airgap` does, watching from outside: the wall-clock time
of the first paint of the main window, which heavy modules were imported by then, the time the
sidebar first lists a conversation, the time the model is ready (or its load error), then quits.
`--fake-delay` replaces the engine with one that takes that long to "load" (no mlx at all).
Times are `time.time()` so the parent can subtract the moment it started this process.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

HEAVY = ("mlx", "mlx_lm", "transformers", "huggingface_hub", "numpy", "safetensors")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fake-delay", type=float, default=None)
    parser.add_argument("--wait-sidebar", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()

    from airgap import offline
    from airgap.ui import app as app_mod
    from airgap.ui import main_window
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    if args.fake_delay is not None:
        delay = args.fake_delay

        def slow_session(_path: object, _options: object) -> Any:
            from airgap.engine.api import ModelInfo, ThinkingSupport

            time.sleep(delay)
            info = ModelInfo("slow-fake", Path("/nonexistent"), "fake", 4096, ThinkingSupport.NONE)
            return type("FakeSession", (), {"model": info})()

        defaults = main_window.MainWindow.__init__.__kwdefaults__
        assert defaults is not None
        defaults["session_factory"] = slow_session

    report: dict[str, Any] = {}
    qapp = app_mod.create_application()

    def finish() -> None:
        print(json.dumps(report), flush=True)
        qapp.quit()

    def check_done(window: Any) -> None:
        listed = window.sidebar.list.count()
        if listed >= max(args.wait_sidebar, 1) and "sidebar" not in report:
            report["sidebar"] = time.time()
            report["sidebar_count"] = listed
            report["model_ready_at_sidebar"] = window.model is not None
        if window.model is not None and "ready" not in report:
            report["ready"] = time.time()
        if window.load_error:
            report["error"] = window.load_error
            finish()
            return
        if "ready" in report and ("sidebar" in report or not args.wait_sidebar):
            finish()

    class Watch(QObject):
        painted = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (
                not self.painted
                and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget)
                and obj.window().objectName() == "mainWindow"
            ):
                self.painted = True
                report["paint"] = time.time()
                report["heavy_at_paint"] = [m for m in HEAVY if m in sys.modules]
                window = obj.window()
                poll = QTimer(window)
                poll.timeout.connect(lambda: check_done(window))
                poll.start(5)
            return False

    watch = Watch()
    qapp.installEventFilter(watch)
    QTimer.singleShot(
        int(args.timeout * 1000), lambda: (report.setdefault("error", "timeout"), finish())
    )
    offline.enable()
    return app_mod.run()


if __name__ == "__main__":
    sys.exit(main())
