"""A local MLX model folder -> model + tokenizer + ModelInfo, with errors that name the file.

Only ever reads an existing local directory: `mlx_lm.load()` is never called, because for a
path that does not exist it falls back to a hub download. Every check that can be made on
the files runs before mlx touches them (mlx silently accepts some damaged safetensors
headers), so a broken folder gives an `EngineError` saying which file and why.
"""

from __future__ import annotations

import importlib
import json
import logging
import math
import os
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from airgap import paths
from airgap.engine.api import (
    CHAT_SAMPLING,
    THINKING_SAMPLING,
    CorruptModel,
    EngineCode,
    ModelInfo,
    ModelNotFound,
    NotAModel,
    SamplingSettings,
    ThinkingSupport,
    UnsupportedModel,
)

log = logging.getLogger(__name__)

TOKENIZER_FILES = ("tokenizer.json", "tokenizer.model", "vocab.json", "tiktoken.model")
# What mlx-lm's loader can unpack (mlx_lm.utils.load_model); anything else is refused up front.
SUPPORTED_QUANT_METHODS = {
    "mxfp4",
    "mxfp8",
    "fp8",
    "awq",
    "gptq",
    "compressed-tensors",
    "modelopt",
    "bitnet",
}
SUPPORTED_BITS = {2, 3, 4, 5, 6, 8}
SUPPORTED_MODES = {"affine", "mxfp4", "nvfp4", "mxfp8"}
DEFAULT_CONTEXT = 4096  # when config.json names no context length
MEMORY_SHARE = 0.9  # resident weights may use at most this share of physical memory
_CONTEXT_KEYS = ("max_position_embeddings", "max_sequence_length", "seq_length", "n_positions")
_MODEL_TYPE = re.compile(r"^[A-Za-z0-9_\-]+$")
# Where `airgap repack` moves a MoE model's routed experts (airgap.engine.experts.repack).
PACKED_EXPERTS_DIR = "experts.packed"
# Bytes per element of each safetensors dtype (shared with experts.index).
SAFETENSORS_DTYPE_BYTES = {
    "BOOL": 1,
    "U8": 1,
    "I8": 1,
    "F8_E4M3": 1,
    "F8_E5M2": 1,
    "U16": 2,
    "I16": 2,
    "F16": 2,
    "BF16": 2,
    "U32": 4,
    "I32": 4,
    "F32": 4,
    "U64": 8,
    "I64": 8,
    "F64": 8,
}


@dataclass
class LoadedModel:
    """A model ready for `engine.session.Session`."""

    model: Any  # mlx.nn.Module
    tokenizer: Any  # mlx_lm.tokenizer_utils.TokenizerWrapper
    info: ModelInfo
    config: dict[str, Any] = field(default_factory=dict)
    generation_config: dict[str, Any] = field(default_factory=dict)
    experts: Any = None  # airgap.engine.experts.ExpertStreamer when the experts stream

    def default_sampling(self, thinking: bool) -> SamplingSettings:
        """Per-model sampling defaults.

        Models that can think get Qwen3.5's published settings for the mode; other models
        get their own generation_config.json values over the chat defaults.
        """
        if self.info.thinking is ThinkingSupport.OPTIONAL:
            return THINKING_SAMPLING if thinking else CHAT_SAMPLING
        changes: dict[str, object] = {}
        for key, name, kind in (
            ("temperature", "temperature", float),
            ("top_p", "top_p", float),
            ("top_k", "top_k", int),
            ("min_p", "min_p", float),
        ):
            value = self.generation_config.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                changes[name] = kind(value)
        if self.generation_config.get("do_sample") is False:
            changes["temperature"] = 0.0
        settings = CHAT_SAMPLING.with_(**changes)
        try:
            settings.validate()
        except Exception:
            log.warning("ignoring out-of-range generation_config.json in %s", self.info.path)
            return CHAT_SAMPLING
        return settings


# ------------------------------------------------------------------ resolving and describing


