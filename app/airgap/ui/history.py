"""The window's seam with the conversation store.

`History` is what the store thread calls; `MemoryHistory` keeps everything in memory (tests,
and a window whose store could not open still works for the session); `open_history()` opens
the real encrypted store. Every method runs on the store thread (worker.StoreWorker), never
on the GUI thread. Its own failure texts are translated there, in the "History" context
(QCoreApplication.translate is thread-safe); the store's messages pass through as they are.
"""

from __future__ import annotations

import contextlib
import copy
import html
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication

from airgap.engine.api import CancelToken, Role
from airgap.ui.conversation import Conversation, ConversationSummary, Message
from airgap.ui.error_messages import user_message

if TYPE_CHECKING:  # the memory (and numpy) load only with the Translate page
    from airgap.translate.memory import TMEntry


class HistoryError(Exception):
    """A store failure with a message fit for the user."""


Progress = Callable[[int, int], None]  # (conversations done, of total), on the store thread


@dataclass(frozen=True)
class ImportResult:
    """What an import kept: whole conversations (all of the file's unless it stopped)."""

    conversations: int
    messages: int
    skipped: int  # already here (same uuid)
    total: int  # conversations in the file
    cancelled: bool = False
    failure: str = ""  # why it stopped before the end (a damaged conversation, a full disk)


class History(Protocol):
    def conversations(self) -> list[ConversationSummary]: ...
    def load(self, conversation_id: str) -> Conversation: ...
    def save_conversation(self, conversation: Conversation) -> None:
        """Create the conversation or update its title, pin, system prompt (not messages)."""
        ...

    def save_message(self, conversation_id: str, message: Message) -> None:
        """Insert or update one message (called repeatedly while a reply streams)."""
        ...

    def set_shown(self, conversation_id: str, parent_id: str | None, child_id: str) -> None: ...
    def delete(self, conversation_id: str) -> None: ...
    def restore(self, conversation_id: str) -> None:
        """Undo a delete made in this session."""
        ...

    def search(self, query: str) -> list[ConversationSummary]: ...
    def close(self) -> None: ...


class MemoryHistory:
    """Conversations in memory (copies, as a database would hand them back)."""

    def __init__(self) -> None:
        self._conversations: dict[str, Conversation] = {}
        self._deleted: dict[str, Conversation] = {}
        self._memory: list[TMEntry] = []
        self._translator: Any = None  # ui.translate_store.SessionTranslator, made on first use

    def conversations(self) -> list[ConversationSummary]:
        found = [c.summary() for c in self._conversations.values()]
        return sorted(found, key=lambda s: (not s.pinned, -s.updated))

    def load(self, conversation_id: str) -> Conversation:
        try:
            return copy.deepcopy(self._conversations[conversation_id])
        except KeyError:
            raise HistoryError(
                QCoreApplication.translate("History", "This conversation no longer exists.")
            ) from None

    def save_conversation(self, conversation: Conversation) -> None:
        stored = self._conversations.get(conversation.id)
        if stored is None:
            self._conversations[conversation.id] = copy.deepcopy(conversation)
            return
        stored.title = conversation.title
        stored.pinned = conversation.pinned
        stored.system_prompt = conversation.system_prompt
        stored.updated = time.time()

    def save_message(self, conversation_id: str, message: Message) -> None:
        stored = self._conversations[conversation_id]
        if message.id in stored.messages:
            stored.messages[message.id] = copy.deepcopy(message)
        else:
            stored.add(copy.deepcopy(message))
        stored.updated = time.time()

    def set_shown(self, conversation_id: str, parent_id: str | None, child_id: str) -> None:
        self._conversations[conversation_id].shown[parent_id] = child_id

    def delete(self, conversation_id: str) -> None:
        self._deleted[conversation_id] = self._conversations.pop(conversation_id)

    def restore(self, conversation_id: str) -> None:
        self._conversations[conversation_id] = self._deleted.pop(conversation_id)

    def search(self, query: str) -> list[ConversationSummary]:
        needle = query.casefold().strip()
        hits = []
        for conv in self._conversations.values():
            texts = [conv.title, *(m.content for m in conv.messages.values())]
            for text in texts:
                at = text.casefold().find(needle)
                if needle and at >= 0:
                    hits.append(
                        ConversationSummary(
                            conv.id,
                            conv.title,
                            conv.updated,
                            conv.pinned,
                            _snippet(text, at, len(needle)),
                        )
                    )
                    break
        return hits

    def recovery_key(self) -> str:
        raise HistoryError(
            QCoreApplication.translate(
                "History", "This data folder is not encrypted with a recovery key."
            )
        )

    def integrity_check(self) -> str:
        return "not checked: this session's conversations are in memory only"

    def export(self, conversation_id: str | None, dest: str, fmt: str) -> str:
        raise HistoryError(
            QCoreApplication.translate("History", "Export needs the conversation store.")
        )

    def import_file(
        self, path: str, progress: Progress | None = None, cancel: CancelToken | None = None
    ) -> ImportResult:
        raise HistoryError(
            QCoreApplication.translate(
                "History", "Importing needs the conversation store, which did not open."
            )
        )

    def backup(self, dest: str) -> str:
        raise HistoryError(
            QCoreApplication.translate(
                "History", "There is no database to back up: the store did not open."
            )
        )

    # -- the translator's projects and memory (kept for this session only) -------------
    def translator(self, op: str, *args: object) -> object:
        """The Translate page's projects and memory, for this session only."""
        from airgap.ui.translate_store import SessionTranslator

        if self._translator is None:
            self._translator = SessionTranslator(self._memory)
        return self._translator.run(op, args)

    def close(self) -> None:
        pass


