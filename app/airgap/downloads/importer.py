"""Import a model from disk: an MLX model folder (checked, copied or linked, hashed into a
manifest) or a GGUF file (converted by `airgap.engine.gguf.convert_gguf`).

Runs in the app process and never touches the network. Like a download, an import is
assembled in a staging folder and renamed into `models_dir()` only when complete, so a
failed or interrupted import leaves nothing half-installed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

from airgap import paths
from airgap.downloads import manifest
from airgap.downloads.errors import ImportFailed
from airgap.downloads.layout import safe_model_id, staging_root
from airgap.downloads.progress import Kind, Meter, Sink

log = logging.getLogger(__name__)

GGUF_MAGIC = b"GGUF"
TOKENIZER_FILES = ("tokenizer.json", "tokenizer.model", "vocab.json", "tiktoken.model")
CHUNK = 1 << 20


def import_model(
    src: Path,
    name: str | None = None,
    link: bool = False,
    sink: Sink | None = None,
    models_dir: Path | None = None,
) -> Path:
    """Install `src` (an MLX folder or a .gguf file) as `models_dir()/name`; returns it."""
    src = Path(src).expanduser()
    if not src.exists():
        raise ImportFailed(f"{src} does not exist")
    if src.is_dir():
        return _import_folder(src, name, link, sink, models_dir)
    if _is_gguf(src):
        return _import_gguf(src, name, sink, models_dir)
    raise ImportFailed(
        f"{src} is neither an MLX model folder nor a GGUF file; Airgap imports a folder with "
        "config.json, model*.safetensors and a tokenizer, or a .gguf file"
    )


def _is_gguf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == GGUF_MAGIC
    except OSError:
        return False


def _destination(name: str, models_dir: Path | None) -> Path:
    dest = (models_dir or paths.models_dir()) / safe_model_id(name)
    if dest.exists():
        raise ImportFailed(
            f"a model named {dest.name} is already installed; remove it or import under "
            "another name"
        )
    return dest


def validate_folder(src: Path) -> list[Path]:
    """The files to import, after checking the folder is an MLX model Airgap can load."""
    config_file = src / "config.json"
    try:
        config: Any = json.loads(config_file.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ImportFailed(f"{src} is not an MLX model folder: config.json is missing") from e
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise ImportFailed(f"{config_file} is not valid JSON: {e}") from e
    if not isinstance(config, dict) or not isinstance(config.get("model_type"), str):
        raise ImportFailed(f"{config_file} has no model_type: not a model configuration")
    if "model_file" in config:
        raise ImportFailed(f"{config_file} asks to run custom model code; Airgap does not")
    weights = sorted(src.glob("model*.safetensors"))
    if not weights:
        others = sorted(p.name for p in src.iterdir() if p.suffix in (".bin", ".pt", ".pth"))
        hint = f" (found {', '.join(others[:3])}: PyTorch weights, not MLX)" if others else ""
        raise ImportFailed(f"{src} has no model*.safetensors weights{hint}")
    if not any((src / t).exists() for t in TOKENIZER_FILES) and not list(src.glob("*.tiktoken")):
        raise ImportFailed(f"{src} has no tokenizer (none of {', '.join(TOKENIZER_FILES)})")
    index = src / "model.safetensors.index.json"
    if index.exists():
        try:
            listed = set(json.loads(index.read_text(encoding="utf-8"))["weight_map"].values())
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise ImportFailed(f"{index} is damaged: {e}") from e
        absent = sorted(n for n in listed if not (src / n).is_file())
        if absent:
            raise ImportFailed(f"{src} is incomplete: {', '.join(absent)} missing")
    from airgap.engine.api import EngineError
    from airgap.engine.loader import check_safetensors  # header checks only; no mlx

    for weight in weights:
        try:
            check_safetensors(weight)
        except EngineError as e:
            raise ImportFailed(str(e)) from e
    files = [
        p
        for p in sorted(src.rglob("*"))
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(src).parts)
        and p.name != manifest.MANIFEST_NAME
    ]
    return files


def _copy_hashing(src: Path, dest: Path, meter: Meter) -> str:
    digest = hashlib.sha256()
    with src.open("rb") as fin, dest.open("wb") as fout:
        while chunk := fin.read(CHUNK):
            fout.write(chunk)
            digest.update(chunk)
            meter.advance(len(chunk))
        fout.flush()
        os.fsync(fout.fileno())
    return digest.hexdigest()


def _import_folder(
    src: Path, name: str | None, link: bool, sink: Sink | None, models_dir: Path | None
) -> Path:
    files = validate_folder(src)
    dest = _destination(name or src.name, models_dir)
    meter = Meter(
        sink or (lambda e: None), dest.name, sum(f.stat().st_size for f in files), len(files)
    )
    staging = staging_root() / f"{dest.name}.import-{uuid.uuid4().hex[:8]}"
    staging.mkdir(parents=True)
    try:
        meter.emit(Kind.START, message=str(src))
        records = []
        for file in files:
            rel = file.relative_to(src).as_posix()
            meter.file = rel
            meter.emit(Kind.FILE)
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if link:
                # A link keeps one copy on disk; the manifest still pins what it points at.
                target.symlink_to(file.resolve())
                sha = manifest.hash_file(file, meter.advance)
            else:
                sha = _copy_hashing(file, target, meter)
            records.append(manifest.FileRecord(rel, file.stat().st_size, sha))
            meter.files_done += 1
        _check_template(staging, dest.name)
        source = {"kind": "import", "from": str(src), "linked": link}
        manifest.write(staging, dest.name, records, source)
        staging.replace(dest)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    meter.emit(Kind.DONE, path=str(dest), message=f"imported {dest.name}")
    log.info("imported %s from %s", dest, src)
    return dest


def _check_template(folder: Path, name: str) -> None:
    """Render the model's chat template once in a limited process (DESIGN.md §2)."""
    from airgap.engine.api import EngineError
    from airgap.engine.template_check import ensure_safe

    try:
        ensure_safe(folder, name=name)
    except EngineError as e:
        raise ImportFailed(str(e)) from e


def _import_gguf(src: Path, name: str | None, sink: Sink | None, models_dir: Path | None) -> Path:
    from airgap.engine.api import EngineError

    try:
        from airgap.engine.gguf import convert_gguf
    except ImportError as e:
        raise ImportFailed("this build of Airgap cannot convert GGUF files") from e
    dest = _destination(name or src.stem, models_dir)
    meter = Meter(sink or (lambda e: None), dest.name, 0, 1)
    meter.emit(Kind.START, message=f"converting {src.name}")
    staging = staging_root() / f"{dest.name}.import-{uuid.uuid4().hex[:8]}"
    try:
        try:
            convert_gguf(src, staging)
        except EngineError as e:
            raise ImportFailed(str(e)) from e
        _check_template(staging, dest.name)
        records = []
        for file in sorted(p for p in staging.rglob("*") if p.is_file()):
            rel = file.relative_to(staging).as_posix()
            records.append(manifest.FileRecord(rel, file.stat().st_size, manifest.hash_file(file)))
        source = {"kind": "gguf", "from": str(src)}
        manifest.write(staging, dest.name, records, source)
        staging.replace(dest)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    meter.emit(Kind.DONE, path=str(dest), message=f"imported {dest.name} from {src.name}")
    return dest
