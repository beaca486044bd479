"""CJK-aware full-text search over FTS5.

FTS5's `unicode61` treats a whole CJK run as one token and `trigram` never matches 1-2
character queries, so the index gets a shadow text instead of the raw one: everything is
NFKC-normalised and casefolded (ＡＢＣ -> abc, ｶﾀｶﾅ -> カタカナ), each CJK run becomes its
overlapping bigrams followed by its single characters, and the rest is left to unicode61.
A query goes through the same transform: a CJK run of n >= 2 characters becomes the phrase
of its n-1 bigrams, a single character its unigram; the query's words are ANDed. A word in
a space-separated script is a prefix (from two characters: "weath" finds weather, as search
as you type should), and its highlight covers the whole word it found.

`index_text` must stay stable: rows leave the contentless index by replaying their exact
indexed text. A change to it needs a migration that calls `reindex_all`.

The index is contentless; snippets are cut from the stored text with the same normalisation
applied character by character, so highlights land on the user's original characters.
"""

from __future__ import annotations

import functools
import operator
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


_CJK_CLASS = "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _CJK_RANGES)
_CJK_RUN = re.compile(f"([{_CJK_CLASS}]+)")
_WORD_REST = f"(?:(?![{_CJK_CLASS}])\\w)*"  # the rest of a word, never into CJK text


def is_cjk(ch: str) -> bool:
    return _CJK_RUN.fullmatch(ch) is not None


# Characters NFKC leaves alone: ASCII, hiragana, katakana, CJK unified ideographs, Hangul
# syllables. Only the stretches between them (plus the character before, which a combining
# mark may attach to) go through NFKC: most of a CJK text skips it, and it is the slow part.
_NFKC_STABLE = "\x00-\x7f\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff\uac00-\ud7a3"
_NFKC_UNSTABLE = re.compile(f".?[^{_NFKC_STABLE}]+", re.DOTALL)