def resolve(spec: str | Path) -> Path:
    """A model id under models_dir() or a filesystem path -> an existing local directory."""
    candidate = Path(spec).expanduser()
    if candidate.exists():
        return candidate.resolve()
    installed = paths.models_dir() / str(spec)
    if isinstance(spec, str) and "/" not in spec and installed.exists():
        return installed.resolve()
    raise ModelNotFound(
        EngineCode.MODEL_NOT_FOUND,
        path=candidate,
        file=str(candidate),
        name=str(spec),
        folder=str(paths.models_dir()),
    )


def describe(path: Path) -> ModelInfo:
    """Read what a model folder is without loading its weights (for listings).

    Raises the same errors as `load` for the folder's layout and config.json; weights are
    checked only for presence here.
    """
    path = _check_folder(path)
    config = _read_config(path)
    _check_architecture(path, config)
    repacked_expert_bytes(path)  # an unfinished `airgap repack`: say that, not "missing"
    weights = _weight_files(path)
    _tokenizer_files(path)
    return _model_info(
        path,
        config,
        weights,
        thinking=_template_thinking(path),
        parameters=count_parameters(config, weights),
    )


def installed_models() -> list[ModelInfo | tuple[Path, str]]:
    """Every folder under models_dir(): its ModelInfo, or (path, problem) when it is broken."""
    found: list[ModelInfo | tuple[Path, str]] = []
    for folder in sorted(paths.models_dir().iterdir()):
        if not folder.is_dir() or folder.name.startswith("."):
            continue
        try:
            found.append(describe(folder))
        except (ModelNotFound, NotAModel, UnsupportedModel, CorruptModel) as exc:
            found.append((folder, exc.message))
    return found


# ------------------------------------------------------------------ loading


def load(path: Path, *, stream_experts: bool | None = False, experts: Any = None) -> LoadedModel:
    """Load the MLX model folder at `path` (which must exist locally).

    `stream_experts` is the seam for SSD expert streaming (airgap.engine.experts): for MoE
    models it loads the weights lazily and hands the model to `_attach_expert_streaming`
    so the routed experts are read from disk instead of held in memory. Off by default;
    None decides from the checkpoint size and the memory budget. `experts` is an
    `airgap.engine.experts.StreamingConfig` (budget, K, cache policy, prefetch).
    """
    import mlx.core as mx
    from mlx_lm.utils import load_model, load_tokenizer

    path = _check_folder(path)
    config = _read_config(path)
    _check_architecture(path, config)
    repacked_expert_bytes(path)  # an unfinished `airgap repack`: say that, not "missing"
    weights = _weight_files(path)
    for weight_file in weights:
        check_safetensors(weight_file)
    _tokenizer_files(path)
    # An imported model's chat template is rendered once in a limited process before this
    # one renders it (DESIGN.md §2); known models (embedded, catalog) are not.
    from airgap.engine.template_check import ensure_safe

    ensure_safe(path)

    if stream_experts is None:
        from airgap.engine.experts import should_stream

        budget = getattr(experts, "memory_budget", None)
        stream_experts = _is_moe(config) and should_stream(path, budget)
    if not (stream_experts and _is_moe(config)):
        check_memory(path, weights_bytes(path, weights))
    options: dict[str, Any] = {}
    if repacked_expert_bytes(path):
        # The shards no longer hold the routed experts: they come from experts.packed/.
        from airgap.engine.experts.repack import model_classes

        resident = not (stream_experts and _is_moe(config))
        options["get_model_classes"] = model_classes(path, resident=resident)
    try:
        model, config = load_model(path, lazy=stream_experts, strict=True, **options)
    except (ValueError, KeyError, TypeError, RuntimeError, OSError) as exc:
        raise CorruptModel(
            EngineCode.WEIGHTS_MISMATCH, path=path, file=str(path), reason=_short(exc)
        ) from exc

    parameters = count_parameters(config, weights)  # the listing's count, experts included
    streamer = None
    if stream_experts and _is_moe(config):
        streamer = _attach_expert_streaming(model, path, config, experts)
    streams = streamer is not None
    if stream_experts and not streams:
        mx.eval(model.parameters())  # loaded lazily for nothing: make it resident now
    if not streams and getattr(experts, "top_k", None) and _is_moe(config):
        from airgap.engine.experts import set_model_top_k

        set_model_top_k(model, experts.top_k)  # the K setting applies resident too

    try:
        tokenizer = load_tokenizer(path, eos_token_ids=config.get("eos_token_id"))
    except Exception as exc:  # transformers raises many types for a damaged tokenizer
        names = ", ".join(p.name for p in _tokenizer_files(path))
        raise CorruptModel(
            EngineCode.TOKENIZER_UNREADABLE,
            path=path,
            file=str(path),
            names=names,
            reason=_short(exc),
        ) from exc

    info = _model_info(
        path,
        config,
        weights,
        thinking=_tokenizer_thinking(tokenizer),
        parameters=parameters,
        streams_experts=streams,
    )
    log.info("loaded %s (%s, %d parameters)", info.model_id, info.model_type, info.parameters)
    return LoadedModel(
        model=model,
        tokenizer=tokenizer,
        info=info,
        config=config,
        generation_config=_read_generation_config(path),
        experts=streamer,
    )


