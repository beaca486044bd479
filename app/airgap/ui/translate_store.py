"""The Translate page's data on the store thread: projects (settings and glossary) and the
translation memory, loaded in one snapshot and written whole, project by project.

`History.translator(op, *args)` runs one of `OPS` here: `StoreTranslator` over the encrypted
store's `store.translation`, `SessionTranslator` when the window runs without a store (kept
for the session only, so the page works the same). Nothing here touches a widget: every
method runs on the store thread and its answer travels back through the store worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from airgap.errors import UserError
from airgap.store.translation import (
    ProjectError,
    TranslationProject,
    clean_name,
    clean_settings,
)
from airgap.translate.glossary import Term
from airgap.translate.memory import TMEntry

OPS = frozenset({"snapshot", "save_project", "rename_project", "delete_project", "add_memory"})


@dataclass
class Snapshot:
    """Everything the page shows: projects with their terms (by name), every memory pair, and
    whether it lives in the encrypted store (False: this session only)."""

    projects: list[tuple[TranslationProject, list[Term]]] = field(default_factory=list)
    memory: list[TMEntry] = field(default_factory=list)
    persistent: bool = True


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


class SessionTranslator(_Translator):
    """The same operations in memory, for a window whose store did not open."""

    def __init__(self, memory: list[TMEntry]) -> None:
        self._projects: dict[str, tuple[TranslationProject, list[Term]]] = {}
        self._memory = memory  # shared with MemoryHistory's own memory list

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
        return name

    def delete_project(self, name: str) -> None:
        self._projects.pop(name, None)

    def add_memory(self, entries: list[TMEntry]) -> int:
        self._memory.extend(entries)
        return len(entries)
