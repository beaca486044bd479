"""Shared constants and helpers for the expert-streaming tests (a unique module name, so
it never clashes with another folder's conftest on sys.path)."""

from __future__ import annotations

import mlx.core as mx
import numpy as np

NUM_EXPERTS = 16
TOP_K = 6
PROMPT_TOKENS = 64
DECODE_STEPS = 32


def prompt_tokens(vocab: int = 300, n: int = PROMPT_TOKENS, seed: int = 0) -> mx.array:
    return mx.array(np.random.RandomState(seed).randint(0, vocab, (1, n)))


def run_logits(
    model: object, tokens: list[int] | None = None
) -> tuple[list[np.ndarray], list[int]]:
    """Prefill the prompt, then decode DECODE_STEPS tokens (greedy, or the given `tokens`).

    Returns the logits of every step (prefill: all positions) and the tokens fed.
    """
    cache = model.make_cache()  # type: ignore[attr-defined]
    out = model(prompt_tokens(), cache=cache)  # type: ignore[operator]
    logits = [np.array(out[0])]
    fed: list[int] = []
    for step in range(DECODE_STEPS):
        nxt = tokens[step] if tokens is not None else int(out[0, -1].argmax())
        fed.append(nxt)
        out = model(mx.array([[nxt]]), cache=cache)  # type: ignore[operator]
        logits.append(np.array(out[0]))
    return logits, fed
