"""CJK-aware full-text search over FTS5.

FTS5's `unicode61` treats a whole CJK run as one token and `trigram` never matches 1-2
character queries, so the index gets a shadow text instead of the raw one: everything is
NFKC-normalised and casefolded (ＡＢＣ -> abc, ｶﾀｶﾅ -> カタカナ), each CJK run becomes its
overlapping bigrams followed by its single characters, and the rest is left to unicode61.
A query goes through the same transform: a CJK run of n >= 2 characters becomes the phrase
of its n-1 bigrams, a single character its unigram; the query's words are ANDed.

`index_text` must stay stable: rows leave the contentless index by replaying their exact
indexed text. A change to it needs a migration that calls `reindex_all`.

The index is contentless; snippets are cut from the stored text with the same normalisation
applied character by character, so highlights land on the user's original characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from airgap.engine.api import Role
from airgap.store._driver import Connection
from airgap.store.models import SearchHit

_CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3040, 0x30FF),  # Hiragana, Katakana (incl. ー)
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK Ext. A
    (0x4E00, 0x9FFF),  # CJK unified
    (0xA960, 0xA97F),  # Hangul Jamo Ext. A
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xD7B0, 0xD7FF),  # Hangul Jamo Ext. B
    (0xF900, 0xFAFF),  # CJK compatibility
    (0x20000, 0x3134F),  # Ext. B..G
)


def is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _CJK_RANGES)


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _runs(text: str) -> Iterable[tuple[bool, str]]:
    """(is_cjk, run) pieces of already-normalised text."""
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or is_cjk(text[i]) != is_cjk(text[start]):
            if start < i:
                yield is_cjk(text[start]), text[start:i]
            start = i


def _bigrams(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_text(text: str) -> str:
    """The shadow text the FTS index stores for `text`."""
    out: list[str] = []
    for cjk, run in _runs(normalize(text)):
        if cjk:
            # Bigrams first and adjacent, so a query's bigram phrase matches consecutively.
            out.append(" " + " ".join([*_bigrams(run), *run]) + " ")
        else:
            out.append(run)
    return "".join(out)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def query_terms(query: str) -> list[str]:
    """The normalised pieces of a query the snippet highlighter looks for."""
    terms: list[str] = []
    for word in normalize(query).split():
        for cjk, run in _runs(word):
            if cjk:
                terms.append(run)
            else:
                terms.extend(t for t in re.split(r"[^\w]+", run) if t)
    return terms


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a user's query; None when it has nothing to search."""
    parts: list[str] = []
    for word in normalize(query).split():
        for cjk, run in _runs(word):
            if cjk:
                parts.append(_quote(" ".join(_bigrams(run)) if len(run) > 1 else run))
            elif re.search(r"\w", run):
                # unicode61 splits the quoted string into a phrase ("don't" -> don t).
                parts.append(_quote(run))
    return " AND ".join(parts) if parts else None


# ------------------------------------------------------------------ index maintenance


def is_indexed(role: str, finish_reason: str | None) -> bool:
    """A message is in the index once it is final: user text at once, replies when done.
    (The contentless index cannot tell; every caller keeps to this rule.)"""
    return role != "assistant" or finish_reason is not None


def index_message(conn: Connection, message_id: int, content: str, reasoning: str) -> None:
    """Add a message that is not in the index yet."""
    conn.execute(
        "INSERT INTO message_fts(rowid, body, reasoning) VALUES (?, ?, ?)",
        (message_id, index_text(content), index_text(reasoning)),
    )


def unindex_message(conn: Connection, message_id: int, content: str, reasoning: str) -> None:
    """Remove an indexed message; `content`/`reasoning` must be exactly what was indexed."""
    conn.execute(
        "INSERT INTO message_fts(message_fts, rowid, body, reasoning) VALUES('delete', ?, ?, ?)",
        (message_id, index_text(content), index_text(reasoning)),
    )


def index_title(conn: Connection, conversation_id: int, title: str) -> None:
    conn.execute(
        "INSERT INTO title_fts(rowid, title) VALUES (?, ?)", (conversation_id, index_text(title))
    )


def unindex_title(conn: Connection, conversation_id: int, title: str) -> None:
    conn.execute(
        "INSERT INTO title_fts(title_fts, rowid, title) VALUES('delete', ?, ?)",
        (conversation_id, index_text(title)),
    )


