"""The embedded default model, really answering (DESIGN.md §7): SmolLM2-135M-Instruct
converted from its GGUF and run through the app's own Session at temperature 0.

These greedy answers are the conversion's acceptance test: a wrong RoPE layout, a broken
tokenizer (control tokens spelled out) or a lost chat template turns them into nonsense.
"""

from __future__ import annotations

from typing import Any

import pytest
from airgap.engine.api import (
    ChatMessage,
    Done,
    FinishReason,
    GenerationRequest,
    Role,
    SamplingSettings,
    TextDelta,
)
from airgap.engine.session import Session

pytestmark = pytest.mark.slow  # a 135M model on a shared CPU: seconds per answer


def ask(
    loaded: Any, turns: list[tuple[Role, str]], *, system: str = "", max_tokens: int = 24
) -> tuple[str, Done]:
    request = GenerationRequest(
        messages=[ChatMessage(role, text) for role, text in turns],
        system_prompt=system,
        sampling=SamplingSettings(temperature=0.0, max_tokens=max_tokens),
    )
    events = list(Session(loaded).stream(request))
    done = events[-1]
    assert isinstance(done, Done), events
    assert done.finish_reason is not FinishReason.ERROR, done.error
    return "".join(e.text for e in events if isinstance(e, TextDelta)), done


def test_capital_of_france(smollm2: Any) -> None:
    answer, done = ask(smollm2, [(Role.USER, "What is the capital of France?")], max_tokens=16)
    assert answer.strip() == "The capital of France is Paris."
    assert done.finish_reason is FinishReason.STOP  # it ends on <|im_end|> by itself
    assert done.stats.prompt_tokens > 20  # SmolLM2's default system prompt is in the template


def test_arithmetic(smollm2: Any) -> None:
    answer, _ = ask(smollm2, [(Role.USER, "What is 2 + 3?")], max_tokens=8)
    assert "5" in answer
    assert answer.strip().startswith("2 + 3 = 5")


def test_remembers_the_users_name_from_an_earlier_turn(smollm2: Any) -> None:
    answer, _ = ask(
        smollm2,
        [
            (Role.USER, "Hi! My name is Mei."),
            (Role.ASSISTANT, "Nice to meet you, Mei! How can I help you today?"),
            (Role.USER, "What is my name?"),
        ],
        max_tokens=6,
    )
    assert "Mei" in answer


def test_system_prompt_is_honoured(smollm2: Any) -> None:
    question = [(Role.USER, "Hello! How are you?")]
    french, _ = ask(smollm2, question, system="Always answer in French.", max_tokens=4)
    plain, _ = ask(smollm2, question, max_tokens=4)
    assert "Bonjour" in french
    assert "Bonjour" not in plain
