"""Translating a document segment by segment through any ChatSession-like object.

Exact translation-memory matches are reused without asking the model; other segments get a
request built by `prompt.build_request` with their glossary terms and the previous segments as
context. Progress is reported per streamed piece and per finished segment; a CancelToken stops
the run within one token and leaves the interrupted segment as it was. Approving a segment
adds it to the memory (and to the storage, when one is given).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from airgap.engine.api import (
    CancelToken,
    ContextOverflow,
    Done,
    EngineError,
    Event,
    FinishReason,
    GenerationRequest,
    TextDelta,
)
from airgap.text import clean_text
from airgap.translate.document import Document, Segment, Status
from airgap.translate.errors import ErrorCode, Param, TranslateError, english
from airgap.translate.glossary import Glossary
from airgap.translate.memory import TranslationMemory
from airgap.translate.placeholders import problems, strip
from airgap.translate.prompt import TranslationSettings, build_request
from airgap.translate.storage import TranslationStorage

# The names under which a segment's SEGMENT_ENGINE_ERROR keeps the engine error's code and
# each of its parameters (Segment.error_params).
ENGINE_CODE = "engine_code"
ENGINE_PARAM = "engine."

log = logging.getLogger(__name__)


class StreamingSession(Protocol):
    """The part of engine.api.ChatSession a job needs."""

    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]: ...


@dataclass(frozen=True)
class JobProgress:
    index: int  # the segment being worked on
    done: int  # segments finished so far in this run
    total: int  # segments this run handles
    partial: str  # the target so far, while it streams
    finished: bool  # the segment at `index` is finished (its status is final)


@dataclass(frozen=True)
class JobResult:
    translated: int = 0
    from_memory: int = 0
    errors: int = 0
    cancelled: bool = False


ProgressCallback = Callable[[JobProgress], None]
PENDING = (Status.NEW, Status.ERROR)
_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "'": "'"}


class TranslationJob:
    def __init__(
        self,
        document: Document,
        settings: TranslationSettings,
        session: StreamingSession,
        *,
        memory: TranslationMemory | None = None,
        glossary: Glossary | None = None,
        storage: TranslationStorage | None = None,
    ) -> None:
        self.document = document
        self.settings = settings
        self.session = session
        self.memory = memory if memory is not None else TranslationMemory()
        self.glossary = glossary if glossary is not None else Glossary()
        self.storage = storage
        document.source_lang = settings.source_lang
        document.target_lang = settings.target_lang

    @property
    def segments(self) -> list[Segment]:
        return self.document.segments

    def run(
        self,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        indices: Iterable[int] | None = None,
    ) -> JobResult:
        """Translate the pending segments (new or failed), or exactly `indices`, in order."""
        cancel = cancel or CancelToken()
        todo = (
            sorted(set(indices))
            if indices is not None
            else [i for i, s in enumerate(self.segments) if s.status in PENDING]
        )
        translated = from_memory = errors = 0
        for done, index in enumerate(todo):
            if cancel.cancelled:
                return JobResult(translated, from_memory, errors, cancelled=True)
            segment = self.segments[index]
            if indices is None and self._reuse(segment):
                from_memory += 1
            elif not self._translate(index, done, len(todo), progress, cancel):
                return JobResult(translated, from_memory, errors, cancelled=True)
            elif segment.status is Status.ERROR:
                errors += 1
            else:
                translated += 1
            if progress:
                progress(JobProgress(index, done + 1, len(todo), segment.target, finished=True))
        return JobResult(translated, from_memory, errors, cancelled=False)

    def retranslate(
        self,
        index: int,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Segment:
        """Ask the model again for one segment, even if it had a memory match or a target."""
        self.run(progress=progress, cancel=cancel, indices=[index])
        return self.segments[index]

    def edit(self, index: int, target: str) -> Segment:
        segment = self.segments[index]
        segment.target = clean_text(target)
        segment.status = Status.EDITED
        segment.error = ""
        self._check(segment)
        return segment

    def approve(self, index: int) -> Segment:
        """Mark the segment approved and add the pair to the translation memory."""
        segment = self.segments[index]
        if not segment.target.strip():
            raise TranslateError(ErrorCode.APPROVE_WITHOUT_TARGET)
        entry = self.memory.add_pair(
            segment.source,
            segment.target,
            self.settings.source_lang,
            self.settings.target_lang,
            origin=self.document.name,
        )
        if self.storage is not None:
            self.storage.add_memory_entry(entry)
        segment.status = Status.APPROVED
        return segment

    def approved_pairs(self) -> list[tuple[str, str]]:
        return [(s.source, s.target) for s in self.segments if s.status is Status.APPROVED]

    # ------------------------------------------------------------------ internals

    def _reuse(self, segment: Segment) -> bool:
        """Fill the segment from an exact memory match, or note the best fuzzy one."""
        matches = self.memory.lookup(
            segment.source, self.settings.source_lang, self.settings.target_lang, limit=1
        )
        if not matches:
            segment.tm_score, segment.tm_source = None, ""
            return False
        best = matches[0]
        segment.tm_score, segment.tm_source = best.score, best.entry.source
        if not best.exact:
            return False
        segment.target = best.entry.target
        segment.status = Status.FROM_MEMORY
        segment.error = ""
        self._check(segment)
        return True

    def _context(self, index: int) -> list[tuple[str, str]]:
        pairs: list[tuple[str, str]] = []
        for segment in reversed(self.segments[:index]):
            if len(pairs) >= self.settings.context_segments:
                break
            if segment.target.strip() and segment.status is not Status.ERROR:
                pairs.append((segment.source, segment.target))
        return pairs[::-1]

    def _translate(
        self,
        index: int,
        done: int,
        total: int,
        progress: ProgressCallback | None,
        cancel: CancelToken,
    ) -> bool:
        """Translate one segment with the model; False when cancelled (segment untouched)."""
        segment = self.segments[index]
        if not any(ch.isalpha() for ch in segment.source):
            # Numbers, symbols, separators: nothing to translate.
            segment.target, segment.status, segment.error = segment.source, Status.TRANSLATED, ""
            return True
        request = build_request(
            segment.source,
            self.settings,
            terms=self.glossary.terms_in(strip(segment.source)),
            context=self._context(index),
        )
        parts: list[str] = []
        try:
            for event in self.session.stream(request, cancel):
                if isinstance(event, TextDelta):
                    parts.append(event.text)
                    if progress:
                        progress(JobProgress(index, done, total, "".join(parts), finished=False))
                elif isinstance(event, Done):
                    return self._finish(segment, "".join(parts), event)
        except ContextOverflow as exc:
            self._fail(
                segment,
                ErrorCode.SEGMENT_TOO_LONG,
                detail=exc.message,
                prompt_tokens=exc.prompt_tokens,
                context_length=exc.context_length,
            )
            return True
        except EngineError as exc:
            self._engine_failed(segment, exc)
            return True
        except Exception as exc:  # a broken session must not lose the document
            log.exception("translation of segment %s failed", segment.id)
            self._fail(segment, ErrorCode.SEGMENT_MODEL_CRASHED, kind=type(exc).__name__)
            return True
        self._fail(segment, ErrorCode.SEGMENT_MODEL_UNFINISHED)
        return True

    def _finish(self, segment: Segment, text: str, done: Done) -> bool:
        if done.finish_reason is FinishReason.CANCELLED:
            return False
        if done.finish_reason is FinishReason.ERROR:
            failure = done.failure
            if failure is not None:
                self._engine_failed(segment, failure)
            else:
                self._fail(segment, ErrorCode.SEGMENT_MODEL_ERROR)
            return True
        target = clean_output(text, segment.source)
        if not target:
            self._fail(segment, ErrorCode.SEGMENT_EMPTY_TRANSLATION)
            return True
        segment.target = target
        segment.status = Status.TRANSLATED
        segment.error = ""
        self._check(segment)
        return True

    def _fail(self, segment: Segment, code: ErrorCode, **params: Param) -> None:
        segment.status = Status.ERROR
        segment.error = english(code, params)
        segment.error_code, segment.error_params = code, params

    def _engine_failed(self, segment: Segment, error: EngineError) -> None:
        """SEGMENT_ENGINE_ERROR with the engine's English as its detail and, beside it, the
        engine's own code and parameters (ENGINE_CODE, ENGINE_PARAM + name), so a front end
        says the engine's part in its language too (ui/translate_messages.segment_error)."""
        params: dict[str, Param] = {"detail": error.message}
        if error.code is not None:
            params[ENGINE_CODE] = error.code.value
            params.update({ENGINE_PARAM + key: value for key, value in error.params.items()})
        self._fail(segment, ErrorCode.SEGMENT_ENGINE_ERROR, **params)

    def _check(self, segment: Segment) -> None:
        """The after-translation checks: glossary terms and placeholders (both ignore the
        other's markup: terms are matched in the text without placeholders)."""
        source, target = strip(segment.source), strip(segment.target)
        segment.missing_terms = [t.source for t in self.glossary.missing(source, target)]
        segment.tag_problems = problems(segment.source, segment.target)


def clean_output(text: str, source: str) -> str:
    """The model's answer as a target: trimmed, and unwrapped from quotes the source lacks."""
    text = clean_text(text).strip()
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] == _QUOTES[text[0]]:
        src = source.strip()
        if not (src[:1] in _QUOTES and src[-1:] == _QUOTES[src[:1]]):
            text = text[1:-1].strip()
    # A one-line source gets a one-line target: what small models add after the first line
    # is commentary ("Note: ..."). Multi-line segments (subtitle cues) keep their lines.
    if "\n" not in source.strip():
        text = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return text