def reindex_all(conn: Connection) -> None:
    """Index every final message and every title from scratch (after a migration that
    changes `index_text`, or a salvage)."""
    conn.execute("INSERT INTO message_fts(message_fts) VALUES('delete-all')")
    conn.execute("INSERT INTO title_fts(title_fts) VALUES('delete-all')")
    rows = conn.execute(
        "SELECT id, content, reasoning FROM messages "
        "WHERE finish_reason IS NOT NULL OR role != 'assistant'"
    ).fetchall()
    for mid, content, reasoning in rows:
        index_message(conn, mid, content, reasoning)
    for cid, title in conn.execute("SELECT id, title FROM conversations").fetchall():
        index_title(conn, cid, title)


# ------------------------------------------------------------------ snippets


def _normalized_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text plus, for each of its characters, the index in `text` it came from."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        norm = normalize(ch) if ord(ch) > 127 or ch.isupper() else ch
        out.append(norm)
        origin.extend([i] * len(norm))
    return "".join(out), origin


def snippet(
    text: str, terms: list[str], width: int = 80
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of about `width` characters of `text` around the first match of any term,
    with the (start, end) spans of every match inside the window."""
    norm, origin = _normalized_with_map(text)
    spans: list[tuple[int, int]] = []
    for term in {t for t in terms if t}:
        for m in re.finditer(re.escape(term), norm):
            start = origin[m.start()]
            end = origin[m.end() - 1] + 1
            spans.append((start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    first = merged[0][0] if merged else 0
    lo = max(0, first - width // 3)
    hi = min(len(text), lo + width)
    lo = max(0, min(lo, hi - width))
    piece = text[lo:hi].replace("\n", " ")
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    shift = len(prefix) - lo
    inside = tuple((max(s, lo) + shift, min(e, hi) + shift) for s, e in merged if s < hi and e > lo)
    return prefix + piece + suffix, inside


# ------------------------------------------------------------------ queries


def run_search(
    conn: Connection,
    query: str,
    *,
    include_reasoning: bool = False,
    include_archived: bool = True,
    limit: int = 50,
) -> list[SearchHit]:
    """Ranked hits for `query` over message text (and reasoning if asked) and titles."""
    expr = match_expression(query)
    if expr is None or limit <= 0:
        return []
    terms = query_terms(query)
    archived = "" if include_archived else " AND c.archived = 0"
    # Rank inside FTS first (bounded), then join: keeps common 1-character queries fast.
    msg_expr = expr if include_reasoning else f"{{body}} : ({expr})"
    rows = conn.execute(
        f"""
        SELECT m.id, m.conversation_id, c.title, m.role, m.content, m.reasoning, c.archived, f.r
        FROM (SELECT rowid, bm25(message_fts, 1.0, 0.5) AS r FROM message_fts
              WHERE message_fts MATCH ? ORDER BY r LIMIT ?) AS f
        JOIN messages m ON m.id = f.rowid
        JOIN conversations c ON c.id = m.conversation_id
        WHERE c.deleted_at IS NULL{archived}
        ORDER BY f.r
        """,
        (msg_expr, limit * 2 + 20),
    ).fetchall()
    hits: list[SearchHit] = []
    for mid, cid, title, role, content, reasoning, arch, rank in rows:
        text, where = content, "content"
        if include_reasoning and not _contains_any(content, terms) and reasoning:
            text, where = reasoning, "reasoning"
        snip, spans = snippet(text, terms)
        hits.append(
            SearchHit(
                conversation_id=cid,
                conversation_title=title,
                message_id=mid,
                role=Role(role),
                field=where,
                snippet=snip,
                highlights=spans,
                rank=float(rank),
                archived=bool(arch),
            )
        )
    title_rows = conn.execute(
        f"""
        SELECT c.id, c.title, c.archived, f.r
        FROM (SELECT rowid, bm25(title_fts) AS r FROM title_fts
              WHERE title_fts MATCH ? ORDER BY r LIMIT ?) AS f
        JOIN conversations c ON c.id = f.rowid
        WHERE c.deleted_at IS NULL{archived}
        """,
        (expr, limit),
    ).fetchall()
    for cid, title, arch, rank in title_rows:
        snip, spans = snippet(title, terms)
        hits.append(
            SearchHit(
                conversation_id=cid,
                conversation_title=title,
                message_id=None,
                role=None,
                field="title",
                snippet=snip,
                highlights=spans,
                rank=float(rank) * 2.0,  # a title match says more than a body match
                archived=bool(arch),
            )
        )
    hits.sort(key=lambda h: h.rank)
    return hits[:limit]


def _contains_any(text: str, terms: list[str]) -> bool:
    norm = normalize(text)
    return any(t in norm for t in terms)
