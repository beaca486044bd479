"""Small GGUF files for the converter's tests, written with plain `struct` (GGUF v3).

`write_gguf` writes any metadata and tensors; `quantize_*` pack float32 matrices the way
ggml's Q4_0, Q4_1 and Q8_0 do (and `dequantize` reads them back); `tiny_llama_gguf`
exports a random mlx-lm llama model with a small byte-level BPE vocabulary and a ChatML
template, permuting q/k the way llama.cpp's converter does.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

F32, F16, Q4_0, Q4_1, Q8_0, Q4_K, Q6_K = 0, 1, 2, 3, 8, 12, 14
_STRING, _ARRAY, _UINT32, _INT32, _FLOAT32, _BOOL, _UINT64 = 8, 9, 4, 5, 6, 7, 10

CHATML = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + "
    "message['content'] + '<|im_end|>' + '\n'}}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


class Typed:
    """A metadata value with an explicit GGUF type (e.g. UINT64 or a typed array)."""

    def __init__(self, vtype: int, value: Any, item_type: int | None = None) -> None:
        self.vtype, self.value, self.item_type = vtype, value, item_type


def _string(s: str) -> bytes:
    raw = s.encode("utf-8")
    return struct.pack("<Q", len(raw)) + raw


def _scalar(vtype: int, value: Any) -> bytes:
    fmt = {_UINT32: "<I", _INT32: "<i", _FLOAT32: "<f", _BOOL: "<?", _UINT64: "<Q"}[vtype]
    return struct.pack(fmt, value)


def _value(value: Any) -> bytes:
    """Type tag + payload, inferring the GGUF type from the Python value."""
    if isinstance(value, Typed):
        if value.vtype == _ARRAY:
            assert value.item_type is not None
            items = b"".join(
                _string(v) if value.item_type == _STRING else _scalar(value.item_type, v)
                for v in value.value
            )
            head = struct.pack("<IIQ", _ARRAY, value.item_type, len(value.value))
            return head + items
        return struct.pack("<I", value.vtype) + _scalar(value.vtype, value.value)
    if isinstance(value, bool):
        return struct.pack("<I", _BOOL) + _scalar(_BOOL, value)
    if isinstance(value, int):
        return struct.pack("<I", _UINT32) + _scalar(_UINT32, value)
    if isinstance(value, float):
        return struct.pack("<I", _FLOAT32) + _scalar(_FLOAT32, value)
    if isinstance(value, str):
        return struct.pack("<I", _STRING) + _string(value)
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return _value(Typed(_ARRAY, value, _STRING))
        if all(isinstance(v, float) for v in value):
            return _value(Typed(_ARRAY, value, _FLOAT32))
        return _value(Typed(_ARRAY, value, _INT32))
    raise TypeError(f"no GGUF type for {value!r}")


def write_gguf(
    path: Path,
    metadata: dict[str, Any],
    tensors: Sequence[tuple[str, int, tuple[int, ...], bytes]],
    *,
    alignment: int = 32,
) -> Path:
    """Write a GGUF v3 file. `tensors`: (name, ggml type, shape outermost-first, raw data)."""
    head = bytearray(b"GGUF")
    head += struct.pack("<IQQ", 3, len(tensors), len(metadata))
    for key, value in metadata.items():
        head += _string(key) + _value(value)
    offset = 0
    blobs = []
    for name, type_id, shape, data in tensors:
        head += _string(name) + struct.pack("<I", len(shape))
        head += b"".join(struct.pack("<Q", d) for d in reversed(shape))
        head += struct.pack("<IQ", type_id, offset)
        padded = data + b"\0" * (-len(data) % alignment)
        blobs.append(padded)
        offset += len(padded)
    head += b"\0" * (-len(head) % alignment)
    path.write_bytes(bytes(head) + b"".join(blobs))
    return path


# ---------------------------------------------------------------- ggml block formats


def _blocks(w: np.ndarray) -> np.ndarray:
    assert w.ndim == 2 and w.shape[1] % 32 == 0
    return w.astype(np.float32).reshape(-1, 32)


def _pack_nibbles(q: np.ndarray) -> np.ndarray:
    """ggml order: byte j holds element j (low nibble) and element j + 16 (high nibble)."""
    q = q.astype(np.uint8)
    return q[:, :16] | (q[:, 16:] << 4)


def quantize_q8_0(w: np.ndarray) -> bytes:
    b = _blocks(w)
    d = np.abs(b).max(axis=1) / 127.0
    inv = np.where(d > 0, 1.0 / np.where(d > 0, d, 1.0), 0.0)
    q = np.clip(np.round(b * inv[:, None]), -127, 127).astype(np.int8)
    out = np.zeros(len(b), dtype=[("d", "<f2"), ("q", "i1", 32)])
    out["d"], out["q"] = d.astype(np.float16), q
    return out.tobytes()


def quantize_q4_0(w: np.ndarray) -> bytes:
    b = _blocks(w)
    idx = np.abs(b).argmax(axis=1)
    signed_max = b[np.arange(len(b)), idx]
    d = signed_max / -8.0
    inv = np.where(d != 0, 1.0 / np.where(d != 0, d, 1.0), 0.0)
    q = np.clip(np.floor(b * inv[:, None] + 8.5), 0, 15)
    out = np.zeros(len(b), dtype=[("d", "<f2"), ("q", "u1", 16)])
    out["d"], out["q"] = d.astype(np.float16), _pack_nibbles(q)
    return out.tobytes()


def quantize_q4_1(w: np.ndarray) -> bytes:
    b = _blocks(w)
    lo, hi = b.min(axis=1), b.max(axis=1)
    d = (hi - lo) / 15.0
    inv = np.where(d > 0, 1.0 / np.where(d > 0, d, 1.0), 0.0)
    q = np.clip(np.floor((b - lo[:, None]) * inv[:, None] + 0.5), 0, 15)
    out = np.zeros(len(b), dtype=[("d", "<f2"), ("m", "<f2"), ("q", "u1", 16)])
    out["d"], out["m"], out["q"] = d.astype(np.float16), lo.astype(np.float16), _pack_nibbles(q)
    return out.tobytes()


def dequantize(type_id: int, data: bytes, shape: tuple[int, int]) -> np.ndarray:
    """What a reader should get back from ggml block data (float32, `shape`)."""
    if type_id == Q8_0:
        blocks = np.frombuffer(data, dtype=[("d", "<f2"), ("q", "i1", 32)])
        w = blocks["d"].astype(np.float32)[:, None] * blocks["q"].astype(np.float32)
    else:
        fields = [("d", "<f2"), ("m", "<f2"), ("q", "u1", 16)]
        if type_id == Q4_0:
            fields = [("d", "<f2"), ("q", "u1", 16)]
        blocks = np.frombuffer(data, dtype=fields)
        q = np.concatenate([blocks["q"] & 0x0F, blocks["q"] >> 4], axis=1).astype(np.float32)
        d = blocks["d"].astype(np.float32)[:, None]
        w = d * (q - 8) if type_id == Q4_0 else d * q + blocks["m"].astype(np.float32)[:, None]
    return w.reshape(shape)


ENCODERS: dict[int, Callable[[np.ndarray], bytes]] = {
    F32: lambda w: w.astype("<f4").tobytes(),
    F16: lambda w: w.astype("<f2").tobytes(),
    Q8_0: quantize_q8_0,
    Q4_0: quantize_q4_0,
    Q4_1: quantize_q4_1,
}


def roundtrip(type_id: int, w: np.ndarray) -> np.ndarray:
    """`w` as it reads back after being stored as `type_id`."""
    if type_id == F32:
        return w.astype(np.float32)
    if type_id == F16:
        return w.astype(np.float16).astype(np.float32)
    return dequantize(type_id, ENCODERS[type_id](w), w.shape)


# ---------------------------------------------------------------- a tiny llama


def byte_level_alphabet() -> list[str]:
    """GPT-2's printable stand-ins for the 256 byte values, in byte order."""
    keep = [*range(ord("!"), ord("~") + 1), *range(0xA1, 0xAD), *range(0xAE, 0x100)]
    mapping, extra = {}, 0
    for b in range(256):
        if b in keep:
            mapping[b] = chr(b)
        else:
            mapping[b] = chr(256 + extra)
            extra += 1
    return [mapping[b] for b in range(256)]


SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
MERGES = [("h", "e"), ("l", "l"), ("he", "ll"), ("Ġ", "w"), ("o", "r"), ("Ġw", "or")]


def tiny_vocab() -> tuple[list[str], list[int], list[str]]:
    """(tokens, token types, merges): 3 control tokens, 256 bytes, 6 merged pieces."""
    tokens = SPECIALS + byte_level_alphabet() + ["".join(m) for m in MERGES]
    types = [3] * len(SPECIALS) + [1] * (len(tokens) - len(SPECIALS))
    return tokens, types, [f"{a} {b}" for a, b in MERGES]


def tiny_metadata(**overrides: Any) -> dict[str, Any]:
    tokens, types, merges = tiny_vocab()
    meta: dict[str, Any] = {
        "general.architecture": "llama",
        "general.name": "tiny",
        "llama.context_length": 256,
        "llama.embedding_length": 64,
        "llama.block_count": 2,
        "llama.feed_forward_length": 128,
        "llama.attention.head_count": 4,
        "llama.attention.head_count_kv": 2,
        "llama.rope.freq_base": 10000.0,
        "llama.attention.layer_norm_rms_epsilon": 1e-5,
        "tokenizer.ggml.model": "gpt2",
        "tokenizer.ggml.pre": "smollm",
        "tokenizer.ggml.tokens": tokens,
        "tokenizer.ggml.token_type": Typed(_ARRAY, types, _INT32),
        "tokenizer.ggml.merges": merges,
        "tokenizer.ggml.bos_token_id": 1,
        "tokenizer.ggml.eos_token_id": 2,
        "tokenizer.ggml.add_bos_token": False,
        "tokenizer.chat_template": CHATML,
    }
    meta.update(overrides)
    return meta


