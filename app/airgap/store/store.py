"""`Store`: the one object the window and the CLI use. Opens (and unlocks, migrates, recovers)
the database, runs every write on the writer thread and reads on a separate connection.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from airgap import paths
from airgap.engine.api import (
    ChatMessage,
    Done,
    Event,
    FinishReason,
    GenerationStats,
    ReasoningDelta,
    Role,
    SamplingSettings,
    TextDelta,
)
from airgap.store import conversations as cv
from airgap.store import db as dbmod
from airgap.store import keys, migrations, search
from airgap.store._driver import Connection, DatabaseError, sqlite_utils
from airgap.store.errors import (
    DamagedDatabase,
    KeyMissing,
    NotFound,
    StoreCode,
    StoreError,
    WrongKey,
)
from airgap.store.models import Conversation, ImportReport, Message, SearchHit, Siblings
from airgap.store.writer import Writer
from airgap.text import clean_text

if TYPE_CHECKING:
    from airgap.store.translation import TranslationData

log = logging.getLogger(__name__)
T = TypeVar("T")


def _unlock_key(
    path: Path, keychain: keys.Keychain, recovery_key: str | None, encrypted: bool
) -> tuple[bytes | None, bool]:
    """(key, from_recovery). Creates and stores a key for a new database."""
    exists = path.exists() and path.stat().st_size > 0
    if not encrypted:
        if exists and not dbmod.is_plaintext(path):
            raise KeyMissing(StoreCode.KEY_NEEDED, path=path)
        return None, False
    if recovery_key is not None:
        key = keys.parse_recovery_key(recovery_key)
        if keys.check_key(path, key) is False:
            raise WrongKey(StoreCode.RECOVERY_KEY_WRONG, path=path)
        return key, True
    stored = keychain.get()
    if exists and not dbmod.is_plaintext(path):
        if stored is None:
            raise KeyMissing(StoreCode.KEYCHAIN_KEY_MISSING, path=path)
        if keys.check_key(path, stored) is False:
            raise WrongKey(StoreCode.KEYCHAIN_KEY_WRONG, path=path)
        return stored, False
    if stored is None:
        # Into the keychain before the database exists: a database is never written with a
        # key we could lose.
        stored = keys.new_key()
        keychain.set(stored)
    return stored, False


class Store:
    """The conversation store. Thread-safe: call it from any thread (not the GUI thread: a
    write waits for its commit). Use `Store.open()`, never the constructor."""

    def __init__(
        self,
        path: Path,
        key: bytes | None,
        lock: dbmod.LockFile,
        write_conn: Connection,
        read_conn: Connection,
        interrupted: list[int],
    ) -> None:
        self.path = path
        self._key = key
        self._lock = lock
        self._wconn = write_conn
        self._db = sqlite_utils.Database(write_conn)
        self._rconn = read_conn
        self._rlock = threading.Lock()
        self._writer = Writer()
        self._closed = False
        self._damaged_copy: Path | None = None
        self.interrupted_ids: tuple[int, ...] = tuple(interrupted)

    # ------------------------------------------------------------------ open / close

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        keychain: keys.Keychain | None = None,
        recovery_key: str | None = None,
        encrypted: bool = True,
        check: bool = False,
    ) -> Store:
        """Open (or create) the store. Raises a StoreError subclass with a user-facing message:
        RecoveryKeyNeeded (KeyMissing / WrongKey / KeychainError): ask for the recovery key and
        call again with `recovery_key=`; InvalidRecoveryKey; StoreLocked; NewerSchema;
        DamagedDatabase (a copy is already put aside: offer `salvage_database`); DiskFull;
        ReadOnly. The database file is never replaced or emptied on any of these.

        check=True also runs `PRAGMA quick_check` (seconds on a large history). Without it,
        damage shows up as DamagedDatabase from whichever call reads the damaged page (every
        page is authenticated by SQLCipher); run `integrity_check()` in the background after
        opening to find it early."""
        path = Path(path) if path is not None else paths.database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        dbmod.check_writable(path)
        lock = dbmod.LockFile(dbmod.side_path(path, ".lock"))
        try:
            return cls._open_locked(
                path, lock, keychain or keys.Keychain(), recovery_key, encrypted, check
            )
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(
        cls,
        path: Path,
        lock: dbmod.LockFile,
        keychain: keys.Keychain,
        recovery_key: str | None,
        encrypted: bool,
        check: bool,
    ) -> Store:
        key, from_recovery = _unlock_key(path, keychain, recovery_key, encrypted)
        exists = path.exists() and path.stat().st_size > 0
        if exists and key is not None and dbmod.is_plaintext(path):
            dbmod.encrypt_plaintext(path, key)
        key_known = key is not None and keys.check_key(path, key) is True
        try:
            wconn = dbmod.connect(path, key)
        except DatabaseError as exc:
            error = dbmod.translate(exc, path)
            if isinstance(error, DamagedDatabase) and key is not None and not key_known:
                raise WrongKey(StoreCode.KEY_WRONG_OR_DAMAGED, path=path) from exc
            if isinstance(error, DamagedDatabase):
                raise _damaged(path) from exc
            raise error from exc
        try:
            if check and exists:
                result = wconn.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    log.error("quick_check: %s", result)
                    raise _damaged(path)
            with dbmod.translated(path):
                db = sqlite_utils.Database(wconn)
                migrations.apply(db)
                with db.atomic():
                    interrupted = cv.mark_interrupted(wconn)
                    for mid in interrupted:
                        msg = cv.get_message(wconn, mid)
                        search.index_message(wconn, mid, msg.content, msg.reasoning)
                if key is not None and not key_known:
                    keys.write_keycheck(path, key)
            rconn = dbmod.connect(path, key)
        except DatabaseError as exc:
            wconn.close()
            error = dbmod.translate(exc, path)
            raise (_damaged(path) if isinstance(error, DamagedDatabase) else error) from exc
        except DamagedDatabase as exc:
            wconn.close()
            if exc.copy_path is not None:
                raise
            raise _damaged(path) from exc
        except BaseException:
            wconn.close()
            raise
        if from_recovery and key is not None:
            try:
                keychain.set(key)  # repair the keychain so the next start needs no typing
            except StoreError:
                log.warning("could not store the recovered key in the keychain")
        if interrupted:
            log.info("marked %d interrupted replies", len(interrupted))
        return cls(path, key, lock, wconn, rconn, interrupted)

    def close(self, *, purge: bool = True) -> None:
        """Purge soft-deleted conversations (unless purge=False), checkpoint, release the lock."""
        if self._closed:
            return
        try:
            if purge:
                self.purge_deleted()
            self._write(lambda: self._wconn.execute("PRAGMA wal_checkpoint(TRUNCATE)"))
        except StoreError as exc:
            # Everything committed is safe in the WAL; the purge happens at the next close.
            log.warning("close: %s", exc.message)
        finally:
            self._closed = True
            self._writer.stop()
            with self._rlock:
                self._rconn.close()
            self._wconn.close()
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    def recovery_key(self) -> str:
        """The recovery key to show the user (to write down); '' for an unencrypted store."""
        return "" if self._key is None else keys.format_recovery_key(self._key)

    def backup(self, dest: Path) -> Path:
        """A consistent copy of the whole database at `dest` (encrypted with the same key)."""
        return self._write(lambda: dbmod.backup(self._wconn, Path(dest), self.path))

    # ------------------------------------------------------------------ plumbing

    def _write(self, fn: Callable[[], T]) -> T:
        if self._closed:
            raise StoreError(StoreCode.CLOSED)

        def run() -> T:
            with self._translated():
                return fn()

        return self._writer.call(run)

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            with dbmod.translated(self.path):
                yield
        except DamagedDatabase as exc:
            if exc.copy_path is not None:
                raise
            # A damaged page found during use: keep a copy (once) and say what to do.
            if self._damaged_copy is None:
                self._damaged_copy = _damaged(self.path).copy_path
            raise DamagedDatabase(
                StoreCode.DAMAGED_PART,
                path=self.path,
                copy_path=self._damaged_copy,
            ) from exc

    def _tx(self, fn: Callable[[Connection], T]) -> T:
        """Run `fn` in one IMMEDIATE transaction on the writer thread."""

        def run() -> T:
            conn = self._wconn
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(conn)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return result

        return self._write(run)

    def _read(self, fn: Callable[[Connection], T]) -> T:
        if self._closed:
            raise StoreError(StoreCode.CLOSED)
        with self._rlock, self._translated():
            return fn(self._rconn)

    # ------------------------------------------------------------------ conversations

    def create_conversation(
        self,
        title: str = "",
        *,
        model_id: str = "",
        system_prompt: str = "",
        settings: SamplingSettings | None = None,
        thinking: bool = False,
    ) -> Conversation:
        def do(conn: Connection) -> Conversation:
            cid = cv.insert_conversation(
                conn,
                title=clean_text(title),
                model_id=model_id,
                system_prompt=clean_text(system_prompt),
                settings=settings,
                thinking=thinking,
            )
            search.index_title(conn, cid, clean_text(title))
            return cv.get_conversation(conn, cid)

        return self._tx(do)

    def conversation(self, conversation_id: int) -> Conversation:
        return self._read(lambda c: cv.get_conversation(c, conversation_id))

    def list_conversations(
        self, *, archived: bool | None = False, limit: int | None = None
    ) -> list[Conversation]:
        """Pinned first, then newest first. archived: False = hide archived, True = only
        archived, None = both. Soft-deleted conversations are never listed."""
        return self._read(lambda c: cv.list_conversations(c, archived=archived, limit=limit))

    def rename(self, conversation_id: int, title: str) -> Conversation:
        title = clean_text(title).strip()

        def do(conn: Connection) -> Conversation:
            old = cv.get_conversation(conn, conversation_id)
            _set_title(conn, conversation_id, old.title, title)
            return cv.get_conversation(conn, conversation_id)

        return self._tx(do)

    def set_pinned(self, conversation_id: int, pinned: bool) -> Conversation:
        return self._set_flag(conversation_id, "pinned", pinned)

    def set_archived(self, conversation_id: int, archived: bool) -> Conversation:
        return self._set_flag(conversation_id, "archived", archived)

    def _set_flag(self, conversation_id: int, column: str, value: bool) -> Conversation:
        def do(conn: Connection) -> Conversation:
            cv.get_conversation(conn, conversation_id)
            conn.execute(
                f"UPDATE conversations SET {column} = ? WHERE id = ?", (int(value), conversation_id)
            )
            return cv.get_conversation(conn, conversation_id)

        return self._tx(do)

    def update_conversation(
        self,
        conversation_id: int,
        *,
        model_id: str | None = None,
        system_prompt: str | None = None,
        settings: SamplingSettings | None = None,
        thinking: bool | None = None,
    ) -> Conversation:
        """Change the conversation's model, system prompt, sampling or thinking default."""
        changes: dict[str, Any] = {}
        if model_id is not None:
            changes["model_id"] = model_id
        if system_prompt is not None:
            changes["system_prompt"] = clean_text(system_prompt)
        if settings is not None:
            changes["settings"] = cv.settings_to_json(settings)
        if thinking is not None:
            changes["thinking"] = int(thinking)

        def do(conn: Connection) -> Conversation:
            cv.get_conversation(conn, conversation_id)
            for column, value in changes.items():
                conn.execute(
                    f"UPDATE conversations SET {column} = ? WHERE id = ?", (value, conversation_id)
                )
            return cv.get_conversation(conn, conversation_id)

        return self._tx(do)

    def delete_conversation(self, conversation_id: int) -> None:
        """Hide the conversation (undoable with `undo_delete` until purge/close)."""

        def do(conn: Connection) -> None:
            cv.get_conversation(conn, conversation_id)
            conn.execute(
                "UPDATE conversations SET deleted_at = ? WHERE id = ?", (cv.now(), conversation_id)
            )

        self._tx(do)

    def undo_delete(self, conversation_id: int) -> Conversation:
        def do(conn: Connection) -> Conversation:
            conn.execute(
                "UPDATE conversations SET deleted_at = NULL WHERE id = ?", (conversation_id,)
            )
            return cv.get_conversation(conn, conversation_id)

        return self._tx(do)

    def deleted_conversations(self) -> list[Conversation]:
        return self._read(lambda c: cv.list_conversations(c, archived=None, deleted=True))

    def purge_deleted(self) -> int:
        """Erase soft-deleted conversations for good: rows, search entries, then a WAL
        checkpoint so the text survives neither in free pages nor in the WAL."""

        def do(conn: Connection) -> int:
            ids = [
                r[0]
                for r in conn.execute("SELECT id FROM conversations WHERE deleted_at IS NOT NULL")
            ]
            for cid in ids:
                rows = conn.execute(
                    "SELECT id, role, finish_reason, content, reasoning FROM messages "
                    "WHERE conversation_id = ?",
                    (cid,),
                ).fetchall()
                for mid, role, reason, content, reasoning in rows:
                    if search.is_indexed(role, reason):
                        search.unindex_message(conn, mid, content, reasoning)
                title = conn.execute("SELECT title FROM conversations WHERE id = ?", (cid,))
                search.unindex_title(conn, cid, title.fetchone()[0])
                conn.execute(
                    "UPDATE conversations SET selected_leaf_id = NULL WHERE id = ?", (cid,)
                )
                conn.execute("DELETE FROM messages WHERE conversation_id = ?", (cid,))
                conn.execute("DELETE FROM conversations WHERE id = ?", (cid,))
            return len(ids)

        count = self._tx(do)
        if count:
            self.checkpoint()
        return count

    def checkpoint(self) -> None:
        """Copy the WAL into the database and truncate it."""
        with self._rlock:  # a reader's snapshot would keep old frames alive
            self._write(lambda: self._wconn.execute("PRAGMA wal_checkpoint(TRUNCATE)"))

    # ------------------------------------------------------------------ messages

    def _parent(self, conn: Connection, conversation_id: int, parent_id: int | None) -> int | None:
        conv = cv.get_conversation(conn, conversation_id)
        if parent_id is None:
            return conv.selected_leaf_id
        parent = cv.get_message(conn, parent_id)
        if parent.conversation_id != conversation_id:
            raise NotFound(StoreCode.OTHER_CONVERSATION)
        return parent_id

    def add_user_message(
        self, conversation_id: int, text: str, *, parent_id: int | None = None
    ) -> Message:
        """Append the user's message after `parent_id` (default: the branch on screen) and
        show it. An untitled conversation takes its title from the first message."""
        text = clean_text(text)

        def do(conn: Connection) -> Message:
            parent = self._parent(conn, conversation_id, parent_id)
            mid = cv.insert_message(
                conn,
                conversation_id=conversation_id,
                parent_id=parent,
                role=Role.USER,
                content=text,
            )
            search.index_message(conn, mid, text, "")
            cv.touch(conn, conversation_id, leaf_id=mid)
            conv = cv.get_conversation(conn, conversation_id)
            if not conv.title.strip():
                _set_title(conn, conversation_id, conv.title, _title_from(text))
            return cv.get_message(conn, mid)

        return self._tx(do)

    def edit_user_message(self, message_id: int, text: str) -> Message:
        """A new version of a user message: a sibling with the same parent, shown from now on.
        The old one and its answers stay reachable through sibling navigation."""
        text = clean_text(text)

        def do(conn: Connection) -> Message:
            old = cv.get_message(conn, message_id)
            if old.role is not Role.USER:
                raise StoreError(StoreCode.EDIT_NOT_OWN)
            mid = cv.insert_message(
                conn,
                conversation_id=old.conversation_id,
                parent_id=old.parent_id,
                role=Role.USER,
                content=text,
            )
            search.index_message(conn, mid, text, "")
            cv.touch(conn, old.conversation_id, leaf_id=mid)
            return cv.get_message(conn, mid)

        return self._tx(do)

    def begin_reply(
        self,
        conversation_id: int,
        *,
        parent_id: int | None = None,
        model_id: str = "",
        thinking: bool = False,
    ) -> Message:
        """Create the assistant row before the first token (so nothing streamed is lost);
        default parent: the branch on screen. Follow with `append_reply` / `finish_reply`, or
        use `recorder()`. A row left unfinished by a crash comes back INTERRUPTED."""

        def do(conn: Connection) -> Message:
            parent = self._parent(conn, conversation_id, parent_id)
            mid = cv.insert_message(
                conn,
                conversation_id=conversation_id,
                parent_id=parent,
                role=Role.ASSISTANT,
                model_id=model_id,
                thinking=thinking,
            )
            cv.touch(conn, conversation_id, leaf_id=mid)
            return cv.get_message(conn, mid)

        return self._tx(do)

    def begin_regenerate(
        self, message_id: int, *, model_id: str = "", thinking: bool = False
    ) -> Message:
        """A new answer next to assistant message `message_id` (a sibling), shown from now on."""
        old = self.message(message_id)
        if old.role is not Role.ASSISTANT or old.parent_id is None:
            raise StoreError(StoreCode.REGENERATE_NOT_ANSWER)
        return self.begin_reply(
            old.conversation_id, parent_id=old.parent_id, model_id=model_id, thinking=thinking
        )

    def append_reply(self, message_id: int, text: str = "", reasoning: str = "") -> None:
        """Append streamed text (one small committed transaction)."""
        if not text and not reasoning:
            return
        text, reasoning = clean_text(text), clean_text(reasoning)

        def do(conn: Connection) -> None:
            cur = conn.execute(
                "UPDATE messages SET content = content || ?, reasoning = reasoning || ?, "
                "updated_at = ? WHERE id = ? AND finish_reason IS NULL",
                (text, reasoning, cv.now(), message_id),
            )
            if cur.rowcount != 1:
                raise NotFound(StoreCode.REPLY_GONE)

        self._tx(do)

    def finish_reply(
        self,
        message_id: int,
        finish_reason: FinishReason,
        stats: GenerationStats | None = None,
        *,
        error: str | None = None,
        text: str = "",
        reasoning: str = "",
    ) -> Message:
        """Close a streamed reply (with any last text), store its stats, make it searchable."""
        text, reasoning = clean_text(text), clean_text(reasoning)

        def do(conn: Connection) -> Message:
            cur = conn.execute(
                "UPDATE messages SET content = content || ?, reasoning = reasoning || ?, "
                "finish_reason = ?, error = ?, stats = ?, updated_at = ? "
                "WHERE id = ? AND finish_reason IS NULL AND role = 'assistant'",
                (
                    text,
                    reasoning,
                    finish_reason.value,
                    error,
                    cv.stats_to_json(stats),
                    cv.now(),
                    message_id,
                ),
            )
            if cur.rowcount != 1:
                raise NotFound(StoreCode.REPLY_NOT_WRITING)
            msg = cv.get_message(conn, message_id)
            search.index_message(conn, message_id, msg.content, msg.reasoning)
            cv.touch(conn, msg.conversation_id)
            return msg

        return self._tx(do)

    def recorder(self, message_id: int, *, flush_interval: float = 0.25) -> ReplyRecorder:
        """A helper that takes engine events and saves them in batches (see ReplyRecorder)."""
        return ReplyRecorder(self, message_id, flush_interval=flush_interval)

    def message(self, message_id: int) -> Message:
        return self._read(lambda c: cv.get_message(c, message_id))

    def path_to(self, leaf_id: int) -> list[Message]:
        """Root-to-leaf messages of the branch ending at `leaf_id`."""
        return self._read(lambda c: cv.path_to(c, leaf_id))

    def visible_messages(self, conversation_id: int) -> list[Message]:
        """The branch on screen (root to the selected leaf); [] for an empty conversation."""

        def do(conn: Connection) -> list[Message]:
            leaf = cv.get_conversation(conn, conversation_id).selected_leaf_id
            return [] if leaf is None else cv.path_to(conn, leaf)

        return self._read(do)

    def siblings(self, message_id: int) -> Siblings:
        """The alternatives next to `message_id` (for "< 2 / 3 >")."""
        return self._read(lambda c: cv.siblings(c, message_id))

    def select_branch(self, message_id: int) -> list[Message]:
        """Show the branch through `message_id` (its newest descendants); returns it."""

        def do(conn: Connection) -> list[Message]:
            msg = cv.get_message(conn, message_id)
            leaf = cv.latest_leaf(conn, message_id)
            conn.execute(
                "UPDATE conversations SET selected_leaf_id = ? WHERE id = ?",
                (leaf, msg.conversation_id),
            )
            return cv.path_to(conn, leaf)

        return self._tx(do)

    def history(self, conversation_id: int) -> list[ChatMessage]:
        """The visible branch as engine ChatMessages (finished or interrupted text only)."""
        return [
            ChatMessage(role=m.role, content=m.content, reasoning=m.reasoning)
            for m in self.visible_messages(conversation_id)
            if m.content or m.role is not Role.ASSISTANT
        ]

    def all_messages(self, conversation_id: int) -> list[Message]:
        """Every message of the conversation's tree, oldest first."""
        return self._read(
            lambda c: [
                cv.to_message(r)
                for r in c.execute(
                    f"SELECT {cv.MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? "
                    "ORDER BY id",
                    (conversation_id,),
                )
            ]
        )

    # ------------------------------------------------------------------ translator data

    @property
    def translation(self) -> TranslationData:
        """Glossaries and translation memory (implements translate's TranslationStorage)."""
        from airgap.store.translation import TranslationData

        return TranslationData(self)

    # ------------------------------------------------------------------ search

    def search(
        self,
        query: str,
        *,
        include_reasoning: bool = False,
        include_archived: bool = True,
        limit: int = 50,
    ) -> list[SearchHit]:
        """Ranked hits (bm25) over titles, messages and, if asked, reasoning. CJK-aware: 1-2
        character queries work; full-width and half-width forms match each other."""
        from airgap.store.search import run_search

        return self._read(
            lambda c: run_search(
                c,
                clean_text(query),
                include_reasoning=include_reasoning,
                include_archived=include_archived,
                limit=limit,
            )
        )

    # ------------------------------------------------------------------ export / import

    def export_json(self, conversation_ids: Sequence[int] | None = None) -> dict[str, Any]:
        """Lossless export (whole trees, reasoning, settings, stats); all when ids is None."""
        from airgap.store.export import export_json

        return self._read(lambda c: export_json(c, conversation_ids))

    def export_markdown(self, conversation_ids: Sequence[int] | None = None) -> str:
        """Readable export of the visible branches; reasoning in a <details> block."""
        from airgap.store.export import export_markdown

        return self._read(lambda c: export_markdown(c, conversation_ids))

    def export_to(
        self, dest: Path, conversation_ids: Sequence[int] | None = None, *, fmt: str = "json"
    ) -> Path:
        """Write an export file ("json" or "markdown") atomically."""
        from airgap.store.export import write_text_atomic

        if fmt == "json":
            import json

            text = json.dumps(self.export_json(conversation_ids), ensure_ascii=False, indent=1)
        elif fmt == "markdown":
            text = self.export_markdown(conversation_ids)
        else:
            raise ValueError(f"unknown export format {fmt!r}")
        with dbmod.translated(Path(dest)):
            return write_text_atomic(Path(dest), text)

    def import_file(self, path: Path) -> ImportReport:
        """Import an Airgap JSON export or a ChatGPT `conversations.json`. All or nothing:
        a bad file raises ImportFailed naming the problem and imports nothing."""
        from airgap.store.importers import parse_file

        parsed = parse_file(Path(path))
        return self._import(parsed)

    def import_data(self, data: Any) -> ImportReport:
        """Like import_file, for already-loaded JSON data."""
        from airgap.store.importers import parse_data

        return self._import(parse_data(data, source="the import"))

    def _import(self, parsed: Any) -> ImportReport:
        from airgap.store.importers import write_parsed

        return self._tx(lambda conn: write_parsed(conn, parsed))

    # ------------------------------------------------------------------ maintenance

    def integrity_check(self) -> str:
        """'ok', or SQLite's description of the damage (the search index included).

        Runs on a connection of its own: slow on a big history (seconds), but it blocks
        neither writes nor searches, so the window can run it in the background."""
        if self._closed:
            raise StoreError(StoreCode.CLOSED)
        with self._translated():
            conn = dbmod.connect(self.path, self._key)
            try:
                result = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
                if result != "ok":
                    return result
                for table in ("message_fts", "title_fts"):
                    try:
                        conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
                    except DatabaseError as exc:
                        if "malformed" not in str(exc) and "corrupt" not in str(exc):
                            raise
                        return f"{table}: {exc}"
                return "ok"
            finally:
                conn.close()


