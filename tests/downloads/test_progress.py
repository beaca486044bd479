"""Progress events: the JSON-lines contract, the rate/ETA meter and the CLI's bar."""

from __future__ import annotations

from airgap.downloads.commands import progress_bar
from airgap.downloads.progress import Event, Kind, Meter, parse_line


def test_events_round_trip_through_json_lines() -> None:
    event = Event(Kind.PROGRESS, model="m", file="a/b.safetensors", bytes_done=5, bytes_total=9)
    assert parse_line(event.to_json()) == event
    assert parse_line("not json") is None
    assert parse_line('{"kind": "unknown"}') is None
    assert parse_line('{"kind": "done", "extra": 1}') == Event(Kind.DONE)  # new fields ignored


def test_meter_rate_eta_and_throttling() -> None:
    now = [0.0]
    sent: list[Event] = []
    meter = Meter(sent.append, "m", total=10_000, files_total=1, clock=lambda: now[0])
    meter.skip(1_000)  # resumed bytes count as done but not towards the rate
    for _ in range(4):
        now[0] += 0.5
        meter.advance(1_000)
    last = sent[-1]
    assert last.bytes_done == 5_000
    assert 1_900 < last.rate < 2_100  # 1,000 bytes every half second
    assert last.eta_s is not None and 2.0 < last.eta_s < 3.0  # 5,000 left at ~2,000/s
    before = len(sent)
    meter.advance(10)  # same instant: throttled, no new event
    assert len(sent) == before


def test_progress_bar_shows_share_sizes_rate_and_eta() -> None:
    event = Event(
        Kind.PROGRESS,
        file="model.safetensors",
        bytes_done=1_500_000_000,
        bytes_total=3_000_000_000,
        rate=25_000_000,
        eta_s=60,
    )
    bar = progress_bar(event)
    assert bar.startswith("[" + "#" * 15 + "." * 15 + "]")
    assert "50%" in bar and "1.5 GB/3.0 GB" in bar and "25.0 MB/s" in bar
    assert "ETA 0:01:00" in bar and bar.endswith("model.safetensors")
