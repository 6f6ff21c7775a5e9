"""Who reviews which call: assignment, workload, and the bulk machine-confidence sign-off.

A team lead hands the calls of a review plan to named inspectors; each call
has at most one inspector (`assignments`, in the plan's order), so "my queue"
is one indexed read and two inspectors never review the same call by
accident. Every assignment and every bulk sign-off is appended to the audit
trail under the name of whoever did it.

The bulk sign-off is for calls an inspector need not hear: the machine was
sure of every applicable verdict (its confidence at least a threshold), no
critical rule failed, nobody overrode anything. It is recorded as its own
action (`bulk_machine_sign_off`) in the reviews and the audit trail, so a
report can always tell a call a person heard from one the machine cleared.

Functions take a storage `Database`; each write is a transaction of its own
(`BEGIN IMMEDIATE`, WAL), so a CLI audit writing into the same file meanwhile
only waits for them, and they for it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from qa_desktop.errors import Cancelled, StorageError
from qa_desktop.progress import CancelToken
from qa_desktop.storage import verdicts
from qa_desktop.storage.connection import transaction
from qa_desktop.storage.packs import now

BULK_ACTION = "bulk_machine_sign_off"
ASSIGN_MODES: tuple[str, ...] = ("round_robin", "least_loaded")
BULK_BATCH = 200  # calls per transaction: a CLI audit waiting to write waits for one batch, not for all


@dataclass(slots=True)
class Workload:
    """One inspector's share: calls assigned, of which reviewed (signed off, by anyone), and what is left."""

    inspector: str
    assigned: int
    reviewed: int

    @property
    def remaining(self) -> int:
        return self.assigned - self.reviewed


@dataclass(slots=True)
class AssignResult:
    assigned: dict[str, int] = field(default_factory=dict)  # inspector -> calls newly given to them
    already_assigned: int = 0  # kept with the inspector they had
    already_reviewed: int = 0  # not handed out: signed off already

    @property
    def total(self) -> int:
        return sum(self.assigned.values())


def _names(inspectors: list[str]) -> list[str]:
    names = list(dict.fromkeys(n.strip() for n in inspectors if n and n.strip()))
    if not names:
        raise StorageError("assignment", "name at least one inspector to assign calls to")
    return names


def _actor(name: str, what: str) -> str:
    if not name or not name.strip():
        raise StorageError(what, "who is doing this? Set your name in Settings first")
    return name.strip()


def assign(db: Any, pks: list[int], inspectors: list[str], by: str, plan: str = "",
           mode: str = "round_robin", reassign: bool = False) -> AssignResult:
    """Hand the calls `pks` (in review order) to `inspectors`, in one transaction.

    round_robin: call 1 to the first inspector, call 2 to the second, …;
    least_loaded: each call to whoever has the fewest calls left to review.
    Calls already signed off are not handed out; calls already assigned keep
    their inspector unless `reassign`.
    """
    names = _names(inspectors)
    by = _actor(by, "assignment")
    if mode not in ASSIGN_MODES:
        raise StorageError("assignment", f"mode must be one of {', '.join(ASSIGN_MODES)}, not {mode!r}")
    order = list(dict.fromkeys(int(pk) for pk in pks))
    result = AssignResult(assigned={n: 0 for n in names})
    with transaction(db.db, "assignment") as conn:
        state = dict(conn.execute(
            "SELECT s.call_pk, s.status FROM call_summary s WHERE s.call_pk IN (SELECT value FROM json_each(?))",
            (json.dumps(order),)).fetchall())
        current = dict(conn.execute(
            "SELECT call_pk, inspector FROM assignments WHERE call_pk IN (SELECT value FROM json_each(?))",
            (json.dumps(order),)).fetchall())
        left = {n: 0 for n in names}
        for inspector, remaining in conn.execute(
                "SELECT a.inspector, sum(s.status = 'to-review') FROM assignments a"
                " JOIN call_summary s ON s.call_pk = a.call_pk GROUP BY a.inspector"):
            if inspector in left:
                left[inspector] = int(remaining or 0)
        (seq,) = conn.execute("SELECT coalesce(max(seq), 0) FROM assignments").fetchone()
        at, turn = now(), 0
        for pk in order:
            if pk not in state:
                raise StorageError(f"call #{pk}", "not in the database")
            if state[pk] != "to-review":
                result.already_reviewed += 1
                continue
            old = current.get(pk)
            if old is not None and not reassign:
                result.already_assigned += 1
                continue
            if mode == "round_robin":
                name = names[turn % len(names)]
                turn += 1
            else:
                name = min(names, key=lambda n: (left[n], names.index(n)))
            if old == name:
                result.already_assigned += 1
                continue
            seq += 1
            conn.execute(
                "INSERT INTO assignments (call_pk, inspector, seq, plan, assigned_by, at) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (call_pk) DO UPDATE SET inspector = excluded.inspector, seq = excluded.seq,"
                " plan = excluded.plan, assigned_by = excluded.assigned_by, at = excluded.at",
                (pk, name, seq, plan, by, at))
            verdicts.log(conn, pk, by, "assign", "inspector", old, name, plan)
            left[name] += 1
            if old in left:
                left[old] -= 1
            result.assigned[name] += 1
    return result


def unassign(db: Any, pks: list[int], by: str) -> int:
    """Take calls back from whoever had them; returns how many were assigned."""
    by = _actor(by, "assignment")
    n = 0
    with transaction(db.db, "assignment") as conn:
        for pk, old in conn.execute(
                "SELECT call_pk, inspector FROM assignments WHERE call_pk IN (SELECT value FROM json_each(?))",
                (json.dumps([int(p) for p in pks]),)).fetchall():
            conn.execute("DELETE FROM assignments WHERE call_pk = ?", (pk,))
            verdicts.log(conn, pk, by, "unassign", "inspector", old, None)
            n += 1
    return n


