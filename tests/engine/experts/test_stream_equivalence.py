"""Streamed experts give the resident model's logits, whatever the pool size, prefetch or K."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from airgap.engine.experts import CachePolicy, StreamingConfig, load_streaming
from airgap.engine.experts.streamer import guess_threshold
from streamkit import DECODE_STEPS, TOP_K, prompt_tokens, run_logits

Reference = Callable[[int], tuple[list[np.ndarray], list[int]]]

CASES = {
    "pool-zero": StreamingConfig(cache_bytes=0, prefetch=False),
    "pool-zero-prefetch": StreamingConfig(cache_bytes=0, prefetch=True),
    "pool-small": StreamingConfig(cache_bytes=20 * 1024, prefetch=False),
    "pool-small-prefetch-lfu": StreamingConfig(
        cache_bytes=20 * 1024, prefetch=True, policy=CachePolicy.LFU
    ),
    "pool-everything": StreamingConfig(cache_bytes=1 << 30, prefetch=False),
    "pool-everything-prefetch": StreamingConfig(cache_bytes=1 << 30, prefetch=True),
    "k4-pool-zero-prefetch": StreamingConfig(cache_bytes=0, prefetch=True, top_k=4),
    "k4-pool-small": StreamingConfig(cache_bytes=20 * 1024, prefetch=False, top_k=4),
}


@pytest.mark.parametrize("name", list(CASES))
def test_streamed_logits_equal_resident(name: str, moe_4bit: Path, reference: Reference) -> None:
    config = CASES[name]
    k = config.top_k or TOP_K
    expected, tokens = reference(k)
    model, _, streamer = load_streaming(moe_4bit, config)
    try:
        got, _ = run_logits(model, tokens)
        stats = streamer.stats_since(type(streamer.counters)(clock=0.0))
    finally:
        streamer.close()
    assert len(got) == DECODE_STEPS + 1
    assert got[0].shape == expected[0].shape == (64, expected[0].shape[-1])
    worst = max(float(np.abs(a - b).max()) for a, b in zip(got, expected, strict=True))
    assert worst <= 1e-4, f"{name}: max |streamed - resident| = {worst}"
    assert stats.experts_per_token == k
    if config.cache_bytes == 1 << 30:
        # Everything fits: after the prompt every expert of every layer is in the pool.
        assert stats.cache_hit_rate > 0.8
    else:
        assert stats.bytes_read_per_token > 0


def test_generate_through_mlx_lm_matches_resident(moe_4bit: Path) -> None:
    """mlx-lm's own generate loop (async eval, chunked prefill) on the streamed model."""
    from mlx_lm.generate import generate_step
    from mlx_lm.utils import load_model

    prompt = prompt_tokens()[0]
    resident, _ = load_model(moe_4bit)
    want = list(generate_step(prompt, resident, max_tokens=12))
    model, _, streamer = load_streaming(moe_4bit, StreamingConfig(cache_bytes=0))
    try:
        got = list(generate_step(prompt, model, max_tokens=12, prefill_step_size=16))
    finally:
        streamer.close()
    assert len(got) == 12
    assert [int(t) for t, _ in got] == [int(t) for t, _ in want]


def test_prefetch_stops_where_its_guesses_do_not_pay(moe_4bit: Path) -> None:
    def prefetched(min_hit: float) -> int:
        config = StreamingConfig(cache_bytes=0, prefetch=True, prefetch_min_hit=min_hit)
        model, _, streamer = load_streaming(moe_4bit, config)
        try:
            run_logits(model)
            return streamer.counters.prefetched
        finally:
            streamer.close()

    always = prefetched(0.0)
    never_pays = prefetched(1.01)  # no guess can be that good: only the probes remain
    assert always >= DECODE_STEPS * 3 * 2  # 3 layer transitions, several misses each
    assert never_pays <= (1 + DECODE_STEPS // 16 + 1) * 3 * TOP_K
    assert never_pays < always / 3


@pytest.mark.parametrize(
    ("io_share", "floor", "needed"),
    [(0.0, 0.3, 0.3), (0.5, 0.3, 0.3), (0.6, 0.0, 1 / 3), (0.85, 0.3, 1 - 0.15 / 0.85)],
)
def test_io_bound_layers_ask_more_of_their_guesses(
    io_share: float, floor: float, needed: float
) -> None:
    assert guess_threshold(io_share, floor) == pytest.approx(needed)


def test_prefetch_backs_off_when_reads_dominate(
    moe_4bit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Slow reads (a real delay in every preadv) make a decode step mostly waiting: the
    same guesses that are kept on a fast disk then stop (only the probes remain).

    This tiny model's guesses are good (85-93% used), so the delay must push the wait share
    past ~0.95 for break-even to rise above them; 10 ms a read gets 0.95-0.97 even with the
    other core busy (4 ms gave 0.92, right at the edge)."""

    def run() -> tuple[int, float]:
        config = StreamingConfig(cache_bytes=0, prefetch=True, prefetch_min_hit=0.0)
        model, _, streamer = load_streaming(moe_4bit, config)
        try:
            run_logits(model)
            return streamer.counters.prefetched, streamer.io_share
        finally:
            streamer.close()

    fast, fast_share = run()
    preadv = os.preadv

    def slow_preadv(*args: Any) -> int:
        time.sleep(0.01)
        return preadv(*args)

    monkeypatch.setattr(os, "preadv", slow_preadv)
    slow, slow_share = run()
    assert slow_share > 0.6 > fast_share
    assert slow < fast / 2
