"""Mono calls: roles by words, then by voice pitch; only turns shown to be the agent's count against them."""

from __future__ import annotations

import pytest

from qa_desktop.domain import Metrics, Transcript, Utterance
from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import score
from qa_desktop.scoring.compiled import compile_pack
from qa_desktop.scoring.context import build_context

AGENT_HZ, CUSTOMER_HZ = 265.0, 205.0


def mono(middle: str, pitch: float | None, pitches: bool = True) -> Transcript:
    """A mono call whose turns around `middle` are identified by their words."""
    turns = [("您好，欢迎致电，我是客服小李，请问有什么可以帮您？", AGENT_HZ),
             ("我买的衣服一直没收到。", CUSTOMER_HZ),
             ("非常抱歉，请您提供一下订单号。", 268.0),
             (middle, pitch),
             ("感谢您的来电，再见。", 262.0)]
    utts = [Utterance("unknown", 4.0 * k, 4.0 * k + 3.0, text, pitch=p if pitches else None)
            for k, (text, p) in enumerate(turns)]
    return Transcript("m.wav", 20.0, "zh", "mono", utts, Metrics())


@pytest.fixture(scope="module")
def zh():
    return default_pack_for("zh")


def test_a_customer_voice_saying_a_forbidden_phrase_never_costs_the_agent(zh) -> None:
    s = score(mono("不知道，没有了。", 200.0), zh)
    res = s.result("forbidden_phrases")
    assert res.status == "pass" and s.critical_failed == []
    assert "recognisably the agent's by words or voice" in res.evidence[0].note


def test_an_agent_voice_saying_a_forbidden_phrase_fails_with_the_voice_as_evidence(zh) -> None:
    s = score(mono("我也没办法，你自己去查。", 270.0), zh)
    res = s.result("forbidden_phrases")
    assert res.status == "fail" and s.score == 0.0
    ev = res.evidence[0]
    assert ev.start == 12.0 and ev.span in ("我也没办法", "你自己去查")
    assert "voice like the agent's turns: 270 Hz vs agent 265 Hz / customer 205 Hz" in ev.note
    assert ev.note_parts[-1]["key"] == "mono.voice"


def test_without_pitch_a_forbidden_phrase_of_an_undetermined_speaker_is_left_to_an_inspector(zh) -> None:
    for call in (mono("我也没办法，你自己去查。", None), mono("我也没办法，你自己去查。", 270.0, pitches=False)):
        s = score(call, zh)
        res = s.result("forbidden_phrases")
        assert res.status == "na" and s.critical_failed == [] and s.score > 0
        assert "speaker is undetermined" in res.reason and res.reason_key == "reason.undetermined"
        assert res.evidence[0].span in ("我也没办法", "你自己去查")  # shown, not hidden
        assert res.confidence < min(r.confidence for r in s.results if r.rule != "forbidden_phrases")


def test_a_pitch_between_the_two_voices_decides_nothing(zh) -> None:
    # 235 Hz: 2.1 semitones from the agent's 265 Hz, 2.3 from the customer's 205 Hz
    assert score(mono("我也没办法，你自己去查。", 235.0), zh).result("forbidden_phrases").status == "na"


def test_words_outrank_voice_and_voice_needs_both_sides_identified(zh) -> None:
    compiled = compile_pack(zh)
    ctx = build_context(mono("不知道，没有了。", 200.0), compiled)
    assert ctx.roles == ["agent", "customer", "agent", "customer", "agent"] and all(ctx.attributed)
    assert ctx.role_note(1)[0]["key"] == "mono.cue"  # its words, though its voice agrees too
    call = mono("不知道，没有了。", 200.0)
    call.utterances[1].pitch = None  # no customer turn with a measured voice: nothing to compare with
    ctx = build_context(call, compiled)
    assert not ctx.attributed[3] and ctx.role_note(3)[0]["key"] == "mono.turn_order"

