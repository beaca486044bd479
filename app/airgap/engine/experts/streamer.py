"""The expert streamer: settings, the per-layer hot path, and attaching it to a model.

Per MoE layer and call (one prompt chunk or one generated token):
1. one host sync on the routing indices (plus, for decode with prefetch, the next layer's
   router applied to this layer's input — evaluated in the same sync);
2. wait for this layer's prefetch, look the distinct experts up in the slot pool, read the
   missing ones with parallel preadv into evicted slots;
3. start reading the next layer's guessed experts (prefetch);
4. return the lazy `gather_qmm` graph over the slots — no eval here. A prompt chunk whose
   distinct experts do not fit the pool is computed in groups (each read once, evaluated
   before its slots are reused).

A prompt chunk can take many seconds (it reads a large part of the experts), so while a
session has handed it a CancelToken (`streamer.cancel`) each layer of a chunk, and each
group of a grouped one, checks it and raises PrefillCancelled after settling every read in
flight: no slot is left half-written and marked present.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import mlx.core as mx
import mlx.nn
import numpy as np
from mlx.utils import tree_flatten

from airgap.engine.api import (
    CancelToken,
    CorruptModel,
    EngineCode,
    ExpertStats,
    InvalidSettings,
    UnsupportedModel,
)
from airgap.engine.experts.cache import CachePolicy, SlotBuffers, SlotPool
from airgap.engine.experts.index import ExpertIndex, text_config, trained_top_k
from airgap.engine.experts.prefill import activation_bytes_per_token, choose_chunk, plan_groups
from airgap.engine.experts.reader import ExpertReader, Pending
from airgap.engine.experts.repack import (
    expert_index,
    is_repacked_in_place,
    model_classes,
    packed_index,
)
from airgap.engine.experts.stats import StreamCounters, expert_stats
from airgap.engine.experts.switch import ProjSpec, StreamingSwitchGLU, glu

log = logging.getLogger(__name__)

MIN_TOP_K = 4
PROBE_EVERY = 16


class PrefillCancelled(Exception):
    """The user cancelled inside a prompt chunk (the model's cache is half-written)."""


@dataclass(frozen=True)
class StreamingConfig:
    """How to stream. Sizes are bytes; None means "derive it"."""

    memory_budget: int | None = None  # whole model: resident weights + pool + work; None: RAM
    cache_bytes: int | None = None  # the expert slot pool; None: whatever the budget leaves
    top_k: int | None = None  # experts per token; None: the trained value
    policy: CachePolicy = CachePolicy.LRU
    prefetch: bool = True
    # Keep guessing a layer's experts only while at least this share of guesses is used
    # (a rolling average; every PROBE_EVERY-th call still guesses, to notice a change).
    # The floor: when reads dominate, guess_threshold() asks for more (see there).
    prefetch_min_hit: float = 0.3
    prefill_chunk: int | None = None  # prompt tokens per chunk; None: from the budget
    read_threads: int = 8
    use_repack: bool = True  # read experts.packed/ (see repack.py) when a current one exists


def default_budget_bytes() -> int:
    """What a model may use by default: 70% of physical memory (Metal's working-set cap is ~75%)."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        total = 16 << 30
    return int(total * 0.7)


def _size(n: int) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 else f"{n / 2**20:.1f} MB"


def top_k_warning(k: int, trained: int) -> str | None:
    """The quality warning for a speed mode below the trained K (None at the trained K)."""
    if k >= trained:
        return None
    return (
        f"Using {k} of the {trained} experts the model was trained with per token: faster, "
        "but answers may be less accurate (tool calls and JSON suffer first)."
    )


def validate_top_k(k: int, trained: int) -> int:
    lowest = min(MIN_TOP_K, trained)
    if not lowest <= k <= trained:
        raise InvalidSettings(EngineCode.EXPERT_TOP_K_RANGE, lowest=lowest, trained=trained)
    return k


def set_model_top_k(model: Any, k: int) -> str | None:
    """K for a resident MoE model (streamed ones use ExpertStreamer.set_top_k); returns the
    quality warning, if any."""
    blocks = [b for _, b in _moe_blocks(model) if hasattr(b, "top_k")]
    if not blocks:
        return None
    trained = int(blocks[0].top_k)
    validate_top_k(k, trained)
    for block in blocks:
        block.top_k = k
    return top_k_warning(k, trained)


def guess_threshold(io_share: float, floor: float) -> float:
    """The share of its guessed experts a layer must use for prefetching to pay.

    A layer computes for c while the guesses for the next one read (g reads of r each); the
    experts it then still misses (n - h*g, h the hit share) are read after. Without guesses a
    layer takes c + n*r, with them max(c, g*r) + (n - h*g)*r. While the guesses fit in the
    compute (g*r <= c) they always pay; past that they pay only when h > 1 - c/(g*r). With
    about as many guesses as misses, c/(g*r) ~ (1 - s)/s, s being the share of time spent
    waiting for reads — so an I/O-bound layer (s = 0.85) needs ~82% of its guesses used, not
    the compute-bound floor (guesses also take pool slots and CPU for the copies).
    """
    if io_share <= 0.5:
        return floor
    return max(floor, 1.0 - (1.0 - io_share) / io_share)


def checkpoint_bytes(model_dir: Path) -> int:
    """The weights' bytes, counting experts an in-place repack moved to experts.packed/."""
    from airgap.engine.loader import repacked_expert_bytes

    model_dir = Path(model_dir)
    shards = sum(p.stat().st_size for p in model_dir.glob("*.safetensors"))
    return shards + repacked_expert_bytes(model_dir)


def should_stream(model_dir: Path, budget_bytes: int | None = None) -> bool:
    """Stream the experts when the checkpoint (plus working room) does not fit the budget.

    Only MoE checkpoints with stacked experts can stream; everything else returns False.
    """
    budget = default_budget_bytes() if budget_bytes is None else budget_bytes
    try:
        expert_index(Path(model_dir))
    except UnsupportedModel:
        return False
    return checkpoint_bytes(Path(model_dir)) * 1.1 > budget


@dataclass
class _Layer:
    specs: tuple[ProjSpec, ProjSpec, ProjSpec]
    block: Any  # the mlx-lm MoE block (its gate routes; top_k is read from it)
    pending: Pending | None = None
    pending_slots: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    guess_hit: float = 1.0  # rolling share of prefetched experts the layer really used
    calls: int = 0

    def worth_guessing(self, min_hit: float) -> bool:
        self.calls += 1
        return self.guess_hit >= min_hit or self.calls % PROBE_EVERY == 0


class ExpertStreamer:
    """Owns the slot pool, the reader and the counters for one loaded model."""

    def __init__(
        self,
        index: ExpertIndex,
        blocks: list[Any],
        specs: list[tuple[ProjSpec, ProjSpec, ProjSpec]],
        config: StreamingConfig,
        trained_k: int,
        num_slots: int,
        prefill_chunk: int,
    ) -> None:
        self.index = index
        self.config = config
        self.trained_k = trained_k
        self.prefill_chunk = prefill_chunk
        self.buffers = SlotBuffers(num_slots, index.layers[0].components)
        self.pool = SlotPool(num_slots, len(index.layers), index.num_experts, config.policy)
        self.reader = ExpertReader(index, self.buffers, config.read_threads)
        self.layers = [_Layer(s, b) for s, b in zip(specs, blocks, strict=True)]
        self.counters = StreamCounters()
        self.prefetch = config.prefetch
        # The guess runs a layer's router on another layer's input: plain linear routers only.
        self._guessable = all(
            type(b.gate).__name__ in ("Linear", "QuantizedLinear") for b in blocks
        )
        self._top_k = trained_k
        # Rolling share of a decode step's time spent waiting for reads (guess_threshold).
        self.io_share = 0.0
        self._io_samples = 0
        self._step_mark: tuple[float, float] | None = None
        self.cancel: CancelToken | None = None  # set by the session for one generation

    # ------------------------------------------------------------------ settings and figures

    @property
    def num_slots(self) -> int:
        return self.pool.num_slots

    @property
    def pool_bytes(self) -> int:
        return self.buffers.nbytes

    @property
    def top_k(self) -> int:
        return self._top_k

    def set_top_k(self, k: int) -> str | None:
        """Route to `k` experts per token from now on; returns the quality warning, if any."""
        self._top_k = validate_top_k(k, self.trained_k)
        for layer in self.layers:
            layer.block.top_k = k
        return top_k_warning(k, self.trained_k)

    def snapshot(self) -> StreamCounters:
        self.counters.bytes_read = self.reader.bytes_read
        return self.counters.copy()

    def stats_since(self, before: StreamCounters) -> ExpertStats:
        return expert_stats(before, self.snapshot(), self._top_k)

    def close(self) -> None:
        for pos in range(len(self.layers)):
            self._settle(pos)
        self.reader.close()

    # ------------------------------------------------------------------ the hot path

    def _settle(self, pos: int) -> np.ndarray:
        """Wait for the prefetch into layer `pos`; returns the experts it brought."""
        layer = self.layers[pos]
        pending = layer.pending
        if pending is None:
            return np.empty(0, dtype=np.int64)
        layer.pending = None
        start = time.perf_counter()
        try:
            self.reader.wait(pending)
        except BaseException:
            self.pool.forget(layer.pending_slots)
            raise
        finally:
            self.counters.io_wait_s += time.perf_counter() - start
        return pending.experts

    def _check_cancel(self) -> None:
        if self.cancel is None or not self.cancel.cancelled:
            return
        for pos in range(len(self.layers)):
            self._settle(pos)
        raise PrefillCancelled

    def _read(self, pos: int, experts: np.ndarray, slots: np.ndarray) -> None:
        start = time.perf_counter()
        try:
            self.reader.read(pos, experts, slots)
        except BaseException:
            self.pool.forget(slots)
            raise
        finally:
            self.counters.io_wait_s += time.perf_counter() - start

    def _measure_step(self, pos: int) -> None:
        """Track io_share over each decode step's MoE layers (first to last layer's entry, so
        idle time between turns never counts)."""
        now, waited = time.perf_counter(), self.counters.io_wait_s
        if pos == 0:
            self._step_mark = (now, waited)
        elif pos == len(self.layers) - 1 and self._step_mark is not None:
            start, before = self._step_mark
            self._step_mark = None
            if now > start:
                share = min(1.0, (waited - before) / (now - start))
                weight = 0.2 if self._io_samples else 1.0  # the first step sets it
                self.io_share += weight * (share - self.io_share)
                self._io_samples += 1

    def forward(self, pos: int, x: mx.array, indices: mx.array, activation: Any) -> mx.array:
        layer = self.layers[pos]
        idx = mx.stop_gradient(indices)
        k = idx.shape[-1]
        decode = idx.size == k
        if decode:
            self._measure_step(pos)
        else:
            self._check_cancel()
        guess = None
        if (
            decode
            and self.prefetch
            and self._guessable
            and pos + 1 < len(self.layers)
            and self.layers[pos + 1].worth_guessing(
                guess_threshold(self.io_share, self.config.prefetch_min_hit)
            )
        ):
            logits = self.layers[pos + 1].block.gate(x)
            guess = mx.argpartition(logits, kth=-k, axis=-1)[..., -k:]
            mx.eval(idx, guess)  # the one host sync of this layer
        else:
            mx.eval(idx)
        routed = np.array(idx, copy=True).astype(np.int64)
        flat = routed.reshape(-1)
        if pos == 0:
            self.counters.tokens += flat.size // k
            # A guess left in flight by an interrupted call must land before slots move.
            for later in range(1, len(self.layers)):
                self._settle(later)

        prefetched = self._settle(pos)
        unique = np.unique(flat)
        slots = self.pool.lookup(pos, unique)
        present = slots >= 0
        self.counters.needed += len(unique)
        if len(prefetched):
            used = np.isin(prefetched, unique)
            layer.guess_hit = 0.8 * layer.guess_hit + 0.2 * float(used.mean())
            self.counters.prefetched += len(prefetched)
            self.counters.prefetch_used += int(used.sum())
            self.counters.hits += int(present.sum()) - int(used.sum())
        else:
            self.counters.hits += int(present.sum())

        if len(unique) > self.pool.num_slots:
            return self._grouped(pos, x, routed, unique, slots, activation)

        missing = unique[~present]
        fresh = self.pool.allocate(pos, missing, slots[present])
        slots[~present] = fresh
        self._read(pos, missing, fresh)
        self.pool.touch(pos, unique, slots)
        if guess is not None:
            self._start_prefetch(pos + 1, np.array(guess).reshape(-1).astype(np.int64), slots)

        slot_idx = mx.array(slots[np.searchsorted(unique, routed)].astype(np.uint32))
        xe = mx.expand_dims(x, (-2, -3))
        arrays = self.buffers.arrays
        if slot_idx.size < 64:
            return glu(xe, arrays, layer.specs, activation, slot_idx, False).squeeze(-2)
        # As SwitchGLU: sort the pairs by expert so each expert's rows are contiguous.
        order = np.argsort(flat, kind="stable")
        xs = xe.flatten(0, -3)[mx.array(order // k)]
        y = glu(xs, arrays, layer.specs, activation, slot_idx.reshape(-1)[mx.array(order)], True)
        y = y[mx.array(np.argsort(order))]
        return mx.unflatten(y, 0, routed.shape).squeeze(-2)

    def _start_prefetch(self, pos: int, guess: np.ndarray, busy: np.ndarray) -> None:
        """Start reading layer `pos`'s guessed experts into slots the current layer spares."""
        layer = self.layers[pos]
        if layer.pending is not None:  # an unfinished guess from an earlier call
            self._settle(pos)
        guess = np.unique(guess)
        missing = guess[self.pool.lookup(pos, guess) < 0]
        room = self.pool.num_slots - len(busy)
        missing = missing[: max(0, room)]
        if len(missing) == 0:
            return
        slots = self.pool.allocate(pos, missing, busy)
        layer.pending = self.reader.submit(pos, missing, slots)
        layer.pending_slots = slots

    def _claim(
        self, pos: int, group: np.ndarray, busy: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Slots for `group` (evicting none of `busy`): (slots, missing experts, their slots)."""
        slots = self.pool.lookup(pos, group)
        present = slots >= 0
        missing = group[~present]
        fresh = self.pool.allocate(pos, missing, np.concatenate([busy, slots[present]]))
        slots[~present] = fresh
        return slots, missing, fresh

    def _grouped(
        self,
        pos: int,
        x: mx.array,
        routed: np.ndarray,
        unique: np.ndarray,
        slots: np.ndarray,
        activation: Any,
    ) -> mx.array:
        """A prompt chunk whose experts exceed the pool: read and compute group by group.

        The pool is split in two halves: while one group computes, the next one is read
        into the other half (mx.eval releases the GIL, the reads run meanwhile).
        """
        specs = self.layers[pos].specs
        k = routed.shape[-1]
        flat = routed.reshape(-1)
        order = np.argsort(flat, kind="stable")
        by_expert = flat[order]
        xs = mx.expand_dims(x, (-2, -3)).flatten(0, -3)
        groups = plan_groups(unique, slots >= 0, max(1, self.pool.num_slots // 2))
        none = np.empty(0, dtype=np.int64)
        gslots, missing, fresh = self._claim(pos, groups[0], none)
        self._read(pos, missing, fresh)
        pieces: list[mx.array] = []
        rows: list[np.ndarray] = []
        for g, group in enumerate(groups):
            if g:
                self._check_cancel()  # the previous group's reads have all landed
            self.pool.touch(pos, group, gslots)
            ahead = None
            if g + 1 < len(groups):
                next_slots, missing, fresh = self._claim(pos, groups[g + 1], gslots)
                ahead = self.reader.submit(pos, missing, fresh)
            sel = np.flatnonzero(np.isin(by_expert, group))
            slot_of = np.full(self.index.num_experts, -1, dtype=np.int64)
            slot_of[group] = gslots
            pair_rows = order[sel]
            y = glu(
                xs[mx.array(pair_rows // k)],
                self.buffers.arrays,
                specs,
                activation,
                mx.array(slot_of[by_expert[sel]].astype(np.uint32)),
                True,
            )
            try:
                mx.eval(y)  # before the next-but-one group reuses these slots
            finally:
                if ahead is not None:
                    start = time.perf_counter()
                    try:
                        self.reader.wait(ahead)
                    except BaseException:
                        self.pool.forget(fresh)
                        raise
                    finally:
                        self.counters.io_wait_s += time.perf_counter() - start
            pieces.append(y)
            rows.append(pair_rows)
            if ahead is not None:
                gslots = next_slots
        y = mx.concatenate(pieces, axis=0)[mx.array(np.argsort(np.concatenate(rows)))]
        return mx.unflatten(y, 0, routed.shape).squeeze(-2)


# ---------------------------------------------------------------------- attaching


def _moe_blocks(model: Any) -> list[tuple[int, Any]]:
    return [
        (i, layer.mlp)
        for i, layer in enumerate(model.layers)
        if hasattr(getattr(layer, "mlp", None), "switch_mlp")
    ]


def _specs(switch: Any, names: tuple[str, ...]) -> tuple[ProjSpec, ProjSpec, ProjSpec]:
    out = []
    for proj in ("gate_proj", "up_proj", "down_proj"):
        module = getattr(switch, proj)
        if "bias" in module or module.get("global_scale") is not None:
            raise UnsupportedModel(EngineCode.EXPERT_FORMAT_UNSUPPORTED)
        quantized = "scales" in module
        out.append(
            ProjSpec(
                weight=names.index(f"{proj}.weight"),
                scales=names.index(f"{proj}.scales") if quantized else None,
                biases=names.index(f"{proj}.biases")
                if quantized and f"{proj}.biases" in names
                else None,
                group_size=getattr(module, "group_size", 0),
                bits=getattr(module, "bits", 0),
                mode=getattr(module, "mode", "affine"),
            )
        )
    return out[0], out[1], out[2]


def attach_streaming(
    model: Any,
    model_dir: Path,
    config: StreamingConfig | None = None,
    *,
    model_config: dict[str, Any] | None = None,
    index: ExpertIndex | None = None,
) -> ExpertStreamer:
    """Swap every MoE layer's SwitchGLU for a streaming one; the stacked expert arrays are
    dropped (call this before evaluating the model's parameters, i.e. after a lazy load).
    """
    config = config or StreamingConfig()
    model_dir = Path(model_dir)
    index = index or expert_index(model_dir, model_config)
    if config.use_repack:
        index = packed_index(index) or index  # one read per expert where a repack exists
    found = _moe_blocks(model)
    if [i for i, _ in found] != [entry.layer for entry in index.layers]:
        raise CorruptModel(EngineCode.EXPERT_LAYERS_MISMATCH, path=model_dir)
    names = index.component_names
    specs = []
    for (_, block), entry in zip(found, index.layers, strict=True):
        for comp in entry.components:
            proj, part = comp.name.split(".")
            shape = tuple(getattr(block.switch_mlp, proj)[part].shape[1:])
            if shape != comp.shape:
                raise CorruptModel(
                    EngineCode.EXPERT_RUNTIME_SHAPE,
                    path=comp.file,
                    file=comp.file.name,
                    layer=entry.layer,
                    name=comp.name,
                    shape=str(list(comp.shape)),
                    expected=str(list(shape)),
                )
        specs.append(_specs(block.switch_mlp, names))

    if not all(hasattr(block, "top_k") and hasattr(block, "gate") for _, block in found):
        raise UnsupportedModel(EngineCode.EXPERT_BLOCK_UNSUPPORTED, path=model_dir)
    trained = int(found[0][1].top_k)
    if model_config is not None:
        trained = trained_top_k(model_config) or trained
    k = validate_top_k(config.top_k or trained, trained)
    activations = [block.switch_mlp.activation for _, block in found]
    for _, block in found:
        # Drop the (lazy) stacked expert arrays before anything evaluates them.
        block.switch_mlp = mlx.nn.Module()  # type: ignore[attr-defined]

    params: Any = tree_flatten(model.parameters())
    resident = sum(int(v.nbytes) for _, v in params)
    cfg = text_config(model_config or {})
    hidden = int(cfg.get("hidden_size") or 0) or index.layers[0].components[-1].shape[0]
    inter = int(cfg.get("moe_intermediate_size") or 0) or index.layers[0].components[0].shape[0]
    per_token = activation_bytes_per_token(hidden, inter, trained)
    budget = config.memory_budget if config.memory_budget is not None else default_budget_bytes()
    chunk = config.prefill_chunk or choose_chunk(budget // 10, per_token)
    min_slots = trained * (2 if config.prefetch else 1)
    max_slots = index.num_experts * len(index.layers)
    if config.cache_bytes is not None:
        slots = config.cache_bytes // index.expert_bytes
    else:
        spare = budget - resident - chunk * per_token
        slots = spare // index.expert_bytes
        if slots < min_slots:
            need = resident + chunk * per_token + min_slots * index.expert_bytes
            raise InvalidSettings(
                EngineCode.EXPERT_MEMORY, needed=_size(need), budget=_size(budget)
            )
    slots = int(max(min_slots, min(max_slots, slots)))

    streamer = ExpertStreamer(index, [b for _, b in found], specs, config, trained, slots, chunk)
    for pos, (_, block) in enumerate(found):
        block.switch_mlp = StreamingSwitchGLU(streamer, pos, activations[pos])
    streamer.set_top_k(k)
    log.info(
        "streaming %d MoE layers: %d slots (%.2f GB), resident %.2f GB, K=%d, chunk %d",
        len(found),
        slots,
        streamer.pool_bytes / 2**30,
        resident / 2**30,
        k,
        chunk,
    )
    return streamer


def load_streaming(
    model_dir: Path, config: StreamingConfig | None = None
) -> tuple[Any, dict[str, Any], ExpertStreamer]:
    """Load an mlx-lm MoE checkpoint with every non-expert weight resident (real
    allocations) and the routed experts left on disk for the streamer.
    """
    from mlx_lm.utils import load_config, load_model

    model_dir = Path(model_dir)
    model_config = load_config(model_dir)
    index = expert_index(model_dir, model_config)  # fail on bad headers before loading
    options: dict[str, Any] = {}
    if is_repacked_in_place(model_dir):
        # Repacked in place: the shards lack the stacked experts mlx-lm expects.
        options["get_model_classes"] = model_classes(model_dir, resident=False)
    model, model_config = load_model(model_dir, lazy=True, **options)
    streamer = attach_streaming(model, model_dir, config, model_config=model_config, index=index)
    mx.eval(model.parameters())
    return model, model_config, streamer
