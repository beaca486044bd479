"""The store's errors: a StoreCode and its parameters, English in str() (see airgap/errors.py).

`RecoveryKeyNeeded` groups the cases where the window should ask for the recovery key
(the keychain entry is missing, holds the wrong key, or the keychain itself failed).
"""

from __future__ import annotations

from enum import Enum, StrEnum
from pathlib import Path

from airgap.errors import Param, UserError


class StoreCode(StrEnum):
    """What went wrong, for a front end that shows it in another language (see UserError)."""

    # Opening: keys and the keychain (store.py, keys.py, salvage.py)
    KEY_NEEDED = "key-needed"
    KEYCHAIN_KEY_MISSING = "keychain-key-missing"
    KEYCHAIN_KEY_WRONG = "keychain-key-wrong"
    KEY_WRONG_OR_DAMAGED = "key-wrong-or-damaged"
    RECOVERY_KEY_WRONG = "recovery-key-wrong"
    RECOVERY_KEY_LENGTH = "recovery-key-length"
    RECOVERY_KEY_CHARACTERS = "recovery-key-characters"
    RECOVERY_KEY_TYPO = "recovery-key-typo"
    SALVAGE_NEEDS_KEY = "salvage-needs-key"
    NO_KEYCHAIN = "no-keychain"
    KEYCHAIN_READ_FAILED = "keychain-read-failed"
    KEYCHAIN_KEY_INVALID = "keychain-key-invalid"
    KEYCHAIN_WRITE_FAILED = "keychain-write-failed"
    # The database file (db.py, migrations.py)
    ALREADY_OPEN = "already-open"
    BUSY = "busy"
    READ_ONLY_FOLDER = "read-only-folder"
    READ_ONLY_FILE = "read-only-file"
    DISK_FULL = "disk-full"
    DISK_FULL_AT = "disk-full-at"
    DAMAGED = "damaged"
    DAMAGED_PART = "damaged-part"
    DAMAGED_COPY_KEPT = "damaged-copy-kept"
    NEWER_SCHEMA = "newer-schema"
    ENCRYPT_FAILED = "encrypt-failed"
    ACCESS_FAILED = "access-failed"
    DATABASE_ERROR = "database-error"
    FILE_EXISTS = "file-exists"
    CLOSED = "closed"
    # Conversations and replies (conversations.py, store.py)
    CONVERSATION_GONE = "conversation-gone"
    MESSAGE_GONE = "message-gone"
    OTHER_CONVERSATION = "other-conversation"
    EDIT_NOT_OWN = "edit-not-own"
    REGENERATE_NOT_ANSWER = "regenerate-not-answer"
    REPLY_GONE = "reply-gone"
    REPLY_NOT_WRITING = "reply-not-writing"
    # Importing conversations (importers.py)
    IMPORT_TOO_LARGE = "import-too-large"
    IMPORT_UNREADABLE = "import-unreadable"
    IMPORT_NOT_UTF8 = "import-not-utf8"
    IMPORT_EMPTY = "import-empty"
    IMPORT_NOT_JSON = "import-not-json"
    IMPORT_ZIP_NO_CONVERSATIONS = "import-zip-no-conversations"
    IMPORT_ZIP_TOO_LARGE = "import-zip-too-large"
    IMPORT_ZIP_DAMAGED = "import-zip-damaged"
    IMPORT_UNKNOWN_FORMAT = "import-unknown-format"
    IMPORT_NO_MESSAGES = "import-no-messages"
    IMPORT_NEWER = "import-newer"


