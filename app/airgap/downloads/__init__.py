"""Model catalog, hardware fit, verified resumable downloads, import and offline verification.

The only package allowed on the network, and only in its own process
(`python -m airgap.downloads`): nothing here installs the offline guard, and nothing outside
this package imports huggingface_hub or an HTTP client (tests/unit/test_architecture.py).
Importing `airgap.downloads` itself opens nothing: `hub` and `transfer` are imported by the
downloader process alone.
"""

from airgap.downloads.errors import (
    Cancelled,
    CatalogError,
    DownloadCode,
    DownloadsError,
    ImportFailed,
    NotEnoughSpace,
    TransferFailed,
    VerificationFailed,
)

__all__ = [
    "Cancelled",
    "CatalogError",
    "DownloadCode",
    "DownloadsError",
    "ImportFailed",
    "NotEnoughSpace",
    "TransferFailed",
    "VerificationFailed",
]
