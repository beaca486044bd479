"""Batched prefill planning: which experts to read together, and how many tokens per chunk.

A prompt chunk of T tokens routes T*K (token, expert) pairs per layer; their union is read
once. When the union does not fit the slot pool, it is split into groups that do, experts
already in the pool first (so they are used before anything evicts them).
"""

from __future__ import annotations

import numpy as np

# Bytes of activations per prompt token per (hidden unit x experts) are small next to the
# experts; this upper bound (float32, a few live copies) sizes the chunk from the budget.
_ACTIVATION_COPIES = 32


def plan_groups(unique: np.ndarray, cached: np.ndarray, capacity: int) -> list[np.ndarray]:
    """Split the distinct experts `unique` into groups of at most `capacity`, cached first."""
    ordered = np.concatenate([unique[cached], unique[~cached]])
    return [ordered[i : i + capacity] for i in range(0, len(ordered), capacity)]


def activation_bytes_per_token(hidden: int, moe_inter: int, top_k: int) -> int:
    return 4 * (hidden * (4 * top_k + _ACTIVATION_COPIES) + 3 * moe_inter * top_k)


def choose_chunk(spare_bytes: int, per_token: int, lo: int = 128, hi: int = 4096) -> int:
    """Prompt tokens per prefill chunk: as many as `spare_bytes` of working memory allows.

    Bigger chunks mean fewer passes over the expert bytes (one pass per chunk).
    """
    chunk = spare_bytes // max(1, per_token)
    return int(max(lo, min(hi, chunk)))
