"""Suite-wide fixtures: every test gets its own AIRGAP_HOME, and the offline flags are set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any test module imports huggingface_hub / transformers / mlx_lm.
from airgap import offline

offline.set_offline_environment()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def airgap_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "airgap-home"
    home.mkdir()
    monkeypatch.setenv("AIRGAP_HOME", str(home))
    yield home
