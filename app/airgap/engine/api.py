"""The engine's contract with the UI, the CLI and the store: pure dataclasses, enums, errors
and a Protocol. Importing this module never imports mlx, so the window can use it freely.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from airgap.errors import UserError


class Role(StrEnum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


class FinishReason(StrEnum):
    STOP = "stop"  # the model ended its answer
    LENGTH = "length"  # max_tokens reached
    CANCELLED = "cancelled"  # the user pressed stop
    INTERRUPTED = "interrupted"  # the process died while streaming (set by the store)
    ERROR = "error"


class ThinkingSupport(StrEnum):
    NONE = "none"  # the template/vocabulary has no <think>
    OPTIONAL = "optional"  # enable_thinking toggles it (Qwen3.5)


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str
    reasoning: str = ""  # kept for the store; never sent back to the model


@dataclass(frozen=True)
class SamplingSettings:
    """Sampling for one request. temperature 0 means greedy."""

    temperature: float = 0.7
    top_p: float = 0.8
    top_k: int = 20
    min_p: float = 0.0
    max_tokens: int = 2048
    seed: int | None = None

    def with_(self, **changes: object) -> SamplingSettings:
        return replace(self, **changes)  # type: ignore[arg-type]

    def validate(self) -> None:
        """Raise InvalidSettings with a user-facing message for out-of-range values."""
        if not 0.0 <= self.temperature <= 5.0:
            raise InvalidSettings("Temperature must be between 0 and 5.")
        if not 0.0 < self.top_p <= 1.0:
            raise InvalidSettings("Top-p must be greater than 0 and at most 1.")
        if self.top_k < 0:
            raise InvalidSettings("Top-k must be 0 (off) or a positive number.")
        if not 0.0 <= self.min_p < 1.0:
            raise InvalidSettings("Min-p must be between 0 and 1.")
        if self.max_tokens < 1:
            raise InvalidSettings("Max tokens must be at least 1.")


# Qwen3.5's published recommendations (DESIGN.md §2).
THINKING_SAMPLING = SamplingSettings(temperature=0.6, top_p=0.95, top_k=20)
CHAT_SAMPLING = SamplingSettings(temperature=0.7, top_p=0.8, top_k=20)


@dataclass(frozen=True)
class GenerationRequest:
    """One assistant turn: the whole visible history (the session reuses its cache)."""

    messages: Sequence[ChatMessage]
    system_prompt: str = ""
    thinking: bool = False
    sampling: SamplingSettings = field(default_factory=SamplingSettings)


@dataclass(frozen=True)
class ModelInfo:
    model_id: str
    path: Path
    model_type: str  # config.json model_type, e.g. "qwen3_5_moe", "llama"
    context_length: int
    thinking: ThinkingSupport
    parameters: int = 0
    size_bytes: int = 0
    quantization_bits: int | None = None
    streams_experts: bool = False


@dataclass(frozen=True)
class ExpertStats:
    """Expert-streaming figures for one generation (all zero when the model is resident)."""

    bytes_read_per_token: float = 0.0
    cache_hit_rate: float = 0.0
    prefetch_hit_rate: float = 0.0
    io_wait_share: float = 0.0
    experts_per_token: int = 0


@dataclass(frozen=True)
class GenerationStats:
    prompt_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens served from the reused prompt cache
    generation_tokens: int = 0
    time_to_first_token_s: float = 0.0
    prompt_tps: float = 0.0
    generation_tps: float = 0.0
    peak_memory_bytes: int = 0
    context_length: int = 0
    experts: ExpertStats | None = None
    # True when the model was asked to think; False for thinking=False requests and for
    # models without thinking support (ModelInfo.thinking NONE), which answer directly.
    thinking: bool = False

    @property
    def context_used(self) -> int:
        return self.prompt_tokens + self.generation_tokens


# ------------------------------------------------------------------ events (streamed in order)


@dataclass(frozen=True)
class TextDelta:
    """A piece of the answer."""

    text: str


@dataclass(frozen=True)
class ReasoningDelta:
    """A piece of the model's reasoning (inside <think> ... </think>)."""

    text: str


@dataclass(frozen=True)
class Done:
    finish_reason: FinishReason
    stats: GenerationStats
    error: str | None = None  # user-facing message when finish_reason is ERROR


Event = TextDelta | ReasoningDelta | Done


class CancelToken:
    """Set from any thread; the session stops within one token."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


# ------------------------------------------------------------------ errors


class EngineError(UserError):
    """Base for errors whose message is shown to the user as it is."""


class ModelNotFound(EngineError):
    """The model path does not exist."""


class NotAModel(EngineError):
    """The folder exists but is not an MLX model (no config.json / weights / tokenizer)."""


class UnsupportedModel(EngineError):
    """An architecture, quantization or model_type Airgap cannot run."""


class CorruptModel(EngineError):
    """A weights or tokenizer file that is truncated, damaged or inconsistent."""


class ContextOverflow(EngineError):
    """The prompt does not fit in the model's context window."""

    def __init__(self, message: str, *, prompt_tokens: int, context_length: int) -> None:
        super().__init__(message)
        self.prompt_tokens = prompt_tokens
        self.context_length = context_length


class InvalidSettings(EngineError):
    """A sampling or engine setting out of range."""


class UnsafeChatTemplate(EngineError):
    """An imported model's chat template hangs, exhausts memory, fails or drops the chat."""


class GGUFError(EngineError):
    """A GGUF file that cannot be converted (damaged, unsupported architecture or type)."""


# ------------------------------------------------------------------ the protocol


class ChatSession(Protocol):
    """One conversation on one loaded model (see engine.session.Session)."""

    @property
    def model(self) -> ModelInfo: ...

    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        """Stream one assistant turn. Errors during generation end with Done(ERROR)."""
        ...

    def regenerate(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        """Stream the last turn again from the cache snapshot taken before it."""
        ...

    def reset(self) -> None:
        """Forget the prompt cache (a new conversation)."""
        ...
