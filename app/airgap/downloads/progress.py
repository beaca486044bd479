"""Progress as JSON lines, and cancellation.

The downloader writes one JSON object per line on stdout; the CLI turns them into a progress
bar and the window into a progress dialog (`parse_line`). Cancelling is a flag that the
transfer loop checks between chunks; SIGINT/SIGTERM set it in the downloader process.
"""

from __future__ import annotations

import json
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any, TextIO


class Kind(StrEnum):
    START = "start"  # the plan: bytes_total, files
    FILE = "file"  # a file begins (or resumes at bytes_file_done)
    PROGRESS = "progress"
    RETRY = "retry"  # a transfer error; retrying after a back-off
    VERIFY = "verify"
    DONE = "done"  # installed at `path`
    ERROR = "error"  # `message` is for the user
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Event:
    kind: Kind
    model: str = ""
    file: str = ""
    bytes_done: int = 0
    bytes_total: int = 0
    rate: float = 0.0  # bytes per second, smoothed
    eta_s: float | None = None
    files_done: int = 0
    files_total: int = 0
    path: str = ""
    message: str = ""  # English, for the user (the CLI prints it as it is)
    code: str = ""  # a DownloadCode value naming `message` (DownloadsError.received)
    details: dict[str, str] = field(default_factory=dict)  # the code's parameters

    def to_json(self) -> str:
        data = asdict(self)
        data["kind"] = self.kind.value
        return json.dumps(data, ensure_ascii=False)


_FIELDS = {f.name for f in fields(Event)}


def parse_line(line: str) -> Event | None:
    """The event on one line of downloader output, or None for anything else."""
    try:
        data = json.loads(line)
        if not isinstance(data, dict):
            return None
        data = {k: v for k, v in data.items() if k in _FIELDS}
        data["kind"] = Kind(data["kind"])
        details = data.get("details", {})
        if not isinstance(details, dict):
            details = {}
        data["details"] = {str(k): str(v) for k, v in details.items()}
        return Event(**data)
    except (ValueError, KeyError, TypeError):
        return None


class CancelFlag:
    """Set from a signal handler or another thread; checked by the transfer between chunks."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def install_signal_handlers(self) -> None:
        """SIGINT and SIGTERM cancel (main thread only)."""

        def handler(signum: int, frame: Any) -> None:
            self.set()

        signal.signal(signal.SIGINT, handler)
        signal.signal(signal.SIGTERM, handler)


Sink = Callable[[Event], None]


def json_lines(stream: TextIO) -> Sink:
    """A sink that writes each event as a JSON line and flushes (the reader is live)."""

    def write(event: Event) -> None:
        stream.write(event.to_json() + "\n")
        stream.flush()

    return write


class Meter:
    """Bytes done against a total, a smoothed rate and ETA, throttled PROGRESS events."""

    def __init__(
        self,
        sink: Sink,
        model: str,
        total: int,
        files_total: int,
        interval_s: float = 0.25,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.sink, self.model, self.total, self.files_total = sink, model, total, files_total
        self.done = 0
        self.files_done = 0
        self.file = ""
        self.rate = 0.0
        self._interval = interval_s
        self._clock = clock
        self._last_emit = -1e9
        self._last_t = clock()
        self._last_done = 0

    def emit(self, kind: Kind, **extra: Any) -> None:
        eta = (self.total - self.done) / self.rate if self.rate > 0 else None
        self.sink(
            Event(
                kind=kind,
                model=self.model,
                file=extra.pop("file", self.file),
                bytes_done=self.done,
                bytes_total=self.total,
                rate=round(self.rate, 1),
                eta_s=None if eta is None else round(eta, 1),
                files_done=self.files_done,
                files_total=self.files_total,
                **extra,
            )
        )

    def skip(self, n: int) -> None:
        """Bytes already on disk (a resumed .part): counted as done, not in the rate."""
        self.done += n
        self._last_done += n

    def advance(self, n: int) -> None:
        self.done += n
        now = self._clock()
        elapsed = now - self._last_t
        if elapsed >= self._interval:
            current = (self.done - self._last_done) / elapsed
            # Exponential smoothing: a steady rate for the ETA without hiding a stall for long.
            self.rate = current if self.rate == 0 else 0.7 * self.rate + 0.3 * current
            self._last_t, self._last_done = now, self.done
        if now - self._last_emit >= self._interval:
            self._last_emit = now
            self.emit(Kind.PROGRESS)
