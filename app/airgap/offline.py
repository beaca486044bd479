"""The network guard: offline environment flags and an audit hook that refuses the network.

`enable()` must run before anything imports huggingface_hub, transformers or mlx_lm (it is
the first thing `python -m airgap` does). The hook refuses `socket.connect`,
`socket.getaddrinfo`, `socket.sendto` and `socket.sendmsg` to anything that is not loopback
or a local (AF_UNIX) address, and counts each refusal so the window and `airgap doctor` can
show "0 network attempts this session". Only the downloader process (`airgap.downloads`)
runs without it. Audit hooks cannot be removed once added, so the guard is one-way.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
import sys
import threading
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

OFFLINE_ENV: dict[str, str] = {
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_UPDATE_CHECK": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "DO_NOT_TRACK": "1",
    "TOKENIZERS_PARALLELISM": "false",
}

_AUDITED = {"socket.connect", "socket.getaddrinfo", "socket.sendto", "socket.sendmsg"}


class NetworkRefused(PermissionError):
    """Raised inside the app process when code tries to reach a non-loopback address."""


@dataclass(frozen=True)
class Attempt:
    event: str
    target: str


class _Guard:
    def __init__(self) -> None:
        self.installed = False
        self.attempts: list[Attempt] = []
        self._lock = threading.Lock()

    def hook(self, event: str, args: tuple[Any, ...]) -> None:
        if event not in _AUDITED:
            return
        target = _target_of(event, args)
        if target is None or _is_local(target):
            return
        with self._lock:
            self.attempts.append(Attempt(event, target))
        log.warning("refused network access: %s %s", event, target)
        raise NetworkRefused(f"Airgap is offline: refused {event} to {target}")


_guard = _Guard()


def _target_of(event: str, args: tuple[Any, ...]) -> str | None:
    """The host a socket event is aimed at, or None for local sockets."""
    if event == "socket.getaddrinfo":
        host = args[0]
        if host is None:
            return None
        return host.decode() if isinstance(host, bytes) else str(host)
    # socket.connect / sendto / sendmsg: (sock, address, ...)
    sock, address = args[0], args[1] if len(args) > 1 else None
    if address is None:
        return None
    family = getattr(sock, "family", None)
    if family not in (socket.AF_INET, socket.AF_INET6):
        return None  # AF_UNIX, netlink, ...: not the network
    if isinstance(address, tuple) and address:
        return str(address[0])
    return str(address)


def _is_local(host: str) -> bool:
    if host in ("localhost", "", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def set_offline_environment() -> None:
    """Set the hub/transformers offline flags (overriding any the user had set)."""
    os.environ.update(OFFLINE_ENV)


def enable() -> None:
    """Set the offline environment and install the audit hook (idempotent)."""
    set_offline_environment()
    if not _guard.installed:
        sys.addaudithook(_guard.hook)
        _guard.installed = True
        log.debug("offline guard installed")


def is_enabled() -> bool:
    return _guard.installed


def attempts() -> list[Attempt]:
    """Every refused attempt in this process, oldest first."""
    with _guard._lock:
        return list(_guard.attempts)


def attempt_count() -> int:
    with _guard._lock:
        return len(_guard.attempts)


PROBE_ADDRESS = ("192.0.2.1", 9)  # TEST-NET-1 (RFC 5737): never routed


def probe() -> bool:
    """Deliberately try a non-loopback connection; True when the guard refused (and counted)
    it. Without the guard nothing is attempted and the answer is False."""
    if not _guard.installed:
        return False
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        try:
            sock.connect(PROBE_ADDRESS)
        except NetworkRefused:
            return True
        except OSError:
            return False
    return False
