"""Review queues built by sampling, the way QA teams pick calls to listen to.

Inspectors cannot hear every call, so they sample: a fixed number of random
calls per agent per week (so every agent is heard, however many calls they
take), plus every call that failed a critical rule, plus every call under a
score, plus the verdicts the machine was least sure of; and, first of all,
the calls whose customer may take the complaint further (escalation risk). Random picks are
seeded so a queue can be rebuilt exactly (an agent disputing a sample can see
it was not hand-picked). Reads only `call_summary` / `rule_results`; Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from qa_desktop.errors import QAError
from qa_desktop.storage.periods import scored_where

# in queue order: calls at risk of escalation come first, riskiest first
METHODS: tuple[str, ...] = ("at_risk", "random", "critical", "below", "low_confidence")


@dataclass(slots=True)
class SamplePlan:
    """What to sample; each method adds its calls once, in the order of METHODS."""

    methods: tuple[str, ...] = ("random",)
    per_agent_week: int = 2  # random: N calls per agent per week
    seed: int = 1
    below_score: float = 60.0  # below: calls with an effective score under this
    lowest_confidence: int = 20  # low_confidence: this many calls, least sure verdict first
    date_from: str | date | None = None
    date_to: str | date | None = None
    agent: str | None = None
    team: str | None = None
    only_to_review: bool = False  # skip calls an inspector already signed off


@dataclass(slots=True)
class SampledCall:
    pk: int
    agent: str
    team: str
    date: str
    week: str
    score: float | None
    n_critical: int
    reasons: list[str] = field(default_factory=list)  # the methods that picked it
    confidence: float | None = None  # the call's least sure applicable verdict (0-1)
    call_id: str = ""  # the call's own id (from the file name or the phone system), as inspectors quote it


@dataclass(slots=True)
class QueueResult:
    """A queue and what explains it when it is empty: how many scored calls the plan's dates hold,
    and the dates the scored calls span (None, None with no scored call at all)."""

    calls: list[SampledCall]
    in_range: int
    first_date: str | None
    last_date: str | None


def _where(plan: SamplePlan) -> tuple[str, list[Any]]:
    where, args = scored_where(plan.date_from, plan.date_to, plan.agent, plan.team)
    if plan.only_to_review:
        where += " AND s.status = 'to-review'"
    return where, args


_COLUMNS = "s.call_pk, s.agent, s.team, s.date, s.week, s.score, s.n_critical"


def _check(plan: SamplePlan) -> None:
    unknown = [m for m in plan.methods if m not in METHODS]
    if unknown:
        raise QAError("sampling", f"unknown method {unknown[0]!r} (use {', '.join(METHODS)})")
    if not plan.methods:
        raise QAError("sampling", "choose at least one way to sample")
    if plan.per_agent_week < 0 or plan.lowest_confidence < 0:
        raise QAError("sampling", "counts must be zero or more")


# A call's place in its group's random order: a multiplicative hash of (call, seed),
# computed inside SQLite so that picking over 100,000 calls costs one query, not a
# Python loop. It depends only on the call and the seed, so adding calls for one
# agent never changes another agent's sample, and the same seed rebuilds the queue.
_SHUFFLE = ("((((s.call_pk + ?) % 4294967296) * 1597334677) % 4294967296) AS h1",
            "(((h1 | (h1 >> 15)) - (h1 & (h1 >> 15))) * 668265263) % 4294967296")


def random_per_agent_week(conn: Any, plan: SamplePlan) -> list[tuple]:
    """N random calls per (agent, week); the same seed and data give the same picks."""
    where, args = _where(plan)
    columns = _COLUMNS.replace("s.", "")
    return conn.execute(
        f"SELECT {columns} FROM (SELECT {columns}, row_number() OVER (PARTITION BY agent, week"
        f" ORDER BY {_SHUFFLE[1]}, call_pk) AS n FROM (SELECT {_COLUMNS}, {_SHUFFLE[0]}"
        f" FROM call_summary s WHERE {where})) WHERE n <= ? ORDER BY week, agent, date, call_pk",
        ((plan.seed % 1_000_003) * 7919, *args, plan.per_agent_week)).fetchall()


def critical_failures(conn: Any, plan: SamplePlan) -> list[tuple]:
    where, args = _where(plan)
    return conn.execute(f"SELECT {_COLUMNS} FROM call_summary s WHERE {where} AND s.n_critical > 0"
                        " ORDER BY s.date, s.call_pk", args).fetchall()


def below_score(conn: Any, plan: SamplePlan) -> list[tuple]:
    where, args = _where(plan)
    return conn.execute(f"SELECT {_COLUMNS} FROM call_summary s WHERE {where} AND s.score < ?"
                        " ORDER BY s.score, s.date, s.call_pk", (*args, plan.below_score)).fetchall()


def lowest_confidence(conn: Any, plan: SamplePlan) -> list[tuple]:
    """Calls whose least sure applicable verdict is least sure, first."""
    where, args = _where(plan)
    return conn.execute(
        f"SELECT {_COLUMNS}, min(r.confidence) AS c FROM call_summary s JOIN rule_results r ON r.score_id = s.score_id"
        f" WHERE {where} AND r.final_status != 'na' GROUP BY s.call_pk ORDER BY c, s.date, s.call_pk LIMIT ?",
        (*args, plan.lowest_confidence)).fetchall()


def at_risk(conn: Any, plan: SamplePlan) -> list[tuple]:
    """Calls at risk of escalation (low or high), the riskiest first."""
    where, args = _where(plan)
    return conn.execute(f"SELECT {_COLUMNS} FROM call_summary s WHERE {where} AND s.escalation IN ('low', 'high')"
                        " ORDER BY s.escalation_score DESC, s.date, s.call_pk", args).fetchall()


_METHOD_FN = {"at_risk": at_risk, "random": random_per_agent_week, "critical": critical_failures, "below": below_score,
              "low_confidence": lowest_confidence}


def build_queue(db: Any, plan: SamplePlan) -> list[SampledCall]:
    """The review queue for `plan` over a storage Database: each call once, with why it was picked."""
    _check(plan)
    conn = db.conn
    out: dict[int, SampledCall] = {}
    for method in METHODS:
        if method not in plan.methods:
            continue
        for row in _METHOD_FN[method](conn, plan):
            pk = int(row[0])
            call = out.get(pk)
            if call is None:
                call = out[pk] = SampledCall(pk, row[1], row[2], row[3], row[4], row[5], int(row[6] or 0))
            call.reasons.append(method)
            if method == "low_confidence":
                call.confidence = float(row[7])
    _fill_details(conn, out)
    return list(out.values())


def _fill_details(conn: Any, calls: dict[int, SampledCall]) -> None:
    """Each picked call's id and least sure applicable verdict, in one query over the picks."""
    if not calls:
        return
    import json

    rows = conn.execute(
        "SELECT s.call_pk, c.call_id, (SELECT min(r.confidence) FROM rule_results r WHERE r.score_id = s.score_id"
        " AND r.final_status != 'na') FROM call_summary s JOIN calls c ON c.id = s.call_pk"
        " WHERE s.call_pk IN (SELECT value FROM json_each(?))", (json.dumps(list(calls)),))
    for pk, call_id, confidence in rows:
        call = calls[int(pk)]
        call.call_id = call_id or ""
        if call.confidence is None and confidence is not None:
            call.confidence = float(confidence)


