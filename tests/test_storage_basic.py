"""Storage on a real SQLite file: round trips, search, filters, charts, audit trail, queue."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from qa_desktop.domain import (CallMeta, CallScore, Evidence, Metrics, Overlap, RuleResult, SectionScore, Silence,
                               Transcript, Utterance, Word)
from qa_desktop.errors import StorageError
from qa_desktop.storage import CallFilter, Database

AGENT_LINES = ["您好，欢迎致电优品生活馆，请问有什么可以帮您？", "好的，麻烦您提供一下订单号。", "请您稍等，我帮您查询一下。"]
CUSTOMER_LINES = ["我买的衣服尺码不对，我想退款。", "订单号是四四五五六六一二。", "I want a refund for my order please"]


@dataclass
class StoredPack:
    """What storage needs of a rule pack (the scoring engine's RulePack has these too)."""

    name: str = "zh-ecommerce"
    language: str = "zh"
    version: str = "1"
    content_hash: str = "pack-hash-1"
    path: str = ""
    source: str = "name: zh-ecommerce\n"


def make_call(i: int, agent: str = "Z3001", team: str = "A", day: str = "2026-08-12", score: float = 80.0,
              greeting: str = "pass", critical_fail: bool = False, text: str | None = None,
              category: str = "refund") -> tuple[Transcript, CallScore]:
    utterances = [
        Utterance("agent", 0.5, 3.0, text or AGENT_LINES[i % 3], words=[Word(0.5, 1.0, "您好", 0.9)], confidence=0.9),
        Utterance("customer", 3.5, 6.0, CUSTOMER_LINES[i % 3], channel=1),
    ]
    metrics = Metrics(silences=[Silence(6.0, 8.5)], overlaps=[Overlap(2.8, 3.1, "customer", "agent")],
                      talk_time={"agent": 2.5, "customer": 2.5}, speech_rate={"agent": 240.0},
                      speech={"agent": [(0.5, 3.0)]})
    transcript = Transcript(file=f"/calls/{day.replace('-', '')}_{agent}_{900000 + i}.wav", duration=20.0 + i,
                            language="zh", layout="stereo", utterances=utterances, metrics=metrics,
                            meta=CallMeta(call_id=str(900000 + i), agent=agent, team=team, date=day),
                            content_hash=f"hash-{i}", model="base", channels=["agent", "customer"])
    results = [
        RuleResult("greeting", "Greeting", "opening", greeting, 10.0 if greeting == "pass" else 0.0, 10.0,
                   evidence=[Evidence("agent", 0.5, 3.0, utterances[0].text, "您好", 0, 2, 100.0, "您好", "exact")],
                   reason="greeting found" if greeting == "pass" else "no greeting in the first 15 s"),
        RuleResult("forbidden", "No forbidden phrases", "manner", "fail" if critical_fail else "pass", 0.0, 0.0,
                   critical=True, evidence=[Evidence("agent", 4.0, 5.0, "你自己看吧", note="forbidden")]),
    ]
    call_score = CallScore(pack="zh-ecommerce", pack_version="1", pack_hash="pack-hash-1", score=score,
                           sections=[SectionScore("opening", "Opening", score, score / 10, 10.0)], results=results,
                           category=category, critical_failed=["forbidden"] if critical_fail else [])
    return transcript, call_score


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database.open(tmp_path / "qa.sqlite")
    yield database
    database.close()


def test_saved_call_reloads_exactly_and_is_known(db: Database) -> None:
    transcript, score = make_call(1)
    pk = db.save_call(transcript, score, StoredPack())
    stored = db.load_call(pk)
    assert stored.transcript == transcript
    assert stored.machine == score and stored.effective == score
    assert stored.status == "to-review" and stored.file == transcript.file
    assert db.has_call("hash-1", "base", "pack-hash-1")
    assert not db.has_call("hash-1", "base", "another-pack")
    assert not db.has_call("hash-1", "large-v3", "pack-hash-1")
    assert db.save_call(transcript, score, StoredPack()) == pk  # same recording + model: same call
    transcript.model = "large-v3"
    transcript.file = "/elsewhere/renamed.wav"
    assert db.save_call(transcript, score, StoredPack()) == pk  # same recording, better model: still one call
    assert db.has_call("hash-1", "large-v3", "pack-hash-1") and not db.has_call("hash-1", "base", "pack-hash-1")
    assert db.load_call(pk).file == "/elsewhere/renamed.wav"
    assert db.count_calls() == 1


def test_database_file_uses_wal_and_foreign_keys(db: Database) -> None:
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.conn.execute("INSERT INTO utterances (call_pk, idx, speaker, start, \"end\", text) VALUES (999, 0, 'agent', 0, 1, 'x')")


@pytest.mark.parametrize("query,expected", [
    ("退款", {3, 6}), ("退", {3, 6}), ("订单号", {1, 4}), ("訂單號", {1, 4}), ("尺码 退款", {3, 6}),
    ("refund", {2, 5}), ("REFUND order", {2, 5}), ("退货", set()), ('"', set()), ("款 OR 您", set()),
])
def test_full_text_search_finds_chinese_of_any_length(db: Database, query: str, expected: set[int]) -> None:
    pks = {i: db.save_call(*make_call(i, text="您好"), StoredPack()) for i in range(1, 7)}
    found = {row.pk for row in db.query_calls(CallFilter(text=query), limit=100)}
    assert found == {pks[i] for i in expected}
    assert db.count_calls(CallFilter(text=query)) == len(expected)


def test_filters_sorting_and_paging(db: Database) -> None:
    for i in range(10):
        db.save_call(*make_call(i, agent="Z3001" if i < 6 else "Y4001", team="A" if i < 6 else "B",
                                day=f"2026-08-{10 + i:02d}", score=50.0 + 5 * i, greeting="fail" if i % 2 else "pass",
                                category="refund" if i < 3 else "logistics"), StoredPack())
    assert db.count_calls(CallFilter(agent="Z3001")) == 6
    assert db.count_calls(CallFilter(team="B", score_min=90)) == 2  # scores 90 and 95
    assert db.count_calls(CallFilter(date_from="2026-08-12", date_to="2026-08-14")) == 3
    assert db.count_calls(CallFilter(failed_rule="greeting")) == 5
    assert db.count_calls(CallFilter(category="refund", score_max=55)) == 2
    page = db.query_calls(CallFilter(), order_by="score", descending=True, offset=2, limit=3)
    assert [r.score for r in page] == [85.0, 80.0, 75.0]
    with pytest.raises(StorageError, match="cannot sort by"):
        db.query_calls(CallFilter(), order_by="score; DROP TABLE calls")


def test_trends_rankings_and_drill_down(db: Database) -> None:
    days = ["2026-08-03", "2026-08-04", "2026-08-11", "2026-08-12", "2026-09-01"]
    scores = [60.0, 80.0, 90.0, 100.0, 40.0]
    for i, (day, score) in enumerate(zip(days, scores)):
        db.save_call(*make_call(i, agent="Z3001" if i != 4 else "Y4001", team="A", day=day, score=score,
                                greeting="fail" if score < 70 else "pass", critical_fail=i == 4), StoredPack())
    weekly = db.trend("agent", "week", "2026-08-01", "2026-09-30")
    assert [(p.period, p.key, p.avg_score, p.n_calls) for p in weekly] == [
        ("2026-08-03", "Z3001", 70.0, 2), ("2026-08-10", "Z3001", 95.0, 2), ("2026-08-31", "Y4001", 40.0, 1)]
    monthly = db.trend("all", "month")
    assert [(p.period, p.n_calls) for p in monthly] == [("2026-08-01", 4), ("2026-09-01", 1)]
    assert db.trend("team", "day", key="A", date_from="2026-08-04", date_to="2026-08-04")[0].avg_score == 80.0
    behind = db.calls_for_point("agent", "week", "2026-08-10", "Z3001")
    assert sorted(db.load_call(pk).transcript.meta.date for pk in behind) == ["2026-08-11", "2026-08-12"]
    rates = {(p.period, p.rule): (p.n_fail, p.n_applicable) for p in db.rule_failure_trend("month")}
    assert rates[("2026-08-01", "greeting")] == (1, 4) and rates[("2026-09-01", "forbidden")] == (1, 1)
    ranking = db.agent_ranking()
    assert [(r.rank, r.agent, r.n_calls, r.avg_score, r.critical_failures) for r in ranking] == [
        (1, "Z3001", 4, 82.5, 0), (2, "Y4001", 1, 40.0, 1)]
    assert [(c.category, c.n_calls) for c in db.category_mix()] == [("refund", 5)]
    with pytest.raises(StorageError):
        db.trend("region", "week")


def test_status_changes_are_reviewed_and_audit_log_is_append_only(db: Database) -> None:
    pk = db.save_call(*make_call(1), StoredPack())
    db.set_status(pk, "disputed", "王芳", "客户说没有听到问候")
    db.sign_off(pk, "李主管", "复核通过")
    stored = db.load_call(pk)
    assert stored.status == "reviewed"
    assert [(r.inspector, r.action, r.changes["status_to"], r.comment) for r in stored.reviews] == [
        ("王芳", "status", "disputed", "客户说没有听到问候"), ("李主管", "sign_off", "reviewed", "复核通过")]
    log = db.audit_log(pk)
    assert [(e["actor"], e["subject"], e["old"], e["new"]) for e in log if e["subject"] == "status"] == [
        ("王芳", "status", "to-review", "disputed"), ("李主管", "status", "disputed", "reviewed")]
    assert any(e["subject"] == "score" and e["new"] == "80.0" for e in log)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute("UPDATE audit_log SET new = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute("DELETE FROM audit_log")
    with pytest.raises(StorageError, match="status must be"):
        db.set_status(pk, "closed", "王芳")
    assert db.count_calls(CallFilter(status="reviewed")) == 1


def test_import_queue_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "qa.sqlite"
    with Database.open(path) as db:
        ids = db.enqueue(["/a.wav", "/b.wav", "/a.wav"])
        assert ids[0] == ids[2]
        db.set_queue_state(ids[0], "running")
        db.set_queue_state(ids[1], "failed", "/b.wav: not audio")
    with Database.open(path) as db:  # the app restarted
        assert db.requeue_interrupted() == 1
        assert [(q.path, q.state, q.error) for q in db.queue_items()] == [
            ("/a.wav", "queued", ""), ("/b.wav", "failed", "/b.wav: not audio")]
        assert db.next_queued().path == "/a.wav"
        db.set_queue_state(ids[0], "done", call_pk=None)
        assert db.next_queued() is None and db.clear_finished() == 1


def test_unusable_file_is_a_storage_error_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError) as err:
        Database.open(bad)
    assert str(bad) in str(err.value)
