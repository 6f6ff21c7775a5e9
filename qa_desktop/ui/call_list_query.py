"""The call list's reads that storage's API does not offer (yet): every matching
call id in the list's order, and each call's complaint categories.

Why ids: paging with OFFSET makes a deep page cost as much as reading every
row before it (~200 ms at 100,000 calls), and sorting by an unindexed column
costs that on every page. Instead the ordered ids are read once, on a pool
thread with its own connection, and each visible page is then looked up by
primary key (a few milliseconds at any depth). Conditions and sort columns are
storage's own (`where`, `ORDER_COLUMNS`), so the list shows exactly what
`Database.query_calls` would.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

from qa_desktop.storage.fts import match_query
from qa_desktop.storage.queries import ORDER_COLUMNS, where

#: How long a reader waits for a writer (an import, a re-score) before giving up.
BUSY_TIMEOUT_S = 30.0


def ordered_pks(conn: sqlite3.Connection, filters: Any, order_by: str, descending: bool) -> list[int]:
    """The pks of every call matching `filters`, in the list's order (ties by pk, as query_calls)."""
    if order_by not in ORDER_COLUMNS:
        order_by = "date"
    cond, args = where(filters)
    direction = "DESC" if descending else "ASC"
    join = " JOIN calls c ON c.id = s.call_pk" if ORDER_COLUMNS[order_by].startswith("c.") else ""
    sql = (f"SELECT s.call_pk FROM call_summary s{join} WHERE {cond}"
           f" ORDER BY {ORDER_COLUMNS[order_by]} {direction}, s.call_pk {direction}")
    return [r[0] for r in conn.execute(sql, args)]


def ordered_pks_in_file(path: str | Path, filters: Any, order_by: str, descending: bool) -> tuple[list[int], dict[int, int]]:
    """`ordered_pks` on a connection of its own (for a pool thread) plus each pk's row."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    try:
        conn.execute("PRAGMA query_only = ON")
        pks = ordered_pks(conn, filters, order_by, descending)
    finally:
        conn.close()
    return pks, {pk: i for i, pk in enumerate(pks)}


def categories_of(conn: sqlite3.Connection, pks: list[int]) -> dict[int, list[str]]:
    """Each call's complaint categories: the primary one first, then every other one with keyword evidence."""
    if not pks:
        return {}
    rows = conn.execute(
        "SELECT s.call_pk, s.category, json_extract(sc.effective, '$.categories') FROM call_summary s"
        f" LEFT JOIN scores sc ON sc.id = s.score_id WHERE s.call_pk IN ({','.join('?' * len(pks))})",
        [int(pk) for pk in pks])
    out: dict[int, list[str]] = {}
    for pk, primary, scored in rows:
        cats = [primary or "other"]
        try:
            ranked = json.loads(scored) if scored else []
        except ValueError:
            ranked = []
        for c in ranked:
            name = c.get("category") if isinstance(c, dict) else None
            if name and name not in cats and float(c.get("score") or 0) > 0:
                cats.append(name)
        out[int(pk)] = cats
    return out


# Where a search matched: FTS5's snippet() of the indexed text, whose Chinese characters were spaced
# apart for the index (storage.fts) and are joined again here for reading.
MARK_ON, MARK_OFF, ELLIPSIS = "\x02", "\x03", "…"
_CJK_CHAR = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_SPACES = re.compile(r"[ \t]+")
LEAD = 24  # characters of context kept before the match


def _joined(text: str) -> str:
    """Undo the index's spacing: a run of spaces next to a CJK character (seen through the match marks)
    goes; spaces between Latin words stay."""
    out: list[str] = []
    pos = 0
    for m in _SPACES.finditer(text):
        out.append(text[pos:m.start()])
        before = text[:m.start()].rstrip(MARK_ON + MARK_OFF)[-1:]
        after = text[m.end():].lstrip(MARK_ON + MARK_OFF)[:1]
        if not (before and _CJK_CHAR.match(before)) and not (after and _CJK_CHAR.match(after)) and before and after:
            out.append(" ")
        pos = m.end()
    out.append(text[pos:])
    joined = "".join(out).replace(MARK_OFF + MARK_ON, "")  # neighbouring matched characters: one mark
    joined = " / ".join(line.strip() for line in joined.splitlines() if line.strip())
    start = joined.find(MARK_ON)
    if start > LEAD:  # the match near the cell's left edge, where a narrow column still shows it
        joined = ELLIPSIS + joined[start - LEAD:].lstrip(" /" + ELLIPSIS)
    return joined


def snippets_of(conn: sqlite3.Connection, pks: list[int], text: str | None, tokens: int = 20) -> dict[int, str]:
    """For each call (of a page of the list) the words around where `text` matched, the match between
    MARK_ON and MARK_OFF. One FTS lookup per call, by rowid: a few milliseconds for a page."""
    query = match_query(text) if text and text.strip() else None
    if query is None or not pks:
        return {}
    out: dict[int, str] = {}
    sql = (f"SELECT snippet(calls_fts, 0, '{MARK_ON}', '{MARK_OFF}', '{ELLIPSIS}', {int(tokens)})"
           " FROM calls_fts WHERE calls_fts MATCH ? AND rowid = ?")
    for pk in pks:
        row = conn.execute(sql, (query, int(pk))).fetchone()
        if row and row[0]:
            out[int(pk)] = _joined(row[0])
    return out
