"""Sessions on tiny random Qwen3.5 models: streaming, thinking, cancel, cache reuse, errors.

Where a test needs particular text from a random model it forces it with a scripted logits
processor (the model still runs every step; only the choice of token is scripted).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import mlx.core as mx
import pytest
from airgap.engine import loader
from airgap.engine.api import (
    CancelToken,
    ChatMessage,
    ContextOverflow,
    Done,
    EngineError,
    Event,
    FinishReason,
    GenerationRequest,
    InvalidSettings,
    ReasoningDelta,
    Role,
    SamplingSettings,
    TextDelta,
    ThinkingSupport,
)
from airgap.engine.loader import LoadedModel
from airgap.engine.session import Session

GREEDY = SamplingSettings(temperature=0.0, max_tokens=32)


class Script:
    """A logits processor that makes the model emit `ids` in order (then the last one)."""

    def __init__(self, ids: Sequence[int] = ()) -> None:
        self.ids = list(ids)
        self.calls = 0

    def set(self, ids: Sequence[int]) -> None:
        self.ids = list(ids)
        self.calls = 0

    def __call__(self, tokens: Any, logits: mx.array) -> mx.array:
        if not self.ids:
            return logits
        target = self.ids[min(self.calls, len(self.ids) - 1)]
        self.calls += 1
        keep = mx.arange(logits.shape[-1]) == target
        return mx.where(keep, logits, mx.array(-1e9, dtype=logits.dtype))


@pytest.fixture(scope="module")
def dense(qwen_dense: Path) -> LoadedModel:
    return loader.load(qwen_dense)


@pytest.fixture(scope="module")
def plain(qwen_no_thinking: Path) -> LoadedModel:
    return loader.load(qwen_no_thinking)


def ids(loaded: LoadedModel, *pieces: str) -> list[int]:
    """Token ids for text pieces; "<think>", "</think>", "<|im_end|>" map to their tokens."""
    tokenizer = loaded.tokenizer
    out: list[int] = []
    for piece in pieces:
        if piece in ("<think>", "</think>", "<|im_end|>"):
            out.append(tokenizer.convert_tokens_to_ids(piece))
        else:
            out += tokenizer.encode(piece, add_special_tokens=False)
    return out


def ask(
    text: str | Sequence[ChatMessage],
    *,
    thinking: bool = False,
    sampling: SamplingSettings = GREEDY,
    system: str = "",
) -> GenerationRequest:
    messages = [ChatMessage(Role.USER, text)] if isinstance(text, str) else list(text)
    return GenerationRequest(
        messages=messages, system_prompt=system, thinking=thinking, sampling=sampling
    )


class Result:
    def __init__(self, events: list[Event]) -> None:
        self.events = events
        done = events[-1]
        assert isinstance(done, Done)
        assert not any(isinstance(e, Done) for e in events[:-1])
        self.done = done
        self.stats = done.stats
        self.answer = "".join(e.text for e in events if isinstance(e, TextDelta))
        self.reasoning = "".join(e.text for e in events if isinstance(e, ReasoningDelta))


def run(events: Iterator[Event]) -> Result:
    return Result(list(events))


# ------------------------------------------------------------------ streaming and stats


def test_stream_reports_stats(dense: LoadedModel) -> None:
    session = Session(dense)
    request = ask("Hello, who are you?")
    result = run(session.stream(request))
    assert result.done.finish_reason in (FinishReason.STOP, FinishReason.LENGTH)
    assert result.done.error is None
    stats = result.stats
    assert stats.prompt_tokens == session.count_tokens(request)
    assert 0 < stats.generation_tokens <= 32
    assert stats.cached_tokens == 0
    assert stats.time_to_first_token_s > 0
    assert stats.prompt_tps > 0 and stats.generation_tps > 0
    assert stats.peak_memory_bytes > 0
    assert stats.context_length == 2048
    assert stats.thinking is False


@pytest.mark.parametrize("fixture", ["qwen_moe", "qwen_quantized"])
def test_moe_and_quantized_models_stream(fixture: str, request: pytest.FixtureRequest) -> None:
    session = Session(loader.load(request.getfixturevalue(fixture)))
    result = run(session.stream(ask("Hi")))
    assert result.done.finish_reason in (FinishReason.STOP, FinishReason.LENGTH)
    assert result.stats.generation_tokens > 0


# ------------------------------------------------------------------ thinking


def test_thinking_on_routes_reasoning_apart(dense: LoadedModel) -> None:
    script = Script(ids(dense, "Let me think.", "</think>", "\n\nParis.", "<|im_end|>"))
    session = Session(dense, logits_processors=[script])
    result = run(session.stream(ask("Capital of France?", thinking=True)))
    assert result.reasoning == "Let me think."
    assert result.answer == "Paris."
    assert result.done.finish_reason is FinishReason.STOP
    assert result.stats.thinking is True
    first = next(e for e in result.events if not isinstance(e, Done))
    assert isinstance(first, ReasoningDelta)  # the prompt ended inside <think>


def test_thinking_off_answers_directly(dense: LoadedModel) -> None:
    script = Script(ids(dense, "Paris.", "<|im_end|>"))
    session = Session(dense, logits_processors=[script])
    request = ask("Capital of France?", thinking=False)
    result = run(session.stream(request))
    assert (result.reasoning, result.answer) == ("", "Paris.")
    assert result.stats.thinking is False
    # The template got enable_thinking=False: the prompt holds an empty think block.
    prompt = dense.tokenizer.decode(
        dense.tokenizer.apply_chat_template(
            [{"role": "user", "content": "Capital of France?"}],
            add_generation_prompt=True,
            enable_thinking=False,
        )
    )
    assert prompt.endswith("<think>\n\n</think>\n\n")
    assert result.stats.prompt_tokens == session.count_tokens(request)


def test_think_tags_split_across_generated_tokens(dense: LoadedModel) -> None:
    script = Script(ids(dense, "abc", "</th", "ink", ">", "\n\ndef", "<|im_end|>"))
    session = Session(dense, logits_processors=[script])
    result = run(session.stream(ask("x", thinking=True)))
    assert (result.reasoning, result.answer) == ("abc", "def")


def test_model_thinking_on_its_own_is_still_split(dense: LoadedModel) -> None:
    script = Script(ids(dense, "<think>", "hidden", "</think>", "shown", "<|im_end|>"))
    session = Session(dense, logits_processors=[script])
    result = run(session.stream(ask("x", thinking=False)))
    assert (result.reasoning, result.answer) == ("hidden", "shown")


def test_model_without_thinking_does_not_pretend(plain: LoadedModel) -> None:
    assert plain.info.thinking is ThinkingSupport.NONE
    script = Script(ids(plain, "<think>x</think> y", "<|im_end|>"))
    session = Session(plain, logits_processors=[script])
    on, off = ask("Hi", thinking=True), ask("Hi", thinking=False)
    assert session.count_tokens(on) == session.count_tokens(off)
    result = run(session.stream(on))
    assert result.stats.thinking is False
    assert result.reasoning == ""
    assert result.answer == "<think>x</think> y"  # literal text: this model has no tags


# ------------------------------------------------------------------ cancellation


def test_cancel_from_another_thread_stops_within_one_token(dense: LoadedModel) -> None:
    session = Session(dense, logits_processors=[Script(ids(dense, "a b c d e f g h"))])
    cancel = CancelToken()
    cancelled = threading.Event()

    def canceller() -> None:
        cancel.cancel()
        cancelled.set()

    events = session.stream(ask("Count", sampling=GREEDY.with_(max_tokens=500)), cancel)
    seen: list[Event] = []
    for event in events:
        seen.append(event)
        if len(seen) == 3:
            threading.Thread(target=canceller).start()
            assert cancelled.wait(10)
    done = seen[-1]
    assert isinstance(done, Done)
    assert done.finish_reason is FinishReason.CANCELLED
    assert len(seen) == 4  # three deltas, then Done: nothing after the cancel
    assert done.stats.generation_tokens <= 4


def test_cancel_while_generating_on_a_worker_thread(dense: LoadedModel) -> None:
    """The window's pattern: the engine streams on its thread, the UI thread cancels."""
    session = Session(dense, logits_processors=[Script(ids(dense, "a b c d e f g h"))])
    cancel = CancelToken()
    first = threading.Event()
    seen: list[Event] = []

    def worker() -> None:
        for event in session.stream(ask("Count", sampling=GREEDY.with_(max_tokens=2000)), cancel):
            seen.append(event)
            first.set()

    thread = threading.Thread(target=worker)
    thread.start()
    assert first.wait(30)
    cancel.cancel()
    thread.join(30)
    assert not thread.is_alive()
    done = seen[-1]
    assert isinstance(done, Done) and done.finish_reason is FinishReason.CANCELLED
    assert done.stats.generation_tokens < 2000


