"""Scores, rule verdicts, inspector overrides and the audit trail.

Two scores live side by side: the machine's (never edited, so a dispute can
always show what the program said) and the effective one after inspector
overrides, which is what charts and exports count. Every change of a verdict
or a score appends to `audit_log`, which triggers make append-only.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from qa_desktop.domain import CallScore, RuleResult
from qa_desktop.errors import StorageError
from qa_desktop.storage.packs import ensure_pack, load_stored_pack, now


def log(conn: sqlite3.Connection, call_pk: int, actor: str, action: str, subject: str = "",
        old: Any = None, new: Any = None, detail: str = "") -> None:
    conn.execute(
        "INSERT INTO audit_log (at, call_pk, actor, action, subject, old, new, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (now(), call_pk, actor, action, subject, None if old is None else str(old),
         None if new is None else str(new), detail),
    )


def current_overrides(conn: sqlite3.Connection, score_id: int) -> dict[str, tuple[str, str, str, str]]:
    """rule -> (status, comment, inspector, at) for one score."""
    return {
        rule: (status, comment, inspector, at)
        for rule, status, comment, inspector, at in conn.execute(
            "SELECT rule, status, comment, inspector, at FROM overrides WHERE score_id = ? ORDER BY id", (score_id,)
        )
    }


def _effective(machine: CallScore, overrides: dict[str, str], pack: Any) -> CallScore:
    if not overrides:
        return machine
    from qa_desktop.scoring import apply_overrides

    return apply_overrides(machine, overrides, pack)


def _corrected(conn: sqlite3.Connection, call_pk: int, effective: CallScore) -> CallScore:
    """The inspector's category correction outlives re-scoring and overrides, as overrides do."""
    from qa_desktop.storage.learning import with_correction

    return with_correction(conn, call_pk, effective)


def _final_statuses(conn: sqlite3.Connection, score_id: int | None) -> tuple[dict[str, str], float | None]:
    if score_id is None:
        return {}, None
    rows = conn.execute("SELECT rule, final_status FROM rule_results WHERE score_id = ?", (score_id,)).fetchall()
    score = conn.execute("SELECT score FROM scores WHERE id = ?", (score_id,)).fetchone()
    return dict(rows), (score[0] if score else None)


def _write_results(conn: sqlite3.Connection, score_id: int, machine: CallScore, effective: CallScore) -> None:
    conn.execute("DELETE FROM rule_results WHERE score_id = ?", (score_id,))
    final = {r.rule: r.status for r in effective.results}
    conn.executemany(
        "INSERT INTO rule_results (score_id, rule, title, section, status, final_status, points, max_points,"
        " critical, reason, confidence, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (score_id, r.rule, r.title, r.section, r.status, final.get(r.rule, r.status), r.points, r.max_points,
             int(r.critical), r.reason, r.confidence,
             json.dumps(RuleResult.to_dict(r)["evidence"], ensure_ascii=False))
            for r in machine.results
        ],
    )


def _log_changes(conn: sqlite3.Connection, call_pk: int, actor: str, action: str,
                 before: dict[str, str], before_score: float | None, score_id: int, detail: str) -> int:
    after, after_score = _final_statuses(conn, score_id)
    changed = 0
    for rule in sorted(set(before) | set(after)):
        if before.get(rule) != after.get(rule):
            log(conn, call_pk, actor, action, rule, before.get(rule), after.get(rule), detail)
            changed += 1
    if before_score is None or after_score is None or abs(before_score - after_score) > 1e-9:
        log(conn, call_pk, actor, action, "score", before_score, after_score, detail)
    return changed


