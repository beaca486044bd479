"""Tiny random Qwen3.5 checkpoints for tests and benchmarks, built with mlx-lm's own classes.

`build_qwen35(dest, ...)` writes a model folder exactly as mlx-lm writes one (config.json via
`mlx_lm.utils.save_config`, weights via `mlx_lm.utils.save_model`, optionally sharded and
4-bit quantized) plus a small byte-level BPE tokenizer with `<|im_start|>`, `<|im_end|>`,
`<think>`, `</think>` and a Qwen3.5-style chat template (the generation prompt ends inside
`<think>\\n` when thinking is on). `build_tokenizer(dest, thinking=False)` writes a tokenizer
without any thinking tokens, for the "model cannot think" paths.

The weights are random, so the text is gibberish; what matters is that every code path a real
Qwen3.5 takes (hybrid Gated DeltaNet + full attention every 4th layer, ArraysCache + KVCache,
MoE router + SwitchGLU + shared expert, quantized layers, shards) runs for real.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Special tokens first, so their ids are stable (0..4) across builds.
SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
THINK_TOKENS = ["<think>", "</think>"]

# Close to Qwen3.5's template: assistant turns before the last user message lose their
# reasoning; the last turns after it keep a <think> block; the generation prompt ends inside
# "<think>\n" unless enable_thinking is false.
QWEN_TEMPLATE = (
    "{%- set ns = namespace(last_query_index=messages|length - 1, found=false) %}"
    "{%- for message in messages[::-1] %}"
    "{%- if not ns.found and message.role == 'user' %}"
    "{%- set ns.last_query_index = (messages|length - 1) - loop.index0 %}"
    "{%- set ns.found = true %}"
    "{%- endif %}"
    "{%- endfor %}"
    "{%- if messages and messages[0].role == 'system' %}"
    "{{- '<|im_start|>system\\n' + messages[0].content + '<|im_end|>\\n' }}"
    "{%- endif %}"
    "{%- for message in messages %}"
    "{%- if message.role == 'user' %}"
    "{{- '<|im_start|>user\\n' + message.content + '<|im_end|>\\n' }}"
    "{%- elif message.role == 'assistant' %}"
    "{%- set content = message.content %}"
    "{%- set reasoning = '' %}"
    "{%- if '</think>' in content %}"
    "{%- set reasoning = content.split('</think>')[0].split('<think>')[-1].strip('\\n') %}"
    "{%- set content = content.split('</think>')[-1].lstrip('\\n') %}"
    "{%- endif %}"
    "{%- if loop.index0 > ns.last_query_index %}"
    "{{- '<|im_start|>assistant\\n<think>\\n' + reasoning + '\\n</think>\\n\\n' + content"
    " + '<|im_end|>\\n' }}"
    "{%- else %}"
    "{{- '<|im_start|>assistant\\n' + content + '<|im_end|>\\n' }}"
    "{%- endif %}"
    "{%- endif %}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}"
    "{{- '<|im_start|>assistant\\n' }}"
    "{%- if enable_thinking is defined and enable_thinking is false %}"
    "{{- '<think>\\n\\n</think>\\n\\n' }}"
    "{%- else %}"
    "{{- '<think>\\n' }}"
    "{%- endif %}"
    "{%- endif %}"
)

# The same chat format without any notion of thinking.
PLAIN_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)

_CORPUS = [
    "The quick brown fox jumps over the lazy dog.",
    "What is the capital of France? The capital of France is Paris.",
    "Hello! How can I help you today? I am an assistant running offline.",
    "Let me think about this step by step. First, the user asks a question.",
    "東京は日本の首都です。北京是中国的首都。서울은 한국의 수도입니다.",
    "def main():\n    print('hello world')\n    return 0\n",
    "1 + 1 = 2, 2 + 3 = 5, 10 * 10 = 100.",
] * 20


def build_tokenizer(dest: Path, *, thinking: bool = True, vocab_size: int = 384) -> None:
    """Write tokenizer.json + tokenizer_config.json (byte-level BPE, Qwen-style chat format)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    dest.mkdir(parents=True, exist_ok=True)
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_CORPUS, trainer=trainer)
    if thinking:
        # Like Qwen: added tokens that are not "special", so decoding keeps them visible.
        tok.add_tokens(THINK_TOKENS)
    tok.save(str(dest / "tokenizer.json"))

    added: dict[str, dict[str, Any]] = {}
    for text in SPECIAL_TOKENS + (THINK_TOKENS if thinking else []):
        added[str(tok.token_to_id(text))] = {
            "content": text,
            "lstrip": False,
            "normalized": False,
            "rstrip": False,
            "single_word": False,
            "special": text in SPECIAL_TOKENS,
        }
    config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "added_tokens_decoder": added,
        "bos_token": None,
        "eos_token": "<|im_end|>",
        "pad_token": "<|endoftext|>",
        "unk_token": None,
        "clean_up_tokenization_spaces": False,
        "model_max_length": 131072,
        "chat_template": QWEN_TEMPLATE if thinking else PLAIN_TEMPLATE,
    }
    (dest / "tokenizer_config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False))


def tokenizer_vocab_size(dest: Path) -> int:
    from tokenizers import Tokenizer

    return int(Tokenizer.from_file(str(dest / "tokenizer.json")).get_vocab_size())


def qwen35_text_config(
    *,
    vocab_size: int,
    hidden_size: int = 64,
    num_hidden_layers: int = 4,
    context_length: int = 2048,
    moe: bool = False,
    num_experts: int = 8,
    num_experts_per_tok: int = 2,
) -> dict[str, Any]:
    """A Qwen3.5 `text_config`: three Gated DeltaNet layers per full-attention layer."""
    heads = max(2, hidden_size // 16)
    config: dict[str, Any] = {
        "model_type": "qwen3_5_moe_text" if moe else "qwen3_5_text",
        "hidden_size": hidden_size,
        "intermediate_size": hidden_size * 2,
        "num_hidden_layers": num_hidden_layers,
        "num_attention_heads": heads,
        "num_key_value_heads": max(1, heads // 2),
        "head_dim": 16,
        "rms_norm_eps": 1e-6,
        "vocab_size": vocab_size,
        "max_position_embeddings": context_length,
        "linear_num_value_heads": heads,
        "linear_num_key_heads": max(1, heads // 2),
        "linear_key_head_dim": 16,
        "linear_value_head_dim": 16,
        "linear_conv_kernel_dim": 4,
        "full_attention_interval": 4,
        "tie_word_embeddings": False,
        "attention_bias": False,
        "rope_parameters": {
            "type": "default",
            "mrope_section": [11, 11, 10],
            "rope_theta": 100000,
            "partial_rotary_factor": 0.25,
        },
    }
    if moe:
        config.update(
            num_experts=num_experts,
            num_experts_per_tok=num_experts_per_tok,
            decoder_sparse_step=1,
            moe_intermediate_size=max(32, hidden_size // 2),
            shared_expert_intermediate_size=hidden_size,
            norm_topk_prob=True,
        )
    return config


@contextlib.contextmanager
def _max_shard_bytes(limit: int | None) -> Iterator[None]:
    """Make mlx_lm.utils.save_model cut shards at `limit` bytes (it only knows whole GB)."""
    import mlx_lm.utils as mlx_utils

    if limit is None:
        yield
        return
    original = mlx_utils.make_shards

    def small_shards(weights: dict[str, Any], max_file_size_gb: int = 5) -> list[dict[str, Any]]:
        shards: list[dict[str, Any]] = []
        size = 0
        for key, value in weights.items():
            if not shards or size + value.nbytes > limit:
                shards.append({})
                size = 0
            shards[-1][key] = value
            size += value.nbytes
        return shards

    mlx_utils.make_shards = small_shards
    try:
        yield
    finally:
        mlx_utils.make_shards = original


def build_qwen35(
    dest: Path,
    *,
    moe: bool = False,
    hidden_size: int = 64,
    num_hidden_layers: int = 4,
    context_length: int = 2048,
    quantize_bits: int | None = None,
    max_shard_bytes: int | None = None,
    thinking: bool = True,
    seed: int = 0,
    dtype: str = "float32",
    logit_scale: float = 8.0,
    num_experts: int = 8,
    num_experts_per_tok: int = 2,
) -> Path:
    """Build a random Qwen3.5 (dense or MoE) model folder at `dest` and return `dest`.

    `logit_scale` multiplies the output head so greedy decoding has clear winners (random
    heads give near-uniform logits, where float rounding could flip an argmax).
    """
    import mlx.core as mx
    from mlx_lm.models import qwen3_5, qwen3_5_moe
    from mlx_lm.utils import quantize_model, save_config, save_model

    dest = Path(dest)
    build_tokenizer(dest, thinking=thinking)
    vocab_size = tokenizer_vocab_size(dest)

    text_config = qwen35_text_config(
        vocab_size=vocab_size,
        hidden_size=hidden_size,
        num_hidden_layers=num_hidden_layers,
        context_length=context_length,
        moe=moe,
        num_experts=num_experts,
        num_experts_per_tok=num_experts_per_tok,
    )
    model_type = "qwen3_5_moe" if moe else "qwen3_5"
    config: dict[str, Any] = {
        "model_type": model_type,
        "architectures": [
            "Qwen3_5MoeForConditionalGeneration" if moe else "Qwen3_5ForConditionalGeneration"
        ],
        "text_config": text_config,
        "tie_word_embeddings": False,
        "eos_token_id": 2,  # <|im_end|>
    }

    mx.random.seed(seed)
    module = qwen3_5_moe if moe else qwen3_5
    model = module.Model(module.ModelArgs.from_dict(config))
    lm_head = model.language_model.lm_head
    lm_head.weight = lm_head.weight * logit_scale
    if dtype != "float32":
        target = getattr(mx, dtype)
        predicate = model.cast_predicate
        flat = dict(
            (k, v.astype(target) if predicate(k) else v) for k, v in _flatten(model.parameters())
        )
        model.load_weights(list(flat.items()))
    mx.eval(model.parameters())

    if quantize_bits is not None:
        model, config = quantize_model(model, config, group_size=32, bits=quantize_bits)
    with _max_shard_bytes(max_shard_bytes):
        save_model(dest, model)
    save_config(config, dest / "config.json")
    return dest


def _flatten(params: Any) -> list[tuple[str, Any]]:
    from mlx.utils import tree_flatten

    return list(tree_flatten(params))


if __name__ == "__main__":  # pragma: no cover - manual use: python tests/tiny_models.py DIR
    import sys

    out = build_qwen35(Path(sys.argv[1]), moe="--moe" in sys.argv)
    print(out)
