"""The loader's streaming seam and the session's Done stats (what the window shows)."""

from __future__ import annotations

from pathlib import Path

from airgap.engine import loader
from airgap.engine.api import (
    ChatMessage,
    Done,
    ExpertStats,
    FinishReason,
    GenerationRequest,
    Role,
    SamplingSettings,
    TextDelta,
)
from airgap.engine.experts import StreamingConfig
from airgap.engine.session import Session

GREEDY = SamplingSettings(temperature=0.0, max_tokens=24, seed=0)


def _ask(session: Session, text: str) -> tuple[str, Done]:
    request = GenerationRequest(messages=[ChatMessage(Role.USER, text)], sampling=GREEDY)
    events = list(session.stream(request))
    done = events[-1]
    assert isinstance(done, Done)
    return "".join(e.text for e in events if isinstance(e, TextDelta)), done


def test_streamed_session_answers_like_resident_and_reports_expert_stats(
    moe_4bit: Path,
) -> None:
    resident = loader.load(moe_4bit)
    assert resident.experts is None and not resident.info.streams_experts
    want, want_done = _ask(Session(resident), "Hello! What is the capital of France?")

    streamed = loader.load(
        moe_4bit, stream_experts=True, experts=StreamingConfig(cache_bytes=0, prefetch=True)
    )
    try:
        assert streamed.info.streams_experts
        assert streamed.info.parameters == resident.info.parameters
        session = Session(streamed)
        got, done = _ask(session, "Hello! What is the capital of France?")
        assert done.finish_reason in (FinishReason.STOP, FinishReason.LENGTH)
        assert done.error is None
        assert got == want
        assert want_done.stats.experts is None
        stats = done.stats.experts
        assert isinstance(stats, ExpertStats)
        assert stats.experts_per_token == 6
        assert stats.bytes_read_per_token > 0
        assert 0.0 <= stats.cache_hit_rate <= 1.0
        assert 0.0 < stats.prefetch_hit_rate <= 1.0
        assert 0.0 < stats.io_wait_share < 1.0
    finally:
        streamed.experts.close()


def test_auto_mode_streams_only_when_the_budget_is_short(moe_4bit: Path) -> None:
    size = sum(p.stat().st_size for p in moe_4bit.glob("*.safetensors"))
    roomy = loader.load(
        moe_4bit, stream_experts=None, experts=StreamingConfig(memory_budget=size * 4)
    )
    assert roomy.experts is None
    tight = loader.load(
        moe_4bit,
        stream_experts=None,
        experts=StreamingConfig(memory_budget=size // 2, cache_bytes=0),
    )
    try:
        assert tight.experts is not None and tight.info.streams_experts
    finally:
        tight.experts.close()


def test_k_setting_applies_to_resident_moe_too(moe_4bit: Path) -> None:
    import pytest
    from airgap.engine.api import InvalidSettings

    loaded = loader.load(moe_4bit, stream_experts=False, experts=StreamingConfig(top_k=4))
    assert loaded.experts is None
    assert all(layer.mlp.top_k == 4 for layer in loaded.model.layers)
    with pytest.raises(InvalidSettings):
        loader.load(moe_4bit, stream_experts=False, experts=StreamingConfig(top_k=3))


def test_short_read_mid_session_ends_with_a_clear_error(moe_4bit: Path, tmp_path: Path) -> None:
    import shutil

    from airgap.engine.experts import build_index

    model_dir = tmp_path / "m"
    shutil.copytree(moe_4bit, model_dir)
    loaded = loader.load(model_dir, stream_experts=True, experts=StreamingConfig(cache_bytes=0))
    try:
        shard = build_index(model_dir).layer(1).components[-1].file
        with shard.open("r+b") as f:
            f.truncate(shard.stat().st_size // 2)
        _, done = _ask(Session(loaded), "Hello!")
        assert done.finish_reason is FinishReason.ERROR
        assert done.error is not None and shard.name in done.error
    finally:
        loaded.experts.close()
