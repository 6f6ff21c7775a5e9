"""Agent conduct read by form (stop 26, issue #13 item 2): the pack cues added for the forms the measured
sets fresh97-128 showed missed, each said here in words of our own beside a courteous twin that shares
them. A form fails the forbidden-conduct rule with the cue named in its evidence; its twin passes."""

from __future__ import annotations

import pytest
from meaning_eval import conduct_verdict

FORMS = [  # (language, a refusal in a stop-26 form, the cue it is named by)
    ("en", "Keep talking over me and I'm going to put the phone down.", "put the phone down"),
    ("en", "Okay, we're done here.", "we are done here"),
    ("en", "I've already given you the answer, madam.", "given you the answer"),
    ("en", "It's a phone case, it won't kill you to wait a week.", "will not kill you"),
    ("en", "Oh, bless your heart, you thought next-day meant the next day?", "bless your heart"),
    ("en", "I'm not a mind reader, you'll have to find the order number yourself.", "not a mind reader"),
    ("en", "You should really have measured the alcove before ordering.", "you should really have measured"),
    ("en", "And what exactly do you want me to do about a late courier?", "what exactly do you want me to do"),
    ("en", "I've got a line of forty callers waiting, so can we hurry this along.", "hurry this along"),
    ("zh", "拆了封又不影响使用，退什么退。", "又不影响"),
    ("zh", "您连个快递单号都找不到，让我怎么查？", "都找不到"),
    ("zh", "一件衣服而已，至于打三次电话吗？", "至于"),
    ("zh", "我又不是仓库的人，货在哪我可管不着。", "我又不是"),
    ("zh", "这种小事也打电话，一点小事就急成这样。", "一点小事就"),
]
TWINS = [  # courteous lines sharing those forms' words
    ("en", "I'm going to put you through to billing now, and they'll sort the charge today."),
    ("en", "We're here all week if you need us, thanks for calling."),
    ("en", "I'll give you the answer as soon as the depot calls back, by five today at the latest."),
    ("en", "Above my pay grade, honestly, but I've emailed my supervisor and she'll ring you by five."),
    ("zh", "划痕不影响使用的话，我也可以给您补偿二十元，您看可以吗？"),
    ("zh", "物流信息我帮您查好了，明天上午就到。"),
    ("zh", "这不是小事，我马上帮您登记补发。"),
]


@pytest.mark.parametrize(("lang", "line", "cue"), FORMS)
def test_a_stop_26_form_fails_naming_its_cue(lang: str, line: str, cue: str) -> None:
    r = conduct_verdict(lang, line)
    assert r.status == "fail", r.evidence
    assert any(cue in e.note for e in r.evidence), [e.note for e in r.evidence]


@pytest.mark.parametrize(("lang", "line"), TWINS)
def test_its_courteous_twin_passes(lang: str, line: str) -> None:
    assert conduct_verdict(lang, line).status == "pass", conduct_verdict(lang, line).evidence
