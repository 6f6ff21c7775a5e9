"""Stop 27 (#13): two courteous forms the conduct rule failed, each checked over every conduct line of
tests/heldout before it changed (no refusal lost in Chinese; in English one sarcastic "I completely
understand, and no, …" now passes): a mention of the customer's (or a child's) eyes is no contempt,
only the "擦亮眼睛" scolding is; "I understand," said on its own before the acknowledgement shields a
sentence like the other empathy cues."""

from __future__ import annotations

import pytest
from meaning_eval import agent_call

from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import score


def verdict(lang: str, text: str):
    return score(agent_call(lang, text), default_pack_for(lang)).result("forbidden_phrases")


@pytest.mark.parametrize("lang, text", [
    ("zh", "宝宝眼睛有点红，您一定很着急，我理解。"),
    ("en", "I really understand, people have kept you waiting and that's not fair on you."),
])
def test_courteous_lines_pass(lang, text):
    assert verdict(lang, text).status == "pass"


def test_the_eyes_scolding_still_fails_and_names_its_cue():
    r = verdict("zh", "下次买之前麻烦把眼睛擦亮一点。")
    assert r.status == "fail"
    assert any("擦亮" in e.note for e in r.evidence)
