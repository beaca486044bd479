"""Plain dataclasses the store hands to the window and the CLI (no database objects leak out)."""

from __future__ import annotations

from dataclasses import dataclass, field

from airgap.engine.api import FinishReason, GenerationStats, Role, SamplingSettings


@dataclass(frozen=True)
class Conversation:
    id: int
    uuid: str  # stable across export/import
    title: str
    created_at: float  # unix seconds
    updated_at: float
    model_id: str = ""
    system_prompt: str = ""
    settings: SamplingSettings = field(default_factory=SamplingSettings)
    thinking: bool = False
    pinned: bool = False
    archived: bool = False
    deleted: bool = False  # soft-deleted: undoable until purge (at close)
    selected_leaf_id: int | None = None  # the last message of the branch shown


@dataclass(frozen=True)
class Message:
    id: int
    conversation_id: int
    parent_id: int | None  # None for the first message of a conversation
    role: Role
    content: str  # the answer (or the user's text)
    reasoning: str = ""  # the model's thinking, kept apart
    model_id: str = ""
    thinking: bool = False
    finish_reason: FinishReason | None = None  # None while still streaming
    error: str | None = None  # user-facing text when finish_reason is ERROR
    stats: GenerationStats | None = None
    created_at: float = 0.0
    updated_at: float = 0.0

    @property
    def streaming(self) -> bool:
        return self.role is Role.ASSISTANT and self.finish_reason is None


@dataclass(frozen=True)
class Siblings:
    """Where a message sits among the alternatives that share its parent ("2 / 3")."""

    ids: tuple[int, ...]  # oldest first
    index: int  # of the message itself in `ids`

    @property
    def count(self) -> int:
        return len(self.ids)

    @property
    def previous_id(self) -> int | None:
        return self.ids[self.index - 1] if self.index > 0 else None

    @property
    def next_id(self) -> int | None:
        return self.ids[self.index + 1] if self.index + 1 < len(self.ids) else None


@dataclass(frozen=True)
class SearchHit:
    conversation_id: int
    conversation_title: str
    message_id: int | None  # None when the title matched
    role: Role | None
    field: str  # "title" | "content" | "reasoning"
    snippet: str  # a short excerpt of the original text around the match
    highlights: tuple[tuple[int, int], ...]  # (start, end) spans in `snippet` to emphasise
    rank: float  # bm25: lower is better
    archived: bool = False

    def marked(self, open_mark: str = "[", close_mark: str = "]") -> str:
        """The snippet with the highlighted spans wrapped in the given marks."""
        out: list[str] = []
        pos = 0
        for start, end in self.highlights:
            out += [self.snippet[pos:start], open_mark, self.snippet[start:end], close_mark]
            pos = end
        out.append(self.snippet[pos:])
        return "".join(out)


@dataclass(frozen=True)
class ImportReport:
    conversations: int
    messages: int
    skipped: int = 0  # conversations already present (same uuid)
    conversation_ids: tuple[int, ...] = ()
    projects: int = 0  # translator projects added (a project already present gains terms)
    terms: int = 0  # glossary terms added
    memory_pairs: int = 0  # translation memory pairs added


@dataclass(frozen=True)
class SalvageReport:
    new_path: str
    damaged_copy: str
    tables: dict[str, int]  # rows recovered per table
    lost_rows: int  # rows that could not be read
