"""Running untrusted work in a throwaway process with CPU/memory/time limits.

Both sides of such a worker live here. The child (a worker module's `main`) calls `confine`
before it touches anything untrusted, then ends with `ok()` or `fail(...)`: one JSON line on
stdout, `{"ok": true}` with exit status 0, or `{"error": "...", ...}` with ERROR_EXIT. The
parent calls `run`, which starts the module under the limits, offline, with a wall-clock
timeout, and returns the facts as an `Outcome`; each caller words its own errors.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
from dataclasses import dataclass

from airgap import offline

log = logging.getLogger(__name__)

ERROR_EXIT = 3  # a worker's exit status for a failure it could describe itself
STDERR_TAIL = 4000  # characters of a worker's stderr kept in the debug log


# ---------------------------------------------------------------- the child side


def add_limit_arguments(parser: argparse.ArgumentParser) -> None:
    """`--memory-limit BYTES` and `--cpu-limit SECONDS` (0: no limit), as `run` passes them."""
    parser.add_argument("--memory-limit", type=int, default=0)
    parser.add_argument("--cpu-limit", type=int, default=0)


def confine(memory_bytes: int, cpu_s: int) -> None:
    """Apply the limits, then the offline guard: everything after this may meet hostile input.

    macOS does not enforce an address-space limit (and Metal reserves large ranges), so the
    memory limit is Linux only; the CPU limit and the parent's timeout hold everywhere.
    """
    if memory_bytes and sys.platform.startswith("linux"):
        _limit(resource.RLIMIT_AS, memory_bytes)
    if cpu_s:
        _limit(resource.RLIMIT_CPU, cpu_s)
    offline.enable()


def _limit(kind: int, value: int) -> None:
    try:
        _, hard = resource.getrlimit(kind)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(kind, (value, hard))
    except (ValueError, OSError) as e:  # some kernels refuse a limit; the timeout still holds
        log.warning("could not set resource limit %s: %s", kind, e)


def ok() -> int:
    """Report success on stdout; the exit status to return."""
    sys.stdout.write(json.dumps({"ok": True}) + "\n")
    sys.stdout.flush()
    return 0


def fail(message: str, **extra: str) -> int:
    """Report a failure the worker can describe (`extra`: more string fields, e.g. a kind)."""
    sys.stdout.write(json.dumps({"error": message, **extra}) + "\n")
    sys.stdout.flush()
    return ERROR_EXIT


# ---------------------------------------------------------------- the parent side


@dataclass(frozen=True)
class Report:
    """A worker's own account of its failure (the last `{"error": ...}` line it wrote)."""

    message: str
    kind: str = ""


@dataclass(frozen=True)
class Outcome:
    """How one worker run ended."""

    timed_out: bool
    exit_code: int | None  # None when it timed out (the process was killed)
    report: Report | None = None  # only with ERROR_EXIT

    @property
    def finished(self) -> bool:
        """It ran to the end and succeeded (exit status 0)."""
        return self.exit_code == 0

    @property
    def signal(self) -> int | None:
        """The signal number that ended it, if one did."""
        if self.exit_code is None or self.exit_code >= 0:
            return None
        return -self.exit_code


def run(
    module: str,
    args: list[str],
    *,
    memory_bytes: int,
    cpu_s: int,
    timeout_s: float,
    subject: object = "",
) -> Outcome:
    """Run the worker `module` with `args` under the limits, offline, for at most `timeout_s`.

    `subject` (the file being worked on) names the run in the debug log of the worker's stderr.
    """
    from airgap.launch import python_module_command

    cmd = python_module_command(
        module, *args, "--memory-limit", str(memory_bytes), "--cpu-limit", str(cpu_s)
    )
    env = dict(os.environ)
    env.update(offline.OFFLINE_ENV)
    try:
        proc = subprocess.run(
            cmd, capture_output=True, timeout=timeout_s, env=env, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        return Outcome(timed_out=True, exit_code=None)
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    if stderr:
        log.debug("%s stderr for %s:\n%s", module, subject, stderr[-STDERR_TAIL:])
    report = read_report(proc.stdout) if proc.returncode == ERROR_EXIT else None
    return Outcome(timed_out=False, exit_code=proc.returncode, report=report)


def read_report(stdout: bytes) -> Report | None:
    """The last `{"error": ...}` line a worker wrote, if any."""
    for line in reversed(stdout.decode("utf-8", "replace").splitlines()):
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict) and isinstance(data.get("error"), str):
            return Report(data["error"], str(data.get("kind", "")))
    return None
