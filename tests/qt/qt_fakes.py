"""Test doubles for the window: a fake engine with scripted streams (a real api.ChatSession,
no model behind it) and an in-memory keyring (never the developer's real keychain)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from airgap.engine.api import (
    CancelToken,
    Done,
    Event,
    FinishReason,
    GenerationRequest,
    GenerationStats,
    ModelInfo,
    ReasoningDelta,
    TextDelta,
    ThinkingSupport,
)

if TYPE_CHECKING:
    from airgap.ui.main_window import MainWindow

MODEL = ModelInfo(
    model_id="fake-qwen",
    path=Path("/nonexistent/fake-qwen"),
    model_type="qwen3_5",
    context_length=4096,
    thinking=ThinkingSupport.OPTIONAL,
)


@dataclass
class Script:
    """What the next turn streams: reasoning pieces, answer pieces, then how it ends."""

    answer: list[str]
    reasoning: list[str] = field(default_factory=list)
    delay_s: float = 0.0
    finish: FinishReason = FinishReason.STOP
    error: str | None = None
    gate: threading.Event | None = None  # the answer waits for this (tests of stop)


class FakeSession:
    def __init__(self, model: ModelInfo = MODEL) -> None:
        self._model = model
        self.scripts: list[Script] = []
        self.requests: list[tuple[str, GenerationRequest]] = []
        self.resets = 0

    @property
    def model(self) -> ModelInfo:
        return self._model

    def queue(self, *scripts: Script) -> None:
        self.scripts.extend(scripts)

    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        self.requests.append(("stream", request))
        return self._run(request, cancel)

    def regenerate(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        self.requests.append(("regenerate", request))
        return self._run(request, cancel)

    def reset(self) -> None:
        self.resets += 1

    def _run(self, request: GenerationRequest, cancel: CancelToken | None) -> Iterator[Event]:
        script = self.scripts.pop(0) if self.scripts else Script(answer=["OK"])
        start = time.monotonic()
        count = 0
        pieces: list[Event] = (
            [ReasoningDelta(t) for t in script.reasoning] if request.thinking else []
        )
        pieces += [TextDelta(t) for t in script.answer]
        for i, event in enumerate(pieces):
            if cancel is not None and cancel.cancelled:
                yield Done(FinishReason.CANCELLED, self._stats(count, start))
                return
            if script.gate is not None and i == len(pieces) // 2:
                script.gate.wait(10)
                if cancel is not None and cancel.cancelled:
                    yield Done(FinishReason.CANCELLED, self._stats(count, start))
                    return
            if script.delay_s:
                time.sleep(script.delay_s)
            count += 1
            yield event
        yield Done(script.finish, self._stats(count, start), error=script.error)

    def _stats(self, count: int, start: float) -> GenerationStats:
        elapsed = max(time.monotonic() - start, 1e-6)
        return GenerationStats(
            prompt_tokens=12,
            generation_tokens=count,
            time_to_first_token_s=0.05,
            generation_tps=count / elapsed,
            peak_memory_bytes=300_000_000,
            context_length=self._model.context_length,
        )


# Shared by the Qt tests; here rather than in conftest.py, whose module name is not unique.
ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
WindowFactory = Callable[..., "MainWindow"]
