"""Import: our JSON export (exact round trip, the translator's projects, glossaries and
memory included) and ChatGPT's `conversations.json` (alone or inside the export's zip archive).

Two ways to write a file. `Store.import_file` is all or nothing: the file is parsed and
checked completely, then written in one transaction; a problem raises ImportFailed naming it.
`import_stepwise` is for big files (the window, the CLI): it reports progress by callback and
commits whole conversations in short batches, so it can be cancelled between conversations
and a damaged conversation stops it there; either way the conversations imported before are
kept and the result says how many (a file-level problem still raises, nothing written).
Conversations already present (same uuid) are skipped, so importing twice is harmless and
importing again after a stop adds the rest; so are memory pairs already present, and a
project already present keeps its settings and gains only the terms it lacks (and keeps
its open document: an exported one is added only where the project has none).
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import math
import re
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from airgap.engine.api import CancelToken, FinishReason, GenerationStats, Role, SamplingSettings
from airgap.store import conversations as cv
from airgap.store import search
from airgap.store._driver import Connection
from airgap.store.errors import ImportFailed, StoreCode, StoreError
from airgap.store.export import FORMAT, VERSION
from airgap.store.models import ImportReport
from airgap.text import clean_text

if TYPE_CHECKING:
    from airgap.store.store import Store
    from airgap.store.translation import ParsedTranslation

MAX_IMPORT_BYTES = 1 << 30
# One stepwise transaction ends after either: short, so a reply's saves get in between and
# progress moves; long enough that a commit per batch costs little.
BATCH_SECONDS = 0.2
BATCH_CONVERSATIONS = 50


@dataclass
class ParsedMessage:
    local_id: int
    parent: int | None
    role: Role
    content: str
    reasoning: str = ""
    model_id: str = ""
    thinking: bool = False
    finish_reason: FinishReason | None = None
    error: str | None = None
    stats: GenerationStats | None = None
    created_at: float = 0.0
    updated_at: float = 0.0


@dataclass
class ParsedConversation:
    uuid: str
    title: str
    created_at: float
    updated_at: float
    model_id: str = ""
    system_prompt: str = ""
    settings: SamplingSettings = field(default_factory=SamplingSettings)
    thinking: bool = False
    pinned: bool = False
    archived: bool = False
    selected_leaf: int | None = None
    messages: list[ParsedMessage] = field(default_factory=list)


@dataclass
class ParsedImport:
    """Everything a file holds, checked completely before anything is written."""

    conversations: list[ParsedConversation] = field(default_factory=list)
    translation: ParsedTranslation | None = None


@dataclass
class ImportPlan:
    """A file whose format, version and translator data are checked; its conversations are
    parsed (and checked) one at a time as `conversations` is iterated."""

    source: str
    count: int  # conversations in the file
    conversations: Iterator[ParsedConversation]
    translation: ParsedTranslation | None = None
    chatgpt: bool = False  # a ChatGPT file must hold at least one message Airgap can import


@dataclass(frozen=True)
class ImportProgress:
    """How far a stepwise import is: given to the progress callback after each batch."""

    done: int  # conversations written or skipped so far
    total: int  # conversations to write (all of the file's, or those before a damaged one)
    messages: int  # messages written so far


@dataclass(frozen=True)
class StepwiseImport:
    """What a stepwise import kept: whole conversations, committed batch by batch."""

    report: ImportReport  # what was written (everything, when `complete`)
    total: int  # conversations in the file
    cancelled: bool = False
    error: StoreError | None = None  # what stopped it before the end: ImportFailed naming
    # the damaged conversation, DiskFull, …

    @property
    def failure(self) -> str:
        return "" if self.error is None else self.error.message

    @property
    def complete(self) -> bool:
        return not self.cancelled and self.error is None


# ------------------------------------------------------------------ entry points


def parse_file(path: Path) -> ParsedImport:
    return parse_data(load_file(path), source=path.name)


_gc_lock = threading.Lock()
_gc_pausers = 0


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while an import builds millions of objects.

    Each full collection walks every object while holding the GIL: at 50,000 messages that
    stalls the window's thread for 0.3-0.4 s at a time, growing with the file, and halves
    the reading speed. JSON data has no reference cycles, so it still goes as soon as it is
    dropped. Nestable, and from several threads: the last one out turns it back on."""
    global _gc_pausers
    with _gc_lock:
        ours = _gc_pausers > 0 or gc.isenabled()  # else someone else turned it off: leave it
        if ours:
            _gc_pausers += 1
            gc.disable()
    try:
        yield
    finally:
        if ours:
            with _gc_lock:
                _gc_pausers -= 1
                if _gc_pausers == 0:
                    gc.enable()


