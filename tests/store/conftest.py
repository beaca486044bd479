"""Store test fixtures: an in-memory keyring backend (never the real keychain, never
keyrings.alt), a database path under the test's AIRGAP_HOME, and an open store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from airgap.store import Keychain, Store
from keyring.backends.fail import Keyring as FailKeyring
from storehelpers import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        # Never fall back to the developer's real keychain afterwards.
        keyring.set_keyring(FailKeyring())


@pytest.fixture
def keychain(memory_keyring: MemoryKeyring) -> Keychain:
    return Keychain()  # the default path: keyring's configured backend, here the memory one


@pytest.fixture
def db_path(airgap_home: Path) -> Path:
    return airgap_home / "airgap.db"


@pytest.fixture
def store(db_path: Path, keychain: Keychain) -> Iterator[Store]:
    s = Store.open(db_path, keychain=keychain)
    try:
        yield s
    finally:
        s.close()
