"""Learning from inspectors, in a real SQLite file: a category correction is kept across
re-scoring and teaches the call's customer sentences to its team; a conduct override teaches
the agent's sentence; examples can be listed and removed, with an audit trail; the impact of
an example is measured by re-scoring the team's stored calls."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_desktop.learning import conduct_rules, measure_impact
from qa_desktop.rules import load_pack
from qa_desktop.scoring import score
from qa_desktop.storage import Database
from tests.scoring_synth import transcript_from_truth

ROOT = Path(__file__).resolve().parents[1]
TRUTH = {c["id"]: c for c in json.loads((ROOT / "resources" / "sample_calls" / "truth.json").read_text("utf-8"))}


@pytest.fixture
def db_calls(tmp_path: Path):
    pack = load_pack(ROOT / "rules" / "zh-ecommerce.yaml")
    db = Database.open(tmp_path / "qa.sqlite")
    pks = {}
    for i, cid in enumerate(("20260812_Z3001_900001", "20260812_Z3002_900002", "20260817_Z3005_900011")):
        t = transcript_from_truth(TRUTH[cid])
        t.meta.team = "East"
        t.content_hash = f"h{i}"
        t.model = "base"
        pks[cid] = db.save_call(t, score(t, pack), pack)
    yield db, pks, pack
    db.close()


def test_a_category_correction_teaches_the_customer_sentences_and_outlives_rescoring(db_calls) -> None:
    db, pks, pack = db_calls
    pk = pks["20260812_Z3001_900001"]  # logistics by the machine
    assert db.load_call(pk).effective.category == "logistics"
    ids = db.correct_category(pk, "quality", "the customer says it arrived broken", "Lin")
    call = db.load_call(pk)
    assert call.effective.category == "quality" and call.machine.category == "logistics"
    assert db.query_calls()[0].category in ("quality", "refund", "logistics")
    assert [r.category for r in db.query_calls() if r.pk == pk] == ["quality"]
    learned = db.learned_examples("East")
    assert [e.id for e in learned] == ids and 1 <= len(ids) <= 2
    customer = [u.text for u in call.transcript.utterances if u.speaker == "customer"]
    assert all(e.kind == "category" and e.label == "quality" and e.language == "zh" and e.team == "East"
               and e.text in customer and e.source_call == pk and e.inspector == "Lin" for e in learned)
    assert db.learned_examples_for("East", "zh-CN")[0].text == learned[0].text
    assert db.learned_examples_for("West", "zh") == []
    assert call.reviews[-1].action == "category" and call.reviews[-1].changes == {
        "category_from": "logistics", "category_to": "quality"}
    actions = [(a["action"], a["subject"], a["old"], a["new"]) for a in db.audit_log(pk)]
    assert ("category", "category", "logistics", "quality") in actions
    assert sum(a[0] == "learn_example" for a in actions) == len(ids)

    summary = db.rescore(pack)  # the engine now gets the team's examples; the correction stays
    assert summary.calls == 3
    assert db.load_call(pk).effective.category == "quality"
    assert db.correct_category(pk, "quality", "again", "Lin") == []  # the same sentences are not learned twice


def test_a_conduct_override_teaches_the_agent_sentence(db_calls) -> None:
    db, pks, pack = db_calls
    pk = pks["20260812_Z3002_900002"]  # the agent says a forbidden phrase
    assert "forbidden_phrases" in conduct_rules(pack)
    machine = db.load_call(pk).machine.result("forbidden_phrases")
    assert machine.status == "fail"
    db.override(pk, "forbidden_phrases", "pass", "said kindly, and the agent helped", "Lin")
    ids = db.learn_conduct(pk, "forbidden_phrases", "pass", "Lin")
    learned = db.learned_examples("East")
    assert [e.id for e in learned] == ids and ids
    assert all(e.kind == "conduct" and e.label == "polite" for e in learned)
    assert {e.text for e in learned} <= {e.text for e in machine.evidence if e.speaker == "agent"}
    # overridden to fail where the machine passed: the inspector names the sentence
    other = pks["20260812_Z3001_900001"]
    sentence = next(u.text for u in db.load_call(other).transcript.utterances if u.speaker == "agent")
    assert db.learn_conduct(other, "forbidden_phrases", "fail", "Lin", [sentence])
    assert {(e.label, e.text) for e in db.learned_examples("East")} >= {("refusal", sentence)}
    assert db.learn_conduct(other, "forbidden_phrases", "pass", "Lin") == []  # the machine said so already


def test_examples_are_removed_with_an_audit_entry_and_their_impact_is_measured(db_calls) -> None:
    db, pks, pack = db_calls
    pk = pks["20260812_Z3001_900001"]
    ids = db.correct_category(pk, "quality", "", "Lin")
    impact = measure_impact(db, "East", "zh", ids)
    assert impact["team"] == "East" and impact["calls"] == 3
    assert 0 <= impact["category_changed"] <= 3 and 0 <= impact["conduct_changed"] <= 3
    db.set_example_impact(ids, impact)
    assert db.learned_examples("East")[0].impact == impact
    removed = db.remove_learned_example(ids[0], "Lead")
    assert removed.id == ids[0] and ids[0] not in [e.id for e in db.learned_examples()]
    assert ("unlearn_example", "Lead", removed.text) in [(a["action"], a["actor"], a["old"]) for a in db.audit_log()]
    with pytest.raises(Exception, match="not in the database"):
        db.remove_learned_example(ids[0], "Lead")


def test_on_a_mono_call_the_sentences_the_engine_heard_as_the_complaint_are_learned(tmp_path: Path) -> None:
    pack = load_pack(ROOT / "rules" / "zh-ecommerce.yaml")
    t = transcript_from_truth(TRUTH["20260813_Z3001_900003"])  # mono: every turn "unknown"
    t.meta.team, t.content_hash, t.model = "East", "mono-1", "base"
    with Database.open(tmp_path / "qa.sqlite") as db:
        pk = db.save_call(t, score(t, pack), pack)
        assert db.correct_category(pk, "quality", "", "Lin")
        [learned] = db.learned_examples("East")
        agent_lines = {s["text"] for s in TRUTH["20260813_Z3001_900003"]["segments"] if s["who"] == "agent"}
        assert learned.text in {u.text for u in t.utterances} and learned.text not in agent_lines
