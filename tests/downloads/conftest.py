"""Fixtures for the downloads tests: a tiny model repository served by a local fake hub."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

import pytest

from .hubserver import FakeHub, HubServer

REPO = "test-org/tiny-model"
BIG = "model-00001-of-00002.safetensors"
SMALL = "model-00002-of-00002.safetensors"


@pytest.fixture(scope="session")
def repo_files() -> dict[str, bytes]:
    rng = random.Random(1234)
    return {
        "config.json": json.dumps({"model_type": "llama", "hidden_size": 64}).encode(),
        "tokenizer.json": json.dumps({"vocab": {f"t{i}": i for i in range(2000)}}).encode(),
        BIG: rng.randbytes(6 * 1024 * 1024),
        SMALL: rng.randbytes(300 * 1024),
        "README.md": b"# not downloaded: no pattern matches it\n",
    }


@pytest.fixture
def hub(repo_files: dict[str, bytes]) -> Iterator[HubServer]:
    fake = FakeHub()
    fake.add_repo(REPO, dict(repo_files), lfs={BIG, SMALL})
    with HubServer(fake) as server:
        yield server