def _snippet(text: str, at: int, length: int, around: int = 30) -> str:
    start = max(0, at - around)
    before = html.escape(text[start:at])
    hit = html.escape(text[at : at + length])
    after = html.escape(text[at + length : at + length + around])
    return f"{'…' if start else ''}{before}<b>{hit}</b>{after}…".replace("\n", " ")


class NeedsRecoveryKey(HistoryError):
    """The keychain has no (usable) key: the user's recovery key opens the store."""


def open_history(recovery_key: str | None = None, keychain: Any = None) -> History:
    """Open the encrypted store in the data folder (on the store thread).

    Raises NeedsRecoveryKey when the keychain cannot give the key (missing, wrong, locked),
    HistoryError for everything else; the database file is never replaced or emptied.
    """
    from airgap.store import RecoveryKeyNeeded, Store, StoreError

    try:
        store = Store.open(keychain=keychain, recovery_key=recovery_key)
    except RecoveryKeyNeeded as exc:
        raise NeedsRecoveryKey(user_message(exc)) from exc
    except StoreError as exc:
        raise HistoryError(user_message(exc)) from exc
    return StoreHistory(store)


class StoreHistory:
    """History over airgap.store.Store: maps the window's string ids to the store's ints.

    The window names new conversations and messages itself (so it never waits for the store
    thread); ids the store hands back are shown as their decimal string. A streamed reply is
    saved as deltas: the row exists from the first save, then `append_reply` per save and
    `finish_reply` at the end.
    """

    def __init__(self, store: Any) -> None:
        self.store = store
        self._ids: dict[str, int] = {}  # window id -> store id (messages and conversations)
        self._names: dict[tuple[str, int], str] = {}  # (kind, store id) -> window id
        self._saved: dict[str, tuple[int, int]] = {}  # message -> saved (content, reasoning) length
        self._finished: set[str] = set()

    # -- ids -------------------------------------------------------------------------------
    def _sid(self, window_id: str) -> int:
        found = self._ids.get(window_id)
        if found is not None:
            return found
        try:
            return int(window_id)
        except ValueError:
            raise HistoryError(
                QCoreApplication.translate(
                    "History", "This conversation is no longer in the store."
                )
            ) from None

    def _name(self, kind: str, sid: int) -> str:
        return self._names.get((kind, sid), str(sid))

    def _bind(self, kind: str, window_id: str, sid: int) -> None:
        self._ids[window_id] = sid
        self._names[(kind, sid)] = window_id

    # -- conversations ---------------------------------------------------------------------
    def conversations(self) -> list[ConversationSummary]:
        return [
            ConversationSummary(self._name("c", c.id), c.title, c.updated_at, c.pinned)
            for c in self.store.list_conversations()
        ]

    def save_conversation(self, conversation: Conversation) -> None:
        if conversation.id not in self._ids and not conversation.id.isdigit():
            created = self.store.create_conversation(
                conversation.title, system_prompt=conversation.system_prompt
            )
            self._bind("c", conversation.id, created.id)
            return
        sid = self._sid(conversation.id)
        stored = self.store.conversation(sid)
        if conversation.title and conversation.title != stored.title:
            self.store.rename(sid, conversation.title)
        if conversation.pinned != stored.pinned:
            self.store.set_pinned(sid, conversation.pinned)
        if conversation.system_prompt != stored.system_prompt:
            self.store.update_conversation(sid, system_prompt=conversation.system_prompt)

    def load(self, conversation_id: str) -> Conversation:
        sid = self._sid(conversation_id)
        stored = self.store.conversation(sid)
        conv = Conversation(
            id=conversation_id,
            title=stored.title,
            system_prompt=stored.system_prompt,
            pinned=stored.pinned,
            created=stored.created_at,
            updated=stored.updated_at,
        )
        for m in self.store.all_messages(sid):  # oldest first: children in creation order
            mid = self._name("m", m.id)
            parent = None if m.parent_id is None else self._name("m", m.parent_id)
            conv.add(
                Message(
                    mid,
                    parent,
                    m.role,
                    m.content,
                    m.reasoning,
                    thinking=m.thinking,
                    finish=m.finish_reason,
                    error=m.error,
                    model_id=m.model_id,
                    created=m.created_at,
                    stats=m.stats,
                )
            )
        for m in self.store.visible_messages(sid):  # the branch the store shows
            conv.shown[None if m.parent_id is None else self._name("m", m.parent_id)] = self._name(
                "m", m.id
            )
        conv.updated = stored.updated_at
        return conv

    def delete(self, conversation_id: str) -> None:
        self.store.delete_conversation(self._sid(conversation_id))

    def restore(self, conversation_id: str) -> None:
        self.store.undo_delete(self._sid(conversation_id))

    def search(self, query: str) -> list[ConversationSummary]:
        found: dict[int, ConversationSummary] = {}
        for hit in self.store.search(query, include_reasoning=True):
            if hit.conversation_id in found:
                continue
            found[hit.conversation_id] = ConversationSummary(
                self._name("c", hit.conversation_id),
                hit.conversation_title,
                0.0,
                snippet=_marked(hit.snippet, hit.highlights),
            )
        return list(found.values())

    def recovery_key(self) -> str:
        return str(self.store.recovery_key())

    def integrity_check(self) -> str:
        return str(self.store.integrity_check())

    def export(self, conversation_id: str | None, dest: str, fmt: str) -> str:
        """One conversation (or all, for None: with the translator's data in JSON) as
        "markdown" or "json", written atomically; returns the file."""
        ids = None if conversation_id is None else [self._sid(conversation_id)]
        with _as_history_error():
            return str(self.store.export_to(Path(dest), ids, fmt=fmt))

    def import_file(
        self, path: str, progress: Progress | None = None, cancel: CancelToken | None = None
    ) -> ImportResult:
        """An Airgap export or ChatGPT's conversations.json (or its .zip), whole conversation
        by whole conversation (store.importers.import_stepwise): a file-level problem raises
        HistoryError with nothing imported; a cancel or a damaged conversation keeps the
        conversations before it. `progress` is called on this (the store) thread."""
        from airgap.store.importers import (
            ImportProgress,
            gc_paused,
            import_stepwise,
            load_file,
            plan_data,
        )

        def report_progress(p: ImportProgress) -> None:
            if progress is not None:
                progress(p.done, p.total)

        file = Path(path)
        with _as_history_error(), gc_paused():
            plan = plan_data(load_file(file), source=file.name)
            done = import_stepwise(self.store, plan, progress=report_progress, cancel=cancel)
        r = done.report
        return ImportResult(
            r.conversations, r.messages, r.skipped, done.total, done.cancelled, done.failure
        )

    def backup(self, dest: str) -> str:
        """An encrypted copy of the whole database (opens with the same key)."""
        with _as_history_error():
            return str(self.store.backup(Path(dest)))

    def close(self) -> None:
        self.store.close()

    # -- messages --------------------------------------------------------------------------
    def save_message(self, conversation_id: str, message: Message) -> None:
        if message.id not in self._ids:
            self._insert(conversation_id, message)
        if message.role is Role.ASSISTANT:
            self._update_reply(message)

    def _insert(self, conversation_id: str, message: Message) -> None:
        csid = self._sid(conversation_id)
        parent = None if message.parent_id is None else self._sid(message.parent_id)
        if message.role is Role.USER:
            if parent is None and (roots := self._roots(csid)):
                stored = self.store.edit_user_message(roots[0], message.content)  # a new first
            else:
                stored = self.store.add_user_message(csid, message.content, parent_id=parent)
        else:
            stored = self.store.begin_reply(
                csid, parent_id=parent, model_id=message.model_id, thinking=message.thinking
            )
            self._saved[message.id] = (0, 0)
        self._bind("m", message.id, stored.id)

    def _roots(self, csid: int) -> list[int]:
        return [m.id for m in self.store.all_messages(csid) if m.parent_id is None]

    def _update_reply(self, message: Message) -> None:
        if message.id in self._finished or message.id not in self._saved:
            return  # a reply loaded from the store is finished already
        text_at, reasoning_at = self._saved[message.id]
        text, reasoning = message.content[text_at:], message.reasoning[reasoning_at:]
        sid = self._ids[message.id]
        if message.finish is None:
            self.store.append_reply(sid, text, reasoning)
        else:
            self.store.finish_reply(
                sid,
                message.finish,
                message.stats,
                error=message.error,
                text=text,
                reasoning=reasoning,
            )
            self._finished.add(message.id)
        self._saved[message.id] = (len(message.content), len(message.reasoning))

    def set_shown(self, conversation_id: str, parent_id: str | None, child_id: str) -> None:
        self.store.select_branch(self._sid(child_id))

    # -- the translator's projects and memory (store.translation) ------------------------
    def translator(self, op: str, *args: object) -> object:
        """The Translate page's projects and memory (ui.translate_store.OPS) in the store."""
        from airgap.ui.translate_store import StoreTranslator

        return StoreTranslator(self.store.translation).run(op, args)


@contextlib.contextmanager
def _as_history_error() -> Iterator[None]:
    """The store's user-facing errors (bad import file, disk full) as HistoryError."""
    from airgap.store import StoreError

    try:
        yield
    except StoreError as exc:
        raise HistoryError(user_message(exc)) from exc


def _marked(snippet: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The snippet as escaped HTML with <b> around each highlighted span."""
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out += [html.escape(snippet[pos:start]), "<b>", html.escape(snippet[start:end]), "</b>"]
        pos = end
    out.append(html.escape(snippet[pos:]))
    return "".join(out).replace("\n", " ")
