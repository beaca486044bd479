"""Where downloads and imports stage their work, and how a model folder is named."""

from __future__ import annotations

from pathlib import Path

from airgap import paths
from airgap.downloads.errors import DownloadCode, DownloadsError


def staging_root() -> Path:
    """Staging lives under the data folder, on the same filesystem as models_dir(), so the
    final rename into models_dir() is atomic."""
    path = paths.cache_dir() / "downloads"
    path.mkdir(parents=True, exist_ok=True)
    return path


def safe_model_id(name: str) -> str:
    """A folder name for a model: the catalog id or the repository's last part."""
    ident = name.rstrip("/").rsplit("/", 1)[-1]
    if not ident or ident.startswith(".") or any(c in ident for c in '\\:*?"<>|\x00'):
        raise DownloadsError(DownloadCode.BAD_MODEL_NAME, name=name)
    return ident
