"""Splitting streamed model text into reasoning and answer (mlx-lm's TextStateMachine).

The state machine matches `<think>` / `</think>` on decoded text, so a tag split across
tokens is still found, and text that might be the start of a tag is held back until it is
known not to be one. A Qwen3.5 prompt can end inside `<think>`: the splitter then starts in
the reasoning state (the last think-start of the prompt comes after its last think-end).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mlx_lm.generate import TextStateMachine, make_text_state_machine

from airgap.engine.api import ReasoningDelta, TextDelta

REASONING = "reasoning"
NORMAL = "normal"


def initial_state(tokenizer: Any, prompt: Sequence[int]) -> str:
    """ "reasoning" when the prompt leaves the model inside an open <think> block."""
    state = NORMAL
    if tokenizer.has_thinking:
        start = tokenizer.rfind_think_start(prompt)
        end = tokenizer.rfind_think_end(prompt)
        if start > end:
            state = REASONING
    return str(tokenizer.response_initial_state or state)


class ReasoningSplitter:
    """Feed decoded text pieces; get TextDelta / ReasoningDelta events back.

    Leading whitespace of each channel is dropped (the template's "\\n" after `<think>` and
    the blank line after `</think>`); tool-call text, which Airgap does not execute, stays
    part of the answer.
    """

    def __init__(self, tokenizer: Any, initial: str = NORMAL) -> None:
        self._machine = make_text_state_machine(tokenizer)
        self._state = self._machine.make_state(initial)
        self._started = {REASONING: False, NORMAL: False}
        self.reasoning = ""
        self.answer = ""

    @property
    def in_reasoning(self) -> bool:
        return bool(self._state[0] == REASONING)

    def feed(self, text: str) -> list[TextDelta | ReasoningDelta]:
        if not text:
            return []
        self._state, segments = TextStateMachine.split(self._state, text)
        return self._events(segments)

    def finish(self) -> list[TextDelta | ReasoningDelta]:
        """Emit text held back as a possible tag prefix (the stream has ended)."""
        self._state, held, state = TextStateMachine.flush(self._state)
        return self._events([(state, held)])

    def _events(self, segments: list[tuple[str | None, str]]) -> list[TextDelta | ReasoningDelta]:
        events: list[TextDelta | ReasoningDelta] = []
        for state, text in segments:
            channel = REASONING if state == REASONING else NORMAL
            if not self._started[channel]:
                text = text.lstrip()
                if not text:
                    continue
                self._started[channel] = True
            if not text:
                continue
            if channel == REASONING:
                self.reasoning += text
                if events and isinstance(events[-1], ReasoningDelta):
                    events[-1] = ReasoningDelta(events[-1].text + text)
                else:
                    events.append(ReasoningDelta(text))
            else:
                self.answer += text
                if events and isinstance(events[-1], TextDelta):
                    events[-1] = TextDelta(events[-1].text + text)
                else:
                    events.append(TextDelta(text))
        return events
