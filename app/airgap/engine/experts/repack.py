"""Optional repack: per-layer files of expert-major records, so one expert is one read.

In the downloaded checkpoint an expert is nine slices of nine stacked tensors (nine reads).
A repack writes `experts.packed/layer-NNN.bin` per MoE layer: record e holds all of expert
e's components back to back, padded to 16 KiB, plus `manifest.json` recording the layout.
Two ways:

- `repack(index)` (keep_originals): a copy next to the untouched shards; `packed_index`
  uses it while the shards it was made from are unchanged (a stale copy is ignored).
- `repack_in_place(model_dir)` (`airgap repack`): the experts MOVE, shard by shard, so the
  disk never holds them twice. For each shard: its expert records are written at their
  fixed places in the (sparse) layer files and fsynced; only then is the shard rewritten
  without its `switch_mlp.*` tensors (temp file, fsync, atomic rename; deleted when nothing
  is left) and `model.safetensors.index.json` updated. The plan (layout and, per shard, the
  expert tensors it held) is in the manifest from the start and `journal.json` lists the
  finished shards, so a run killed at any point finishes on the next run: a shard whose
  header still lists its experts is simply packed again. At the end the manifest records
  the sha256 of every file the repack wrote (for `airgap verify`) and is marked complete.
  Peak extra disk: one shard (the temp rewrite) plus the records' padding.

A model repacked in place loads through `expert_index` (the streamer) and `model_classes`
(mlx-lm's loader: the stacked expert arrays come back from the packed records, or as lazy
placeholders the streamer drops before anything evaluates them).
"""

from __future__ import annotations

import enum
import errno
import fcntl
import hashlib
import json
import logging
import os
import shutil
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from airgap.engine.api import CorruptModel, EngineCode, EngineError, UnsupportedModel
from airgap.engine.experts.index import (
    _EXPERT_KEY,
    Component,
    ExpertIndex,
    LayerExperts,
    _expected_shapes,
    _tensors,
    build_index,
    read_header,
    text_config,
)
from airgap.engine.loader import PACKED_EXPERTS_DIR, SAFETENSORS_DTYPE_BYTES

log = logging.getLogger(__name__)

PACKED_DIR = PACKED_EXPERTS_DIR
MANIFEST = "manifest.json"
JOURNAL = "journal.json"
INDEX_FILE = "model.safetensors.index.json"
ALIGN = 16 * 1024
_VERSION = 1  # the keep-originals copy
_IN_PLACE_VERSION = 2
_CHUNK = 16 << 20  # bytes per read while copying
MARGIN = 64 << 20  # free space kept beyond the largest shard


class NotEnoughDiskSpace(EngineError):
    """Refused (or stopped) for lack of disk space; nothing was lost."""


class RepackBusy(EngineError):
    """Another process is repacking the same model."""


class RepackStep(enum.Enum):
    """Where an in-place repack is; reported after each step (the CLI prints some)."""

    STARTED = "started"  # the plan is on disk: from here on a rerun finishes the job
    RECORDS_WRITTEN = "records_written"  # a shard's expert records are in and fsynced
    TEMP_WRITTEN = "temp_written"  # the shard without its experts is written (not renamed)
    SHARD_REPLACED = "shard_replaced"  # ... and renamed over the original
    SHARD_REMOVED = "shard_removed"  # the shard held only experts: deleted
    SHARD_DONE = "shard_done"  # journal and index file updated
    HASHING = "hashing"  # every shard done; hashing the written files for verify
    DONE = "done"


@dataclass(frozen=True)
class RepackProgress:
    step: RepackStep
    shard: str  # the shard this step is about ("" for STARTED/HASHING/DONE)
    shards_done: int
    shards_total: int
    bytes_moved: int  # expert bytes now only in the packed files


Progress = Callable[[RepackProgress], None]


# ---------------------------------------------------------------------- shared helpers


