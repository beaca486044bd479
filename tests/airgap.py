"""Briefcase's test entry point: `briefcase dev --test` and `briefcase run --test` run this
module as `tests.airgap`. It runs the suite with pytest and reports the exit status in the
sentinel line Briefcase watches for."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest


def run(args: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tests_dir = Path(__file__).resolve().parent
    return int(pytest.main(["-p", "no:cacheprovider", *(args or [str(tests_dir)])]))


if __name__ == "__main__":
    code = run(sys.argv[1:])
    print(f">>>>>>>>>> EXIT {code} <<<<<<<<<<", flush=True)
    sys.exit(code)
