"""Stop during a long prompt, then ask again: the prompt steps that were in before the stop
are kept, so the retry (or a longer prompt with the same start) prefills only the rest and
answers exactly like a run that was never stopped.

Dense models are stopped between steps; a streamed MoE model's step is stopped between
layers (the streamer checks the CancelToken at each MoE layer), and the session rolls
every layer back to the step's start: the Gated DeltaNet layers' recurrent state from a
snapshot, the attention layers' KV cache by trimming.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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
from airgap.engine.loader import LoadedModel
from airgap.engine.session import Session
from cancel_when import CancelWhen

GREEDY = SamplingSettings(temperature=0.0, max_tokens=12)
STEP = 32  # prompt tokens a step (dense: prefill_step; streamed: prefill_chunk)
KEPT = 3  # whole steps in before the stop
DOCUMENT = " ".join(f"item {i} is on the shelf number {i % 7}." for i in range(12))
# The tiny model: layers 0-2 are Gated DeltaNet, layer 3 full attention (a KV cache).
LAST_LAYER = 3


class Logits:
    """A logits processor that records each generated step's logits."""

    def __init__(self) -> None:
        self.steps: list[np.ndarray] = []

    def __call__(self, tokens: Any, logits: Any) -> Any:
        self.steps.append(np.array(logits[0]))
        return logits


