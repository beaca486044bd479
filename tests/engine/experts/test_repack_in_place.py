"""The in-place repack (`airgap repack`): the experts move shard by shard into experts.packed/,
the disk never holds them twice, a kill at any point loses nothing, and the repacked model
loads streamed and resident with the same logits as before."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import tiny_models
from airgap.downloads import manifest as download_manifest
from airgap.downloads.verify import verify_model
from airgap.engine import loader
from airgap.engine.api import CorruptModel
from airgap.engine.experts import StreamingConfig, build_index, load_streaming, should_stream
from airgap.engine.experts.index import read_header
from airgap.engine.experts.repack import (
    PACKED_DIR,
    InPlaceState,
    NotEnoughDiskSpace,
    RepackBusy,
    RepackProgress,
    RepackStep,
    in_place_state,
    load_packed,
    repack,
    repack_in_place,
)
from disk_helpers import small_tmpfs
from streamkit import TOP_K, run_logits

Reference = Callable[[int], tuple[list[np.ndarray], list[int]]]


def _allocated(folder: Path) -> int:
    """Bytes the folder really occupies on disk (sparse files count only what is written)."""
    return sum(p.stat().st_blocks * 512 for p in folder.rglob("*") if p.is_file())


def _worst(got: list[np.ndarray], expected: list[np.ndarray]) -> float:
    return max(float(np.abs(a - b).max()) for a, b in zip(got, expected, strict=True))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _with_download_manifest(folder: Path) -> None:
    """The manifest `airgap download` writes: every file's size and sha256."""
    records = [
        download_manifest.FileRecord(
            p.relative_to(folder).as_posix(), p.stat().st_size, download_manifest.hash_file(p)
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    ]
    download_manifest.write(folder, folder.name, records, {"repo": "test/tiny"})


@dataclass
class Repacked:
    path: Path
    before: dict[str, bytes]  # every file of the original checkpoint
    steps: list[RepackProgress]
    size_before: int  # ModelInfo.size_bytes before the repack
    expert_bytes: int
    parameters_before: int  # ModelInfo.parameters before the repack


@pytest.fixture(scope="module")
def repacked(moe_4bit: Path, tmp_path_factory: pytest.TempPathFactory) -> Repacked:
    path = tmp_path_factory.mktemp("repacked") / "m"
    shutil.copytree(moe_4bit, path)
    _with_download_manifest(path)
    index = build_index(path)
    info = loader.describe(path)
    result = Repacked(
        path, _snapshot(path), [], info.size_bytes, index.total_bytes, info.parameters
    )
    assert repack_in_place(path, result.steps.append) == path / PACKED_DIR
    return result


def _copy(source: Path, dest: Path) -> Path:
    shutil.copytree(source, dest)
    return dest


# ---------------------------------------------------------------------- the move itself


def test_the_experts_leave_the_shards(repacked: Repacked) -> None:
    path = repacked.path
    assert in_place_state(path) is InPlaceState.COMPLETE
    for shard in path.glob("model*.safetensors"):
        assert not [k for k in read_header(shard) if ".switch_mlp." in k], shard.name
    weight_map = json.loads((path / "model.safetensors.index.json").read_text())["weight_map"]
    assert not [k for k in weight_map if ".switch_mlp." in k]
    assert all((path / name).is_file() for name in weight_map.values())
    # Shards that held nothing but experts are gone; none is left half-written.
    assert len(list(path.glob("model*.safetensors"))) < len(
        [n for n in repacked.before if n.startswith("model-")]
    )
    assert (
        not list(path.rglob("*.repack-tmp")) and not (path / PACKED_DIR / "journal.json").exists()
    )

    done = [s for s in repacked.steps if s.step is RepackStep.SHARD_DONE]
    assert [s.shards_done for s in done] == list(range(1, len(done) + 1))
    assert done[-1].bytes_moved == repacked.expert_bytes


def test_disk_use_never_exceeds_one_shard_more(tmp_path: Path) -> None:
    """Peak disk use, measured after every step, on a model whose expert components are whole
    pages (as on a real model, where an expert is megabytes): never more than one shard
    above the larger of before and after. Keeping the shards until the end would add all
    the experts (4.5 MB here) instead."""
    path = tiny_models.build_qwen35(
        tmp_path / "wide",
        moe=True,
        hidden_size=256,
        quantize_bits=4,
        max_shard_bytes=300_000,
        num_experts=16,
        num_experts_per_tok=4,
    )
    index = build_index(path)
    assert all(c.nbytes % 4096 == 0 for c in index.layers[0].components)
    largest = max(p.stat().st_blocks * 512 for p in index.files)
    before = _allocated(path)
    sizes: list[int] = []
    repack_in_place(path, lambda _: sizes.append(_allocated(path)))
    after = _allocated(path)
    bookkeeping = 4 * 4096  # the manifest, the journal and their temp files
    assert len(sizes) > 2 * len(index.files)
    assert max(sizes) <= max(before, after) + largest + bookkeeping
    assert index.total_bytes > 10 * largest


def test_a_repacked_model_streams_with_the_same_logits_one_read_per_expert(
    repacked: Repacked, reference: Reference
) -> None:
    expected, tokens = reference(TOP_K)
    model, _, streamer = load_streaming(repacked.path, StreamingConfig(cache_bytes=0))
    try:
        assert all(f.parent.name == PACKED_DIR for f in streamer.index.files)
        assert all(len(runs) == 1 for runs in streamer.reader._plan)
        got, _ = run_logits(model, tokens)
    finally:
        streamer.close()
    assert _worst(got, expected) <= 1e-4


def test_a_repacked_model_loads_resident_or_streamed_through_the_loader(
    repacked: Repacked, reference: Reference
) -> None:
    expected, tokens = reference(TOP_K)
    resident = loader.load(repacked.path, stream_experts=False)
    assert resident.experts is None
    assert resident.info.parameters == repacked.parameters_before
    got, _ = run_logits(resident.model, tokens)
    assert _worst(got, expected) <= 1e-4
    del resident

    streamed = loader.load(
        repacked.path, stream_experts=True, experts=StreamingConfig(cache_bytes=1 << 20)
    )
    try:
        assert streamed.info.streams_experts
        assert streamed.info.parameters == repacked.parameters_before
        got, _ = run_logits(streamed.model, tokens)
    finally:
        streamed.experts.close()
    assert _worst(got, expected) <= 1e-4


def test_size_figures_still_count_the_moved_experts(repacked: Repacked) -> None:
    info = loader.describe(repacked.path)
    assert info.parameters == repacked.parameters_before > 0
    # Only the headers of the removed shards are gone.
    assert abs(info.size_bytes - repacked.size_before) < 0.02 * repacked.size_before
    assert should_stream(repacked.path, budget_bytes=repacked.size_before // 2)
    assert not should_stream(repacked.path, budget_bytes=repacked.size_before * 4)


def test_running_it_again_changes_nothing(repacked: Repacked, tmp_path: Path) -> None:
    path = _copy(repacked.path, tmp_path / "m")
    before = _snapshot(path)
    repack_in_place(path)
    repack(load_packed(path))  # the keep-originals copy of a moved repack: nothing to do
    assert _snapshot(path) == before


def test_a_keep_originals_copy_is_replaced_by_the_move(
    moe_4bit: Path, repacked: Repacked, tmp_path: Path
) -> None:
    path = _copy(moe_4bit, tmp_path / "m")
    _with_download_manifest(path)
    repack(build_index(path))  # the bench's layout comparison: the shards stay
    assert all(".switch_mlp." in " ".join(read_header(p)) for p in build_index(path).files)
    repack_in_place(path)
    assert _snapshot(path) == _snapshot(repacked.path)


# ---------------------------------------------------------------------- killed midway

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from airgap.engine.experts import repack as rp

    model_dir, step, nth = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    seen = 0

    def count():
        global seen
        seen += 1
        if seen == nth:
            os.kill(os.getpid(), signal.SIGKILL)

    if step == "pwrite":  # in the middle of writing one shard's records
        original = rp._pwrite_all
        def pwrite(*args):
            count()
            original(*args)
        rp._pwrite_all = pwrite

    def progress(p):
        if p.step.value == step:
            count()

    rp.repack_in_place(model_dir, progress)
    sys.exit(3)  # the kill point was never reached
    """
)


@pytest.mark.parametrize(
    ("step", "nth"),
    [
        ("pwrite", 1),
        ("pwrite", 300),
        ("started", 1),
        ("records_written", 1),  # a shard of experts only, before it is deleted
        ("shard_removed", 2),  # deleted, not yet in the journal
        ("records_written", 6),  # a mixed shard: records in, shard not yet rewritten
        ("temp_written", 1),  # the shard without experts written, not yet renamed
        ("shard_replaced", 2),  # renamed, journal and index file not yet updated
        ("hashing", 1),
    ],
)
def test_a_repack_killed_at_any_point_finishes_on_the_next_run(
    moe_4bit: Path, repacked: Repacked, tmp_path: Path, step: str, nth: int
) -> None:
    path = _copy(moe_4bit, tmp_path / "m")
    _with_download_manifest(path)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), step, str(nth)],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr.decode()[-2000:]

    # Unfinished: the model refuses to load, with the way out, and verify says so too.
    assert in_place_state(path) is InPlaceState.UNFINISHED
    with pytest.raises(CorruptModel, match="airgap repack"):
        loader.describe(path)
    with pytest.raises(CorruptModel, match="interrupted"):
        load_streaming(path)
    assert "interrupted" in verify_model(path, quick=True).error

    repack_in_place(path)
    assert _snapshot(path) == _snapshot(repacked.path)


# ---------------------------------------------------------------------- damage and space


def test_a_truncated_or_missing_packed_file_is_a_clear_error(
    repacked: Repacked, tmp_path: Path
) -> None:
    path = _copy(repacked.path, tmp_path / "m")
    layer = path / PACKED_DIR / "layer-001.bin"
    with layer.open("r+b") as f:
        f.truncate(layer.stat().st_size - 4096)
    with pytest.raises(CorruptModel, match=r"layer-001\.bin is truncated") as caught:
        load_packed(path)
    assert caught.value.path == layer
    for stream in (True, False):
        with pytest.raises(CorruptModel, match=r"layer-001\.bin"):
            loader.load(path, stream_experts=stream)
    layer.unlink()
    with pytest.raises(CorruptModel, match=r"layer-001\.bin is missing"):
        load_streaming(path)


def test_too_little_free_space_is_refused_before_anything_changes(
    moe_4bit: Path, tmp_path: Path
) -> None:
    path = _copy(moe_4bit, tmp_path / "m")
    before = _snapshot(path)
    free = shutil.disk_usage(path).free
    with pytest.raises(NotEnoughDiskSpace, match="Not enough free disk space") as caught:
        repack_in_place(path, margin=free)
    assert "Nothing was changed" in caught.value.message
    assert _snapshot(path) == before


def test_a_second_repack_of_the_same_model_is_refused_while_one_runs(
    moe_4bit: Path, tmp_path: Path
) -> None:
    path = _copy(moe_4bit, tmp_path / "m")
    before = _snapshot(path)
    running = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(running, fcntl.LOCK_EX)  # what a running repack holds
        with pytest.raises(RepackBusy, match="Another repack"):
            repack_in_place(path)
    finally:
        os.close(running)
    assert _snapshot(path) == before


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(
        tmp_path / "small", "4m", without_root="the margin test covers the refusal"
    ) as mnt:
        yield mnt


def test_a_disk_that_fills_up_midway_loses_nothing(
    moe_4bit: Path, repacked: Repacked, small_disk: Path
) -> None:
    path = _copy(moe_4bit, small_disk / "m")
    _with_download_manifest(path)
    filler = small_disk / "filler"

    def fill(p: RepackProgress) -> None:
        if p.step is RepackStep.STARTED:  # after the up-front check: the disk fills up
            with filler.open("wb", buffering=0) as f:
                try:
                    while True:
                        f.write(b"\0" * 65536)
                except OSError:
                    pass

    with pytest.raises(NotEnoughDiskSpace, match="Nothing is lost"):
        repack_in_place(path, fill, margin=0)
    filler.unlink()
    repack_in_place(path, margin=0)
    assert _snapshot(path) == _snapshot(repacked.path)


# ---------------------------------------------------------------------- verify and the CLI


def test_verify_checks_a_repacked_model_against_the_repack_records(
    repacked: Repacked, tmp_path: Path
) -> None:
    path = _copy(repacked.path, tmp_path / "m")
    report = verify_model(path)
    assert report.ok, report.describe()
    assert report.files == len(_snapshot(path)) - 2  # all but the two manifests

    rewritten = {
        r["path"] for r in json.loads((path / PACKED_DIR / "manifest.json").read_text())["files"]
    }
    untouched = next(p.name for p in sorted(path.glob("model-*")) if p.name not in rewritten)
    changed = [f"{PACKED_DIR}/layer-002.bin", "model-00008-of-00030.safetensors", untouched]
    assert changed[1] in rewritten
    for name in changed:
        data = bytearray((path / name).read_bytes())
        data[-1] ^= 0x01
        (path / name).write_bytes(bytes(data))
    report = verify_model(path)
    assert not report.ok
    assert sorted(report.wrong_hash) == sorted(changed)


def test_the_repack_command_exit_codes(
    repacked: Repacked, moe_4bit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from airgap.cli import main

    path = _copy(moe_4bit, tmp_path / "m")
    _with_download_manifest(path)
    before = _snapshot(path)
    assert main(["repack", str(path)]) == 2  # stdin is no terminal and no --yes
    assert "--yes" in capsys.readouterr().err
    assert _snapshot(path) == before

    assert main(["repack", str(path), "--yes"]) == 0
    out = capsys.readouterr()
    assert "rewrites the downloaded files" in out.err and "experts moved" in out.err
    assert _snapshot(path) == _snapshot(repacked.path)
    assert main(["repack", str(path)]) == 0
    assert "already repacked" in capsys.readouterr().err

    assert main(["repack", str(tmp_path / "nowhere")]) == 1
    dense = tmp_path / "dense"
    shutil.copytree(moe_4bit, dense, ignore=shutil.ignore_patterns("model*"))
    (dense / "model.safetensors").write_bytes(
        (moe_4bit / "model-00001-of-00030.safetensors").read_bytes()
    )
    assert main(["repack", str(dense), "--yes"]) == 1
    assert "no stacked routed experts" in capsys.readouterr().err


def test_the_repack_command_refuses_on_a_full_disk(
    moe_4bit: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from airgap.cli import EXIT_NO_SPACE, main

    path = _copy(moe_4bit, small_disk / "m")
    before = _snapshot(path)
    assert main(["repack", str(path), "--yes"]) == EXIT_NO_SPACE == 3
    assert "Not enough free disk space" in capsys.readouterr().err
    assert _snapshot(path) == before