def date_bounds(db: Any) -> tuple[str | None, str | None]:
    """The first and last day with a scored call (None, None when there is none); two index look-ups."""
    conn = db.conn
    first = conn.execute("SELECT min(date) FROM call_summary WHERE score IS NOT NULL").fetchone()[0]
    last = conn.execute("SELECT max(date) FROM call_summary WHERE score IS NOT NULL").fetchone()[0]
    return first, last


def default_range(last: str | None, days: int = 7) -> tuple[str, str] | None:
    """The week up to the newest scored call (not up to today: calls imported from an older archive
    would otherwise give an empty queue); None without calls."""
    if not last:
        return None
    end = date.fromisoformat(last[:10])
    return (end - timedelta(days=days - 1)).isoformat(), end.isoformat()


def build_queue_explained(db: Any, plan: SamplePlan) -> QueueResult:
    """`build_queue`, and when it comes back empty the facts that say why (for the page to explain)."""
    calls = build_queue(db, plan)
    if calls:
        return QueueResult(calls, len(calls), None, None)
    where, args = scored_where(plan.date_from, plan.date_to, plan.agent, plan.team)
    in_range = int(db.conn.execute(f"SELECT count(*) FROM call_summary s WHERE {where}", args).fetchone()[0])
    first, last = date_bounds(db)
    return QueueResult(calls, in_range, first, last)
