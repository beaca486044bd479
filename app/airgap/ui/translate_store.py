"""The Translate page's data on the store thread: projects (settings and glossary) and the
translation memory, loaded in one snapshot and written whole, project by project; and each
project's open document, written when it is opened and then a few changed segments at a time
(`document_rows` / `restore` convert between a Document and what is stored).

`History.translator(op, *args)` runs one of `OPS` here: `StoreTranslator` over the encrypted
store's `store.translation`, `SessionTranslator` when the window runs without a store (kept
for the session only, so the page works the same). Nothing here touches a widget: every
method runs on the store thread and its answer travels back through the store worker.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from airgap.errors import UserError
from airgap.store.translation import (
    MAX_DOCUMENT_BYTES,
    DocumentTooLarge,
    ProjectError,
    SegmentRow,
    StoredDocument,
    TranslationProject,
    clean_name,
    clean_settings,
)
from airgap.translate import formats
from airgap.translate.document import Document, Segment, Status
from airgap.translate.errors import TranslateError
from airgap.translate.glossary import Term
from airgap.translate.memory import TMEntry
from airgap.ui.error_messages import user_message

log = logging.getLogger(__name__)

OPS = frozenset(
    {
        "snapshot",
        "save_project",
        "rename_project",
        "delete_project",
        "add_memory",
        "load_document",
        "save_document",
        "save_segments",
        "move_document",
        "delete_document",
    }
)


@dataclass
class Snapshot:
    """Everything the page shows: projects with their terms (by name), every memory pair, and
    whether it lives in the encrypted store (False: this session only)."""

    projects: list[tuple[TranslationProject, list[Term]]] = field(default_factory=list)
    memory: list[TMEntry] = field(default_factory=list)
    persistent: bool = True


# Segment fields that come from the original file, never from what is stored.
_FROM_ORIGINAL = frozenset({"id", "source", "label"})


def _plain(value: object) -> object:
    """A segment field as JSON (enums by value)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def segment_row(position: int, segment: Segment) -> SegmentRow:
    """What is stored of one segment: every field but those the original gives (read on
    the GUI thread, then handed over)."""
    state = {
        f.name: _plain(getattr(segment, f.name))
        for f in fields(segment)
        if f.name not in _FROM_ORIGINAL
    }
    return SegmentRow(position, segment.id, segment.source, state)


def document_rows(document: Document, positions: Iterable[int] | None = None) -> list[SegmentRow]:
    """Rows for these positions (default: every segment that is not as a fresh read has it)."""
    if positions is None:
        positions = [
            i for i, s in enumerate(document.segments) if s.target or s.status is not Status.NEW
        ]
    return [segment_row(i, document.segments[i]) for i in positions]


@dataclass
class Restored:
    """A stored document read again, with its segments as they were left."""

    project: str | None
    uid: str
    document: Document | None  # None: the original could not be read again
    original: bytes
    path: str = ""
    unexported: bool = False
    dropped: int = 0  # stored segments no longer found in the original (a newer reader)
    error: TranslateError | None = None  # why the original could not be read again


def _field_value(hint: Any, raw: object) -> object:
    """A stored JSON value as the field's type says; ValueError when it does not fit."""
    options = get_args(hint) if get_origin(hint) in (Union, UnionType) else (hint,)
    for option in options:
        kind = get_origin(option) or option
        if raw is None and kind is type(None):
            return None
        if not isinstance(kind, type) or raw is None:
            continue
        if issubclass(kind, Enum):
            try:
                return kind(raw)
            except ValueError:
                continue
        if kind is list and isinstance(raw, list):
            return list(raw)
        if kind is dict and isinstance(raw, dict):
            return dict(raw)
        if kind in (str, bool) and type(raw) is kind:
            return raw
        if kind in (int, float) and isinstance(raw, int | float) and not isinstance(raw, bool):
            return kind(raw)
    raise ValueError(f"{raw!r} is not a {hint}")


