"""Re-check an installed model against its manifest, offline: every file's size and sha256.

`airgap verify` runs this in the app process (no network needed); a model whose files went
missing, were truncated or changed is reported with the paths at fault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from airgap import paths
from airgap.downloads import manifest
from airgap.downloads.errors import DownloadsError


@dataclass(frozen=True)
class VerifyReport:
    model_id: str
    path: Path
    files: int = 0
    bytes_checked: int = 0
    missing: list[str] = field(default_factory=list)
    wrong_size: list[str] = field(default_factory=list)
    wrong_hash: list[str] = field(default_factory=list)
    error: str = ""  # no or unreadable manifest

    @property
    def ok(self) -> bool:
        return not (self.error or self.missing or self.wrong_size or self.wrong_hash)

    def describe(self) -> str:
        if self.error:
            return f"{self.model_id}: cannot verify: {self.error}"
        if self.ok:
            return f"{self.model_id}: OK ({self.files} files, {self.bytes_checked / 1e9:.2f} GB)"
        parts = []
        for label, names in (
            ("missing", self.missing),
            ("wrong size", self.wrong_size),
            ("changed", self.wrong_hash),
        ):
            if names:
                parts.append(f"{label}: {', '.join(names)}")
        return f"{self.model_id}: DAMAGED ({'; '.join(parts)})"


def verify_model(
    folder: Path, quick: bool = False, on_bytes: Callable[[int], None] | None = None
) -> VerifyReport:
    """Check `folder` against its manifest; `quick` checks sizes only (no hashing)."""
    try:
        recorded = manifest.read(folder)
    except DownloadsError as e:
        return VerifyReport(folder.name, folder, error=str(e))
    missing, wrong_size, wrong_hash = [], [], []
    checked = 0
    for record in recorded.files:
        path = folder / record.path
        if not path.is_file():
            missing.append(record.path)
        elif path.stat().st_size != record.size:
            wrong_size.append(record.path)
        elif not quick and manifest.hash_file(path, on_bytes) != record.sha256:
            wrong_hash.append(record.path)
        else:
            checked += record.size
    return VerifyReport(
        recorded.model_id,
        folder,
        len(recorded.files),
        checked,
        missing,
        wrong_size,
        wrong_hash,
    )


def installed_models(models_dir: Path | None = None) -> list[Path]:
    root = models_dir or paths.models_dir()
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def verify_all(models_dir: Path | None = None, quick: bool = False) -> list[VerifyReport]:
    return [verify_model(p, quick) for p in installed_models(models_dir)]