def _attach_expert_streaming(
    model: Any, path: Path, config: dict[str, Any], settings: Any = None
) -> Any:
    """Plug SSD expert streaming into a lazily loaded MoE model; returns the streamer.

    Everything but the routed experts is then evaluated into real (resident) allocations.
    """
    import mlx.core as mx

    from airgap.engine.experts import attach_streaming

    streamer = attach_streaming(model, path, settings, model_config=config)
    mx.eval(model.parameters())
    return streamer


# ------------------------------------------------------------------ file checks


def repacked_expert_bytes(path: Path) -> int:
    """Routed-expert bytes `airgap repack` moved out of the shards into experts.packed/ (0
    for a model not repacked in place); CorruptModel when that repack is unfinished."""
    manifest = path / PACKED_EXPERTS_DIR / "manifest.json"
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return 0
    except (OSError, ValueError) as exc:
        raise CorruptModel(
            EngineCode.FILE_DAMAGED, path=manifest, file=str(manifest), reason=_short(exc)
        ) from exc
    if not isinstance(data, dict) or not data.get("in_place"):
        return 0  # a copy next to the shards (repack(keep_originals)): nothing moved
    if not data.get("complete"):
        raise CorruptModel(
            EngineCode.REPACK_INTERRUPTED, path=manifest, name=path.name, folder=str(path)
        )
    return int(data.get("expert_bytes") or 0)


def weights_bytes(path: Path, weights: list[Path]) -> int:
    """The model's weight bytes: its shards plus the experts a repack moved out of them."""
    return sum(p.stat().st_size for p in weights) + repacked_expert_bytes(path)


def check_memory(path: Path, weight_bytes: int, total: int | None = None) -> None:
    """Refuse to load resident weights that cannot fit in this machine's memory.

    Loading them anyway would swap the machine to a standstill (or get the process killed)
    instead of giving an answer; MoE models too big for memory stream their experts.
    """
    total = physical_memory() if total is None else total
    if total and weight_bytes > MEMORY_SHARE * total:
        raise UnsupportedModel(
            EngineCode.NOT_ENOUGH_MEMORY,
            path=path,
            name=path.name,
            needed_gb=round(weight_bytes / 2**30, 1),
            total_gb=round(total / 2**30, 1),
        )


def physical_memory() -> int:
    """Bytes of RAM (unified memory on Apple Silicon); 0 when unknown."""
    try:
        return int(os.sysconf("SC_PAGE_SIZE")) * int(os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError):
        return 0


