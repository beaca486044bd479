"""Start-up time: process start -> first painted window, and -> model ready.

The floor is `python -c "import PySide6.QtWidgets"` measured in the same run (the least any
Qt window can cost here); the target is window <= 1.5 x floor + 300 ms. Each figure is the
median of several runs in a data folder prepared once (the embedded model already converted,
a few stored conversations), so it measures an ordinary start, not the first one.

    python bench/bench_start.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBE = HERE / "start_probe.py"


def floor_run(env: dict[str, str]) -> float:
    start = time.time()
    subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], env=env, check=True)
    return time.time() - start


def probe_run(env: dict[str, str]) -> tuple[float, float]:
    start = time.time()
    done = subprocess.run(
        [sys.executable, str(PROBE), "--wait-sidebar", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"the probe reported nothing:\n{done.stderr[-2000:]}")
    report = json.loads(lines[-1])
    if "error" in report:
        raise SystemExit(f"the window did not start cleanly: {report['error']}")
    if report["heavy_at_paint"]:
        print(f"  note: imported before the first paint: {report['heavy_at_paint']}")
    return report["paint"] - start, report["ready"] - start


def plant_conversations() -> None:
    from airgap import paths
    from airgap.store import Store

    paths.settings_path().write_text('{"welcome_done": true}', encoding="utf-8")
    store = Store.open()
    try:
        for n in range(3):
            conversation = store.create_conversation(f"Earlier chat {n}")
            store.add_user_message(conversation.id, f"hello {n}")
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="airgap-bench-start-") as home:
        env = dict(os.environ, AIRGAP_HOME=home, QT_QPA_PLATFORM="offscreen")
        os.environ.update(AIRGAP_HOME=home)
        plant_conversations()
        print("warm-up (converts the embedded model once)…", flush=True)
        probe_run(env)
        floors, windows, readies = [], [], []
        for _ in range(args.runs):  # interleaved, so machine load hits both alike
            floors.append(floor_run(env))
            window, ready = probe_run(env)
            windows.append(window)
            readies.append(ready)
    floor = statistics.median(floors)
    window = statistics.median(windows)
    ready = statistics.median(readies)
    target = 1.5 * floor + 0.3
    print(f"runs: {args.runs} (medians)")
    print(f"floor  import PySide6.QtWidgets : {floor * 1000:7.0f} ms")
    print(
        f"window first paint              : {window * 1000:7.0f} ms  ({window / floor:.2f} x floor)"
    )
    print(
        f"model ready (embedded SmolLM2)  : {ready * 1000:7.0f} ms  ({ready / floor:.2f} x floor)"
    )
    verdict = "meets" if window <= target else "MISSES"
    print(
        f"target window <= 1.5 x floor + 300 ms = {target * 1000:.0f} ms: "
        f"{window / target:.2f} x target ({verdict})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