# Each assigned call's status from the narrow (call, status) index, never from the wide summary row
# (its verdicts JSON): SQLite's planner picks the row itself unless told (no ANALYZE in a user's file).
WORKLOAD_SQL = ("SELECT a.inspector, count(*), sum(s.status != 'to-review') FROM assignments a"
                " JOIN call_summary s INDEXED BY call_summary_status ON s.call_pk = a.call_pk"
                " GROUP BY a.inspector ORDER BY a.inspector")
QUEUE_SQL = ("SELECT a.call_pk FROM assignments a JOIN call_summary s INDEXED BY call_summary_status"
             " ON s.call_pk = a.call_pk WHERE a.inspector = ?{cond} ORDER BY a.seq, a.call_pk")


def workload(db: Any) -> list[Workload]:
    """Every inspector with calls assigned: assigned / reviewed / remaining."""
    return [Workload(name, int(total), int(done or 0)) for name, total, done in db.conn.execute(WORKLOAD_SQL)]


def queue_of(db: Any, inspector: str, remaining_only: bool = True) -> list[int]:
    """The calls assigned to `inspector`, in the order they were handed out ("my queue")."""
    cond = " AND s.status = 'to-review'" if remaining_only else ""
    return [r[0] for r in db.conn.execute(QUEUE_SQL.format(cond=cond), (inspector.strip(),))]


def assignee(db: Any, pk: int) -> str | None:
    row = db.conn.execute("SELECT inspector FROM assignments WHERE call_pk = ?", (int(pk),)).fetchone()
    return row[0] if row else None


# A call the machine may sign off: still to review, scored, no critical failure, no inspector
# override, and every applicable verdict at least this sure.
_ELIGIBLE = """
SELECT s.call_pk FROM call_summary s
WHERE s.call_pk IN (SELECT value FROM json_each(?)) AND s.status = 'to-review' AND s.score IS NOT NULL
  AND s.n_critical = 0
  AND NOT EXISTS (SELECT 1 FROM overrides o WHERE o.score_id = s.score_id)
  AND NOT EXISTS (SELECT 1 FROM rule_results r WHERE r.score_id = s.score_id AND r.final_status != 'na'
                  AND r.confidence < ?)
ORDER BY s.call_pk
"""


def _sign_off_set(conn: Any, pks_json: str, by: str, comment: str) -> None:
    """What `verdicts.set_status(…, "reviewed", action=BULK_ACTION)` and `refresh_summary` write for each
    call, as four set statements for the whole batch: the status is the only thing that changes (no
    verdict, so the rule roll-up stays), and a pool thread that hardly holds the GIL leaves the
    window free. The calls are all `to-review` (checked by the caller in this transaction)."""
    at = now()
    changes = json.dumps({"status_from": "to-review", "status_to": "reviewed"})
    conn.execute("INSERT INTO reviews (call_pk, inspector, at, action, changes, comment)"
                 " SELECT value, ?, ?, ?, ?, ? FROM json_each(?)", (by, at, BULK_ACTION, changes, comment, pks_json))
    conn.execute("INSERT INTO audit_log (at, call_pk, actor, action, subject, old, new, detail)"
                 " SELECT ?, value, ?, ?, 'status', 'to-review', 'reviewed', ? FROM json_each(?)",
                 (at, by, BULK_ACTION, comment, pks_json))
    conn.execute("UPDATE calls SET status = 'reviewed', updated_at = ? WHERE id IN (SELECT value FROM json_each(?))",
                 (at, pks_json))
    conn.execute("UPDATE call_summary SET status = 'reviewed' WHERE call_pk IN (SELECT value FROM json_each(?))",
                 (pks_json,))


def high_confidence(db: Any, pks: list[int], min_confidence: float) -> list[int]:
    """Which of `pks` the machine may sign off at `min_confidence` (0-1)."""
    if not 0.0 <= min_confidence <= 1.0:
        raise StorageError("bulk sign-off", f"confidence must be between 0 and 1, not {min_confidence}")
    return [r[0] for r in db.conn.execute(_ELIGIBLE, (json.dumps([int(p) for p in pks]), float(min_confidence)))]


def bulk_sign_off(db: Any, pks: list[int], by: str, min_confidence: float,
                  progress: Callable[[float, str], None] | None = None,
                  cancel: CancelToken | None = None) -> int:
    """Sign off every call of `pks` the machine was sure of, as `by`'s bulk machine-confidence sign-off.

    Eligibility is checked again inside each batch's transaction (an inspector
    may have overridden a verdict meanwhile). Returns how many were signed off;
    on cancel, the batches already written stay written.
    """
    by = _actor(by, "bulk sign-off")
    todo = high_confidence(db, pks, min_confidence)
    comment = f"machine confidence ≥ {min_confidence:.2f} on every verdict, no critical failure"
    done = 0
    for start in range(0, len(todo), BULK_BATCH):
        if cancel is not None and cancel.cancelled:
            raise Cancelled(f"bulk sign-off stopped after {done} calls")
        batch = todo[start:start + BULK_BATCH]
        with transaction(db.db, "bulk sign-off") as conn:
            still = json.dumps([r[0] for r in conn.execute(_ELIGIBLE, (json.dumps(batch), float(min_confidence)))])
            _sign_off_set(conn, still, by, comment)
            still = json.loads(still)
        done += len(still)
        if progress is not None:
            progress(min(1.0, (start + len(batch)) / len(todo)), f"{done} calls signed off")
    return done
