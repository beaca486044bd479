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
from dataclasses import dataclass, field, replace
from typing import Any

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


def segment_row(position: int, segment: Segment) -> SegmentRow:
    """What is stored of one segment (read on the GUI thread, then handed over)."""
    state = {
        "target": segment.target,
        "status": segment.status.value,
        "error": segment.error,
        "tm_score": segment.tm_score,
        "tm_source": segment.tm_source,
        "missing_terms": list(segment.missing_terms),
        "tag_problems": list(segment.tag_problems),
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
    error: str = ""


def _apply(segment: Segment, state: dict[str, Any]) -> bool:
    try:
        status = Status(str(state.get("status")))
    except ValueError:
        return False
    strings = [x for x in state.get("missing_terms", []) if isinstance(x, str)]
    problems = [x for x in state.get("tag_problems", []) if isinstance(x, str)]
    score = state.get("tm_score")
    segment.target = str(state.get("target", ""))
    segment.status = status
    segment.error = str(state.get("error", ""))
    segment.tm_score = score if isinstance(score, int) and not isinstance(score, bool) else None
    segment.tm_source = str(state.get("tm_source", ""))
    segment.missing_terms = strings
    segment.tag_problems = problems
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
        found.error = exc.message
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
            raise HistoryError(exc.message) from exc

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