def load_file(path: Path) -> Any:
    """The JSON data of an import file (or of the conversations.json in a zip archive)."""
    with gc_paused():
        return _load_file(path)


def _load_file(path: Path) -> Any:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFailed(StoreCode.IMPORT_TOO_LARGE, name=name, size_mb=size >> 20)
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(
            StoreCode.IMPORT_UNREADABLE, name=name, reason=str(exc.strerror)
        ) from exc
    if raw[:4] == b"PK\x03\x04":
        raw = _from_zip(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(StoreCode.IMPORT_NOT_UTF8, name=name) from exc
    if not text.strip():
        raise ImportFailed(StoreCode.IMPORT_EMPTY, name=name)
    try:
        data = _loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            StoreCode.IMPORT_NOT_JSON,
            name=name,
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from exc
    return data


_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _skip(text: str, at: int) -> int:
    """Past the JSON white space at text[at] (the pattern always matches)."""
    return _SPACE.match(text, at).end()  # type: ignore[union-attr]


def _loads(text: str, at: int = 0, depth: int = 2) -> Any:
    """json.loads, but the outer two levels of lists and objects item by item: json's
    decoder holds the GIL for a whole document, and while a big ChatGPT export (hundreds of
    MB) is read the window's thread must get it between conversations."""
    value, end = _decode(text, _skip(text, at), depth)
    end = _skip(text, end)
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return value


def _decode(text: str, at: int, depth: int) -> tuple[Any, int]:
    """The JSON value at text[at] (no space before it) and where it ends."""
    opener = text[at : at + 1]
    if depth == 0 or opener not in ("[", "{"):
        return _DECODER.raw_decode(text, at)
    closer = "]" if opener == "[" else "}"
    items: list[Any] = []
    members: dict[str, Any] = {}
    at = _skip(text, at + 1)
    if text.startswith(closer, at):
        return (items if opener == "[" else members), at + 1
    while True:
        if opener == "{":
            if not text.startswith('"', at):
                raise json.JSONDecodeError(
                    "Expecting property name enclosed in double quotes", text, at
                )
            key, at = _DECODER.raw_decode(text, at)
            at = _skip(text, at)
            if not text.startswith(":", at):
                raise json.JSONDecodeError("Expecting ':' delimiter", text, at)
            at = _skip(text, at + 1)
            members[key], at = _decode(text, at, depth - 1)
        else:
            item, at = _decode(text, at, depth - 1)
            items.append(item)
        at = _skip(text, at)
        if text.startswith(",", at):
            at = _skip(text, at + 1)
        elif text.startswith(closer, at):
            return (items if opener == "[" else members), at + 1
        else:
            raise json.JSONDecodeError("Expecting ',' delimiter", text, at)


def _from_zip(path: Path) -> bytes:
    """conversations.json out of ChatGPT's export archive (the zip it e-mails)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.rsplit("/", 1)[-1] == "conversations.json"]
            if not names:
                raise ImportFailed(StoreCode.IMPORT_ZIP_NO_CONVERSATIONS, name=path.name)
            info = archive.getinfo(names[0])
            if info.file_size > MAX_IMPORT_BYTES:
                raise ImportFailed(StoreCode.IMPORT_ZIP_TOO_LARGE, name=path.name)
            return archive.read(info)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFailed(StoreCode.IMPORT_ZIP_DAMAGED, name=path.name) from exc


def parse_data(data: Any, *, source: str) -> ParsedImport:
    plan = plan_data(data, source=source)
    conversations = list(plan.conversations)
    if plan.chatgpt:
        _require_messages(conversations, source)
    return ParsedImport(conversations, plan.translation)


def plan_data(data: Any, *, source: str) -> ImportPlan:
    """Check what concerns the whole file (format, version, translator data): a problem
    there raises ImportFailed before anything is written."""
    if isinstance(data, dict) and data.get("format") == FORMAT:
        conversations = iter_airgap(data, source)  # checks the version first
        plan = ImportPlan(source, len(data["conversations"]), conversations)
        if data.get("translation") is not None:
            plan.translation = parse_translation(data["translation"], source)
        return plan
    if isinstance(data, dict) and "mapping" in data:
        data = [data]  # a single ChatGPT conversation
    if isinstance(data, list) and all(isinstance(c, dict) and "mapping" in c for c in data):
        return ImportPlan(source, len(data), iter_chatgpt(data, source), chatgpt=True)
    raise ImportFailed(StoreCode.IMPORT_UNKNOWN_FORMAT, name=source)


def import_stepwise(
    store: Store,
    plan: ImportPlan,
    *,
    progress: Callable[[ImportProgress], None] | None = None,
    cancel: CancelToken | None = None,
) -> StepwiseImport:
    """Write `plan` whole conversation by whole conversation, in transactions of at most
    BATCH_CONVERSATIONS or about BATCH_SECONDS; `progress` is called (on this thread) before
    the first and after each.

    Cancelling (checked between conversations) or a damaged conversation stops it; what was
    written before stays, the translator's data is written only when every conversation was.
    A file with nothing importable at all raises ImportFailed, nothing written."""
    with gc_paused():
        return _import_stepwise(store, plan, progress, cancel)


def _import_stepwise(
    store: Store,
    plan: ImportPlan,
    progress: Callable[[ImportProgress], None] | None,
    cancel: CancelToken | None,
) -> StepwiseImport:
    parsed: list[ParsedConversation] = []
    damaged: ImportFailed | None = None
    try:
        for pc in plan.conversations:
            if cancel is not None and cancel.cancelled:
                return StepwiseImport(ImportReport(0, 0), plan.count, cancelled=True)
            parsed.append(pc)
    except ImportFailed as exc:
        damaged = exc
    if plan.chatgpt and damaged is None:
        _require_messages(parsed, plan.source)
    written: list[tuple[int | None, int]] = []  # per conversation: (new id or None, messages)

    def tally() -> ImportReport:
        ids = tuple(cid for cid, _ in written if cid is not None)
        return ImportReport(
            conversations=len(ids),
            messages=sum(n for _, n in written),
            skipped=len(written) - len(ids),
            conversation_ids=ids,
        )

    def batch(conn: Connection) -> None:
        ends = time.monotonic() + BATCH_SECONDS
        for pc in parsed[len(written) : len(written) + BATCH_CONVERSATIONS]:
            written.append(_write_conversation(conn, pc))
            if time.monotonic() > ends or (cancel is not None and cancel.cancelled):
                break

    total = len(parsed)
    if progress is not None:
        progress(ImportProgress(0, total, 0))
    while len(written) < total:
        if cancel is not None and cancel.cancelled:
            return StepwiseImport(tally(), plan.count, cancelled=True)
        done = len(written)
        try:
            store._tx(batch)
        except StoreError as exc:  # a full disk, a damaged database: the batch rolled back
            del written[done:]
            return StepwiseImport(tally(), plan.count, error=exc)
        if progress is not None:
            report = tally()
            progress(ImportProgress(len(written), total, report.messages))
    if damaged is not None:
        return StepwiseImport(tally(), plan.count, error=damaged)
    report = tally()
    if plan.translation is not None:
        from airgap.store.translation import write_translation

        translation = plan.translation
        projects, terms, pairs = store._tx(lambda conn: write_translation(conn, translation))
        report = dataclasses.replace(report, projects=projects, terms=terms, memory_pairs=pairs)
    return StepwiseImport(report, plan.count)


def _require_messages(conversations: list[ParsedConversation], source: str) -> None:
    if conversations and not any(pc.messages for pc in conversations):
        raise ImportFailed(StoreCode.IMPORT_NO_MESSAGES, name=source)


def write_parsed(conn: Connection, parsed: ParsedImport | list[ParsedConversation]) -> ImportReport:
    """Insert everything (the caller holds one transaction)."""
    if isinstance(parsed, list):
        parsed = ParsedImport(parsed)
    imported: list[int] = []
    messages = skipped = 0
    for pc in parsed.conversations:
        cid, count = _write_conversation(conn, pc)
        if cid is None:
            skipped += 1
        else:
            imported.append(cid)
            messages += count
    projects = terms = pairs = 0
    if parsed.translation is not None:
        from airgap.store.translation import write_translation

        projects, terms, pairs = write_translation(conn, parsed.translation)
    return ImportReport(
        conversations=len(imported),
        messages=messages,
        skipped=skipped,
        conversation_ids=tuple(imported),
        projects=projects,
        terms=terms,
        memory_pairs=pairs,
    )


def _write_conversation(conn: Connection, pc: ParsedConversation) -> tuple[int | None, int]:
    """Insert one conversation with its messages: (its id, messages), or (None, 0) when one
    with the same uuid is already here."""
    if conn.execute("SELECT 1 FROM conversations WHERE uuid = ?", (pc.uuid,)).fetchone():
        return None, 0
    cid = cv.insert_conversation(
        conn,
        title=pc.title,
        model_id=pc.model_id,
        system_prompt=pc.system_prompt,
        settings=pc.settings,
        thinking=pc.thinking,
        pinned=pc.pinned,
        archived=pc.archived,
        uuid=pc.uuid,
        created_at=pc.created_at,
        updated_at=pc.updated_at,
    )
    search.index_title(conn, cid, pc.title)
    ids: dict[int, int] = {}
    for pm in pc.messages:
        mid = cv.insert_message(
            conn,
            conversation_id=cid,
            parent_id=None if pm.parent is None else ids[pm.parent],
            role=pm.role,
            content=pm.content,
            reasoning=pm.reasoning,
            model_id=pm.model_id,
            thinking=pm.thinking,
            finish_reason=pm.finish_reason,
            error=pm.error,
            stats=pm.stats,
            created_at=pm.created_at,
            updated_at=pm.updated_at,
        )
        ids[pm.local_id] = mid
        search.index_message(conn, mid, pm.content, pm.reasoning)
    if pc.selected_leaf is not None:
        conn.execute(
            "UPDATE conversations SET selected_leaf_id = ? WHERE id = ?",
            (ids[pc.selected_leaf], cid),
        )
    return cid, len(pc.messages)


# ------------------------------------------------------------------ our format


class _Check:
    """Typed field access that names the place of a problem."""

    def __init__(self, source: str, where: str, obj: Any) -> None:
        if not isinstance(obj, dict):
            raise ImportFailed(f"{source}: {where} is not an object.")
        self.source, self.where, self.obj = source, where, obj

    def fail(self, what: str) -> ImportFailed:
        return ImportFailed(f"{self.source}: {self.where}: {what}.")

    def get(self, key: str, kind: type | tuple[type, ...], *, optional: bool = False) -> Any:
        if key not in self.obj:
            if optional:
                return None
            raise self.fail(f"'{key}' is missing")
        value = self.obj[key]
        if value is None and optional:
            return None
        if isinstance(value, bool) and kind in (int, float, (int, float)):
            raise self.fail(f"'{key}' must be a number")
        if not isinstance(value, kind):
            raise self.fail(f"'{key}' has the wrong type ({type(value).__name__})")
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(f"'{key}' is not a finite number")
        return value

    def text(self, key: str, *, optional: bool = False) -> str:
        value = self.get(key, str, optional=optional)
        return "" if value is None else clean_text(value)

    def number(self, key: str) -> float:
        return float(self.get(key, (int, float)))


def _dataclass_from(cls: type, data: Any, check: _Check, key: str) -> Any:
    if not isinstance(data, dict):
        raise check.fail(f"'{key}' is not an object")
    names = {f.name for f in dataclasses.fields(cls)}
    try:
        return cls(**{k: v for k, v in data.items() if k in names})
    except TypeError as exc:
        raise check.fail(f"'{key}' is not valid ({exc})") from exc


def parse_airgap(data: dict[str, Any], source: str) -> list[ParsedConversation]:
    return list(iter_airgap(data, source))


def iter_airgap(data: dict[str, Any], source: str) -> Iterator[ParsedConversation]:
    """Checks the version at once, each conversation as it is reached."""
    top = _Check(source, "the file", data)
    version = top.get("version", int)
    if version > VERSION:
        raise ImportFailed(StoreCode.IMPORT_NEWER, name=source, version=version)
    return _airgap_conversations(top.get("conversations", list), source)


def _airgap_conversations(raws: list[Any], source: str) -> Iterator[ParsedConversation]:
    seen: set[str] = set()
    for n, raw in enumerate(raws, start=1):
        c = _Check(source, f"conversation {n}", raw)
        uuid = c.text("uuid")
        if not uuid or uuid in seen:
            raise c.fail("'uuid' is empty or repeated")
        seen.add(uuid)
        settings = _dataclass_from(SamplingSettings, c.get("settings", dict), c, "settings")
        pc = ParsedConversation(
            uuid=uuid,
            title=c.text("title"),
            created_at=c.number("created_at"),
            updated_at=c.number("updated_at"),
            model_id=c.text("model_id"),
            system_prompt=c.text("system_prompt"),
            settings=settings,
            thinking=c.get("thinking", bool),
            pinned=c.get("pinned", bool),
            archived=c.get("archived", bool),
            selected_leaf=c.get("selected_leaf", int, optional=True),
        )
        local_ids: set[int] = set()
        for k, rawm in enumerate(c.get("messages", list), start=1):
            m = _Check(source, f"conversation {n}, message {k}", rawm)
            local_id = m.get("id", int)
            parent = m.get("parent", int, optional=True)
            if local_id in local_ids:
                raise m.fail(f"id {local_id} is repeated")
            if parent is not None and parent not in local_ids:
                raise m.fail(f"parent {parent} is not an earlier message")
            try:
                role = Role(m.get("role", str))
                reason_raw = m.get("finish_reason", str, optional=True)
                reason = None if reason_raw is None else FinishReason(reason_raw)
            except ValueError as exc:
                raise m.fail(str(exc)) from exc
            if role is Role.ASSISTANT and reason is None:
                reason = FinishReason.INTERRUPTED
            stats_raw = m.get("stats", dict, optional=True)
            stats = None
            if stats_raw is not None:
                stats_raw = dict(stats_raw)
                experts = stats_raw.pop("experts", None)
                stats = _dataclass_from(GenerationStats, stats_raw, m, "stats")
                if experts is not None:
                    from airgap.engine.api import ExpertStats

                    stats = dataclasses.replace(
                        stats, experts=_dataclass_from(ExpertStats, experts, m, "stats.experts")
                    )
            pc.messages.append(
                ParsedMessage(
                    local_id=local_id,
                    parent=parent,
                    role=role,
                    content=m.text("content"),
                    reasoning=m.text("reasoning"),
                    model_id=m.text("model_id"),
                    thinking=m.get("thinking", bool),
                    finish_reason=reason,
                    error=m.text("error", optional=True) or None,
                    stats=stats,
                    created_at=m.number("created_at"),
                    updated_at=m.number("updated_at"),
                )
            )
            local_ids.add(local_id)
        if pc.selected_leaf is not None and pc.selected_leaf not in local_ids:
            raise c.fail(f"'selected_leaf' {pc.selected_leaf} is not one of its messages")
        yield pc


# ------------------------------------------------------------------ the translator's data


def parse_translation(raw: Any, source: str) -> ParsedTranslation:
    """The "translation" object of a version-2 export, every value checked."""
    from airgap.store.translation import (
        ParsedProject,
        ParsedTranslation,
        ProjectError,
        ProjectSettings,
        TranslationProject,
        clean_name,
        clean_settings,
    )
    from airgap.translate.errors import UnknownLanguage
    from airgap.translate.glossary import Term
    from airgap.translate.languages import normalize
    from airgap.translate.memory import TMEntry

    top = _Check(source, "the translator's data", raw)
    out = ParsedTranslation()
    names: set[str] = set()
    for n, rawp in enumerate(top.get("projects", list), start=1):
        p = _Check(source, f"translation project {n}", rawp)
        try:
            name = clean_name(p.text("name"))
        except ProjectError as exc:
            raise p.fail(exc.message.rstrip(".")) from exc
        if name in names:
            raise p.fail(f"the name “{name}” is repeated")
        names.add(name)
        p.where = f"translation project {n} (“{name}”)"
        s = _Check(source, f"{p.where}, settings", p.get("settings", dict))
        try:
            settings = clean_settings(
                ProjectSettings(
                    s.text("source_lang"),
                    s.text("target_lang"),
                    s.text("register"),
                    s.text("instructions"),
                    bool(s.get("thinking", bool, optional=True)),  # newer exports only
                )
            )
        except ImportFailed as exc:
            raise s.fail(exc.message.rstrip(".")) from exc
        project = TranslationProject(name, settings, p.number("created_at"), p.number("updated_at"))
        terms: list[Term] = []
        for k, rawt in enumerate(p.get("terms", list), start=1):
            t = _Check(source, f"{p.where}, term {k}", rawt)
            term = Term(
                t.text("source").strip(),
                t.text("target").strip(),
                t.text("note").strip(),
                t.get("case_sensitive", bool),
                t.get("width_sensitive", bool),
            )
            if not term.source or not term.target:
                raise t.fail("a term needs both a source and a target")
            terms.append(term)
        out.projects.append(ParsedProject(project, terms))
    for n, rawe in enumerate(top.get("memory", list), start=1):
        e = _Check(source, f"translation memory pair {n}", rawe)
        text, target = e.text("source"), e.text("target")
        if not text.strip() or not target.strip():
            raise e.fail("a pair needs both a source and a target")
        try:
            src, tgt = normalize(e.text("source_lang")), normalize(e.text("target_lang"))
        except UnknownLanguage as exc:
            raise e.fail(exc.message.rstrip(".")) from exc
        out.memory.append(TMEntry(text, target, src, tgt, e.number("created_at"), e.text("origin")))
    for n, rawd in enumerate(top.get("documents", list, optional=True) or [], start=1):
        out.documents.append(_parse_document(_Check(source, f"translation document {n}", rawd)))
    return out


def _parse_document(d: _Check) -> Any:
    """One project's open document (the original in base64, its changed segments)."""
    import base64
    import binascii

    from airgap.store.translation import (
        MAX_DOCUMENT_BYTES,
        ParsedDocument,
        SegmentRow,
        StoredDocument,
    )

    project = d.get("project", str, optional=True)
    name, fmt = d.text("name"), d.text("format")
    if not name or not fmt:
        raise d.fail("a document needs a name and a format")
    d.where = f"{d.where} (“{name}”)"
    try:
        original = base64.b64decode(d.get("original", str), validate=True)
    except binascii.Error as exc:
        raise d.fail("the original file is not valid base64") from exc
    if len(original) > MAX_DOCUMENT_BYTES:
        raise d.fail("the original file is too large")
    rows = []
    for k, raws in enumerate(d.get("segments", list), start=1):
        r = _Check(d.source, f"{d.where}, segment {k}", raws)
        position = r.get("position", int)
        if isinstance(position, bool) or position < 0:
            raise r.fail("'position' must be a whole number")
        rows.append(
            # As stored: the source must match the original read again exactly.
            SegmentRow(
                position, r.get("segment_id", str), r.get("source", str), r.get("state", dict)
            )
        )
    document = StoredDocument(
        "", name, fmt, original, d.text("path", optional=True), d.get("state", dict), rows
    )
    return ParsedDocument(None if project is None else clean_text(project), document)


# ------------------------------------------------------------------ ChatGPT


def _chatgpt_text(content: dict[str, Any]) -> tuple[str, str]:
    """(answer text, reasoning text) of a ChatGPT message's `content`."""
    kind = content.get("content_type")
    if kind in ("text", "multimodal_text"):
        parts = []
        for part in content.get("parts") or []:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict):
                if isinstance(part.get("text"), str):
                    parts.append(part["text"])
                elif "image" in str(part.get("content_type", "")):
                    parts.append("[image]")
        return "\n".join(p for p in parts if p), ""
    if kind == "code":
        text = content.get("text")
        return (f"```\n{text}\n```" if isinstance(text, str) and text else ""), ""
    if kind == "thoughts":
        chunks = []
        for t in content.get("thoughts") or []:
            if isinstance(t, dict):
                chunks += [str(t.get(k)) for k in ("summary", "content") if t.get(k)]
        return "", "\n\n".join(chunks)
    return "", ""


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _as_time(value: Any, default: float) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return default


