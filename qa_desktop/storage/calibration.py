"""Calibration sessions as stored: the lead's set of calls and each inspector's blind verdicts.

Calibration verdicts are kept apart from the call's review (overrides): they
are an exercise in reading the rules alike, so they never change a call's
score, and the call's own review goes on as before. Each write is one
transaction and names who did it; scoring again replaces that inspector's
verdict for that rule (the latest reading counts).

What an inspector is shown while scoring (`blind_rules`) carries the rule's
id, title and section only — never the machine's or another inspector's
verdict.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from qa_desktop.errors import StorageError
from qa_desktop.storage.connection import transaction
from qa_desktop.storage.packs import now

STATUSES = ("pass", "fail", "na")


@dataclass(slots=True)
class Session:
    id: int
    name: str
    created_by: str
    created_at: str
    note: str
    n_calls: int
    inspectors: list[str]


@dataclass(slots=True)
class BlindRule:
    """A rule as the blind scoring view shows it: no verdict of anyone."""

    rule: str
    title: str
    section: str


@dataclass(slots=True)
class SessionCall:
    pk: int
    call_id: str
    file: str
    agent: str
    date: str


def _session_id(conn: sqlite3.Connection, session: int | str) -> int:
    row = conn.execute("SELECT id FROM calibration_sessions WHERE id = ? OR name = ?",
                       (session if isinstance(session, int) else -1, str(session))).fetchone()
    if row is None:
        raise StorageError(f"calibration session {session!r}", "no such session")
    return int(row[0])


def create_session(db: Any, name: str, pks: list[int], lead: str, note: str = "") -> int:
    """A named session over these calls (in this order); the name must be new."""
    name = name.strip()
    if not name:
        raise StorageError("calibration session", "give the session a name")
    if not lead.strip():
        raise StorageError(f"calibration session {name!r}", "the lead's name is needed")
    pks = list(dict.fromkeys(int(pk) for pk in pks))
    if not pks:
        raise StorageError(f"calibration session {name!r}", "pick at least one call")
    with transaction(db.db, f"calibration session {name!r}") as conn:
        if conn.execute("SELECT 1 FROM calibration_sessions WHERE name = ?", (name,)).fetchone():
            raise StorageError(f"calibration session {name!r}", "a session of that name exists; choose another name")
        scored = {r[0] for r in conn.execute(
            f"SELECT id FROM calls WHERE score_id IS NOT NULL AND id IN ({','.join('?' * len(pks))})", pks)}
        missing = [pk for pk in pks if pk not in scored]
        if missing:
            raise StorageError(f"calibration session {name!r}",
                               f"calls not in the database or not scored: {', '.join(map(str, missing[:10]))}")
        sid = int(conn.execute("INSERT INTO calibration_sessions (name, created_by, created_at, note)"
                               " VALUES (?, ?, ?, ?)", (name, lead.strip(), now(), note)).lastrowid)
        conn.executemany("INSERT INTO calibration_calls (session_id, call_pk, position) VALUES (?, ?, ?)",
                         [(sid, pk, i) for i, pk in enumerate(pks)])
    return sid


def sessions(conn: sqlite3.Connection) -> list[Session]:
    """Every session, newest first, with its call count and who has scored in it."""
    out = []
    for sid, name, by, at, note, n in conn.execute(
            "SELECT s.id, s.name, s.created_by, s.created_at, s.note,"
            " (SELECT count(*) FROM calibration_calls c WHERE c.session_id = s.id)"
            " FROM calibration_sessions s ORDER BY s.created_at DESC, s.id DESC").fetchall():
        out.append(Session(sid, name, by, at, note, n, inspectors(conn, sid)))
    return out


def session(conn: sqlite3.Connection, session_: int | str) -> Session:
    sid = _session_id(conn, session_)
    return next(s for s in sessions(conn) if s.id == sid)


def inspectors(conn: sqlite3.Connection, session_: int | str) -> list[str]:
    sid = _session_id(conn, session_)
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT inspector FROM calibration_verdicts WHERE session_id = ? ORDER BY inspector", (sid,))]


def session_calls(conn: sqlite3.Connection, session_: int | str) -> list[SessionCall]:
    sid = _session_id(conn, session_)
    return [SessionCall(*r) for r in conn.execute(
        "SELECT c.id, c.call_id, c.file, c.agent, c.date FROM calibration_calls k JOIN calls c ON c.id = k.call_pk"
        " WHERE k.session_id = ? ORDER BY k.position", (sid,))]


def blind_rules(conn: sqlite3.Connection, pk: int) -> list[BlindRule]:
    """The rules of the call's current rule pack, in pack order, without any verdict."""
    return [BlindRule(*r) for r in conn.execute(
        "SELECT r.rule, r.title, r.section FROM calls c JOIN rule_results r ON r.score_id = c.score_id"
        " WHERE c.id = ? ORDER BY r.id", (pk,))]


