"""One short run with the real embedded model (SmolLM2-135M-Instruct): it is weak at
translation, so only check that it produces a non-empty French target for a short English
segment and that the pipeline stores it (status, approval into the memory, TMX export)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from airgap.translate.document import Status
from airgap.translate.formats import read_bytes, to_bytes
from airgap.translate.formats.tmx import read_tmx, write_tmx
from airgap.translate.job import TranslationJob
from airgap.translate.memory import TranslationMemory
from airgap.translate.prompt import TRANSLATION_SAMPLING, TranslationSettings
from airgap.translate.storage import InMemoryStorage

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def smollm2(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The default model as the app prepares it (ensure_default_model), loaded once."""
    from airgap.engine import default_model, loader

    home = tmp_path_factory.mktemp("translate-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AIRGAP_HOME", str(home))
        try:
            path = default_model.ensure_default_model()
        except Exception as exc:  # the wheel is missing on this machine
            pytest.skip(f"the embedded default model is not available: {exc}")
        assert Path(os.environ["AIRGAP_HOME"]) == home
        yield loader.load(path)


def test_real_model_translates_a_short_segment_and_the_pipeline_stores_it(smollm2: Any) -> None:
    from airgap.engine.session import Session

    doc = read_bytes(b"The cat is sleeping.\n", "cat.txt")
    settings = TranslationSettings(
        "en", "fr", sampling=TRANSLATION_SAMPLING.with_(temperature=0.0, max_tokens=48)
    )
    storage = InMemoryStorage()
    job = TranslationJob(
        doc, settings, Session(smollm2), memory=TranslationMemory(), storage=storage
    )
    result = job.run()
    [segment] = doc.segments
    assert result.translated == 1, segment.error
    assert segment.status is Status.TRANSLATED and segment.target.strip()
    assert to_bytes(doc).decode() == segment.target + "\n"
    job.approve(0)
    [entry] = storage.memory_entries("en", "fr")
    assert (entry.source, entry.target) == ("The cat is sleeping.", segment.target)
    [back] = read_tmx(write_tmx(job.memory.entries(), "en"), "approved.tmx")
    assert back.target == segment.target
