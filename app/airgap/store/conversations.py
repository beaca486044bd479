"""Conversations and their message trees, as SQL over one connection (no threads here).

A conversation's messages form a tree through `parent_id`: editing a user message or
regenerating an answer adds a sibling, nothing is erased. The conversation remembers the
leaf of the branch on screen (`selected_leaf_id`); the visible messages are the path from
the root to that leaf.
"""

from __future__ import annotations

import dataclasses
import json
import time
import uuid as uuidlib
from typing import Any

from airgap.engine.api import (
    ExpertStats,
    FinishReason,
    GenerationStats,
    Role,
    SamplingSettings,
)
from airgap.store._driver import Connection
from airgap.store.errors import NotFound, StoreCode
from airgap.store.models import Conversation, Message, Siblings

CONVERSATION_COLUMNS = (
    "id, uuid, title, created_at, updated_at, model_id, system_prompt, settings, thinking, "
    "pinned, archived, deleted_at, selected_leaf_id"
)
MESSAGE_COLUMNS = (
    "id, conversation_id, parent_id, role, content, reasoning, model_id, thinking, "
    "finish_reason, error, stats, created_at, updated_at"
)
TITLE_LENGTH = 60


def now() -> float:
    return time.time()


# ------------------------------------------------------------------ (de)serialisation


def settings_to_json(settings: SamplingSettings) -> str:
    return json.dumps(dataclasses.asdict(settings), sort_keys=True)


def settings_from_json(text: str) -> SamplingSettings:
    data = json.loads(text or "{}")
    names = {f.name for f in dataclasses.fields(SamplingSettings)}
    return SamplingSettings(**{k: v for k, v in data.items() if k in names})


def stats_to_json(stats: GenerationStats | None) -> str | None:
    return None if stats is None else json.dumps(dataclasses.asdict(stats), sort_keys=True)


def stats_from_json(text: str | None) -> GenerationStats | None:
    if not text:
        return None
    data: dict[str, Any] = json.loads(text)
    names = {f.name for f in dataclasses.fields(GenerationStats)}
    experts = data.pop("experts", None)
    expert_names = {f.name for f in dataclasses.fields(ExpertStats)}
    return GenerationStats(
        **{k: v for k, v in data.items() if k in names},
        experts=None
        if experts is None
        else ExpertStats(**{k: v for k, v in experts.items() if k in expert_names}),
    )


def to_conversation(row: tuple[Any, ...]) -> Conversation:
    return Conversation(
        id=row[0],
        uuid=row[1],
        title=row[2],
        created_at=row[3],
        updated_at=row[4],
        model_id=row[5],
        system_prompt=row[6],
        settings=settings_from_json(row[7]),
        thinking=bool(row[8]),
        pinned=bool(row[9]),
        archived=bool(row[10]),
        deleted=row[11] is not None,
        selected_leaf_id=row[12],
    )


def to_message(row: tuple[Any, ...]) -> Message:
    return Message(
        id=row[0],
        conversation_id=row[1],
        parent_id=row[2],
        role=Role(row[3]),
        content=row[4],
        reasoning=row[5],
        model_id=row[6],
        thinking=bool(row[7]),
        finish_reason=None if row[8] is None else FinishReason(row[8]),
        error=row[9],
        stats=stats_from_json(row[10]),
        created_at=row[11],
        updated_at=row[12],
    )


# ------------------------------------------------------------------ conversations


def get_conversation(
    conn: Connection, conversation_id: int, *, deleted: bool = False
) -> Conversation:
    row = conn.execute(
        f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
    ).fetchone()
    if row is None or (row[11] is not None and not deleted):
        raise NotFound(StoreCode.CONVERSATION_GONE)
    return to_conversation(row)


def list_conversations(
    conn: Connection, *, archived: bool | None, deleted: bool = False, limit: int | None = None
) -> list[Conversation]:
    where = ["deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"]
    if archived is not None:
        where.append(f"archived = {int(archived)}")
    sql = (
        f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE {' AND '.join(where)} "
        "ORDER BY pinned DESC, updated_at DESC, id DESC"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [to_conversation(r) for r in conn.execute(sql)]


def insert_conversation(
    conn: Connection,
    *,
    title: str,
    model_id: str = "",
    system_prompt: str = "",
    settings: SamplingSettings | None = None,
    thinking: bool = False,
    pinned: bool = False,
    archived: bool = False,
    uuid: str | None = None,
    created_at: float | None = None,
    updated_at: float | None = None,
) -> int:
    t = now()
    cur = conn.execute(
        "INSERT INTO conversations (uuid, title, created_at, updated_at, model_id, "
        "system_prompt, settings, thinking, pinned, archived) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            uuid or str(uuidlib.uuid4()),
            title,
            t if created_at is None else created_at,
            t if updated_at is None else updated_at,
            model_id,
            system_prompt,
            settings_to_json(settings or SamplingSettings()),
            int(thinking),
            int(pinned),
            int(archived),
        ),
    )
    assert cur.lastrowid is not None
    return int(cur.lastrowid)


