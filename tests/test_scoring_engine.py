"""Rule engine: roles, windows, conditions, metrics, mono calls, scorecard arithmetic."""

from __future__ import annotations

import pytest

from qa_desktop.domain import Metrics, Overlap, Silence, Transcript, Utterance
from qa_desktop.rules import load_pack_text
from qa_desktop.scoring import apply_overrides, score, try_text


def call(turns: list[tuple[str, float, float, str]], silences=(), overlaps=(), layout="stereo",
         lang="zh") -> Transcript:
    utts = [Utterance(w, a, b, t) for w, a, b, t in turns]
    end = max(u.end for u in utts) + 1
    return Transcript("x.wav", end, lang, layout, utts,
                      Metrics(silences=[Silence(*s) for s in silences], overlaps=list(overlaps)))


def status(score_, rule: str) -> str:
    return score_.result(rule).status


GOOD_CALL = [
    ("agent", 0.5, 5.0, "您好，很高兴为您服务，我是8号客服。"),
    ("customer", 5.5, 9.0, "我买的衣服到现在还没收到。"),
    ("agent", 9.5, 13.0, "非常抱歉，请您提供一下订单号。"),
    ("customer", 13.5, 15.0, "一二三四五六。"),
    ("agent", 15.5, 18.0, "好的，请您稍等，我帮您查询。"),
    ("agent", 40.0, 45.0, "感谢您的耐心等待，包裹明天送到。请问还有其他可以帮您的吗？"),
    ("customer", 45.5, 46.0, "没有了。"),
    ("agent", 46.5, 49.0, "感谢您的来电，再见。"),
]


def test_a_clean_call_passes_every_step_with_evidence(zh) -> None:
    s = score(call(GOOD_CALL, silences=[(18.0, 40.0)]), zh)
    for rule in ("greeting", "self_intro", "verify_identity", "apology", "hold_notice", "hold_thanks",
                 "closing", "farewell", "forbidden_phrases", "dead_air"):
        assert status(s, rule) == "pass", (rule, s.result(rule).reason)
    ev = s.result("apology").evidence[0]
    assert (ev.speaker, ev.start, ev.span, ev.phrase) == ("agent", 9.5, "非常抱歉", "非常抱歉")
    assert ev.text[ev.span_start:ev.span_end] == "非常抱歉"
    assert s.category == "logistics"
    assert s.score == 100.0


def test_customer_words_never_count_as_agent_steps_or_forbidden(zh) -> None:
    turns = [("agent", 0.5, 2.0, "喂。"),
             ("customer", 2.5, 6.0, "你好，欢迎致电是吧？我不知道你们怎么回事，有完没完，快递还没到！")]
    s = score(call(turns), zh)
    assert status(s, "greeting") == "fail"
    assert status(s, "forbidden_phrases") == "pass"


def test_greeting_outside_its_window_fails_and_says_where_it_looked(zh) -> None:
    s = score(call([("customer", 0.5, 18.0, "喂喂？"), ("agent", 20.0, 23.0, "您好，欢迎致电。")]), zh)
    res = s.result("greeting")
    assert res.status == "fail"
    assert "first 15 s" in res.evidence[0].note and res.evidence[0].end == 15.0


def test_apology_is_na_without_a_complaint_and_hold_rules_without_a_hold(zh) -> None:
    turns = [("agent", 0.5, 3.0, "您好，我是小王。"), ("customer", 3.5, 6.0, "我想问一下积分怎么兑换。"),
             ("agent", 6.5, 9.0, "在我的页面点积分商城就可以。")]
    s = score(call(turns), zh)
    assert status(s, "apology") == "na" and "customer_problem" in s.result("apology").reason
    assert status(s, "hold_notice") == "na" and status(s, "hold_thanks") == "na"
    handling = next(x for x in s.sections if x.section == "handling")
    assert handling.possible == 10  # only verify_identity: na items leave the denominator


