"""Mono speakers in a real SQLite file: stored as settled by voice, corrected by an inspector
(swap the voices, or one turn), re-scored at once, logged; a rescore keeps the correction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from speakers_synth import mono_call

from qa_desktop.errors import StorageError
from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import score
from qa_desktop.storage import Database, schema


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Database, int]:
    db = Database.open(tmp_path / "qa.sqlite")
    t = mono_call(middle="我也没办法，你自己去查。")  # the agent's voice says a forbidden phrase
    pack = default_pack_for("zh")
    pk = db.save_call(t, score(t, pack), pack)
    return db, pk


def speakers(db: Database, pk: int) -> list[str]:
    return [u.speaker for u in db.load_call(pk).transcript.utterances]


def test_mono_turns_are_stored_with_speaker_confidence_and_source(stored) -> None:
    db, pk = stored
    t = db.load_call(pk).transcript
    assert [u.speaker for u in t.utterances] == ["customer", "agent"] * 4
    assert [u.voice for u in t.utterances] == [0, 1] * 4
    assert all(u.speaker_source == "voice" and u.speaker_confidence > 0.9 for u in t.utterances)
    assert db.load_call(pk).machine.result("forbidden_phrases").status == "fail"


def test_swapping_the_voices_rescores_at_once_and_is_logged(stored) -> None:
    db, pk = stored
    before = db.load_call(pk)
    db.correct_speakers(pk, "Chen Jing", swap=True)
    after = db.load_call(pk)
    assert [u.speaker for u in after.transcript.utterances] == ["agent", "customer"] * 4
    assert all(u.speaker_source == "inspector" for u in after.transcript.utterances)
    # the forbidden phrase is now the customer's: no longer held against the agent
    assert after.machine.result("forbidden_phrases").status == "pass"
    assert after.effective.score > before.effective.score
    log = [e for e in db.audit_log(pk) if e["action"] == "speakers"]
    swap = [e for e in log if e["subject"] == "swap voices"]
    assert len(swap) == 1 and swap[0]["actor"] == "Chen Jing"
    assert (swap[0]["old"], swap[0]["new"]) == ("agent = voice 2", "agent = voice 1")
    # the verdicts it changed are logged with it
    assert any(e["subject"] == "forbidden_phrases" and e["new"].startswith("pass") for e in log), log
    assert after.reviews[-1].action == "speakers" and after.reviews[-1].inspector == "Chen Jing"


def test_setting_one_turn_rescores_and_survives_a_rescore(stored) -> None:
    db, pk = stored
    db.correct_speakers(pk, "Chen Jing", turn=5, speaker="customer")
    call = db.load_call(pk)
    assert speakers(db, pk)[5] == "customer" and call.transcript.utterances[5].speaker_source == "inspector"
    assert call.machine.result("forbidden_phrases").status == "pass"
    entry = next(e for e in db.audit_log(pk) if e["action"] == "speakers" and e["subject"].startswith("turn"))
    assert entry["subject"] == "turn 6 at 20.0 s" and (entry["old"], entry["new"]) == ("agent", "customer")
    db.rescore(default_pack_for("zh"))
    assert speakers(db, pk)[5] == "customer"  # the inspector's word outlives a rescore
    assert db.load_call(pk).machine.result("forbidden_phrases").status == "pass"


def test_bad_corrections_are_refused_and_change_nothing(stored) -> None:
    db, pk = stored
    with pytest.raises(StorageError, match="no turn 42"):
        db.correct_speakers(pk, "Chen Jing", turn=42, speaker="agent")
    with pytest.raises(StorageError, match="agent or customer"):
        db.correct_speakers(pk, "Chen Jing", turn=1, speaker="robot")
    with pytest.raises(StorageError, match="inspector's name"):
        db.correct_speakers(pk, " ", swap=True)
    assert speakers(db, pk) == ["customer", "agent"] * 4
    assert not [e for e in db.audit_log(pk) if e["action"] == "speakers"]


def test_the_migration_adds_the_speaker_columns_to_an_older_file(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    schema.migrate(conn, path, upto=schema.MIGRATIONS.index(schema._issue12_speakers))
    conn.close()
    with Database.open(path) as db:
        assert schema.user_version(db.conn) == schema.LATEST
        cols = {r[1] for r in db.conn.execute("PRAGMA table_info(utterances)")}
        assert {"voice", "voice_confidence", "speaker_confidence", "speaker_source"} <= cols


def test_rule_exports_name_the_speaker_of_each_verdicts_evidence(stored) -> None:
    from qa_desktop.export.tables import RULE_COLUMNS, rule_rows

    db, pk = stored
    rows = {r[RULE_COLUMNS.index("rule")]: r for r in rule_rows(db)}
    forbidden = rows["forbidden_phrases"]
    assert forbidden[RULE_COLUMNS.index("evidence_speaker")] == "agent"
    assert "你自己去查" in forbidden[RULE_COLUMNS.index("evidence")]
    db.correct_speakers(pk, "Chen Jing", swap=True)
    rows = {r[RULE_COLUMNS.index("rule")]: r for r in rule_rows(db)}
    assert rows["forbidden_phrases"][RULE_COLUMNS.index("status")] == "pass"
