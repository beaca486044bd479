"""Stop during a long prompt: the session checks the CancelToken between prefill steps, ends
the turn CANCELLED well before the prompt is in, and the next turn (a retry or an edit)
answers exactly as a fresh session would."""

from __future__ import annotations

import threading

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
from airgap.engine.loader import LoadedModel
from airgap.engine.session import Session

GREEDY = SamplingSettings(temperature=0.0, max_tokens=16)
STEP = 16
LONG = " ".join(f"item {i} is on the shelf number {i % 7}." for i in range(60))


@pytest.fixture(scope="module")
def dense(qwen_dense: object) -> LoadedModel:
    return loader.load(qwen_dense)  # type: ignore[arg-type]


def answer(session: Session, request: GenerationRequest) -> tuple[str, Done]:
    events = list(session.stream(request))
    done = events[-1]
    assert isinstance(done, Done) and done.error is None, done
    return "".join(e.text for e in events if isinstance(e, TextDelta)), done


def history(last: str) -> list[ChatMessage]:
    return [
        ChatMessage(Role.USER, "Hello there."),
        ChatMessage(Role.ASSISTANT, "Hi! How can I help?"),
        ChatMessage(Role.USER, last),
    ]


@pytest.mark.parametrize("next_turn", ["retry", "edit"])
def test_cancel_during_a_long_prompt_stops_between_steps(
    dense: LoadedModel, next_turn: str
) -> None:
    steps: list[tuple[int, int]] = []
    cancel = CancelToken()
    armed = False

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        if armed and len(steps) == 1:  # the user presses Stop while the first step is in
            stopper = threading.Thread(target=cancel.cancel)
            stopper.start()
            stopper.join()

    session = Session(dense, prefill_step=STEP, prefill_progress=progress)
    first = GenerationRequest(history("Hello there.")[:1], sampling=GREEDY)
    answer(session, first)
    steps.clear()
    armed = True

    request = GenerationRequest(history(LONG), sampling=GREEDY)
    prompt_tokens = session.count_tokens(request)
    assert prompt_tokens > 20 * STEP  # a prompt of many steps
    events = list(session.stream(request, cancel))
    done = events[-1]
    assert isinstance(done, Done)
    assert done.finish_reason is FinishReason.CANCELLED
    assert events == [done]  # no answer text
    assert done.stats.generation_tokens == 0
    assert len(steps) == 1  # the cancel acted at the next step boundary
    assert steps[0][0] == STEP < steps[0][1]

    follow = (
        request
        if next_turn == "retry"
        else GenerationRequest(history(LONG + " Which shelf holds item 3?"), sampling=GREEDY)
    )
    got, done = answer(session, follow)
    want, fresh = answer(Session(dense, prefill_step=STEP), follow)
    assert got == want
    assert done.stats.generation_tokens == fresh.stats.generation_tokens
    # The steps fed before the cancel are kept: the next turn resumes after them.
    assert done.stats.cached_tokens > fresh.stats.cached_tokens


def test_timed_steps_answer_like_fixed_ones(dense: LoadedModel) -> None:
    """The default step follows the measured rate (about half a second a step here)."""
    steps: list[int] = []
    session = Session(dense, prefill_progress=lambda done, total: steps.append(done))
    request = GenerationRequest(history(LONG), sampling=GREEDY)
    got, _ = answer(session, request)
    want, _ = answer(Session(dense, prefill_step=2048), request)
    assert got == want
    assert steps and steps[0] == 256  # the first step, before any rate is known
