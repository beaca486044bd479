"""The tiny checkpoints load with mlx-lm's own loader and look like Qwen3.5 to it."""

from __future__ import annotations

import json
from pathlib import Path

from mlx_lm.models.cache import ArraysCache, KVCache
from mlx_lm.utils import load_model, load_tokenizer


def test_dense_model_is_hybrid_qwen35(qwen_dense: Path) -> None:
    model, config = load_model(qwen_dense)
    assert config["model_type"] == "qwen3_5"
    kinds = [type(c) for c in model.make_cache()]
    assert kinds == [ArraysCache, ArraysCache, ArraysCache, KVCache]
    tokenizer = load_tokenizer(qwen_dense)
    assert tokenizer.has_thinking
    prompt = tokenizer.apply_chat_template(
        [{"role": "user", "content": "hi"}], add_generation_prompt=True, enable_thinking=True
    )
    assert tokenizer.decode(prompt).endswith("<|im_start|>assistant\n<think>\n")


def test_quantized_model_is_sharded(qwen_quantized: Path) -> None:
    shards = sorted(qwen_quantized.glob("model-*.safetensors"))
    assert len(shards) > 1
    config = json.loads((qwen_quantized / "config.json").read_text())
    assert config["quantization"]["bits"] == 4
    model, _ = load_model(qwen_quantized)
    assert model.language_model.model.layers[0].mlp.gate_proj.bits == 4


def test_moe_model_has_switch_experts(qwen_moe: Path) -> None:
    model, _ = load_model(qwen_moe)
    mlp = model.language_model.model.layers[0].mlp
    assert mlp.num_experts == 8
    assert mlp.top_k == 2