def store_score(conn: sqlite3.Connection, call_pk: int, machine: CallScore, pack: Any, actor: str = "machine",
                action: str = "score") -> int:
    """Make `machine` the call's current score under `pack`; returns how many verdicts changed.

    Inspector overrides of the previous current score are carried over to the
    rules that still exist: a person's judgement outlives a rule-pack edit.
    """
    pack_id = ensure_pack(conn, pack)
    (old_score_id,) = conn.execute("SELECT score_id FROM calls WHERE id = ?", (call_pk,)).fetchone()
    before, before_score = _final_statuses(conn, old_score_id)
    row = conn.execute("SELECT id FROM scores WHERE call_pk = ? AND pack_id = ?", (call_pk, pack_id)).fetchone()
    carried = current_overrides(conn, row[0]) if row else {}
    if old_score_id is not None and (row is None or row[0] != old_score_id):
        for rule, value in current_overrides(conn, old_score_id).items():
            carried.setdefault(rule, value)
    rules = {r.rule for r in machine.results}
    carried = {k: v for k, v in carried.items() if k in rules}
    effective = _corrected(conn, call_pk, _effective(machine, {k: v[0] for k, v in carried.items()}, pack))
    values = (machine.score, effective.score, effective.category, json.dumps(effective.critical_failed),
              json.dumps(machine.to_dict(), ensure_ascii=False), json.dumps(effective.to_dict(), ensure_ascii=False))
    if row:
        score_id = int(row[0])
        conn.execute(
            "UPDATE scores SET machine_score=?, score=?, category=?, critical_failed=?, machine=?, effective=?,"
            " created_at=? WHERE id=?", (*values, now(), score_id))
    else:
        cur = conn.execute(
            "INSERT INTO scores (call_pk, pack_id, machine_score, score, category, critical_failed, machine,"
            " effective, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (call_pk, pack_id, *values, now()))
        score_id = int(cur.lastrowid)
    for rule, (status, comment, inspector, at) in carried.items():
        conn.execute(
            "INSERT OR IGNORE INTO overrides (score_id, rule, status, comment, inspector, at) VALUES (?, ?, ?, ?, ?, ?)",
            (score_id, rule, status, comment, inspector, at))
    _write_results(conn, score_id, machine, effective)
    conn.execute("UPDATE calls SET score_id = ?, updated_at = ? WHERE id = ?", (score_id, now(), call_pk))
    detail = f"{pack.name} {getattr(pack, 'version', '')} ({str(pack.content_hash)[:12]})".strip()
    return _log_changes(conn, call_pk, actor, action, before, before_score, score_id, detail)


def load_scores(conn: sqlite3.Connection, call_pk: int) -> tuple[int | None, CallScore | None, CallScore | None]:
    row = conn.execute(
        "SELECT s.id, s.machine, s.effective FROM calls c JOIN scores s ON s.id = c.score_id WHERE c.id = ?",
        (call_pk,)).fetchone()
    if row is None:
        return None, None, None
    return int(row[0]), CallScore.from_dict(json.loads(row[1])), CallScore.from_dict(json.loads(row[2]))


def override(conn: sqlite3.Connection, call_pk: int, rule: str, status: str, comment: str,
             inspector: str, action: str = "override") -> CallScore:
    """Set (or, with the machine's own status, keep) an inspector's verdict for one rule.

    `action` names why in the reviews and the audit trail (an arbitrator's
    overturned dispute is an override of its own kind)."""
    if status not in ("pass", "fail", "na"):
        raise StorageError(f"call #{call_pk}", f"verdict must be pass, fail or na, not {status!r}")
    if not inspector.strip():
        raise StorageError(f"call #{call_pk}", "an override needs the inspector's name")
    score_id, machine, _ = load_scores(conn, call_pk)
    if machine is None or score_id is None:
        raise StorageError(f"call #{call_pk}", "the call has no score to override")
    if machine.result(rule) is None:
        raise StorageError(f"call #{call_pk}", f"rule {rule!r} is not in this call's rule pack")
    (pack_id,) = conn.execute("SELECT pack_id FROM scores WHERE id = ?", (score_id,)).fetchone()
    pack = load_stored_pack(conn, pack_id)
    before, before_score = _final_statuses(conn, score_id)
    conn.execute(
        "INSERT INTO overrides (score_id, rule, status, comment, inspector, at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (score_id, rule) DO UPDATE SET status=excluded.status, comment=excluded.comment,"
        " inspector=excluded.inspector, at=excluded.at",
        (score_id, rule, status, comment, inspector, now()))
    ov = {k: v[0] for k, v in current_overrides(conn, score_id).items()}
    effective = _corrected(conn, call_pk, _effective(machine, ov, pack))
    conn.execute("UPDATE scores SET score=?, category=?, critical_failed=?, effective=? WHERE id=?",
                 (effective.score, effective.category, json.dumps(effective.critical_failed),
                  json.dumps(effective.to_dict(), ensure_ascii=False), score_id))
    _write_results(conn, score_id, machine, effective)
    conn.execute(
        "INSERT INTO reviews (call_pk, inspector, at, action, changes, comment) VALUES (?, ?, ?, ?, ?, ?)",
        (call_pk, inspector, now(), action,
         json.dumps({"rule": rule, "from": before.get(rule), "to": status,
                     "score_from": before_score, "score_to": effective.score}), comment))
    _log_changes(conn, call_pk, inspector, action, before, before_score, score_id, comment)
    return effective


def set_status(conn: sqlite3.Connection, call_pk: int, status: str, inspector: str, comment: str,
               action: str = "status") -> None:
    if status not in ("to-review", "reviewed", "disputed"):
        raise StorageError(f"call #{call_pk}", f"status must be to-review, reviewed or disputed, not {status!r}")
    row = conn.execute("SELECT status FROM calls WHERE id = ?", (call_pk,)).fetchone()
    if row is None:
        raise StorageError(f"call #{call_pk}", "not in the database")
    conn.execute("UPDATE calls SET status = ?, updated_at = ? WHERE id = ?", (status, now(), call_pk))
    conn.execute(
        "INSERT INTO reviews (call_pk, inspector, at, action, changes, comment) VALUES (?, ?, ?, ?, ?, ?)",
        (call_pk, inspector, now(), action, json.dumps({"status_from": row[0], "status_to": status}), comment))
    log(conn, call_pk, inspector, action, "status", row[0], status, comment)
