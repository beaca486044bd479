"""Suite-wide fixtures: every test gets its own AIRGAP_HOME, and the offline flags are set."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# pytest puts this folder first on sys.path, where tests/airgap.py (Briefcase's test entry
# point) would shadow the real package. Keep the folder importable (tiny_models, ...) but
# after the installed packages.
_here = str(Path(__file__).resolve().parent)
if _here in sys.path:
    sys.path.remove(_here)
    sys.path.append(_here)

# Before any test module imports huggingface_hub / transformers / mlx_lm.
from airgap import offline  # noqa: E402

offline.set_offline_environment()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def template_checks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One chat-template check (airgap.engine.template_check) per template per test session,
    not per test: the pass markers live outside the per-test AIRGAP_HOME."""
    folder = tmp_path_factory.mktemp("template-checks")
    previous = os.environ.get("AIRGAP_TEMPLATE_CHECKS")
    os.environ["AIRGAP_TEMPLATE_CHECKS"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("AIRGAP_TEMPLATE_CHECKS", None)
    else:
        os.environ["AIRGAP_TEMPLATE_CHECKS"] = previous


@pytest.fixture(autouse=True)
def airgap_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "airgap-home"
    home.mkdir()
    monkeypatch.setenv("AIRGAP_HOME", str(home))
    yield home
