"""Loading local model folders: what loads, and the clear error for every broken folder."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from airgap import paths
from airgap.engine import loader
from airgap.engine.api import (
    CHAT_SAMPLING,
    THINKING_SAMPLING,
    CorruptModel,
    ModelNotFound,
    NotAModel,
    ThinkingSupport,
    UnsupportedModel,
)

CopyModel = Callable[[Path], Path]


def test_dense_model_info(qwen_dense: Path) -> None:
    loaded = loader.load(qwen_dense)
    info = loaded.info
    assert info.model_id == qwen_dense.name
    assert info.model_type == "qwen3_5"
    assert info.context_length == 2048  # from text_config.max_position_embeddings
    assert info.thinking is ThinkingSupport.OPTIONAL
    assert info.quantization_bits is None
    assert info.parameters > 10_000
    assert info.size_bytes == (qwen_dense / "model.safetensors").stat().st_size
    assert not info.streams_experts
    assert loaded.default_sampling(True) == THINKING_SAMPLING
    assert loaded.default_sampling(False) == CHAT_SAMPLING


def test_quantized_sharded_model(qwen_quantized: Path) -> None:
    info = loader.load(qwen_quantized).info
    assert info.quantization_bits == 4
    assert info.size_bytes == sum(p.stat().st_size for p in qwen_quantized.glob("model-*"))


def test_moe_model_loads(qwen_moe: Path) -> None:
    assert loader.load(qwen_moe).info.model_type == "qwen3_5_moe"


def test_model_without_thinking(qwen_no_thinking: Path) -> None:
    assert loader.load(qwen_no_thinking).info.thinking is ThinkingSupport.NONE
    assert loader.describe(qwen_no_thinking).thinking is ThinkingSupport.NONE


def test_generation_config_defaults_for_plain_models(
    qwen_no_thinking: Path, copy_model: CopyModel
) -> None:
    folder = copy_model(qwen_no_thinking)
    (folder / "generation_config.json").write_text(json.dumps({"temperature": 0.3, "top_k": 7}))
    settings = loader.load(folder).default_sampling(False)
    assert (settings.temperature, settings.top_k) == (0.3, 7)


def test_resolve_installed_id_and_listing(qwen_dense: Path, copy_model: CopyModel) -> None:
    import shutil

    shutil.copytree(qwen_dense, paths.models_dir() / "tiny")
    (paths.models_dir() / "broken").mkdir()
    assert loader.resolve("tiny") == (paths.models_dir() / "tiny").resolve()
    listing = loader.installed_models()
    good = [m for m in listing if not isinstance(m, tuple)]
    bad = [m for m in listing if isinstance(m, tuple)]
    assert [m.model_id for m in good] == ["tiny"]
    assert good[0].thinking is ThinkingSupport.OPTIONAL
    assert bad[0][0].name == "broken" and "config.json" in bad[0][1]


# ------------------------------------------------------------------ every bad input


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(ModelNotFound, match="nowhere"):
        loader.load(missing)
    with pytest.raises(ModelNotFound, match="nowhere"):
        loader.resolve(str(missing))
    with pytest.raises(ModelNotFound, match=r"Qwen/Qwen3\.5-9B"):
        loader.resolve("Qwen/Qwen3.5-9B")  # a hub id is never looked up


def test_empty_folder_is_not_a_model(tmp_path: Path) -> None:
    with pytest.raises(NotAModel, match=r"config\.json is missing"):
        loader.load(tmp_path)


def test_gguf_file_is_pointed_to_import(tmp_path: Path) -> None:
    gguf = tmp_path / "model.gguf"
    gguf.write_bytes(b"GGUF")
    with pytest.raises(NotAModel, match="import-gguf"):
        loader.load(gguf)


def test_no_weights(qwen_dense: Path, copy_model: CopyModel) -> None:
    folder = copy_model(qwen_dense)
    (folder / "model.safetensors").rename(folder / "pytorch_model.bin")
    (folder / "model.safetensors.index.json").unlink()
    with pytest.raises(NotAModel, match=r"no model\*\.safetensors.*pytorch_model\.bin"):
        loader.load(folder)


def test_no_tokenizer(qwen_dense: Path, copy_model: CopyModel) -> None:
    folder = copy_model(qwen_dense)
    (folder / "tokenizer.json").unlink()
    with pytest.raises(NotAModel, match="no tokenizer"):
        loader.load(folder)


def test_damaged_tokenizer(qwen_dense: Path, copy_model: CopyModel) -> None:
    folder = copy_model(qwen_dense)
    (folder / "tokenizer.json").write_text("{ not json")
    with pytest.raises(CorruptModel, match=r"tokenizer\.json"):
        loader.load(folder)


def _edit_config(folder: Path, **changes: object) -> Path:
    file = folder / "config.json"
    config = json.loads(file.read_text())
    config.update(changes)
    file.write_text(json.dumps(config))
    return file


def test_unsupported_model_type(qwen_dense: Path, copy_model: CopyModel) -> None:
    folder = copy_model(qwen_dense)
    _edit_config(folder, model_type="qwen9_turbo")
    with pytest.raises(UnsupportedModel, match=r"qwen9_turbo.*config\.json") as info:
        loader.load(folder)
    assert info.value.path == folder.resolve() / "config.json"


def test_model_type_cannot_escape_the_package(qwen_dense: Path, copy_model: CopyModel) -> None:
    folder = copy_model(qwen_dense)
    _edit_config(folder, model_type="..os")
    with pytest.raises(UnsupportedModel):
        loader.load(folder)


def test_custom_code_is_refused(qwen_dense: Path, copy_model: CopyModel) -> None:
    folder = copy_model(qwen_dense)
    _edit_config(folder, model_file="evil.py")
    with pytest.raises(UnsupportedModel, match="custom model code"):
        loader.load(folder)


@pytest.mark.parametrize(
    "changes",
    [
        {"quantization": {"bits": 7, "group_size": 64}},
        {"quantization_config": {"quant_method": "bitsandbytes"}},
    ],
)
def test_unsupported_quantization(
    qwen_dense: Path, copy_model: CopyModel, changes: dict[str, object]
) -> None:
    folder = copy_model(qwen_dense)
    _edit_config(folder, **changes)
    with pytest.raises(UnsupportedModel, match=r"config\.json.*quantization"):
        loader.load(folder)


def test_malformed_config(qwen_dense: Path, copy_model: CopyModel) -> None:
    folder = copy_model(qwen_dense)
    (folder / "config.json").write_text('{"model_type": "qwen3_5", ')
    with pytest.raises(CorruptModel, match=r"config\.json is not valid JSON"):
        loader.load(folder)
    (folder / "config.json").write_text('{"hidden_size": 64}')
    with pytest.raises(CorruptModel, match=r"config\.json has no model_type"):
        loader.load(folder)


def test_config_that_does_not_match_the_weights(qwen_dense: Path, copy_model: CopyModel) -> None:
    folder = copy_model(qwen_dense)
    config = json.loads((folder / "config.json").read_text())
    config["text_config"]["hidden_size"] = 128
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(CorruptModel, match=r"do not match its config\.json"):
        loader.load(folder)


def test_truncated_safetensors(qwen_dense: Path, copy_model: CopyModel) -> None:
    folder = copy_model(qwen_dense)
    weights = folder / "model.safetensors"
    data = weights.read_bytes()
    weights.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(CorruptModel, match=r"model\.safetensors is truncated") as info:
        loader.load(folder)
    assert info.value.path == weights.resolve()


def test_absurd_dimension_in_header(qwen_dense: Path, copy_model: CopyModel) -> None:
    """mlx alone would silently truncate this; the header check refuses it."""
    folder = copy_model(qwen_dense)
    weights = folder / "model.safetensors"
    data = weights.read_bytes()
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + length])
    name = next(k for k in header if k != "__metadata__")
    header[name]["shape"] = [2**40, 2**20]
    raw = json.dumps(header).encode()
    raw += b" " * (-len(raw) % 8)
    weights.write_bytes(struct.pack("<Q", len(raw)) + raw + data[8 + length :])
    with pytest.raises(CorruptModel, match=r"model\.safetensors has a damaged header"):
        loader.load(folder)


@pytest.mark.parametrize("garbage", [b"", b"\xff" * 64, b"\x10\x00\x00\x00\x00\x00\x00\x00{bad"])
def test_garbage_safetensors(qwen_dense: Path, copy_model: CopyModel, garbage: bytes) -> None:
    folder = copy_model(qwen_dense)
    (folder / "model.safetensors").write_bytes(garbage)
    with pytest.raises(CorruptModel, match=r"model\.safetensors"):
        loader.load(folder)


def test_missing_shard(qwen_quantized: Path, copy_model: CopyModel) -> None:
    folder = copy_model(qwen_quantized)
    shard = sorted(folder.glob("model-*.safetensors"))[1]
    shard.unlink()
    with pytest.raises(CorruptModel, match=rf"{shard.name} is missing"):
        loader.load(folder)


def test_weights_larger_than_memory_are_refused(qwen_dense: Path) -> None:
    loader.check_memory(qwen_dense, 10 * 2**30, total=16 * 2**30)  # fits
    with pytest.raises(UnsupportedModel, match=r"needs about 40\.0 GB.*has 16\.0 GB"):
        loader.check_memory(qwen_dense, 40 * 2**30, total=16 * 2**30)
    assert loader.physical_memory() > 2**30