def touch(conn: Connection, conversation_id: int, *, leaf_id: int | None = None) -> None:
    if leaf_id is None:
        conn.execute(
            "UPDATE conversations SET updated_at = ? WHERE id = ?", (now(), conversation_id)
        )
    else:
        conn.execute(
            "UPDATE conversations SET updated_at = ?, selected_leaf_id = ? WHERE id = ?",
            (now(), leaf_id, conversation_id),
        )


# ------------------------------------------------------------------ messages


def get_message(conn: Connection, message_id: int) -> Message:
    row = conn.execute(
        f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE id = ?", (message_id,)
    ).fetchone()
    if row is None:
        raise NotFound(StoreCode.MESSAGE_GONE)
    return to_message(row)


def insert_message(
    conn: Connection,
    *,
    conversation_id: int,
    parent_id: int | None,
    role: Role,
    content: str = "",
    reasoning: str = "",
    model_id: str = "",
    thinking: bool = False,
    finish_reason: FinishReason | None = None,
    error: str | None = None,
    stats: GenerationStats | None = None,
    created_at: float | None = None,
    updated_at: float | None = None,
) -> int:
    t = now()
    cur = conn.execute(
        "INSERT INTO messages (conversation_id, parent_id, role, content, reasoning, model_id, "
        "thinking, finish_reason, error, stats, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            conversation_id,
            parent_id,
            role.value,
            content,
            reasoning,
            model_id,
            int(thinking),
            None if finish_reason is None else finish_reason.value,
            error,
            stats_to_json(stats),
            t if created_at is None else created_at,
            t if updated_at is None else updated_at,
        ),
    )
    assert cur.lastrowid is not None
    return int(cur.lastrowid)


def path_to(conn: Connection, leaf_id: int) -> list[Message]:
    """The messages from the root down to `leaf_id`, in order."""
    rows = conn.execute(
        f"""
        WITH RECURSIVE chain(id, depth) AS (
            SELECT ?, 0
            UNION ALL
            SELECT m.parent_id, chain.depth + 1 FROM messages m JOIN chain ON m.id = chain.id
            WHERE m.parent_id IS NOT NULL
        )
        SELECT {", ".join("m." + c.strip() for c in MESSAGE_COLUMNS.split(","))}
        FROM chain JOIN messages m ON m.id = chain.id ORDER BY chain.depth DESC
        """,
        (leaf_id,),
    ).fetchall()
    if not rows:
        raise NotFound(StoreCode.MESSAGE_GONE)
    return [to_message(r) for r in rows]


def children_ids(conn: Connection, message_id: int) -> list[int]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM messages WHERE parent_id = ? ORDER BY id", (message_id,)
        )
    ]


def siblings(conn: Connection, message_id: int) -> Siblings:
    msg = get_message(conn, message_id)
    if msg.parent_id is None:
        rows = conn.execute(
            "SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS NULL ORDER BY id",
            (msg.conversation_id,),
        )
    else:
        rows = conn.execute(
            "SELECT id FROM messages WHERE parent_id = ? ORDER BY id", (msg.parent_id,)
        )
    ids = tuple(r[0] for r in rows)
    return Siblings(ids=ids, index=ids.index(message_id))


def latest_leaf(conn: Connection, message_id: int) -> int:
    """Follow the newest child down from `message_id` to a leaf."""
    current = message_id
    while True:
        row = conn.execute(
            "SELECT max(id) FROM messages WHERE parent_id = ?", (current,)
        ).fetchone()
        if row is None or row[0] is None:
            return current
        current = row[0]


def mark_interrupted(conn: Connection) -> list[int]:
    """Rows still streaming (the app died mid-reply): keep them, marked INTERRUPTED."""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM messages WHERE finish_reason IS NULL AND role = 'assistant'"
        )
    ]
    if ids:
        conn.execute(
            "UPDATE messages SET finish_reason = ? "
            "WHERE finish_reason IS NULL AND role = 'assistant'",
            (FinishReason.INTERRUPTED.value,),
        )
    return ids