class Run:
    """One session with its prefill progress and logits recorded."""

    def __init__(self, loaded: LoadedModel, step: int | None = STEP) -> None:
        self.logits = Logits()
        self.progress: list[tuple[int, int]] = []
        self.on_step: Callable[[], None] = lambda: None
        self.text = ""  # the last turn's answer
        self.session = Session(
            loaded,
            logits_processors=[self.logits],
            prefill_step=step,
            prefill_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.append((done, total))
        self.on_step()

    def answer(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> tuple[str, Done]:
        self.logits.steps.clear()
        self.progress.clear()
        events = list(self.session.stream(request, cancel))
        done = events[-1]
        assert isinstance(done, Done) and done.error is None, done
        if done.finish_reason is FinishReason.CANCELLED:
            assert events == [done]  # stopped before any answer text
        self.text = "".join(e.text for e in events if isinstance(e, TextDelta))
        return self.text, done

    @property
    def prefilled(self) -> int:
        """Prompt tokens the session's prefill steps fed in the last turn."""
        fed, before = 0, 0
        for done, total in self.progress:  # (done, total) per step; each call ends at total
            fed += done - before
            before = 0 if done == total else done
        return fed


def ask(text: str) -> GenerationRequest:
    return GenerationRequest([ChatMessage(Role.USER, text)], sampling=GREEDY)


def same_answer(got: Run, want: Run) -> None:
    """The last turns of both runs answered alike: text, tokens and logits (greedy)."""
    assert got.text == want.text
    assert len(got.logits.steps) == len(want.logits.steps) > 0
    for a, b in zip(got.logits.steps, want.logits.steps, strict=True):
        assert int(a.argmax()) == int(b.argmax())
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-5)


@pytest.fixture(scope="module")
def dense(qwen_dense: Path) -> LoadedModel:
    return loader.load(qwen_dense)


@pytest.fixture(scope="module")
def streamed(qwen_moe: Path) -> Iterator[Callable[[str], LoadedModel]]:
    """The MoE model with its experts read from disk, by pool: "pool-all" holds every
    expert (cancel check k is MoE layer k), "grouped" none (each chunk is computed in
    groups of experts, the cancel checked between groups too)."""
    models: dict[str, LoadedModel] = {}

    def get(pool: str) -> LoadedModel:
        if pool not in models:
            models[pool] = loader.load(
                qwen_moe,
                stream_experts=True,
                experts=StreamingConfig(
                    cache_bytes=1 << 30 if pool == "pool-all" else 0, prefill_chunk=STEP
                ),
            )
        return models[pool]

    yield get
    for loaded in models.values():
        assert loaded.experts is not None
        loaded.experts.close()


# ------------------------------------------------------------------ dense: between steps


@pytest.mark.parametrize("retry", ["same", "longer"])
def test_dense_retry_prefills_only_the_rest(dense: LoadedModel, retry: str) -> None:
    run = Run(dense)
    request = ask(DOCUMENT)
    cancel = CancelToken()
    run.on_step = lambda: cancel.cancel() if len(run.progress) == KEPT else None
    _, done = run.answer(request, cancel)
    assert done.finish_reason is FinishReason.CANCELLED
    assert run.prefilled == KEPT * STEP
    run.on_step = lambda: None

    follow = request if retry == "same" else ask(DOCUMENT + " Which shelf holds item 3?")
    _, done = run.answer(follow)
    fresh = Run(dense)
    fresh.answer(follow)
    assert done.stats.cached_tokens == KEPT * STEP
    assert run.prefilled == fresh.prefilled - KEPT * STEP
    same_answer(run, fresh)


# ------------------------------------------------------------------ streamed: between layers


def stop_inside_step(loaded: LoadedModel, step: int, at_check: int) -> CancelToken:
    """Cancel at the `at_check`-th cancel check inside prompt step `step` (0-based).

    The streamer counts a chunk's tokens at its first MoE layer, right after that layer's
    check; the checks that follow are the next MoE layers' (and, for a grouped chunk,
    the groups'), so with the whole pool check k is MoE layer k.
    """
    streamer = loaded.experts
    assert streamer is not None
    before = streamer.counters.tokens
    checks = 0

    def condition() -> bool:
        nonlocal checks
        if streamer.counters.tokens - before > step * STEP:
            checks += 1
        return checks >= at_check

    return CancelWhen(condition)


@pytest.mark.parametrize(
    ("pool", "at_check"),
    [("pool-all", 1), ("pool-all", LAST_LAYER), ("grouped", 1), ("grouped", 9)],
    ids=["deltanet-layer", "attention-layer", "grouped-early", "grouped-late"],
)
@pytest.mark.parametrize("retry", ["same", "longer"])
def test_streamed_cancel_inside_a_step_keeps_the_steps_before(
    streamed: Callable[[str], LoadedModel], pool: str, at_check: int, retry: str
) -> None:
    loaded = streamed(pool)
    streamer = loaded.experts
    assert streamer is not None
    request = ask(DOCUMENT)
    run = Run(loaded, step=None)  # the streamed chunk is the step
    assert run.session.count_tokens(request) > (KEPT + 3) * STEP
    before = streamer.counters.tokens
    _, done = run.answer(request, stop_inside_step(loaded, KEPT, at_check))
    assert done.finish_reason is FinishReason.CANCELLED
    assert streamer.counters.tokens - before == (KEPT + 1) * STEP  # step KEPT was entered
    assert run.prefilled == KEPT * STEP  # ... and never completed

    follow = request if retry == "same" else ask(DOCUMENT + " Which shelf holds item 3?")
    before = streamer.counters.tokens
    _, done = run.answer(follow)
    resumed_tokens = streamer.counters.tokens - before
    fresh = Run(loaded, step=None)
    before = streamer.counters.tokens
    fresh.answer(follow)
    fresh_tokens = streamer.counters.tokens - before

    assert done.stats.cached_tokens == KEPT * STEP
    # The model saw exactly the kept steps fewer tokens (the interrupted step is redone).
    assert fresh_tokens - resumed_tokens == KEPT * STEP
    same_answer(run, fresh)


POOLS = pytest.mark.parametrize("pool", ["pool-all", "grouped"])


@POOLS
def test_streamed_cancel_in_the_first_step_keeps_nothing(
    streamed: Callable[[str], LoadedModel], pool: str
) -> None:
    loaded = streamed(pool)
    request = ask(DOCUMENT)
    run = Run(loaded, step=None)
    _, done = run.answer(request, stop_inside_step(loaded, 0, 1))
    assert done.finish_reason is FinishReason.CANCELLED
    assert run.progress == []

    _, done = run.answer(request)
    fresh = Run(loaded, step=None)
    fresh.answer(request)
    assert done.stats.cached_tokens == 0
    assert run.prefilled == fresh.prefilled
    same_answer(run, fresh)


@POOLS
def test_streamed_cancel_in_a_later_turn_resumes_from_that_turn(
    streamed: Callable[[str], LoadedModel], pool: str
) -> None:
    """Second turn of a conversation: a stop in its first step falls back to what the
    turn started from; a stop after some steps keeps them on top of it."""
    history = [
        ChatMessage(Role.USER, "Hello there."),
        ChatMessage(Role.ASSISTANT, "Hi! How can I help?"),
        ChatMessage(Role.USER, DOCUMENT),
    ]
    loaded = streamed(pool)
    run = Run(loaded, step=None)
    run.answer(GenerationRequest(history[:1], sampling=GREEDY))
    request = GenerationRequest(history, sampling=GREEDY)

    _, done = run.answer(request, stop_inside_step(loaded, 0, 1))
    assert done.finish_reason is FinishReason.CANCELLED
    start = done.stats.cached_tokens  # the first turn's shared prompt
    assert start > 0

    _, done = run.answer(request, stop_inside_step(loaded, 2, 2))
    assert done.finish_reason is FinishReason.CANCELLED
    assert done.stats.cached_tokens == start  # the stop inside the first step kept nothing

    _, done = run.answer(request)
    assert done.stats.cached_tokens == start + 2 * STEP
    fresh = Run(loaded, step=None)
    fresh.answer(GenerationRequest(history[:1], sampling=GREEDY))
    fresh.answer(request)
    same_answer(run, fresh)


@POOLS
def test_a_step_cancelled_between_steps_is_kept_whole(
    streamed: Callable[[str], LoadedModel], pool: str
) -> None:
    """A stop between steps (the session's own check) keeps every finished step."""
    loaded = streamed(pool)
    request = ask(DOCUMENT)
    run = Run(loaded, step=None)
    cancel = CancelToken()
    run.on_step = lambda: cancel.cancel() if len(run.progress) == KEPT else None
    _, done = run.answer(request, cancel)
    assert done.finish_reason is FinishReason.CANCELLED
    run.on_step = lambda: None
    _, done = run.answer(request)
    assert done.stats.cached_tokens == KEPT * STEP
    fresh = Run(loaded, step=None)
    fresh.answer(request)
    same_answer(run, fresh)


@pytest.mark.parametrize("at_check", [1, LAST_LAYER], ids=["deltanet-layer", "attention-layer"])
def test_rollback_leaves_every_layer_as_before_the_step(
    streamed: Callable[[str], LoadedModel], at_check: int
) -> None:
    """PromptCache.rollback after a step the streamer stopped between layers: each layer
    holds what a cache fed only the earlier tokens holds (no layer half-updated)."""
    import mlx.core as mx
    from airgap.engine.experts.streamer import PrefillCancelled
    from airgap.engine.prompt_cache import PromptCache
    from mlx_lm.models.cache import ArraysCache, KVCache

    loaded = streamed("pool-all")
    streamer = loaded.experts
    assert streamer is not None
    tokens = list(range(10, 10 + 3 * STEP))
    kept, step = tokens[: 2 * STEP], tokens[2 * STEP :]

    cache = PromptCache(loaded.model)
    loaded.model(mx.array(kept)[None], cache=cache.layers)
    mx.eval([c.state for c in cache.layers])
    cache.tokens = list(kept)
    mark = cache.mark()
    assert mark is not None
    streamer.cancel = stop_inside_step(loaded, 0, at_check)
    try:
        with pytest.raises(PrefillCancelled):
            loaded.model(mx.array(step)[None], cache=cache.layers)
    finally:
        streamer.cancel = None
    attention_reached = at_check >= LAST_LAYER  # its check follows the attention
    offsets = [c.offset for c in cache.layers if isinstance(c, KVCache)]
    assert offsets == [len(tokens) if attention_reached else len(kept)]
    cache.rollback(mark)
    assert cache.tokens == kept and cache.live_valid

    want = PromptCache(loaded.model)
    loaded.model(mx.array(kept)[None], cache=want.layers)
    mx.eval([c.state for c in want.layers])
    for got_layer, want_layer in zip(cache.layers, want.layers, strict=True):
        if isinstance(want_layer, ArraysCache):
            for a, b in zip(got_layer.cache, want_layer.cache, strict=True):
                np.testing.assert_array_equal(np.array(a), np.array(b))
        else:
            assert got_layer.offset == want_layer.offset == len(kept)
            k, v = got_layer.keys_and_values()
            wk, wv = want_layer.keys_and_values()
            np.testing.assert_array_equal(np.array(k), np.array(wk))
            np.testing.assert_array_equal(np.array(v), np.array(wv))

    # ... and the step done again computes what it computes on the clean cache.
    got_logits = loaded.model(mx.array(step)[None], cache=cache.layers)
    want_logits = loaded.model(mx.array(step)[None], cache=want.layers)
    np.testing.assert_array_equal(np.array(got_logits), np.array(want_logits))
