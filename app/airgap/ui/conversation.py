"""A conversation as the window sees it: a tree of messages and the branch being shown.

Editing a user message or regenerating an answer adds a sibling; nothing is erased. Each
parent remembers which child is shown, so the visible conversation is one path from the root.
Ids are strings chosen by the window (the store maps them to its own keys), so the GUI never
waits for the store thread to learn an id.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field

from airgap.engine.api import ChatMessage, FinishReason, GenerationStats, Role


def new_id() -> str:
    return "n" + uuid.uuid4().hex  # never all digits: store ids are shown as decimal strings


@dataclass
class Message:
    id: str
    parent_id: str | None
    role: Role
    content: str = ""
    reasoning: str = ""
    thinking: bool = False
    thinking_seconds: float | None = None
    finish: FinishReason | None = None
    error: str | None = None
    model_id: str = ""
    created: float = field(default_factory=time.time)
    stats: GenerationStats | None = None

    @property
    def streaming(self) -> bool:
        return self.role is Role.ASSISTANT and self.finish is None

    def as_chat(self) -> ChatMessage:
        return ChatMessage(self.role, self.content)


@dataclass
class ConversationSummary:
    id: str
    title: str
    updated: float
    pinned: bool = False
    snippet: str = ""  # search results: the matching text, with <b>…</b> around hits


@dataclass
class Conversation:
    id: str = field(default_factory=new_id)
    title: str = ""
    system_prompt: str = ""
    pinned: bool = False
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)
    messages: dict[str, Message] = field(default_factory=dict)
    children: dict[str | None, list[str]] = field(default_factory=dict)
    shown: dict[str | None, str] = field(default_factory=dict)  # parent -> shown child

    def summary(self) -> ConversationSummary:
        return ConversationSummary(self.id, self.title, self.updated, self.pinned)

    def add(self, message: Message) -> Message:
        """Add `message` under its parent and show it."""
        self.messages[message.id] = message
        self.children.setdefault(message.parent_id, []).append(message.id)
        self.shown[message.parent_id] = message.id
        self.updated = time.time()
        return message

    def visible(self) -> list[Message]:
        """The shown branch, root first."""
        path: list[Message] = []
        parent: str | None = None
        while (child := self.shown.get(parent)) is not None:
            path.append(self.messages[child])
            parent = child
        return path

    def path_to(self, message_id: str) -> list[Message]:
        """`message_id` and its ancestors, root first."""
        path: list[Message] = []
        cursor: str | None = message_id
        while cursor is not None:
            message = self.messages[cursor]
            path.append(message)
            cursor = message.parent_id
        return path[::-1]

    def last_id(self) -> str | None:
        path = self.visible()
        return path[-1].id if path else None

    def siblings(self, message_id: str) -> tuple[int, int]:
        """(index, count) of `message_id` among its siblings."""
        ids = self.children.get(self.messages[message_id].parent_id, [])
        return ids.index(message_id), len(ids)

    def switch(self, message_id: str, step: int) -> str | None:
        """Show the sibling `step` away from `message_id`; returns its id (None at the ends)."""
        parent = self.messages[message_id].parent_id
        ids = self.children.get(parent, [])
        index = ids.index(message_id) + step
        if not 0 <= index < len(ids):
            return None
        self.shown[parent] = ids[index]
        return ids[index]

    def history_before(self, message_id: str) -> list[ChatMessage]:
        """The chat messages the model sees when answering as `message_id` (its ancestors)."""
        return [m.as_chat() for m in self.path_to(message_id)[:-1] if m.error is None]


def title_from(text: str, limit: int = 48) -> str:
    """A conversation title from its first message: the first line, shortened."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
