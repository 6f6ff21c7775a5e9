"""The review screen's call-level verdicts over a real database, rule pack and engine: the
escalation banner with its evidence, primary and secondary category with confidence, and the
inspector's corrections (category, conduct) that teach the team, with what they changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from qa_desktop.domain import Escalation, Evidence
from qa_desktop.rules import load_pack
from qa_desktop.scoring import score
from qa_desktop.storage import Database
from qa_desktop.ui.review.review_screen import ReviewScreen
from qa_desktop.ui.settings import open_settings
from tests.scoring_synth import transcript_from_truth
from tests.ui_synth import chinese, english  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[1]
TRUTH = {c["id"]: c for c in json.loads((ROOT / "resources" / "sample_calls" / "truth.json").read_text("utf-8"))}


@pytest.fixture
def screen(qtbot, _isolated_home: Path, english):
    pack = load_pack(ROOT / "rules" / "zh-ecommerce.yaml")
    db = Database.open(_isolated_home / "qa.sqlite")
    pks = {}
    for i, cid in enumerate(("20260812_Z3001_900001", "20260812_Z3002_900002", "20260817_Z3005_900011")):
        t = transcript_from_truth(TRUTH[cid])
        t.meta.team = "East"
        t.content_hash, t.model = f"h{i}", "base"
        s = score(t, pack)
        if i == 0:  # as the words model and the voice would report it
            said = next(u for u in t.utterances if u.speaker == "customer")
            s.escalation = Escalation("high", 0.82, [
                Evidence("customer", said.start, said.end, said.text, mode="voice",
                         note="voice rising: +7 dB, +3.0 semitones vs. the customer's first 40 s")])
            s.category_confidence, s.secondary_category = 0.74, "refund"
        pks[cid] = db.save_call(t, s, pack)
    settings = open_settings()
    settings.setValue("review/inspector", "Lin")
    w = ReviewScreen(lambda: db, settings)
    qtbot.addWidget(w)
    yield w, db, pks
    db.close()


def test_the_escalation_banner_names_its_evidence_and_seeks_to_it(qtbot, screen) -> None:
    w, db, pks = screen
    assert w.open_call(pks["20260812_Z3001_900001"])
    panel = w.insight
    assert panel.escalation_text().startswith("High escalation risk (score 0.82)")
    assert panel.escalation_list.count() == 1 and "+7 dB" in panel.escalation_list.item(0).text()
    with qtbot.waitSignal(panel.seekRequested) as blocker:
        panel.escalation_list.itemClicked.emit(panel.escalation_list.item(0))
    assert blocker.args[0] == pytest.approx(8.3)
    text = panel.category_label.text()
    assert text.startswith("Category: Logistics") and "74" in text and "also: Refund" in text
    assert w.open_call(pks["20260812_Z3002_900002"])  # "你这样说话我要给差评了": a public bad review, a low risk
    assert panel.escalation_text().startswith("Some escalation risk (score 0.60)")
    assert panel.escalation_list.count() == 1 and "差评" in panel.escalation_list.item(0).text()


def test_correcting_the_category_teaches_the_team_and_says_what_it_changed(qtbot, screen) -> None:
    w, db, pks = screen
    pk = pks["20260812_Z3001_900001"]
    assert w.open_call(pk)
    panel = w.insight
    assert not panel.correct_button.isEnabled()
    panel.correct_to.setCurrentIndex(panel.correct_to.findData("quality"))
    panel.correct_comment.setText("the rice cooker arrived broken")
    with qtbot.waitSignal(w.learned, timeout=20_000):
        qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    call = db.load_call(pk)
    assert call.effective.category == "quality" and call.machine.category == "logistics"
    assert "Category: Quality" in panel.category_label.text()
    assert "the machine said Logistics" in panel.category_label.text()
    learned = db.learned_examples("East")
    assert learned and all(e.label == "quality" and e.source_call == pk for e in learned)
    assert learned[0].impact["calls"] == 3
    message = panel.learning_label.text()
    assert message.startswith(f"Learned {len(learned)} sentence(s) of this call as examples for team East.")
    assert "Re-scoring 3 stored call(s) of this team" in message
    assert "category corrected" in w.scorecard.history_label.text()


def test_overriding_a_conduct_verdict_teaches_the_agent_sentence(qtbot, screen) -> None:
    w, db, pks = screen
    pk = pks["20260812_Z3002_900002"]
    assert w.open_call(pk)
    with qtbot.waitSignal(w.learned, timeout=20_000):
        w.scorecard.request_override("forbidden_phrases", "pass", "a polite hand-over, not a refusal")
    learned = db.learned_examples("East")
    assert learned and {e.kind for e in learned} == {"conduct"} and {e.label for e in learned} == {"polite"}
    assert "Re-scoring" in w.insight.learning_label.text()
    before = len(learned)
    w.scorecard.request_override("greeting", "fail", "no greeting heard")  # not a conduct rule: nothing learned
    assert len(db.learned_examples("East")) == before


def test_the_rules_page_lists_learned_examples_with_their_impact_and_removes_them(qtbot, screen) -> None:
    from qa_desktop.learning import measure_impact
    from qa_desktop.ui.rules_page.page import RulesPage

    w, db, pks = screen
    pk = pks["20260812_Z3001_900001"]
    ids = db.correct_category(pk, "quality", "", "Lin")
    db.set_example_impact(ids, measure_impact(db, "East", "zh", ids))
    page = RulesPage(lambda: db, w.settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    panel = page.learned
    assert panel.list.topLevelItemCount() == len(ids)
    first = panel.list.topLevelItem(0)
    assert [first.text(0), first.text(1), first.text(3)] == ["East", "category: Quality", "Mandarin"]
    assert first.text(2) in [u.text for u in db.load_call(pk).transcript.utterances if u.speaker == "customer"]
    assert first.text(4).startswith(f"call #{pk} (Lin, ")
    assert first.text(5).startswith("of 3 call(s): category ")
    assert not panel.remove_button.isEnabled()
    first.setSelected(True)
    with qtbot.waitSignal(panel.removed):
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.list.topLevelItemCount() == len(ids) - 1
    assert ids[0] not in [e.id for e in db.learned_examples()]
    assert [(a["action"], a["actor"]) for a in db.audit_log() if a["action"] == "unlearn_example"] == [
        ("unlearn_example", "Lin")]


def test_in_chinese_the_banner_its_voice_evidence_and_the_category_are_translated(qtbot, _isolated_home: Path,
                                                                                   chinese) -> None:
    from qa_desktop.scoring.voice_rise import voice_escalation
    from tests.test_voice_rise import READ_SPEECH, customer_call
    from tests.voice_synth import rise_from
    from qa_desktop.audio.decode import decode

    voice = decode(READ_SPEECH).channels[0]
    t = customer_call(rise_from(voice, len(voice) // 2, 8.0, 3.0))
    pack = load_pack(ROOT / "rules" / "zh-ecommerce.yaml")
    s = score(t, pack)
    v_score, v_evidence = voice_escalation(t)
    s.escalation = Escalation("high", 0.8, v_evidence)
    db = Database.open(_isolated_home / "qa.sqlite")
    pk = db.save_call(t, s, pack)
    w = ReviewScreen(lambda: db, open_settings())
    qtbot.addWidget(w)
    assert w.open_call(pk)
    assert w.insight.escalation_text().startswith("投诉升级风险高（得分 0.80）")
    line = w.insight.escalation_list.item(0).text()
    assert "声音升高：比客户前" in line and "dB" in line and "个半音" in line
    assert w.insight.category_label.text().startswith("类别：")
    assert w.insight.correct_button.text() == "更正类别"
    db.close()
