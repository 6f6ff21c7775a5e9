"""Stop 27 (#13): three courteous forms the conduct rule failed, each checked over every conduct line of
tests/heldout before it changed (no refusal lost, but for one sarcastic English "I completely
understand, and no, …" that now passes): a mention of the customer's (or a child's) eyes is no
contempt, only the "擦亮眼睛" scolding is; "I understand," said on its own before the acknowledgement,
and the company owning its fault ("that's entirely on us"), shield a sentence like the other empathy
cues. Three of these six lines owning a fault failed before the cue."""

from __future__ import annotations

import pytest
from meaning_eval import conduct_verdict


@pytest.mark.parametrize("lang, text", [
    ("zh", "宝宝眼睛有点红，您一定很着急，我理解。"),
    ("en", "I really understand, people have kept you waiting and that's not fair on you."),
    ("en", "We shipped you the wrong model, that's entirely on us."),
    ("en", "We mixed up your order, that's all on us."),
    ("en", "We delivered the wrong one, that's totally on us."),
    ("en", "That was our mistake, we sent it to the old address."),
    ("en", "We sent the wrong shade, that was our error."),
    ("en", "We dispatched the wrong colour, that's our fault."),
])
def test_courteous_lines_pass(lang, text):
    assert conduct_verdict(lang, text).status == "pass"


@pytest.mark.parametrize("text", ["That's not on us, take it up with the courier.", "How is that our fault exactly?"])
def test_the_fault_denied_still_fails(text):
    assert conduct_verdict("en", text).status == "fail"


def test_the_eyes_scolding_still_fails_and_names_its_cue():
    r = conduct_verdict("zh", "下次买之前麻烦把眼睛擦亮一点。")
    assert r.status == "fail"
    assert any("擦亮" in e.note for e in r.evidence)