# The English messages (str.format fields are the parameter names).
STORE_ENGLISH: dict[StoreCode, str] = {
    StoreCode.KEY_NEEDED: "This database is encrypted; it needs its key.",
    StoreCode.KEYCHAIN_KEY_MISSING: (
        "Airgap's key is missing from the system keychain, so your conversations "
        "cannot be unlocked. Enter your recovery key to open them."
    ),
    StoreCode.KEYCHAIN_KEY_WRONG: (
        "The key in the system keychain does not unlock your conversations. "
        "Enter your recovery key to open them."
    ),
    StoreCode.KEY_WRONG_OR_DAMAGED: (
        "This key does not unlock your conversations (or the file is damaged). "
        "Enter your recovery key to open them."
    ),
    StoreCode.RECOVERY_KEY_WRONG: (
        "This recovery key does not belong to these conversations. Check it and try again."
    ),
    StoreCode.RECOVERY_KEY_LENGTH: (
        "A recovery key has 56 letters and digits; this one has {length}."
    ),
    StoreCode.RECOVERY_KEY_CHARACTERS: "This recovery key contains characters it cannot have.",
    StoreCode.RECOVERY_KEY_TYPO: "This recovery key has a typo: check each group again.",
    StoreCode.SALVAGE_NEEDS_KEY: "Airgap needs your recovery key to rebuild these conversations.",
    StoreCode.NO_KEYCHAIN: (
        "This computer has no system keychain Airgap can use to keep its database key "
        "(on Linux: a Secret Service such as GNOME Keyring or KWallet). Start one and try again."
    ),
    StoreCode.KEYCHAIN_READ_FAILED: (
        "Airgap could not read its key from the system keychain. "
        "Unlock the keychain and try again, or enter your recovery key."
    ),
    StoreCode.KEYCHAIN_KEY_INVALID: (
        "The key in the system keychain is not valid. Enter your recovery key."
    ),
    StoreCode.KEYCHAIN_WRITE_FAILED: (
        "Airgap could not save its key in the system keychain. "
        "Unlock the keychain (or allow access) and try again."
    ),
    StoreCode.ALREADY_OPEN: (
        "Airgap is already open (another window or process is using your "
        "conversations). Close it first, then try again."
    ),
    StoreCode.BUSY: "The database is busy (another program holds it). Try again in a moment.",
    StoreCode.READ_ONLY_FOLDER: (
        "Airgap cannot write to its data folder ({folder}). Check that the disk is not "
        "read-only and that you have permission to write there."
    ),
    StoreCode.READ_ONLY_FILE: (
        "Airgap cannot write to its database file ({file}). Check its permissions."
    ),
    StoreCode.DISK_FULL: (
        "The disk is full. Nothing already saved was lost; free some space and try again."
    ),
    StoreCode.DISK_FULL_AT: (
        "The disk is full ({folder}). Nothing already saved was lost; free some space and "
        "try again."
    ),
    StoreCode.DAMAGED: (
        "Your conversation database is damaged. Airgap can rebuild it from what still "
        "reads; the damaged file is kept."
    ),
    StoreCode.DAMAGED_PART: (
        "Part of your conversation database is damaged. A copy was kept; close "
        "Airgap's conversations and rebuild them from what still reads."
    ),
    StoreCode.DAMAGED_COPY_KEPT: (
        "Your conversation database is damaged. A copy was kept as "
        "{copy}; Airgap can rebuild the database from what still reads."
    ),
    StoreCode.NEWER_SCHEMA: (
        "These conversations were saved by a newer version of Airgap "
        "(schema {schema}). Update Airgap to open them; nothing was changed."
    ),
    StoreCode.ENCRYPT_FAILED: (
        "Airgap could not encrypt your older conversation database; it was left as it was."
    ),
    StoreCode.ACCESS_FAILED: "Airgap could not access its database: {reason}.",
    StoreCode.DATABASE_ERROR: "The conversation database reported an error: {reason}.",
    StoreCode.FILE_EXISTS: "A file named {name} already exists; choose another name.",
    StoreCode.CLOSED: "The conversation store is closed.",
    StoreCode.CONVERSATION_GONE: "This conversation no longer exists.",
    StoreCode.MESSAGE_GONE: "This message no longer exists.",
    StoreCode.OTHER_CONVERSATION: "That message belongs to another conversation.",
    StoreCode.EDIT_NOT_OWN: "Only your own messages can be edited.",
    StoreCode.REGENERATE_NOT_ANSWER: "Only an answer can be regenerated.",
    StoreCode.REPLY_GONE: "This reply is no longer being written.",
    StoreCode.REPLY_NOT_WRITING: "This reply is not being written (already finished or gone).",
    StoreCode.IMPORT_TOO_LARGE: "{name} is too large to import ({size_mb} MB).",
    StoreCode.IMPORT_UNREADABLE: "{name} could not be read: {reason}.",
    StoreCode.IMPORT_NOT_UTF8: "{name} is not a UTF-8 text file.",
    StoreCode.IMPORT_EMPTY: "{name} is empty.",
    StoreCode.IMPORT_NOT_JSON: (
        "{name} is not valid JSON (line {line}, column {column}: {reason})."
    ),
    StoreCode.IMPORT_ZIP_NO_CONVERSATIONS: (
        "{name} is a zip archive without a conversations.json."
    ),
    StoreCode.IMPORT_ZIP_TOO_LARGE: "{name}: conversations.json is too large to import.",
    StoreCode.IMPORT_ZIP_DAMAGED: "{name} is a damaged zip archive.",
    StoreCode.IMPORT_UNKNOWN_FORMAT: (
        "{name} is neither an Airgap export nor a ChatGPT conversations.json "
        "(no conversations with a 'mapping' found)."
    ),
    StoreCode.IMPORT_NO_MESSAGES: "{name} contains no messages that Airgap can import.",
    StoreCode.IMPORT_NEWER: (
        "{name} was exported by a newer Airgap (format version {version}); update "
        "Airgap to import it."
    ),
}


class StoreError(UserError):
    """Base for every error the store raises on purpose; str() is English, `code` +
    `params` say it for a UI."""

    ENGLISH = STORE_ENGLISH
    code: StoreCode | None


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

    def __init__(
        self,
        message: str | Enum,
        /,
        *,
        path: Path | None = None,
        copy_path: Path | None = None,
        **params: Param,
    ):
        super().__init__(message, path=path, **params)
        self.copy_path = copy_path


class DiskFull(StoreError):
    """The disk (or the file size limit) is full; nothing already saved was lost."""


class ReadOnly(StoreError):
    """The data directory or database file cannot be written."""


class NotFound(StoreError):
    """A conversation or message id that does not exist (or was purged)."""


class ImportFailed(StoreError):
    """An import file that is unreadable or not in a known format; nothing was imported."""
