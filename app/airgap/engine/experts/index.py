"""Where every routed expert lives on disk, read from the safetensors headers only.

An mlx-lm MoE checkpoint stores each layer's experts as stacked tensors
`...layers.{L}.mlp.switch_mlp.{gate,up,down}_proj.{weight,scales,biases}` of shape
(num_experts, ...). One expert's slice of such a tensor is contiguous, so expert `e` of a
component starts at `offset + e * stride`. The index records (file, offset, stride, shape)
for every component of every MoE layer and checks it against config.json and the file
sizes, so a truncated shard or a header that disagrees with the config is an error at load
time, naming the file.
"""

from __future__ import annotations

import json
import math
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from airgap.engine.api import CorruptModel, EngineCode, NotAModel, UnsupportedModel
from airgap.engine.loader import SAFETENSORS_DTYPE_BYTES

PROJECTIONS = ("gate_proj", "up_proj", "down_proj")
PARTS = ("weight", "scales", "biases")
_EXPERT_KEY = re.compile(
    r"^(?P<prefix>.*\.)?layers\.(?P<layer>\d+)\.mlp\.switch_mlp\."
    r"(?P<proj>gate_proj|up_proj|down_proj)\.(?P<part>weight|scales|biases)$"
)
_MAX_HEADER = 100 << 20


@dataclass(frozen=True)
class Component:
    """One stacked tensor of one layer, e.g. `gate_proj.weight`, as laid out on disk."""

    name: str  # "gate_proj.weight"
    file: Path
    offset: int  # absolute file offset of expert 0
    stride: int  # bytes per expert (= one expert's slice; contiguous)
    shape: tuple[int, ...]  # one expert's shape
    dtype: str  # safetensors dtype, e.g. "U32", "BF16"

    @property
    def nbytes(self) -> int:
        """One expert's bytes of this component (== stride unless repacked)."""
        return math.prod(self.shape) * SAFETENSORS_DTYPE_BYTES[self.dtype]


@dataclass(frozen=True)
class LayerExperts:
    layer: int
    key_prefix: str  # "language_model.model.layers.3.mlp.switch_mlp."
    components: tuple[Component, ...]  # in COMPONENT order

    @property
    def expert_bytes(self) -> int:
        return sum(c.nbytes for c in self.components)


@dataclass(frozen=True)
class ExpertIndex:
    model_dir: Path
    num_experts: int
    layers: tuple[LayerExperts, ...]  # sorted by layer number
    component_names: tuple[str, ...]
    files: tuple[Path, ...]  # every shard holding expert tensors

    @property
    def expert_bytes(self) -> int:
        """Bytes of one expert (all components) — the unit of a read."""
        return self.layers[0].expert_bytes

    @property
    def total_bytes(self) -> int:
        return self.expert_bytes * self.num_experts * len(self.layers)

    def layer(self, number: int) -> LayerExperts:
        for entry in self.layers:
            if entry.layer == number:
                return entry
        raise KeyError(number)


@dataclass(frozen=True)
class _Tensor:
    file: Path
    dtype: str
    shape: tuple[int, ...]
    begin: int  # absolute file offsets
    end: int


def text_config(config: dict[str, Any]) -> dict[str, Any]:
    """The language model's settings (Qwen3.5 nests them under text_config)."""
    nested = config.get("text_config")
    merged = dict(config)
    if isinstance(nested, dict):
        merged.update(nested)
    return merged


def trained_top_k(config: dict[str, Any]) -> int:
    cfg = text_config(config)
    return int(cfg.get("num_experts_per_tok") or cfg.get("moe_top_k") or 0)


