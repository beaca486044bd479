"""The CLI's model commands: `airgap download | catalog | verify | import | doctor`.

cli.py adds `COMMANDS` to its command table; the logic lives here. `download`
never touches the network from the app process: it runs `python -m airgap.downloads` as a
child process and draws its JSON-lines progress as a text bar; Ctrl-C cancels it (the
partial files stay, so running the command again resumes).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import os
import platform
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from airgap import __version__, offline, paths
from airgap.downloads import catalog, hardware, importer, verify
from airgap.downloads.errors import DownloadsError
from airgap.downloads.progress import Event, Kind, parse_line

Handler = Callable[[argparse.Namespace], int]
NETWORK_FLAGS = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE")
BAR_WIDTH = 30


def _out(text: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    stream.write(text + "\n")
    stream.flush()


# ---------------------------------------------------------------- download
def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(n) < 1000 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} TB"


def progress_bar(event: Event) -> str:
    """One line, e.g. `[#####.....] 41% 1.2 GB/2.9 GB 35.2 MB/s ETA 0:48 model.safetensors`."""
    total = max(event.bytes_total, 1)
    share = min(1.0, event.bytes_done / total)
    filled = int(share * BAR_WIDTH)
    eta = ""
    if event.eta_s is not None:
        minutes, seconds = divmod(int(event.eta_s), 60)
        eta = f" ETA {minutes // 60}:{minutes % 60:02d}:{seconds:02d}"
    return (
        f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {share:4.0%} "
        f"{_size(event.bytes_done)}/{_size(event.bytes_total)} {_size(event.rate)}/s{eta} "
        f"{event.file}"
    )


def downloader_command(name: str, revision: str | None = None) -> list[str]:
    from airgap.launch import python_module_command

    cmd = python_module_command("airgap.downloads", "download", name)
    return [*cmd, "--revision", revision] if revision else cmd


def downloader_env() -> dict[str, str]:
    """The app's environment minus the offline flags: the child is the one allowed out."""
    return {k: v for k, v in os.environ.items() if k not in NETWORK_FLAGS}


def _warn_if_it_will_not_run(name: str) -> None:
    entry = catalog.find(name)
    if entry is None:
        return
    verdict = hardware.assess(entry, hardware.machine(paths.models_dir()))
    if verdict.fit is hardware.Fit.DOES_NOT_FIT:
        _out(f"note: {entry.id} {verdict.describe()} on this machine", sys.stderr)


def run_download(args: argparse.Namespace) -> int:
    _warn_if_it_will_not_run(args.model)
    proc = subprocess.Popen(
        downloader_command(args.model, args.revision),
        stdout=subprocess.PIPE,
        text=True,
        env=downloader_env(),
    )

    def forward(signum: int, frame: Any) -> None:
        # A terminal's Ctrl-C reaches the child directly; a SIGINT/SIGTERM sent to this
        # process alone is passed on. The child cancels once, whatever it receives twice.
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGINT)

    # This process keeps reading until the child has said how it ended: never interrupted.
    previous = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
    last: Event | None = None
    tty = sys.stderr.isatty()
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            event = parse_line(line)
            if event is None:
                continue
            last = event
            if event.kind in (Kind.PROGRESS, Kind.DONE):
                bar = progress_bar(event)
                sys.stderr.write(f"\r{bar}" if tty else f"{bar}\n")
                sys.stderr.flush()
            elif event.kind is Kind.RETRY:
                _out(f"\n{event.file}: {event.message}", sys.stderr)
            elif event.kind is Kind.START:
                _out(f"downloading {event.model} ({_size(event.bytes_total)}) from {event.message}")
        code = proc.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if code == -signal.SIGINT:  # killed by the signal itself: still a cancel
        code = 130
    if tty:
        sys.stderr.write("\n")
    if last is not None and last.kind is Kind.DONE:
        _out(f"installed {last.model} at {last.path}")
    elif last is not None and last.kind in (Kind.ERROR, Kind.CANCELLED):
        _out(f"airgap: {last.message}", sys.stderr)
    elif code != 0:
        _out(f"airgap: the downloader stopped unexpectedly (exit {code})", sys.stderr)
    return code


# ---------------------------------------------------------------- catalog
def run_catalog(args: argparse.Namespace) -> int:
    entries = catalog.load()
    models = paths.models_dir()
    machine = hardware.machine(models)
    if args.ram_gb:
        machine = hardware.Machine(int(args.ram_gb * hardware.GB), machine.free_disk_bytes, models)
    _out(
        f"This machine: {machine.ram_bytes / hardware.GB:.1f} GB memory, "
        f"{machine.free_disk_bytes / hardware.GB:.1f} GB free in {models}"
    )
    for entry in entries:
        verdict = hardware.assess(entry, machine, args.ssd_gbps * hardware.GB)
        installed = (models / entry.id).is_dir()
        state = "installed" if installed else ("embedded" if not entry.downloadable else "")
        size = f"{entry.total_bytes / hardware.GB:.1f} GB" + (
            "~" if entry.sizes_approximate else ""
        )
        _out(f"\n{entry.id:<26} {size:>9}  {state}")
        _out(f"    {verdict.describe()}")
        if entry.downloadable:
            pin = entry.revision[:12] if len(entry.revision) == 40 else entry.revision
            note = "" if entry.revision_verified else " (revision not yet verified)"
            _out(f"    {entry.repo} @ {pin}{note}")
        _out(f"    {entry.languages}")
    return 0


