"""Batched prefill: a prompt chunk reads each routed expert once per layer, not once per token."""

from __future__ import annotations

from pathlib import Path

import mlx.core as mx
import pytest
from airgap.engine.experts import StreamingConfig, load_streaming
from streamkit import NUM_EXPERTS, prompt_tokens


@pytest.mark.parametrize("cache_bytes", [0, 1 << 30], ids=["pool-min", "pool-all"])
def test_prompt_chunk_reads_each_expert_at_most_once_per_layer(
    moe_4bit: Path, cache_bytes: int
) -> None:
    model, _, streamer = load_streaming(moe_4bit, StreamingConfig(cache_bytes=cache_bytes))
    try:
        # Pool-min holds 2K slots, fewer than the 16 experts each layer routes to: grouped.
        assert (streamer.num_slots < NUM_EXPERTS) == (cache_bytes == 0)
        streamer.reader.read_counts[:] = 0
        mx.eval(model(prompt_tokens(n=64), cache=model.make_cache()))
        counts = streamer.reader.read_counts
        assert counts.shape == (4, NUM_EXPERTS)
        assert (counts >= 1).all(), "this prompt's routing touches every expert of every layer"
        assert counts.max() == 1
        assert streamer.reader.bytes_read == 4 * NUM_EXPERTS * streamer.index.expert_bytes
    finally:
        streamer.close()


def test_token_by_token_prefill_reads_far_more(moe_4bit: Path) -> None:
    """The baseline the batching beats: one token at a time re-reads experts per token."""
    model, _, streamer = load_streaming(moe_4bit, StreamingConfig(cache_bytes=0, prefetch=False))
    try:
        cache = model.make_cache()
        tokens = prompt_tokens(n=64)[0].tolist()
        for t in tokens:
            mx.eval(model(mx.array([[t]]), cache=cache))
        per_token = streamer.reader.bytes_read
        total = 4 * NUM_EXPERTS * streamer.index.expert_bytes
        assert per_token > 10 * total
    finally:
        streamer.close()