def read_header(path: Path) -> dict[str, Any]:
    """The JSON header of one safetensors file, checked for sane bounds."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            raw = f.read(8)
            if len(raw) < 8:
                raise CorruptModel(EngineCode.EXPERT_NO_HEADER, path=path, file=path.name)
            (length,) = struct.unpack("<Q", raw)
            if length <= 0 or length > _MAX_HEADER or 8 + length > size:
                raise CorruptModel(EngineCode.EXPERT_DAMAGED_HEADER, path=path, file=path.name)
            header = json.loads(f.read(length))
    except FileNotFoundError as e:
        raise CorruptModel(EngineCode.EXPERT_WEIGHTS_MISSING, path=path, file=path.name) from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CorruptModel(EngineCode.EXPERT_DAMAGED_HEADER, path=path, file=path.name) from e
    if not isinstance(header, dict):
        raise CorruptModel(EngineCode.EXPERT_DAMAGED_HEADER, path=path, file=path.name)
    header["__data_start__"] = 8 + length
    header["__file_size__"] = size
    return header


def weight_files(model_dir: Path) -> list[Path]:
    """A checkpoint's shards: from the index file when there is one, else model*.safetensors."""
    index_path = model_dir / "model.safetensors.index.json"
    if index_path.exists():
        try:
            weight_map = json.loads(index_path.read_text(encoding="utf-8"))["weight_map"]
            names = sorted(set(weight_map.values()))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise CorruptModel(
                EngineCode.EXPERT_INDEX_DAMAGED, path=index_path, file=index_path.name
            ) from e
        files = [model_dir / name for name in names]
        for path in files:
            if not path.is_file():
                raise CorruptModel(
                    EngineCode.EXPERT_SHARD_MISSING,
                    path=path,
                    file=path.name,
                    index=index_path.name,
                )
        return files
    files = sorted(model_dir.glob("model*.safetensors"))
    if not files:
        raise NotAModel(EngineCode.EXPERT_NO_WEIGHTS, path=model_dir, folder=str(model_dir))
    return files


def _tensors(path: Path) -> dict[str, _Tensor]:
    header = read_header(path)
    start = header.pop("__data_start__")
    size = header.pop("__file_size__")
    header.pop("__metadata__", None)
    found: dict[str, _Tensor] = {}
    for key, info in header.items():
        try:
            dtype = str(info["dtype"])
            shape = tuple(int(d) for d in info["shape"])
            begin, end = (int(v) for v in info["data_offsets"])
        except (KeyError, TypeError, ValueError) as e:
            raise CorruptModel(
                EngineCode.EXPERT_ENTRY_DAMAGED, path=path, file=path.name, key=key
            ) from e
        itemsize = SAFETENSORS_DTYPE_BYTES.get(dtype)
        if itemsize is None or any(d < 0 for d in shape) or begin < 0 or end < begin:
            raise CorruptModel(EngineCode.EXPERT_ENTRY_DAMAGED, path=path, file=path.name, key=key)
        if end - begin != math.prod(shape) * itemsize:
            raise CorruptModel(
                EngineCode.EXPERT_ENTRY_SIZE,
                path=path,
                file=path.name,
                key=key,
                shape=str(list(shape)),
                size=end - begin,
            )
        if start + end > size:
            raise CorruptModel(
                EngineCode.EXPERT_ENTRY_TRUNCATED,
                path=path,
                file=path.name,
                key=key,
                end=start + end,
                size=size,
            )
        found[key] = _Tensor(path, dtype, shape, start + begin, start + end)
    return found


