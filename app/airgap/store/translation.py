"""The translator's projects (language pair, style, instructions and a glossary each) and
translation memory (per language pair) in the encrypted store.

`TranslationData` (reached as `store.translation`) implements `airgap.translate.storage.
TranslationStorage` structurally, plus projects (create, rename, delete, settings), term
deletion and all-or-nothing bulk imports. Writes go through the store's writer thread, reads
through its read connection. The store depends on the translator's plain dataclasses (Term,
TMEntry), never the other way round. `export_translation` / `write_translation` are the
translator's part of the store's JSON export and import.
"""

from __future__ import annotations

import base64
import json
import re
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from airgap.store._driver import Connection
from airgap.store.errors import ImportFailed, StoreError
from airgap.text import clean_text
from airgap.translate.errors import UnknownLanguage
from airgap.translate.glossary import Term
from airgap.translate.languages import normalize
from airgap.translate.memory import TMEntry

if TYPE_CHECKING:
    from airgap.store.store import Store

_TERM_COLUMNS = "source, target, note, case_sensitive, width_sensitive"
_PAIR_COLUMNS = "source, target, source_lang, target_lang, created_at, origin"
_PROJECT_COLUMNS = "name, settings, created_at, updated_at"
NAME_LENGTH = 100
_REGISTER = re.compile(r"[a-z_]{1,32}")


class ProjectError(StoreError):
    """A project name that is empty, too long, taken, or no longer there."""


# An open document is kept whole in the store (its original file included); a bigger one is
# translated in the window but not kept.
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024


class DocumentTooLarge(StoreError):
    """An open document too large to keep in the store."""


@dataclass(frozen=True)
class SegmentRow:
    """One segment of an open document as stored: where it is, what it is (to recognise it
    when the original is read again) and its state (target, status, flags: the translator's
    JSON-able dict, opaque here)."""

    position: int
    segment_id: str
    source: str
    state: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredDocument:
    """A project's open document: the original file and the segments that differ from a
    fresh read of it. `state` is the translator's document-level dict (languages, …)."""

    uid: str
    name: str
    format: str
    original: bytes
    path: str = ""
    state: dict[str, Any] = field(default_factory=dict)
    segments: list[SegmentRow] = field(default_factory=list)


def _json_dict(raw: object) -> dict[str, Any]:
    try:
        data = json.loads(str(raw))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _write_segments(conn: Connection, document_id: int, rows: Iterable[SegmentRow]) -> None:
    for row in rows:
        conn.execute(
            "INSERT INTO translation_document_segments "
            "(document_id, position, segment_id, source, state) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (document_id, position) DO UPDATE SET segment_id = excluded.segment_id, "
            "source = excluded.source, state = excluded.state",
            (document_id, row.position, row.segment_id, row.source, _dumps(row.state)),
        )


@dataclass(frozen=True)
class ProjectSettings:
    """What a project remembers besides its glossary (the Translate page's top row)."""

    source_lang: str = ""  # "" = detect from the document
    target_lang: str = "en"
    register: str = "neutral"  # a translate.prompt.Register value
    instructions: str = ""
    thinking: bool = False  # "Think first"


@dataclass(frozen=True)
class TranslationProject:
    name: str
    settings: ProjectSettings = field(default_factory=ProjectSettings)
    created_at: float = field(default=0.0, compare=False)
    updated_at: float = field(default=0.0, compare=False)


def clean_name(name: str) -> str:
    """A project name as stored: one line, spaces collapsed; ProjectError when unusable."""
    cleaned = " ".join(clean_text(name).split())
    if not cleaned:
        raise ProjectError("A project needs a name.")
    if len(cleaned) > NAME_LENGTH:
        raise ProjectError(f"A project name can have at most {NAME_LENGTH} characters.")
    return cleaned


def clean_settings(settings: ProjectSettings) -> ProjectSettings:
    """Languages normalized, the style checked; ImportFailed naming what is wrong."""
    if not isinstance(settings, ProjectSettings):
        raise ImportFailed(f"Not project settings: {settings!r}.")
    try:
        source = normalize(settings.source_lang) if settings.source_lang.strip() else ""
        target = normalize(settings.target_lang)
    except UnknownLanguage as exc:
        raise ImportFailed(exc.message) from exc
    if not _REGISTER.fullmatch(settings.register):
        raise ImportFailed(f"Unknown translation style {settings.register!r}.")
    return ProjectSettings(
        source,
        target,
        settings.register,
        clean_text(settings.instructions),
        bool(settings.thinking),
    )