def _layout(layer: LayerExperts) -> tuple[list[int], int]:
    offsets, at = [], 0
    for comp in layer.components:
        offsets.append(at)
        at += comp.nbytes
    return offsets, -(-at // ALIGN) * ALIGN


def _sources(index: ExpertIndex) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in index.files}


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_json(path: Path, data: Any) -> None:
    """Atomically replace `path` (temp file, fsync, rename, fsync the folder)."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)
    _fsync_dir(path.parent)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as e:
        raise CorruptModel(
            EngineCode.REPACK_FILE_DAMAGED, path=path, file=f"{path.parent.name}/{path.name}"
        ) from e


def _pread_exact(fd: int, size: int, offset: int, path: Path) -> bytes:
    out = bytearray()
    while len(out) < size:
        chunk = os.pread(fd, size - len(out), offset + len(out))
        if not chunk:
            raise CorruptModel(EngineCode.REPACK_SHORT, path=path, file=path.name)
        out += chunk
    return bytes(out)


def _pwrite_all(fd: int, data: bytes | memoryview, offset: int) -> None:
    view = memoryview(data)
    while view:
        n = os.pwrite(fd, view, offset)
        view, offset = view[n:], offset + n


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------------- keep-originals copy


def repack(
    index: ExpertIndex,
    batch: int = 64,
    *,
    in_place: bool = False,
    on_progress: Progress | None = None,
) -> Path:
    """Write the packed files for every MoE layer of `index`; returns experts.packed/.

    By default a copy (the shards are kept: disk use for experts doubles); `in_place=True`
    moves the experts shard by shard instead (see `repack_in_place`).
    """
    if in_place:
        return repack_in_place(index.model_dir, on_progress)
    dest = index.model_dir / PACKED_DIR
    if _in_place_manifest(index.model_dir) is not None:
        return dest  # the experts already live only here
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
    _write_json(dest / MANIFEST, manifest)
    return dest


def packed_index(index: ExpertIndex) -> ExpertIndex | None:
    """The same experts read from the packed files; None without a complete, current repack.

    An index that already points into an in-place repack is returned as it is.
    """
    if index.files and all(f.parent.name == PACKED_DIR for f in index.files):
        return index
    dest = index.model_dir / PACKED_DIR
    try:
        manifest = json.loads((dest / MANIFEST).read_text(encoding="utf-8"))
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


# ---------------------------------------------------------------------- in place


def _in_place_manifest(model_dir: Path) -> dict[str, Any] | None:
    data = _read_json(Path(model_dir) / PACKED_DIR / MANIFEST)
    if isinstance(data, dict) and data.get("in_place"):
        return data
    return None


def is_repacked_in_place(model_dir: Path) -> bool:
    """True once an in-place repack has started (its experts may be partly moved)."""
    return _in_place_manifest(model_dir) is not None


class InPlaceState(enum.Enum):
    NONE = "none"  # the experts are in the shards (a keep-originals copy may exist too)
    UNFINISHED = "unfinished"  # started, not finished: run it again
    COMPLETE = "complete"


def in_place_state(model_dir: Path) -> InPlaceState:
    plan = _in_place_manifest(model_dir)
    if plan is None:
        return InPlaceState.NONE
    return InPlaceState.COMPLETE if plan.get("complete") else InPlaceState.UNFINISHED


def _plan(index: ExpertIndex) -> dict[str, Any]:
    """The manifest of an in-place repack before it starts: layout and per-shard work."""
    layers: dict[str, Any] = {}
    shards: dict[str, list[str]] = {}
    for layer in index.layers:
        offsets, record = _layout(layer)
        layers[str(layer.layer)] = {
            "file": f"layer-{layer.layer:03d}.bin",
            "record": record,
            "offsets": offsets,
            "key_prefix": layer.key_prefix,
            "components": [
                {"name": c.name, "shape": list(c.shape), "dtype": c.dtype} for c in layer.components
            ],
        }
        for comp in layer.components:
            shards.setdefault(comp.file.name, []).append(layer.key_prefix + comp.name)
    index_data = _read_json(index.model_dir / INDEX_FILE)
    metadata = index_data.get("metadata") if isinstance(index_data, dict) else None
    total = metadata.get("total_size") if isinstance(metadata, dict) else None
    return {
        "version": _IN_PLACE_VERSION,
        "in_place": True,
        "complete": False,
        "num_experts": index.num_experts,
        "component_names": list(index.component_names),
        "expert_bytes": index.total_bytes,
        "index_total_size": total if isinstance(total, int) else None,
        "layers": layers,
        "shards": {name: sorted(keys) for name, keys in sorted(shards.items())},
    }


def _size(n: int) -> str:
    return f"{n / 2**30:.2f} GB" if n >= 2**30 else f"{n / 2**20:.1f} MB"


def _check_space(folder: Path, need: int, started: bool) -> None:
    free = shutil.disk_usage(folder).free
    if free < need:
        code = EngineCode.REPACK_NO_SPACE_STARTED if started else EngineCode.REPACK_NO_SPACE
        raise NotEnoughDiskSpace(code, name=folder.name, needed=_size(need), free=_size(free))


def _key_target(plan: dict[str, Any], key: str) -> tuple[dict[str, Any], int, dict[str, Any]]:
    """(layer entry, component number, component entry) of an expert tensor key."""
    m = _EXPERT_KEY.match(key)
    entry = plan["layers"].get(m["layer"] if m else "")
    if m is None or entry is None:
        raise CorruptModel(EngineCode.REPACK_UNKNOWN_TENSOR, key=key)
    name = f"{m['proj']}.{m['part']}"
    for c, comp in enumerate(entry["components"]):
        if comp["name"] == name:
            return entry, c, comp
    raise CorruptModel(EngineCode.REPACK_UNKNOWN_TENSOR, key=key)


def _pack_shard(
    path: Path, keys: list[str], plan: dict[str, Any], dest: Path, fds: dict[str, int]
) -> int:
    """Copy every expert of `keys` (stacked tensors in `path`) to its record; fsync."""
    tensors = _tensors(path)
    experts = int(plan["num_experts"])
    touched: set[str] = set()
    moved = 0
    src = os.open(path, os.O_RDONLY)
    try:
        for key in keys:
            entry, c, comp = _key_target(plan, key)
            t = tensors[key]
            if t.shape != (experts, *comp["shape"]) or t.dtype != comp["dtype"]:
                raise CorruptModel(
                    EngineCode.REPACK_CHANGED,
                    path=path,
                    file=path.name,
                    key=key,
                    shape=str(list(t.shape)),
                    dtype=str(t.dtype),
                )
            stride = (t.end - t.begin) // experts
            record, offset = int(entry["record"]), int(entry["offsets"][c])
            name = str(entry["file"])
            if name not in fds:
                fds[name] = os.open(dest / name, os.O_WRONLY)
            out = fds[name]
            per = max(1, _CHUNK // max(1, stride))
            for first in range(0, experts, per):
                count = min(per, experts - first)
                data = memoryview(_pread_exact(src, count * stride, t.begin + first * stride, path))
                for i in range(count):
                    chunk = data[i * stride : (i + 1) * stride]
                    _pwrite_all(out, chunk, (first + i) * record + offset)
            touched.add(name)
            moved += t.end - t.begin
    finally:
        os.close(src)
    for name in sorted(touched):
        os.fsync(fds[name])
    return moved


def _rewrite_without(path: Path, drop: set[str]) -> Path:
    """Write `path` minus the tensors in `drop` to a temp file (fsynced); returns it."""
    header = read_header(path)
    start = int(header.pop("__data_start__"))
    header.pop("__file_size__")
    metadata = header.pop("__metadata__", None)
    kept = sorted(
        ((k, v) for k, v in header.items() if k not in drop),
        key=lambda kv: int(kv[1]["data_offsets"][0]),
    )
    new: dict[str, Any] = {}
    if metadata is not None:
        new["__metadata__"] = metadata
    at = 0
    for key, info in kept:
        begin, end = (int(v) for v in info["data_offsets"])
        new[key] = {
            "dtype": info["dtype"],
            "shape": info["shape"],
            "data_offsets": [at, at + end - begin],
        }
        at += end - begin
    raw = json.dumps(new, separators=(",", ":")).encode("utf-8")
    raw += b" " * (-len(raw) % 8)  # keep the tensor data 8-byte aligned, as safetensors does
    tmp = path.with_name(path.name + ".repack-tmp")
    with path.open("rb") as src, tmp.open("wb") as out:
        out.write(struct.pack("<Q", len(raw)))
        out.write(raw)
        for _key, info in kept:
            begin, end = (int(v) for v in info["data_offsets"])
            src.seek(start + begin)
            left = end - begin
            while left:
                chunk = src.read(min(_CHUNK, left))
                if not chunk:
                    raise CorruptModel(EngineCode.REPACK_TRUNCATED, path=path, file=path.name)
                out.write(chunk)
                left -= len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return tmp


def _update_index_file(
    model_dir: Path, plan: dict[str, Any], done: list[str], removed: list[str]
) -> None:
    """Drop the moved experts (and deleted shards) from model.safetensors.index.json."""
    path = model_dir / INDEX_FILE
    data = _read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("weight_map"), dict):
        return
    moved = {key for name in done for key in plan["shards"][name]}
    gone = set(removed)
    weight_map = {k: v for k, v in data["weight_map"].items() if k not in moved and v not in gone}
    total = plan.get("index_total_size")
    metadata = data.get("metadata")
    if isinstance(total, int) and isinstance(metadata, dict):
        moved_bytes = sum(
            _component_bytes(plan, key) for name in done for key in plan["shards"][name]
        )
        metadata = {**metadata, "total_size": total - moved_bytes}
    if weight_map == data["weight_map"] and metadata == data.get("metadata"):
        return
    data["weight_map"] = weight_map
    if isinstance(metadata, dict):
        data["metadata"] = metadata
    _write_json(path, data)


def _component_bytes(plan: dict[str, Any], key: str) -> int:
    _, _, comp = _key_target(plan, key)
    size = SAFETENSORS_DTYPE_BYTES[comp["dtype"]] * int(plan["num_experts"])
    for d in comp["shape"]:
        size *= int(d)
    return size


def _start(model_dir: Path, dest: Path, margin: int) -> dict[str, Any]:
    """Check, plan and create the (sparse) layer files; the plan goes to disk last."""
    index = build_index(model_dir)  # every expert still in the shards, headers checked
    plan = _plan(index)
    padding = sum(
        (int(e["record"]) - sum(c.nbytes for c in layer.components)) * index.num_experts
        for e, layer in zip(plan["layers"].values(), index.layers, strict=True)
    )
    biggest = max(p.stat().st_size for p in index.files)
    _check_space(model_dir, biggest + padding + margin, started=False)
    if dest.exists():  # a keep-originals copy (or leftovers of one): the shards hold it all
        shutil.rmtree(dest)
    dest.mkdir()
    for entry in plan["layers"].values():
        with (dest / entry["file"]).open("wb") as f:
            f.truncate(int(entry["record"]) * index.num_experts)  # sparse until filled
            os.fsync(f.fileno())
    _fsync_dir(dest)
    _write_json(dest / MANIFEST, plan)
    _fsync_dir(model_dir)
    return plan


def repack_in_place(
    model_dir: Path, on_progress: Progress | None = None, *, margin: int = MARGIN
) -> Path:
    """Move every routed expert into experts.packed/, shard by shard (see the module doc).

    Safe to kill at any point and to run again: a rerun finishes an unfinished repack, and
    does nothing for a finished one. Raises NotEnoughDiskSpace (nothing lost) when the
    disk lacks room for one shard plus the records' padding or fills up, UnsupportedModel
    for a model without stacked experts, CorruptModel when a shard is damaged or missing.
    """
    model_dir = Path(model_dir)
    lock = os.open(model_dir, os.O_RDONLY)
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # one repack per model at a time
        except BlockingIOError as e:
            raise RepackBusy(EngineCode.REPACK_BUSY, name=model_dir.name) from e
        return _repack_in_place(model_dir, on_progress, margin)
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise NotEnoughDiskSpace(
                EngineCode.REPACK_DISK_FILLED, name=model_dir.name, reason=str(e.strerror)
            ) from e
        raise
    finally:
        os.close(lock)  # releases the lock


def _repack_in_place(model_dir: Path, on_progress: Progress | None, margin: int) -> Path:
    dest = model_dir / PACKED_DIR
    plan = _in_place_manifest(model_dir)
    if plan is not None and plan.get("complete"):
        (dest / JOURNAL).unlink(missing_ok=True)  # killed just after finishing
        return dest
    if plan is None:
        plan = _start(model_dir, dest, margin)
    elif plan.get("version") != _IN_PLACE_VERSION:
        raise UnsupportedModel(EngineCode.REPACK_NEWER, file=f"{dest.name}/{MANIFEST}")
    journal = _read_json(dest / JOURNAL) or {}
    done: list[str] = list(journal.get("done", []))
    removing: list[str] = list(journal.get("removing", []))
    shards: dict[str, list[str]] = plan["shards"]
    total = len(shards)

    def moved() -> int:
        return sum(_component_bytes(plan, k) for name in done for k in shards[name])

    def report(step: RepackStep, shard: str = "") -> None:
        if on_progress is not None:
            on_progress(RepackProgress(step, shard, len(done), total, moved()))

    report(RepackStep.STARTED)
    remaining = [name for name in shards if name not in done]
    present = [model_dir / n for n in remaining if (model_dir / n).exists()]
    if present:
        biggest = max(p.stat().st_size for p in present)
        _check_space(model_dir, biggest + margin, started=True)
    fds: dict[str, int] = {}
    try:
        for name in remaining:
            path = model_dir / name
            keys = shards[name]
            path.with_name(name + ".repack-tmp").unlink(missing_ok=True)
            if path.exists():
                held = set(_tensors(path))
                still = [k for k in keys if k in held]
                if still and len(still) != len(keys):
                    raise CorruptModel(EngineCode.REPACK_PARTIAL, path=path, name=name)
                if still:
                    _pack_shard(path, keys, plan, dest, fds)
                    report(RepackStep.RECORDS_WRITTEN, name)
                if held <= set(keys):  # nothing but experts: the shard goes
                    if name not in removing:
                        removing.append(name)
                        _write_json(dest / JOURNAL, {"done": done, "removing": removing})
                    path.unlink()
                    _fsync_dir(model_dir)
                    report(RepackStep.SHARD_REMOVED, name)
                elif still:
                    tmp = _rewrite_without(path, set(keys))
                    report(RepackStep.TEMP_WRITTEN, name)
                    tmp.replace(path)
                    _fsync_dir(model_dir)
                    report(RepackStep.SHARD_REPLACED, name)
            elif name not in removing:
                raise CorruptModel(EngineCode.REPACK_SOURCE_GONE, path=path, name=name)
            done.append(name)
            _write_json(dest / JOURNAL, {"done": done, "removing": removing})
            _update_index_file(model_dir, plan, done, removing)
            report(RepackStep.SHARD_DONE, name)
    finally:
        for fd in fds.values():
            os.close(fd)

    report(RepackStep.HASHING)
    _update_index_file(model_dir, plan, done, removing)
    _finish(model_dir, dest, plan, removing)
    report(RepackStep.DONE)
    return dest


def _finish(model_dir: Path, dest: Path, plan: dict[str, Any], removed: list[str]) -> None:
    """Check the layer files, hash what the repack wrote, mark the manifest complete."""
    experts = int(plan["num_experts"])
    written: list[Path] = []
    for entry in plan["layers"].values():
        path = dest / entry["file"]
        if path.stat().st_size != int(entry["record"]) * experts:
            raise CorruptModel(
                EngineCode.REPACK_WRONG_SIZE, path=path, file=f"{PACKED_DIR}/{path.name}"
            )
        written.append(path)
    written += [model_dir / n for n in plan["shards"] if (model_dir / n).exists()]
    if (model_dir / INDEX_FILE).exists():
        written.append(model_dir / INDEX_FILE)
    files = [
        {
            "path": p.relative_to(model_dir).as_posix(),
            "size": p.stat().st_size,
            "sha256": _sha256(p),
        }
        for p in sorted(written)
    ]
    _write_json(dest / MANIFEST, {**plan, "complete": True, "files": files, "removed": removed})
    (dest / JOURNAL).unlink(missing_ok=True)
    _fsync_dir(dest)


# ---------------------------------------------------------------------- loading a repack


def load_packed(model_dir: Path, config: dict[str, Any] | None = None) -> ExpertIndex:
    """The expert index of a model repacked in place, checked against the files on disk.

    CorruptModel (naming the file) when a packed file is missing or has the wrong size, the
    repack is unfinished, or the layout disagrees with config.json.
    """
    model_dir = Path(model_dir)
    dest = model_dir / PACKED_DIR
    plan = _in_place_manifest(model_dir)
    if plan is None:
        raise CorruptModel(EngineCode.REPACK_NONE, path=dest, name=model_dir.name)
    if not plan.get("complete"):
        raise CorruptModel(
            EngineCode.REPACK_INTERRUPTED, path=dest, name=model_dir.name, folder=str(model_dir)
        )
    if config is None:
        config = _read_json(model_dir / "config.json") or {}
    assert config is not None
    cfg = text_config(config)
    try:
        experts = int(plan["num_experts"])
        names = tuple(str(n) for n in plan["component_names"])
        layers: list[LayerExperts] = []
        for number, entry in sorted(plan["layers"].items(), key=lambda kv: int(kv[0])):
            path = dest / str(entry["file"])
            record = int(entry["record"])
            comps = tuple(
                Component(
                    str(c["name"]), path, int(off), record, tuple(c["shape"]), str(c["dtype"])
                )
                for c, off in zip(entry["components"], entry["offsets"], strict=True)
            )
            layers.append(LayerExperts(int(number), str(entry["key_prefix"]), comps))
    except (KeyError, TypeError, ValueError) as e:
        raise CorruptModel(
            EngineCode.REPACK_FILE_DAMAGED, path=dest / MANIFEST, file=f"{PACKED_DIR}/{MANIFEST}"
        ) from e

    configured = int(cfg.get("num_experts") or cfg.get("num_local_experts") or experts)
    if configured != experts:
        raise CorruptModel(
            EngineCode.REPACK_MANIFEST_COUNT,
            path=dest / MANIFEST,
            file=f"{PACKED_DIR}/{MANIFEST}",
            count=experts,
            configured=configured,
        )
    for layer in layers:
        path = layer.components[0].file
        quantized = any(c.name.endswith(".scales") for c in layer.components)
        expected = _expected_shapes(config, layer.key_prefix, quantized) or {}
        for comp in layer.components:
            if expected.get(comp.name, comp.shape) != comp.shape:
                raise CorruptModel(
                    EngineCode.EXPERT_SHAPE_MISMATCH,
                    path=path,
                    file=f"{PACKED_DIR}/{path.name}",
                    layer=layer.layer,
                    name=comp.name,
                    shape=str(list(comp.shape)),
                    expected=str(list(expected[comp.name])),
                )
        want = layer.components[0].stride * experts
        try:
            size = path.stat().st_size
        except FileNotFoundError as e:
            raise CorruptModel(
                EngineCode.REPACK_PACKED_MISSING, path=path, file=f"{PACKED_DIR}/{path.name}"
            ) from e
        if size != want:
            raise CorruptModel(
                EngineCode.REPACK_PACKED_TRUNCATED,
                path=path,
                file=f"{PACKED_DIR}/{path.name}",
                size=size,
                expected=want,
            )
    return ExpertIndex(
        model_dir=model_dir,
        num_experts=experts,
        layers=tuple(layers),
        component_names=names,
        files=tuple(layer.components[0].file for layer in layers),
    )


def expert_index(model_dir: Path, config: dict[str, Any] | None = None) -> ExpertIndex:
    """Where the routed experts are: the in-place repack when there is one, else the shards."""
    if is_repacked_in_place(model_dir):
        return load_packed(model_dir, config)
    return build_index(model_dir, config)


def model_classes(model_dir: Path, *, resident: bool) -> Callable[[dict[str, Any]], Any]:
    """mlx-lm `load_model(get_model_classes=...)` for a model repacked in place.

    Its model class's `sanitize` adds the stacked `switch_mlp.*` arrays the shards no longer
    hold, so mlx-lm quantizes, shape-checks and loads the model as before (strict): with
    `resident` the real arrays, read from the packed records; otherwise lazy placeholders,
    which `attach_streaming` drops before anything evaluates them.
    """
    from mlx_lm.utils import _get_classes  # the default of load_model's get_model_classes

    index = load_packed(model_dir)

    def get(config: dict[str, Any]) -> Any:
        model_class, args_class = _get_classes(config)

        class Repacked(model_class):  # type: ignore[misc,valid-type]
            def sanitize(self, weights: dict[str, Any]) -> dict[str, Any]:
                base = getattr(super(), "sanitize", None)
                weights = base(weights) if base is not None else weights
                weights.update(_expert_arrays(index, resident))
                return weights

        Repacked.__name__ = Repacked.__qualname__ = model_class.__name__
        Repacked.__module__ = model_class.__module__
        return Repacked, args_class

    return get


def _expert_arrays(index: ExpertIndex, resident: bool) -> dict[str, Any]:
    import mlx.core as mx
    import numpy as np

    from airgap.engine.experts.cache import MX_DTYPES as dtypes

    experts = index.num_experts
    arrays: dict[str, Any] = {}
    for layer in index.layers:
        for comp in layer.components:
            if comp.dtype not in dtypes:
                raise UnsupportedModel(EngineCode.REPACK_DTYPE, dtype=str(comp.dtype))
        if not resident:
            for comp in layer.components:
                key = layer.key_prefix + comp.name
                arrays[key] = mx.zeros((experts, *comp.shape), dtype=dtypes[comp.dtype])
            continue
        path = layer.components[0].file
        record = layer.components[0].stride
        if path.stat().st_size != record * experts:
            raise CorruptModel(
                EngineCode.REPACK_WRONG_SIZE, path=path, file=f"{PACKED_DIR}/{path.name}"
            )
        # One component at a time, so memory holds the arrays plus one component's copy.
        rows = np.memmap(path, dtype=np.uint8, mode="r", shape=(experts, record))
        for comp in layer.components:
            width = SAFETENSORS_DTYPE_BYTES[comp.dtype]
            part = np.ascontiguousarray(rows[:, comp.offset : comp.offset + comp.nbytes])
            view = part.view(np.dtype(f"<u{width}")) if width > 1 else part
            array = mx.array(view.reshape(experts, *comp.shape))
            arrays[layer.key_prefix + comp.name] = array.view(dtypes[comp.dtype])
        del rows
    return arrays