def _apply(segment: Segment, state: dict[str, Any]) -> bool:
    """Put a stored state on a freshly read segment; False when its status is unusable (a
    field that no longer fits keeps the fresh value)."""
    hints = get_type_hints(Segment)
    values: dict[str, object] = {}
    for f in fields(segment):
        if f.name in _FROM_ORIGINAL or f.name not in state:
            continue
        try:
            values[f.name] = _field_value(hints[f.name], state[f.name])
        except ValueError:
            if f.name == "status":
                return False
    for name, value in values.items():
        setattr(segment, name, value)
    return True


def restore(project: str | None, stored: StoredDocument) -> Restored:
    """Read the original again and put every stored segment's state back (a segment is
    recognised by its place, id and source)."""
    found = Restored(
        project,
        stored.uid,
        None,
        stored.original,
        stored.path,
        bool(stored.state.get("unexported", False)),
    )
    try:
        document = formats.read_bytes(stored.original, stored.name, stored.format)
    except TranslateError as exc:
        found.error = exc
        return found
    for key in ("source_lang", "target_lang"):
        value = stored.state.get(key)
        if isinstance(value, str) and value:
            setattr(document, key, value)
    segments = document.segments
    for row in stored.segments:
        at = row.position
        if not (
            0 <= at < len(segments)
            and segments[at].id == row.segment_id
            and segments[at].source == row.source
            and _apply(segments[at], row.state)
        ):
            found.dropped += 1
    if found.dropped:
        log.warning("%s: %d stored segments no longer match", stored.name, found.dropped)
    found.document = document
    return found


def document_state(document: Document, unexported: bool) -> dict[str, Any]:
    return {
        "source_lang": document.source_lang or "",
        "target_lang": document.target_lang or "",
        "unexported": unexported,
    }


class _Translator:
    def run(self, op: str, args: Sequence[object]) -> object:
        """One operation; a UserError becomes the HistoryError the store worker reports."""
        from airgap.ui.history import HistoryError

        if op not in OPS:
            raise HistoryError(f"Unknown translator operation {op!r}.")
        try:
            return getattr(self, op)(*args)
        except UserError as exc:
            raise HistoryError(user_message(exc)) from exc

    def snapshot(self) -> Snapshot:
        raise NotImplementedError

    def save_project(self, project: TranslationProject, terms: list[Term] | None) -> None:
        raise NotImplementedError

    def rename_project(self, old: str, new: str) -> str:
        raise NotImplementedError

    def delete_project(self, name: str) -> None:
        raise NotImplementedError

    def add_memory(self, entries: list[TMEntry]) -> int:
        raise NotImplementedError

    def load_document(self, project: str | None) -> Restored | None:
        raise NotImplementedError

    def save_document(self, project: str | None, document: StoredDocument) -> None:
        raise NotImplementedError

    def save_segments(self, uid: str, rows: list[SegmentRow], state: dict[str, Any]) -> bool:
        raise NotImplementedError

    def move_document(self, uid: str, project: str | None) -> bool:
        raise NotImplementedError

    def delete_document(self, project: str | None) -> int:
        raise NotImplementedError


class StoreTranslator(_Translator):
    """Over `airgap.store.translation.TranslationData` (the encrypted store)."""

    def __init__(self, data: Any) -> None:
        self.data = data

    def snapshot(self) -> Snapshot:
        memory: list[TMEntry] = []
        for source_lang, target_lang, _count in self.data.language_pairs():
            memory.extend(self.data.memory_entries(source_lang, target_lang))
        return Snapshot(list(self.data.projects_with_terms()), memory, persistent=True)

    def save_project(self, project: TranslationProject, terms: list[Term] | None) -> None:
        self.data.save_project(project, terms)

    def rename_project(self, old: str, new: str) -> str:
        return str(self.data.rename_project(old, new))

    def delete_project(self, name: str) -> None:
        self.data.delete_project(name)

    def add_memory(self, entries: list[TMEntry]) -> int:
        return int(self.data.import_memory(entries))

    def load_document(self, project: str | None) -> Restored | None:
        stored = self.data.load_document(project)
        return None if stored is None else restore(project, stored)

    def save_document(self, project: str | None, document: StoredDocument) -> None:
        self.data.save_document(project, document)

    def save_segments(self, uid: str, rows: list[SegmentRow], state: dict[str, Any]) -> bool:
        return bool(self.data.save_segments(uid, rows, state))

    def move_document(self, uid: str, project: str | None) -> bool:
        return bool(self.data.move_document(uid, project))

    def delete_document(self, project: str | None) -> int:
        return int(self.data.delete_document(project))