def check_safetensors(file: Path) -> None:
    """Refuse a safetensors file whose header is damaged or whose data is cut short.

    mlx would accept some of these (an absurd dimension is silently truncated), so the
    header is validated with the `safetensors` package and the sizes checked here first.
    """
    from safetensors import SafetensorError, safe_open

    size = file.stat().st_size
    if size < 8:
        raise CorruptModel(EngineCode.FILE_TRUNCATED, path=file, file=str(file), size=size)
    with file.open("rb") as fh:
        (header_len,) = struct.unpack("<Q", fh.read(8))
        if header_len > size - 8 or header_len > 100 * 1024 * 1024:
            raise CorruptModel(
                EngineCode.NOT_SAFETENSORS,
                path=file,
                file=str(file),
                header_size=header_len,
                size=size,
            )
        raw = fh.read(header_len)
    try:
        header = json.loads(raw)
        if not isinstance(header, dict):
            raise ValueError("header is not a JSON object")
        end = 0
        for name, entry in header.items():
            if name == "__metadata__":
                continue
            begin, stop = (int(x) for x in entry["data_offsets"])
            count = 1
            for dim in entry["shape"]:
                count *= int(dim)
            expected = count * SAFETENSORS_DTYPE_BYTES.get(entry["dtype"], 0)
            if stop - begin != expected or begin < 0:
                raise ValueError(f"tensor '{name}' has a shape that does not fit its data")
            end = max(end, stop)
    except (ValueError, KeyError, TypeError) as exc:
        raise CorruptModel(
            EngineCode.DAMAGED_HEADER, path=file, file=str(file), reason=_short(exc)
        ) from exc
    if 8 + header_len + end > size:
        missing = 8 + header_len + end - size
        raise CorruptModel(EngineCode.WEIGHTS_TRUNCATED, path=file, file=str(file), missing=missing)
    try:
        with safe_open(str(file), framework="numpy"):
            pass
    except SafetensorError as exc:
        raise CorruptModel(
            EngineCode.FILE_DAMAGED, path=file, file=str(file), reason=_short(exc)
        ) from exc


def _check_folder(path: Path) -> Path:
    path = Path(path).expanduser()
    if not path.exists():
        raise ModelNotFound(EngineCode.FOLDER_NOT_FOUND, path=path, file=str(path))
    if path.is_file():
        if path.suffix.lower() == ".gguf":
            raise NotAModel(EngineCode.GGUF_NOT_FOLDER, path=path, file=str(path))
        raise NotAModel(EngineCode.FILE_NOT_FOLDER, path=path, file=str(path))
    return path.resolve()


def _read_config(path: Path) -> dict[str, Any]:
    file = path / "config.json"
    if not file.exists():
        raise NotAModel(EngineCode.FILE_MISSING, path=file, folder=str(path), name=file.name)
    try:
        config = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptModel(
            EngineCode.NOT_JSON, path=file, file=str(file), reason=_short(exc)
        ) from exc
    if not isinstance(config, dict):
        raise CorruptModel(EngineCode.NOT_JSON_OBJECT, path=file, file=str(file))
    if not isinstance(config.get("model_type"), str) or not config["model_type"]:
        raise CorruptModel(EngineCode.NO_MODEL_TYPE, path=file, file=str(file))
    return config


def _check_architecture(path: Path, config: dict[str, Any]) -> None:
    from mlx_lm.utils import MODEL_REMAPPING

    file = path / "config.json"
    model_type = config["model_type"]
    if "model_file" in config:
        raise UnsupportedModel(
            EngineCode.CUSTOM_CODE,
            path=file,
            file=str(file),
            model_file=repr(config["model_file"]),
        )
    module = MODEL_REMAPPING.get(model_type, model_type)
    try:
        if not _MODEL_TYPE.match(module):
            raise ImportError(module)
        importlib.import_module(f"mlx_lm.models.{module}")
    except ImportError as exc:
        raise UnsupportedModel(
            EngineCode.MODEL_TYPE_UNSUPPORTED, path=file, file=str(file), model_type=model_type
        ) from exc
    _check_quantization(file, config)


