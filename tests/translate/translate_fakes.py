"""A scripted ChatSession for the translator tests: answers come from a function of the
request, streamed in small pieces, with calls and requests recorded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from airgap.engine.api import (
    CancelToken,
    Done,
    EngineError,
    Event,
    FinishReason,
    GenerationRequest,
    GenerationStats,
    ModelInfo,
    TextDelta,
    ThinkingSupport,
)

Script = Callable[[GenerationRequest], str]


def bracket(request: GenerationRequest) -> str:
    """A 'translation' that is recognisably derived from the source: ⟦source⟧."""
    return f"⟦{request.messages[-1].content}⟧"


class ScriptedSession:
    def __init__(self, script: Script = bracket, *, piece: int = 3) -> None:
        self.script = script
        self.piece = piece
        self.requests: list[GenerationRequest] = []
        self.cancel_after: int | None = None  # cancel the token after this many calls
        self.fail_on: set[int] = set()  # call numbers (1-based) that end with Done(ERROR)
        self.raise_on: set[int] = set()  # call numbers that raise an EngineError at setup

    @property
    def calls(self) -> int:
        return len(self.requests)

    @property
    def model(self) -> ModelInfo:
        return ModelInfo("scripted", Path("/nonexistent"), "fake", 4096, ThinkingSupport.OPTIONAL)

    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        self.requests.append(request)
        call = self.calls
        if call in self.raise_on:
            raise EngineError("The prompt does not fit in the model's context window.")
        return self._events(request, call, cancel or CancelToken())

    def _events(
        self, request: GenerationRequest, call: int, cancel: CancelToken
    ) -> Iterator[Event]:
        if call in self.fail_on:
            yield Done(FinishReason.ERROR, GenerationStats(), error="The model ran out of memory.")
            return
        text = self.script(request)
        for k in range(0, len(text), self.piece):
            if self.cancel_after is not None and call > self.cancel_after:
                cancel.cancel()
            if cancel.cancelled:
                yield Done(FinishReason.CANCELLED, GenerationStats())
                return
            yield TextDelta(text[k : k + self.piece])
        yield Done(FinishReason.STOP, GenerationStats(generation_tokens=len(text)))

    def regenerate(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        return self.stream(request, cancel)

    def reset(self) -> None:
        pass
