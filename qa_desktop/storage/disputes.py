"""Agents' disputes (申诉) of a verdict, and their arbitration.

An agent disputes one rule's verdict on one call, with a reason; whoever
enters it is recorded (often the team lead, on the agent's behalf). The call
becomes `disputed`. An arbitrator other than the call's first reviewer
decides: *upheld* (the verdict stands) or *overturned* (the disputed verdict
flips, pass <-> fail, as an override by the arbitrator, and the call's
effective score is recomputed by the scoring arithmetic every override
uses). The first reviewer's decision and the arbitration both stay in the
reviews and the append-only audit trail; when a call's last open dispute is
decided it is `reviewed` again.

Dispute and overturn rates per rule (a rule overturned often is a rule to
fix) count disputes of the calls in a date range against the rule's
applicable verdicts, from the same roll-up as the rule failure chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from qa_desktop.errors import StorageError
from qa_desktop.storage import charts, verdicts
from qa_desktop.storage.connection import transaction
from qa_desktop.storage.packs import now
from qa_desktop.storage.periods import scored_where
from qa_desktop.storage.summary import refresh_summary

STATES: tuple[str, ...] = ("open", "upheld", "overturned")
OUTCOMES: tuple[str, ...] = ("upheld", "overturned")
FLIP = {"pass": "fail", "fail": "pass"}


@dataclass(slots=True)
class Dispute:
    id: int
    call_pk: int
    rule: str
    title: str
    reason: str
    entered_by: str
    opened_at: str
    first_reviewer: str  # "" when nobody had reviewed the call when it was disputed
    verdict: str  # the effective verdict that was disputed
    state: str  # open | upheld | overturned
    arbitrator: str
    comment: str
    decided_at: str | None
    agent: str = ""
    team: str = ""
    date: str = ""


@dataclass(slots=True)
class DisputeRate:
    """Disputes of one rule over a range: how often it is disputed, how often the dispute wins."""

    rule: str
    title: str
    n_applicable: int  # pass + fail verdicts of the rule in the range
    n_disputed: int
    n_decided: int
    n_overturned: int

    @property
    def dispute_rate(self) -> float:
        return self.n_disputed / self.n_applicable if self.n_applicable else 0.0

    @property
    def overturn_rate(self) -> float:
        return self.n_overturned / self.n_decided if self.n_decided else 0.0


_COLUMNS = ("d.id, d.call_pk, d.rule, d.title, d.reason, d.entered_by, d.opened_at, d.first_reviewer, d.verdict,"
            " d.state, d.arbitrator, d.comment, d.decided_at, coalesce(s.agent, ''), coalesce(s.team, ''),"
            " coalesce(s.date, '')")
_FROM = " FROM disputes d LEFT JOIN call_summary s ON s.call_pk = d.call_pk"


def _required(value: str, what: str, subject: str) -> str:
    if not value or not value.strip():
        raise StorageError(subject, f"{what} is required")
    return value.strip()


def first_reviewer(conn: Any, pk: int) -> str:
    """Who reviewed the call first (override or sign-off, a person's or a bulk one); "" if nobody yet."""
    row = conn.execute(
        "SELECT inspector FROM reviews WHERE call_pk = ? AND action NOT LIKE 'dispute%' ORDER BY id LIMIT 1",
        (pk,)).fetchone()
    return row[0] if row else ""


def get(db: Any, dispute_id: int) -> Dispute:
    row = db.conn.execute(f"SELECT {_COLUMNS}{_FROM} WHERE d.id = ?", (int(dispute_id),)).fetchone()
    if row is None:
        raise StorageError(f"dispute #{dispute_id}", "not in the database")
    return Dispute(*row)


def open_dispute(db: Any, pk: int, rule: str, reason: str, entered_by: str) -> Dispute:
    """Record an agent's dispute of `rule`'s verdict on call `pk`; the call becomes `disputed`."""
    subject = f"call #{pk}"
    reason = _required(reason, "the agent's reason", subject)
    entered_by = _required(entered_by, "who enters the dispute (your name in Settings)", subject)
    with transaction(db.db, subject) as conn:
        row = conn.execute(
            "SELECT r.final_status, r.title FROM calls c JOIN rule_results r ON r.score_id = c.score_id"
            " WHERE c.id = ? AND r.rule = ?", (int(pk), rule)).fetchone()
        if row is None:
            if conn.execute("SELECT 1 FROM calls WHERE id = ?", (int(pk),)).fetchone() is None:
                raise StorageError(subject, "not in the database")
            raise StorageError(subject, f"rule {rule!r} is not in this call's score")
        verdict, title = row
        if verdict not in FLIP:
            raise StorageError(subject, f"rule {rule!r} does not apply to this call (N/A); only a pass or a fail"
                                        " can be disputed")
        if conn.execute("SELECT 1 FROM disputes WHERE call_pk = ? AND rule = ? AND state = 'open'",
                        (int(pk), rule)).fetchone():
            raise StorageError(subject, f"the verdict of rule {rule!r} is already disputed; decide that dispute first")
        cur = conn.execute(
            "INSERT INTO disputes (call_pk, rule, title, reason, entered_by, opened_at, first_reviewer, verdict)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (int(pk), rule, title, reason, entered_by, now(), first_reviewer(conn, int(pk)), verdict))
        dispute_id = int(cur.lastrowid)
        verdicts.log(conn, int(pk), entered_by, "dispute_opened", f"rule {rule}", verdict, "open",
                     f"dispute #{dispute_id}: {reason}")
        (status,) = conn.execute("SELECT status FROM calls WHERE id = ?", (int(pk),)).fetchone()
        if status != "disputed":
            verdicts.set_status(conn, int(pk), "disputed", entered_by, reason, action="dispute_opened")
        refresh_summary(conn, int(pk))
    return get(db, dispute_id)


def decide(db: Any, dispute_id: int, outcome: str, comment: str, arbitrator: str) -> Dispute:
    """The arbitrator's decision; refused when the arbitrator reviewed the call first."""
    subject = f"dispute #{dispute_id}"
    if outcome not in OUTCOMES:
        raise StorageError(subject, f"the outcome must be upheld or overturned, not {outcome!r}")
    comment = _required(comment, "the arbitrator's comment", subject)
    arbitrator = _required(arbitrator, "the arbitrator's name (your name in Settings)", subject)
    with transaction(db.db, subject) as conn:
        row = conn.execute("SELECT call_pk, rule, state, first_reviewer, verdict, arbitrator, decided_at"
                           " FROM disputes WHERE id = ?", (int(dispute_id),)).fetchone()
        if row is None:
            raise StorageError(subject, "not in the database")
        pk, rule, state, first, verdict, decided_by, decided_at = row
        if state != "open":
            raise StorageError(subject, f"already decided ({state}) by {decided_by} at {decided_at}")
        first = first or first_reviewer(conn, pk)
        if first and first.casefold() == arbitrator.casefold():
            raise StorageError(subject, f"{arbitrator} reviewed this call first; an arbitrator other than the first"
                                        " reviewer must decide the dispute")
        if outcome == "overturned":
            verdicts.override(conn, pk, rule, FLIP[verdict], f"dispute #{dispute_id} overturned: {comment}",
                              arbitrator, action="dispute_overturned")
        conn.execute("UPDATE disputes SET state = ?, arbitrator = ?, comment = ?, decided_at = ? WHERE id = ?",
                     (outcome, arbitrator, comment, now(), int(dispute_id)))
        verdicts.log(conn, pk, arbitrator, f"dispute_{outcome}", f"rule {rule}", "open", outcome,
                     f"dispute #{dispute_id}: {comment}")
        still_open = conn.execute("SELECT count(*) FROM disputes WHERE call_pk = ? AND state = 'open'",
                                  (pk,)).fetchone()[0]
        if not still_open:
            verdicts.set_status(conn, pk, "reviewed", arbitrator, comment, action=f"dispute_{outcome}")
        refresh_summary(conn, pk)
    return get(db, dispute_id)


def list_disputes(db: Any, state: str | None = "open", team: str | None = None, call_pk: int | None = None,
                  limit: int = 5000) -> list[Dispute]:
    """Disputes, oldest open first (decided ones: latest decision first); `state` None: all."""
    if state is not None and state not in STATES:
        raise StorageError("disputes", f"state must be one of {', '.join(STATES)}, not {state!r}")
    parts, args = [], []
    if state:
        parts.append("d.state = ?")
        args.append(state)
    if team:
        parts.append("s.team = ?")
        args.append(team)
    if call_pk is not None:
        parts.append("d.call_pk = ?")
        args.append(int(call_pk))
    cond = " AND ".join(parts) or "1"
    order = "d.opened_at, d.id" if state == "open" else "coalesce(d.decided_at, d.opened_at) DESC, d.id DESC"
    return [Dispute(*r) for r in db.conn.execute(
        f"SELECT {_COLUMNS}{_FROM} WHERE {cond} ORDER BY {order} LIMIT ?", (*args, int(limit)))]


def open_counts_by_team(db: Any) -> dict[str, int]:
    """Open disputes per team (for the team filter)."""
    return {team or "": int(n) for team, n in db.conn.execute(
        "SELECT s.team, count(*) FROM disputes d JOIN call_summary s ON s.call_pk = d.call_pk"
        " WHERE d.state = 'open' GROUP BY s.team ORDER BY s.team")}


def dispute_rates(db: Any, date_from: str | date | None = None, date_to: str | date | None = None,
                  agent: str | None = None, team: str | None = None) -> list[DisputeRate]:
    """Per rule, over the calls of the range: disputes / applicable verdicts, and overturned / decided.

    Rules never disputed are left out; most overturned first."""
    cond, args = scored_where(date_from, date_to, agent, team)
    counts = {rule: (title, int(n), int(dec or 0), int(over or 0)) for rule, title, n, dec, over in db.conn.execute(
        "SELECT d.rule, max(d.title), count(*), sum(d.state != 'open'), sum(d.state = 'overturned')"
        f" FROM disputes d JOIN call_summary s ON s.call_pk = d.call_pk WHERE {cond} GROUP BY d.rule", args)}
    if not counts:
        return []
    applicable = {p.rule: (p.title, p.n_applicable)
                  for p in charts.rule_failure_rates(db.conn, date_from, date_to, agent, team)}
    rates = [DisputeRate(rule, title or applicable.get(rule, (rule, 0))[0], applicable.get(rule, ("", 0))[1],
                         n, dec, over) for rule, (title, n, dec, over) in counts.items()]
    return sorted(rates, key=lambda r: (-r.overturn_rate, -r.n_overturned, -r.dispute_rate, r.rule))
