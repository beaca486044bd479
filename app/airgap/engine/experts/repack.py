"""Optional repack: per-layer files of expert-major records, so one expert is one read.

In the downloaded checkpoint an expert is nine slices of nine stacked tensors (nine reads).
`repack` writes `experts.packed/layer-NNN.bin` per MoE layer: record e holds all of expert
e's components back to back, padded to 16 KiB, plus a manifest recording the layout and
the source shards' sizes. `packed_index` returns an ExpertIndex pointing into those files
(the reader then merges a record's components into one `preadv`), or None when there is no
valid repack. The originals are kept: mlx-lm still loads the non-expert weights from them.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import replace
from pathlib import Path

from airgap.engine.experts.index import Component, ExpertIndex, LayerExperts

log = logging.getLogger(__name__)

PACKED_DIR = "experts.packed"
ALIGN = 16 * 1024
_VERSION = 1


def _layout(layer: LayerExperts) -> tuple[list[int], int]:
    offsets, at = [], 0
    for comp in layer.components:
        offsets.append(at)
        at += comp.stride
    return offsets, -(-at // ALIGN) * ALIGN


def _sources(index: ExpertIndex) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in index.files}


def repack(index: ExpertIndex, batch: int = 64) -> Path:
    """Write the packed files for every MoE layer of `index` (one layer at a time)."""
    dest = index.model_dir / PACKED_DIR
    dest.mkdir(exist_ok=True)
    manifest: dict[str, object] = {"version": _VERSION, "sources": _sources(index), "layers": {}}
    fds = {p: os.open(p, os.O_RDONLY) for p in index.files}
    try:
        for layer in index.layers:
            offsets, record = _layout(layer)
            path = dest / f"layer-{layer.layer:03d}.bin"
            tmp = path.with_suffix(".tmp")
            with tmp.open("wb") as out:
                for first in range(0, index.num_experts, batch):
                    count = min(batch, index.num_experts - first)
                    buf = bytearray(count * record)
                    view = memoryview(buf)
                    for i in range(count):
                        e = first + i
                        for comp, off in zip(layer.components, offsets, strict=True):
                            start = i * record + off
                            part = view[start : start + comp.stride]
                            n = os.preadv(fds[comp.file], [part], comp.offset + e * comp.stride)
                            if n != comp.stride:
                                raise OSError(f"short read from {comp.file.name} while repacking")
                    out.write(buf)
                out.flush()
                os.fsync(out.fileno())
            tmp.replace(path)
            layers = manifest["layers"]
            assert isinstance(layers, dict)
            layers[str(layer.layer)] = {"file": path.name, "record": record, "offsets": offsets}
            log.info("repacked layer %d into %s", layer.layer, path.name)
    finally:
        for fd in fds.values():
            os.close(fd)
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return dest


def packed_index(index: ExpertIndex) -> ExpertIndex | None:
    """The same experts read from the packed files; None without a complete, current repack."""
    dest = index.model_dir / PACKED_DIR
    try:
        manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("version") != _VERSION or manifest.get("sources") != _sources(index):
            log.warning("ignoring %s: it was made from other weights", dest)
            return None
        layers: list[LayerExperts] = []
        files: list[Path] = []
        for layer in index.layers:
            entry = manifest["layers"][str(layer.layer)]
            offsets, record = _layout(layer)
            path = dest / entry["file"]
            if entry["record"] != record or entry["offsets"] != offsets:
                return None
            if path.stat().st_size != record * index.num_experts:
                log.warning("ignoring %s: %s is incomplete", dest, path.name)
                return None
            comps = tuple(
                Component(c.name, path, off, record, c.shape, c.dtype)
                for c, off in zip(layer.components, offsets, strict=True)
            )
            layers.append(replace(layer, components=comps))
            files.append(path)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return replace(index, layers=tuple(layers), files=tuple(files))
