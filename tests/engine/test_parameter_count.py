"""`airgap models` knows a model's size in parameters from its safetensors headers alone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from airgap import cli, paths
from airgap.engine import default_model, loader
from airgap.engine.gguf import convert_gguf


def _parameters_of_loaded(path: Path) -> int:
    """What mlx-lm's module tree holds, quantized weights unpacked (bits from the module)."""
    from mlx.utils import tree_flatten
    from mlx_lm.utils import load_model

    model, _ = load_model(path, lazy=True)
    total = 0
    for _, module in model.named_modules():
        bits = getattr(module, "bits", None)
        for leaf, value in tree_flatten(module.parameters()):
            if "." in leaf:
                continue  # a child's parameter: counted with the child
            if bits and leaf in ("scales", "biases"):
                continue
            size = int(value.size)
            total += size * 32 // bits if bits and leaf == "weight" else size
    return total


@pytest.fixture(scope="module")
def smollm2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("params") / "SmolLM2-135M-Instruct"
    return convert_gguf(default_model.embedded_gguf(), dest)


def test_the_embedded_smollm2_counts_135m_without_loading(smollm2: Path) -> None:
    info = loader.describe(smollm2)
    assert info.quantization_bits == 4  # packed U32 weights: unpacked for the count
    assert info.parameters == 134_515_008  # SmolLM2-135M (tied embeddings counted once)
    assert info.parameters == _parameters_of_loaded(smollm2)


@pytest.mark.parametrize("model", ["qwen_dense", "qwen_quantized", "qwen_moe"])
def test_tiny_qwen35_counts_match_mlx_lm(model: str, request: pytest.FixtureRequest) -> None:
    path: Path = request.getfixturevalue(model)
    info = loader.describe(path)
    assert info.parameters > 100_000
    assert info.parameters == _parameters_of_loaded(path)


def test_mixed_bits_use_the_per_module_override(copy_model: Any, qwen_quantized: Path) -> None:
    folder = copy_model(qwen_quantized)
    before = loader.describe(folder).parameters
    config = json.loads((folder / "config.json").read_text())
    # Claim the head is 8-bit: its packed words then hold half as many elements.
    head = next(k for k in ("lm_head", "language_model.lm_head") if k in _modules(folder))
    config["quantization"][head] = {"group_size": config["quantization"]["group_size"], "bits": 8}
    (folder / "config.json").write_text(json.dumps(config))
    head_elements = _modules(folder)[head]
    assert loader.describe(folder).parameters == before - head_elements // 2


def _modules(folder: Path) -> dict[str, int]:
    """Unpacked element counts of the 4-bit weights, by module path."""
    found: dict[str, int] = {}
    for file in folder.glob("model*.safetensors"):
        with file.open("rb") as fh:
            header = json.loads(fh.read(int.from_bytes(fh.read(8), "little")))
        for name, entry in header.items():
            if name.endswith(".weight") and entry["dtype"] == "U32":
                rows, cols = entry["shape"]
                found[name.removesuffix(".weight")] = rows * cols * 8
    return found


def test_models_command_shows_the_count(
    smollm2: Path, qwen_dense: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(smollm2, paths.models_dir() / "smol")
    shutil.copytree(qwen_dense, paths.models_dir() / "tiny")
    (paths.models_dir() / "tiny" / "model.safetensors").write_bytes(b"\xff" * 4)
    assert cli.main(["models"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert " 135 M " in lines["smol"]
    assert " ? " in lines["tiny"]  # an unreadable header: unknown, not a made-up number
    assert cli.main(["models", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["smol"]["parameters"] == 134_515_008