HF_TO_GGUF = {
    "self_attn.q_proj": "attn_q",
    "self_attn.k_proj": "attn_k",
    "self_attn.v_proj": "attn_v",
    "self_attn.o_proj": "attn_output",
    "mlp.gate_proj": "ffn_gate",
    "mlp.up_proj": "ffn_up",
    "mlp.down_proj": "ffn_down",
    "input_layernorm": "attn_norm",
    "post_attention_layernorm": "ffn_norm",
}


def gguf_name(hf: str) -> str:
    if hf == "model.embed_tokens.weight":
        return "token_embd.weight"
    if hf == "model.norm.weight":
        return "output_norm.weight"
    if hf == "lm_head.weight":
        return "output.weight"
    _, _, index, rest = hf.split(".", 3)
    module = rest.rsplit(".", 1)[0]
    return f"blk.{index}.{HF_TO_GGUF[module]}.weight"


def permute_qk(w: np.ndarray, heads: int) -> np.ndarray:
    """llama.cpp's q/k permutation: half-split rotary layout -> interleaved pairs."""
    return (
        w.reshape(heads, 2, w.shape[0] // heads // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)
    )


def unpermute_qk(w: np.ndarray, heads: int) -> np.ndarray:
    return (
        w.reshape(heads, w.shape[0] // heads // 2, 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)
    )


def random_llama_weights(
    seed: int = 0, *, tied: bool = True, meta: dict[str, Any] | None = None
) -> dict[str, np.ndarray]:
    """HF-layout float32 weights for the model `tiny_metadata()` describes."""
    meta = meta or tiny_metadata()
    rng = np.random.default_rng(seed)
    hidden, ff = meta["llama.embedding_length"], meta["llama.feed_forward_length"]
    heads, kv = meta["llama.attention.head_count"], meta["llama.attention.head_count_kv"]
    head_dim = hidden // heads
    vocab = len(meta["tokenizer.ggml.tokens"])

    def mat(rows: int, cols: int) -> np.ndarray:
        return (rng.standard_normal((rows, cols)) * 0.08).astype(np.float32)

    w: dict[str, np.ndarray] = {"model.embed_tokens.weight": mat(vocab, hidden)}
    for i in range(meta["llama.block_count"]):
        p = f"model.layers.{i}."
        w[p + "self_attn.q_proj.weight"] = mat(heads * head_dim, hidden)
        w[p + "self_attn.k_proj.weight"] = mat(kv * head_dim, hidden)
        w[p + "self_attn.v_proj.weight"] = mat(kv * head_dim, hidden)
        w[p + "self_attn.o_proj.weight"] = mat(hidden, heads * head_dim)
        w[p + "mlp.gate_proj.weight"] = mat(ff, hidden)
        w[p + "mlp.up_proj.weight"] = mat(ff, hidden)
        w[p + "mlp.down_proj.weight"] = mat(hidden, ff)
        w[p + "input_layernorm.weight"] = (1 + 0.1 * rng.standard_normal(hidden)).astype(np.float32)
        w[p + "post_attention_layernorm.weight"] = (1 + 0.1 * rng.standard_normal(hidden)).astype(
            np.float32
        )
    w["model.norm.weight"] = np.ones(hidden, dtype=np.float32)
    if not tied:
        w["lm_head.weight"] = mat(vocab, hidden)
    return w


def tiny_llama_gguf(
    path: Path,
    weights: dict[str, np.ndarray],
    matrix_type: int = F32,
    meta: dict[str, Any] | None = None,
) -> dict[str, np.ndarray]:
    """Write `weights` (HF layout) as a llama GGUF with matrices in `matrix_type`.

    Returns the HF-layout weights as they will read back (quantization error included),
    which is what the converted model must compute with.
    """
    meta = meta or tiny_metadata()
    heads, kv = meta["llama.attention.head_count"], meta["llama.attention.head_count_kv"]
    tensors, expected = [], {}
    for hf, w in weights.items():
        kind = matrix_type if w.ndim == 2 else F32
        stored = w
        if hf.endswith("q_proj.weight"):
            stored = permute_qk(w, heads)
        elif hf.endswith("k_proj.weight"):
            stored = permute_qk(w, kv)
        back = roundtrip(kind, stored)
        if hf.endswith("q_proj.weight"):
            back = unpermute_qk(back, heads)
        elif hf.endswith("k_proj.weight"):
            back = unpermute_qk(back, kv)
        expected[hf] = back
        tensors.append((gguf_name(hf), kind, tuple(w.shape), ENCODERS[kind](stored)))
    write_gguf(path, meta, tensors)
    return expected
