"""Every on-disk location Airgap uses. `AIRGAP_HOME` overrides the base (tests use a tmp dir)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HOME_ENV = "AIRGAP_HOME"


def data_dir() -> Path:
    """The base folder for models, the database and settings (created on demand)."""
    override = os.environ.get(HOME_ENV)
    if override:
        base = Path(override).expanduser()
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "Airgap"
    else:
        xdg = os.environ.get("XDG_DATA_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".local" / "share") / "airgap"
    if not base.exists():
        # Conversations and keys live here: only the user may list or read it.
        base.mkdir(parents=True, mode=0o700)
    return base


def models_dir() -> Path:
    """Installed MLX model folders, one per model id."""
    path = data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_model_dir() -> Path:
    """Where the embedded SmolLM2 model is converted to on first run."""
    return models_dir() / "SmolLM2-135M-Instruct"


def database_path() -> Path:
    return data_dir() / "airgap.db"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def cache_dir() -> Path:
    """Disposable data: prompt caches, staging folders for downloads and conversions."""
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
