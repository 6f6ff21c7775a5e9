"""The denormalised per-call summary the charts read.

Trend queries over 100,000 calls must answer in well under a second; joining
calls, scores and rule results for each chart would not. One narrow row per
call (date, its week and month start, agent, team, effective score, critical
failures) with a covering index on date keeps every chart to one index range
scan. It is rewritten inside the same transaction as any change to the call,
so it can never disagree with the tables it summarises.

Rule failure rates need one row per call *and rule* (11× more), too many to
group on the fly; `rule_rollup` keeps per-day, per-team, per-rule counts,
moved incrementally: each summary row remembers the verdicts it contributed
(`rules`), which are taken back before the new ones are added.
"""

from __future__ import annotations

import json
import sqlite3

from qa_desktop.storage import pack_rollup
from qa_desktop.storage.periods import period_keys


def _rollup(conn: sqlite3.Connection, day: str, team: str, rules: dict[str, list[str]], sign: int) -> None:
    """Add (sign=1) or take back (sign=-1) one call's verdicts in the per-day rule counts."""
    _, week, month = period_keys(day)
    conn.executemany(
        """INSERT INTO rule_rollup (date, week, month, team, rule, title, n_fail, n_applicable)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (date, team, rule) DO UPDATE SET n_fail = n_fail + excluded.n_fail,
               n_applicable = n_applicable + excluded.n_applicable, title = excluded.title""",
        [(day, week, month, team, rule, title, sign * (status == "fail"), sign * (status != "na"))
         for rule, (status, title) in rules.items()],
    )


def has_escalation_columns(conn: sqlite3.Connection) -> bool:
    """False while an older schema is being migrated (the summary is rebuilt before the columns exist)."""
    return any(r[1] == "escalation" for r in conn.execute("PRAGMA table_info(call_summary)"))


def refresh_summary(conn: sqlite3.Connection, call_pk: int, escalation: bool = True) -> None:
    """Rewrite the call's summary row and move its verdicts in the rule roll-up."""
    by_pack = pack_rollup.exists(conn)
    old = conn.execute("SELECT date, team, rules, week, month, score_id FROM call_summary WHERE call_pk = ?",
                       (call_pk,)).fetchone()
    if old is not None:
        _rollup(conn, old[0], old[1], json.loads(old[2]), -1)
        if by_pack:
            pack_rollup.move(conn, old[0], old[3], old[4], old[1], old[5], json.loads(old[2]), -1)
    row = conn.execute(
        """SELECT c.date, c.created_at, c.agent, c.team, c.status, c.duration, c.score_id,
                  s.score, s.machine_score, s.category, s.critical_failed
           FROM calls c LEFT JOIN scores s ON s.id = c.score_id WHERE c.id = ?""",
        (call_pk,),
    ).fetchone()
    if row is None:
        conn.execute("DELETE FROM call_summary WHERE call_pk = ?", (call_pk,))
        return
    (cdate, created, agent, team, status, duration, score_id, score, machine, category, crit) = row
    day, week, month = period_keys(cdate or created)
    rules = {rule: [status_, title] for rule, status_, title in conn.execute(
        "SELECT rule, final_status, title FROM rule_results WHERE score_id = ?", (score_id,))}
    conn.execute(
        """INSERT OR REPLACE INTO call_summary
           (call_pk, score_id, date, week, month, agent, team, score, machine_score, n_critical,
            category, status, duration, rules)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (call_pk, score_id, day, week, month, agent, team, score, machine, len(json.loads(crit or "[]")),
         category or "", status, duration, json.dumps(rules, ensure_ascii=False)),
    )
    _rollup(conn, day, team, rules, 1)
    if by_pack:
        pack_rollup.move(conn, day, week, month, team, score_id, rules, 1)
    if escalation:
        # the machine's escalation verdict (from the words and the voice), '' for calls scored before
        conn.execute(
            """UPDATE call_summary SET
                   escalation = coalesce((SELECT json_extract(machine, '$.escalation.level')
                                          FROM scores WHERE id = ?), ''),
                   escalation_score = (SELECT json_extract(machine, '$.escalation.score') FROM scores WHERE id = ?)
               WHERE call_pk = ?""",
            (score_id, score_id, call_pk),
        )


def rebuild_summaries(conn: sqlite3.Connection) -> None:
    escalation = has_escalation_columns(conn)
    for (pk,) in conn.execute("SELECT id FROM calls").fetchall():
        refresh_summary(conn, pk, escalation)
