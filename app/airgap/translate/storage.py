"""Where glossaries and translation memories live between sessions.

`TranslationStorage` is the seam; `InMemoryStorage` keeps everything for the session (tests).
The encrypted store implements it structurally as `Store.translation` (airgap.store.translation:
glossary terms per project, memory pairs per language pair, in the SQLCipher database); this
package never imports the store.
"""

from __future__ import annotations

from typing import Protocol

from airgap.translate.glossary import Term
from airgap.translate.languages import normalize
from airgap.translate.memory import TMEntry


class TranslationStorage(Protocol):
    def glossary_terms(self, project: str) -> list[Term]: ...

    def save_glossary(self, project: str, terms: list[Term]) -> None: ...

    def memory_entries(self, source_lang: str, target_lang: str) -> list[TMEntry]: ...

    def add_memory_entry(self, entry: TMEntry) -> None: ...


class InMemoryStorage:
    def __init__(self) -> None:
        self._glossaries: dict[str, list[Term]] = {}
        self._memory: dict[tuple[str, str], list[TMEntry]] = {}

    def glossary_terms(self, project: str) -> list[Term]:
        return list(self._glossaries.get(project, []))

    def save_glossary(self, project: str, terms: list[Term]) -> None:
        self._glossaries[project] = list(terms)

    def memory_entries(self, source_lang: str, target_lang: str) -> list[TMEntry]:
        return list(self._memory.get((normalize(source_lang), normalize(target_lang)), []))

    def add_memory_entry(self, entry: TMEntry) -> None:
        key = (normalize(entry.source_lang), normalize(entry.target_lang))
        self._memory.setdefault(key, []).append(entry)