def _settings_from_json(raw: object) -> ProjectSettings:
    """Tolerant: a damaged or older settings value gives the defaults for what is missing."""
    try:
        data = json.loads(str(raw))
    except ValueError:
        return ProjectSettings()
    if not isinstance(data, dict):
        return ProjectSettings()
    defaults = asdict(ProjectSettings())
    values = {k: data[k] for k in defaults if type(data.get(k)) is type(defaults[k])}
    try:
        return clean_settings(ProjectSettings(**{**defaults, **values}))
    except ImportFailed:
        return ProjectSettings()


def _project(row: Sequence[object]) -> TranslationProject:
    name, settings, created, updated = row
    assert isinstance(created, float | int) and isinstance(updated, float | int)
    return TranslationProject(str(name), _settings_from_json(settings), created, updated)


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


def _upsert_project(conn: Connection, project: TranslationProject) -> int:
    """Create the project (keeping its times when it has them) or update its settings."""
    settings = json.dumps(asdict(project.settings), ensure_ascii=False, sort_keys=True)
    now = time.time()
    row = conn.execute(
        "SELECT id FROM translation_projects WHERE name = ?", (project.name,)
    ).fetchone()
    if row is not None:
        conn.execute(
            "UPDATE translation_projects SET settings = ?, updated_at = ? WHERE id = ?",
            (settings, now, row[0]),
        )
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO translation_projects (name, settings, created_at, updated_at) "
        "VALUES (?, ?, ?, ?)",
        (project.name, settings, project.created_at or now, project.updated_at or now),
    )
    return int(cur.lastrowid or 0)


