"""Counters the streamer keeps, and the api.ExpertStats a generation reports from them."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from airgap.engine.api import ExpertStats


@dataclass
class StreamCounters:
    tokens: int = 0  # tokens through the first MoE layer (prompt and generated)
    needed: int = 0  # distinct experts a layer needed, summed over calls
    hits: int = 0  # ... of which were already in the pool (not counting fresh prefetches)
    prefetched: int = 0  # experts read ahead by the next-layer router guess
    prefetch_used: int = 0  # ... of which the layer then really routed to
    io_wait_s: float = 0.0  # time the forward pass spent blocked on reads
    bytes_read: int = 0
    clock: float = field(default_factory=time.perf_counter)

    def copy(self) -> StreamCounters:
        return replace(self, clock=time.perf_counter())


def expert_stats(
    before: StreamCounters, after: StreamCounters, experts_per_token: int
) -> ExpertStats:
    """Figures for the work done between two snapshots."""
    tokens = after.tokens - before.tokens
    needed = after.needed - before.needed
    prefetched = after.prefetched - before.prefetched
    elapsed = after.clock - before.clock
    return ExpertStats(
        bytes_read_per_token=(after.bytes_read - before.bytes_read) / tokens if tokens else 0.0,
        cache_hit_rate=(after.hits - before.hits) / needed if needed else 0.0,
        prefetch_hit_rate=(after.prefetch_used - before.prefetch_used) / prefetched
        if prefetched
        else 0.0,
        io_wait_share=min(1.0, (after.io_wait_s - before.io_wait_s) / elapsed)
        if elapsed > 0
        else 0.0,
        experts_per_token=experts_per_token,
    )
