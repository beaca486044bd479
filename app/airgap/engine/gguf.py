"""GGUF -> MLX model folder (DESIGN.md §7): the embedded default model arrives this way.

This module owns the parent side of a conversion: a pure-Python read of the GGUF header
(cheap, exact messages for obvious damage, no mlx), the checks for what Airgap can convert
(llama architecture; F32, F16, Q4_0, Q4_1, Q8_0 tensors; a byte-level BPE vocabulary), and
the throwaway worker process (`airgap.engine.gguf_worker`) that does the real work with
`mx.load`. `mx.load` can segfault on a malformed GGUF (DESIGN.md §2), so it never runs in
the caller's process: a crash, a signal, a resource limit or a timeout in the worker
becomes a `GGUFError` naming the file. The worker writes into a staging folder next to the
destination, which is renamed into place only when complete.
"""

from __future__ import annotations

import json
import logging
import mmap
import os
import re
import shutil
import signal
import struct
import uuid
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from airgap.engine import limited
from airgap.engine.api import EngineCode, GGUFError

log = logging.getLogger(__name__)

CONVERTER_VERSION = 2
MANIFEST_NAME = "airgap-gguf.json"  # written last by the worker; marks a complete folder
WORKER_MODULE = "airgap.engine.gguf_worker"
ERROR_EXIT = limited.ERROR_EXIT  # the worker's exit code for a failure it describes

_MAGIC = b"GGUF"
_DEFAULT_ALIGNMENT = 32
_MAX_DIMS = 4
_MAX_STRING = 64 * 1024 * 1024  # a chat template or token is never this long


class ValueType(IntEnum):
    UINT8 = 0
    INT8 = 1
    UINT16 = 2
    INT16 = 3
    UINT32 = 4
    INT32 = 5
    FLOAT32 = 6
    BOOL = 7
    STRING = 8
    ARRAY = 9
    UINT64 = 10
    INT64 = 11
    FLOAT64 = 12


_VALUE_TYPES = frozenset(int(v) for v in ValueType)
_SCALAR_FORMATS: dict[ValueType, str] = {
    ValueType.UINT8: "<B",
    ValueType.INT8: "<b",
    ValueType.UINT16: "<H",
    ValueType.INT16: "<h",
    ValueType.UINT32: "<I",
    ValueType.INT32: "<i",
    ValueType.FLOAT32: "<f",
    ValueType.BOOL: "<?",
    ValueType.UINT64: "<Q",
    ValueType.INT64: "<q",
    ValueType.FLOAT64: "<d",
}


@dataclass(frozen=True)
class TensorType:
    name: str
    block_size: int  # elements per block
    type_size: int  # bytes per block


# ggml's tensor types: id -> (name, elements per block, bytes per block). Only the first five
# convert; the rest are named so the error can say which type a file uses.
TENSOR_TYPES: dict[int, TensorType] = {
    0: TensorType("F32", 1, 4),
    1: TensorType("F16", 1, 2),
    2: TensorType("Q4_0", 32, 18),
    3: TensorType("Q4_1", 32, 20),
    6: TensorType("Q5_0", 32, 22),
    7: TensorType("Q5_1", 32, 24),
    8: TensorType("Q8_0", 32, 34),
    9: TensorType("Q8_1", 32, 36),
    10: TensorType("Q2_K", 256, 84),
    11: TensorType("Q3_K", 256, 110),
    12: TensorType("Q4_K", 256, 144),
    13: TensorType("Q5_K", 256, 176),
    14: TensorType("Q6_K", 256, 210),
    15: TensorType("Q8_K", 256, 292),
    16: TensorType("IQ2_XXS", 256, 66),
    17: TensorType("IQ2_XS", 256, 74),
    18: TensorType("IQ3_XXS", 256, 98),
    19: TensorType("IQ1_S", 256, 50),
    20: TensorType("IQ4_NL", 32, 18),
    21: TensorType("IQ3_S", 256, 110),
    22: TensorType("IQ2_S", 256, 82),
    23: TensorType("IQ4_XS", 256, 136),
    24: TensorType("I8", 1, 1),
    25: TensorType("I16", 1, 2),
    26: TensorType("I32", 1, 4),
    27: TensorType("I64", 1, 8),
    28: TensorType("F64", 1, 8),
    29: TensorType("IQ1_M", 256, 56),
    30: TensorType("BF16", 1, 2),
    34: TensorType("TQ1_0", 256, 54),
    35: TensorType("TQ2_0", 256, 66),
    39: TensorType("MXFP4", 32, 17),
}
SUPPORTED_TENSOR_TYPES = frozenset({0, 1, 2, 3, 8})
SUPPORTED_ARCHITECTURES = frozenset({"llama"})
QUANT_BITS = {2: 4, 3: 4, 8: 8}  # Q4_0, Q4_1 -> 4-bit affine; Q8_0 -> 8-bit affine
QUANT_GROUP_SIZE = 32


