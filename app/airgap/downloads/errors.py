"""The user-facing failures of the downloads package: each carries a message fit to show."""

from __future__ import annotations

from airgap.errors import UserError


class DownloadsError(UserError):
    """Base class; `str(error)` (also `.message`) is the message shown to the user."""

    exit_code = 1


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