def _check_quantization(file: Path, config: dict[str, Any]) -> None:
    quantization = config.get("quantization")
    if quantization is not None:
        if not isinstance(quantization, dict):
            raise CorruptModel(EngineCode.QUANTIZATION_NOT_OBJECT, path=file, file=str(file))
        bits = quantization.get("bits")
        mode = quantization.get("mode", "affine")
        if bits not in SUPPORTED_BITS or mode not in SUPPORTED_MODES:
            raise UnsupportedModel(
                EngineCode.QUANTIZATION_UNSUPPORTED,
                path=file,
                file=str(file),
                bits=str(bits),
                mode=str(mode),
            )
        return
    text_config = config.get("text_config")
    qconfig = config.get("quantization_config")
    if qconfig is None and isinstance(text_config, dict):
        qconfig = text_config.get("quantization_config")
    if qconfig is None:
        return
    method = qconfig.get("quant_method") if isinstance(qconfig, dict) else None
    if method not in SUPPORTED_QUANT_METHODS:
        raise UnsupportedModel(
            EngineCode.QUANTIZATION_METHOD, path=file, file=str(file), method=str(method)
        )


def _weight_files(path: Path) -> list[Path]:
    weights = sorted(path.glob("model*.safetensors"))
    if not weights:
        other = [p.name for p in path.iterdir() if p.suffix in (".bin", ".pt", ".gguf", ".pth")]
        if other:
            raise NotAModel(
                EngineCode.NO_MLX_WEIGHTS,
                path=path,
                folder=str(path),
                found=", ".join(sorted(other)[:3]),
            )
        raise NotAModel(EngineCode.NO_WEIGHTS, path=path, folder=str(path))
    index = path / "model.safetensors.index.json"
    if index.exists():
        try:
            weight_map = json.loads(index.read_text(encoding="utf-8"))["weight_map"]
            listed = set(weight_map.values())
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CorruptModel(
                EngineCode.FILE_DAMAGED, path=index, file=str(index), reason=_short(exc)
            ) from exc
        for name in sorted(listed):
            if not (path / name).exists():
                raise CorruptModel(
                    EngineCode.SHARD_MISSING,
                    path=path / name,
                    file=str(path / name),
                    index=index.name,
                )
    return weights


def _tokenizer_files(path: Path) -> list[Path]:
    found = [path / name for name in TOKENIZER_FILES if (path / name).exists()]
    found += sorted(path.glob("*.tiktoken"))
    if not found:
        raise NotAModel(
            EngineCode.NO_TOKENIZER, path=path, folder=str(path), names=", ".join(TOKENIZER_FILES)
        )
    return found


def _read_generation_config(path: Path) -> dict[str, Any]:
    file = path / "generation_config.json"
    if not file.exists():
        return {}
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        log.warning("ignoring unreadable %s", file)
        return {}
    return data if isinstance(data, dict) else {}


# ------------------------------------------------------------------ ModelInfo


def _model_info(
    path: Path,
    config: dict[str, Any],
    weights: list[Path],
    *,
    thinking: ThinkingSupport,
    parameters: int = 0,
    streams_experts: bool = False,
) -> ModelInfo:
    quantization = config.get("quantization")
    bits = quantization.get("bits") if isinstance(quantization, dict) else None
    return ModelInfo(
        model_id=path.name,
        path=path,
        model_type=str(config["model_type"]),
        context_length=context_length(config),
        thinking=thinking,
        parameters=parameters,
        size_bytes=weights_bytes(path, weights),
        quantization_bits=bits if isinstance(bits, int) else None,
        streams_experts=streams_experts,
    )


