"""Airgap: an offline AI assistant for Apple Silicon (MLX, PySide6, encrypted SQLite)."""

__version__ = "0.1.0"
APP_NAME = "Airgap"
BUNDLE_ID = "app.airgap.airgap"
