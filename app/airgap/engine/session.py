"""One conversation on one loaded model: prompt, thinking, prompt-cache reuse, streamed events.

`Session.stream(request)` does its setup eagerly and raises setup errors at the call:
`InvalidSettings` (sampling out of range), `ContextOverflow` (the prompt does not fit) and
`EngineError` (the chat template refused the conversation). Once it returns, the iterator
never raises: anything that fails while generating ends the stream with
`Done.failed(error)` (FinishReason.ERROR, the error's English text and its code).

Context policy: no silent truncation. A prompt that leaves fewer than
`min(max_tokens, ANSWER_ROOM)` tokens of the context for the answer raises ContextOverflow;
otherwise max_tokens is lowered to what is left, and the answer ends with LENGTH when the
context is full.

Thinking: `enable_thinking` is always passed to the template explicitly. A model without
thinking support (ModelInfo.thinking NONE) asked to think answers normally, and its
Done.stats.thinking is False.

Multi-turn: the prompt cache is kept between turns (see prompt_cache.PromptCache). Each
turn resumes from the longest cached prefix of its prompt and takes checkpoints at the
turn's start and at the end of the part of the prompt the next turn will share, so the
next turn, a regenerate or an edit of the last user message each prefill only what changed.

Cancel during a long prompt: the session prefills the prompt itself (all but its last
token, which mlx-lm's generate step takes) in steps sized so one step takes about
PREFILL_STEP_SECONDS, checking the CancelToken between steps. A streamed MoE model's
prompt chunk is long by design (one pass over the expert bytes), so the expert streamer
gets the token too and checks it at every layer (streamer.PrefillCancelled). Either way
the steps already in are kept: a cancel between steps leaves the live cache holding exactly
the tokens fed, and one inside a step rolls every layer back to the step's start
(PromptCache.mark / rollback), so a retry, or a longer prompt with the same start,
prefills only the rest. A cache that cannot roll back is marked half-written instead, and
the next turn resumes from a checkpoint.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any

from airgap.engine.api import (
    CancelToken,
    ChatMessage,
    ContextOverflow,
    Done,
    EngineCode,
    EngineError,
    Event,
    FinishReason,
    GenerationRequest,
    GenerationStats,
    ModelInfo,
    Role,
    ThinkingSupport,
)
from airgap.engine.loader import LoadedModel
from airgap.engine.prompt_cache import PromptCache
from airgap.engine.reasoning import ReasoningSplitter, initial_state
from airgap.text import clean_text

log = logging.getLogger(__name__)

ANSWER_ROOM = 256  # tokens of context a prompt must leave for the answer (at most max_tokens)
PREFILL_STEP = 2048  # the largest prefill step (mlx-lm's default)
# Below this a step's fixed cost shows (make bench, part c, on this CPU: 32-token steps
# 1.12x the time to first token of 2048-token steps, 256-token steps 1.06x).
MIN_PREFILL_STEP = 256
FIRST_PREFILL_STEP = 256  # before the session has timed a step on this model
PREFILL_STEP_SECONDS = 0.5  # a cancel during prefill waits for about one step
_SENTINEL = "\ue000"  # stands in for the next answer when finding the shared prompt prefix

LogitsProcessor = Callable[[Any, Any], Any]
PrefillProgress = Callable[[int, int], None]


class _Cancelled(Exception):
    """Raised inside prefill when the user cancels."""


class Session:
    """A ChatSession (engine.api) on a LoadedModel. Use one per conversation, from one thread
    at a time; `CancelToken.cancel()` may be called from any thread."""

    def __init__(
        self,
        loaded: LoadedModel,
        *,
        logits_processors: Sequence[LogitsProcessor] = (),
        prefill_step: int | None = None,
        prefill_progress: PrefillProgress | None = None,
    ) -> None:
        """`prefill_step`: a fixed prompt step (None: timed, see PREFILL_STEP_SECONDS);
        `prefill_progress(done, total)` is called after each prompt step."""
        self._loaded = loaded
        self._extra_processors = list(logits_processors)
        self._fixed_step = prefill_step
        if loaded.experts is not None and prefill_step is None:
            # Streamed experts: one pass over the expert bytes per chunk, sized to the budget;
            # the streamer checks the cancel token per layer instead.
            self._fixed_step = loaded.experts.prefill_chunk
        self._prefill_rate = 0.0  # prompt tokens per second of the last timed step
        self._prefill_progress = prefill_progress
        self._cache = PromptCache(loaded.model)
        self._busy = threading.Lock()

    @property
    def model(self) -> ModelInfo:
        return self._loaded.info

    @property
    def loaded(self) -> LoadedModel:
        return self._loaded

    def reset(self) -> None:
        """Forget the prompt cache (a new conversation)."""
        if not self._busy.acquire(blocking=False):
            raise EngineError(EngineCode.RESET_WHILE_GENERATING)
        try:
            self._cache.reset()
        finally:
            self._busy.release()

    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        """Stream one assistant turn; raises setup errors now (see the module docstring)."""
        request.sampling.validate()
        thinking = request.thinking and self.model.thinking is ThinkingSupport.OPTIONAL
        messages = _chat_messages(request)
        prompt = self._render(messages, thinking, add_generation_prompt=True)
        max_tokens = self._fit_context(prompt, request.sampling.max_tokens)
        shared = self._shared_prefix(messages, thinking, prompt)
        return self._generate(
            request, prompt, shared, max_tokens, thinking, cancel or CancelToken()
        )

    def regenerate(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        """Stream the last turn again (or an edited last user turn).

        The prompt cache already rewinds to the checkpoint taken before the turn, because
        the cached answer is not a prefix of the request's prompt; so this is `stream`.
        """
        return self.stream(request, cancel)

    def count_tokens(self, request: GenerationRequest) -> int:
        """Prompt tokens the request would use (for a context gauge)."""
        thinking = request.thinking and self.model.thinking is ThinkingSupport.OPTIONAL
        return len(self._render(_chat_messages(request), thinking, add_generation_prompt=True))

    # ------------------------------------------------------------------ setup

    def _render(
        self, messages: list[dict[str, str]], thinking: bool, *, add_generation_prompt: bool
    ) -> list[int]:
        tokenizer = self._loaded.tokenizer
        try:
            tokens = tokenizer.apply_chat_template(
                messages,
                add_generation_prompt=add_generation_prompt,
                enable_thinking=thinking,
                tokenize=True,
            )
        except Exception as exc:  # jinja2 errors, raise_exception() in templates
            raise EngineError(
                EngineCode.TEMPLATE_REFUSED_CHAT, model=self.model.model_id, reason=str(exc)
            ) from exc
        if hasattr(tokens, "get"):  # some tokenizers hand back a BatchEncoding
            tokens = tokens["input_ids"]
        return [int(t) for t in tokens]

    def _fit_context(self, prompt: list[int], max_tokens: int) -> int:
        context = self.model.context_length
        room = context - len(prompt)
        needed = min(max_tokens, ANSWER_ROOM)
        if room < needed:
            raise ContextOverflow(
                EngineCode.CONTEXT_OVERFLOW,
                prompt_tokens=len(prompt),
                context_length=context,
                model=self.model.model_id,
                room=max(room, 0),
                needed=needed,
            )
        return min(max_tokens, room)

    def _shared_prefix(
        self, messages: list[dict[str, str]], thinking: bool, prompt: list[int]
    ) -> int:
        """How much of `prompt` the next turn's prompt will start with.

        The template may render this turn's answer differently once it is history (Qwen
        drops the <think> block of answers before the last user message), so the generation
        prompt is compared with a rendering of the conversation where a placeholder answer
        and a placeholder user message follow; one token is given back in case the real
        answer's first characters merge with the token before them.
        """
        try:
            after = self._render(
                [
                    *messages,
                    {"role": "assistant", "content": _SENTINEL},
                    {"role": "user", "content": _SENTINEL},
                ],
                thinking,
                add_generation_prompt=False,
            )
        except EngineError:
            return 0
        n = 0
        for a, b in zip(prompt, after, strict=False):
            if a != b:
                break
            n += 1
        return max(n - 1, 0)

    # ------------------------------------------------------------------ generation

    def _generate(
        self,
        request: GenerationRequest,
        prompt: list[int],
        shared: int,
        max_tokens: int,
        thinking: bool,
        cancel: CancelToken,
    ) -> Iterator[Event]:
        if not self._busy.acquire(blocking=False):
            yield Done.failed(
                EngineError(EngineCode.ALREADY_GENERATING),
                GenerationStats(
                    prompt_tokens=len(prompt), context_length=self.model.context_length
                ),
            )
            return
        try:
            done = yield from self._run(request, prompt, shared, max_tokens, thinking, cancel)
        finally:
            self._busy.release()
        # Released before Done: a consumer that stops reading at Done may start the next turn.
        yield done

    def _run(
        self,
        request: GenerationRequest,
        prompt: list[int],
        shared: int,
        max_tokens: int,
        thinking: bool,
        cancel: CancelToken,
    ) -> Generator[Event, None, Done]:
        """Stream the deltas of one turn; the Done event is the return value."""
        import mlx.core as mx
        from mlx_lm.generate import generation_stream, stream_generate
        from mlx_lm.sample_utils import make_logits_processors, make_sampler

        from airgap.engine.experts.streamer import PrefillCancelled

        start = time.perf_counter()
        cache = self._cache
        sampling = request.sampling
        generated = 0
        cached = 0
        first_token_at = 0.0
        generation_tps = 0.0
        finish = FinishReason.ERROR
        error: EngineError | None = None
        splitter = ReasoningSplitter(
            self._loaded.tokenizer, initial_state(self._loaded.tokenizer, prompt)
        )
        streamer = self._loaded.experts
        experts_before = streamer.snapshot() if streamer is not None else None
        if streamer is not None:
            streamer.cancel = cancel  # checked at every MoE layer of a prompt chunk
        try:
            mx.reset_peak_memory()
            if sampling.seed is not None:
                mx.random.seed(sampling.seed)
            cached = cache.resume(prompt)
            cache.checkpoint()  # the state before this turn: regenerate / edit resume here
            position = cached
            if cached < shared < len(prompt) and cache.can_checkpoint:
                self._prefill(prompt[cached:shared], cancel, generation_stream)
                position = shared
                cache.checkpoint()  # where the next turn's prompt stops matching this one
            self._prefill(prompt[position:-1], cancel, generation_stream)
            position = len(prompt) - 1

            responses = stream_generate(
                self._loaded.model,
                self._loaded.tokenizer,
                mx.array(prompt[position:]),
                max_tokens=max_tokens,
                sampler=make_sampler(
                    sampling.temperature,
                    top_p=sampling.top_p,
                    min_p=sampling.min_p,
                    top_k=sampling.top_k,
                ),
                logits_processors=make_logits_processors() + self._extra_processors,
                prompt_cache=cache.layers,
            )
            # Until the first token arrives the live cache is half-written.
            cache.tokens = prompt[:position]
            cache.live_valid = False
            try:
                for response in responses:
                    if generated == 0:
                        first_token_at = time.perf_counter()
                        cache.tokens = list(prompt)
                        cache.live_valid = True
                    generated += 1
                    cache.tokens.append(int(response.token))
                    generation_tps = float(response.generation_tps)
                    if cancel.cancelled:
                        finish = FinishReason.CANCELLED
                        break
                    yield from splitter.feed(response.text)
                    if response.finish_reason is not None:
                        finish = (
                            FinishReason.STOP
                            if response.finish_reason == "stop"
                            else FinishReason.LENGTH
                        )
                        yield from splitter.finish()
            finally:
                responses.close()
        except _Cancelled:
            finish = FinishReason.CANCELLED
        except PrefillCancelled:
            finish = FinishReason.CANCELLED
            cache.live_valid = False  # stopped inside a prompt chunk: some layers are ahead
        except Exception as exc:
            log.exception("generation failed")
            finish = FinishReason.ERROR
            error = EngineError(EngineCode.GENERATION_FAILED, reason=str(exc))
            cache.live_valid = False
        finally:
            if streamer is not None:
                streamer.cancel = None
            cache.prune()
        now = time.perf_counter()
        ttft = (first_token_at or now) - start
        prefilled = len(prompt) - cached
        stats = GenerationStats(
            prompt_tokens=len(prompt),
            cached_tokens=cached,
            generation_tokens=generated,
            time_to_first_token_s=ttft,
            prompt_tps=prefilled / ttft if ttft > 0 and generated else 0.0,
            generation_tps=generation_tps,
            peak_memory_bytes=int(mx.get_peak_memory()),
            context_length=self.model.context_length,
            thinking=thinking,
            experts=streamer.stats_since(experts_before) if streamer is not None else None,
        )
        return Done.failed(error, stats) if error is not None else Done(finish, stats)

    def _prefill(self, tokens: list[int], cancel: CancelToken, stream: Any) -> None:
        """Feed `tokens` into the live cache step by step (no sampling), checking `cancel`
        before each step and after the last; a step the streamer cancels between layers is
        rolled back, keeping the steps before it."""
        import mlx.core as mx

        from airgap.engine.experts.streamer import PrefillCancelled

        cache = self._cache
        cache.live_valid = False  # until each step is in
        done = 0
        with mx.stream(stream):
            while True:  # checks before each step and after the last one
                if cancel.cancelled:
                    cache.live_valid = True  # between steps it holds exactly cache.tokens
                    raise _Cancelled
                if done == len(tokens):
                    break
                chunk = tokens[done : done + self._step()]
                start = time.perf_counter()
                # Only the expert streamer stops inside a step; the mark holds the previous
                # recurrent states alive for the step, so resident models take none.
                mark = cache.mark() if self._loaded.experts is not None else None
                try:
                    self._loaded.model(mx.array(chunk)[None], cache=cache.layers)
                except PrefillCancelled:
                    if mark is None:
                        raise  # _run marks the live cache half-written
                    cache.rollback(mark)
                    raise _Cancelled from None
                mx.eval([c.state for c in cache.layers])
                if self._fixed_step is None:
                    self._prefill_rate = len(chunk) / max(time.perf_counter() - start, 1e-6)
                cache.tokens.extend(chunk)
                done += len(chunk)
                if self._prefill_progress is not None:
                    self._prefill_progress(done, len(tokens))
                mx.clear_cache()
        cache.live_valid = True

    def _step(self) -> int:
        """Prompt tokens for the next prefill step: fixed, or what the last step's rate
        does in PREFILL_STEP_SECONDS (the rate falls as the context grows)."""
        if self._fixed_step is not None:
            return self._fixed_step
        if self._prefill_rate <= 0:
            return FIRST_PREFILL_STEP
        step = int(self._prefill_rate * PREFILL_STEP_SECONDS) // MIN_PREFILL_STEP
        return max(MIN_PREFILL_STEP, min(PREFILL_STEP, step * MIN_PREFILL_STEP))


def _chat_messages(request: GenerationRequest) -> list[dict[str, str]]:
    """The request as template messages, every text cleaned at this boundary."""
    messages: list[dict[str, str]] = []
    system = clean_text(request.system_prompt).strip()
    if system:
        messages.append({"role": Role.SYSTEM.value, "content": system})
    for message in request.messages:
        messages.append(_message(message))
    if not request.messages:
        raise EngineError(EngineCode.NO_MESSAGE)
    return messages


def _message(message: ChatMessage) -> dict[str, str]:
    # Reasoning is kept for the store and never sent back to the model.
    return {"role": Role(message.role).value, "content": clean_text(message.content)}