def count_parameters(config: dict[str, Any], weights: list[Path]) -> int:
    """The parameter count from the safetensors headers alone (no weights are read).

    Counts as mlx-lm's `get_total_parameters` does: a quantized weight (packed into U32,
    with `.scales` beside it) counts its unpacked elements, shape x 32 / bits, and its
    quantization scales and biases do not count. Experts `airgap repack` moved into
    experts.packed/ count as the stacked tensors they were. 0 when a header cannot be read.
    (mlx-lm's count is a few parameters lower on Qwen3.5: it skips arrays held by modules
    that have children.)
    """
    shapes: dict[str, tuple[str, int]] = {}
    try:
        for file in weights:
            for name, entry in _safetensors_header(file).items():
                if name == "__metadata__" or not isinstance(entry, dict):
                    continue
                count = 1
                for dim in entry["shape"]:
                    count *= int(dim)
                shapes[name] = (str(entry["dtype"]), count)
        if weights and repacked_expert_bytes(weights[0].parent):
            from airgap.engine.experts.repack import expert_index

            index = expert_index(weights[0].parent, config)
            for layer in index.layers:
                for comp in layer.components:
                    count = index.num_experts * math.prod(comp.shape)
                    shapes[layer.key_prefix + comp.name] = (comp.dtype, count)
    except (OSError, ValueError, KeyError, TypeError, struct.error, CorruptModel):
        log.warning("cannot count the parameters of %s", weights[0].parent if weights else "?")
        return 0
    quantization = config.get("quantization")
    quantization = quantization if isinstance(quantization, dict) else {}
    total = 0
    for name, (dtype, count) in shapes.items():
        module, _, leaf = name.rpartition(".")
        packed = dtype == "U32" and f"{module}.scales" in shapes
        if leaf in ("scales", "biases") and shapes.get(f"{module}.weight", ("",))[0] == "U32":
            continue  # the quantization's own numbers, not parameters
        if leaf == "weight" and packed:
            override = quantization.get(module)
            bits = override.get("bits") if isinstance(override, dict) else None
            bits = bits or quantization.get("bits")
            if not isinstance(bits, int) or bits <= 0:
                return 0  # packed weights without a bit width: no honest count
            count = count * 32 // bits
        total += count
    return total


def _safetensors_header(file: Path) -> dict[str, Any]:
    with file.open("rb") as fh:
        (length,) = struct.unpack("<Q", fh.read(8))
        if length > 100 * 1024 * 1024:
            raise ValueError(f"{file}: a {length}-byte header")
        header = json.loads(fh.read(length))
    if not isinstance(header, dict):
        raise ValueError(f"{file}: the header is not a JSON object")
    return header


def context_length(config: dict[str, Any]) -> int:
    """The model's context window from config.json (or its text_config)."""
    for source in (config, config.get("text_config")):
        if not isinstance(source, dict):
            continue
        for key in _CONTEXT_KEYS:
            value = source.get(key)
            if isinstance(value, int) and value > 0:
                return value
    return DEFAULT_CONTEXT


def _is_moe(config: dict[str, Any]) -> bool:
    text = config.get("text_config")
    source = text if isinstance(text, dict) else config
    return bool(source.get("num_experts") or source.get("num_local_experts"))


def _tokenizer_thinking(tokenizer: Any) -> ThinkingSupport:
    if not tokenizer.has_thinking:
        return ThinkingSupport.NONE
    template = getattr(tokenizer, "chat_template", None)
    if isinstance(template, str) and "enable_thinking" not in template:
        return ThinkingSupport.NONE  # it may think, but the toggle does nothing
    return ThinkingSupport.OPTIONAL


def _template_thinking(path: Path) -> ThinkingSupport:
    """A cheap guess for listings: the template toggles thinking and the vocab has <think>."""
    texts = []
    for name in ("tokenizer_config.json", "chat_template.jinja", "chat_template.json"):
        file = path / name
        if file.exists():
            texts.append(file.read_text(encoding="utf-8", errors="replace"))
    template = "\n".join(texts)
    return (
        ThinkingSupport.OPTIONAL
        if "enable_thinking" in template and "<think>" in template
        else ThinkingSupport.NONE
    )


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."
