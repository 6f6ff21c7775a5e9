"""The call list: filtering, sorting and paging over the per-call summary.

Filters become one WHERE clause over `call_summary` (indexed by date, agent,
team), so the GUI can page through 100,000 calls without loading them; the
text filter goes through the FTS index, never a LIKE scan.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from qa_desktop.domain import primary_language
from qa_desktop.errors import StorageError
from qa_desktop.storage.fts import match_query
from qa_desktop.storage.periods import iso_day
from qa_desktop.storage.records import CallFilter, CallRow

ORDER_COLUMNS = {
    "date": "s.date", "score": "s.score", "machine_score": "s.machine_score", "agent": "s.agent",
    "team": "s.team", "status": "s.status", "category": "s.category", "duration": "s.duration",
    "n_critical": "s.n_critical", "file": "c.file", "call_id": "c.call_id", "pk": "s.call_pk",
    "escalation": "s.escalation_score",
}


def where(f: CallFilter | None) -> tuple[str, list[Any]]:
    """SQL condition over `call_summary s` for a filter (always valid SQL)."""
    f = f or CallFilter()
    parts: list[str] = []
    args: list[Any] = []
    for column, value in (("s.agent", f.agent), ("s.team", f.team), ("s.status", f.status),
                          ("s.category", f.category)):
        if value:
            parts.append(f"{column} = ?")
            args.append(value)
    for op, value in ((">=", iso_day(f.date_from, "from date")), ("<=", iso_day(f.date_to, "to date"))):
        if value:
            parts.append(f"s.date {op} ?")
            args.append(value)
    if f.language:
        lang = primary_language(f.language)
        parts.append("EXISTS (SELECT 1 FROM calls cl WHERE cl.id = s.call_pk AND (lower(cl.language) = ?"
                     " OR lower(cl.language) LIKE ? ESCAPE '!' OR lower(cl.language) LIKE ? ESCAPE '!'))")
        args.extend([lang, f"{lang}-%", f"{lang}!_%"])
    if f.escalation == "at-risk":
        parts.append("s.escalation IN ('low', 'high')")
    elif f.escalation == "none":
        parts.append("s.escalation IN ('none', '')")
    elif f.escalation:
        parts.append("s.escalation = ?")
        args.append(f.escalation)
    if f.score_min is not None:
        parts.append("s.score >= ?")
        args.append(f.score_min)
    if f.score_max is not None:
        parts.append("s.score <= ?")
        args.append(f.score_max)
    if f.failed_rule:
        parts.append("EXISTS (SELECT 1 FROM rule_results r WHERE r.score_id = s.score_id"
                     " AND r.rule = ? AND r.final_status = 'fail')")
        args.append(f.failed_rule)
    if f.pks is not None:
        parts.append(f"s.call_pk IN ({','.join('?' * len(f.pks)) or 'NULL'})")
        args.extend(int(pk) for pk in f.pks)
    if f.text and f.text.strip():
        query = match_query(f.text)
        if query is None:
            parts.append("0")
        else:
            parts.append("s.call_pk IN (SELECT rowid FROM calls_fts WHERE calls_fts MATCH ?)")
            args.append(query)
    return (" AND ".join(parts) or "1"), args


def query_calls(conn: sqlite3.Connection, filters: CallFilter | None = None, order_by: str = "date",
                descending: bool = True, offset: int = 0, limit: int = 100) -> list[CallRow]:
    if order_by not in ORDER_COLUMNS:
        raise StorageError("call list", f"cannot sort by {order_by!r}; choose one of {', '.join(ORDER_COLUMNS)}")
    cond, args = where(filters)
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT s.call_pk, c.file, c.call_id, s.agent, s.team, s.date, s.duration, c.language, s.score,"
        " s.machine_score, s.n_critical, s.category, s.status, s.escalation, s.escalation_score"
        f" FROM call_summary s JOIN calls c ON c.id = s.call_pk WHERE {cond}"
        f" ORDER BY {ORDER_COLUMNS[order_by]} {direction}, s.call_pk {direction} LIMIT ? OFFSET ?"
    )
    return [CallRow(*row) for row in conn.execute(sql, (*args, int(limit), int(offset)))]


def count_calls(conn: sqlite3.Connection, filters: CallFilter | None = None) -> int:
    cond, args = where(filters)
    return int(conn.execute(f"SELECT count(*) FROM call_summary s WHERE {cond}", args).fetchone()[0])


def call_languages(conn: sqlite3.Connection, filters: CallFilter | None = None) -> list[tuple[int, str]]:
    """(call pk, language heard in it) of the filtered calls, oldest first."""
    cond, args = where(filters)
    return [(r[0], r[1]) for r in conn.execute(
        f"SELECT s.call_pk, c.language FROM call_summary s JOIN calls c ON c.id = s.call_pk WHERE {cond}"
        " ORDER BY s.date, s.call_pk", args)]
