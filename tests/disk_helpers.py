"""A small real disk for "the disk fills up" tests: a tmpfs mounted for one test (imported by
module name: tests/conftest.py puts this folder on sys.path)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_tmpfs(mnt: Path, size: str, *, without_root: str) -> Iterator[Path]:
    """Mount a tmpfs of `size` (mount's form: "2m") at the new folder `mnt` for the block.

    Skips the test where no tmpfs can be mounted; `without_root` says (in the skip reason)
    which other test covers the case when not run as root.
    """
    mnt.mkdir()
    if os.geteuid() != 0:
        pytest.skip(f"mounting a tmpfs needs root ({without_root})")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mnt)], capture_output=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode().strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=True)
