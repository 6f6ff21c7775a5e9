"""English paraphrase in the meaning model: a rambling customer sentence read clause by clause, a
hand-over anywhere in the agent's sentence, a bare brush-off that only shares words with a polite
hand-over, and English threats below the old Chinese-scaled floor. The lines here are written for
these tests (not in a pack, not in a held-out set)."""

from __future__ import annotations

from qa_desktop.domain import Metrics, Transcript, Utterance
from qa_desktop.scoring import score


def call(turns, lang="en") -> Transcript:
    utts, t = [], 0.5
    for who, text in turns:
        utts.append(Utterance(who, t, t + 3.0, text))
        t += 3.5
    return Transcript("p.wav", t + 1.0, lang, "stereo", utts, Metrics())


def test_a_rambling_sentence_is_categorised_by_the_clause_that_names_the_problem(en) -> None:
    s = score(call([("agent", "Hello, customer service, how can I help you?"),
                    ("customer", "Morning, I'm ringing on behalf of my mum, she's eighty-two, the kettle you sent "
                                 "her leaks from the base, and she's not really able to sort it out herself."),
                    ("agent", "Okay, I see.")]), en)
    assert s.category == "quality"
    ev = next(c for c in s.categories if c.category == "quality").evidence[0]
    assert ev.mode == "meaning" and ev.span in ev.text and len(ev.span) < len(ev.text)  # the clause, not the turn
    assert "resembles the example" in ev.note and ev.phrase


def test_a_hand_over_earlier_in_the_sentence_shields_what_follows(zh) -> None:
    s = score(call([("agent", "您好，请问有什么可以帮您？"), ("customer", "东西坏了想换一个。"),
                    ("agent", "已经帮您申请换新了，快递员后天上门把旧的取走。")], lang="zh"), zh)
    assert s.result("forbidden_phrases").status == "pass"


def test_a_bare_brush_off_fails_and_its_polite_twin_passes(en) -> None:
    def verdict(line: str) -> str:
        return score(call([("agent", "Hello, customer service, how can I help you?"),
                           ("customer", "My parcel never came."), ("agent", line)]), en).result("forbidden_phrases")

    bad = verdict("Speak to the delivery firm about it, we can't help with that.")
    assert bad.status == "fail"
    assert any(e.mode == "meaning" and e.phrase and "refusal" in e.note for e in bad.evidence)  # names the example
    assert verdict("The delivery firm has it now, so I'm chasing them for you and I'll ring you back today.").status \
        == "pass"


def test_english_threats_in_words_no_pack_lists_raise_the_risk(en) -> None:
    for line in ("I'm going to make sure the regulators hear about how you run this place.",
                 "Put me through to somebody with actual authority."):
        s = score(call([("agent", "Hello, how can I help?"), ("customer", line)]), en)
        assert s.escalation.level != "none", line
        assert s.escalation.evidence and s.escalation.evidence[0].mode == "meaning"
    calm = score(call([("agent", "Hello, how can I help?"), ("customer", "Could you tell me when the sale ends?")]), en)
    assert calm.escalation.level == "none"
