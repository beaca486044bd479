"""Parallel, length-checked expert reads straight into the slot buffers.

Each expert component is one contiguous byte range of a shard; `os.preadv` fills the slot's
memoryview from it. Reads run on a thread pool (the GIL is released during the syscall).
A read that stops before its length (EOF: the shard was truncated or replaced) raises
CorruptModel naming the file — never a partially filled slot used as weights.
"""

from __future__ import annotations

import contextlib
import os
import threading
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from airgap.engine.api import CorruptModel, EngineCode
from airgap.engine.experts.cache import SlotBuffers
from airgap.engine.experts.index import ExpertIndex

# (fd, file offset, destination views, path): one contiguous byte range of one expert —
# one component, or a whole record of a repacked layer.
_Job = tuple[int, int, list[memoryview], Path]
# (fd, base offset, stride, component numbers, path) of one contiguous run of components.
_Run = tuple[int, int, int, list[int], Path]


@dataclass
class Pending:
    layer: int
    experts: np.ndarray
    futures: list[Future[int]]


class ExpertReader:
    def __init__(self, index: ExpertIndex, buffers: SlotBuffers, threads: int = 8) -> None:
        self.index = index
        self.buffers = buffers
        self._fds: dict[Path, int] = {}
        for path in index.files:
            try:
                self._fds[path] = os.open(path, os.O_RDONLY)
            except OSError as e:
                self.close()
                raise CorruptModel(
                    EngineCode.EXPERT_OPEN_FAILED, path=path, file=path.name, reason=str(e.strerror)
                ) from e
        # Per layer position: the runs of components adjacent on disk (merged into one read).
        self._plan: list[list[_Run]] = []
        for layer in index.layers:
            runs: list[_Run] = []
            end = -1
            for c, comp in enumerate(layer.components):
                last = runs[-1] if runs else None
                if last and last[4] == comp.file and last[2] == comp.stride and comp.offset == end:
                    last[3].append(c)
                else:
                    runs.append((self._fds[comp.file], comp.offset, comp.stride, [c], comp.file))
                end = comp.offset + comp.nbytes
            self._plan.append(runs)
        self.threads = max(1, threads)
        self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="airgap-experts")
        # A model dropped without close() still gives its files and threads back.
        self._finalizer = weakref.finalize(self, _release, self._pool, list(self._fds.values()))
        self._lock = threading.Lock()
        self.bytes_read = 0
        self.reads = 0
        # Reads per (layer position, expert) since the last reset: the tests count them.
        self.read_counts = np.zeros((len(index.layers), index.num_experts), dtype=np.int64)

    def _jobs(self, layer: int, experts: np.ndarray, slots: np.ndarray) -> list[_Job]:
        views = self.buffers.views
        jobs: list[_Job] = []
        for e, s in zip(experts.tolist(), slots.tolist(), strict=True):
            for fd, base, stride, comps, path in self._plan[layer]:
                jobs.append((fd, base + e * stride, [views[c][s] for c in comps], path))
        return jobs

    def _run(self, jobs: list[_Job]) -> int:
        total = 0
        for fd, offset, views, path in jobs:
            size = sum(v.nbytes for v in views)
            try:
                done = os.preadv(fd, views, offset)
            except OSError as e:
                raise CorruptModel(
                    EngineCode.EXPERT_READ_FAILED, path=path, file=path.name, reason=str(e.strerror)
                ) from e
            if done != size:  # a partial read (or EOF): finish it piece by piece
                at = 0
                for view in views:
                    if done < at + view.nbytes:
                        self._exact(fd, view, offset + at, max(0, done - at), path)
                    at += view.nbytes
            total += size
        return total

    @staticmethod
    def _exact(fd: int, view: memoryview, offset: int, done: int, path: Path) -> None:
        """Fill view[done:] from offset+done; EOF first is a CorruptModel, never garbage."""
        while done < view.nbytes:
            n = os.preadv(fd, [view[done:]], offset + done)
            if n <= 0:
                raise CorruptModel(
                    EngineCode.EXPERT_SHORT_READ, path=path, file=path.name, offset=offset + done
                )
            done += n

    def _split(self, jobs: list[_Job]) -> list[list[_Job]]:
        n = min(self.threads, len(jobs))
        return [jobs[i::n] for i in range(n)]

    def _account(self, layer: int, experts: np.ndarray, nbytes: int) -> None:
        with self._lock:
            self.bytes_read += nbytes
            self.reads += len(experts)
            self.read_counts[layer, experts] += 1

    def read(self, layer: int, experts: np.ndarray, slots: np.ndarray) -> None:
        """Read `experts` of `layer` into `slots`; blocks until all are in."""
        if len(experts) == 0:
            return
        parts = self._split(self._jobs(layer, experts, slots))
        if len(parts) == 1:
            nbytes = self._run(parts[0])
        else:
            nbytes = sum(f.result() for f in [self._pool.submit(self._run, p) for p in parts])
        self._account(layer, experts, nbytes)

    def submit(self, layer: int, experts: np.ndarray, slots: np.ndarray) -> Pending:
        """Start reading in the background (prefetch); `wait` on the result before use."""
        parts = self._split(self._jobs(layer, experts, slots)) if len(experts) else []
        return Pending(layer, experts.copy(), [self._pool.submit(self._run, p) for p in parts])

    def wait(self, pending: Pending) -> None:
        """Block until a background read is in; re-raises its error (e.g. a short read)."""
        nbytes = sum(f.result() for f in pending.futures)
        self._account(pending.layer, pending.experts, nbytes)

    def close(self) -> None:
        finalizer = getattr(self, "_finalizer", None)
        if finalizer is not None:
            self._pool.shutdown(wait=True)
            finalizer()
        else:  # failed in __init__: only files to close
            _release(None, list(self._fds.values()))
        self._fds.clear()


def _release(pool: ThreadPoolExecutor | None, fds: list[int]) -> None:
    if pool is not None:
        pool.shutdown(wait=False)
    for fd in fds:
        with contextlib.suppress(OSError):
            os.close(fd)
