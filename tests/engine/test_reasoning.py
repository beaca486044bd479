"""Reasoning/answer splitting on scripted text and token sequences (tags split across tokens)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from airgap.engine.api import ReasoningDelta, TextDelta
from airgap.engine.reasoning import ReasoningSplitter, initial_state
from mlx_lm.utils import load_tokenizer


@pytest.fixture(scope="module")
def tokenizer(qwen_dense: Path) -> Any:
    return load_tokenizer(qwen_dense)


def _split(tokenizer: Any, pieces: list[str], initial: str) -> tuple[str, str, list[object]]:
    splitter = ReasoningSplitter(tokenizer, initial)
    events: list[object] = []
    for piece in pieces:
        events += splitter.feed(piece)
    events += splitter.finish()
    reasoning = "".join(e.text for e in events if isinstance(e, ReasoningDelta))
    answer = "".join(e.text for e in events if isinstance(e, TextDelta))
    return reasoning, answer, events


def test_prompt_ending_inside_think_starts_in_reasoning(tokenizer: Any) -> None:
    reasoning, answer, _ = _split(
        tokenizer,
        ["Let me", " add.\n2+2", "=4\n</th", "ink>", "\n\nThe answer", " is 4."],
        "reasoning",
    )
    assert reasoning == "Let me add.\n2+2=4\n"
    assert answer == "The answer is 4."


def test_tags_split_character_by_character(tokenizer: Any) -> None:
    text = "<think>\nhmm, maybe</think>\n\nYes."
    reasoning, answer, _ = _split(tokenizer, list(text), "normal")
    assert reasoning == "hmm, maybe"
    assert answer == "Yes."


def test_text_that_only_looks_like_a_tag_start_is_kept(tokenizer: Any) -> None:
    reasoning, answer, _ = _split(tokenizer, ["a <", "b and <th", "e end <"], "normal")
    assert reasoning == ""
    assert answer == "a <b and <the end <"


def test_events_arrive_in_order(tokenizer: Any) -> None:
    _, _, events = _split(tokenizer, ["x</think>y", "<think>z</think>w"], "reasoning")
    assert events == [ReasoningDelta("x"), TextDelta("y"), ReasoningDelta("z"), TextDelta("w")]


def test_token_sequence_with_tags_split_across_tokens(tokenizer: Any) -> None:
    """Real token ids through mlx-lm's streaming detokenizer, `</think>` spread over tokens."""
    ids: list[int] = []
    for piece in ["I think so", "</th", "ink", ">", "\n\nOK", " 東京"]:
        ids += tokenizer.encode(piece, add_special_tokens=False)
    assert tokenizer.convert_tokens_to_ids("</think>") not in ids
    detokenizer = tokenizer.detokenizer
    splitter = ReasoningSplitter(tokenizer, "reasoning")
    events: list[object] = []
    for token in ids:
        detokenizer.add_token(token)
        events += splitter.feed(detokenizer.last_segment)
    detokenizer.finalize()
    events += splitter.feed(detokenizer.last_segment)
    events += splitter.finish()
    assert splitter.reasoning == "I think so"
    assert splitter.answer == "OK 東京"


def test_initial_state_from_the_prompt(tokenizer: Any) -> None:
    messages = [{"role": "user", "content": "hi"}]
    on = tokenizer.apply_chat_template(messages, add_generation_prompt=True, enable_thinking=True)
    off = tokenizer.apply_chat_template(messages, add_generation_prompt=True, enable_thinking=False)
    assert initial_state(tokenizer, on) == "reasoning"
    assert initial_state(tokenizer, off) == "normal"


def test_model_without_thinking_never_reasons(qwen_no_thinking: Path) -> None:
    plain = load_tokenizer(qwen_no_thinking)
    reasoning, answer, _ = _split(plain, ["<think>", "a</think>b"], "normal")
    assert reasoning == ""
    assert answer == "<think>a</think>b"
