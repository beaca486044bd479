"""`manifest.json` stored in every installed model folder: each file's path, size and sha256.

Written by the downloader and the importer after verification; `verify.py` re-checks it
offline. The manifest does not list itself.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from airgap.downloads.errors import DownloadsError

MANIFEST_NAME = "manifest.json"
FORMAT = 1
CHUNK = 1 << 20


@dataclass(frozen=True)
class FileRecord:
    path: str  # relative, POSIX
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    model_id: str
    files: tuple[FileRecord, ...]
    source: dict[str, Any]

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


def hash_file(path: Path, on_bytes: Callable[[int], None] | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            if on_bytes:
                on_bytes(len(chunk))
    return digest.hexdigest()


def write(folder: Path, model_id: str, files: Iterable[FileRecord], source: dict[str, Any]) -> Path:
    data = {
        "format": FORMAT,
        "model_id": model_id,
        "source": source,
        "files": [
            {"path": f.path, "size": f.size, "sha256": f.sha256}
            for f in sorted(files, key=lambda r: r.path)
        ],
    }
    target = folder / MANIFEST_NAME
    tmp = target.with_suffix(".json.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(target)
    return target


def read(folder: Path) -> Manifest:
    path = folder / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = tuple(
            FileRecord(str(r["path"]), int(r["size"]), str(r["sha256"])) for r in data["files"]
        )
        return Manifest(str(data.get("model_id", folder.name)), files, dict(data.get("source", {})))
    except FileNotFoundError as e:
        raise DownloadsError(f"{folder.name} has no {MANIFEST_NAME}: it cannot be verified") from e
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise DownloadsError(f"{folder.name}: the manifest is unreadable ({e})") from e
