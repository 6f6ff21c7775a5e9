"""A database written by the previous schema version is carried forward, with a backup first."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from qa_desktop.storage import CallFilter, Database, schema
from qa_desktop.storage.connection import connect

V2_FILE = Path(__file__).parent / "data" / "qa_v2.sqlite"


def _write_v1_database(path: Path) -> None:
    """What QA Desktop schema version 1 wrote: calls, scores, results, no summary table."""
    db = connect(path)
    schema.migrate(db.conn, path, upto=1)
    c = db.conn
    c.execute("INSERT INTO rule_packs (id, name, language, version, content_hash, path, source, created_at)"
              " VALUES (1, 'zh-ecommerce', 'zh', '1', 'ph', '', 'name: zh', '2026-08-01')")
    c.execute("INSERT INTO calls (id, file, content_hash, model_id, call_id, agent, team, date, duration, language,"
              " layout, status, created_at, updated_at) VALUES (7, '/calls/a.wav', 'h', 'base', '900001', 'Z3001', 'A',"
              " '2026-08-12', 30, 'zh', 'stereo', 'reviewed', '2026-08-12', '2026-08-12')")
    c.execute("INSERT INTO utterances (call_pk, idx, speaker, start, \"end\", text) VALUES (7, 0, 'agent', 0, 2, '您好')")
    c.execute("INSERT INTO calls_fts (rowid, body) VALUES (7, '您 好')")
    score = {"pack": "zh-ecommerce", "pack_version": "1", "pack_hash": "ph", "score": 72.5, "sections": [],
             "results": [], "category": "refund", "categories": [], "critical_failed": ["forbidden"]}
    c.execute("INSERT INTO scores (id, call_pk, pack_id, machine_score, score, category, critical_failed, machine,"
              " effective, created_at) VALUES (3, 7, 1, 72.5, 72.5, 'refund', '[\"forbidden\"]', ?, ?, '2026-08-12')",
              (json.dumps(score), json.dumps(score)))
    c.execute("INSERT INTO rule_results (score_id, rule, title, section, status, final_status, points, max_points)"
              " VALUES (3, 'greeting', 'Greeting', 'opening', 'fail', 'fail', 0, 10)")
    c.execute("UPDATE calls SET score_id = 3 WHERE id = 7")
    db.close()


def test_version_1_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "qa.sqlite"
    _write_v1_database(path)
    with Database.open(path) as db:
        assert schema.user_version(db.conn) == schema.LATEST
        assert db.backup_path is not None and db.backup_path.exists()
        rows = db.query_calls(CallFilter(text="您好"))
        assert [(r.pk, r.agent, r.score, r.status, r.n_critical, r.category) for r in rows] == [
            (7, "Z3001", 72.5, "reviewed", 1, "refund")]
        assert db.trend("agent", "week")[0].avg_score == 72.5
        assert db.count_calls(CallFilter(failed_rule="greeting")) == 1
        db.enqueue(["/new.wav"])  # the version-2 queue table exists
    backup = sqlite3.connect(str(db.backup_path))
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT agent FROM calls").fetchall() == [("Z3001",)]
    backup.close()


def test_real_version_2_file_keeps_its_calls_reviews_and_queue(tmp_path: Path) -> None:
    # tests/data/qa_v2.sqlite: written by QA Desktop at schema version 2 (an
    # audit of two sample calls, an override, a sign-off, a dispute, a queued file)
    path = tmp_path / "qa.sqlite"
    shutil.copy(V2_FILE, path)
    with Database.open(path) as db:
        assert schema.user_version(db.conn) == schema.LATEST and db.backup_path is not None
        calls = db.query_calls(CallFilter())
        assert sorted((c.agent, c.status) for c in calls) == [("Y4004", "disputed"), ("Z3006", "reviewed")]
        reviewed = next(c for c in calls if c.status == "reviewed")
        stored = db.load_call(reviewed.pk)
        assert stored.transcript.utterances and all(u.pitch is None for u in stored.transcript.utterances)
        [override] = stored.overrides
        assert (override.rule, override.status, override.inspector) == ("forbidden_phrases", "pass", "Li Na")
        assert stored.machine.score == 0.0 and stored.effective.score > 0  # the override still counts
        assert [r.comment for r in stored.reviews] == ["customer said it, not the agent", "checked by ear"]
        actions = [e["action"] for e in db.audit_log(reviewed.pk)]
        assert "override" in actions and "sign_off" in actions
        assert [q.path for q in db.queue_items()] == ["/recordings/later.wav"]
        assert db.query_calls(CallFilter(text="星期"))  # the search index came along
    backup = sqlite3.connect(str(db.backup_path))
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 2
    backup.close()
    assert V2_FILE.read_bytes()[:16] == b"SQLite format 3\x00"


def test_opening_a_current_file_does_not_back_it_up_again(tmp_path: Path) -> None:
    path = tmp_path / "qa.sqlite"
    Database.open(path).close()
    with Database.open(path) as db:
        assert db.backup_path is None
    assert not list(tmp_path.glob("*.bak"))


def test_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "qa.sqlite"
    Database.open(path).close()
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    try:
        Database.open(path)
    except Exception as exc:  # noqa: BLE001
        assert "newer than this program" in str(exc) and str(path) in str(exc)
    else:
        raise AssertionError("a newer schema must not be opened")