def _nfkc(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def normalize(text: str) -> str:
    """NFKC + casefold (ＡＢＣ -> abc, ｶﾀｶﾅ -> カタカナ, ß -> ss)."""
    return _NFKC_UNSTABLE.sub(_nfkc, text).casefold()


def _runs(text: str) -> Iterable[tuple[bool, str]]:
    """(is_cjk, run) pieces of already-normalised text."""
    # re.split with a capturing group alternates: other, CJK, other, CJK, ...
    for i, piece in enumerate(_CJK_RUN.split(text)):
        if piece:
            yield i % 2 == 1, piece


def _bigrams(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_text(text: str) -> str:
    """The shadow text the FTS index stores for `text`."""
    parts = _CJK_RUN.split(normalize(text))
    for i in range(1, len(parts), 2):  # the CJK runs
        run = parts[i]
        # Bigrams first and adjacent, so a query's bigram phrase matches consecutively.
        parts[i] = f" {' '.join(map(operator.add, run, run[1:]))} {' '.join(run)} "
    return "".join(parts)


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


MIN_PREFIX = 2  # letters a word needs before it also finds longer words


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a user's query; None when it has nothing to search."""
    parts: list[str] = []
    for word in normalize(query).split():
        for cjk, run in _runs(word):
            if cjk:
                parts.append(_quote(" ".join(_bigrams(run)) if len(run) > 1 else run))
            elif re.search(r"\w", run):
                # unicode61 splits the quoted string into a phrase ("don't" -> don t); the
                # star makes its last token a prefix (one letter would match half the index).
                last = re.findall(r"\w+", run)[-1]
                parts.append(_quote(run) + ("*" if len(last) >= MIN_PREFIX else ""))
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


@functools.lru_cache(maxsize=64)
def _terms_pattern(terms: tuple[str, ...], flags: int = 0) -> re.Pattern[str] | None:
    """One alternation of the terms, longest first; None when there are none."""
    wanted = sorted({t for t in terms if t}, key=len, reverse=True)
    if not wanted:
        return None
    # A word was searched as a prefix: the highlight runs on to the end of the word found.
    return re.compile(
        "|".join(re.escape(t) + ("" if is_cjk(t[0]) else _WORD_REST) for t in wanted), flags
    )


def _match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every term occurrence, as indexes into the original `text`."""
    pattern = _terms_pattern(tuple(terms))
    if pattern is None:
        return []
    norm = normalize(text)
    found = [(m.start(), m.end()) for m in pattern.finditer(norm)]
    if len(norm) == len(text) and all(normalize(text[a:b]) == norm[a:b] for a, b in found):
        return found  # normalisation kept every character in place (nearly all text)
    norm, origin = _normalized_with_map(text)
    origin.append(len(text))
    return [(origin[m.start()], origin[m.end() - 1] + 1) for m in pattern.finditer(norm)]


def snippet(
    text: str, terms: list[str], width: int = 80
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of about `width` characters of `text` around the first match of any term,
    with the (start, end) spans of every match inside the window."""
    wanted = sorted({t for t in terms if t}, key=len, reverse=True)
    # Cheap first: the term as typed, case-insensitively, in the original text; normalise
    # the whole text only when that fails (full-width letters, half-width kana, ...).
    direct = re.search("|".join(map(re.escape, wanted)), text, re.IGNORECASE) if wanted else None
    if direct is not None:
        first = direct.start()
    else:
        spans = _match_spans(text, wanted)
        first = min(spans)[0] if spans else 0
    lo = max(0, first - width // 3)
    hi = min(len(text), lo + width)
    lo = max(0, min(lo, hi - width))
    piece = text[lo:hi]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(_match_spans(piece, wanted)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    shift = len(prefix)
    body = piece.replace("\n", " ")
    return prefix + body + suffix, tuple((s + shift, e + shift) for s, e in merged)


# ------------------------------------------------------------------ queries


# A very common term (one CJK character in a big history) can match tens of thousands of
# messages, and bm25 over all of them dominates the search. Rank the newest RANK_WINDOW
# matches (FTS5 walks a doclist newest-first cheaply); older ones still match, and are
# found by a more specific query.
RANK_WINDOW = 2000


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
    msg_expr = expr if include_reasoning else f"{{body}} : ({expr})"
    candidates = conn.execute(
        "SELECT rowid, bm25(message_fts, 1.0, 0.5) FROM message_fts WHERE message_fts MATCH ? "
        "ORDER BY rowid DESC LIMIT ?",
        (msg_expr, RANK_WINDOW),
    ).fetchall()
    candidates.sort(key=lambda r: r[1])
    best = dict(candidates[: limit * 2 + 20])  # slack for deleted/archived conversations
    rows = conn.execute(
        f"""
        SELECT m.id, m.conversation_id, c.title, m.role, c.archived FROM messages m
        JOIN conversations c ON c.id = m.conversation_id
        WHERE m.id IN ({",".join("?" * len(best))}) AND c.deleted_at IS NULL{archived}
        """,
        list(best),
    ).fetchall()
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
    # (rank, message id or None, conversation id, title, role, archived); a title match
    # says more than a body match.
    ranked = [(float(best[mid]), mid, cid, t, role, a) for mid, cid, t, role, a in rows]
    ranked += [(float(r) * 2.0, None, cid, t, None, a) for cid, t, a, r in title_rows]
    ranked.sort(key=lambda x: x[0])
    hits: list[SearchHit] = []
    for rank, mid, cid, title, role, arch in ranked[:limit]:  # snippets only for these
        if mid is None:
            text, where = title, "title"
        else:
            content, reasoning = conn.execute(
                "SELECT content, reasoning FROM messages WHERE id = ?", (mid,)
            ).fetchone()
            text, where = content, "content"
            if include_reasoning and reasoning and not _contains_any(content, terms):
                text, where = reasoning, "reasoning"
        snip, spans = snippet(text, terms)
        hits.append(
            SearchHit(
                conversation_id=cid,
                conversation_title=title,
                message_id=mid,
                role=None if role is None else Role(role),
                field=where,
                snippet=snip,
                highlights=spans,
                rank=rank,
                archived=bool(arch),
            )
        )
    return hits


def _contains_any(text: str, terms: list[str]) -> bool:
    norm = normalize(text)
    return any(t in norm for t in terms if t)
