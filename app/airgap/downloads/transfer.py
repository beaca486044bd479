"""Our own HTTP transfer: resumable, hashed while streaming, verified, installed atomically.

huggingface_hub neither checks hashes nor resumes across restarts (DESIGN.md §6), so each
file goes into `<staging>/<path>.part`, continued with `Range` + `If-Range` (the ETag saved
beside it) after a kill or a dropped connection; on a restart the existing prefix is re-hashed
so the sha256 covers every byte. Failed requests retry with exponential back-off. Free space
is checked before the first byte moves. A file is accepted when its sha256 (LFS files) or size
(the rest) matches the hub's metadata; the model folder is renamed into `models_dir()` only
when every file is, with a `manifest.json`. Only the downloader process runs this module.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import http.client
import json
import logging
import os
import shutil
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from airgap import __version__, paths
from airgap.downloads import hardware, manifest
from airgap.downloads.errors import (
    Cancelled,
    DownloadCode,
    DownloadsError,
    NotEnoughSpace,
    TransferFailed,
    VerificationFailed,
)
from airgap.downloads.hub import Listing, RemoteFile
from airgap.downloads.layout import safe_model_id, staging_root
from airgap.downloads.progress import CancelFlag, Kind, Meter, Sink

log = logging.getLogger(__name__)

CHUNK = 1 << 20
VERIFIED_NAME = ".verified.json"  # bookkeeping in the staging folder, never installed
LOCK_NAME = ".lock"
PART = ".part"
# Status codes worth retrying; any other 4xx is final (missing file, login needed).
RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}


class _ShortBody(Exception):
    """The server ended the body before the file's size."""


@dataclass
class Options:
    retries: int = 6  # consecutive failures without progress before giving up
    backoff_s: float = 0.5
    max_backoff_s: float = 30.0
    read_timeout_s: float = 60.0
    chunk: int = CHUNK
    free_space: hardware.FreeSpaceProbe = hardware.free_disk
    sleep: Callable[[float], None] = time.sleep


@dataclass
class _FileState:
    remote: RemoteFile
    part: Path
    hasher: Any = field(default_factory=hashlib.sha256)
    offset: int = 0
    etag: str | None = None


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One downloader per model: a second one would write the same .part files."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / LOCK_NAME).open("a") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in (errno.EAGAIN, errno.EACCES):
                raise DownloadsError(DownloadCode.BUSY, model=folder.name) from e
            raise
        yield


