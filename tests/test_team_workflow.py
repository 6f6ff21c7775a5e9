"""Team workflow in storage, on a real SQLite file with calls scored by the real engine:
review plans, assignment and workload, the bulk machine-confidence sign-off, disputes and
their arbitration, dispute/overturn rates, and who did what in the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_desktop.errors import StorageError
from qa_desktop.review_plans import PLANS, draw_plan, register_plan
from qa_desktop.sampling import SamplePlan
from qa_desktop.storage import CallFilter, Database, assignments, disputes, schema
from team_synth import build_team_db


@pytest.fixture
def team(tmp_path: Path):
    db, pks, pack = build_team_db(tmp_path)
    yield db, pks
    db.close()


def test_migration_adds_the_workflow_tables_to_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = Database.open(path)
    db.close()
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE assignments")
    conn.execute("DROP TABLE disputes")
    conn.execute("DROP INDEX call_summary_status")
    conn.execute(f"PRAGMA user_version = {schema.LATEST - 1}")
    conn.commit()
    conn.close()
    with Database.open(path) as again:
        assert again.backup_path is not None  # the old file was copied first
        assert schema.user_version(again.conn) == schema.LATEST
        assert again.conn.execute("SELECT count(*) FROM assignments").fetchone()[0] == 0
        assert again.conn.execute("SELECT count(*) FROM disputes").fetchone()[0] == 0
        plan = again.conn.execute("EXPLAIN QUERY PLAN " + assignments.WORKLOAD_SQL).fetchall()
        assert "call_summary_status" in str(plan)  # progress reads the narrow index, not the summary rows


def test_critical_first_plan_and_plans_are_pluggable(team) -> None:
    db, pks = team
    sample = SamplePlan(methods=("below",), below_score=70, date_from="2026-08-01", date_to="2026-08-31")
    as_drawn = [c.pk for c in draw_plan(db, "sample", sample)]
    assert as_drawn == [pks[2], pks[4], pks[1], pks[0]]  # lowest score first
    critical = [c.pk for c in draw_plan(db, "critical_first", sample)]
    assert critical[0] == pks[2] and sorted(critical) == sorted(as_drawn)
    register_plan("longest_first", "Longest calls first",
                  lambda d, s: sorted(draw_plan(d, "sample", s), key=lambda c: -c.pk))
    try:
        assert [c.pk for c in draw_plan(db, "longest_first", sample)] == sorted(as_drawn, reverse=True)
    finally:
        del PLANS["longest_first"]
    with pytest.raises(Exception, match="unknown plan 'nope'"):
        draw_plan(db, "nope", sample)


def test_round_robin_assignment_queues_and_progress(team) -> None:
    db, pks = team
    result = assignments.assign(db, pks, ["王芳", "李娜"], by="陈组长", plan="critical_first")
    assert result.assigned == {"王芳": 3, "李娜": 3}
    assert assignments.queue_of(db, "王芳") == [pks[0], pks[2], pks[4]]  # in the plan's order
    assert assignments.queue_of(db, "李娜") == [pks[1], pks[3], pks[5]]
    db.sign_off(pks[0], "王芳")
    progress = {w.inspector: (w.assigned, w.reviewed, w.remaining) for w in assignments.workload(db)}
    assert progress == {"王芳": (3, 1, 2), "李娜": (3, 0, 3)}
    assert assignments.queue_of(db, "王芳") == [pks[2], pks[4]]
    again = assignments.assign(db, pks, ["赵敏"], by="陈组长")
    assert again.total == 0 and again.already_assigned == 5 and again.already_reviewed == 1
    moved = assignments.assign(db, [pks[4]], ["赵敏"], by="陈组长", reassign=True)
    assert moved.assigned == {"赵敏": 1} and assignments.assignee(db, pks[4]) == "赵敏"
    log = [(e["actor"], e["old"], e["new"], e["detail"]) for e in db.audit_log(pks[4]) if e["action"] == "assign"]
    assert log == [("陈组长", None, "王芳", "critical_first"), ("陈组长", "王芳", "赵敏", "")]
    assert assignments.unassign(db, [pks[4], pks[5]], by="陈组长") == 2
    assert assignments.assignee(db, pks[4]) is None and assignments.queue_of(db, "李娜") == [pks[1], pks[3]]
    assert [(e["actor"], e["old"]) for e in db.audit_log(pks[4]) if e["action"] == "unassign"] == [("陈组长", "赵敏")]
    with pytest.raises(StorageError, match="at least one inspector"):
        assignments.assign(db, pks, [" "], by="陈组长")
    with pytest.raises(StorageError, match="Set your name in Settings"):
        assignments.assign(db, pks, ["王芳"], by="")


def test_least_loaded_assignment_evens_out_what_is_left(team) -> None:
    db, pks = team
    assignments.assign(db, pks[:2], ["王芳"], by="陈组长")
    result = assignments.assign(db, pks[2:], ["王芳", "李娜"], by="陈组长", mode="least_loaded")
    assert result.assigned == {"王芳": 1, "李娜": 3}
    assert {w.inspector: w.remaining for w in assignments.workload(db)} == {"王芳": 3, "李娜": 3}


def test_bulk_sign_off_only_clears_sure_calls_and_says_so(team) -> None:
    db, pks = team
    db.override(pks[5], "greeting", "pass", "确认有问候", "王芳")  # a person looked at this one
    assert assignments.high_confidence(db, pks, 0.9) == [pks[3]]
    assert assignments.high_confidence(db, pks, 0.85) == [pks[0], pks[1], pks[3], pks[4]]  # never the critical one
    seen = []
    n = assignments.bulk_sign_off(db, pks, "陈组长", 0.9, progress=lambda f, m: seen.append(f))
    assert n == 1 and seen == [1.0]
    call = db.load_call(pks[3])
    assert call.status == "reviewed" and call.reviews[-1].action == assignments.BULK_ACTION
    assert call.reviews[-1].inspector == "陈组长" and "0.90" in call.reviews[-1].comment
    entry = db.audit_log(pks[3])[-1]
    assert (entry["actor"], entry["action"], entry["old"], entry["new"]) == (
        "陈组长", "bulk_machine_sign_off", "to-review", "reviewed")
    assert [r.pk for r in db.query_calls(CallFilter(status="reviewed"))] == [pks[3]]  # the list agrees
    assert db.load_call(pks[5]).status == "to-review"  # overridden: not the machine's call any more
    assert assignments.bulk_sign_off(db, pks, "陈组长", 0.9) == 0  # nothing left at that confidence


def test_dispute_overturned_flips_the_verdict_and_rescores_the_call(team) -> None:
    db, pks = team
    pk = pks[0]  # verify failed: 66.7
    db.sign_off(pk, "王芳")
    d = disputes.open_dispute(db, pk, "verify", "我核实过订单号，录音 0:09", entered_by="陈组长")
    assert (d.state, d.verdict, d.first_reviewer, d.agent, d.team) == ("open", "fail", "王芳", "Z3001", "East")
    assert db.load_call(pk).status == "disputed"
    with pytest.raises(StorageError, match="already disputed"):
        disputes.open_dispute(db, pk, "verify", "again", entered_by="陈组长")
    with pytest.raises(StorageError, match="other than the first reviewer"):
        disputes.decide(db, d.id, "overturned", "坐席确实核实了", arbitrator="王芳")
    assert disputes.get(db, d.id).state == "open"  # the refusal changed nothing
    decided = disputes.decide(db, d.id, "overturned", "坐席确实核实了", arbitrator="周仲裁")
    assert (decided.state, decided.arbitrator) == ("overturned", "周仲裁")
    call = db.load_call(pk)
    assert call.machine.result("verify").status == "fail"  # what the machine said stays
    assert call.effective.result("verify").status == "pass" and call.effective.score == 100.0
    assert call.status == "reviewed"
    assert db.query_calls()[0].score is not None
    assert {r.pk: r.score for r in db.query_calls()}[pk] == 100.0  # the list shows the new score
    actions = [(e["actor"], e["action"], e["subject"]) for e in db.audit_log(pk)]
    assert ("王芳", "sign_off", "status") in actions  # the first reviewer's decision stays
    assert ("陈组长", "dispute_opened", "rule verify") in actions
    assert ("周仲裁", "dispute_overturned", "verify") in actions  # the verdict flip
    assert ("周仲裁", "dispute_overturned", "rule verify") in actions
    with pytest.raises(StorageError, match="already decided"):
        disputes.decide(db, d.id, "upheld", "x", arbitrator="周仲裁")


def test_dispute_upheld_keeps_the_score_and_rates_per_rule(team) -> None:
    db, pks = team
    db.sign_off(pks[1], "王芳")
    up = disputes.open_dispute(db, pks[1], "greeting", "我说了您好", entered_by="陈组长")
    over = disputes.open_dispute(db, pks[4], "greeting", "开头有问候", entered_by="陈组长")
    still = disputes.open_dispute(db, pks[2], "forbidden", "不是禁语", entered_by="陈组长")
    with pytest.raises(StorageError, match="required"):
        disputes.open_dispute(db, pks[3], "greeting", " ", entered_by="陈组长")
    assert [d.id for d in disputes.list_disputes(db, team="East")] == [up.id, over.id]
    assert disputes.open_counts_by_team(db) == {"East": 2, "West": 1}
    disputes.decide(db, up.id, "upheld", "录音里没有问候", arbitrator="周仲裁")
    assert db.load_call(pks[1]).effective.score == 50.0
    disputes.decide(db, over.id, "overturned", "有问候", arbitrator="周仲裁")
    rates = {r.rule: r for r in disputes.dispute_rates(db, "2026-08-01", "2026-08-31")}
    assert set(rates) == {"greeting", "forbidden"}
    g = rates["greeting"]
    assert (g.n_applicable, g.n_disputed, g.n_decided, g.n_overturned) == (6, 2, 2, 1)
    assert g.dispute_rate == pytest.approx(2 / 6) and g.overturn_rate == 0.5
    assert rates["forbidden"].n_decided == 0 and rates["forbidden"].overturn_rate == 0.0
    assert [r.rule for r in disputes.dispute_rates(db, team="West")] == ["forbidden"]
    assert [d.id for d in disputes.list_disputes(db)] == [still.id]
    assert {d.id for d in disputes.list_disputes(db, state=None)} == {up.id, over.id, still.id}


def test_cli_assign_workload_and_disputes(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    db, pks, _ = build_team_db(tmp_path, tmp_path / "team.sqlite")
    db.sign_off(pks[0], "王芳")
    db.close()
    env = {**os.environ, "QA_DESKTOP_HOME": str(tmp_path / "home")}

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "qa_desktop", *args, "--db", str(tmp_path / "team.sqlite")],
                              capture_output=True, text=True, env=env, timeout=120)

    run = cli("assign", "--by", "陈组长", "--inspectors", "王芳,李娜", "--since", "2026-08-01", "--until",
              "2026-08-31", "--per-agent-week", "5", "--bulk-sign-off", "0.9")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "5 calls drawn (critical_first)",
        "2 calls signed off by 陈组长 as a bulk machine-confidence sign-off (confidence >= 0.90, no critical failure)",
        "3 calls assigned (王芳 2, 李娜 1); 0 already had an inspector, 2 already reviewed"]
    run = cli("workload")
    assert run.stdout.splitlines()[1:] == ["李娜\t1\t0\t1", "王芳\t2\t0\t2"]
    run = cli("workload", "--inspector", "王芳")
    assert [line.split("\t")[0] for line in run.stdout.splitlines()] == [str(pks[2]), str(pks[4])]
    run = cli("dispute", "open", str(pks[0]), "verify", "--reason", "核实过", "--by", "陈组长")
    assert run.returncode == 0 and run.stdout.startswith("dispute #1 opened"), run.stderr
    run = cli("dispute", "decide", "1", "overturned", "--comment", "确实核实了", "--by", "王芳")
    assert run.returncode == 2 and "王芳 reviewed this call first" in run.stderr
    run = cli("dispute", "decide", "1", "overturned", "--comment", "确实核实了", "--by", "周仲裁")
    assert run.returncode == 0 and run.stdout.strip().endswith("now scores 100.0"), run.stderr
    run = cli("dispute", "list", "--state", "all")
    assert run.stdout.splitlines()[1].split("\t")[:7] == ["1", str(pks[0]), "Z3001", "East", "verify", "fail",
                                                          "overturned"]


def test_bulk_sign_off_stops_between_batches_and_keeps_what_it_wrote(team, monkeypatch) -> None:
    from qa_desktop.errors import Cancelled
    from qa_desktop.progress import CancelToken

    db, pks = team
    monkeypatch.setattr(assignments, "BULK_BATCH", 1)
    cancel = CancelToken()
    with pytest.raises(Cancelled, match="after 1 calls"):
        assignments.bulk_sign_off(db, pks, "陈组长", 0.85, progress=lambda f, m: cancel.cancel(), cancel=cancel)
    assert [db.load_call(pk).status for pk in pks].count("reviewed") == 1
