"""Re-check an installed model against its manifest, offline: every file's size and sha256.

`airgap verify` runs this in the app process (no network needed); a model whose files went
missing, were truncated or changed is reported with the paths at fault. For a model that
`airgap repack` rewrote, the repack's own records (experts.packed/manifest.json) replace the
download's for the shards it rewrote or removed, and add the packed expert files.
"""

from __future__ import annotations

import json
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
    try:
        records = _with_repack(folder, recorded.files)
    except DownloadsError as e:
        return VerifyReport(recorded.model_id, folder, error=str(e))
    missing, wrong_size, wrong_hash = [], [], []
    checked = 0
    for record in records:
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
        len(records),
        checked,
        missing,
        wrong_size,
        wrong_hash,
    )


# Written by airgap.engine.experts.repack (an in-place `airgap repack`).
REPACK_MANIFEST = "experts.packed/manifest.json"


def _with_repack(folder: Path, files: tuple[manifest.FileRecord, ...]) -> list[manifest.FileRecord]:
    """The download's records, with an in-place repack's records for what it rewrote."""
    path = folder / REPACK_MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return list(files)
    except (OSError, ValueError) as e:
        raise DownloadsError(f"{folder.name}: {REPACK_MANIFEST} is unreadable ({e})") from e
    if not isinstance(data, dict) or not data.get("in_place"):
        return list(files)  # a copy next to the untouched shards
    if not data.get("complete"):
        raise DownloadsError(
            f"{folder.name}: an expert repack was interrupted; run `airgap repack` to finish it"
        )
    try:
        written = {
            str(r["path"]): manifest.FileRecord(str(r["path"]), int(r["size"]), str(r["sha256"]))
            for r in data["files"]
        }
        removed = {str(name) for name in data.get("removed", [])}
    except (KeyError, TypeError, ValueError) as e:
        raise DownloadsError(f"{folder.name}: {REPACK_MANIFEST} is unreadable ({e})") from e
    kept = [written.pop(r.path, r) for r in files if r.path not in removed]
    return kept + sorted(written.values(), key=lambda r: r.path)


def installed_models(models_dir: Path | None = None) -> list[Path]:
    root = models_dir or paths.models_dir()
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def verify_all(models_dir: Path | None = None, quick: bool = False) -> list[VerifyReport]:
    return [verify_model(p, quick) for p in installed_models(models_dir)]