def test_unannounced_long_silence_is_dead_air_and_fails_hold_notice(zh) -> None:
    turns = list(GOOD_CALL)
    turns[4] = ("agent", 15.5, 18.0, "我看一下。")
    s = score(call(turns, silences=[(18.0, 40.0)]), zh)
    assert status(s, "hold_notice") == "fail"
    assert status(s, "dead_air") == "fail"
    ev = s.result("dead_air").evidence[0]
    assert (ev.start, ev.end) == (18.0, 40.0) and "did not announce" in ev.note
    # the same silence announced: no dead air
    s = score(call(GOOD_CALL, silences=[(18.0, 40.0)]), zh)
    assert status(s, "dead_air") == "pass" and "announced" in s.result("dead_air").evidence[0].note


def test_short_silence_is_no_hold(zh) -> None:
    turns = [(w, a if a < 40 else a - 15.5, b if a < 40 else b - 15.5, t) for w, a, b, t in GOOD_CALL]
    s = score(call(turns, silences=[(18.0, 24.5)]), zh)
    assert status(s, "hold_notice") == "na"


def test_a_hold_the_voice_activity_missed_is_found_in_the_transcript(zh) -> None:
    # office noise: VAD saw only the last 6 s of a 22 s pause; nobody said a word for 22 s
    s = score(call(GOOD_CALL, silences=[(34.0, 40.0)]), zh)
    assert status(s, "hold_notice") == "pass" and status(s, "hold_thanks") == "pass"


def test_a_step_done_although_not_required_is_credited(zh) -> None:
    turns = [("agent", 0.5, 3.0, "您好，我是小王。"), ("customer", 3.5, 6.0, "我想问一下积分怎么兑换。"),
             ("agent", 6.5, 9.0, "不好意思让您久等了，在我的页面点积分商城就可以。")]
    res = score(call(turns), zh).result("apology")
    assert res.status == "pass" and "done although" in res.reason


def test_interruptions_count_agent_overlaps_but_not_backchannels(zh) -> None:
    turns = GOOD_CALL + [("agent", 6.0, 6.6, "嗯。"), ("agent", 8.2, 9.4, "好了好了，订单号多少？")]
    overlaps = [Overlap(6.0, 6.6, "agent", "customer"), Overlap(8.2, 9.0, "agent", "customer"),
                Overlap(20.0, 21.0, "customer", "agent"), Overlap(12.0, 12.2, "agent", "customer")]
    s = score(call(turns, silences=[(18.0, 40.0)], overlaps=overlaps), zh)
    res = s.result("interruption")
    assert res.status == "fail"
    # the 嗯, the customer's overlap and the 0.2 s touch do not count
    assert len(res.evidence) == 1 and res.evidence[0].start == 8.2
    assert res.evidence[0].text == "好了好了，订单号多少？"


def test_critical_failure_zeroes_the_call_and_override_restores_it(zh) -> None:
    turns = list(GOOD_CALL)
    turns[2] = ("agent", 9.5, 13.0, "非常抱歉，这个不归我管，请您提供一下订单号。")
    t = call(turns, silences=[(18.0, 40.0)])
    s = score(t, zh)
    assert status(s, "forbidden_phrases") == "fail" and s.score == 0.0
    assert s.critical_failed == ["forbidden_phrases"]
    assert s.result("forbidden_phrases").evidence[0].span == "不归我管"
    fixed = apply_overrides(s, {"forbidden_phrases": "pass"}, zh)
    assert fixed.score == 100.0 and fixed.critical_failed == []
    # an inspector marking the hold steps na takes them out of the denominator
    worse = apply_overrides(fixed, {"farewell": "fail", "hold_notice": "na"}, zh)
    closing = next(x for x in worse.sections if x.section == "closing")
    assert closing.score == 50.0
    assert next(x for x in worse.sections if x.section == "hold").possible == 7
    assert s.score == 0.0  # the machine score itself is untouched


def test_override_rejects_unknown_status(zh) -> None:
    s = score(call(GOOD_CALL), zh)
    with pytest.raises(Exception, match="pass, fail or na"):
        apply_overrides(s, {"greeting": "maybe"}, zh)