# ---------------------------------------------------------------- verify / import
def run_verify(args: argparse.Namespace) -> int:
    if args.model:
        folder = Path(args.model).expanduser()
        if not folder.is_dir():
            folder = paths.models_dir() / args.model
        if not folder.is_dir():
            _out(f"airgap: no installed model named {args.model}", sys.stderr)
            return 1
        reports = [verify.verify_model(folder, quick=args.quick)]
    else:
        reports = verify.verify_all(quick=args.quick)
        if not reports:
            _out("no models installed")
    for report in reports:
        _out(report.describe())
    return 0 if all(r.ok for r in reports) else 1


def run_import(args: argparse.Namespace) -> int:
    dest = importer.import_model(Path(args.path), name=args.name, link=args.link)
    _out(f"imported {dest.name} at {dest}")
    return 0


# ---------------------------------------------------------------- doctor
def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def doctor_report(probe: bool = False) -> list[str]:
    """What the offline guard sees in this process, as lines of text."""
    refused = offline.probe() if probe else None
    lines = [
        f"Airgap {__version__} on {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}",
        f"offline guard installed: {'yes' if offline.is_enabled() else 'NO'}",
        f"network attempts refused this session: {offline.attempt_count()}",
    ]
    lines += [f"    {a.event} -> {a.target}" for a in offline.attempts()]
    if refused is not None:
        lines.append(
            f"probe connection to {offline.PROBE_ADDRESS[0]}: "
            + ("refused by the guard" if refused else "NOT refused")
        )
    lines.append("environment flags:")
    for key, wanted in offline.OFFLINE_ENV.items():
        value = os.environ.get(key)
        mark = "ok" if value == wanted else f"expected {wanted}"
        lines.append(f"    {key}={value if value is not None else '(unset)'}  {mark}")
    network_modules = [
        m
        for m in ("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "huggingface_hub", "requests")
        if m in sys.modules
    ]
    lines.append(f"network-capable modules loaded: {', '.join(network_modules) or 'none'}")
    lines.append("versions:")
    for dist in ("mlx", "mlx-lm", "PySide6-Essentials", "sqlcipher3", "huggingface_hub"):
        lines.append(f"    {dist} {_version(dist)}")
    lines.append(f"data folder: {paths.data_dir()}")
    lines.append(f"models: {len(verify.installed_models())} installed in {paths.models_dir()}")
    return lines


def run_doctor(args: argparse.Namespace) -> int:
    # The full report (MLX, memory, manifests, database) is shared with the window's
    # Help -> Copy Diagnostics; doctor_report() above is its offline-guard part.
    from airgap.diagnostics import diagnostics_text

    _out(diagnostics_text(probe=args.probe, import_mlx=True).rstrip("\n"))
    return 0 if offline.is_enabled() else 1


# ---------------------------------------------------------------- registration
def _configure_download(p: argparse.ArgumentParser) -> None:
    p.add_argument("model", help="a catalog id (see `airgap catalog`) or a hub repo owner/name")
    p.add_argument("--revision", help="a commit to pin (default: the catalog's)")


def _configure_catalog(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ram-gb", type=float, help="assess for this much memory instead")
    p.add_argument(
        "--ssd-gbps",
        type=float,
        default=hardware.DEFAULT_SSD_BYTES_PER_S / hardware.GB,
        help="SSD read speed for the expert-streaming estimate (GB/s)",
    )


def _configure_verify(p: argparse.ArgumentParser) -> None:
    p.add_argument("model", nargs="?", help="one model (default: all)")
    p.add_argument("--quick", action="store_true", help="sizes only, no hashing")


def _configure_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="an MLX model folder or a .gguf file")
    p.add_argument("--name", help="the installed model's name (default: the folder/file name)")
    p.add_argument("--link", action="store_true", help="link the files instead of copying")


def _configure_doctor(p: argparse.ArgumentParser) -> None:
    p.add_argument("--probe", action="store_true", help="try a connection; it must be refused")


def _guarded(run: Handler) -> Handler:
    """A DownloadsError becomes one line on stderr and its exit code, never a traceback."""

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except DownloadsError as e:
            _out(f"airgap: {e}", sys.stderr)
            return e.exit_code

    return wrapper


# name -> (help, configure, run): cli.py turns each into one of its Command entries.
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Handler]] = {
    "catalog": (
        "the models Airgap can run, and how well this machine fits each",
        _configure_catalog,
        _guarded(run_catalog),
    ),
    "download": (
        "download, verify and install a model (Ctrl-C cancels; run again to resume)",
        _configure_download,
        _guarded(run_download),
    ),
    "import": (
        "import an MLX model folder or a GGUF file",
        _configure_import,
        _guarded(run_import),
    ),
    "verify": (
        "re-check installed models against their manifests (offline)",
        _configure_verify,
        _guarded(run_verify),
    ),
    "doctor": ("what the offline guard sees", _configure_doctor, _guarded(run_doctor)),
}
