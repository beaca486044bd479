"""The user-facing failures of the downloads package: each carries a message fit to show.

A failure the window may show is made from a `DownloadCode` and its parameters (the shared
UserError base, airgap/errors.py): str() is the English text of DOWNLOAD_ENGLISH, for the CLI
and the logs, and the window shows the code in its own language (airgap/ui/error_messages.py).
The downloader process sends the code's value and the parameters as strings in its error
event (progress.py); `DownloadsError.received` turns them back into an error on the UI side.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from airgap.errors import UserError


class DownloadCode(StrEnum):
    """What went wrong in a download; the values are what the JSON-lines protocol carries."""

    EMBEDDED = "embedded"
    UNKNOWN_MODEL = "unknown_model"
    UNSAFE_NAME = "unsafe_name"
    NOT_FOUND = "not_found"
    UNREACHABLE = "unreachable"
    NO_SIZE = "no_size"
    NO_FILES = "no_files"
    BUSY = "busy"
    DISK = "disk"
    CORRUPT_SIZE = "corrupt_size"
    CORRUPT_SHA256 = "corrupt_sha256"
    HTTP_STATUS = "http_status"
    FAILED_REPEATEDLY = "failed_repeatedly"
    CANCELLED = "cancelled"
    BAD_MODEL_NAME = "bad_model_name"
    RETRY = "retry"  # not an error: a RETRY event's message


DOWNLOAD_ENGLISH: dict[DownloadCode, str] = {
    DownloadCode.EMBEDDED: "{model} ships with Airgap; there is nothing to download",
    DownloadCode.UNKNOWN_MODEL: (
        "{name!r} is neither a catalog model nor a hub repository id (owner/name); "
        "`airgap catalog` lists the models"
    ),
    DownloadCode.UNSAFE_NAME: "the hub listed an unsafe file name: {name}",
    DownloadCode.NOT_FOUND: "{repo} was not found on {hub} (or it needs a login)",
    DownloadCode.UNREACHABLE: "cannot reach {hub} to list {repo}: {error}",
    DownloadCode.NO_SIZE: "the hub gave no size for {file} in {repo}",
    DownloadCode.NO_FILES: "{repo} has no model files to download",
    DownloadCode.BUSY: "{model} is already being downloaded",
    DownloadCode.DISK: (
        "not enough disk space for {model}: it needs {needed} GB (with a safety margin) and "
        "{free} GB is free where models are kept ({folder})"
    ),
    DownloadCode.CORRUPT_SIZE: (
        "{file} failed verification (size does not match the hub's): the download is corrupt "
        "and {model} was not installed. Run the download again to fetch that file afresh."
    ),
    DownloadCode.CORRUPT_SHA256: (
        "{file} failed verification (sha256 does not match the hub's): the download is corrupt "
        "and {model} was not installed. Run the download again to fetch that file afresh."
    ),
    DownloadCode.HTTP_STATUS: "{file}: the server answered {status}",
    DownloadCode.FAILED_REPEATEDLY: (
        "{file}: the download failed {count} times in a row ({error}); run it again to resume "
        "from {offset} bytes"
    ),
    DownloadCode.CANCELLED: "download of {model} cancelled; run it again to resume",
    DownloadCode.BAD_MODEL_NAME: "{name!r} cannot name a model folder",
    DownloadCode.RETRY: "{error}; retrying in {delay}s",
}


class DownloadsError(UserError):
    """Base class; `str(error)` (also `.message`) is the English message (CLI, logs).

    `DownloadsError(DownloadCode.X, **params)` for what the window shows in its language,
    `DownloadsError("text")` for what only the CLI meets (a damaged catalog, an import).
    """

    ENGLISH = DOWNLOAD_ENGLISH
    code: DownloadCode | None
    exit_code = 1

    @property
    def details(self) -> dict[str, str]:
        """The parameters as the JSON-lines protocol carries them (strings)."""
        return {key: str(value) for key, value in self.params.items()}

    @classmethod
    def received(cls, code: str, details: Mapping[str, str], message: str) -> DownloadsError:
        """The error an event from the downloader process names: its code again when this
        version knows it and has every parameter, else its English `message` as it is."""
        try:
            return cls(DownloadCode(code), path=None, **details)
        except (ValueError, KeyError, IndexError, TypeError):
            return cls(message)


class CatalogError(DownloadsError):
    """The catalog is malformed, or an id is not in it."""


class NotEnoughSpace(DownloadsError):
    """Refused before the transfer started: the download would not fit on the disk."""

    exit_code = 4


class TransferFailed(DownloadsError):
    """The network transfer failed after every retry (partial files are kept for a resume)."""

    exit_code = 5


class VerificationFailed(DownloadsError):
    """A file's size or sha256 does not match: nothing was installed."""

    exit_code = 3


class Cancelled(DownloadsError):
    """The user cancelled; partial files are kept so the next run resumes."""

    exit_code = 130


class ImportFailed(DownloadsError):
    """The folder or file is not a model Airgap can import."""
