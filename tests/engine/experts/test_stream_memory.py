"""The expert tensors are never materialised: resident weights + pool stay within the budget."""

from __future__ import annotations

import gc
from pathlib import Path

import mlx.core as mx
from airgap.engine.experts import StreamingConfig, build_index, load_streaming
from mlx_lm.utils import load_model
from streamkit import prompt_tokens


def test_streamed_model_stays_within_its_budget(moe_4bit: Path) -> None:
    index = build_index(moe_4bit)
    gc.collect()
    mx.clear_cache()
    base = mx.get_active_memory()
    resident, _ = load_model(moe_4bit)
    resident_bytes = mx.get_active_memory() - base
    del resident
    gc.collect()
    mx.clear_cache()

    base = mx.get_active_memory()
    mx.reset_peak_memory()
    # Budget: the non-expert weights + room for 64-token prompt chunks + ~24 experts.
    expert_total = index.total_bytes
    budget = resident_bytes - expert_total + 16 * index.expert_bytes + 1_100_000
    model, _, streamer = load_streaming(
        moe_4bit, StreamingConfig(memory_budget=budget, prefill_chunk=64, prefetch=False)
    )
    try:
        loaded = mx.get_active_memory() - base
        assert loaded < resident_bytes - expert_total + streamer.pool_bytes + 64 * 1024
        assert streamer.num_slots < 4 * index.num_experts  # the pool is not the whole model
        cache = model.make_cache()
        out = model(prompt_tokens(n=64), cache=cache)
        for _ in range(16):
            out = model(out[:, -1:].argmax(-1), cache=cache)
        mx.eval(out)
        peak = mx.get_peak_memory() - base
        assert peak <= budget, f"peak {peak} > budget {budget}"
    finally:
        streamer.close()
