"""Tiny random Qwen3.5 model folders, built once per test session (see tests/tiny_models.py).

Tests must not modify these folders; copy one (`copy_model`) to damage it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import tiny_models


@pytest.fixture(scope="session")
def qwen_dense(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Dense Qwen3.5 (3 Gated DeltaNet layers + 1 full attention), float32, thinking template."""
    return tiny_models.build_qwen35(tmp_path_factory.mktemp("models") / "qwen35-dense")


@pytest.fixture(scope="session")
def qwen_moe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Qwen3.5 MoE: 8 experts, top-2, shared expert."""
    return tiny_models.build_qwen35(tmp_path_factory.mktemp("models") / "qwen35-moe", moe=True)


@pytest.fixture(scope="session")
def qwen_quantized(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Dense Qwen3.5 quantized to 4 bits and saved in several small shards."""
    return tiny_models.build_qwen35(
        tmp_path_factory.mktemp("models") / "qwen35-4bit",
        quantize_bits=4,
        max_shard_bytes=64 * 1024,
    )


@pytest.fixture(scope="session")
def qwen_no_thinking(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model whose vocabulary and template have no <think>."""
    return tiny_models.build_qwen35(
        tmp_path_factory.mktemp("models") / "qwen35-plain", thinking=False
    )


@pytest.fixture(scope="session")
def qwen_small_context(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model with a 128-token context, for overflow tests."""
    return tiny_models.build_qwen35(
        tmp_path_factory.mktemp("models") / "qwen35-ctx128", context_length=128
    )


@pytest.fixture
def copy_model(tmp_path: Path) -> Callable[[Path], Path]:
    """Copy a session model folder into this test's tmp dir (to damage it safely)."""

    def copy(src: Path) -> Path:
        dest = tmp_path / src.name
        shutil.copytree(src, dest)
        return dest

    return copy
