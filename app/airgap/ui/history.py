"""The window's seam with the conversation store.

`History` is what the store thread calls; `MemoryHistory` keeps everything in memory (tests,
and a window whose store could not open still works for the session); `open_history()` opens
the real encrypted store. Every method runs on the store thread (worker.StoreWorker), never
on the GUI thread.
"""

from __future__ import annotations

import copy
import html
import time
from typing import Protocol

from airgap.ui.conversation import Conversation, ConversationSummary, Message


class HistoryError(Exception):
    """A store failure with a message fit for the user."""


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

    def conversations(self) -> list[ConversationSummary]:
        found = [c.summary() for c in self._conversations.values()]
        return sorted(found, key=lambda s: (not s.pinned, -s.updated))

    def load(self, conversation_id: str) -> Conversation:
        try:
            return copy.deepcopy(self._conversations[conversation_id])
        except KeyError:
            raise HistoryError("This conversation no longer exists.") from None

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

    def close(self) -> None:
        pass


def _snippet(text: str, at: int, length: int, around: int = 30) -> str:
    start = max(0, at - around)
    before = html.escape(text[start:at])
    hit = html.escape(text[at : at + length])
    after = html.escape(text[at + length : at + length + around])
    return f"{'…' if start else ''}{before}<b>{hit}</b>{after}…".replace("\n", " ")


def open_history() -> History:
    """Open the encrypted store in the data folder (raises HistoryError with a clear message)."""
    raise HistoryError("The conversation store is not available in this build.")
