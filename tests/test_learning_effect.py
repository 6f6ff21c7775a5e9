"""What inspectors teach changes the team's scoring, through the real meaning model and a real
SQLite file: a corrected category and a refusal the machine missed are learned for that team
only, re-scoring applies them, and the measured impact counts the calls they changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_desktop.domain import CallMeta, Metrics, Transcript, Utterance
from qa_desktop.learning import measure_impact
from qa_desktop.rules import load_pack
from qa_desktop.scoring import score
from qa_desktop.scoring.encoder import available
from qa_desktop.storage import Database

pytestmark = pytest.mark.skipif(not available(), reason="the sentence encoder is not installed")
ROOT = Path(__file__).resolve().parents[1]
GREETING = "您好，欢迎致电优品生活馆，请问有什么可以帮您？"


def call(i: int, team: str, customer: str, agent: str = "好的，我帮您查一下。") -> Transcript:
    utts = [Utterance("agent", 0.0, 3.0, GREETING), Utterance("customer", 3.5, 8.0, customer, channel=1),
            Utterance("agent", 8.5, 11.0, agent)]
    return Transcript(f"/calls/{i}.wav", 12.0, "zh", "stereo", utts, Metrics(),
                      CallMeta(call_id=str(i), agent="Z1", team=team, date=f"2026-03-0{i + 1}"),
                      content_hash=f"c{i}", model="base", channels=["agent", "customer"])


@pytest.fixture
def db_pack(tmp_path: Path):
    pack = load_pack(ROOT / "rules" / "zh-ecommerce.yaml")
    db = Database.open(tmp_path / "qa.sqlite")
    yield db, pack
    db.close()


def test_a_corrected_category_teaches_the_team_and_rescoring_applies_it(db_pack) -> None:
    db, pack = db_pack
    texts = [("East", "我买的牛排到货的时候都化了"), ("East", "我订的牛排到了以后都化掉了"),
             ("East", "积分怎么突然清零了"), ("West", "买的牛肉到的时候都化了")]
    pks = []
    for i, (team, text) in enumerate(texts):
        t = call(i, team, text)
        pks.append(db.save_call(t, score(t, pack), pack))
    assert [db.load_call(pk).effective.category for pk in pks] == ["other"] * 4  # melted steak: not understood

    ids = db.correct_category(pks[0], "logistics", "fresh food arrived thawed: a delivery problem", "Lin")
    assert [e.text for e in db.learned_examples("East")] == ["我买的牛排到货的时候都化了"]
    impact = measure_impact(db, "East", "zh", ids)
    assert impact == {"team": "East", "calls": 3, "category_changed": 2, "conduct_changed": 0}

    db.rescore(pack)
    assert [db.load_call(pk).effective.category for pk in pks] == ["logistics", "logistics", "other", "other"]
    assert db.load_call(pks[1]).machine.category == "logistics"  # the machine itself learned, for East only


def test_a_refusal_the_machine_missed_is_learned_for_the_team(db_pack) -> None:
    db, pack = db_pack
    first = call(0, "East", "我的快递三天了还没到。", "这种小事别老打电话来烦我们")
    second = call(1, "East", "快递怎么还没到？", "别老打电话烦我们了")
    pks = [db.save_call(t, score(t, pack), pack) for t in (first, second)]
    assert [db.load_call(pk).machine.result("forbidden_phrases").status for pk in pks] == ["pass", "pass"]

    db.override(pks[0], "forbidden_phrases", "fail", "the agent brushes the customer off", "Lin")
    ids = db.learn_conduct(pks[0], "forbidden_phrases", "fail", "Lin", ["这种小事别老打电话来烦我们"])
    [example] = db.learned_examples("East")
    assert (example.kind, example.label) == ("conduct", "refusal")
    assert measure_impact(db, "East", "zh", ids)["conduct_changed"] == 2

    db.rescore(pack)
    assert db.load_call(pks[1]).machine.result("forbidden_phrases").status == "fail"
    db.remove_learned_example(example.id, "Lead")
    db.rescore(pack)
    assert db.load_call(pks[1]).machine.result("forbidden_phrases").status == "pass"  # removed: forgotten
