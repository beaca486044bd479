"""A damaged checkpoint fails loudly with CorruptModel naming the file — never garbage."""

from __future__ import annotations

import json
import shutil
import struct
from pathlib import Path

import mlx.core as mx
import pytest
from airgap.engine.api import CorruptModel, EngineError
from airgap.engine.experts import StreamingConfig, build_index, load_streaming
from streamkit import prompt_tokens


def _copy(src: Path, tmp_path: Path) -> Path:
    dest = tmp_path / src.name
    shutil.copytree(src, dest)
    return dest


def _expert_shard(model_dir: Path, layer: int = 2) -> Path:
    """The shard holding layer `layer`'s down_proj weights (a big expert tensor)."""
    comp = build_index(model_dir).layer(layer).components
    return next(c.file for c in comp if c.name == "down_proj.weight")


def test_truncated_shard_is_refused_at_load(moe_4bit: Path, tmp_path: Path) -> None:
    model_dir = _copy(moe_4bit, tmp_path)
    shard = _expert_shard(model_dir)
    size = shard.stat().st_size
    with shard.open("r+b") as f:
        f.truncate(size - 100)
    with pytest.raises(CorruptModel, match=shard.name) as err:
        load_streaming(model_dir, StreamingConfig(cache_bytes=0))
    assert "truncated" in err.value.message
    assert err.value.path == shard


def test_missing_shard_is_refused_at_load(moe_4bit: Path, tmp_path: Path) -> None:
    model_dir = _copy(moe_4bit, tmp_path)
    shard = _expert_shard(model_dir)
    shard.unlink()
    with pytest.raises(CorruptModel, match=shard.name):
        load_streaming(model_dir, StreamingConfig(cache_bytes=0))


def _rewrite_header(shard: Path, edit: dict[str, object]) -> None:
    """Change tensor entries of a safetensors header in place, keeping its byte length."""
    raw = shard.read_bytes()
    (length,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + length])
    for key, value in edit.items():
        header[key].update(value)  # type: ignore[call-overload]
    text = json.dumps(header, separators=(",", ":")).encode()
    assert len(text) <= length
    shard.write_bytes(raw[:8] + text.ljust(length) + raw[8 + length :])


def test_header_disagreeing_with_config_is_refused(moe_4bit: Path, tmp_path: Path) -> None:
    model_dir = _copy(moe_4bit, tmp_path)
    shard = _expert_shard(model_dir)
    key = next(
        k
        for k in json.loads((model_dir / "model.safetensors.index.json").read_text())["weight_map"]
        if k.endswith("layers.2.mlp.switch_mlp.down_proj.weight")
    )
    raw = shard.read_bytes()
    (length,) = struct.unpack("<Q", raw[:8])
    experts, rows, cols = json.loads(raw[8 : 8 + length])[key]["shape"]
    # Same bytes, but half the experts of twice the size: config.json says 16 experts.
    _rewrite_header(shard, {key: {"shape": [experts // 2, rows * 2, cols]}})
    with pytest.raises(CorruptModel, match=shard.name) as err:
        load_streaming(model_dir, StreamingConfig(cache_bytes=0))
    assert "16 experts" in err.value.message


def test_short_read_during_generation_is_an_error(moe_4bit: Path, tmp_path: Path) -> None:
    """The shard shrinks after loading (a real short read): the forward pass raises."""
    model_dir = _copy(moe_4bit, tmp_path)
    model, _, streamer = load_streaming(model_dir, StreamingConfig(cache_bytes=0, prefetch=False))
    try:
        shard = _expert_shard(model_dir)
        with shard.open("r+b") as f:
            f.truncate(shard.stat().st_size // 2)
        with pytest.raises(CorruptModel, match=shard.name) as err:
            mx.eval(model(prompt_tokens(), cache=model.make_cache()))
        assert isinstance(err.value, EngineError)
        assert "shorter than its header says" in err.value.message
        # A failed read never leaves a slot that later counts as a hit.
        assert (streamer.pool.owner_layer >= 0).sum() <= streamer.num_slots
        with pytest.raises(CorruptModel):
            mx.eval(model(prompt_tokens(), cache=model.make_cache()))
    finally:
        streamer.close()


def test_short_read_in_prefetch_is_an_error(moe_4bit: Path, tmp_path: Path) -> None:
    model_dir = _copy(moe_4bit, tmp_path)
    model, _, streamer = load_streaming(model_dir, StreamingConfig(cache_bytes=0, prefetch=True))
    try:
        cache = model.make_cache()
        mx.eval(model(prompt_tokens(), cache=cache))
        for shard in {c.file for layer in streamer.index.layers[1:] for c in layer.components}:
            with shard.open("r+b") as f:
                f.truncate(shard.stat().st_size // 2)
        with pytest.raises(CorruptModel, match="shorter than its header says"):
            for token in range(20):
                mx.eval(model(mx.array([[token]]), cache=cache))
    finally:
        streamer.close()