class Transfer:
    """Download one listing into `models_dir/model_id`, reporting to `sink`."""

    def __init__(
        self,
        listing: Listing,
        model_id: str,
        sink: Sink,
        cancel: CancelFlag | None = None,
        options: Options | None = None,
        models_dir: Path | None = None,
    ) -> None:
        self.listing = listing
        self.model_id = safe_model_id(model_id)
        self.sink = sink
        self.cancel = cancel or CancelFlag()
        self.opt = options or Options()
        self.models_dir = models_dir or paths.models_dir()
        self.staging = staging_root() / self.model_id
        self.meter = Meter(sink, self.model_id, listing.total_bytes, len(listing.files))
        # urllib's default handlers: redirects (the hub sends LFS files to its CDN) and the
        # user's proxy settings.
        self._opener = urllib.request.build_opener()

    # ------------------------------------------------------------------ plan
    def run(self) -> Path:
        """Download, verify and install; returns the installed folder."""
        with _locked(self.staging):
            installed = self._installed_copy()
            if installed is not None:
                self.meter.skip(self.listing.total_bytes)
                self.meter.emit(Kind.DONE, path=str(installed), message="already installed")
                return installed
            verified = self._load_verified()
            remaining = sum(self._bytes_missing(f, verified) for f in self.listing.files)
            needed = hardware.disk_needed(remaining)
            free = self.opt.free_space(self.staging)
            if needed > free:
                raise NotEnoughSpace(
                    DownloadCode.DISK,
                    model=self.model_id,
                    needed=f"{needed / 1e9:.2f}",
                    free=f"{free / 1e9:.2f}",
                    folder=str(self.models_dir),
                )
            self.meter.emit(Kind.START, message=f"{self.listing.repo}@{self.listing.commit}")
            records = []
            for remote in self.listing.files:
                records.append(self._one_file(remote, verified))
                self.meter.files_done += 1
            return self._install(records)

    def _installed_copy(self) -> Path | None:
        """The installed folder when it already holds exactly this listing (by manifest and
        file sizes; `airgap verify` re-hashes), so a repeated download does nothing."""
        dest = self.models_dir / self.model_id
        try:
            recorded = {f.path: f for f in manifest.read(dest).files}
        except DownloadsError:
            return None
        for remote in self.listing.files:
            record = recorded.get(remote.path)
            file = dest / remote.path
            if (
                record is None
                or record.size != remote.size
                or (remote.sha256 is not None and record.sha256 != remote.sha256)
                or not file.is_file()
                or file.stat().st_size != remote.size
            ):
                return None
        return dest

    def _bytes_missing(self, remote: RemoteFile, verified: dict[str, Any]) -> int:
        if self._already_verified(remote, verified):
            return 0
        part = self._part(remote)
        have = part.stat().st_size if part.exists() and self._sidecar_ok(remote) else 0
        return max(0, remote.size - have)

    # ------------------------------------------------------------------ one file
    def _part(self, remote: RemoteFile) -> Path:
        return self.staging / (remote.path + PART)

    def _sidecar(self, remote: RemoteFile) -> Path:
        return self.staging / (remote.path + PART + ".json")

    def _sidecar_ok(self, remote: RemoteFile) -> bool:
        """A .part belongs to this exact file (same size and hash), not an older revision."""
        try:
            data = json.loads(self._sidecar(remote).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return bool(data.get("size") == remote.size and data.get("sha256") == remote.sha256)

    def _save_sidecar(self, state: _FileState) -> None:
        data = {"size": state.remote.size, "sha256": state.remote.sha256, "etag": state.etag}
        self._sidecar(state.remote).write_text(json.dumps(data), encoding="utf-8")

    def _one_file(self, remote: RemoteFile, verified: dict[str, Any]) -> manifest.FileRecord:
        final = self.staging / remote.path
        self.meter.file = remote.path
        if self._already_verified(remote, verified):
            self.meter.skip(remote.size)
            self.meter.emit(Kind.FILE, file=remote.path, message="already verified")
            return manifest.FileRecord(remote.path, remote.size, verified[remote.path]["sha256"])
        state = self._open_state(remote)
        self.meter.emit(Kind.FILE, file=remote.path, message=f"resume at {state.offset}")
        self._fetch(state)
        digest = state.hasher.hexdigest()
        self.meter.emit(Kind.VERIFY, file=remote.path)
        if state.offset != remote.size or (remote.sha256 and digest != remote.sha256):
            state.part.unlink(missing_ok=True)
            self._sidecar(remote).unlink(missing_ok=True)
            what = "size" if state.offset != remote.size else "sha256"
            raise VerificationFailed(
                DownloadCode(f"corrupt_{what}"), file=remote.path, model=self.model_id
            )
        state.part.replace(final)
        self._sidecar(remote).unlink(missing_ok=True)
        st = final.stat()
        verified[remote.path] = {"size": remote.size, "sha256": digest, "mtime_ns": st.st_mtime_ns}
        self._save_verified(verified)
        return manifest.FileRecord(remote.path, remote.size, digest)

    def _open_state(self, remote: RemoteFile) -> _FileState:
        part = self._part(remote)
        part.parent.mkdir(parents=True, exist_ok=True)
        state = _FileState(remote, part)
        if part.exists() and self._sidecar_ok(remote) and part.stat().st_size <= remote.size:
            data = json.loads(self._sidecar(remote).read_text(encoding="utf-8"))
            state.etag = data.get("etag")
            # Re-hash what is already there, so the final sha256 covers every byte.
            with part.open("rb") as f:
                while chunk := f.read(self.opt.chunk):
                    self._check_cancel()
                    state.hasher.update(chunk)
                    state.offset += len(chunk)
            self.meter.skip(state.offset)
        else:
            part.write_bytes(b"")
            self._save_sidecar(state)
        return state

    def _fetch(self, state: _FileState) -> None:
        failures = 0
        while state.offset < state.remote.size:
            self._check_cancel()
            before = state.offset
            try:
                self._stream(state)
                if state.offset < state.remote.size:
                    raise _ShortBody(f"connection closed at byte {state.offset}")
            except urllib.error.HTTPError as e:
                if e.code not in RETRYABLE_STATUS and e.code != 416:
                    raise TransferFailed(
                        DownloadCode.HTTP_STATUS,
                        file=state.remote.path,
                        status=f"{e.code} {e.reason}",
                    ) from e
                if e.code == 416:  # our range no longer makes sense: start the file over
                    self._restart(state)
                failures = self._backoff(state, failures, before, e)
            except (OSError, http.client.HTTPException, _ShortBody) as e:
                failures = self._backoff(state, failures, before, e)

    def _backoff(self, state: _FileState, failures: int, before: int, error: Exception) -> int:
        failures = 1 if state.offset > before else failures + 1
        if failures > self.opt.retries:
            raise TransferFailed(
                DownloadCode.FAILED_REPEATEDLY,
                file=state.remote.path,
                count=failures,
                error=str(error),
                offset=state.offset,
            ) from error
        delay = min(self.opt.max_backoff_s, self.opt.backoff_s * 2 ** (failures - 1))
        log.info("retrying %s in %.1fs after: %s", state.remote.path, delay, error)
        retry = DownloadsError(DownloadCode.RETRY, error=str(error), delay=f"{delay:.1f}")
        self.meter.emit(
            Kind.RETRY,
            file=state.remote.path,
            message=retry.message,
            code=DownloadCode.RETRY.value,
            details=retry.details,
        )
        left = delay
        while left > 0:  # in small steps, so a cancel does not wait out the back-off
            self._check_cancel()
            step = min(0.1, left)
            self.opt.sleep(step)
            left -= step
        return failures

    def _restart(self, state: _FileState) -> None:
        self.meter.done -= state.offset
        state.part.write_bytes(b"")
        state.hasher = hashlib.sha256()
        state.offset = 0
        state.etag = None
        self._save_sidecar(state)

    def _stream(self, state: _FileState) -> None:
        headers = {"User-Agent": f"airgap/{__version__}", "Accept-Encoding": "identity"}
        if state.offset:
            headers["Range"] = f"bytes={state.offset}-"
            # If-Range: a changed file comes back whole (200) instead of spliced onto old bytes.
            if state.etag and not state.etag.startswith("W/"):
                headers["If-Range"] = state.etag
        request = urllib.request.Request(state.remote.url, headers=headers)
        with self._opener.open(request, timeout=self.opt.read_timeout_s) as response:
            if state.offset and response.status == 200:
                log.info("%s: the server sent the whole file; starting over", state.remote.path)
                self._restart(state)
            elif response.status == 206:
                content_range = response.headers.get("Content-Range", "")
                if not content_range.startswith(f"bytes {state.offset}-"):
                    self._restart(state)
                    raise _ShortBody(f"unexpected Content-Range {content_range!r}")
            etag = response.headers.get("ETag")
            if etag and etag != state.etag:
                state.etag = etag
                self._save_sidecar(state)
            with state.part.open("ab") as out:
                # read1: whatever has arrived (up to a chunk), so progress and cancel stay live
                # and a kill loses at most what sits in the socket buffer.
                while chunk := response.read1(self.opt.chunk):
                    if state.offset + len(chunk) > state.remote.size:
                        self._restart(state)
                        raise _ShortBody("the server sent more bytes than the file has")
                    out.write(chunk)
                    state.hasher.update(chunk)
                    state.offset += len(chunk)
                    self.meter.advance(len(chunk))
                    if self.cancel.is_set():
                        out.flush()
                        self._check_cancel()
                out.flush()
                os.fsync(out.fileno())

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled(DownloadCode.CANCELLED, model=self.model_id)

    # ------------------------------------------------------------------ bookkeeping
    def _load_verified(self) -> dict[str, Any]:
        try:
            data = json.loads((self.staging / VERIFIED_NAME).read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_verified(self, verified: dict[str, Any]) -> None:
        tmp = self.staging / (VERIFIED_NAME + ".tmp")
        tmp.write_text(json.dumps(verified), encoding="utf-8")
        tmp.replace(self.staging / VERIFIED_NAME)

    def _already_verified(self, remote: RemoteFile, verified: dict[str, Any]) -> bool:
        record = verified.get(remote.path)
        final = self.staging / remote.path
        if not record or not final.exists():
            return False
        st = final.stat()
        return bool(
            record.get("size") == remote.size == st.st_size
            and record.get("mtime_ns") == st.st_mtime_ns
            and (remote.sha256 is None or record.get("sha256") == remote.sha256)
        )

    # ------------------------------------------------------------------ install
    def _install(self, records: list[manifest.FileRecord]) -> Path:
        self._check_cancel()
        source = {
            "kind": "hub",
            "repo": self.listing.repo,
            "revision": self.listing.revision,
            "commit": self.listing.commit,
            "endpoint": self.listing.endpoint,
        }
        for name in (VERIFIED_NAME, LOCK_NAME):
            (self.staging / name).unlink(missing_ok=True)
        for leftover in list(self.staging.rglob("*" + PART)) + list(
            self.staging.rglob("*" + PART + ".json")
        ):
            leftover.unlink()
        manifest.write(self.staging, self.model_id, records, source)
        dest = self.models_dir / self.model_id
        self.models_dir.mkdir(parents=True, exist_ok=True)
        old = None
        if dest.exists():
            old = staging_root() / f"{self.model_id}.replaced-{time.time_ns()}"
            dest.replace(old)
        try:
            # Same filesystem (both under the data folder): the rename is atomic.
            self.staging.replace(dest)
        except OSError:
            if old is not None:
                old.replace(dest)  # put the previous install back
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        self.meter.emit(Kind.DONE, path=str(dest), message=f"installed {self.model_id}")
        log.info("installed %s at %s", self.model_id, dest)
        return dest
