"""Deciding to stream, and the experts-per-token setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from airgap.engine.api import InvalidSettings
from airgap.engine.experts import (
    StreamingConfig,
    build_index,
    load_streaming,
    should_stream,
    top_k_warning,
)
from streamkit import TOP_K


def test_should_stream_follows_size_and_budget(moe_4bit: Path, qwen_dense: Path) -> None:
    size = sum(p.stat().st_size for p in moe_4bit.glob("*.safetensors"))
    assert should_stream(moe_4bit, size // 2)
    assert not should_stream(moe_4bit, size * 4)
    assert not should_stream(qwen_dense, 1)  # no experts to stream: load it resident


def test_index_matches_checkpoint(moe_4bit: Path) -> None:
    index = build_index(moe_4bit)
    assert [entry.layer for entry in index.layers] == [0, 1, 2, 3]
    assert index.num_experts == 16
    assert index.component_names == tuple(
        f"{p}.{q}"
        for p in ("gate_proj", "up_proj", "down_proj")
        for q in ("weight", "scales", "biases")
    )
    assert len(index.files) > 1  # sharded


def test_top_k_bounds_and_warning(moe_4bit: Path) -> None:
    with pytest.raises(InvalidSettings, match="between 4 and 6"):
        load_streaming(moe_4bit, StreamingConfig(top_k=3, cache_bytes=0))
    with pytest.raises(InvalidSettings):
        load_streaming(moe_4bit, StreamingConfig(top_k=TOP_K + 1, cache_bytes=0))
    assert top_k_warning(TOP_K, TOP_K) is None
    warning = top_k_warning(4, TOP_K)
    assert warning is not None and "4 of the 6" in warning
    model, _, streamer = load_streaming(moe_4bit, StreamingConfig(top_k=4, cache_bytes=0))
    try:
        assert all(layer.mlp.top_k == 4 for layer in model.layers)
        assert streamer.set_top_k(TOP_K) is None
        assert all(layer.mlp.top_k == TOP_K for layer in model.layers)
    finally:
        streamer.close()


def test_budget_too_small_is_a_clear_error(moe_4bit: Path) -> None:
    with pytest.raises(InvalidSettings, match="needs at least"):
        load_streaming(moe_4bit, StreamingConfig(memory_budget=1000))