@dataclass(frozen=True)
class TensorInfo:
    name: str
    dims: tuple[int, ...]  # GGUF order: dims[0] is the innermost (row length)
    type_id: int
    offset: int  # relative to the start of the data section

    @property
    def type(self) -> TensorType:
        return TENSOR_TYPES[self.type_id]

    @property
    def elements(self) -> int:
        n = 1
        for d in self.dims:
            n *= d
        return n

    @property
    def nbytes(self) -> int:
        return self.elements // self.type.block_size * self.type.type_size

    @property
    def shape(self) -> tuple[int, ...]:
        """The shape as MLX / numpy see it (outermost first)."""
        return tuple(reversed(self.dims))


@dataclass
class GGUFHeader:
    path: Path
    version: int
    file_size: int
    metadata: dict[str, Any] = field(default_factory=dict)
    tensors: list[TensorInfo] = field(default_factory=list)
    data_offset: int = 0

    @property
    def architecture(self) -> str:
        value = self.metadata.get("general.architecture")
        return value if isinstance(value, str) else ""

    def get(self, key: str, default: Any = None) -> Any:
        return self.metadata.get(key, default)


class _Damaged(Exception):
    """Raised inside the header reader; becomes a GGUFError naming the file."""


class _Reader:
    def __init__(self, buf: mmap.mmap | bytes) -> None:
        self.buf = buf
        self.pos = 0
        self.size = len(buf)

    def need(self, n: int, what: str) -> None:
        if n < 0 or self.pos + n > self.size:
            raise _Damaged(f"{what} at byte {self.pos} runs past the end of the file")

    def unpack(self, fmt: str, what: str) -> Any:
        n = struct.calcsize(fmt)
        self.need(n, what)
        (value,) = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += n
        return value

    def string(self, what: str) -> str:
        length = self.unpack("<Q", what)
        if length > _MAX_STRING:
            raise _Damaged(f"{what} claims {length:,} bytes")
        self.need(length, what)
        raw = bytes(self.buf[self.pos : self.pos + length])
        self.pos += length
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            # Some vocabularies carry invalid UTF-8 pieces; keep them readable, not fatal.
            return raw.decode("utf-8", "replace")

    def value(self, vtype: int, what: str, depth: int = 0) -> Any:
        if vtype == ValueType.STRING:
            return self.string(what)
        if vtype == ValueType.ARRAY:
            if depth > 0:
                raise _Damaged(f"{what} is a nested array")
            item_type = self.unpack("<I", what)
            count = self.unpack("<Q", what)
            if item_type not in _VALUE_TYPES:
                raise _Damaged(f"{what} has an unknown item type {item_type}")
            # Every item takes at least one byte (strings at least eight).
            min_item = 8 if item_type == ValueType.STRING else _item_size(item_type)
            if count * min_item > self.size - self.pos:
                raise _Damaged(f"{what} claims {count:,} items, more than the file holds")
            if item_type in _SCALAR_FORMATS:
                fmt = _SCALAR_FORMATS[ValueType(item_type)]
                width = struct.calcsize(fmt)
                self.need(width * count, what)
                items = list(
                    struct.unpack_from(f"<{count}{fmt[1:]}", self.buf, self.pos) if count else ()
                )
                self.pos += width * count
                return items
            return [self.value(item_type, what, depth + 1) for _ in range(count)]
        if vtype in _SCALAR_FORMATS:
            return self.unpack(_SCALAR_FORMATS[ValueType(vtype)], what)
        raise _Damaged(f"{what} has an unknown value type {vtype}")


