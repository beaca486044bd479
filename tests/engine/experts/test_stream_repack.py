"""The optional repack: one contiguous record per expert, same logits, stale repacks ignored."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
from airgap.engine.experts import StreamingConfig, build_index, load_streaming
from airgap.engine.experts.repack import ALIGN, packed_index, repack
from streamkit import TOP_K, run_logits

Reference = Callable[[int], tuple[list[np.ndarray], list[int]]]


def test_repacked_experts_give_the_same_logits_with_one_read_each(
    moe_4bit: Path, tmp_path: Path, reference: Reference
) -> None:
    model_dir = tmp_path / "m"
    shutil.copytree(moe_4bit, model_dir)
    index = build_index(model_dir)
    assert packed_index(index) is None
    repack(index, batch=5)
    packed = packed_index(index)
    assert packed is not None
    record = packed.layers[0].components[0].stride
    assert record % ALIGN == 0 and record >= index.expert_bytes
    assert packed.expert_bytes == index.expert_bytes
    for layer in packed.layers:
        assert (layer.components[0].file.stat().st_size) == record * index.num_experts

    expected, tokens = reference(TOP_K)
    model, _, streamer = load_streaming(model_dir, StreamingConfig(cache_bytes=0))
    try:
        assert all(f.parent.name == "experts.packed" for f in streamer.index.files)
        # All nine components of an expert are one run: one preadv per expert.
        assert all(len(runs) == 1 for runs in streamer.reader._plan)
        got, _ = run_logits(model, tokens)
    finally:
        streamer.close()
    worst = max(float(np.abs(a - b).max()) for a, b in zip(got, expected, strict=True))
    assert worst <= 1e-4


def test_incomplete_or_stale_repack_is_ignored(moe_4bit: Path, tmp_path: Path) -> None:
    model_dir = tmp_path / "m"
    shutil.copytree(moe_4bit, model_dir)
    index = build_index(model_dir)
    dest = repack(index)
    layer_file = dest / "layer-001.bin"
    with layer_file.open("r+b") as f:
        f.truncate(layer_file.stat().st_size - 1)
    assert packed_index(index) is None
    repack(index)
    assert packed_index(index) is not None
    shard = index.files[0]
    with shard.open("ab") as f:
        f.write(b"\0")  # the source changed after the repack
    assert packed_index(build_index(model_dir)) is None
