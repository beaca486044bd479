"""Damaged GGUF files: truncated at many offsets, header counts mutated, random bytes
changed (fixed seed). Each must end as a GGUFError naming the file (or, for a random change
that leaves a valid file, as a working model folder) and never crash the pytest process.
`mx.load` itself segfaults on several of these (DESIGN.md §2): the raw-worker cases hand
them straight to it, past the header checks, to show the crash stays in the worker.
"""

from __future__ import annotations

import random
import struct
from pathlib import Path

import gguf_files
import numpy as np
import pytest
from airgap.engine import default_model, gguf
from airgap.engine.api import GGUFError
from gguf_files import F32

SEED = 20260
TENSOR_COUNT, KV_COUNT = 8, 16  # byte offsets of the two uint64 counts in a v3 header


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A complete tiny llama GGUF (F32), about 90 KB."""
    path = tmp_path_factory.mktemp("fuzz") / "tiny.gguf"
    gguf_files.tiny_llama_gguf(path, gguf_files.random_llama_weights())
    return path


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few-hundred-byte GGUF like the one in DESIGN.md §2: two tensors, two keys."""
    path = tmp_path_factory.mktemp("fuzz") / "small.gguf"
    w = (np.arange(64, dtype=np.float32) / 64).reshape(8, 8)
    return gguf_files.write_gguf(
        path,
        {"general.architecture": "llama", "general.name": "a small test file"},
        [
            ("token_embd.weight", F32, (8, 8), gguf_files.ENCODERS[F32](w)),
            ("output_norm.weight", F32, (8,), gguf_files.ENCODERS[F32](w[0])),
        ],
    )


def damaged(src: Path, dest: Path, change: bytes | None = None, at: int = 0) -> Path:
    data = bytearray(src.read_bytes())
    if change is not None:
        data[at : at + len(change)] = change
    dest.write_bytes(bytes(data))
    return dest


def truncated(src: Path, dest: Path, size: int) -> Path:
    dest.write_bytes(src.read_bytes()[:size])
    return dest


def assert_clear_error(src: Path, out: Path) -> GGUFError:
    with pytest.raises(GGUFError) as info:
        gguf.convert_gguf(src, out)
    message = info.value.message
    assert src.name in message
    assert "Traceback" not in message
    assert not out.exists()
    return info.value


def test_truncated_at_many_offsets(tiny: Path, tmp_path: Path) -> None:
    header = gguf.read_header(tiny)
    size, data = tiny.stat().st_size, header.data_offset
    offsets = [0, 2, 4, 7, 12, 20, 23, 40, 200, 1000, data - 1, data, data + 100]
    offsets += [size // 2, size - 1]
    for offset in offsets:
        src = truncated(tiny, tmp_path / f"cut-{offset}.gguf", offset)
        error = assert_clear_error(src, tmp_path / "out")
        assert "damaged" in error.message or "empty" in error.message, error.message


def test_truncated_real_model_says_so(tmp_path: Path) -> None:
    src = tmp_path / "SmolLM2-partial.gguf"
    # The header and the first tensors, then a hole up to 60 MB: a download cut short.
    with default_model.embedded_gguf().open("rb") as f_in, src.open("wb") as f_out:
        f_out.write(f_in.read(8 << 20))
        f_out.truncate(60_000_000)
    error = assert_clear_error(src, tmp_path / "out")
    assert "truncated" in error.message


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (TENSOR_COUNT, +1),
        (TENSOR_COUNT, -1),
        (TENSOR_COUNT, 2**32),
        (TENSOR_COUNT, 2**63),
        (KV_COUNT, +1),
        (KV_COUNT, -1),
        (KV_COUNT, 2**40),
        (KV_COUNT, -(10**9)),
    ],
)
def test_mutated_header_counts(tiny: Path, tmp_path: Path, field: int, value: int) -> None:
    (count,) = struct.unpack_from("<Q", tiny.read_bytes(), field)
    new = value if abs(value) > 2 else count + value
    new = max(0, new)
    src = damaged(tiny, tmp_path / "counts.gguf", struct.pack("<Q", new), field)
    assert_clear_error(src, tmp_path / "out")


def test_bad_magic_and_version(tiny: Path, tmp_path: Path) -> None:
    error = assert_clear_error(damaged(tiny, tmp_path / "magic.gguf", b"GGML"), tmp_path / "o")
    assert "does not start with 'GGUF'" in error.message
    src = damaged(tiny, tmp_path / "version.gguf", struct.pack("<I", 99), 4)
    assert "version 99" in assert_clear_error(src, tmp_path / "o").message


SMALL_MUTATIONS = [(TENSOR_COUNT, 3), (TENSOR_COUNT, 100), (KV_COUNT, 3), (KV_COUNT, 100)]


@pytest.mark.parametrize(("field", "value"), SMALL_MUTATIONS)
def test_small_file_with_one_count_changed(
    small: Path, tmp_path: Path, field: int, value: int
) -> None:
    src = damaged(small, tmp_path / "small-bad.gguf", struct.pack("<Q", value), field)
    assert_clear_error(src, tmp_path / "out")


@pytest.mark.slow
def test_reader_crash_stays_in_the_worker(small: Path, tmp_path: Path) -> None:
    """Straight to mx.load, no header checks: these files segfault it; we get an error."""
    crashes = 0
    for i, (field, value) in enumerate(SMALL_MUTATIONS):
        src = damaged(small, tmp_path / f"raw-{i}.gguf", struct.pack("<Q", value), field)
        with pytest.raises(GGUFError) as info:
            gguf.run_worker(src, tmp_path / f"out-{i}", timeout_s=120, skip_header_check=True)
        assert src.name in info.value.message
        crashes += "crashed with SIG" in info.value.message
    assert crashes >= 1  # at least one of them really took the worker down


def test_worker_timeout_is_an_error(tiny: Path, tmp_path: Path) -> None:
    with pytest.raises(GGUFError, match=r"tiny\.gguf.*did not finish within"):
        gguf.run_worker(tiny, tmp_path / "out", timeout_s=0.05)


@pytest.mark.slow
def test_random_byte_mutations_in_the_header(tiny: Path, tmp_path: Path) -> None:
    """Random bytes changed in the header (fixed seed): an error or, when the change left a
    valid file (a letter of a token, say), a model folder; the caller always survives."""
    rng = random.Random(SEED)
    header_end = gguf.read_header(tiny).data_offset
    errors = 0
    for i in range(14):
        data = bytearray(tiny.read_bytes())
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(header_end)] = rng.randrange(256)
        src = tmp_path / f"mutant-{i}.gguf"
        src.write_bytes(bytes(data))
        out = tmp_path / f"out-{i}"
        try:
            gguf.convert_gguf(src, out)
        except GGUFError as e:
            assert src.name in e.message
            assert not out.exists()
            errors += 1
        else:
            assert (out / "config.json").is_file()
    assert errors >= 5


@pytest.mark.slow
def test_random_mutations_straight_to_the_reader(small: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    size = small.stat().st_size
    for i in range(6):
        data = bytearray(small.read_bytes())
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(size)] = rng.randrange(256)
        src = tmp_path / f"raw-mutant-{i}.gguf"
        src.write_bytes(bytes(data))
        with pytest.raises(GGUFError) as info:
            # Never a valid model (no vocabulary), so every outcome is an error.
            gguf.run_worker(src, tmp_path / f"out-{i}", timeout_s=120, skip_header_check=True)
        assert src.name in info.value.message