def _item_size(vtype: int) -> int:
    fmt = _SCALAR_FORMATS.get(ValueType(vtype))
    return struct.calcsize(fmt) if fmt else 1


def read_header(path: Path) -> GGUFHeader:
    """Read and check a GGUF file's header in pure Python (no mlx, never crashes).

    Checks the magic, the version, that every count, string and array fits in the file, that
    every tensor has a known type and sane dimensions, and that its data lies inside the
    file. Raises GGUFError naming the file for anything damaged.
    """
    path = Path(path)
    try:
        file_size = path.stat().st_size
        with path.open("rb") as f:
            if file_size == 0:
                raise _Damaged("the file is empty")
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                return _parse(path, buf, file_size)
    except _Damaged as e:
        raise GGUFError(EngineCode.GGUF_DAMAGED, path=path, name=path.name, reason=str(e)) from None
    except FileNotFoundError:
        raise GGUFError(EngineCode.GGUF_MISSING, path=path, file=str(path)) from None
    except IsADirectoryError:
        raise GGUFError(EngineCode.GGUF_IS_FOLDER, path=path, file=str(path)) from None
    except (OSError, ValueError) as e:
        raise GGUFError(
            EngineCode.GGUF_UNREADABLE, path=path, file=str(path), reason=str(e)
        ) from None