def parse_chatgpt(data: list[Any], source: str) -> list[ParsedConversation]:
    out = list(iter_chatgpt(data, source))
    _require_messages(out, source)
    return out


def iter_chatgpt(data: list[Any], source: str) -> Iterator[ParsedConversation]:
    """Each conversation checked as it is reached (repeated ids: the first one only)."""
    seen: set[str] = set()
    for n, raw in enumerate(data, start=1):
        c = _Check(source, f"conversation {n}", raw)
        mapping = c.get("mapping", dict)
        title = clean_text(raw.get("title") or "") if isinstance(raw.get("title"), str) else ""
        if title:
            c.where = f"conversation {n} ('{title[:40]}')"
        created = _as_time(raw.get("create_time"), 0.0)
        updated = _as_time(raw.get("update_time"), created)
        ident = raw.get("conversation_id") or raw.get("id")
        uuid = f"chatgpt-{ident}" if isinstance(ident, str) and ident else None
        if uuid is None:
            import hashlib

            digest = hashlib.sha256(json.dumps(raw, sort_keys=True).encode()).hexdigest()
            uuid = f"chatgpt-{digest[:32]}"
        if uuid in seen:
            continue
        seen.add(uuid)
        nodes: dict[str, dict[str, Any]] = {}
        for node_id, node in mapping.items():
            if not isinstance(node, dict):
                raise c.fail(f"mapping entry {node_id!r} is not an object")
            nodes[str(node_id)] = node
        roots = [
            nid
            for nid, node in nodes.items()
            if not node.get("parent") or node["parent"] not in nodes
        ]
        if nodes and not roots:
            raise c.fail("its message tree has no root (a cycle)")
        pc = ParsedConversation(uuid=uuid, title=title, created_at=created, updated_at=updated)
        if isinstance(raw.get("default_model_slug"), str):
            pc.model_id = raw["default_model_slug"]
        kept: dict[str, int] = {}  # node id -> local id of the nearest kept node at/above it
        visited: set[str] = set()
        # Depth-first in order, carrying the nearest kept ancestor and pending reasoning.
        stack: list[tuple[str, int | None, str]] = [(r, None, "") for r in reversed(roots)]
        while stack:
            nid, parent_local, pending = stack.pop()
            if nid in visited:
                raise c.fail("its message tree has a cycle")
            visited.add(nid)
            node = nodes[nid]
            here_local, pending_next = parent_local, pending
            msg = node.get("message")
            if isinstance(msg, dict):
                role_raw = (
                    (msg.get("author") or {}).get("role")
                    if isinstance(msg.get("author"), dict)
                    else None
                )
                content: dict[str, Any] = _obj(msg.get("content"))
                meta: dict[str, Any] = _obj(msg.get("metadata"))
                text, reasoning = _chatgpt_text(content)
                hidden = bool(meta.get("is_visually_hidden_from_conversation"))
                if reasoning and role_raw == "assistant":
                    pending_next = (pending + "\n\n" + reasoning).strip()
                elif role_raw in ("user", "assistant") and text.strip() and not hidden:
                    role = Role(role_raw)
                    t = _as_time(msg.get("create_time"), created)
                    local = len(pc.messages) + 1
                    pc.messages.append(
                        ParsedMessage(
                            local_id=local,
                            parent=parent_local,
                            role=role,
                            content=clean_text(text),
                            reasoning=clean_text(pending) if role is Role.ASSISTANT else "",
                            model_id=str(meta.get("model_slug") or "")
                            if role is Role.ASSISTANT
                            else "",
                            thinking=bool(pending) and role is Role.ASSISTANT,
                            finish_reason=FinishReason.STOP if role is Role.ASSISTANT else None,
                            created_at=t,
                            updated_at=_as_time(msg.get("update_time"), t),
                        )
                    )
                    here_local, pending_next = local, ""
                    if role is Role.ASSISTANT and not pc.model_id:
                        pc.model_id = str(meta.get("model_slug") or "")
            if here_local is not None:
                kept[nid] = here_local
            children = node.get("children") or []
            if not isinstance(children, list):
                raise c.fail(f"node {nid!r} has 'children' that is not a list")
            if not children:
                children = [k for k, v in nodes.items() if v.get("parent") == nid]
            for child in reversed([str(x) for x in children if str(x) in nodes]):
                stack.append((child, here_local, pending_next))
        current = raw.get("current_node")
        if isinstance(current, str) and current in kept:
            pc.selected_leaf = kept[current]
        elif pc.messages:
            pc.selected_leaf = pc.messages[-1].local_id
        if not pc.title and pc.messages:
            pc.title = " ".join(pc.messages[0].content.split())[: cv.TITLE_LENGTH]
        yield pc
