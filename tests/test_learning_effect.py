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
    texts = [("East", "积分怎么突然清零了"), ("East", "我的积分怎么一下子全没了"),
             ("East", "我想把地址改一下，刚下的单"), ("West", "我的积分怎么一下子全没了")]
    pks = []
    for i, (team, text) in enumerate(texts):
        t = call(i, team, text)
        pks.append(db.save_call(t, score(t, pack), pack))
    before = [db.load_call(pk).effective.category for pk in pks]
    assert "payment" not in before  # loyalty points are not in the pack's payment examples

    # the team files loyalty points under payment
    ids = db.correct_category(pks[0], "payment", "points are money to our customers", "Lin")
    assert [e.text for e in db.learned_examples("East")] == ["积分怎么突然清零了"]
    impact = measure_impact(db, "East", "zh", ids)
    assert impact["team"] == "East" and impact["calls"] == 3 and impact["category_changed"] == 2
    assert impact["conduct_changed"] == 0

    db.rescore(pack)
    after = [db.load_call(pk).effective.category for pk in pks]
    assert after == ["payment", "payment", before[2], before[3]]  # East learned it; West did not
    assert db.load_call(pks[1]).machine.category == "payment"  # the machine's own verdict, not a correction


def test_a_refusal_the_machine_missed_is_learned_for_the_team(db_pack) -> None:
    db, pack = db_pack
    first = call(0, "East", "我的快递三天了还没到。", "该发的时候自然会发，到时候就知道了")
    # (a brush-off the shipped heads miss, said again in other words; stop 30's heads read the earlier
    # wording, "该发货的时候自然就发了，到时候您就知道了", as a refusal by themselves)
    second = call(1, "East", "快递怎么还没到？", "到该发的时候自然会发，您到时候就知道了")
    polite = call(2, "East", "快递怎么还没到？", "您稍等，我帮您查一下物流")
    pks = [db.save_call(t, score(t, pack), pack) for t in (first, second, polite)]
    assert [db.load_call(pk).machine.result("forbidden_phrases").status for pk in pks] == ["pass"] * 3

    db.override(pks[0], "forbidden_phrases", "fail", "the agent brushes the customer off", "Lin")
    ids = db.learn_conduct(pks[0], "forbidden_phrases", "fail", "Lin", ["该发的时候自然会发，到时候就知道了"])
    [example] = db.learned_examples("East")
    assert (example.kind, example.label) == ("conduct", "refusal")
    assert measure_impact(db, "East", "zh", ids)["conduct_changed"] == 2

    db.rescore(pack)
    assert [db.load_call(pk).machine.result("forbidden_phrases").status for pk in pks] == ["fail", "fail", "pass"]
    db.remove_learned_example(example.id, "Lead")
    db.rescore(pack)
    assert db.load_call(pks[1]).machine.result("forbidden_phrases").status == "pass"  # removed: forgotten


def test_a_new_call_of_the_team_is_stored_with_what_the_team_taught(db_pack) -> None:
    """Audits and GUI imports score in worker processes without the database: the stored score of
    a call whose team has learned examples is the one scored with them."""
    from qa_desktop.audit import store_result
    from qa_desktop.audit.worker import AuditConfig, FileResult

    db, pack = db_pack
    taught = call(0, "East", "积分怎么突然清零了")
    db.correct_category(db.save_call(taught, score(taught, pack), pack), "payment", "", "Lin")
    config = AuditConfig(rules=str(ROOT / "rules" / "zh-ecommerce.yaml"))
    for i, team in ((1, "East"), (2, "West")):
        new = call(i, team, "我的积分怎么一下子全没了")
        worker_score = score(new, pack)  # what a worker process sends back: no examples
        assert worker_score.category != "payment"
        result = FileResult(new.file, "ok", new.content_hash, new.to_dict(), worker_score.to_dict())
        report = store_result(db, result, config)
        expected = "payment" if team == "East" else worker_score.category
        assert report["category"] == expected and db.load_call(result.call_pk).machine.category == expected