def _set_title(conn: Connection, conversation_id: int, old: str, new: str) -> None:
    """Change a title and its search index entry together (the FTS row leaves by its text)."""
    conn.execute("UPDATE conversations SET title = ? WHERE id = ?", (new, conversation_id))
    search.unindex_title(conn, conversation_id, old)
    search.index_title(conn, conversation_id, new)


def _title_from(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= cv.TITLE_LENGTH else line[: cv.TITLE_LENGTH - 1] + "…"


def _damaged(path: Path) -> DamagedDatabase:
    copy = dbmod.copy_aside(path)
    return DamagedDatabase(
        StoreCode.DAMAGED_COPY_KEPT,
        path=path,
        copy=copy.name,
        copy_path=copy,
    )


class ReplyRecorder:
    """Saves a streamed reply while it streams: feed it the engine's events; text is written
    in small transactions at most every `flush_interval` seconds (well under the ~1 s of
    text the design allows at risk) and on Done."""

    def __init__(self, store: Store, message_id: int, *, flush_interval: float = 0.25) -> None:
        self.store = store
        self.message_id = message_id
        self.flush_interval = flush_interval
        self._text: list[str] = []
        self._reasoning: list[str] = []
        self._last_flush = time.monotonic()
        self.message: Message | None = None

    def feed(self, event: Event) -> Message | None:
        """Record one event; returns the finished Message on Done."""
        if isinstance(event, TextDelta):
            self._text.append(event.text)
        elif isinstance(event, ReasoningDelta):
            self._reasoning.append(event.text)
        elif isinstance(event, Done):
            return self.finish(event.finish_reason, event.stats, error=event.error)
        if time.monotonic() - self._last_flush >= self.flush_interval:
            self.flush()
        return None

    def flush(self) -> None:
        text, reasoning = "".join(self._text), "".join(self._reasoning)
        self._text.clear()
        self._reasoning.clear()
        self._last_flush = time.monotonic()
        self.store.append_reply(self.message_id, text, reasoning)

    def finish(
        self,
        reason: FinishReason,
        stats: GenerationStats | None = None,
        *,
        error: str | None = None,
    ) -> Message:
        text, reasoning = "".join(self._text), "".join(self._reasoning)
        self._text.clear()
        self._reasoning.clear()
        self.message = self.store.finish_reply(
            self.message_id, reason, stats, error=error, text=text, reasoning=reasoning
        )
        return self.message