class SessionTranslator(_Translator):
    """The same operations in memory, for a window whose store did not open."""

    def __init__(self, memory: list[TMEntry]) -> None:
        self._projects: dict[str, tuple[TranslationProject, list[Term]]] = {}
        self._memory = memory  # shared with MemoryHistory's own memory list
        # Open documents by project (None: no project), their rows by position.
        self._documents: dict[str | None, tuple[StoredDocument, dict[int, SegmentRow]]] = {}

    def snapshot(self) -> Snapshot:
        projects = [(p, list(t)) for _, (p, t) in sorted(self._projects.items())]
        return Snapshot(projects, list(self._memory), persistent=False)

    def save_project(self, project: TranslationProject, terms: list[Term] | None) -> None:
        name = clean_name(project.name)
        cleaned = replace(project, name=name, settings=clean_settings(project.settings))
        kept = self._projects.get(name, (cleaned, []))[1]
        self._projects[name] = (cleaned, list(kept if terms is None else terms))

    def rename_project(self, old: str, new: str) -> str:
        name = clean_name(new)
        if old not in self._projects:
            raise ProjectError(f"The project “{old}” no longer exists.")
        if name != old and name in self._projects:
            raise ProjectError(f"A project named “{name}” already exists.")
        project, terms = self._projects.pop(old)
        self._projects[name] = (replace(project, name=name), terms)
        if old in self._documents:
            self._documents[name] = self._documents.pop(old)
        return name

    def delete_project(self, name: str) -> None:
        self._projects.pop(name, None)
        self._documents.pop(name, None)

    def add_memory(self, entries: list[TMEntry]) -> int:
        self._memory.extend(entries)
        return len(entries)

    def load_document(self, project: str | None) -> Restored | None:
        found = self._documents.get(project)
        if found is None:
            return None
        stored, rows = found
        return restore(project, replace(stored, segments=[rows[k] for k in sorted(rows)]))

    def _check(self, project: str | None) -> None:
        if project is not None and project not in self._projects:
            raise ProjectError(f"The project “{project}” no longer exists.")

    def save_document(self, project: str | None, document: StoredDocument) -> None:
        if len(document.original) > MAX_DOCUMENT_BYTES:
            raise DocumentTooLarge(f"{document.name} is too large to keep.")
        self._check(project)
        for key, (stored, _rows) in list(self._documents.items()):
            if stored.uid == document.uid:
                del self._documents[key]
        rows = {r.position: r for r in document.segments}
        self._documents[project] = (replace(document, segments=[]), rows)

    def _find(self, uid: str) -> str | bool | None:
        """The project holding document `uid`, False when none does."""
        return next((k for k, (d, _) in self._documents.items() if d.uid == uid), False)

    def save_segments(self, uid: str, rows: list[SegmentRow], state: dict[str, Any]) -> bool:
        key = self._find(uid)
        if key is False:
            return False
        assert not isinstance(key, bool)
        stored, kept = self._documents[key]
        kept.update((r.position, r) for r in rows)
        self._documents[key] = (replace(stored, state=dict(state)), kept)
        return True

    def move_document(self, uid: str, project: str | None) -> bool:
        self._check(project)
        key = self._find(uid)
        if key is False:
            return False
        assert not isinstance(key, bool)
        self._documents[project] = self._documents.pop(key)
        return True

    def delete_document(self, project: str | None) -> int:
        return 0 if self._documents.pop(project, None) is None else 1
