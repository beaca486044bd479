"""The hub protocol through huggingface_hub: a repository's files at a pinned revision.

Only the downloader process imports this module. huggingface_hub gives the file list with
each LFS file's sha256 and size, the commit the revision resolves to, and the resolve URLs;
the transfer itself is ours (transfer.py). The endpoint is configurable
(`AIRGAP_HF_ENDPOINT`, then `HF_ENDPOINT`), which is how the tests point it at a local server.
"""

from __future__ import annotations

import fnmatch
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import PurePosixPath

from airgap.downloads.errors import DownloadCode, DownloadsError, TransferFailed

ENDPOINT_ENV = "AIRGAP_HF_ENDPOINT"
DEFAULT_ENDPOINT = "https://huggingface.co"


@dataclass(frozen=True)
class RemoteFile:
    path: str  # relative, POSIX
    size: int
    sha256: str | None  # LFS files; the others are checked by size
    url: str


@dataclass(frozen=True)
class Listing:
    repo: str
    revision: str  # as asked
    commit: str  # what it resolved to (the URLs use this, so files cannot change mid-way)
    endpoint: str
    files: tuple[RemoteFile, ...]

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


def endpoint() -> str:
    return (
        os.environ.get(ENDPOINT_ENV) or os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT
    ).rstrip("/")


@contextmanager
def _online() -> Iterator[None]:
    """huggingface_hub reads HF_HUB_OFFLINE once, at import; lift it for this call only."""
    from huggingface_hub import constants

    saved = constants.HF_HUB_OFFLINE
    constants.HF_HUB_OFFLINE = False
    try:
        yield
    finally:
        constants.HF_HUB_OFFLINE = saved


def _safe_path(name: str) -> str:
    """Refuse names that would escape the model folder (a hostile or broken server)."""
    path = PurePosixPath(name)
    if not name or path.is_absolute() or ".." in path.parts or "\\" in name or "\x00" in name:
        raise DownloadsError(DownloadCode.UNSAFE_NAME, name=repr(name))
    return str(path)


def _wanted(name: str, patterns: Iterable[str]) -> bool:
    pats = list(patterns)
    base = name.rsplit("/", 1)[-1]
    return not pats or any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(base, p) for p in pats)


def list_files(
    repo: str,
    revision: str,
    patterns: Iterable[str] = (),
    hub_endpoint: str | None = None,
    timeout_s: float = 30.0,
    attempts: int = 3,
    backoff_s: float = 1.0,
) -> Listing:
    """The files of `repo` at `revision` matching `patterns`, with sizes and LFS sha256."""
    from huggingface_hub import HfApi, hf_hub_url
    from huggingface_hub.errors import RepositoryNotFoundError

    base = (hub_endpoint or endpoint()).rstrip("/")
    api = HfApi(endpoint=base)
    for attempt in range(attempts):
        try:
            with _online():
                info = api.model_info(
                    repo, revision=revision, files_metadata=True, timeout=timeout_s
                )
            break
        except RepositoryNotFoundError as e:
            raise DownloadsError(DownloadCode.NOT_FOUND, repo=repo, hub=base) from e
        except Exception as e:  # HfHubHTTPError, OSError, httpx2 transport errors
            if attempt + 1 == attempts:
                raise TransferFailed(
                    DownloadCode.UNREACHABLE, hub=base, repo=repo, error=str(e)
                ) from e
            time.sleep(backoff_s * 2**attempt)
    commit = info.sha or revision
    files = []
    for sib in info.siblings or []:
        name = _safe_path(sib.rfilename)
        if not _wanted(name, patterns):
            continue
        if sib.lfs is not None:
            size, sha = int(sib.lfs.size), str(sib.lfs.sha256).lower()
        elif sib.size is not None:
            size, sha = int(sib.size), None
        else:
            raise DownloadsError(DownloadCode.NO_SIZE, file=name, repo=repo)
        url = hf_hub_url(repo, name, revision=commit, endpoint=base)
        files.append(RemoteFile(path=name, size=size, sha256=sha, url=url))
    if not files:
        raise DownloadsError(DownloadCode.NO_FILES, repo=f"{repo}@{revision}")
    return Listing(repo, revision, commit, base, tuple(sorted(files, key=lambda f: f.path)))
