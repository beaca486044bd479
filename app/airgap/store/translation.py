"""The translator's glossaries (per project) and translation memory (per language pair) in the
encrypted store.

`TranslationData` (reached as `store.translation`) implements `airgap.translate.storage.
TranslationStorage` structurally, plus term deletion and all-or-nothing bulk imports. Writes go
through the store's writer thread, reads through its read connection. The store depends on the
translator's plain dataclasses (Term, TMEntry), never the other way round.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from airgap.store._driver import Connection
from airgap.store.errors import ImportFailed
from airgap.text import clean_text
from airgap.translate.errors import UnknownLanguage
from airgap.translate.glossary import Term
from airgap.translate.languages import normalize
from airgap.translate.memory import TMEntry

if TYPE_CHECKING:
    from airgap.store.store import Store

_TERM_COLUMNS = "source, target, note, case_sensitive, width_sensitive"
_PAIR_COLUMNS = "source, target, source_lang, target_lang, created_at, origin"


def _term(row: Sequence[object]) -> Term:
    source, target, note, case, width = row
    return Term(str(source), str(target), str(note), bool(case), bool(width))


def _entry(row: Sequence[object]) -> TMEntry:
    source, target, src, tgt, created, origin = row
    assert isinstance(created, float | int)
    return TMEntry(str(source), str(target), str(src), str(tgt), float(created), str(origin))


def _clean_term(term: Term) -> Term:
    if not isinstance(term, Term):
        raise ImportFailed(f"Not a glossary term: {term!r}.")
    source, target = clean_text(term.source).strip(), clean_text(term.target).strip()
    if not source or not target:
        raise ImportFailed(f"A glossary term needs both a source and a target ({term.source!r}).")
    return Term(
        source, target, clean_text(term.note).strip(), term.case_sensitive, term.width_sensitive
    )


def _clean_entry(entry: TMEntry) -> TMEntry:
    if not isinstance(entry, TMEntry):
        raise ImportFailed(f"Not a translation memory pair: {entry!r}.")
    source, target = clean_text(entry.source), clean_text(entry.target)
    if not source.strip() or not target.strip():
        raise ImportFailed(f"A memory pair needs both a source and a target ({entry.source!r}).")
    try:
        src, tgt = normalize(entry.source_lang), normalize(entry.target_lang)
    except UnknownLanguage as exc:
        raise ImportFailed(f"{exc} ({entry.source!r}).") from exc
    return TMEntry(source, target, src, tgt, entry.created, clean_text(entry.origin))


def _project_id(conn: Connection, project: str, *, create: bool) -> int | None:
    row = conn.execute("SELECT id FROM translation_projects WHERE name = ?", (project,)).fetchone()
    if row is not None:
        if create:
            conn.execute(
                "UPDATE translation_projects SET updated_at = ? WHERE id = ?",
                (time.time(), row[0]),
            )
        return int(row[0])
    if not create:
        return None
    now = time.time()
    cur = conn.execute(
        "INSERT INTO translation_projects (name, created_at, updated_at) VALUES (?, ?, ?)",
        (project, now, now),
    )
    return int(cur.lastrowid or 0)


def _insert_terms(conn: Connection, project_id: int, terms: Iterable[Term]) -> int:
    now = time.time()
    count = 0
    for term in terms:
        conn.execute(
            f"INSERT INTO glossary_terms (project_id, {_TERM_COLUMNS}, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                project_id,
                term.source,
                term.target,
                term.note,
                int(term.case_sensitive),
                int(term.width_sensitive),
                now,
                now,
            ),
        )
        count += 1
    return count


def _insert_pair(conn: Connection, entry: TMEntry) -> bool:
    """True when the pair is new; the same pair again only refreshes its updated time."""
    now = time.time()
    cur = conn.execute(
        "INSERT INTO tm_pairs (source_lang, target_lang, source, target, origin, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (source_lang, target_lang, source, target) DO NOTHING",
        (
            entry.source_lang,
            entry.target_lang,
            entry.source,
            entry.target,
            entry.origin,
            entry.created or now,
            now,
        ),
    )
    if cur.rowcount == 1:
        return True
    conn.execute(
        "UPDATE tm_pairs SET updated_at = ? WHERE source_lang = ? AND target_lang = ? "
        "AND source = ? AND target = ?",
        (now, entry.source_lang, entry.target_lang, entry.source, entry.target),
    )
    return False


class TranslationData:
    """Glossaries and translation memory kept in one Store (see the module docstring)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # ------------------------------------------------------------------ glossaries

    def projects(self) -> list[str]:
        """Names of the projects that have a glossary, alphabetically."""
        return self._store._read(
            lambda c: [
                str(r[0]) for r in c.execute("SELECT name FROM translation_projects ORDER BY name")
            ]
        )

    def glossary_terms(self, project: str) -> list[Term]:
        """The project's terms in the order they were added ([] for an unknown project)."""

        def do(conn: Connection) -> list[Term]:
            pid = _project_id(conn, project, create=False)
            if pid is None:
                return []
            rows = conn.execute(
                f"SELECT {_TERM_COLUMNS} FROM glossary_terms WHERE project_id = ? ORDER BY id",
                (pid,),
            )
            return [_term(r) for r in rows]

        return self._store._read(do)

    def save_glossary(self, project: str, terms: list[Term]) -> None:
        """Replace the project's whole glossary (one transaction)."""
        cleaned = [_clean_term(t) for t in terms]

        def do(conn: Connection) -> None:
            pid = _project_id(conn, project, create=True)
            assert pid is not None
            conn.execute("DELETE FROM glossary_terms WHERE project_id = ?", (pid,))
            _insert_terms(conn, pid, cleaned)

        self._store._tx(do)

    def add_glossary_term(self, project: str, term: Term) -> None:
        self.import_glossary(project, [term])

    def import_glossary(self, project: str, terms: Iterable[Term]) -> int:
        """Append terms (from CSV/TBX) to the project's glossary: all or nothing. A bad term
        raises ImportFailed naming it and nothing is added. Returns how many were added."""

        def do(conn: Connection) -> int:
            # Validated inside the transaction, so a bad term late in a generator still
            # rolls back everything written before it.
            pid = _project_id(conn, project, create=True)
            assert pid is not None
            return _insert_terms(conn, pid, (_clean_term(t) for t in terms))

        return self._store._tx(do)

    def delete_glossary_term(self, project: str, term: Term) -> int:
        """Remove the project's terms with this source and target; returns how many."""

        def do(conn: Connection) -> int:
            pid = _project_id(conn, project, create=False)
            if pid is None:
                return 0
            cur = conn.execute(
                "DELETE FROM glossary_terms WHERE project_id = ? AND source = ? AND target = ?",
                (pid, clean_text(term.source).strip(), clean_text(term.target).strip()),
            )
            return int(cur.rowcount)

        return self._store._tx(do)

    def delete_glossary(self, project: str) -> None:
        """Remove the project and all its terms."""
        self._store._tx(
            lambda c: c.execute("DELETE FROM translation_projects WHERE name = ?", (project,))
        )

    # ------------------------------------------------------------------ translation memory

    def language_pairs(self) -> list[tuple[str, str, int]]:
        """(source language, target language, number of pairs) for every stored pair."""
        return self._store._read(
            lambda c: [
                (str(r[0]), str(r[1]), int(r[2]))
                for r in c.execute(
                    "SELECT source_lang, target_lang, count(*) FROM tm_pairs "
                    "GROUP BY source_lang, target_lang ORDER BY source_lang, target_lang"
                )
            ]
        )

    def memory_entries(self, source_lang: str, target_lang: str) -> list[TMEntry]:
        """The pairs of one language pair, oldest first (so the memory's newest is last)."""
        src, tgt = normalize(source_lang), normalize(target_lang)
        return self._store._read(
            lambda c: [
                _entry(r)
                for r in c.execute(
                    f"SELECT {_PAIR_COLUMNS} FROM tm_pairs WHERE source_lang = ? "
                    "AND target_lang = ? ORDER BY id",
                    (src, tgt),
                )
            ]
        )

    def add_memory_entry(self, entry: TMEntry) -> None:
        """Store an approved pair; the same pair again adds nothing."""
        cleaned = _clean_entry(entry)
        self._store._tx(lambda c: _insert_pair(c, cleaned))

    def import_memory(self, entries: Iterable[TMEntry]) -> int:
        """Add many pairs (a TMX import) in one transaction: all or nothing. A bad pair
        raises ImportFailed naming it and nothing is added. Returns how many were new."""
        return self._store._tx(lambda c: sum(_insert_pair(c, _clean_entry(e)) for e in entries))

    def delete_memory_entry(self, entry: TMEntry) -> int:
        """Remove this pair (source, target and languages); returns how many rows went."""
        src, tgt = normalize(entry.source_lang), normalize(entry.target_lang)
        return self._store._tx(
            lambda c: int(
                c.execute(
                    "DELETE FROM tm_pairs WHERE source_lang = ? AND target_lang = ? "
                    "AND source = ? AND target = ?",
                    (src, tgt, clean_text(entry.source), clean_text(entry.target)),
                ).rowcount
            )
        )
