"""Complaint categories from the shape of what the customer says, not only its words (issue #13):
a claim set against what arrived is false advertising whatever the reality half's words are, and
a broken part of a shoe is quality. Sentences here are written for this test
(none from a pack, a sample call or a held-out file)."""

from __future__ import annotations

import pytest

from qa_desktop.domain import Metrics, Transcript, Utterance
from qa_desktop.errors import RulePackError
from qa_desktop.rules import default_pack_for, load_pack_text
from qa_desktop.scoring import score


def call(customer: str, lang: str = "zh") -> Transcript:
    greeting = "您好，请问有什么可以帮您？" if lang == "zh" else "Hello, how can I help?"
    utts = [Utterance("agent", 0.5, 3.5, greeting), Utterance("customer", 4.0, 7.0, customer),
            Utterance("agent", 7.5, 10.5, "好的，我了解了。" if lang == "zh" else "Okay, I see.")]
    return Transcript("c.wav", 11.5, lang, "stereo", utts, Metrics())


def contrast_evidence(result):
    return [e for c in result.categories for e in c.evidence if e.mode == "contrast"]


KEYWORDS_ONLY = """\
name: k
language: zh
version: "1"
sections: [{id: s, title: S}]
rules:
  - {id: hi, title: 问候, section: s, points: 1, phrases: [您好]}
categories:
  items:
    - {id: logistics, title: 物流, keywords: [快递, 发货]}
    - {id: quality, title: 质量, keywords: [破了, 起球, 掉色]}
    - {id: false_advertising, title: 虚假宣传, keywords: [假货], claims: [说是, 号称]}
"""


def test_a_claim_against_reality_outweighs_the_quality_words_of_the_reality_half() -> None:
    pack = load_pack_text(KEYWORDS_ONLY, "k.yaml")  # no example sentences: the structure alone decides
    r = score(call("说是加厚的羊毛衫，穿了两次就起球了还掉色"), pack)
    assert r.category == "false_advertising"
    [ev] = contrast_evidence(r)
    assert ev.phrase == "说是" and ev.span.startswith("说是加厚的羊毛衫") and "起球" in ev.span
    assert "加厚的羊毛衫" in ev.note and ev.speaker == "customer"


def test_a_claim_about_another_service_or_with_nothing_after_it_is_no_contrast() -> None:
    pack = load_pack_text(KEYWORDS_ONLY, "k.yaml")
    r = score(call("说是昨天就发货了，到现在快递单号都查不到"), pack)  # a promise about shipping
    assert r.category == "logistics" and not contrast_evidence(r)
    assert not contrast_evidence(score(call("客服说是下礼拜"), pack))  # no reality half


def test_the_categorys_unless_phrases_void_a_claim_too() -> None:
    text = KEYWORDS_ONLY.replace("claims: [说是, 号称]", "claims: [说是, 号称], unless: [客服说]")
    pack = load_pack_text(text, "k.yaml")
    said = "客服说是给我补寄一件，结果寄来的还是破了"  # an agent's promise broken: not an advert
    assert not contrast_evidence(score(call(said), pack))
    assert score(call(said), pack).category == "quality"
    assert contrast_evidence(score(call(said), load_pack_text(KEYWORDS_ONLY, "k.yaml")))


def test_a_claim_whose_sentence_goes_on_to_an_unless_phrase_is_no_contrast() -> None:
    # money taken set against the price shown is a payment problem, not the product misdescribed
    text = KEYWORDS_ONLY.replace("claims: [说是, 号称]", "claims: [说是, 号称], unless: [扣了]").replace(
        "    - {id: false_advertising", "    - {id: payment, title: 支付, keywords: [多扣]}\n    - {id: false_advertising")
    pack = load_pack_text(text, "k.yaml")
    said = "说是活动价八十八，付完一看扣了一百二，多扣了三十多"
    r = score(call(said), pack)
    assert not contrast_evidence(r) and r.category == "payment"
    assert contrast_evidence(score(call(said), load_pack_text(KEYWORDS_ONLY, "k.yaml")))


def test_the_shipped_packs_tell_money_taken_from_the_product_described() -> None:
    zh, en = default_pack_for("zh"), default_pack_for("en")
    assert score(call("详情页上标的六十九，付款时扣了我八十九"), zh).category == "payment"
    assert score(call("开来的电子发票税号是错的"), zh).category == "payment"
    assert score(call("详情页上说是真皮的，到手一摸是人造革"), zh).category == "false_advertising"
    assert score(call("The listing said forty dollars and my card was charged fifty-five.", "en"), en).category == "payment"
    assert score(call("The listing said solid oak and it's veneer over chipboard.", "en"), en).category == \
        "false_advertising"


def test_the_shipped_zh_pack_reads_claims_in_everyday_words() -> None:
    zh = default_pack_for("zh")
    r = score(call("详情里写能装十五寸电脑，我的十四寸都放不进去"), zh)  # logistics without the structure
    assert r.category == "false_advertising", r.categories[:3]
    assert contrast_evidence(r)
    assert score(call("这件外套说实话做工挺好，就是洗了以后破了个洞"), zh).category == "quality"


def test_the_shipped_en_pack_reads_claims_too() -> None:
    r = score(call("The listing said solid brass, and what turned up is painted tin.", "en"), default_pack_for("en"))
    assert r.category == "false_advertising" and contrast_evidence(r)


def test_a_broken_part_of_a_shoe_is_quality_and_a_tight_one_is_size() -> None:
    zh = default_pack_for("zh")
    assert score(call("运动鞋的鞋舌才穿三天就撕开一道口子"), zh).category == "quality"
    assert score(call("靴子侧面的拉链头掉了"), zh).category == "quality"
    assert score(call("牛仔裤拉链拉不上去，肚子那里差好多"), zh).category == "size"  # no listed fit word
    assert score(call("这双鞋前面挤得我脚趾头生疼"), zh).category == "size"


def test_a_claimed_size_that_does_not_fit_is_a_size_problem() -> None:
    """A size or measure the listing gave is no claim set against reality: the fit decides (the model
    and keywords read the sentence as they would without the claim)."""
    zh, en = default_pack_for("zh"), default_pack_for("en")
    assert score(call("吊牌上标的是XL，穿上跟别家的M一样紧"), zh).category == "size"
    assert score(call("商品页写着内长26厘米，我量了才24厘米，脚趾顶得难受"), zh).category == "size"
    assert score(call("The chart said 34 inches at the waist and these barely close at 31.", "en"), en).category == "size"
    # a claim about the material or what it can hold stays a false claim
    assert score(call("详情页上说是纯羊毛的，拿到手一摸全是化纤"), zh).category == "false_advertising"
    assert score(call("说是能放下十五寸的电脑，我的十三寸都塞不进去"), zh).category == "false_advertising"


@pytest.mark.parametrize("extra, problem", [
    ("claims: {说是: 1}", "must be a list of phrases"),
    ("claims: [说是, '']", "must be a non-empty phrase"),
])
def test_the_validator_checks_claims_and_needs(extra: str, problem: str) -> None:
    text = KEYWORDS_ONLY.replace("keywords: [假货], claims: [说是, 号称]", "keywords: [假货], " + extra)
    with pytest.raises(RulePackError) as err:
        load_pack_text(text, "bad.yaml")
    assert any(problem in p for p in err.value.problems), err.value.problems
