"""The recovery key format and the keychain seam."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from airgap import BUNDLE_ID
from airgap.store import (
    InvalidRecoveryKey,
    KeychainError,
    format_recovery_key,
    keys,
    parse_recovery_key,
)
from airgap.store.keys import Keychain, new_key
from keyring.backends.fail import Keyring as NoKeyring
from storehelpers import MemoryKeyring


def test_recovery_key_round_trips_and_forgives_case_spaces_and_lookalikes() -> None:
    key = new_key()
    text = format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert parse_recovery_key(text) == key
    assert parse_recovery_key(" " + text.lower().replace("-", " ") + "\n") == key
    # People write O as 0 and I as 1.
    assert parse_recovery_key(text.replace("O", "0").replace("I", "1")) == key


def test_recovery_key_typos_are_caught() -> None:
    text = format_recovery_key(new_key())
    swapped = text[:5] + ("A" if text[5] != "A" else "B") + text[6:]
    with pytest.raises(InvalidRecoveryKey, match="typo"):
        parse_recovery_key(swapped)
    with pytest.raises(InvalidRecoveryKey, match="56"):
        parse_recovery_key(text[:-2])


def test_keychain_stores_under_the_bundle_id(memory_keyring: MemoryKeyring) -> None:
    chain = Keychain(memory_keyring)
    assert chain.get() is None
    key = new_key()
    chain.set(key)
    assert chain.get() == key
    assert (BUNDLE_ID, "database-key") in memory_keyring.entries


def test_keychain_errors_become_keychain_error(memory_keyring: MemoryKeyring) -> None:
    chain = Keychain(memory_keyring)
    memory_keyring.fail = RuntimeError("dbus: the secret service is locked")
    with pytest.raises(KeychainError, match="recovery key"):
        chain.get()
    with pytest.raises(KeychainError, match="Unlock"):
        chain.set(new_key())


def test_a_garbled_keychain_entry_is_an_error_not_a_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries[(BUNDLE_ID, "database-key")] = "not hex"
    with pytest.raises(KeychainError, match="not valid"):
        Keychain(memory_keyring).get()


def test_no_keychain_at_all_says_so() -> None:
    with pytest.raises(KeychainError, match="no system keychain"):
        Keychain(NoKeyring()).get()
    with pytest.raises(KeychainError, match="no system keychain"):
        Keychain(NoKeyring()).set(new_key())


def test_linux_without_secret_service_keeps_the_key_in_an_owner_only_file(
    monkeypatch: pytest.MonkeyPatch, airgap_home: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(keys.keyring, "get_keyring", lambda: NoKeyring())
    key = keys.new_key()
    keys.Keychain().set(key)
    key_file = airgap_home / "database.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert keys.Keychain().get() == key
    keys.Keychain().delete()
    assert keys.Keychain().get() is None


def test_macos_never_falls_back_to_a_key_file(
    monkeypatch: pytest.MonkeyPatch, airgap_home: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(keys.keyring, "get_keyring", lambda: NoKeyring())
    with pytest.raises(KeychainError, match="no system keychain"):
        keys.Keychain().set(keys.new_key())
    assert not (airgap_home / "database.key").exists()
