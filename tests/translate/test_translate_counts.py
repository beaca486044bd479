"""Billing counts kept up to date edit by edit (SegmentCounts) equal a full recount
(count_segments) after every kind of change, and an edit counts only the edited segment."""

from __future__ import annotations

import pytest
from airgap.translate import counts
from airgap.translate.counts import SegmentCounts, count_segments
from airgap.translate.document import Segment

SOURCES = [
    "東京は晴れです。",
    "大阪は⟦1⟧雨⟦/1⟧です。",
    "서울은 맑습니다.",
    "It is sunny in Kyoto, isn't it?",
    "",
]


def _document() -> list[Segment]:
    return [Segment(f"s{k}", text) for k, text in enumerate(SOURCES)]


def test_cached_totals_equal_a_full_recount_after_edits() -> None:
    segments = _document()
    cached = SegmentCounts()
    steps: list[tuple[str | None, str | None]] = []

    def check(source_lang: str | None, target_lang: str | None) -> None:
        steps.append((source_lang, target_lang))
        assert cached.update(segments, source_lang, target_lang) == count_segments(
            segments, source_lang, target_lang
        )

    check("ja", "en")
    segments[0].target = "It is sunny in Tokyo."
    check("ja", "en")
    segments[1].target = "It ⟦1⟧rains⟦/1⟧ in Osaka."
    segments[0].target = "Tokyo is sunny."  # edited again
    check("ja", "en")
    segments[3].source = "Kyoto is cloudy."  # a source can change too (a re-opened file)
    check("ja", "en")
    check("en", "ja")  # other units: characters for the target now
    segments[0].target = "東京は晴れ。"
    check("en", "ja")
    del segments[1:3]  # a shorter document
    check("en", "ja")
    segments.extend(_document())  # a longer one
    check("en", "ja")
    segments[-1].target = "空"
    check(None, None)
    assert len(steps) == 9


def test_an_edit_counts_only_the_edited_segment(monkeypatch: pytest.MonkeyPatch) -> None:
    segments = [Segment(f"s{k}", SOURCES[k % len(SOURCES)]) for k in range(200)]
    cached = SegmentCounts()
    cached.update(segments, "ja", "en")
    counted: list[str] = []
    real = counts.count

    def spy(text: str, lang: str | None) -> counts.Count:
        counted.append(text)
        return real(text, lang)

    monkeypatch.setattr(counts, "count", spy)
    segments[120].target = "Tokyo is sunny."
    totals = cached.update(segments, "ja", "en")
    assert counted == [segments[120].source, "Tokyo is sunny."]  # one segment, both sides
    assert totals.target.words == 3