def my_verdicts(conn: sqlite3.Connection, session_: int | str, pk: int, inspector: str) -> dict[str, tuple[str, str]]:
    """rule -> (status, comment): this inspector's own verdicts on one call (what the blind view may show)."""
    sid = _session_id(conn, session_)
    return {rule: (status, comment) for rule, status, comment in conn.execute(
        "SELECT rule, status, comment FROM calibration_verdicts WHERE session_id = ? AND call_pk = ? AND inspector = ?",
        (sid, pk, inspector))}


def scored_calls(conn: sqlite3.Connection, session_: int | str, inspector: str) -> set[int]:
    """Calls of the session this inspector has given at least one verdict."""
    sid = _session_id(conn, session_)
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT call_pk FROM calibration_verdicts WHERE session_id = ? AND inspector = ?", (sid, inspector))}


def save_verdicts(db: Any, session_: int | str, pk: int, inspector: str,
                  verdicts: dict[str, str | tuple[str, str]]) -> int:
    """Store an inspector's verdicts on one call of the session (rule -> status or (status, comment)).

    A rule left out keeps what the inspector said before; returns how many were written.
    """
    inspector = inspector.strip()
    if not inspector:
        raise StorageError("calibration", "a verdict needs the inspector's name")
    with transaction(db.db, f"calibration call #{pk}") as conn:
        sid = _session_id(conn, session_)
        if not conn.execute("SELECT 1 FROM calibration_calls WHERE session_id = ? AND call_pk = ?",
                            (sid, pk)).fetchone():
            raise StorageError(f"call #{pk}", "is not in this calibration session")
        rules = {r.rule for r in blind_rules(conn, pk)}
        rows = []
        for rule, value in verdicts.items():
            status, comment = (value, "") if isinstance(value, str) else value
            if status not in STATUSES:
                raise StorageError(f"call #{pk}", f"verdict must be pass, fail or na, not {status!r}")
            if rule not in rules:
                raise StorageError(f"call #{pk}", f"rule {rule!r} is not in this call's rule pack")
            rows.append((sid, pk, inspector, rule, status, comment, now()))
        conn.executemany(
            "INSERT INTO calibration_verdicts (session_id, call_pk, inspector, rule, status, comment, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, call_pk, inspector, rule) DO UPDATE SET"
            " status = excluded.status, comment = excluded.comment, at = excluded.at", rows)
    return len(rows)


def all_verdicts(conn: sqlite3.Connection, session_: int | str) -> list[tuple[int, str, str, str, str]]:
    """(call pk, rule, inspector, status, comment) of everyone — for the report, after scoring."""
    sid = _session_id(conn, session_)
    return [tuple(r) for r in conn.execute(
        "SELECT call_pk, rule, inspector, status, comment FROM calibration_verdicts WHERE session_id = ?"
        " ORDER BY call_pk, rule, inspector", (sid,))]


def machine_verdicts(conn: sqlite3.Connection, session_: int | str) -> dict[tuple[int, str], tuple[str, str, str]]:
    """(call pk, rule) -> (machine status, title, section) for the session's calls (current score), in pack order."""
    sid = _session_id(conn, session_)
    return {(pk, rule): (status, title, section) for pk, rule, status, title, section in conn.execute(
        "SELECT c.id, r.rule, r.status, r.title, r.section FROM calibration_calls k JOIN calls c ON c.id = k.call_pk"
        " JOIN rule_results r ON r.score_id = c.score_id WHERE k.session_id = ? ORDER BY k.position, r.id", (sid,))}
