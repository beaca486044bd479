"""Helpers shared by the store tests (imported by module name: pytest puts this folder on
sys.path; subprocesses and the crash-test fork server put it there themselves)."""

from __future__ import annotations

import sys
from pathlib import Path

# tests/ goes after the installed packages: tests/airgap.py must not shadow the real package.
_tests = str(Path(__file__).resolve().parents[1])
if _tests not in sys.path:
    sys.path.append(_tests)

from memory_keyring import MemoryKeyring  # noqa: E402

__all__ = ["MemoryKeyring"]
