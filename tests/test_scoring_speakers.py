"""Mono calls with two voices told apart: the script names the agent's voice, each turn gets a
speaker and a confidence, and forbidden phrases get pass/fail like stereo calls."""

from __future__ import annotations

import pytest
from speakers_synth import mono_call

from qa_desktop.domain import Transcript
from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import score


@pytest.fixture(scope="module")
def zh():
    return default_pack_for("zh")


def speakers(t: Transcript) -> list[str]:
    return [u.speaker for u in t.utterances]


def test_the_voice_with_the_agent_script_is_the_agent_not_the_first_speaker(zh) -> None:
    t = mono_call()
    score(t, zh)
    assert speakers(t) == ["customer", "agent"] * 4
    assert all(u.speaker_source == "voice" and u.speaker_confidence >= 0.9 for u in t.utterances)


def test_forbidden_phrase_in_the_agents_voice_fails_and_says_it_was_the_voice(zh) -> None:
    t = mono_call(middle="我也没办法，你自己去查。")
    s = score(t, zh)
    res = s.result("forbidden_phrases")
    assert res.status == "fail" and s.score == 0.0
    ev = res.evidence[0]
    assert ev.speaker == "agent" and ev.start == 20.0
    assert "the agent's voice" in ev.note and ev.note_parts[-1]["key"] == "mono.voice_id"


def test_the_customer_saying_it_never_costs_the_agent(zh) -> None:
    t = mono_call()
    t.utterances[4].text = "我也没办法，你自己去查。"  # voice 0: the customer
    s = score(t, zh)
    assert s.result("forbidden_phrases").status == "pass" and s.critical_failed == []


def test_a_turn_whose_voice_is_unclear_stays_unknown_and_its_forbidden_phrase_is_left_to_an_inspector(zh) -> None:
    t = mono_call(middle="我也没办法，你自己去查。", weak=(5,))
    s = score(t, zh)
    assert t.utterances[5].speaker == "unknown" and t.utterances[5].speaker_confidence < 0.5
    assert speakers(t)[:5] == ["customer", "agent", "customer", "agent", "customer"]
    res = s.result("forbidden_phrases")
    assert res.status == "na" and res.reason_key == "reason.undetermined"
    assert res.confidence < min(r.confidence for r in s.results if r.rule != "forbidden_phrases")


def test_without_any_script_nobody_is_named(zh) -> None:
    t = mono_call()
    for u in t.utterances:
        u.text = "嗯，好的。"
    score(t, zh)
    assert set(speakers(t)) == {"unknown"}


def test_per_party_figures_are_measured_when_every_turn_is_named_and_overlaps_are_not(zh) -> None:
    t = mono_call()
    s = score(t, zh)
    assert t.metrics.talk_time == {"agent": 12.0, "customer": 12.0}
    assert t.metrics.speech_rate["agent"] > t.metrics.speech_rate["customer"] > 0
    inter = s.result("interruption")
    if inter is not None:  # the pack's overlap rule: one channel cannot show who talked over whom
        assert inter.status == "na" and "no voice took over from the other" in inter.evidence[0].note
    weak = mono_call(weak=(2,))
    score(weak, zh)
    assert "agent" not in weak.metrics.talk_time  # a turn nobody is sure of: no talk ratio


def test_scoring_again_gives_the_same_speakers(zh) -> None:
    t = mono_call()
    first = score(t, zh)
    again = score(Transcript.from_dict(t.to_dict()), zh)
    assert first.to_dict() == again.to_dict()


def test_an_inspectors_turn_is_never_overridden(zh) -> None:
    t = mono_call()
    t.utterances[6].speaker, t.utterances[6].speaker_source = "agent", "inspector"
    score(t, zh)
    assert t.utterances[6].speaker == "agent" and t.utterances[6].speaker_source == "inspector"
    assert t.utterances[4].speaker == "customer"  # the rest still follow the voices


def test_a_voice_taking_over_mid_speech_is_an_interruption_by_whoever_that_voice_is(zh) -> None:
    from qa_desktop.domain import Overlap

    t = mono_call()
    t.metrics.overlaps = [Overlap(10.6, 11.4, "unknown", "unknown", interrupter_voice=1)]  # the agent's voice
    s = score(t, zh)
    inter = s.result("interruption")
    assert inter.status == "fail" and len(inter.evidence) == 1
    assert inter.evidence[0].speaker == "agent" and inter.evidence[0].note.startswith("agent started")
    assert (t.metrics.overlaps[0].interrupter, t.metrics.overlaps[0].interrupted) == ("agent", "customer")
    t.metrics.overlaps[0].interrupter_voice = 0  # the customer's voice took over: not the agent's fault
    assert score(t, zh).result("interruption").status == "pass"


def test_a_missed_step_on_a_call_named_by_voice_looks_only_at_that_partys_turns(zh) -> None:
    t = mono_call()
    t.utterances[7].text = "好的。"  # no closing question, no farewell
    s = score(t, zh)
    res = next(r for r in s.results if r.status == "fail")
    note = next(e.note for e in res.evidence if e.note)
    assert "agent speech" in note and "every turn not recognisably" not in note
