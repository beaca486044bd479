"""Airgap: an offline AI assistant for Apple Silicon (MLX, PySide6, encrypted SQLite)."""

from importlib import metadata as _metadata

APP_NAME = "Airgap"
BUNDLE_ID = "app.airgap.airgap"

try:
    # The one place the version lives is pyproject.toml's [project] (Briefcase reads it too).
    __version__ = _metadata.version("airgap")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
