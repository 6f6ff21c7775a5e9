"""Inspector overrides and re-scoring with real rule packs and the real scoring engine."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from qa_desktop.errors import StorageError
from qa_desktop.rules import load_pack
from qa_desktop.scoring import score
from qa_desktop.storage.pack_rollup import rule_trend_by_pack
from qa_desktop.storage import CallFilter, Database
from test_storage_basic import make_call

PACK = """name: test-zh
language: zh
version: "{version}"
sections:
  - id: opening
    title: 开场
  - id: service
    title: 服务
rules:
  - id: greeting
    title: 问候
    section: opening
    points: 10
    phrases: [{greeting}]
    window: {{first: 15}}
  - id: verify
    title: 核实订单
    section: service
    points: 10
    phrases: [订单号]
  - id: forbidden
    title: 禁语
    section: service
    points: 5
    critical: true
    expect: absent
    phrases: [你自己看吧]
"""


def write_pack(folder: Path, version: str = "1", greeting: str = "您好, 你好") -> Path:
    path = folder / "test-zh.yaml"
    path.write_text(PACK.format(version=version, greeting=greeting), encoding="utf-8")
    return path


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Database, list[int], Path]:
    pack_path = write_pack(tmp_path)
    pack = load_pack(pack_path)
    db = Database.open(tmp_path / "qa.sqlite")
    pks = []
    for i in range(3):  # greeting passes only in call 0; verify passes only in call 1
        transcript, _ = make_call(i)
        pks.append(db.save_call(transcript, score(transcript, pack), pack))
    yield db, pks, pack_path
    db.close()


def test_override_changes_effective_score_but_keeps_the_machine_verdict(stored) -> None:
    db, pks, _ = stored
    before = db.load_call(pks[0])
    assert before.effective.result("verify").status == "fail"
    effective = db.override(pks[0], "verify", "pass", "客户主动报了订单号，坐席确认过", "王芳")
    assert effective.result("verify").status == "pass" and effective.score > before.effective.score
    after = db.load_call(pks[0])
    assert after.machine.result("verify").status == "fail"  # what the program said stays visible
    assert after.effective == effective
    assert [(o.rule, o.status, o.inspector, o.comment) for o in after.overrides] == [
        ("verify", "pass", "王芳", "客户主动报了订单号，坐席确认过")]
    assert after.reviews[-1].changes["from"] == "fail" and after.reviews[-1].changes["to"] == "pass"
    assert db.query_calls(CallFilter(agent="Z3001"), order_by="pk", descending=False)[0].score == effective.score
    assert db.count_calls(CallFilter(failed_rule="verify")) == 1  # charts count the effective verdict
    log = [(e["actor"], e["subject"], e["old"], e["new"]) for e in db.audit_log(pks[0]) if e["action"] == "override"]
    assert ("王芳", "verify", "fail", "pass") in log
    assert any(s == "score" for _, s, _, _ in log)
    with pytest.raises(StorageError, match="not in this call's rule pack"):
        db.override(pks[0], "no_such_rule", "pass", "", "王芳")
    with pytest.raises(StorageError, match="inspector"):
        db.override(pks[0], "verify", "pass", "", " ")


def test_override_works_after_the_pack_file_changed(stored) -> None:
    db, pks, pack_path = stored
    write_pack(pack_path.parent, version="2", greeting="欢迎")  # the file on disk is now another pack
    effective = db.override(pks[1], "greeting", "pass", "听录音确认有问候", "李主管")
    assert effective.pack_version == "1" and effective.result("greeting").status == "pass"


def test_rescore_with_an_edited_pack_counts_changed_verdicts_and_keeps_overrides(stored, tmp_path: Path) -> None:
    db, pks, _ = stored
    db.override(pks[2], "verify", "pass", "人工确认", "王芳")
    (tmp_path / "v2").mkdir()
    edited = load_pack(write_pack(tmp_path / "v2", version="2", greeting="请您稍等"))
    # greeting now passes only where the agent says 请您稍等: call 0 loses it, call 2 gains it
    summary = db.rescore(edited, CallFilter(agent="Z3001"))
    expected = 2
    assert summary.calls == 3 and summary.verdicts_changed == expected and summary.calls_changed == 2
    after = db.load_call(pks[2])
    assert after.pack_hash == edited.content_hash and after.machine.pack_version == "2"
    assert after.effective.result("verify").status == "pass"  # the inspector's override survived
    again = db.rescore(edited)
    assert again.verdicts_changed == 0 and again.calls_changed == 0
    rescored = [e for e in db.audit_log() if e["action"] == "rescore"]
    assert len([e for e in rescored if e["subject"] != "score"]) == expected


def test_rule_rollup_stays_equal_to_the_verdicts_after_every_kind_of_change(stored, tmp_path: Path) -> None:
    db, pks, _ = stored

    def from_results() -> dict[tuple[str, str], tuple[int, int]]:
        rows = db.conn.execute(
            "SELECT s.week, r.rule, sum(r.final_status = 'fail'), sum(r.final_status != 'na') FROM call_summary s"
            " JOIN rule_results r ON r.score_id = s.score_id GROUP BY s.week, r.rule").fetchall()
        return {(w, r): (f, n) for w, r, f, n in rows}

    def from_rollup() -> dict[tuple[str, str], tuple[int, int]]:
        return {(p.period, p.rule): (p.n_fail, p.n_applicable) for p in db.rule_failure_trend("week")}

    assert from_rollup() == from_results() and from_rollup()[("2026-08-10", "greeting")] == (2, 3)
    db.override(pks[1], "greeting", "pass", "", "王芳")
    db.override(pks[1], "verify", "na", "", "王芳")
    transcript = db.load_call(pks[2]).transcript
    transcript.meta.date = "2026-09-02"  # the manifest moved the call to another week
    call = db.load_call(pks[2])
    db.save_call(transcript, call.machine, load_pack(tmp_path / "test-zh.yaml"))
    (tmp_path / "v3").mkdir()
    db.rescore(load_pack(write_pack(tmp_path / "v3", version="3", greeting="请您稍等")), CallFilter(agent="Z3001"))
    assert from_rollup() == from_results()
    assert from_rollup()[("2026-08-31", "greeting")] == (0, 1)
    # the per-pack roll-up (the rule-failure chart's series) moved with every change too
    by_pack_results = {(w, p, r): (f, n) for w, p, r, f, n in db.conn.execute(
        "SELECT s.week, rp.name, r.rule, sum(r.final_status = 'fail'), sum(r.final_status != 'na')"
        " FROM call_summary s JOIN scores sc ON sc.id = s.score_id JOIN rule_packs rp ON rp.id = sc.pack_id"
        " JOIN rule_results r ON r.score_id = s.score_id GROUP BY s.week, rp.name, r.rule")}
    assert {(p.period, p.pack, p.rule): (p.n_fail, p.n_applicable)
            for p in rule_trend_by_pack(db.conn, "week")} == by_pack_results
    assert {(p.rule, p.n_fail) for p in db.rule_failure_rates()} == {
        (p.rule, p.n_fail) for p in db.rule_failure_rates(agent="Z3001")}


def test_rescore_never_applies_a_pack_to_calls_of_another_language(stored, tmp_path: Path) -> None:
    db, pks, pack_path = stored
    english, _ = make_call(7, agent="Y4001")
    english.language = "en"
    english.content_hash = "hash-en"
    en_pk = db.save_call(english, score(english, load_pack(pack_path)), load_pack(pack_path))
    before = db.load_call(en_pk)
    log_before = len(db.audit_log(en_pk))
    (tmp_path / "v2").mkdir()
    edited = load_pack(write_pack(tmp_path / "v2", version="2", greeting="请您稍等"))
    summary = db.rescore(edited)
    assert (summary.calls, summary.skipped, summary.skipped_languages) == (3, 1, {"en": 1})
    assert "1 call skipped" in summary.skipped_reason and "'zh'" in summary.skipped_reason
    after = db.load_call(en_pk)
    assert after.pack_hash == before.pack_hash and after.machine == before.machine  # left as it was
    assert len(db.audit_log(en_pk)) == log_before
    assert db.load_call(pks[0]).pack_hash == edited.content_hash
    assert db.count_calls(CallFilter(language="en")) == 1 and db.count_calls(CallFilter(language="zh-CN")) == 3
    only_en = db.rescore(edited, CallFilter(language="en"))
    assert (only_en.calls, only_en.skipped) == (0, 1)


def test_a_date_filter_that_is_no_date_is_an_error_naming_it(stored) -> None:
    db, _, _ = stored
    with pytest.raises(StorageError, match="2026-13-01"):
        db.count_calls(CallFilter(date_from="2026-13-01"))
    with pytest.raises(StorageError, match="not a date"):
        db.trend("all", "week", date_to="31/08/2026")


def test_new_metadata_for_a_stored_call_moves_its_numbers_and_is_logged(stored) -> None:
    db, pks, _ = stored
    call = db.load_call(pks[0])
    meta = replace(call.transcript.meta, agent="Z9999", team="华南二组", date="2026-09-02", extra={"满意度": "满意"})
    assert db.update_meta(pks[0], meta, detail="pbx.csv") == ["agent", "team", "date", "meta_extra"]
    assert db.load_call(pks[0]).transcript.meta == meta
    assert {(r.agent, r.n_calls) for r in db.agent_ranking()} == {("Z3001", 2), ("Z9999", 1)}  # the summary follows
    assert db.rule_failure_trend("week", team="华南二组")[0].period == "2026-08-31"  # and the rule roll-up
    log = [(e["actor"], e["action"], e["subject"], e["old"], e["new"], e["detail"]) for e in db.audit_log(pks[0])
           if e["action"] == "metadata"]
    assert ("manifest", "metadata", "agent", "Z3001", "Z9999", "pbx.csv") in log and len(log) == 4
    assert db.update_meta(pks[0], meta) == []  # nothing new: nothing written, nothing logged
    assert len([e for e in db.audit_log(pks[0]) if e["action"] == "metadata"]) == 4
