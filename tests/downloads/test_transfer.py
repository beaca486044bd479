"""The transfer in-process against the fake hub: install, verify, resume, refuse, cancel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from airgap import paths
from airgap.downloads import hub as hub_api
from airgap.downloads import manifest, transfer, verify
from airgap.downloads.errors import Cancelled, NotEnoughSpace, VerificationFailed
from airgap.downloads.progress import CancelFlag, Event, Kind

from .conftest import BIG, REPO, SMALL
from .hubserver import HubServer

PATTERNS = ("*.json", "*.safetensors")


def _run(
    server: HubServer,
    events: list[Event] | None = None,
    cancel: CancelFlag | None = None,
    **options: object,
) -> Path:
    listing = hub_api.list_files(REPO, "main", PATTERNS, hub_endpoint=server.url)
    opts = transfer.Options(**{"backoff_s": 0.01, **options})  # type: ignore[arg-type]
    sink = events.append if events is not None else (lambda e: None)
    return transfer.Transfer(listing, "tiny-model", sink, cancel, opts).run()


def test_listing_has_sizes_hashes_and_the_pinned_commit(hub: HubServer) -> None:
    listing = hub_api.list_files(REPO, "main", PATTERNS, hub_endpoint=hub.url)
    by_path = {f.path: f for f in listing.files}
    assert set(by_path) == {"config.json", "tokenizer.json", BIG, SMALL}  # README skipped
    assert by_path[BIG].sha256 is not None and by_path["config.json"].sha256 is None
    assert listing.commit in by_path[BIG].url  # URLs use the resolved commit, not "main"


def test_full_download_installs_verified_files_with_a_manifest(
    hub: HubServer, repo_files: dict[str, bytes]
) -> None:
    events: list[Event] = []
    dest = _run(hub, events)
    assert dest == paths.models_dir() / "tiny-model"
    for name in ("config.json", "tokenizer.json", BIG, SMALL):
        assert (dest / name).read_bytes() == repo_files[name]
    assert not (dest / "README.md").exists()
    assert not list(dest.rglob("*.part*")) and not (dest / transfer.VERIFIED_NAME).exists()
    recorded = manifest.read(dest)
    assert {f.path for f in recorded.files} == {"config.json", "tokenizer.json", BIG, SMALL}
    assert recorded.source["repo"] == REPO
    assert verify.verify_model(dest).ok
    kinds = [e.kind for e in events]
    assert kinds[0] is Kind.START and kinds[-1] is Kind.DONE
    assert (
        events[-1].bytes_done
        == events[-1].bytes_total
        == sum(len(repo_files[n]) for n in ("config.json", "tokenizer.json", BIG, SMALL))
    )
    assert not list(transfer.staging_root().iterdir())  # the staging folder became the model


def test_dropped_connection_retries_and_resumes_where_it_stopped(
    hub: HubServer, repo_files: dict[str, bytes]
) -> None:
    cut = 2 * 1024 * 1024 + 17
    hub.hub.drop_after[BIG] = cut
    events: list[Event] = []
    dest = _run(hub, events)
    assert (dest / BIG).read_bytes() == repo_files[BIG]
    gets = [r for r in hub.hub.file_requests(BIG) if r.path.startswith("/lfs/")]
    assert [r.range for r in gets] == [None, f"bytes={cut}-"]
    assert gets[1].if_range is not None  # the saved ETag guards the splice
    assert hub.hub.served[BIG] == len(repo_files[BIG])  # nothing fetched twice
    assert any(e.kind is Kind.RETRY for e in events)


def test_corrupted_byte_is_detected_and_nothing_is_installed(hub: HubServer) -> None:
    hub.hub.corrupt[BIG] = 123_456
    with pytest.raises(VerificationFailed, match="sha256"):
        _run(hub)
    assert not (paths.models_dir() / "tiny-model").exists()
    staging = transfer.staging_root() / "tiny-model"
    assert not (staging / (BIG + ".part")).exists()  # the bad bytes are not resumed later
    # Once the server is honest again the same command completes.
    hub.hub.corrupt.clear()
    assert verify.verify_model(_run(hub)).ok


def test_not_enough_space_is_refused_before_any_transfer(
    hub: HubServer, repo_files: dict[str, bytes]
) -> None:
    total = sum(len(repo_files[n]) for n in ("config.json", "tokenizer.json", BIG, SMALL))
    from airgap.downloads.hardware import disk_needed

    seen: list[Path] = []

    def probe(path: Path) -> int:
        seen.append(path)
        return disk_needed(total) - 1

    with pytest.raises(NotEnoughSpace, match="not enough disk space"):
        _run(hub, free_space=probe)
    assert seen and all(r.file is None for r in hub.hub.requests)  # only the metadata call
    assert not (paths.models_dir() / "tiny-model").exists()
    # Exactly enough (with the margin) goes ahead.
    _run(hub, free_space=lambda p: disk_needed(total))


def test_cancel_keeps_the_partial_file_and_the_next_run_resumes(
    hub: HubServer, repo_files: dict[str, bytes]
) -> None:
    cancel = CancelFlag()
    events: list[Event] = []

    def sink(event: Event) -> None:
        events.append(event)
        if event.kind is Kind.PROGRESS and event.file == BIG and event.bytes_done > 1_500_000:
            cancel.set()

    hub.hub.bytes_per_s = 8 * 1024 * 1024
    listing = hub_api.list_files(REPO, "main", PATTERNS, hub_endpoint=hub.url)
    opts = transfer.Options(chunk=64 * 1024)
    with pytest.raises(Cancelled):
        transfer.Transfer(listing, "tiny-model", sink, cancel, opts).run()
    part = transfer.staging_root() / "tiny-model" / (BIG + ".part")
    kept = part.stat().st_size
    assert 0 < kept < len(repo_files[BIG])
    assert not (paths.models_dir() / "tiny-model").exists()
    hub.hub.bytes_per_s = 0
    hub.hub.reset_counters()
    dest = _run(hub)
    assert (dest / BIG).read_bytes() == repo_files[BIG]
    assert hub.hub.file_requests(BIG)[-1].range == f"bytes={kept}-"
    assert hub.hub.served[BIG] == len(repo_files[BIG]) - kept


def test_a_changed_file_on_the_server_restarts_instead_of_splicing(
    hub: HubServer, repo_files: dict[str, bytes]
) -> None:
    """If-Range: a stale ETag makes the server send the whole file, which replaces the part."""
    staging = transfer.staging_root() / "tiny-model"
    staging.mkdir(parents=True)
    listing = hub_api.list_files(REPO, "main", PATTERNS, hub_endpoint=hub.url)
    sha = next(f.sha256 for f in listing.files if f.path == BIG)
    (staging / (BIG + ".part")).write_bytes(b"\0" * 1000)  # bytes from some other version
    sidecar = {"size": len(repo_files[BIG]), "sha256": sha, "etag": '"stale"'}
    (staging / (BIG + ".part.json")).write_text(json.dumps(sidecar))
    dest = _run(hub)
    assert (dest / BIG).read_bytes() == repo_files[BIG]
    first = hub.hub.file_requests(BIG)[-1]
    assert first.range == "bytes=1000-" and first.if_range == '"stale"'
    assert hub.hub.served[BIG] == len(repo_files[BIG])


def test_unsafe_file_names_from_the_hub_are_refused(hub: HubServer) -> None:
    hub.hub.repos[REPO].files["../escape.json"] = b"{}"
    with pytest.raises(Exception, match="unsafe file name"):
        hub_api.list_files(REPO, "main", PATTERNS, hub_endpoint=hub.url)


def test_unknown_repository_is_a_clear_error(hub: HubServer) -> None:
    with pytest.raises(Exception, match="was not found"):
        hub_api.list_files("nobody/nothing", "main", PATTERNS, hub_endpoint=hub.url)


def test_server_errors_are_retried_with_backoff(
    hub: HubServer, repo_files: dict[str, bytes]
) -> None:
    hub.hub.fail_next[BIG] = [503, 502, 500]
    delays: list[float] = []
    events: list[Event] = []
    dest = _run(hub, events, sleep=delays.append, backoff_s=0.5)
    assert (dest / BIG).read_bytes() == repo_files[BIG]
    retries = [e.message for e in events if e.kind is Kind.RETRY]
    assert [m.rsplit(" ", 1)[-1] for m in retries] == ["0.5s", "1.0s", "2.0s"]  # doubling
    assert sum(delays) == pytest.approx(3.5)


def test_retries_give_up_with_a_resumable_message(hub: HubServer) -> None:
    hub.hub.fail_next[BIG] = [503] * 10
    with pytest.raises(transfer.TransferFailed, match="run it again to resume"):
        _run(hub, retries=2)
    assert not (paths.models_dir() / "tiny-model").exists()


def test_a_missing_file_is_not_retried(hub: HubServer) -> None:
    hub.hub.fail_next[BIG] = [404]
    events: list[Event] = []
    with pytest.raises(transfer.TransferFailed, match="404"):
        _run(hub, events)
    assert not any(e.kind is Kind.RETRY for e in events)


def test_downloading_an_installed_model_again_fetches_nothing(hub: HubServer) -> None:
    dest = _run(hub)
    hub.hub.reset_counters()
    events: list[Event] = []
    assert _run(hub, events) == dest
    assert all(r.file is None for r in hub.hub.requests)  # only the listing
    assert events[-1].kind is Kind.DONE and events[-1].message == "already installed"
    # A damaged install is fetched again (by size; `airgap verify` checks the hashes).
    (dest / SMALL).write_bytes(b"short")
    assert verify.verify_model(_run(hub)).ok


def test_listing_retries_then_says_the_hub_is_unreachable() -> None:
    with pytest.raises(transfer.TransferFailed, match="cannot reach"):
        hub_api.list_files(REPO, "main", hub_endpoint="http://127.0.0.1:9", backoff_s=0.01)
