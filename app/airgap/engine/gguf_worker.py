"""The throwaway process that converts one GGUF file: `python -m airgap.engine.gguf_worker SRC OUT`.

Runs under its own CPU and address-space limits, so a hostile or damaged file can at worst
end this process (the parent, `airgap.engine.gguf`, turns that into a GGUFError). It reads
the tensors with `mx.load`, renames them to mlx-lm's llama names, rebuilds the byte-level
BPE tokenizer with the `tokenizers` library, and writes config.json, model.safetensors,
tokenizer.json and tokenizer_config.json into OUT, then the manifest last. Exit status 0 is
success; `limited.ERROR_EXIT` comes with one JSON line `{"error": "..."}` on stdout.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from airgap.engine import limited
from airgap.engine.api import GGUFError
from airgap.engine.gguf import (
    CONVERTER_VERSION,
    MANIFEST_NAME,
    PRE_TOKENIZERS,
    QUANT_BITS,
    QUANT_GROUP_SIZE,
    GGUFHeader,
    check_supported,
    llama_config,
    mlx_name,
    read_header,
)

log = logging.getLogger("airgap.engine.gguf_worker")

CONTROL_TOKEN = 3  # llama.cpp's token_type for control (special) tokens
USER_DEFINED_TOKEN = 4


def convert(src: Path, out: Path, generation: dict[str, Any] | None = None) -> None:
    header = read_header(src)
    check_supported(header)
    config = llama_config(header)
    weights, quantization = _load_weights(header)
    config["quantization"] = quantization
    config["torch_dtype"] = "float32"

    import mlx.core as mx

    out.mkdir(parents=True)
    mx.save_safetensors(str(out / "model.safetensors"), weights, metadata={"format": "mlx"})
    if not quantization:
        del config["quantization"]
    _write_json(out / "config.json", config)
    _write_tokenizer(header, out)
    ids: dict[str, Any] = {k: config[k] for k in ("bos_token_id", "eos_token_id") if k in config}
    _write_json(out / "generation_config.json", {**ids, **(generation or {})})
    _check_loads(src, out)
    files = {p.name: p.stat().st_size for p in sorted(out.iterdir())}
    _write_json(
        out / MANIFEST_NAME,
        {
            "converter_version": CONVERTER_VERSION,
            "source": src.name,
            "source_size": header.file_size,
            "files": files,
        },
    )


def _check_loads(src: Path, out: Path) -> None:
    """Build mlx-lm's model from the folder (lazily): every tensor must fit the config."""
    from mlx_lm.utils import load_model

    try:
        load_model(out, lazy=True, strict=True)
    except (ValueError, KeyError, TypeError) as e:
        raise GGUFError(
            f"{src.name} could not be converted: its tensors do not match its own "
            f"configuration ({str(e)[:200]})."
        ) from None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _load_weights(header: GGUFHeader) -> tuple[dict[str, Any], dict[str, Any]]:
    """Read the tensors with mx.load; return mlx-lm's weights and the quantization config."""
    import mlx.core as mx

    # Reading and casting need no GPU; keeping Metal out of this process keeps it simple.
    mx.set_default_device(mx.cpu)
    loaded = mx.load(str(header.path), format="gguf")
    if not isinstance(loaded, dict):
        raise GGUFError(f"{header.path.name}: the reader returned no tensors.")
    # float32 throughout (scales, biases, norms, F16 tensors): SmolLM2's activations go wrong
    # in float16, bfloat16 changes its greedy answers, and both run ~10x slower on CPU.
    float_dtype = mx.float32
    weights: dict[str, Any] = {}
    bits_of: dict[str, int] = {}
    for info in header.tensors:
        name = mlx_name(info.name)
        if info.type_id in QUANT_BITS:
            bits = QUANT_BITS[info.type_id]
            rows, cols = info.shape
            base = info.name[: -len(".weight")]
            expected = {
                ".weight": ((rows, cols * bits // 32), mx.uint32),
                ".scales": ((rows, cols // QUANT_GROUP_SIZE), None),
                ".biases": ((rows, cols // QUANT_GROUP_SIZE), None),
            }
            for suffix, (shape, dtype) in expected.items():
                array = loaded.get(base + suffix)
                if array is None or tuple(array.shape) != shape:
                    raise GGUFError(f"{header.path.name}: tensor {info.name!r} did not decode.")
                if dtype is None:
                    array = array.astype(float_dtype)
                elif array.dtype != dtype:
                    raise GGUFError(f"{header.path.name}: tensor {info.name!r} did not decode.")
                weights[mlx_name(base + suffix)] = array
            bits_of[name[: -len(".weight")]] = bits
        else:
            array = loaded.get(info.name)
            if array is None or tuple(array.shape) != info.shape:
                raise GGUFError(f"{header.path.name}: tensor {info.name!r} did not decode.")
            weights[name] = array.astype(float_dtype)
    mx.eval(weights)
    if not bits_of:
        return weights, {}
    default_bits = Counter(bits_of.values()).most_common(1)[0][0]
    quantization: dict[str, Any] = {"group_size": QUANT_GROUP_SIZE, "bits": default_bits}
    for module, bits in sorted(bits_of.items()):
        if bits != default_bits:
            quantization[module] = {"group_size": QUANT_GROUP_SIZE, "bits": bits}
    return weights, quantization


def _write_tokenizer(header: GGUFHeader, out: Path) -> None:
    from tokenizers import (
        AddedToken,
        Regex,
        Tokenizer,
        decoders,
        models,
        pre_tokenizers,
        processors,
    )

    name = header.path.name
    tokens: list[str] = header.get("tokenizer.ggml.tokens")
    raw_types = header.get("tokenizer.ggml.token_type")
    types: list[int] = raw_types if isinstance(raw_types, list) else [1] * len(tokens)
    if len(types) != len(tokens):
        raise GGUFError(f"{name}: the token types do not match the vocabulary.")
    vocab: dict[str, int] = {}
    for i, token in enumerate(tokens):
        vocab.setdefault(token, i)  # duplicates keep their first id
    merges: list[tuple[str, str]] = []
    for merge in header.get("tokenizer.ggml.merges"):
        parts = merge.split(" ") if isinstance(merge, str) else []
        if len(parts) != 2:
            raise GGUFError(f"{name}: the tokenizer merge {merge!r} is malformed.")
        merges.append((parts[0], parts[1]))

    pre = PRE_TOKENIZERS[header.get("tokenizer.ggml.pre", "default")]
    bpe = models.BPE(
        vocab=vocab,
        merges=merges,
        fuse_unk=False,
        byte_fallback=False,
        ignore_merges=bool(pre.get("ignore_merges", False)),
    )
    tokenizer = Tokenizer(bpe)
    steps: list[Any] = []
    if pre.get("digits"):
        steps.append(pre_tokenizers.Digits(individual_digits=True))
    if "split" in pre:
        steps.append(pre_tokenizers.Split(Regex(pre["split"]), behavior="isolated"))
        steps.append(pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False))
    else:
        steps.append(pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True))
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(steps)
    tokenizer.decoder = decoders.ByteLevel()

    special = [t for t, kind in zip(tokens, types, strict=True) if kind == CONTROL_TOKEN]
    user = [t for t, kind in zip(tokens, types, strict=True) if kind == USER_DEFINED_TOKEN]
    tokenizer.add_special_tokens(
        [AddedToken(t, special=True, normalized=False) for t in special if t]
    )
    tokenizer.add_tokens([AddedToken(t, special=False, normalized=False) for t in user if t])

    def token_at(key: str) -> str | None:
        value = header.get(f"tokenizer.ggml.{key}_token_id")
        return tokens[value] if isinstance(value, int) and 0 <= value < len(tokens) else None

    bos, eos = token_at("bos"), token_at("eos")
    add_bos = bool(header.get("tokenizer.ggml.add_bos_token", False)) and bos is not None
    byte_level = processors.ByteLevel(trim_offsets=False)
    if add_bos and bos is not None:
        tokenizer.post_processor = processors.Sequence(
            [
                byte_level,
                processors.TemplateProcessing(
                    single=f"{bos} $A",
                    pair=f"{bos} $A {bos} $B",
                    special_tokens=[(bos, vocab[bos])],
                ),
            ]
        )
    else:
        tokenizer.post_processor = byte_level
    tokenizer.save(str(out / "tokenizer.json"))

    config: dict[str, Any] = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": header.get("llama.context_length", 2048),
        "clean_up_tokenization_spaces": False,
        "add_bos_token": add_bos,
        "add_eos_token": False,
        "additional_special_tokens": [t for t in special if t not in (bos, eos)],
    }
    for key in ("bos", "eos", "unknown", "padding"):
        value = token_at(key)
        if value is not None:
            config[{"unknown": "unk", "padding": "pad"}.get(key, key) + "_token"] = value
    template = header.get("tokenizer.chat_template")
    if isinstance(template, str) and template:
        config["chat_template"] = template
    _write_json(out / "tokenizer_config.json", config)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gguf_worker")
    parser.add_argument("src", type=Path)
    parser.add_argument("out", type=Path)
    limited.add_limit_arguments(parser)
    parser.add_argument("--generation", type=json.loads, default=None)
    # Hand the file to mx.load without the header checks: the tests use it to prove that a
    # reader crash stays in this process.
    parser.add_argument("--skip-header-check", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    limited.confine(args.memory_limit, args.cpu_limit)  # first: the file may be hostile
    src: Path = args.src
    try:
        if args.skip_header_check:
            import mlx.core as mx

            mx.set_default_device(mx.cpu)
            mx.load(str(src), format="gguf")
        convert(src, args.out, args.generation)
    except GGUFError as e:
        message = e.message
        return limited.fail(message if src.name in message else f"{src.name}: {message}")
    except MemoryError:
        return limited.fail(
            f"{src.name} could not be converted: it needs more memory than allowed.",
            kind="memory",
        )
    except Exception as e:
        # mlx and tokenizers report damage as RuntimeError, ValueError or tokenizers' plain
        # Exception; at this process boundary their text helps the user, a traceback not.
        log.exception("conversion of %s failed", src)
        detail = " ".join(str(e).split())[:300] or type(e).__name__
        return limited.fail(
            f"{src.name} could not be read: the file is damaged or not a GGUF model ({detail})."
        )
    return limited.ok()


if __name__ == "__main__":
    sys.exit(main())
