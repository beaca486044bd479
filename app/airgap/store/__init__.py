"""The conversation store: encrypted SQLite (SQLCipher) that never loses a word, with
CJK-aware search, export and import. Never imports Qt or mlx. DESIGN.md §4.

Public API (everything below is importable from `airgap.store`):

Open / close  (call from a worker thread, never the GUI thread: writes wait for their commit)
    store = Store.open(path=None, *, keychain=None, recovery_key=None, encrypted=True,
                       check=False)
        path defaults to airgap.paths.database_path(); keychain defaults to Keychain() (the OS
        keychain via `keyring`, service = airgap.BUNDLE_ID; on Linux with no Secret Service,
        an owner-only key file in the data folder — see keys.FileKeyring). Creates the key
        and the database on first run; encrypts an older plaintext database in place,
        without loss; applies migrations; marks replies left streaming by a crash as
        FinishReason.INTERRUPTED (their ids in store.interrupted_ids).
        Raises (all StoreError, `.message` is for the user):
          RecoveryKeyNeeded -> KeyMissing | WrongKey | KeychainError: ask for the recovery key,
              then Store.open(recovery_key=typed) (which also repairs the keychain entry)
          InvalidRecoveryKey (typo in the typed key), StoreLocked (another instance),
          NewerSchema, DamagedDatabase (.copy_path: a byte-identical copy already put aside;
              offer salvage_database()), DiskFull, ReadOnly.
        The database file is never replaced or emptied by any of these.
        Any later call can also raise DamagedDatabase (a damaged page found in use; a copy
        is put aside), DiskFull, ReadOnly or NotFound (an id that is gone).
    store.close(purge=True)       purge soft-deleted conversations, checkpoint, unlock
    store.recovery_key() -> str   "ABCD-EFGH-…" (14 groups) for the user to write down
    store.backup(dest) -> Path    VACUUM INTO (encrypted with the same key)
    salvage_database(path=None, *, keychain=None, recovery_key=None) -> SalvageReport
    store.integrity_check() -> "ok" | description   (own connection: run it in the
        background after opening; check=True at open does the same up front, slowly)
    store.interrupted_ids         replies found still streaming at open (now INTERRUPTED)

Conversations  (Conversation dataclass; ids are ints)
    create_conversation(title="", *, model_id, system_prompt, settings, thinking)
    conversation(id); list_conversations(*, archived=False|True|None, limit=None)
        pinned first, then newest first; soft-deleted never listed
    rename(id, title); set_pinned(id, bool); set_archived(id, bool)
    update_conversation(id, *, model_id, system_prompt, settings: SamplingSettings, thinking)
    delete_conversation(id)  (soft, undoable)  undo_delete(id)  deleted_conversations()
    purge_deleted() -> count  (secure_delete + FTS secure-delete + WAL truncate: text gone)

Messages: a tree (Message dataclass: parent_id, role, content, reasoning, finish_reason,
stats: GenerationStats, ...). `parent_id=None` below means "after the branch on screen".
    add_user_message(conv_id, text, *, parent_id=None) -> Message   (titles an untitled conv)
    begin_reply(conv_id, *, parent_id=None, model_id="", thinking=False) -> Message (streaming)
    append_reply(message_id, text="", reasoning="")   one small committed transaction
    finish_reply(message_id, FinishReason, stats=None, *, error=None, text="", reasoning="")
    recorder(message_id, flush_interval=0.25) -> ReplyRecorder: .feed(event) takes the
        engine's TextDelta / ReasoningDelta / Done and saves in batches; returns the Message
        on Done
    edit_user_message(message_id, text) -> Message      a sibling, shown from now on
    begin_regenerate(assistant_message_id, *, model_id, thinking) -> Message   a sibling
    visible_messages(conv_id) -> list[Message]   root .. selected leaf
    path_to(leaf_id) -> list[Message];  siblings(message_id) -> Siblings (ids, index, count,
        previous_id, next_id);  select_branch(message_id) -> list[Message] (shows it)
    history(conv_id) -> list[ChatMessage]   for a GenerationRequest
    message(id); all_messages(conv_id)

Search
    search(query, *, include_reasoning=False, include_archived=True, limit=50)
        -> list[SearchHit] (conversation_id, conversation_title, message_id|None, role,
           field "title"|"content"|"reasoning", snippet, highlights [(start, end)], rank;
           hit.marked("<b>", "</b>") wraps the highlights)

Export / import
    export_json(ids=None) -> dict (lossless);  export_markdown(ids=None) -> str
    export_to(dest, ids=None, *, fmt="json"|"markdown") -> Path
    import_file(path) -> ImportReport  (our JSON or ChatGPT conversations.json; all or
        nothing, ImportFailed names the problem);  import_data(obj) -> ImportReport
        (also .projects, .terms, .memory_pairs added from the translator's data)

Translator data: store.translation -> TranslationData (store/translation.py), which implements
airgap.translate.storage.TranslationStorage (Term / TMEntry in and out; languages normalized)
    glossary_terms(project) -> list[Term]   in the order added; [] for an unknown project
    save_glossary(project, terms)   replaces the whole glossary;  projects() -> names
    add_glossary_term(project, term);  delete_glossary_term(project, term) -> count
    delete_glossary(project);  import_glossary(project, terms) -> added (appends)
    memory_entries(source_lang, target_lang) -> list[TMEntry]   oldest first
    add_memory_entry(entry)   the same pair again adds nothing;  language_pairs()
    import_memory(entries) -> new count;  delete_memory_entry(entry) -> count
    Both imports are one transaction: a bad item raises ImportFailed and nothing is kept.
    Projects (a glossary plus ProjectSettings: language pair, register, instructions):
    project_list() / project(name) -> TranslationProject;  create_project(name, settings)
    save_project(project, terms=None) upserts settings (and replaces the glossary);
    rename_project(old, new);  delete_project(name);  projects_with_terms()
    ProjectError (a StoreError) for an empty, too long, taken or vanished name.
    A whole-store export_json (format version 2) carries "translation": projects with
    settings and terms, and memory pairs; import merges (existing projects gain new terms).

Keys: Keychain(backend=None, *, service=BUNDLE_ID), format_recovery_key, parse_recovery_key.
"""

from __future__ import annotations

from airgap.store import _driver  # noqa: F401  (registers SQLCipher before sqlite-utils)
from airgap.store.errors import (
    DamagedDatabase,
    DiskFull,
    ImportFailed,
    InvalidRecoveryKey,
    KeychainError,
    KeyMissing,
    NewerSchema,
    NotFound,
    ReadOnly,
    RecoveryKeyNeeded,
    StoreError,
    StoreLocked,
    WrongKey,
)
from airgap.store.keys import Keychain, format_recovery_key, parse_recovery_key
from airgap.store.models import (
    Conversation,
    ImportReport,
    Message,
    SalvageReport,
    SearchHit,
    Siblings,
)
from airgap.store.salvage import salvage_database
from airgap.store.store import ReplyRecorder, Store

__all__ = [
    "Conversation",
    "DamagedDatabase",
    "DiskFull",
    "ImportFailed",
    "ImportReport",
    "InvalidRecoveryKey",
    "KeyMissing",
    "Keychain",
    "KeychainError",
    "Message",
    "NewerSchema",
    "NotFound",
    "ReadOnly",
    "RecoveryKeyNeeded",
    "ReplyRecorder",
    "SalvageReport",
    "SearchHit",
    "Siblings",
    "Store",
    "StoreError",
    "StoreLocked",
    "WrongKey",
    "format_recovery_key",
    "parse_recovery_key",
    "salvage_database",
]
