"""What this machine can run: RAM, free disk, and a fit verdict for each catalog model.

A verdict is one of: runs resident, runs by streaming routed experts from the SSD at an
estimated speed, or does not fit — always with the numbers behind it. The estimate is a
bandwidth bound (DESIGN.md §3): expert bytes one token needs that the page cache does not
already hold, divided by the SSD's read rate.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from airgap.downloads.catalog import CatalogEntry

log = logging.getLogger(__name__)

GB = 1_000_000_000
# Metal lets one process wire about three quarters of unified memory; the OS needs the rest.
USABLE_RAM_SHARE = 0.75
# Sequential read rate of a recent Apple SSD; `airgap catalog --ssd-gbps` overrides it.
DEFAULT_SSD_BYTES_PER_S = 6 * GB
MAX_ESTIMATE_TOK_S = 50.0
# Disk margin on top of a download: 2% of its size, at least this much.
MIN_DISK_MARGIN = 512 * 1024 * 1024

FreeSpaceProbe = Callable[[Path], int]


class Fit(StrEnum):
    RESIDENT = "resident"
    STREAMS = "streams experts"
    DOES_NOT_FIT = "does not fit"


@dataclass(frozen=True)
class Machine:
    ram_bytes: int
    free_disk_bytes: int
    disk_path: Path


@dataclass(frozen=True)
class FitVerdict:
    model_id: str
    fit: Fit
    ram_needed: int
    usable_ram: int
    disk_needed: int
    free_disk: int
    est_tok_s: float | None = None

    @property
    def disk_ok(self) -> bool:
        return self.disk_needed <= self.free_disk

    def describe(self) -> str:
        """One line with the numbers, e.g. 'streams experts at ~1.6 tok/s (needs 8.5 GB ...)'."""
        need, have = _gb(self.ram_needed), _gb(self.usable_ram)
        if self.fit is Fit.RESIDENT:
            text = f"runs resident (needs {need} of {have} usable memory)"
        elif self.fit is Fit.STREAMS:
            text = (
                f"streams experts at ~{self.est_tok_s:.1f} tok/s (estimate; needs {need} "
                f"resident of {have} usable memory)"
            )
        else:
            text = f"does not fit (needs {need}, {have} usable memory)"
        if not self.disk_ok:
            text += f"; not enough disk: needs {_gb(self.disk_needed)}, {_gb(self.free_disk)} free"
        return text


def _gb(n: int) -> str:
    return f"{n / GB:.1f} GB"


def total_ram() -> int:
    """Physical memory in bytes (0 when it cannot be read)."""
    try:
        if sys.platform == "darwin":
            out = subprocess.run(
                ["/usr/sbin/sysctl", "-n", "hw.memsize"],
                capture_output=True,
                text=True,
                check=True,
                timeout=5,
            )
            return int(out.stdout.strip())
        return _meminfo_total(Path("/proc/meminfo").read_text(encoding="ascii"))
    except (OSError, ValueError, subprocess.SubprocessError) as e:
        log.warning("cannot read the memory size: %s", e)
        return 0


def _meminfo_total(text: str) -> int:
    for line in text.splitlines():
        if line.startswith("MemTotal:"):
            value, unit = line.split()[1:3]
            if unit.lower() != "kb":
                raise ValueError(f"unexpected /proc/meminfo unit {unit}")
            return int(value) * 1024
    raise ValueError("no MemTotal in /proc/meminfo")


def free_disk(path: Path) -> int:
    """Free bytes on the filesystem holding `path` (or its nearest existing parent)."""
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return shutil.disk_usage(probe).free


def disk_needed(download_bytes: int) -> int:
    """Bytes a download of this size needs free: the files plus a margin."""
    return download_bytes + max(MIN_DISK_MARGIN, download_bytes // 50)


def machine(models_dir: Path) -> Machine:
    return Machine(total_ram(), free_disk(models_dir), models_dir)


def assess(
    entry: CatalogEntry, machine: Machine, ssd_bytes_per_s: float = DEFAULT_SSD_BYTES_PER_S
) -> FitVerdict:
    usable = int(machine.ram_bytes * USABLE_RAM_SHARE)
    disk = disk_needed(entry.total_bytes) if entry.downloadable else 0

    def verdict(fit: Fit, ram_needed: int, tok_s: float | None = None) -> FitVerdict:
        return FitVerdict(entry.id, fit, ram_needed, usable, disk, machine.free_disk_bytes, tok_s)

    if entry.resident_bytes <= usable:
        return verdict(Fit.RESIDENT, entry.resident_bytes)
    if entry.streams_experts and entry.streaming_resident_bytes <= usable:
        # What is left after the resident part becomes page cache holding a share of experts.
        cached = min(1.0, (usable - entry.streaming_resident_bytes) / entry.expert_bytes)
        per_token = entry.streaming_bytes_per_token * (1.0 - cached)
        tok_s = MAX_ESTIMATE_TOK_S if per_token <= 0 else ssd_bytes_per_s / per_token
        return verdict(Fit.STREAMS, entry.streaming_resident_bytes, min(tok_s, MAX_ESTIMATE_TOK_S))
    needed = entry.streaming_resident_bytes if entry.streams_experts else entry.resident_bytes
    return verdict(Fit.DOES_NOT_FIT, needed)