def _parse(path: Path, buf: mmap.mmap, file_size: int) -> GGUFHeader:
    r = _Reader(buf)
    r.need(4, "the magic number")
    if bytes(buf[:4]) != _MAGIC:
        raise _Damaged("it does not start with 'GGUF'")
    r.pos = 4
    version = r.unpack("<I", "the version")
    if version not in (2, 3):
        raise _Damaged(f"unsupported GGUF version {version}; versions 2 and 3 are supported")
    tensor_count = r.unpack("<Q", "the tensor count")
    kv_count = r.unpack("<Q", "the metadata count")
    # A metadata entry takes at least 13 bytes and a tensor entry at least 28.
    if kv_count * 13 + tensor_count * 28 > file_size - r.pos:
        raise _Damaged(
            f"the header claims {tensor_count:,} tensors and {kv_count:,} metadata entries, "
            f"more than a {file_size:,}-byte file can hold"
        )
    header = GGUFHeader(path=path, version=version, file_size=file_size)
    for i in range(kv_count):
        key = r.string(f"metadata key #{i}")
        vtype = r.unpack("<I", f"the type of {key!r}")
        header.metadata[key] = r.value(vtype, f"metadata {key!r}")
    seen: set[str] = set()
    for i in range(tensor_count):
        name = r.string(f"tensor name #{i}")
        if name in seen:
            raise _Damaged(f"tensor {name!r} appears twice")
        seen.add(name)
        n_dims = r.unpack("<I", f"the dimensions of tensor {name!r}")
        if not 1 <= n_dims <= _MAX_DIMS:
            raise _Damaged(f"tensor {name!r} claims {n_dims} dimensions")
        dims = tuple(r.unpack("<Q", f"the shape of tensor {name!r}") for _ in range(n_dims))
        type_id = r.unpack("<I", f"the type of tensor {name!r}")
        offset = r.unpack("<Q", f"the offset of tensor {name!r}")
        if type_id not in TENSOR_TYPES:
            raise _Damaged(f"tensor {name!r} has an unknown type {type_id}")
        info = TensorInfo(name, dims, type_id, offset)
        if any(d == 0 for d in dims) or info.elements > file_size * 8:
            raise _Damaged(f"tensor {name!r} has an impossible shape {list(info.shape)}")
        if dims[0] % info.type.block_size:
            raise _Damaged(f"tensor {name!r} rows of {dims[0]} do not fit {info.type.name} blocks")
        header.tensors.append(info)
    alignment = header.metadata.get("general.alignment", _DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise _Damaged(f"general.alignment {alignment!r} is not a power of two")
    header.data_offset = (r.pos + alignment - 1) // alignment * alignment
    data_size = file_size - header.data_offset
    for info in header.tensors:
        if info.offset % alignment:
            raise _Damaged(f"tensor {info.name!r} is not aligned")
        if info.offset + info.nbytes > data_size:
            raise _Damaged(f"tensor {info.name!r} runs past the end of the file (truncated?)")
    return header


# ---------------------------------------------------------------- what can be converted


def check_supported(header: GGUFHeader) -> None:
    """Raise GGUFError unless the worker can convert this model (architecture, types, vocab)."""
    name = header.path.name
    arch = header.architecture
    if not arch:
        raise GGUFError(EngineCode.GGUF_NO_ARCHITECTURE, name=name)
    if arch not in SUPPORTED_ARCHITECTURES:
        raise GGUFError(
            EngineCode.GGUF_ARCHITECTURE, path=header.path, name=name, architecture=arch
        )
    bad = sorted({t.type.name for t in header.tensors if t.type_id not in SUPPORTED_TENSOR_TYPES})
    if bad:
        raise GGUFError(
            EngineCode.GGUF_QUANTIZATION, path=header.path, name=name, types=", ".join(bad)
        )
    for t in header.tensors:
        if t.type_id in QUANT_BITS and len(t.dims) != 2:
            raise GGUFError(f"{name}: quantized tensor {t.name!r} is not a matrix.")
        try:
            mlx_name(t.name)
        except GGUFError as e:
            raise GGUFError(f"{name}: {e.message}", path=header.path) from None
    tok_model = header.get("tokenizer.ggml.model")
    if tok_model != "gpt2":
        raise GGUFError(
            EngineCode.GGUF_TOKENIZER,
            path=header.path,
            name=name,
            tokenizer=str(tok_model or "missing"),
        )
    pre = header.get("tokenizer.ggml.pre", "default")
    if pre not in PRE_TOKENIZERS:
        raise GGUFError(EngineCode.GGUF_PRE_TOKENIZER, path=header.path, name=name, pre=str(pre))
    tokens = header.get("tokenizer.ggml.tokens")
    merges = header.get("tokenizer.ggml.merges")
    if not isinstance(tokens, list) or not tokens or not isinstance(merges, list):
        raise GGUFError(EngineCode.GGUF_NO_VOCABULARY, name=name)
    names = {t.name for t in header.tensors}
    missing = [n for n in ("token_embd.weight", "output_norm.weight") if n not in names]
    if missing or "blk.0.attn_q.weight" not in names:
        raise GGUFError(EngineCode.GGUF_NOT_LLAMA, name=name, missing=", ".join(missing))
    if "rope_freqs.weight" in names or header.get("llama.rope.scaling.type") not in (
        None,
        "none",
        "linear",
    ):
        raise GGUFError(EngineCode.GGUF_ROPE, name=name)


# Pre-tokenizer names llama.cpp writes (tokenizer.ggml.pre) -> how to split text before BPE.
# "digits" = each digit alone first (SmolLM, StarCoder); a regex replaces GPT-2's own split.
_LLAMA3_SPLIT = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}"
    r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)
_QWEN2_SPLIT = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}"
    r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)
PRE_TOKENIZERS: dict[str, dict[str, Any]] = {
    "default": {},
    "gpt2": {},
    "gpt-2": {},
    "smollm": {"digits": True},
    "starcoder": {"digits": True},
    "refact": {"digits": True},
    "llama-bpe": {"split": _LLAMA3_SPLIT, "ignore_merges": True},
    "llama3": {"split": _LLAMA3_SPLIT, "ignore_merges": True},
    "qwen2": {"split": _QWEN2_SPLIT},
}


# ---------------------------------------------------------------- names and config


