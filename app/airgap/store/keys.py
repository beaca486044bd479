"""The database key: the OS keychain seam, the recovery key the user writes down, key checks.

The key is 32 random bytes, kept in the keychain (service = the bundle id) as hex. The
recovery key is the same 32 bytes plus a 3-byte checksum in base32, grouped by four
(`ABCD-EFGH-...`, 14 groups), so a typo is caught before we try it. A small sidecar file
next to the database holds an HMAC of a constant under the key: it tells "wrong key" from
"damaged file" without ever touching the database.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import sys
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from airgap import BUNDLE_ID, paths
from airgap.store.errors import InvalidRecoveryKey, KeychainError, StoreCode

log = logging.getLogger(__name__)

KEY_BYTES = 32
_CHECKSUM_BYTES = 3
_KEYCHECK_LABEL = b"airgap store key check v1"
DEFAULT_ACCOUNT = "database-key"


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


class FileKeyring(KeyringBackend):
    """Linux only, when no Secret Service runs (a headless or minimal desktop): the key in a
    file only its owner can read, in the data folder.

    Weaker than a keychain — it protects a copied database file, not a copied data folder —
    which is why macOS never uses it and Linux uses it only when nothing better exists.
    """

    priority = 0.1

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise keyring.errors.KeyringError(f"{self.path} cannot be read: {exc}") from exc
        return data if isinstance(data, dict) else {}

    def get_password(self, service: str, username: str) -> str | None:
        value = self._load().get(f"{service}/{username}")
        return str(value) if value is not None else None

    def _save(self, data: dict[str, str]) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(self.path)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("no such key")
        self._save(data)


def system_keyring() -> KeyringBackend:
    """keyring's configured backend; on Linux without any, the owner-only key file."""
    backend = keyring.get_keyring()
    if sys.platform.startswith("linux") and backend.priority <= 0:
        path = paths.data_dir() / "database.key"
        if not path.exists():
            log.warning("no Secret Service keyring: the database key goes in %s (owner-only)", path)
        return FileKeyring(path)
    return backend


class Keychain:
    """The OS keychain (or any keyring backend): get/set the database key, errors translated.

    `backend` defaults to keyring's configured backend; tests pass an in-memory one.
    """

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        service: str = BUNDLE_ID,
        account: str = DEFAULT_ACCOUNT,
    ) -> None:
        self._backend = backend
        self.service = service
        self.account = account

    def _keyring(self) -> KeyringBackend:
        return self._backend if self._backend is not None else system_keyring()

    def get(self) -> bytes | None:
        """The stored key, or None when there is no entry. KeychainError when it fails."""
        try:
            value = self._keyring().get_password(self.service, self.account)
        except keyring.errors.NoKeyringError as exc:
            raise KeychainError(StoreCode.NO_KEYCHAIN) from exc
        except Exception as exc:  # keyring backends raise anything from dbus to OSError
            log.warning("keychain read failed: %r", exc)
            raise KeychainError(StoreCode.KEYCHAIN_READ_FAILED) from exc
        if value is None:
            return None
        try:
            key = bytes.fromhex(value)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise KeychainError(StoreCode.KEYCHAIN_KEY_INVALID)
        return key

    def set(self, key: bytes) -> None:
        try:
            self._keyring().set_password(self.service, self.account, key.hex())
        except keyring.errors.NoKeyringError as exc:
            raise KeychainError(StoreCode.NO_KEYCHAIN) from exc
        except Exception as exc:
            log.warning("keychain write failed: %r", exc)
            raise KeychainError(StoreCode.KEYCHAIN_WRITE_FAILED) from exc

    def delete(self) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._keyring().delete_password(self.service, self.account)


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"airgap recovery" + key).digest()[:_CHECKSUM_BYTES]


def format_recovery_key(key: bytes) -> str:
    """`key` as the recovery key the user writes down: 14 groups of 4 base32 characters."""
    text = base64.b32encode(key + _checksum(key)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


# Characters people confuse with base32 letters when copying by hand.
_TYPO_MAP = str.maketrans({"0": "O", "1": "I", "8": "B"})


def parse_recovery_key(text: str) -> bytes:
    """The key from a typed recovery key (case, spaces and dashes do not matter)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_TYPO_MAP)
    if len(cleaned) != 56:
        raise InvalidRecoveryKey(StoreCode.RECOVERY_KEY_LENGTH, length=len(cleaned))
    try:
        raw = base64.b32decode(cleaned)
    except ValueError as exc:
        raise InvalidRecoveryKey(StoreCode.RECOVERY_KEY_CHARACTERS) from exc
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if not hmac.compare_digest(check, _checksum(key)):
        raise InvalidRecoveryKey(StoreCode.RECOVERY_KEY_TYPO)
    return key


def keycheck_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keycheck")


def keycheck_value(key: bytes) -> str:
    return hmac.new(key, _KEYCHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def write_keycheck(db_path: Path, key: bytes) -> None:
    keycheck_path(db_path).write_text(keycheck_value(key) + "\n", encoding="ascii")


def check_key(db_path: Path, key: bytes) -> bool | None:
    """True/False when the sidecar says whether `key` is this database's; None if unknown."""
    try:
        stored = keycheck_path(db_path).read_text(encoding="ascii").strip()
    except OSError:
        return None
    return hmac.compare_digest(stored, keycheck_value(key))
