"""Escalation by channel × intent (issue #13 item 3): a customer who means to take the complaint
somewhere (a bank dispute, a small claim, their followers, a friend at a paper) is at risk in any
wording, and one who only mentions such a place (they are a lawyer, their boss needs a receipt, an
office address) is not. Real packs, real encoder; sentences written for this file only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qa_desktop.domain import Metrics, Transcript, Utterance
from qa_desktop.errors import RulePackError
from qa_desktop.rules import default_pack_for, load_pack_text
from qa_desktop.scoring import score
from qa_desktop.scoring.escalation import intent_reading

HERE = Path(__file__).resolve().parent


def call(text: str, lang: str) -> Transcript:
    greeting = "您好，请问有什么可以帮您？" if lang == "zh" else "Hello, how can I help?"
    utts = [Utterance("agent", 0.5, 3.5, greeting), Utterance("customer", 4.0, 7.0, text)]
    return Transcript("i.wav", 8.0, lang, "stereo", utts, Metrics())


@pytest.fixture(scope="module")
def packs():
    return {"zh": default_pack_for("zh"), "en": default_pack_for("en")}


@pytest.mark.parametrize("lang,text", [
    ("en", "I'll be opening a chargeback with my card provider this afternoon."),
    ("en", "Fine, I'm going to the county court website to start a claim."),
    ("en", "I'm going to share these screenshots with my ten thousand followers."),
    ("zh", "你们不退钱，我准备去仲裁那边申请一下"),
    ("zh", "我回头就把聊天截图发到网上去"),
])
def test_a_channel_joined_to_an_intention_is_a_threat_in_new_words(packs, lang, text) -> None:
    esc = score(call(text, lang), packs[lang]).escalation
    assert esc.level != "none", (text, esc)
    assert any(e.speaker == "customer" for e in esc.evidence)


@pytest.mark.parametrize("lang,text", [
    ("en", "I'm a court reporter, so I'll be out until six, please leave it with a neighbour."),
    ("en", "My manager wants the invoice for the accounts team, could you email it?"),
    ("zh", "我是银行的柜员，白天不方便接电话"),
    ("zh", "我们主管让我问一下能不能开个发票"),
])
def test_a_channel_only_mentioned_is_no_threat(packs, lang, text) -> None:
    esc = score(call(text, lang), packs[lang]).escalation
    assert esc.level == "none", (text, esc)


@pytest.mark.parametrize("lang,text,threat", [
    ("en", "My son says he's reporting you to trading standards in the morning.", True),
    ("en", "My partner has already rung the bank to dispute the payment.", True),
    ("zh", "我老公说要去消协投诉你们，我拦都拦不住", True),
    ("en", "My cousin's a journalist, but I'm only calling about the delivery date.", False),
    ("en", "My dad is a barrister and he told me to check your returns page first.", False),
    ("zh", "我妹妹是律师，不过今天就是想问问什么时候发货", False),
])
def test_a_relative_acting_for_the_customer_threatens_and_one_only_named_for_their_job_does_not(
        packs, lang, text, threat) -> None:
    esc = score(call(text, lang), packs[lang]).escalation
    assert (esc.level != "none") == threat, (text, esc)


def test_the_reading_names_the_channel_and_the_intention(packs) -> None:
    r = intent_reading("I'm sick of this and I'm going to dispute it with my card provider.", packs["en"].escalation)
    assert r and r[0].lower() == "dispute" and "going to" in r[1].lower()
    assert intent_reading("I'm a police officer, so I'll be on shift.", packs["en"].escalation) is False
    t = call("我准备去银行把这笔钱拒付掉", "zh")
    ev = score(t, packs["zh"]).escalation.evidence
    assert any("我准备" in e.note or "银行" in e.note or "拒付" in e.note for e in ev), ev


def test_channels_without_intents_are_a_pack_error() -> None:
    text = (HERE.parent / "rules" / "en-retail.yaml").read_text(encoding="utf-8")
    broken = re.sub(r"\n  intents: \[.*?\]\n", "\n", text, count=1, flags=re.DOTALL)
    assert broken != text
    with pytest.raises(RulePackError) as err:
        load_pack_text(broken, "en.yaml")
    assert "escalation.intents" in str(err.value)


def test_own_variant_set_meets_the_floor() -> None:
    from tests.meaning_eval import load, measure, report

    m = measure(load(HERE / "heldout" / "escalation_s18b.yaml"))
    for lang, r in m["escalation"].items():
        assert r["f1"] >= 0.9, report(m)


def test_the_rules_page_lists_the_channel_and_intent_cues(qtbot, packs) -> None:
    from qa_desktop.ui.rules_page.pack_tree import PackTree

    tree = PackTree()
    qtbot.addWidget(tree)
    tree.show_pack(packs["zh"])
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    esc = next(t for t in tops if t.text(0).startswith("Escalation"))
    shown = {esc.child(j).text(0) for j in range(esc.childCount())}
    assert "channel: 拒付" in shown and "intention: 我准备" in shown and "only a mention: 地址" in shown


def test_a_cue_without_a_word_is_a_pack_error_naming_its_line() -> None:
    text = (HERE.parent / "rules" / "zh-ecommerce.yaml").read_text(encoding="utf-8")
    broken = text.replace("  intents: [我要,", "  intents: ['...', 我要,", 1)
    assert broken != text
    with pytest.raises(RulePackError) as err:
        load_pack_text(broken, "zh.yaml")
    assert "escalation.intents[0]" in str(err.value) and "zh.yaml:" in str(err.value)


@pytest.mark.parametrize("lang,text", [
    ("zh", "我明天就去小协那边登记一下"),  # 消协 heard as 小协
    ("zh", "不给退就申请中裁，反正我有时间"),  # 仲裁 heard as 中裁
    ("zh", "我有个亲戚在电视台，这件事我一定给你们捅出去"),  # a route, then the intention
    ("en", "My podcast has twelve thousand listeners, and every one of them is going to hear this."),
    # a route only mentioned (a relative at a paper), then the story spreading
    ("en", "My uncle writes for the local paper, and he'll hear all about how you treat people."),
    ("zh", "我小姨在电视台上班，这件事我要让大家都知道"),
])
def test_a_channel_heard_by_sound_or_named_before_the_intention_is_a_threat(packs, lang, text) -> None:
    esc = score(call(text, lang), packs[lang]).escalation
    assert esc.level != "none", (text, esc)


def test_the_sound_alike_evidence_names_the_word_it_was_heard_as(packs) -> None:
    r = intent_reading("我回头去小协问一问", packs["zh"].escalation)
    assert r and r[0] == "小协 (消协)"
    # sound alone is no threat: a clause needs an intention too
    assert not intent_reading("小协那边的电话是多少", packs["zh"].escalation)


@pytest.mark.parametrize("lang,text", [
    ("zh", "昨天有人打电话说是你们的客服，让我转账，是不是诈骗啊"),
    ("en", "I got a phishing email with your logo on it, just so you know."),
    ("en", "I'll be in court until four as a witness, so please ring after that."),
    # a channel with an intention, whose purpose clause shows it is only mentioned
    ("en", "Could I get your supervisor's email, so I can thank them properly?"),
])
def test_worrying_about_a_scam_or_being_in_court_is_no_threat(packs, lang, text) -> None:
    esc = score(call(text, lang), packs[lang]).escalation
    assert esc.level == "none", (text, esc)


def test_a_sound_alike_cue_must_be_a_chinese_channel_of_two_characters() -> None:
    text = (HERE.parent / "rules" / "zh-ecommerce.yaml").read_text(encoding="utf-8")
    broken = text.replace("  sound_alike: [消协,", "  sound_alike: [协, 消协,", 1)
    assert broken != text
    with pytest.raises(RulePackError) as err:
        load_pack_text(broken, "zh.yaml")
    assert "escalation.sound_alike[0]" in str(err.value)