def _terms_of(conn: Connection, project_id: int) -> list[Term]:
    rows = conn.execute(
        f"SELECT {_TERM_COLUMNS} FROM glossary_terms WHERE project_id = ? ORDER BY id",
        (project_id,),
    )
    return [_term(r) for r in rows]


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
            return [] if pid is None else _terms_of(conn, pid)

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

    # ------------------------------------------------------------------ projects

    def project_list(self) -> list[TranslationProject]:
        """Every project with its settings, by name."""
        return self._store._read(
            lambda c: [
                _project(r)
                for r in c.execute(
                    f"SELECT {_PROJECT_COLUMNS} FROM translation_projects ORDER BY name"
                )
            ]
        )

    def project(self, name: str) -> TranslationProject | None:
        row = self._store._read(
            lambda c: c.execute(
                f"SELECT {_PROJECT_COLUMNS} FROM translation_projects WHERE name = ?", (name,)
            ).fetchone()
        )
        return None if row is None else _project(row)

    def create_project(
        self, name: str, settings: ProjectSettings | None = None
    ) -> TranslationProject:
        """A new, empty project; ProjectError when the name is unusable or taken."""
        project = TranslationProject(
            clean_name(name), clean_settings(settings or ProjectSettings())
        )

        def do(conn: Connection) -> None:
            if _project_id(conn, project.name, create=False) is not None:
                raise ProjectError(f"A project named “{project.name}” already exists.")
            _upsert_project(conn, project)

        self._store._tx(do)
        found = self.project(project.name)
        assert found is not None
        return found

    def save_project(self, project: TranslationProject, terms: list[Term] | None = None) -> None:
        """Create or update the project's settings and, unless `terms` is None, replace its
        glossary with `terms` — one transaction. Creating keeps the project's own times (an
        undone delete comes back as it was)."""
        cleaned = TranslationProject(
            clean_name(project.name),
            clean_settings(project.settings),
            project.created_at,
            project.updated_at,
        )
        new_terms = None if terms is None else [_clean_term(t) for t in terms]

        def do(conn: Connection) -> None:
            pid = _upsert_project(conn, cleaned)
            if new_terms is not None:
                conn.execute("DELETE FROM glossary_terms WHERE project_id = ?", (pid,))
                _insert_terms(conn, pid, new_terms)

        self._store._tx(do)

    def rename_project(self, old: str, new: str) -> str:
        """Rename a project (its glossary follows); returns the stored new name."""
        name = clean_name(new)

        def do(conn: Connection) -> None:
            pid = _project_id(conn, old, create=False)
            if pid is None:
                raise ProjectError(f"The project “{old}” no longer exists.")
            other = _project_id(conn, name, create=False)
            if other is not None and other != pid:
                raise ProjectError(f"A project named “{name}” already exists.")
            conn.execute(
                "UPDATE translation_projects SET name = ?, updated_at = ? WHERE id = ?",
                (name, time.time(), pid),
            )

        self._store._tx(do)
        return name

    def delete_project(self, name: str) -> None:
        """Remove the project, its glossary and its open document (the memory stays: it is
        per language pair)."""
        self.delete_glossary(name)

    # ------------------------------------------------------------------ open documents

    def _slot(self, conn: Connection, project: str | None) -> int:
        """The slot key of a project's document (0: no project); ProjectError when gone."""
        if project is None:
            return 0
        pid = _project_id(conn, project, create=False)
        if pid is None:
            raise ProjectError(f"The project “{project}” no longer exists.")
        return pid

    def save_document(self, project: str | None, document: StoredDocument) -> None:
        """Make `document` the project's open document (None: the one open without a
        project), replacing what it had; its rows are written too. One transaction."""
        if len(document.original) > MAX_DOCUMENT_BYTES:
            raise DocumentTooLarge(
                f"{document.name} is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB, "
                "too large to keep: it is not restored after Airgap quits."
            )

        def do(conn: Connection) -> None:
            slot = self._slot(conn, project)
            conn.execute(
                "DELETE FROM translation_documents WHERE coalesce(project_id, 0) = ? OR uid = ?",
                (slot, document.uid),
            )
            now = time.time()
            cur = conn.execute(
                "INSERT INTO translation_documents (uid, project_id, name, format, path, "
                "original, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document.uid,
                    slot or None,
                    document.name,
                    document.format,
                    document.path,
                    document.original,
                    _dumps(document.state),
                    now,
                    now,
                ),
            )
            _write_segments(conn, int(cur.lastrowid or 0), document.segments)

        self._store._tx(do)

    def save_segments(
        self, uid: str, rows: Sequence[SegmentRow], state: dict[str, Any] | None = None
    ) -> bool:
        """Write these segment rows (and the document's state, unless None) of the open
        document `uid`; False when it is no longer stored (closed or replaced)."""

        def do(conn: Connection) -> bool:
            found = conn.execute(
                "SELECT id FROM translation_documents WHERE uid = ?", (uid,)
            ).fetchone()
            if found is None:
                return False
            if state is not None:
                conn.execute(
                    "UPDATE translation_documents SET state = ?, updated_at = ? WHERE id = ?",
                    (_dumps(state), time.time(), found[0]),
                )
            _write_segments(conn, int(found[0]), rows)
            return True

        return self._store._tx(do)

    def move_document(self, uid: str, project: str | None) -> bool:
        """The open document `uid` becomes `project`'s (replacing what it had)."""

        def do(conn: Connection) -> bool:
            slot = self._slot(conn, project)
            conn.execute(
                "DELETE FROM translation_documents WHERE coalesce(project_id, 0) = ? AND uid != ?",
                (slot, uid),
            )
            cur = conn.execute(
                "UPDATE translation_documents SET project_id = ? WHERE uid = ?",
                (slot or None, uid),
            )
            return bool(cur.rowcount)

        return self._store._tx(do)

    def load_document(self, project: str | None) -> StoredDocument | None:
        """The project's open document (None: no project), or None when it has none."""

        def do(conn: Connection) -> StoredDocument | None:
            if project is None:
                slot: int | None = 0
            else:
                slot = _project_id(conn, project, create=False)
            if slot is None:
                return None
            row = conn.execute(
                "SELECT id, uid, name, format, path, original, state FROM translation_documents "
                "WHERE coalesce(project_id, 0) = ?",
                (slot,),
            ).fetchone()
            if row is None:
                return None
            rows = [
                SegmentRow(int(r[0]), str(r[1]), str(r[2]), _json_dict(r[3]))
                for r in conn.execute(
                    "SELECT position, segment_id, source, state FROM "
                    "translation_document_segments WHERE document_id = ? ORDER BY position",
                    (row[0],),
                )
            ]
            original = row[5]
            assert isinstance(original, bytes)
            return StoredDocument(
                str(row[1]),
                str(row[2]),
                str(row[3]),
                original,
                str(row[4]),
                _json_dict(row[6]),
                rows,
            )

        return self._store._read(do)

    def delete_document(self, project: str | None) -> int:
        """Close the project's open document; returns how many were removed (0 or 1)."""

        def do(conn: Connection) -> int:
            slot = 0 if project is None else _project_id(conn, project, create=False)
            if slot is None:
                return 0
            return int(
                conn.execute(
                    "DELETE FROM translation_documents WHERE coalesce(project_id, 0) = ?",
                    (slot,),
                ).rowcount
            )

        return self._store._tx(do)

    def projects_with_terms(self) -> list[tuple[TranslationProject, list[Term]]]:
        """Every project and its glossary in one read (what the Translate page loads)."""

        def do(conn: Connection) -> list[tuple[TranslationProject, list[Term]]]:
            rows = conn.execute(
                f"SELECT id, {_PROJECT_COLUMNS} FROM translation_projects ORDER BY name"
            ).fetchall()
            return [(_project(r[1:]), _terms_of(conn, int(r[0]))) for r in rows]

        return self._store._read(do)

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


