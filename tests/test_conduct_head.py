"""The trained stance head (qa_desktop/scoring/data/stance.npz) beside the cues and examples of the
forbidden-conduct rule: sarcasm and belittling in words no cue lists now fail, each with evidence that
names the head's reading; their courteous twins pass; without a shipped head (or in a keyword-only pack)
the rule scores as before. The lines come from tests/heldout/dev_s21_stance.yaml, written after the
shipped head was trained (`python tools/train_stance_head.py --lofo` prints the left-out-file figures).
(Its "Try using your eyes next time you place an order." the head that reads words puts at 83 %, below
its floor; the en pack's contempt cues name it now: test_belittling_named_by_a_cue_fails.)"""

from __future__ import annotations

import pytest
from meaning_eval import agent_call, conduct_verdict

from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import conduct, heads, score

PAIRS = [  # (language, a line the cues miss, its courteous twin)
    ("en", "Goodness, is this really what you called about?",
     "Is there anything else you'd like me to look at while you're on the line?"),
    ("en", "Well that's what happens when you don't pay for tracking.",
     "Tracking wasn't included on that option, but I've asked the courier for an update."),
    ("zh", "自己不看说明书还怪产品。", "这个确实不好找，我一步一步教您怎么用。"),
]


def test_a_head_ships_for_refusal_polite_and_customer_lines() -> None:
    head = heads.load("stance")
    assert head is not None and set(head.labels) == {"refusal", "polite", "customer"}


@pytest.mark.parametrize(("lang", "rude", "polite"), PAIRS)
def test_sarcasm_the_cues_miss_fails_and_its_courteous_twin_passes(lang: str, rude: str, polite: str) -> None:
    r = conduct_verdict(lang, rude)
    assert r.status == "fail", r
    ev = next(e for e in r.evidence if e.phrase == "stance head")
    assert ev.mode == "meaning" and ev.span in rude
    assert "trained on the labelled agent lines" in ev.note and f"{ev.similarity:.0f} % refusal" in ev.note
    assert conduct_verdict(lang, polite).status == "pass"


def test_without_a_shipped_head_the_rule_scores_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pack whose head is absent (a build without the .npz): the head's lines pass as they did before it."""
    monkeypatch.setattr(conduct, "stance_head", lambda: None)
    for lang, rude, _ in PAIRS:
        r = conduct_verdict(lang, rude)
        assert r.status == "pass" and not any(e.phrase == "stance head" for e in r.evidence), r


def test_a_keyword_only_pack_never_reads_the_head() -> None:
    """A pack that lists no example sentences keeps its keyword verdict: no meaning model, no head."""
    bare = default_pack_for("en").keyword_only()
    r = score(agent_call("en", PAIRS[0][1]), bare).result("forbidden_phrases")
    assert r.status == "pass" and not any(e.mode == "meaning" for e in r.evidence), r


def test_belittling_named_by_a_cue_fails() -> None:
    r = conduct_verdict("en", "Try using your eyes next time you place an order.")
    assert r.status == "fail" and any("using your eyes" in e.span.lower() for e in r.evidence), r
    courteous = "Next time you order, the size guide on the right of the page may help."
    assert conduct_verdict("en", courteous).status == "pass"


def test_a_reading_of_a_poorly_heard_turn_is_the_calls_least_sure_verdict() -> None:
    """Whisper's garble of "Thank you for your patience" on a noisy mixed-down sample call (900013, heard
    at 69 %), which the head reads as a refusal: the fail is no surer than the hearing, so a least-sure-first
    review sample shows it to an inspector before any verdict heard clearly, and its evidence says how
    clearly the turn was heard. The same words heard clearly keep the head's own figure."""
    garbled = "I can't spot your patience. The carrier said it would be delivered to my rewardant."
    clear = conduct_verdict("en", garbled)
    assert clear.status == "fail" and clear.confidence == pytest.approx(clear.evidence[0].similarity / 100)
    s = score(agent_call("en", garbled, heard=0.69), default_pack_for("en"))
    r = s.result("forbidden_phrases")
    assert r.status == "fail" and [e.phrase for e in r.evidence] == ["stance head"]
    assert r.confidence <= 0.69 < clear.confidence
    assert "heard this turn at 69%" in r.evidence[0].note and "heard" not in clear.evidence[0].note
    assert r.confidence < min(x.confidence for x in s.results if x.status != "na" and x is not r)


@pytest.mark.parametrize(("rude", "courteous"), [
    ("I'm going to cut you off there, this conversation is over.",
     "I'm going to stop you there for a second so I can note the order number, sorry, go on."),
    ("Sure, I'll pretend to log that. Bye now.", "I'll log that for you now and text you the reference number."),
])
def test_a_brush_off_said_as_a_commitment_fails_and_a_real_commitment_passes(rude: str, courteous: str) -> None:
    """"I'm going to…", "I'll…" mark a commitment, which kept the head away until stop 39; now the head reads
    such a sentence too, where it is sure of it and of its context (conduct_head.HEAD_COMMITTED)."""
    r = conduct_verdict("en", rude)
    assert r.status == "fail" and [e.phrase for e in r.evidence] == ["stance head"], r
    assert r.evidence[0].similarity >= 95
    assert conduct_verdict("en", courteous).status == "pass"