def test_mono_call_roles_are_inferred_and_recorded(zh) -> None:
    turns = [("unknown", 0.5, 4.0, "您好，欢迎致电，我是客服小李。"),
             ("unknown", 4.5, 9.0, "你好，我买的充电宝坏了，你听不懂人话吗，有完没完！"),
             ("unknown", 9.5, 13.0, "非常抱歉给您添麻烦了，请提供一下订单号。"),
             ("unknown", 13.5, 15.0, "订单号是一二三四五。"),
             ("unknown", 15.5, 19.0, "已经为您登记换货，还有其他问题吗？感谢您的来电，再见。")]
    s = score(call(turns, layout="mono"), zh)
    assert status(s, "forbidden_phrases") == "pass"  # the angry customer's words
    assert status(s, "greeting") == "pass" and status(s, "apology") == "pass"
    ev = s.result("greeting").evidence[0]
    assert ev.speaker == "unknown" and "inferred as agent" in ev.note
    assert status(s, "interruption") == "na" and "mono" in s.result("interruption").reason
    # a rude agent on a mono call is still caught, and the evidence says how the speaker was decided
    turns[2] = ("unknown", 9.5, 13.0, "这个不归我管，你自己去看订单号。")
    s = score(call(turns, layout="mono"), zh)
    assert status(s, "forbidden_phrases") == "fail"
    assert "mono call: speaker inferred as agent" in s.result("forbidden_phrases").evidence[0].note


def test_paraphrases_and_asr_errors_not_in_the_sample_calls(zh) -> None:
    turns = [("agent", 0.3, 4.0, "早上好，感谢这店优品客服中心，客服小周很高兴为您效劳。"),
             ("customer", 4.5, 8.0, "我的包裹显示签收了，但是我没收到。"),
             ("agent", 8.5, 12.0, "实在不好意思，麻烦您报一下下单手机号后四位。"),
             ("customer", 12.5, 14.0, "幺三五七。"),
             ("agent", 14.5, 17.0, "好的，麻烦您稍等片刻，请不要挂机。"),
             ("agent", 35.0, 38.0, "让您久等了，已经帮您催促快地。"),
             ("agent", 38.5, 41.0, "请问还有什么需要帮助的吗？"),
             ("agent", 42.0, 45.0, "祝您生活愉快，欢迎再次来电。")]
    s = score(call(turns, silences=[(17.0, 35.0)]), zh)
    for rule in ("greeting", "self_intro", "verify_identity", "apology", "hold_notice", "hold_thanks",
                 "closing", "farewell"):
        assert status(s, rule) == "pass", (rule, s.result(rule).reason)
    assert status(s, "forbidden_phrases") == "pass"
    assert s.category == "logistics"


def test_english_call_paraphrases(en) -> None:
    turns = [("agent", 0.5, 4.0, "Good afternoon, thanks for contacting Brightmart, my name is Sam."),
             ("customer", 4.5, 8.0, "The blender I got is broken, it won't turn on."),
             ("agent", 8.5, 12.0, "I'm so sorry to hear that. Can I get the email address on the account?"),
             ("agent", 12.5, 15.0, "Bear with me while I check that for you."),
             ("agent", 30.0, 33.0, "Thanks for holding. A replacement is on its way."),
             ("agent", 33.5, 36.0, "Is there anything else I can do for you?"),
             ("agent", 36.5, 39.0, "Take care, goodbye.")]
    s = score(call(turns, silences=[(15.0, 30.0)], lang="en"), en)
    for rule in ("greeting", "self_intro", "verify_identity", "apology", "hold_notice", "hold_thanks",
                 "closing", "farewell", "forbidden_phrases"):
        assert status(s, rule) == "pass", (rule, s.result(rule).reason)
    assert s.category == "quality"
    rude = call([("agent", 0.5, 3.0, "Whatever. Calm down, you should have read the manual.")], lang="en")
    assert status(score(rude, en), "forbidden_phrases") == "fail"


