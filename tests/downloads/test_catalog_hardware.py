"""The shipped catalog and the hardware-fit verdicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from airgap.downloads import catalog, hardware
from airgap.downloads.catalog import Source
from airgap.downloads.errors import CatalogError
from airgap.downloads.hardware import GB, Fit, Machine

ROOT = Path(__file__).resolve().parents[2]
QWEN_IDS = [
    "Qwen3.5-0.8B-4bit",
    "Qwen3.5-4B-4bit",
    "Qwen3.5-9B-4bit",
    "Qwen3.5-27B-4bit",
    "Qwen3.5-35B-A3B-4bit",
    "Qwen3.5-122B-A10B-4bit",
    "Qwen3.5-397B-A17B-4bit",
]


def test_the_shipped_catalog_is_the_source_of_truth_copy() -> None:
    """Briefcase bundles only app/airgap: the package copy must equal models/catalog.toml."""
    shipped = catalog.catalog_path()
    assert shipped.is_relative_to(ROOT / "app" / "airgap")
    assert shipped.read_bytes() == (ROOT / "models" / "catalog.toml").read_bytes(), (
        "app/airgap/resources/catalog.toml differs from models/catalog.toml: copy it over"
    )


def test_catalog_lists_every_qwen_model_and_the_embedded_default() -> None:
    entries = catalog.load()
    assert [e.id for e in entries if e.source is Source.HUB] == QWEN_IDS
    embedded = [e for e in entries if e.source is Source.EMBEDDED]
    assert [e.id for e in embedded] == ["SmolLM2-135M-Instruct"]
    for e in entries:
        if e.source is Source.HUB:
            assert e.repo.startswith("mlx-community/") and e.repo.endswith("-4bit")
            assert e.revision and e.files and e.languages
            assert e.thinking == catalog.Sampling(0.6, 0.95, 20)
            assert e.non_thinking == catalog.Sampling(0.7, 0.8, 20)
            assert e.resident_bytes > e.total_bytes
        if len(e.revision) != 40:
            assert not e.revision_verified  # placeholders are flagged, never passed off


def test_moe_sizes_follow_the_design_table() -> None:
    flagship = catalog.find("qwen3.5-397b-a17b-4bit")
    assert flagship is not None and flagship.streams_experts
    assert flagship.expert_bytes == 60 * 512 * 7_077_888
    assert flagship.streaming_bytes_per_token == 60 * 10 * 7_077_888
    assert flagship.expert_bytes < flagship.total_bytes
    a3b = catalog.find("mlx-community/Qwen3.5-35B-A3B-4bit")  # by repository id too
    assert a3b is not None and a3b.expert_bytes == 40 * 256 * 1_769_472
    dense = catalog.find("Qwen3.5-9B-4bit")
    assert dense is not None and not dense.streams_experts
    assert catalog.find("nope") is None


def test_a_malformed_catalog_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "catalog.toml"
    bad.write_text('[[model]]\nid = "x"\nsource = "hub"\n')
    with pytest.raises(CatalogError, match="repo and revision"):
        catalog.load(bad)
    bad.write_text("[[model]\n")
    with pytest.raises(CatalogError, match="cannot read"):
        catalog.load(bad)


def test_ram_and_disk_are_read_from_this_machine(tmp_path: Path) -> None:
    assert hardware.total_ram() > 512 * 1024 * 1024
    assert hardware._meminfo_total("MemTotal:       16384 kB\nMemFree: 1 kB\n") == 16384 * 1024
    # A folder that does not exist yet is measured on its nearest existing parent.
    assert hardware.free_disk(tmp_path / "not" / "yet") == hardware.free_disk(tmp_path)


def _verdict(model: str, ram_gb: float, disk_gb: float = 1000) -> hardware.FitVerdict:
    entry = catalog.find(model)
    assert entry is not None
    machine = Machine(int(ram_gb * GB), int(disk_gb * GB), Path("/"))
    return hardware.assess(entry, machine)


def test_fit_verdicts_with_numbers() -> None:
    small = _verdict("Qwen3.5-9B-4bit", 16)
    assert small.fit is Fit.RESIDENT and "runs resident" in small.describe()
    assert _verdict("Qwen3.5-27B-4bit", 16).fit is Fit.DOES_NOT_FIT
    assert "does not fit (needs 18.0 GB" in _verdict("Qwen3.5-27B-4bit", 16).describe()
    flagship = _verdict("Qwen3.5-397B-A17B-4bit", 48)  # the headline: 397B on a 48 GB Mac
    assert flagship.fit is Fit.STREAMS and flagship.est_tok_s is not None
    assert 0.5 < flagship.est_tok_s < 5  # the public record: 1.2-1.3 tok/s at K=10
    assert "streams experts at ~" in flagship.describe()
    # More memory caches more experts: faster, and eventually resident.
    assert _verdict("Qwen3.5-397B-A17B-4bit", 128).est_tok_s > flagship.est_tok_s  # type: ignore[operator]
    assert _verdict("Qwen3.5-397B-A17B-4bit", 512).fit is Fit.RESIDENT
    assert _verdict("Qwen3.5-397B-A17B-4bit", 8).fit is Fit.DOES_NOT_FIT


def test_disk_shortage_is_part_of_the_verdict() -> None:
    verdict = _verdict("Qwen3.5-27B-4bit", 64, disk_gb=10)
    assert not verdict.disk_ok and "not enough disk" in verdict.describe()
    assert _verdict("SmolLM2-135M-Instruct", 8, disk_gb=0).disk_ok  # embedded: no download
