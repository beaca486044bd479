"""Diagnostics for a bug report: `airgap doctor` and the window's Help → Copy Diagnostics.

Versions, the offline guard's state, the MLX device, memory, the installed models checked
against their manifests (sizes only: fast) and the database's integrity check. Never any
conversation content: only counts, names of models, paths and the store's verdict. Qt-free,
and it never imports mlx itself (the window's GUI thread must not): MLX is described only
when something already loaded it, unless the caller asks for it (the CLI).
"""

from __future__ import annotations

import logging
import resource
import sys
from typing import Any

from airgap import paths

log = logging.getLogger(__name__)


def mlx_lines(import_mlx: bool = False) -> list[str]:
    mx: Any = sys.modules.get("mlx.core")
    if mx is None and import_mlx:
        try:
            import mlx.core as mx
        except Exception as exc:  # e.g. no Metal on this machine
            return [f"MLX: cannot load ({type(exc).__name__}: {exc})"]
    if mx is None:
        return ["MLX: not loaded yet (no model loaded in this process)"]
    lines = [f"MLX device: {mx.default_device()}"]
    try:
        lines.append(f"    Metal available: {'yes' if mx.metal.is_available() else 'no'}")
        lines.append(f"    MLX peak memory: {mx.get_peak_memory() / 1e9:.2f} GB")
    except Exception as exc:  # older or CPU-only builds lack some of these
        lines.append(f"    ({type(exc).__name__}: {exc})")
    return lines


def memory_lines() -> list[str]:
    from airgap.downloads import hardware

    # ru_maxrss is in bytes on macOS, in KiB on Linux.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_bytes = peak if sys.platform == "darwin" else peak * 1024
    return [
        f"memory: {hardware.total_ram() / 1e9:.1f} GB total, "
        f"this process peaked at {peak_bytes / 1e9:.2f} GB",
        f"free disk for models: {hardware.free_disk(paths.models_dir()) / 1e9:.1f} GB",
    ]


def model_lines() -> list[str]:
    from airgap.downloads import verify

    try:
        reports = verify.verify_all(quick=True)
    except Exception as exc:
        return [f"models: cannot verify ({type(exc).__name__}: {exc})"]
    lines = [f"models checked against their manifests (sizes): {len(reports)}"]
    lines += [f"    {report.describe()}" for report in reports]
    return lines


def database_integrity() -> str:
    """Open the store (its own connection) and run SQLite's integrity check; never raises."""
    from airgap.store import Store, StoreError

    if not paths.database_path().exists():
        return "no database yet"
    try:
        store = Store.open()
    except StoreError as exc:
        return f"not checked: {exc.message}"
    try:
        return store.integrity_check()
    except StoreError as exc:
        return f"not checked: {exc.message}"
    finally:
        store.close(purge=False)


def diagnostics_text(
    *,
    integrity: str | None = None,
    loaded_model: str = "",
    probe: bool = False,
    import_mlx: bool = False,
) -> str:
    """The report. `integrity`: the database check's result if the caller ran it (the window
    runs it on its store thread); None runs it here (the CLI)."""
    from airgap.downloads.commands import doctor_report

    lines = ["Airgap diagnostics (contains no conversation content)", ""]
    lines += doctor_report(probe)
    lines += mlx_lines(import_mlx)
    lines += memory_lines()
    lines.append(f"loaded model: {loaded_model or 'none'}")
    lines += model_lines()
    if integrity is None:
        integrity = database_integrity()
    lines.append(f"database integrity: {integrity}")
    return "\n".join(lines) + "\n"
