"""The schema, as append-only named migrations (sqlite-utils `Migrations`).

Never edit or reorder a migration that has shipped; add a new one at the end. Each runs in
its own transaction when the store opens. A database that records a migration this version
does not know was written by a newer Airgap and is refused (`NewerSchema`).
"""

from __future__ import annotations

from airgap.store._driver import sqlite_utils
from airgap.store.errors import NewerSchema, StoreCode

MIGRATION_SET = "airgap"
migrations = sqlite_utils.Migrations(MIGRATION_SET)


@migrations(name="0001_conversations_and_messages")
def _m0001(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            model_id TEXT NOT NULL DEFAULT '',
            system_prompt TEXT NOT NULL DEFAULT '',
            settings TEXT NOT NULL DEFAULT '{}',
            thinking INTEGER NOT NULL DEFAULT 0,
            pinned INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0,
            deleted_at REAL,
            selected_leaf_id INTEGER REFERENCES messages(id) ON DELETE SET NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            reasoning TEXT NOT NULL DEFAULT '',
            model_id TEXT NOT NULL DEFAULT '',
            thinking INTEGER NOT NULL DEFAULT 0,
            finish_reason TEXT,
            error TEXT,
            stats TEXT,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX messages_conversation ON messages(conversation_id, id)")
    db.execute("CREATE INDEX messages_parent ON messages(parent_id)")
    db.execute("CREATE INDEX conversations_listing ON conversations(pinned, updated_at)")
    # Rows still streaming when the app died; found and marked interrupted at open.
    db.execute(
        "CREATE INDEX messages_streaming ON messages(id) "
        "WHERE finish_reason IS NULL AND role = 'assistant'"
    )


@migrations(name="0002_cjk_search")
def _m0002(db: sqlite_utils.Database) -> None:
    # Contentless: the index holds only the CJK-bigram shadow text; snippets are cut from the
    # messages themselves. Rows leave the index through the 'delete' command with their old
    # text, which (with secure-delete) erases their terms from the index pages; tombstones
    # (contentless_delete=1) would leave the terms on disk.
    for table, columns in (("message_fts", "body, reasoning"), ("title_fts", "title")):
        db.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5({columns}, content='', "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        db.execute(f"INSERT INTO {table}({table}, rank) VALUES('secure-delete', 1)")
    # Index what an older version stored (imported lazily to keep the schema module small).
    from airgap.store.search import reindex_all

    reindex_all(db.conn)


@migrations(name="0003_translation_glossaries_and_memory")
def _m0003(db: sqlite_utils.Database) -> None:
    # The translator's term bases (one per project) and translation memory (approved pairs
    # per language pair). secure_delete is a connection pragma, so removed terms and pairs
    # are overwritten like conversations are.
    db.execute(
        """
        CREATE TABLE translation_projects (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE glossary_terms (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES translation_projects(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            case_sensitive INTEGER NOT NULL DEFAULT 0,
            width_sensitive INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX glossary_terms_project ON glossary_terms(project_id, id)")
    db.execute(
        """
        CREATE TABLE tm_pairs (
            id INTEGER PRIMARY KEY,
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            UNIQUE (source_lang, target_lang, source, target)
        )
        """
    )
    # Loading one language pair in insertion order (the memory's "newest" is the last one).
    db.execute("CREATE INDEX tm_pairs_language_pair ON tm_pairs(source_lang, target_lang, id)")


@migrations(name="0004_translation_project_settings")
def _m0004(db: sqlite_utils.Database) -> None:
    # A project also remembers its language pair, style and instructions (JSON, read
    # tolerantly like a conversation's settings).
    db.execute("ALTER TABLE translation_projects ADD COLUMN settings TEXT NOT NULL DEFAULT '{}'")


@migrations(name="0005_translation_documents")
def _m0005(db: sqlite_utils.Database) -> None:
    # The document open in each project's Translate page (project_id NULL: no project), so
    # unapproved work survives a quit or a crash: the original file (to re-read it and to
    # export in its format) and, per segment, what differs from a fresh read. Segment rows
    # are written a few at a time as the work goes on, never the whole document again.
    db.execute(
        """
        CREATE TABLE translation_documents (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            project_id INTEGER REFERENCES translation_projects(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            format TEXT NOT NULL,
            path TEXT NOT NULL DEFAULT '',
            original BLOB NOT NULL,
            state TEXT NOT NULL DEFAULT '{}',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )
        """
    )
    # One document per project, and one for "no project" (ids start at 1).
    db.execute(
        "CREATE UNIQUE INDEX translation_documents_slot "
        "ON translation_documents(coalesce(project_id, 0))"
    )
    db.execute(
        """
        CREATE TABLE translation_document_segments (
            document_id INTEGER NOT NULL
                REFERENCES translation_documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            segment_id TEXT NOT NULL,
            source TEXT NOT NULL,
            state TEXT NOT NULL,
            PRIMARY KEY (document_id, position)
        ) WITHOUT ROWID
        """
    )


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def check_not_newer(db: sqlite_utils.Database) -> None:
    known = set(known_names())
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise NewerSchema(StoreCode.NEWER_SCHEMA, schema=str(unknown[-1]))


def apply(db: sqlite_utils.Database) -> list[str]:
    """Apply pending migrations; return their names."""
    check_not_newer(db)
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {len(known_names())}")
    return pending