def test_metric_target_gives_partial_points() -> None:
    pack = load_pack_text("""\
name: m
language: zh
version: "1"
sections: [{id: s, title: S}]
rules:
  - {id: rate, title: 语速, section: s, type: metric, metric: speech_rate, points: 10, metric_target: 200}
  - {id: ratio, title: 占比, section: s, type: metric, metric: talk_ratio, points: 10, max: 0.7}
""", "m.yaml")
    t = call([("agent", 0.0, 10.0, "您好"), ("customer", 10.0, 12.0, "你好")])
    t.metrics.speech_rate = {"agent": 150.0}
    t.metrics.talk_time = {"agent": 9.0, "customer": 1.0}
    s = score(t, pack)
    assert s.result("rate").points == 7.5 and s.result("rate").status == "fail"
    assert s.result("ratio").status == "fail"
    assert s.score == 37.5


def test_try_text_shows_which_rules_match(zh) -> None:
    matches = try_text("不客气，请您稍候，我帮您查一下订单号", zh)
    rules = {m.rule for m in matches}
    assert {"hold_notice", "verify_identity", "polite_words"} <= rules
    m = next(m for m in matches if m.rule == "hold_notice")
    assert m.span == "请您稍候" and m.mode == "exact"
    rude = try_text("这个不归我管", zh)
    assert any(m.rule == "forbidden_phrases" and m.expect == "absent" for m in rude)
    assert any(m.rule == "category:refund" for m in try_text("我的退款还没到账", zh, speaker="customer"))


def test_a_phrase_cut_in_two_by_the_recogniser_still_matches(zh) -> None:
    turns = [("agent", 0.5, 3.0, "您好，工号206。"), ("customer", 3.5, 5.0, "我要退款。"),
             ("agent", 5.5, 9.0, "已经给您处理好了，还有"), ("agent", 9.3, 11.0, "什么需要我帮忙的吗？"),
             ("agent", 11.5, 13.0, "再见。")]
    s = score(call(turns), zh)
    res = s.result("closing")
    assert res.status == "pass"
    assert res.evidence[0].start == 5.5 and res.evidence[0].span == "还有"  # starts in the first half
    # a real pause (or the other party speaking) between the halves is not one sentence
    turns[3] = ("agent", 10.5, 12.0, "什么需要我帮忙的吗？")
    assert status(score(call(turns), zh), "closing") == "fail"


def test_mono_customer_recognised_by_a_homophone_of_a_complaint(zh) -> None:
    turns = [("unknown", 0.6, 0.8, "喂？"), ("unknown", 1.5, 3.9, "您好，我买个冲键宝冲不进店。"),
             ("unknown", 4.5, 6.0, "那你寄回来检测。")]
    s = score(call(turns, layout="mono"), zh)
    assert status(s, "greeting") == "fail"  # the customer's 您好 is not the agent's greeting
    assert s.category == "quality"


def test_noise_on_the_customer_channel_is_not_an_interruption(zh) -> None:
    turns = list(GOOD_CALL) + [("customer", 40.6, 41.5, "嗯嗯嗯")]  # starts with the overlap itself
    overlaps = [Overlap(40.6, 41.5, "agent", "customer"),  # agent already talking since 40.0
                Overlap(30.0, 31.0, "agent", "customer")]  # no customer words at all
    s = score(call(turns, silences=[(18.0, 40.0)], overlaps=overlaps), zh)
    assert status(s, "interruption") == "pass"


def test_a_category_unless_voids_only_its_own_keywords() -> None:
    pack = load_pack_text("""\
name: c
language: zh
version: "1"
sections: [{id: s, title: S}]
rules:
  - {id: hi, title: 问候, section: s, points: 1, phrases: [您好]}
categories:
  match: exact
  items:
    - {id: logistics, title: 物流, keywords: [快递]}
    - {id: quality, title: 质量, keywords: [破了], unless: [快递包装破了]}
""", "c.yaml")
    s = score(call([("customer", 0.5, 3.0, "快递包装破了，里面的杯子没事。")]), pack)
    by = {c.category: c.score for c in s.categories}
    assert by == {"logistics": 1.0, "quality": 0.0} and s.category == "logistics"
    s = score(call([("customer", 0.5, 3.0, "杯子破了。")]), pack)
    assert s.category == "quality"