def test_cancel_before_the_first_token(dense: LoadedModel) -> None:
    cancel = CancelToken()
    cancel.cancel()
    result = run(Session(dense).stream(ask("Hi"), cancel))
    assert result.done.finish_reason is FinishReason.CANCELLED
    assert result.events == [result.done]
    assert result.stats.generation_tokens == 0


# ------------------------------------------------------------------ multi-turn cache reuse


@pytest.mark.parametrize("thinking", [False, True])
@pytest.mark.parametrize("fixture", ["qwen_dense", "qwen_moe"])
def test_cache_reuse_gives_the_same_tokens_as_a_fresh_session(
    fixture: str, thinking: bool, request: pytest.FixtureRequest
) -> None:
    loaded = loader.load(request.getfixturevalue(fixture))
    session = Session(loaded)
    history: list[ChatMessage] = []
    previous = None
    for turn, text in enumerate(["My name is Ada.", "What is 2 + 3?", "And my name?"]):
        history.append(ChatMessage(Role.USER, text))
        req = ask(history, thinking=thinking, system="Be brief.")
        cached = run(session.stream(req))
        fresh = run(Session(loaded).stream(req))
        assert (cached.answer, cached.reasoning) == (fresh.answer, fresh.reasoning)
        assert cached.stats.generation_tokens == fresh.stats.generation_tokens
        assert fresh.stats.cached_tokens == 0
        if turn and previous is not None:
            # Only the last answer and the new message are prefilled again.
            assert cached.stats.cached_tokens >= previous.stats.prompt_tokens - 8
        previous = cached
        history.append(ChatMessage(Role.ASSISTANT, cached.answer, reasoning=cached.reasoning))


