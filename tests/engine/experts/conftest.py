"""A tiny 4-bit Qwen3.5-MoE checkpoint in many shards (with an index file), built once, and
the resident model's reference logits that the streamed model must reproduce."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import tiny_models
from streamkit import NUM_EXPERTS, TOP_K, run_logits


@pytest.fixture(scope="session")
def moe_4bit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """4 layers (3 Gated DeltaNet + 1 attention), 16 experts, top-6, 4-bit, ~30 shards."""
    return tiny_models.build_qwen35(
        tmp_path_factory.mktemp("stream-models") / "qwen35-moe-4bit",
        moe=True,
        quantize_bits=4,
        max_shard_bytes=20_000,
        num_experts=NUM_EXPERTS,
        num_experts_per_tok=TOP_K,
        seed=3,
    )


@pytest.fixture(scope="session")
def reference(moe_4bit: Path) -> Callable[[int], tuple[list[np.ndarray], list[int]]]:
    """Resident mlx-lm logits for a given K (computed once per K)."""
    from mlx_lm.utils import load_model

    done: dict[int, tuple[list[np.ndarray], list[int]]] = {}

    def get(k: int) -> tuple[list[np.ndarray], list[int]]:
        if k not in done:
            model, _ = load_model(moe_4bit)
            for layer in model.layers:
                layer.mlp.top_k = k
            done[k] = run_logits(model)
            del model
        return done[k]

    return get
