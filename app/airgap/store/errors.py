"""The store's errors. Each carries a message written for the user; the window shows it as is.

`RecoveryKeyNeeded` groups the cases where the window should ask for the recovery key
(the keychain entry is missing, holds the wrong key, or the keychain itself failed).
"""

from __future__ import annotations

from pathlib import Path

from airgap.errors import UserError


class StoreError(UserError):
    """Base for every error the store raises on purpose; `message` is user-facing."""


class RecoveryKeyNeeded(StoreError):
    """The database exists but cannot be unlocked with the keychain: ask for the recovery key."""


class KeyMissing(RecoveryKeyNeeded):
    """The keychain has no key for an existing encrypted database."""


class WrongKey(RecoveryKeyNeeded):
    """The key (from the keychain or typed in) does not unlock this database."""


class KeychainError(RecoveryKeyNeeded):
    """The OS keychain refused or failed (locked, access denied, no backend)."""


class InvalidRecoveryKey(StoreError):
    """A typed recovery key that is malformed (typo: wrong length or checksum)."""


class StoreLocked(StoreError):
    """Another Airgap instance has this data directory open."""


class NewerSchema(StoreError):
    """The database was written by a newer Airgap version; it is left untouched."""


class DamagedDatabase(StoreError):
    """The database file is damaged. A byte-identical copy was put aside (`copy_path`);
    `salvage_database()` rebuilds a new database from what still reads."""

    def __init__(self, message: str, *, path: Path | None = None, copy_path: Path | None = None):
        super().__init__(message, path=path)
        self.copy_path = copy_path


class DiskFull(StoreError):
    """The disk (or the file size limit) is full; nothing already saved was lost."""


class ReadOnly(StoreError):
    """The data directory or database file cannot be written."""


class NotFound(StoreError):
    """A conversation or message id that does not exist (or was purged)."""


class ImportFailed(StoreError):
    """An import file that is unreadable or not in a known format; nothing was imported."""
