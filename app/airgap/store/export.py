"""Export: lossless JSON (whole trees, reasoning, settings, stats; a whole-store export also
the translator's projects, glossaries and memory) and readable Markdown (the visible branch,
reasoning folded into a <details> block).

Format versions: 1 had conversations only; 2 adds "translation" (projects with settings and
terms, memory pairs; later also each project's open document, its original in base64, which
older versions ignore) to whole-store exports. Every older version still imports."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from airgap.engine.api import FinishReason, Role
from airgap.store import conversations as cv
from airgap.store._driver import Connection
from airgap.store.models import Conversation, Message

FORMAT = "airgap"
VERSION = 2


def _conversations(conn: Connection, ids: Sequence[int] | None) -> list[Conversation]:
    if ids is None:
        rows = conn.execute(
            f"SELECT {cv.CONVERSATION_COLUMNS} FROM conversations WHERE deleted_at IS NULL "
            "ORDER BY id"
        ).fetchall()
        return [cv.to_conversation(r) for r in rows]
    return [cv.get_conversation(conn, i) for i in ids]


def _messages(conn: Connection, conversation_id: int) -> list[Message]:
    rows = conn.execute(
        f"SELECT {cv.MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY id",
        (conversation_id,),
    ).fetchall()
    return [cv.to_message(r) for r in rows]


def conversation_to_dict(conn: Connection, conv: Conversation) -> dict[str, Any]:
    messages = _messages(conn, conv.id)
    local = {m.id: n for n, m in enumerate(messages, start=1)}
    return {
        "uuid": conv.uuid,
        "title": conv.title,
        "created_at": conv.created_at,
        "updated_at": conv.updated_at,
        "model_id": conv.model_id,
        "system_prompt": conv.system_prompt,
        "settings": dataclasses.asdict(conv.settings),
        "thinking": conv.thinking,
        "pinned": conv.pinned,
        "archived": conv.archived,
        "selected_leaf": local.get(conv.selected_leaf_id) if conv.selected_leaf_id else None,
        "messages": [
            {
                "id": local[m.id],
                "parent": local.get(m.parent_id) if m.parent_id is not None else None,
                "role": m.role.value,
                "content": m.content,
                "reasoning": m.reasoning,
                "model_id": m.model_id,
                "thinking": m.thinking,
                # A reply still streaming is exported as what it would be after a crash.
                "finish_reason": _finish(m),
                "error": m.error,
                "stats": None if m.stats is None else dataclasses.asdict(m.stats),
                "created_at": m.created_at,
                "updated_at": m.updated_at,
            }
            for m in messages
        ],
    }


def _finish(m: Message) -> str | None:
    if m.finish_reason is not None:
        return m.finish_reason.value
    # A reply still streaming is exported as what it would be after a crash.
    return FinishReason.INTERRUPTED.value if m.role is Role.ASSISTANT else None


def export_json(conn: Connection, ids: Sequence[int] | None = None) -> dict[str, Any]:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "conversations": [conversation_to_dict(conn, c) for c in _conversations(conn, ids)],
    }
    if ids is None:  # the whole store; exporting chosen conversations leaves glossaries out
        from airgap.store.translation import export_translation

        data["translation"] = export_translation(conn)
    return data


def _when(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def conversation_to_markdown(conn: Connection, conv: Conversation) -> str:
    lines = [f"# {conv.title or 'Untitled conversation'}", ""]
    meta = [_when(conv.created_at)]
    if conv.model_id:
        meta.insert(0, f"Model: {conv.model_id}")
    lines += [f"*{' · '.join(meta)}*", ""]
    if conv.system_prompt:
        lines += ["> **System prompt:** " + conv.system_prompt.replace("\n", "\n> "), ""]
    path = [] if conv.selected_leaf_id is None else cv.path_to(conn, conv.selected_leaf_id)
    for m in path:
        who = {Role.USER: "You", Role.ASSISTANT: "Assistant", Role.SYSTEM: "System"}[m.role]
        lines += [f"### {who}", ""]
        if m.reasoning:
            lines += [
                "<details>",
                "<summary>Reasoning</summary>",
                "",
                m.reasoning.strip("\n"),
                "",
                "</details>",
                "",
            ]
        content = m.content.strip("\n")
        if content:
            lines += [content, ""]
        reason = _finish(m)
        if reason in ("interrupted", "cancelled", "length"):
            lines += [f"*({reason})*", ""]
        elif m.finish_reason is FinishReason.ERROR:
            lines += [f"*(error: {m.error or 'unknown'})*", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def export_markdown(conn: Connection, ids: Sequence[int] | None = None) -> str:
    return "\n---\n\n".join(conversation_to_markdown(conn, c) for c in _conversations(conn, ids))


def write_text_atomic(dest: Path, text: str) -> Path:
    """Write to a temporary file in the same folder, fsync, rename over `dest`."""
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        Path(tmp).replace(dest)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise
    return dest