def test_history_rendered_as_generated_reuses_the_whole_cache(plain: LoadedModel) -> None:
    script = Script()
    session = Session(plain, logits_processors=[script])
    script.set(ids(plain, "Hello world.", "<|im_end|>"))
    first = run(session.stream(ask("Hi")))
    assert first.answer == "Hello world."
    script.set(ids(plain, "Fine.", "<|im_end|>"))
    history = [
        ChatMessage(Role.USER, "Hi"),
        ChatMessage(Role.ASSISTANT, first.answer),
        ChatMessage(Role.USER, "How are you?"),
    ]
    second = run(session.stream(ask(history)))
    assert second.stats.cached_tokens == first.stats.prompt_tokens + first.stats.generation_tokens


def test_regenerate_restores_the_snapshot(dense: LoadedModel) -> None:
    session = Session(dense)
    req = ask("Tell me a story.", thinking=True)
    first = run(session.stream(req))
    again = run(session.regenerate(req))
    assert (again.answer, again.reasoning) == (first.answer, first.reasoning)
    assert again.stats.cached_tokens > 0
    assert again.stats.prompt_tokens - again.stats.cached_tokens <= 4


def test_regenerate_with_the_same_seed_samples_the_same(dense: LoadedModel) -> None:
    sampled = SamplingSettings(temperature=1.0, top_p=1.0, top_k=0, max_tokens=16, seed=7)
    session = Session(dense)
    req = ask("Say something.", sampling=sampled)
    first = run(session.stream(req))
    again = run(session.regenerate(req))
    fresh = run(Session(dense).stream(req))
    assert first.answer == again.answer == fresh.answer
    other = run(session.regenerate(ask("Say something.", sampling=sampled.with_(seed=8))))
    assert other.answer != first.answer


def test_edit_of_the_last_user_turn(dense: LoadedModel) -> None:
    session = Session(dense)
    history = [ChatMessage(Role.USER, "First question.")]
    turn1 = run(session.stream(ask(history)))
    history.append(ChatMessage(Role.ASSISTANT, turn1.answer))
    run(session.stream(ask([*history, ChatMessage(Role.USER, "Second question.")])))
    edited = ask([*history, ChatMessage(Role.USER, "An edited second question.")])
    result = run(session.stream(edited))
    fresh = run(Session(dense).stream(edited))
    assert result.answer == fresh.answer
    assert result.stats.cached_tokens >= turn1.stats.prompt_tokens - 8


