"""The user-facing failures of the downloads package: each carries a message fit to show."""

from __future__ import annotations

from pathlib import Path

from airgap.errors import UserError


class DownloadsError(UserError):
    """Base class; `str(error)` (also `.message`) is the message shown to the user.

    `code` names the message and `details` holds its variable parts, so the window can show
    it in the user's language (airgap.ui.download_dialog); the English text stays the
    fallback and what the CLI prints.
    """

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        code: str = "",
        details: dict[str, str] | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(message, path=path)
        self.code = code
        self.details = dict(details or {})


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