_LAYER_NAMES = {
    "attn_q": "self_attn.q_proj",
    "attn_k": "self_attn.k_proj",
    "attn_v": "self_attn.v_proj",
    "attn_output": "self_attn.o_proj",
    "ffn_gate": "mlp.gate_proj",
    "ffn_up": "mlp.up_proj",
    "ffn_down": "mlp.down_proj",
    "attn_norm": "input_layernorm",
    "ffn_norm": "post_attention_layernorm",
}
_LAYER_TENSOR = re.compile(
    r"blk\.(?P<index>\d{1,6})\.(?P<part>\w+)\.(?P<kind>weight|bias|scales|biases)"
)
_TOP_TENSOR = re.compile(r"(?P<part>\w+)\.(?P<kind>weight|bias|scales|biases)")
_TOP_NAMES = {"token_embd": "model.embed_tokens", "output_norm": "model.norm", "output": "lm_head"}


def mlx_name(gguf_name: str) -> str:
    """`blk.3.attn_q.scales` -> `model.layers.3.self_attn.q_proj.scales` (mlx-lm's llama)."""
    layer = _LAYER_TENSOR.fullmatch(gguf_name)
    if layer and layer["part"] in _LAYER_NAMES:
        return f"model.layers.{int(layer['index'])}.{_LAYER_NAMES[layer['part']]}.{layer['kind']}"
    top = _TOP_TENSOR.fullmatch(gguf_name)
    if top and top["part"] in _TOP_NAMES:
        return f"{_TOP_NAMES[top['part']]}.{top['kind']}"
    raise GGUFError(f"Unexpected tensor {gguf_name!r} in a llama model.")


def _int(header: GGUFHeader, key: str, default: int | None = None) -> int:
    value = header.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise GGUFError(f"{header.path.name}: metadata {key} is missing or not a positive number.")
    return value


def llama_config(header: GGUFHeader) -> dict[str, Any]:
    """mlx-lm's llama config.json (without quantization) from the GGUF metadata."""
    p = "llama."
    tensors = {t.name: t for t in header.tensors}
    embd = tensors["token_embd.weight"]
    hidden = _int(header, p + "embedding_length")
    heads = _int(header, p + "attention.head_count")
    layers = _int(header, p + "block_count")
    kv_heads = _int(header, p + "attention.head_count_kv", heads)
    head_dim = _int(header, p + "attention.key_length", hidden // heads)
    if embd.shape[-1] != hidden:
        raise GGUFError(f"{header.path.name}: the embedding width does not match the metadata.")
    if hidden % heads or heads % kv_heads:
        raise GGUFError(f"{header.path.name}: inconsistent attention head counts.")
    for i in range(layers):
        if f"blk.{i}.attn_q.weight" not in tensors:
            raise GGUFError(f"{header.path.name}: layer {i} of {layers} is missing.")
    eps = header.get(p + "attention.layer_norm_rms_epsilon", 1e-5)
    theta = header.get(p + "rope.freq_base", 10000.0)
    config: dict[str, Any] = {
        "model_type": "llama",
        "architectures": ["LlamaForCausalLM"],
        "hidden_size": hidden,
        "num_hidden_layers": layers,
        "intermediate_size": _int(header, p + "feed_forward_length"),
        "num_attention_heads": heads,
        "num_key_value_heads": kv_heads,
        "head_dim": head_dim,
        # float32 metadata (1e-5 arrives as 9.9999997e-06): round to what was written.
        "rms_norm_eps": float(f"{float(eps):.6g}"),
        "rope_theta": float(f"{float(theta):.7g}"),
        # GGUF stores q/k permuted for interleaved (GPT-J style) rotary embeddings.
        "rope_traditional": True,
        "vocab_size": embd.shape[0],
        "max_position_embeddings": _int(header, p + "context_length", 2048),
        "tie_word_embeddings": "output.weight" not in tensors,
        "attention_bias": "blk.0.attn_q.bias" in tensors,
        "mlp_bias": "blk.0.ffn_up.bias" in tensors,
    }
    if header.get(p + "rope.scaling.type") == "linear":
        config["rope_scaling"] = {
            "type": "linear",
            "factor": float(header.get(p + "rope.scaling.factor", 1.0)),
        }
    for key, name in (("bos_token_id", "bos"), ("eos_token_id", "eos")):
        value = header.get(f"tokenizer.ggml.{name}_token_id")
        if isinstance(value, int) and 0 <= value < len(header.get("tokenizer.ggml.tokens")):
            config[key] = value
    return config


# ---------------------------------------------------------------- the conversion


def convert_gguf(
    src: Path,
    dest: Path,
    *,
    timeout_s: float | None = None,
    generation: dict[str, float | int] | None = None,
) -> Path:
    """Convert the llama GGUF `src` into the MLX model folder `dest` and return `dest`.

    `generation`: sampling defaults for generation_config.json (GGUF files carry none).
    `dest` is replaced atomically when the conversion succeeds and left untouched when it
    fails. Raises GGUFError (naming the file) for a damaged, hostile or unsupported file.
    """
    src, dest = Path(src), Path(dest)
    header = read_header(src)
    check_supported(header)
    dest.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(dest)
    staging = dest.parent / f".{dest.name}.staging-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        run_worker(
            src,
            staging,
            timeout_s=timeout_s or _default_timeout(header.file_size),
            generation=generation,
        )
        if not (staging / MANIFEST_NAME).is_file():
            raise GGUFError(EngineCode.GGUF_STOPPED, name=src.name)
        _replace_dir(staging, dest)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    log.info("converted %s -> %s", src, dest)
    return dest