def _expected_shapes(
    config: dict[str, Any], key_prefix: str, quantized: bool
) -> dict[str, tuple[int, ...]] | None:
    """Per-expert shapes the config implies, or None when the config lacks the sizes."""
    cfg = text_config(config)
    hidden = cfg.get("hidden_size")
    inter = cfg.get("moe_intermediate_size")
    if not hidden or not inter:
        return None
    shapes: dict[str, tuple[int, ...]] = {}
    quant = config.get("quantization") or cfg.get("quantization")
    for proj in PROJECTIONS:
        out_dims, in_dims = (hidden, inter) if proj == "down_proj" else (inter, hidden)
        q = quant.get(f"{key_prefix}{proj}", quant) if isinstance(quant, dict) else None
        if quantized and isinstance(q, dict):
            bits, group = int(q.get("bits", 4)), int(q.get("group_size", 64))
            shapes[f"{proj}.weight"] = (out_dims, in_dims * bits // 32)
            shapes[f"{proj}.scales"] = (out_dims, in_dims // group)
            shapes[f"{proj}.biases"] = (out_dims, in_dims // group)
        else:
            shapes[f"{proj}.weight"] = (out_dims, in_dims)
    return shapes


def build_index(model_dir: Path, config: dict[str, Any] | None = None) -> ExpertIndex:
    """Index the routed experts of the checkpoint in `model_dir`.

    Raises UnsupportedModel when the checkpoint has no stacked experts, CorruptModel when a
    shard is missing or truncated or a header disagrees with config.json.
    """
    model_dir = Path(model_dir)
    if config is None:
        config_path = model_dir / "config.json"
        try:
            config = json.loads(config_path.read_text(encoding="utf-8"))
        except FileNotFoundError as e:
            raise NotAModel(
                EngineCode.EXPERT_NO_CONFIG, path=model_dir, folder=str(model_dir)
            ) from e
        except ValueError as e:
            raise CorruptModel(EngineCode.EXPERT_CONFIG_DAMAGED, path=config_path) from e
    assert config is not None
    cfg = text_config(config)

    layers: dict[int, dict[str, _Tensor]] = {}
    prefixes: dict[int, str] = {}
    files: list[Path] = []
    for path in weight_files(model_dir):
        holds_experts = False
        for key, tensor in _tensors(path).items():
            m = _EXPERT_KEY.match(key)
            if m is None:
                continue
            holds_experts = True
            layer = int(m["layer"])
            layers.setdefault(layer, {})[f"{m['proj']}.{m['part']}"] = tensor
            prefixes[layer] = key[: m.start("proj")]
        if holds_experts:
            files.append(path)
    if not layers:
        raise UnsupportedModel(EngineCode.EXPERT_NOT_STACKED, path=model_dir, name=model_dir.name)

    num_experts = int(cfg.get("num_experts") or cfg.get("num_local_experts") or 0)
    num_layers = int(cfg.get("num_hidden_layers") or 0)
    first_layer = layers[min(layers)]
    names = tuple(f"{p}.{q}" for p in PROJECTIONS for q in PARTS if f"{p}.{q}" in first_layer)
    every_layer_moe = int(cfg.get("decoder_sparse_step") or 1) == 1 and not cfg.get(
        "mlp_only_layers"
    )
    if every_layer_moe and num_layers and sorted(layers) != list(range(num_layers)):
        missing = sorted(set(range(num_layers)) - set(layers))
        raise CorruptModel(
            EngineCode.EXPERT_LAYERS_MISSING,
            path=model_dir,
            layers=str(missing[:5]),
            count=num_layers,
        )

    entries: list[LayerExperts] = []
    for layer in sorted(layers):
        tensors = layers[layer]
        if tuple(n for n in names if n in tensors) != names or len(tensors) != len(names):
            raise CorruptModel(
                EngineCode.EXPERT_COMPONENTS,
                path=next(iter(tensors.values())).file,
                layer=layer,
                found=str(sorted(tensors)),
                expected=str(list(names)),
            )
        quantized = any(n.endswith(".scales") for n in names)
        expected = _expected_shapes(config, prefixes[layer], quantized)
        comps: list[Component] = []
        for name in names:
            t = tensors[name]
            if not t.shape or (num_experts and t.shape[0] != num_experts):
                raise CorruptModel(
                    EngineCode.EXPERT_COUNT_MISMATCH,
                    path=t.file,
                    file=t.file.name,
                    layer=layer,
                    name=name,
                    shape=str(list(t.shape)),
                    count=num_experts,
                )
            per_expert = t.shape[1:]
            if expected is not None and expected.get(name, per_expert) != per_expert:
                raise CorruptModel(
                    EngineCode.EXPERT_SHAPE_MISMATCH,
                    path=t.file,
                    file=t.file.name,
                    layer=layer,
                    name=name,
                    shape=str(list(per_expert)),
                    expected=str(list(expected[name])),
                )
            stride = (t.end - t.begin) // t.shape[0]
            comps.append(Component(name, t.file, t.begin, stride, per_expert, t.dtype))
        entries.append(LayerExperts(layer, prefixes[layer], tuple(comps)))

    first = entries[0]
    for entry in entries[1:]:
        if [(c.shape, c.dtype) for c in entry.components] != [
            (c.shape, c.dtype) for c in first.components
        ]:
            raise CorruptModel(
                EngineCode.EXPERT_LAYER_SHAPES,
                path=entry.components[0].file,
                layer=entry.layer,
                first=first.layer,
            )
    return ExpertIndex(
        model_dir=model_dir,
        num_experts=num_experts or next(iter(first_layer.values())).shape[0],
        layers=tuple(entries),
        component_names=names,
        files=tuple(files),
    )
