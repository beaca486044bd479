"""Engine benchmarks (`make bench`): figures printed as ratios against a baseline run in the
same process, never asserted.

(a) Engine overhead: Airgap's Session streaming vs calling mlx_lm.stream_generate directly on
    the same model, prompt, sampler and logits processors, interleaved repetitions.
    Figure: generation tok/s ratio session / direct (target >= 0.97).
(b) Multi-turn: time to first token of turn 5 of a conversation with >= 1,000 tokens of
    history, with the session's prompt-cache reuse vs a fresh session (target <= 0.3).
(c) Prefill step: time to first token of a ~2,048-token prompt with fixed prefill steps of
    512 and 256 and with the session's timed steps (about PREFILL_STEP_SECONDS each, so Stop
    acts within one), each against fixed 2,048-token steps; SmolLM2 and a tiny Qwen3.5.
    Figure: TTFT ratio step/2048 (smaller steps should cost <= ~3%).

Model: --model PATH, else the embedded default model (SmolLM2) when airgap.engine.
default_model is available, else a random Qwen3.5 (hidden 512) built with mlx-lm.
A Qwen3.5 model is also run for (b) with thinking on, for the hybrid-cache checkpoint path.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))
sys.path.append(str(ROOT / "tests"))  # after app/: tests/airgap.py is Briefcase's entry

from airgap import offline  # noqa: E402

offline.enable()  # before mlx_lm / transformers are imported

import mlx.core as mx  # noqa: E402
from airgap.engine import loader  # noqa: E402
from airgap.engine.api import (  # noqa: E402
    ChatMessage,
    Done,
    GenerationRequest,
    Role,
    SamplingSettings,
    TextDelta,
)
from airgap.engine.session import Session  # noqa: E402
from mlx_lm.generate import stream_generate  # noqa: E402
from mlx_lm.sample_utils import make_sampler  # noqa: E402

USER_TEXT = (
    "Here is some background for my question. I am planning a trip through several cities "
    "and I would like to understand the history, the food, the transport, and the best "
    "season to visit each one. Please keep track of everything I tell you, because I will "
    "ask follow-up questions later that depend on earlier details. "
)


def ban_tokens(ids: set[int]) -> Callable[[Any, mx.array], mx.array]:
    """A logits processor that keeps the answer going (both sides use the same one)."""
    banned = mx.array(sorted(ids))

    def process(tokens: Any, logits: mx.array) -> mx.array:
        return logits.at[:, banned].add(-1e9)

    return process


def pick_models(args: argparse.Namespace, workdir: Path) -> tuple[Path, Path]:
    """(model for the overhead test, a Qwen3.5 model for the thinking multi-turn test)."""
    import tiny_models

    qwen = tiny_models.build_qwen35(
        workdir / "qwen35-h512", hidden_size=512, num_hidden_layers=4, context_length=32768
    )
    if args.model:
        return Path(args.model), qwen
    try:
        from airgap.engine.default_model import ensure_default_model

        return Path(ensure_default_model()), qwen
    except Exception as exc:  # not there yet, or the conversion failed
        print(f"(default model unavailable: {exc}; using a random Qwen3.5)")
        return qwen, qwen


# ------------------------------------------------------------------ (a) overhead


def bench_overhead(path: Path, tokens: int, reps: int) -> float:
    loaded = loader.load(path)
    tokenizer = loaded.tokenizer
    processors = [ban_tokens(set(tokenizer.eos_token_ids))]
    sampling = SamplingSettings(temperature=0.0, max_tokens=tokens)
    request = GenerationRequest(
        messages=[ChatMessage(Role.USER, "Write a long story about a lighthouse keeper.")],
        sampling=sampling,
    )
    prompt = tokenizer.apply_chat_template(
        [{"role": "user", "content": request.messages[0].content}],
        add_generation_prompt=True,
        enable_thinking=False,
    )

    def direct() -> tuple[float, float, int]:
        start = time.perf_counter()
        last = None
        for response in stream_generate(
            loaded.model,
            tokenizer,
            mx.array(prompt),
            max_tokens=tokens,
            sampler=make_sampler(0.0),
            logits_processors=processors,
        ):
            last = response
        assert last is not None
        return last.generation_tps, time.perf_counter() - start, last.generation_tokens

    def session() -> tuple[float, float, int]:
        start = time.perf_counter()
        done = None
        for event in Session(loaded, logits_processors=processors).stream(request):
            if isinstance(event, Done):
                done = event
        assert done is not None and done.error is None, done
        return done.stats.generation_tps, time.perf_counter() - start, done.stats.generation_tokens

    direct()  # warm-up (compilation, caches)
    session()
    direct_tps: list[float] = []
    session_tps: list[float] = []
    direct_wall: list[float] = []
    session_wall: list[float] = []
    for rep in range(reps):
        order = (direct, session) if rep % 2 == 0 else (session, direct)
        for fn in order:
            tps, wall, n = fn()
            (direct_tps if fn is direct else session_tps).append(tps)
            (direct_wall if fn is direct else session_wall).append(wall)
    d, s = statistics.median(direct_tps), statistics.median(session_tps)
    ratio = s / d
    best = max(session_tps) / max(direct_tps)  # best-of is less sensitive to a busy machine
    print(f"\n(a) engine overhead on {loaded.info.model_id} ({loaded.info.model_type})")
    print(f"    {n} generated tokens, greedy, {reps} interleaved repetitions")
    print(f"    mlx_lm.stream_generate : {d:8.1f} tok/s   (runs: {_fmt(direct_tps)})")
    print(f"    airgap Session.stream  : {s:8.1f} tok/s   (runs: {_fmt(session_tps)})")
    print(
        f"    wall per run (incl. prefill): direct {statistics.median(direct_wall):.3f} s, "
        f"session {statistics.median(session_wall):.3f} s"
    )
    print(
        f"    RATIO session/direct generation tok/s = {ratio:.3f} median, {best:.3f} best-of"
        "   (target >= 0.97)"
    )
    return ratio


# ------------------------------------------------------------------ (b) multi-turn


def bench_multiturn(path: Path, *, thinking: bool, answer_tokens: int, reps: int) -> float:
    loaded = loader.load(path)
    sampling = SamplingSettings(temperature=0.0, max_tokens=answer_tokens)
    # Each user message >= 250 tokens, so turn 5 has >= 1,000 tokens of history.
    words = (USER_TEXT * 8).split()
    count = 40
    while len(loaded.tokenizer.encode(" ".join(words[:count]))) < 250:
        count += 10
    users = [f"Turn {i}. " + " ".join(words[:count]) for i in range(1, 5)]
    question = "Turn 5. Summarise what I asked in the first turn."

    def conversation() -> tuple[Session, list[ChatMessage]]:
        session = Session(loaded)
        history: list[ChatMessage] = []
        for text in users:
            history.append(ChatMessage(Role.USER, text))
            answer, reasoning = "", ""
            for event in session.stream(GenerationRequest(history, "", thinking, sampling)):
                if isinstance(event, Done):
                    break
                if isinstance(event, TextDelta):
                    answer += event.text
                else:
                    reasoning += event.text
            history.append(ChatMessage(Role.ASSISTANT, answer, reasoning=reasoning))
        history.append(ChatMessage(Role.USER, question))
        return session, history

    def turn5(session: Session, history: list[ChatMessage]) -> Done:
        request = GenerationRequest(history, "", thinking, sampling.with_(max_tokens=1))
        done = next(e for e in session.stream(request) if isinstance(e, Done))
        assert done.error is None, done
        return done

    cached_ttft: list[float] = []
    fresh_ttft: list[float] = []
    done_cached = done_fresh = None
    for rep in range(reps + 1):  # the first round warms up
        session, history = conversation()
        if rep % 2 == 0:
            done_cached = turn5(session, history)
            done_fresh = turn5(Session(loaded), history)
        else:
            done_fresh = turn5(Session(loaded), history)
            done_cached = turn5(session, history)
        if rep:
            cached_ttft.append(done_cached.stats.time_to_first_token_s)
            fresh_ttft.append(done_fresh.stats.time_to_first_token_s)
    assert done_cached is not None and done_fresh is not None
    c, f = statistics.median(cached_ttft), statistics.median(fresh_ttft)
    ratio = c / f
    mode = "thinking on" if thinking else "thinking off"
    print(f"\n(b) multi-turn on {loaded.info.model_id} ({loaded.info.model_type}, {mode})")
    alone = Session(loaded).count_tokens(
        GenerationRequest([ChatMessage(Role.USER, question)], "", thinking, sampling)
    )
    print(
        f"    turn 5 prompt: {done_fresh.stats.prompt_tokens} tokens, of which "
        f"{done_fresh.stats.prompt_tokens - alone} are history; "
        f"served from the cache: {done_cached.stats.cached_tokens}"
    )
    print(f"    TTFT without cache reuse : {f * 1000:8.1f} ms   (runs: {_fmt(fresh_ttft, 1000)})")
    print(f"    TTFT with cache reuse    : {c * 1000:8.1f} ms   (runs: {_fmt(cached_ttft, 1000)})")
    print(f"    RATIO cached/uncached TTFT = {ratio:.3f}   (target <= 0.3)")
    return ratio


# ------------------------------------------------------------------ (c) prefill step


def bench_prefill_step(path: Path, prompt_tokens: int, reps: int) -> dict[str, float]:
    from airgap.engine.session import PREFILL_STEP_SECONDS

    loaded = loader.load(path)
    words = (USER_TEXT * 200).split()
    count = 200
    while True:
        request = GenerationRequest(
            [ChatMessage(Role.USER, " ".join(words[:count]))],
            sampling=SamplingSettings(temperature=0.0, max_tokens=1),
        )
        n = Session(loaded).count_tokens(request)
        if n >= prompt_tokens or count >= len(words):
            break
        count += 100
    steps: list[tuple[int, float]] = []

    def run(step: int | None) -> float:
        last = [time.perf_counter(), 0.0]  # when the last step ended, its `done`

        def progress(done: int, total: int) -> None:
            now = time.perf_counter()
            if step is None:  # `done` restarts at each prefill call of the turn
                steps.append((done - int(last[1]) if done > last[1] else done, now - last[0]))
            last[0], last[1] = now, done

        session = Session(loaded, prefill_step=step, prefill_progress=progress)
        done = next(e for e in session.stream(request) if isinstance(e, Done))
        assert done.error is None, done
        return done.stats.time_to_first_token_s

    variants: dict[str, int | None] = {"2048": 2048, "512": 512, "256": 256, "timed": None}
    run(None)  # warm-up
    times: dict[str, list[float]] = {name: [] for name in variants}
    for rep in range(reps):
        names = list(variants) if rep % 2 == 0 else list(reversed(variants))
        for name in names:
            if name == "timed":
                steps.clear()
            times[name].append(run(variants[name]))
    base = statistics.median(times["2048"])
    print(f"\n(c) prefill step on {loaded.info.model_id} ({loaded.info.model_type})", flush=True)
    print(f"    prompt {n} tokens, {reps} interleaved repetitions, TTFT per variant")
    ratios: dict[str, float] = {}
    for name, values in times.items():
        t = statistics.median(values)
        ratios[name] = t / base
        print(
            f"    step {name:>5}: {t * 1000:8.1f} ms  {t / n * 1e6:7.1f} us/token  "
            f"RATIO vs 2048 = {t / base:.3f}   (runs: {_fmt(values, 1000)})"
        )
    longest = max((s for _, s in steps), default=0.0)
    sizes = [size for size, _ in steps]
    print(
        f"    timed steps (last run): {len(steps)} steps {sizes}, longest {longest:.3f} s "
        f"(target {PREFILL_STEP_SECONDS} s: a Stop waits at most about one step)"
    )
    return ratios


def _fmt(values: list[float], scale: float = 1.0) -> str:
    return ", ".join(f"{v * scale:.1f}" for v in values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="model folder for (a) and (b) (default: SmolLM2)")
    parser.add_argument("--tokens", type=int, default=96, help="generated tokens for (a)")
    parser.add_argument("--reps", type=int, default=7, help="repetitions")
    parser.add_argument("--quick", action="store_true", help="fewer tokens and repetitions")
    parser.add_argument(
        "--parts",
        default=None,
        help="comma-separated: overhead, multiturn, qwen (the Qwen3.5 thinking multi-turn "
        "run), prefill (the prefill-step cost, on both models), prefill-qwen (Qwen3.5 only; "
        "the default on CPU, where SmolLM2 prefills at ~0.1 s a token)",
    )
    parser.add_argument("--prefill-tokens", type=int, default=2048, help="prompt tokens for (c)")
    args = parser.parse_args()
    if args.quick:
        args.tokens, args.reps = 48, 4
    print(f"mlx {mx.__version__}, device {mx.default_device()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="airgap-bench-") as tmp:
        main_model, qwen = pick_models(args, Path(tmp))
        if args.parts is None:
            gpu = mx.default_device().type == mx.DeviceType.gpu
            args.parts = "overhead,multiturn,qwen," + ("prefill" if gpu else "prefill-qwen")
        parts = {p.strip() for p in args.parts.split(",")}
        turns = max(2, args.reps // 2)
        if "overhead" in parts:
            bench_overhead(main_model, args.tokens, args.reps)
        if "multiturn" in parts:
            bench_multiturn(main_model, thinking=False, answer_tokens=24, reps=turns)
        if "qwen" in parts:
            bench_multiturn(qwen, thinking=True, answer_tokens=24, reps=turns)
        if parts & {"prefill", "prefill-qwen"}:
            models = [main_model, qwen] if "prefill" in parts else [qwen]
            for model in dict.fromkeys(models):
                bench_prefill_step(model, args.prefill_tokens, max(2, turns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