def _default_timeout(file_size: int) -> float:
    # ~10 s of fixed start-up (mlx + tokenizers import) plus a slow disk's 20 MB/s twice over.
    return 60.0 + file_size / 10e6


def _memory_limit(file_size: int) -> int:
    """Address-space cap for the worker: the weights a few times over plus the runtime."""
    return 3 * file_size + 6 * 1024**3


def run_worker(
    src: Path,
    staging: Path,
    *,
    timeout_s: float,
    generation: dict[str, float | int] | None = None,
    skip_header_check: bool = False,
) -> None:
    """Run the conversion worker on `src` into `staging`; every failure is a GGUFError."""
    args = [str(src), str(staging)]
    if generation:
        args += ["--generation", json.dumps(generation)]
    if skip_header_check:
        args.append("--skip-header-check")
    # The CPU limit is a backstop for an orphaned worker; mlx may use several threads.
    outcome = limited.run(
        WORKER_MODULE,
        args,
        memory_bytes=_memory_limit(src.stat().st_size),
        cpu_s=int(timeout_s * 4) + 1,
        timeout_s=timeout_s,
        subject=src,
    )
    if outcome.timed_out:
        raise GGUFError(EngineCode.GGUF_TIMEOUT, path=src, name=src.name, seconds=timeout_s)
    if outcome.finished:
        return
    if outcome.report is not None and outcome.report.kind == "memory":
        raise GGUFError(EngineCode.GGUF_MEMORY, path=src, name=src.name)
    if outcome.report is not None and outcome.report.message:
        raise GGUFError(outcome.report.message, path=src)  # the worker's words, in English
    raise GGUFError(
        EngineCode.GGUF_DAMAGED, path=src, name=src.name, reason=_describe_exit(outcome)
    )


def _describe_exit(outcome: limited.Outcome) -> str:
    if outcome.signal is not None:
        try:
            name = signal.Signals(outcome.signal).name
        except ValueError:
            name = f"signal {outcome.signal}"
        if outcome.signal == signal.SIGXCPU:
            return "the converter ran out of CPU time"
        return f"the reader crashed with {name}"
    if outcome.exit_code == 1:
        return "the converter failed"
    return f"the converter exited with status {outcome.exit_code}"


def _remove_abandoned(dest: Path) -> None:
    """Delete staging folders for `dest` left by a process that died mid-conversion."""
    for folder in dest.parent.glob(f".{dest.name}.staging-*"):
        pid = folder.name.rsplit("-", 2)[-2]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        log.info("removing an abandoned conversion %s", folder)
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _replace_dir(staging: Path, dest: Path) -> None:
    """Put `staging` at `dest`; an older `dest` is moved aside first, then deleted."""
    old: Path | None = None
    if dest.exists() or dest.is_symlink():
        old = dest.parent / f".{dest.name}.old-{uuid.uuid4().hex[:8]}"
        dest.rename(old)
    try:
        staging.rename(dest)
    except OSError:
        if old is not None:
            old.rename(dest)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