def test_a_different_conversation_rebuilds_the_cache(dense: LoadedModel) -> None:
    session = Session(dense)
    run(session.stream(ask("One topic.")))
    other = ask("Something else entirely.")
    result = run(session.stream(other))
    assert result.stats.cached_tokens < 5  # at most the shared "<|im_start|>user\n"
    assert result.answer == run(Session(dense).stream(other)).answer
    session.reset()
    assert run(session.stream(other)).stats.cached_tokens == 0


# ------------------------------------------------------------------ bad input


def test_context_overflow_is_refused_before_generating(qwen_small_context: Path) -> None:
    session = Session(loader.load(qwen_small_context))
    with pytest.raises(ContextOverflow, match=r"context is 128 tokens") as info:
        session.stream(ask("word " * 200))
    assert info.value.context_length == 128
    assert info.value.prompt_tokens > 128
    # A prompt that fits but leaves no room for the requested answer is refused too.
    with pytest.raises(ContextOverflow):
        session.stream(ask("word " * 40, sampling=GREEDY.with_(max_tokens=120)))
    result = run(session.stream(ask("Hi")))
    assert result.done.finish_reason is not FinishReason.ERROR


def test_dirty_text_is_cleaned_at_the_boundary(dense: LoadedModel) -> None:
    session = Session(dense)
    dirty = ask("\ud800 hello\x00 there\r\n\udfff", system="sys\x00\ud83d")
    clean = ask("\ufffd hello there\n\ufffd", system="sys\ufffd")
    assert session.count_tokens(dirty) == session.count_tokens(clean)
    result = run(session.stream(dirty))
    assert result.done.finish_reason is not FinishReason.ERROR


@pytest.mark.parametrize(
    "changes",
    [{"temperature": -1.0}, {"top_p": 0.0}, {"top_k": -3}, {"min_p": 1.0}, {"max_tokens": 0}],
)
def test_invalid_sampling_is_refused(dense: LoadedModel, changes: dict[str, object]) -> None:
    with pytest.raises(InvalidSettings):
        Session(dense).stream(ask("Hi", sampling=GREEDY.with_(**changes)))


def test_empty_conversation_is_refused(dense: LoadedModel) -> None:
    with pytest.raises(EngineError, match="no message"):
        Session(dense).stream(GenerationRequest(messages=[]))


def test_an_error_while_generating_ends_the_stream(dense: LoadedModel) -> None:
    class FailOnce:
        failed = False

        def __call__(self, tokens: Any, logits: mx.array) -> mx.array:
            if not self.failed and tokens.size > 3:
                self.failed = True
                raise RuntimeError("boom in the sampler")
            return logits

    session = Session(dense, logits_processors=[FailOnce()])
    req = ask("Hi", sampling=GREEDY.with_(max_tokens=30))
    result = run(session.stream(req))
    assert result.done.finish_reason is FinishReason.ERROR
    assert result.done.error is not None and "boom in the sampler" in result.done.error
    again = run(session.stream(req))  # the session recovers
    assert again.done.finish_reason is not FinishReason.ERROR
    assert again.answer == run(Session(dense).stream(req)).answer


def test_one_stream_at_a_time(dense: LoadedModel) -> None:
    session = Session(dense)
    first = session.stream(ask("Hi", sampling=GREEDY.with_(max_tokens=50)))
    next(first)
    busy = run(session.stream(ask("Hi")))
    assert busy.done.finish_reason is FinishReason.ERROR
    assert busy.done.error is not None and "already generating" in busy.done.error
    with pytest.raises(EngineError, match="while it is generating"):
        session.reset()
    rest = run(first)
    assert rest.done.finish_reason is not FinishReason.ERROR


def test_a_consumer_that_stops_at_done_can_go_on(dense: LoadedModel) -> None:
    """The UI and the CLI stop reading at Done; the session must be free by then."""
    session = Session(dense)
    for event in session.stream(ask("Hi")):
        if isinstance(event, Done):
            break
    session.reset()
    assert run(session.stream(ask("Hi"))).done.finish_reason is not FinishReason.ERROR
