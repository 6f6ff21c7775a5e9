"""Empathy beside the stance cues (issue #13, stop 24): an agent sentence that acknowledges the
customer's feelings or the company's fault, with no "but" after it, passes the forbidden-conduct
rule even where it resembles a refusal; the same acknowledgement before a "but", or beside a
deflection, is read as before. Real packs, real encoder, the shipped stance head. The lines here are
written for these tests (not in a pack, not in a held-out set)."""

from __future__ import annotations

import copy

import pytest

from qa_desktop.domain import Metrics, Transcript, Utterance
from qa_desktop.rules import RulePackError, default_pack_for, load_pack_text
from qa_desktop.scoring import score
from qa_desktop.scoring.stance import read

OPENING = {"en": ("Hello, customer service, how can I help you?", "My order hasn't turned up."),
           "zh": ("您好，请问有什么可以帮您？", "我的东西还没到。")}


def call(line: str, lang: str) -> Transcript:
    greeting, complaint = OPENING[lang]
    utts, t = [], 0.5
    for who, text in (("agent", greeting), ("customer", complaint), ("agent", line)):
        utts.append(Utterance(who, t, t + 3.0, text))
        t += 3.5
    return Transcript("e.wav", t + 1.0, lang, "stereo", utts, Metrics())


def without_empathy(lang: str):
    pack = copy.deepcopy(default_pack_for(lang))
    pack._compiled = None
    pack.rule("forbidden_phrases").empathy_cues = []
    return pack


@pytest.mark.parametrize("lang, line", [
    ("en", "That sounds really stressful, moving house and the bed still not here."),
    ("en", "That must have been awful, finding it smashed on your birthday."),
    ("en", "You're absolutely right, you shouldn't have had to chase us for this."),
    ("zh", "我理解您，花钱买的东西一打开就是坏的，谁都不舒服。"),
])
def test_an_acknowledgement_passes_where_its_likeness_alone_failed_it(lang: str, line: str) -> None:
    assert score(call(line, lang), default_pack_for(lang)).result("forbidden_phrases").status == "pass"
    # the pack's empathy cues do it: without them the same line reads as a refusal
    assert score(call(line, lang), without_empathy(lang)).result("forbidden_phrases").status == "fail"


@pytest.mark.parametrize("lang, line", [
    ("en", "I understand, but rules are rules."),
    ("en", "I completely understand how upsetting that is, and it's the courier's problem, not ours."),
    ("zh", "理解您，但是规定就是规定，我也没办法。"),
    ("zh", "理解您的心情，这个您得自己去找快递公司。"),
])
def test_an_acknowledgement_before_a_but_or_beside_a_deflection_still_fails(lang: str, line: str) -> None:
    assert score(call(line, lang), default_pack_for(lang)).result("forbidden_phrases").status == "fail"


@pytest.mark.parametrize("text, empathic", [
    ("That must have been a real worry, with guests arriving on Friday.", True),
    ("That must have been a real worry, but there's nothing I can do.", False),  # a "but" after it
    ("I completely understand why you're upset.", True),
    ("理解您的心情，换谁遇到都着急。", True),
    ("理解您的心情，不过这个我们处理不了。", False),
])
def test_empathy_is_read_only_without_a_contrast(text: str, empathic: bool) -> None:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    cues = tuple(default_pack_for(lang).rule("forbidden_phrases").empathy_cues)
    assert bool(read(text, (), (), (), cues).empathy) is empathic, text


def test_a_broken_empathy_cue_is_named_when_the_pack_loads() -> None:
    pack = """
name: t
language: en
version: "1"
sections: [{id: s, title: S}]
rules:
  - id: rude
    title: Rude
    section: s
    points: 1
    expect: absent
    phrases: [go away]
    examples: ["Go and ask somebody else about it.", "Stop bothering me."]
    empathy_cues: ["that sounds [really awful]"]
categories:
  items:
    - {id: logistics, title: Logistics, keywords: [parcel]}
"""
    with pytest.raises(RulePackError) as err:
        load_pack_text(pack, "t.yaml")
    assert any("empathy_cues[0]" in p for p in err.value.problems), err.value.problems
