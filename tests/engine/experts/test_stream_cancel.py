"""Stop inside a streamed prompt chunk: the streamer checks the session's CancelToken at
each MoE layer (and between groups of a grouped chunk), the turn ends CANCELLED before the
prompt is in, and no slot is left corrupted — the next answers match the resident model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from airgap.engine import loader
from airgap.engine.api import (
    CancelToken,
    ChatMessage,
    Done,
    FinishReason,
    GenerationRequest,
    Role,
    SamplingSettings,
    TextDelta,
)
from airgap.engine.experts import StreamingConfig
from airgap.engine.session import Session
from cancel_when import CancelWhen
from streamkit import TOP_K, run_logits

GREEDY = SamplingSettings(temperature=0.0, max_tokens=12, seed=0)
CHUNK = 32
LONG = " ".join(f"item {i} sits on shelf {i % 7}." for i in range(30))


def answer(
    session: Session, request: GenerationRequest, cancel: CancelToken | None = None
) -> tuple[str, Done]:
    events = list(session.stream(request, cancel))
    done = events[-1]
    assert isinstance(done, Done) and done.error is None, done
    return "".join(e.text for e in events if isinstance(e, TextDelta)), done


@pytest.mark.parametrize("cache_bytes", [0, 1 << 30], ids=["grouped", "pool-all"])
def test_cancel_inside_a_streamed_chunk(
    moe_4bit: Path,
    cache_bytes: int,
    reference: Callable[[int], tuple[list[np.ndarray], list[int]]],
) -> None:
    request = GenerationRequest([ChatMessage(Role.USER, LONG)], sampling=GREEDY)
    want, _ = answer(Session(loader.load(moe_4bit)), request)

    streamed = loader.load(
        moe_4bit,
        stream_experts=True,
        experts=StreamingConfig(cache_bytes=cache_bytes, prefill_chunk=CHUNK),
    )
    streamer = streamed.experts
    assert streamer is not None
    try:
        session = Session(streamed)
        total = session.count_tokens(request)
        assert total > 3 * CHUNK
        before = streamer.counters.tokens  # counted at each chunk's first MoE layer
        # Stop once the second chunk has entered its first MoE layer: the session's check
        # before that chunk passed, so only the streamer's per-layer check can act.
        cancel = CancelWhen(lambda: streamer.counters.tokens - before > CHUNK)
        text, done = answer(session, request, cancel)
        assert done.finish_reason is FinishReason.CANCELLED
        assert text == "" and done.stats.generation_tokens == 0
        assert streamer.counters.tokens - before == 2 * CHUNK  # chunk 3 never started
        assert streamer.cancel is None  # handed back after the turn

        got, done = answer(session, request)
        # The first chunk is kept; the interrupted second one was rolled back and redone.
        assert done.stats.cached_tokens == CHUNK
        assert done.finish_reason in (FinishReason.STOP, FinishReason.LENGTH)
        assert got == want
        # Every slot the cancel touched holds the right bytes: logits match resident.
        logits, _ = run_logits(streamed.model, reference(TOP_K)[1])
        for a, b in zip(logits, reference(TOP_K)[0], strict=True):
            assert np.abs(a - b).max() <= 1e-4
    finally:
        streamer.close()
