"""The expert slot pool: preallocated buffers and which (layer, expert) each slot holds.

Slots are allocated once, as real MLX arrays (one stacked array per component, e.g.
`gate_proj.weight` of shape (slots, out, in/8)); reads land in them through writable
memoryviews, so the hot path creates no arrays per expert. Eviction is vectorised over
numpy arrays: LRU (the default; with a small pool it amounts to "trust the OS page cache")
or LFU.

Why overwriting a slot is safe: a layer's expert compute is lazy and runs at the next
layer's host sync (its routing indices depend on it), and slots are only (re)filled after
that sync, never the slots the current layer still needs (they are `protected`).
"""

from __future__ import annotations

from enum import StrEnum

import mlx.core as mx
import numpy as np

from airgap.engine.experts.index import Component

# safetensors dtype -> MLX dtype, for the expert arrays MLX holds (slots, repacked loads).
MX_DTYPES = {
    "BOOL": mx.bool_, "U8": mx.uint8, "I8": mx.int8, "U16": mx.uint16, "I16": mx.int16,
    "F16": mx.float16, "BF16": mx.bfloat16, "U32": mx.uint32, "I32": mx.int32,
    "F32": mx.float32, "U64": mx.uint64, "I64": mx.int64,
}  # fmt: skip


class CachePolicy(StrEnum):
    LRU = "lru"
    LFU = "lfu"


class SlotBuffers:
    """One preallocated MLX array per component, with a writable byte view per slot."""

    def __init__(self, num_slots: int, components: tuple[Component, ...]) -> None:
        self.num_slots = num_slots
        self.arrays: list[mx.array] = []
        self.views: list[list[memoryview]] = []  # [component][slot]
        for comp in components:
            dtype = MX_DTYPES.get(comp.dtype)
            if dtype is None:
                raise ValueError(f"unsupported expert dtype {comp.dtype}")
            array = mx.zeros((num_slots, *comp.shape), dtype=dtype)
            mx.eval(array)
            flat = memoryview(array).cast("B")  # type: ignore[arg-type]
            size = comp.nbytes
            if flat.readonly or flat.nbytes != num_slots * size:
                raise RuntimeError("MLX did not give a writable, contiguous slot buffer")
            self.arrays.append(array)
            self.views.append([flat[s * size : (s + 1) * size] for s in range(num_slots)])

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in self.arrays)


class SlotPool:
    """Which slot holds which (layer position, expert), and who gets evicted."""

    def __init__(
        self, num_slots: int, num_layers: int, num_experts: int, policy: CachePolicy
    ) -> None:
        self.num_slots = num_slots
        self.policy = policy
        self.table = np.full((num_layers, num_experts), -1, dtype=np.int64)
        self.owner_layer = np.full(num_slots, -1, dtype=np.int64)
        self.owner_expert = np.full(num_slots, -1, dtype=np.int64)
        self.stamp = np.zeros(num_slots, dtype=np.int64)
        self.freq = np.zeros((num_layers, num_experts), dtype=np.int64)
        self.clock = 0

    def lookup(self, layer: int, experts: np.ndarray) -> np.ndarray:
        """Slots of `experts` in `layer`, -1 where absent."""
        slots: np.ndarray = self.table[layer, experts]
        return slots

    def touch(self, layer: int, experts: np.ndarray, slots: np.ndarray) -> None:
        self.clock += 1
        self.stamp[slots] = self.clock
        self.freq[layer, experts] += 1

    def allocate(self, layer: int, experts: np.ndarray, protected: np.ndarray) -> np.ndarray:
        """Evict and assign slots for `experts` (absent from the pool), sparing `protected`."""
        n = len(experts)
        if n == 0:
            return np.empty(0, dtype=np.int64)
        free = np.ones(self.num_slots, dtype=bool)
        free[protected] = False
        candidates = np.flatnonzero(free)
        if len(candidates) < n:
            raise RuntimeError(f"expert pool too small: need {n} slots, {len(candidates)} free")
        if self.policy is CachePolicy.LFU:
            owners = self.owner_layer[candidates]
            score = np.where(
                owners < 0, -1, self.freq[owners, self.owner_expert[candidates]]
            ).astype(np.float64)
            # Among equally rare, the least recently used goes first.
            score += self.stamp[candidates] / (self.clock + 1.0)
        else:
            score = np.where(self.owner_layer[candidates] < 0, -1, self.stamp[candidates]).astype(
                np.float64
            )
        chosen = (
            candidates[np.argpartition(score, n - 1)[:n]] if n < len(candidates) else (candidates)
        )
        old = self.owner_layer[chosen] >= 0
        self.table[self.owner_layer[chosen[old]], self.owner_expert[chosen[old]]] = -1
        self.table[layer, experts] = chosen
        self.owner_layer[chosen] = layer
        self.owner_expert[chosen] = experts
        return chosen

    def forget(self, slots: np.ndarray) -> None:
        """Drop slots whose read failed, so garbage is never served as a hit."""
        held = slots[self.owner_layer[slots] >= 0]
        self.table[self.owner_layer[held], self.owner_expert[held]] = -1
        self.owner_layer[slots] = -1
        self.owner_expert[slots] = -1