# ------------------------------------------------------------------ the store's JSON export


@dataclass
class ParsedProject:
    project: TranslationProject
    terms: list[Term]


@dataclass
class ParsedDocument:
    project: str | None  # None: the document open without a project
    document: StoredDocument


@dataclass
class ParsedTranslation:
    """The translator's part of an export, checked and ready to write."""

    projects: list[ParsedProject] = field(default_factory=list)
    memory: list[TMEntry] = field(default_factory=list)
    documents: list[ParsedDocument] = field(default_factory=list)


def export_translation(conn: Connection) -> dict[str, Any]:
    """Projects (settings and glossary, by name) and every memory pair (oldest first)."""
    projects = []
    for row in conn.execute(
        f"SELECT id, {_PROJECT_COLUMNS} FROM translation_projects ORDER BY name"
    ).fetchall():
        project = _project(row[1:])
        projects.append(
            {
                "name": project.name,
                "created_at": project.created_at,
                "updated_at": project.updated_at,
                "settings": asdict(project.settings),
                "terms": [asdict(t) for t in _terms_of(conn, int(row[0]))],
            }
        )
    memory = [
        {
            "source": e.source,
            "target": e.target,
            "source_lang": e.source_lang,
            "target_lang": e.target_lang,
            "created_at": e.created,
            "origin": e.origin,
        }
        for e in (
            _entry(r) for r in conn.execute(f"SELECT {_PAIR_COLUMNS} FROM tm_pairs ORDER BY id")
        )
    ]
    return {"projects": projects, "memory": memory, "documents": _export_documents(conn)}


def _export_documents(conn: Connection) -> list[dict[str, Any]]:
    """Each project's open document: the original file in base64, the changed segments."""
    out = []
    for row in conn.execute(
        "SELECT d.id, p.name, d.name, d.format, d.path, d.original, d.state "
        "FROM translation_documents d LEFT JOIN translation_projects p ON p.id = d.project_id "
        "ORDER BY d.id"
    ).fetchall():
        segments = [
            {"position": int(r[0]), "segment_id": str(r[1]), "source": str(r[2]), "state": s}
            for r in conn.execute(
                "SELECT position, segment_id, source, state FROM translation_document_segments "
                "WHERE document_id = ? ORDER BY position",
                (row[0],),
            )
            for s in (_json_dict(r[3]),)
        ]
        original = row[5]
        assert isinstance(original, bytes)
        out.append(
            {
                "project": row[1],
                "name": row[2],
                "format": row[3],
                "path": row[4],
                "original": base64.b64encode(original).decode("ascii"),
                "state": _json_dict(row[6]),
                "segments": segments,
            }
        )
    return out


def write_translation(conn: Connection, parsed: ParsedTranslation) -> tuple[int, int, int]:
    """Write an import (the caller holds the transaction): a project already present keeps
    its settings and gains the terms it lacks; pairs already present are skipped, so
    importing twice adds nothing. Returns (new projects, new terms, new pairs)."""
    projects = terms = 0
    for item in parsed.projects:
        pid = _project_id(conn, item.project.name, create=False)
        if pid is None:
            pid = _upsert_project(conn, item.project)
            projects += 1
            fresh = item.terms
        else:
            have = set(_terms_of(conn, pid))
            fresh = [t for t in item.terms if t not in have]
        terms += _insert_terms(conn, pid, fresh)
    pairs = sum(_insert_pair(conn, e) for e in parsed.memory)
    for parsed_doc in parsed.documents:
        # Where a project has an open document already, that one stays (as settings do).
        slot = (
            0 if parsed_doc.project is None else _project_id(conn, parsed_doc.project, create=False)
        )
        if (
            slot is None
            or conn.execute(
                "SELECT 1 FROM translation_documents WHERE coalesce(project_id, 0) = ?", (slot,)
            ).fetchone()
        ):
            continue
        doc = parsed_doc.document
        cur = conn.execute(
            "INSERT INTO translation_documents (uid, project_id, name, format, path, original, "
            "state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                uuid.uuid4().hex,
                slot or None,
                doc.name,
                doc.format,
                doc.path,
                doc.original,
                _dumps(doc.state),
                time.time(),
                time.time(),
            ),
        )
        _write_segments(conn, int(cur.lastrowid or 0), doc.segments)
    return projects, terms, pairs
