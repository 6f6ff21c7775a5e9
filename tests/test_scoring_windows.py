"""Windows anchored on another rule's hits: `window: {after: RULE, within: S}` (and before)."""

from __future__ import annotations

import pytest
from test_scoring_engine import call

from qa_desktop.errors import RulePackError
from qa_desktop.rules import default_pack_for, load_pack_text
from qa_desktop.scoring import score

COMPLAINT = ("customer", 5.0, 8.0, "我买的衣服到现在还没收到。")


@pytest.fixture(scope="module")
def zh():
    return default_pack_for("zh")


def test_the_shipped_apology_must_follow_the_complaint_within_30_s(zh) -> None:
    opening = ("agent", 0.5, 4.0, "您好，很高兴为您服务。")
    prompt = call([opening, COMPLAINT, ("agent", 9.0, 12.0, "非常抱歉，我帮您查一下。")])
    res = score(prompt, zh).result("apology")
    assert res.status == "pass"
    assert res.evidence[0].note == "within 30 s after 客户反映问题 (“还没收到” at 5.0 s)"
    late = call([opening, COMPLAINT, ("agent", 9.0, 12.0, "我帮您查一下物流。"),
                 ("agent", 50.0, 53.0, "非常抱歉，物流延误了。")])
    res = score(late, zh).result("apology")
    assert res.status == "fail" and res.reason == "not found within 30 s after 客户反映问题 (“还没收到” at 5.0 s)"
    assert (res.evidence[0].start, res.evidence[0].end) == (7.5, 38.0)  # the stretch that was searched
    assert "looked for “非常抱歉”" in res.evidence[0].note


def test_any_statement_of_the_problem_opens_a_window(zh) -> None:
    turns = [("agent", 0.5, 4.0, "您好。"), COMPLAINT, ("agent", 9.0, 12.0, "我帮您查一下。"),
             ("customer", 60.0, 63.0, "都一个星期了还没收到，怎么回事？"), ("agent", 64.0, 67.0, "真的很抱歉。")]
    res = score(call(turns), zh).result("apology")
    assert res.status == "pass" and res.evidence[0].start == 64.0
    assert res.evidence[0].note.startswith("within 30 s after 客户反映问题 (“还没收到” at 60.0 s)")


PACK = """\
name: w
language: zh
version: "1"
sections: [{id: s, title: S}]
rules:
  - id: confirm
    title: 确认
    section: s
    points: 5
    window: {before: goodbye, within: 10}
    phrases: [还有其他问题吗]
  - id: goodbye
    title: 道别
    section: s
    points: 5
    phrases: [再见]
"""


def test_a_window_before_a_rule_defined_later_in_the_pack() -> None:
    pack = load_pack_text(PACK, "w.yaml")
    ok = call([("agent", 0.5, 2.0, "您好。"), ("agent", 30.0, 32.0, "还有其他问题吗？"), ("agent", 35.0, 36.0, "再见。")])
    assert score(ok, pack).result("confirm").status == "pass"
    early = call([("agent", 0.5, 2.0, "还有其他问题吗？"), ("agent", 35.0, 36.0, "再见。")])
    assert score(early, pack).result("confirm").status == "fail"
    res = score(call([("agent", 0.5, 2.0, "还有其他问题吗？")]), pack).result("confirm")
    assert res.status == "na" and res.reason == "no 道别 in this call to look before"


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        ("before: goodbye", "before: goodby", "rule confirm: window.before: no rule 'goodby' in this pack and no "
                                              "event of that name (events: hold) (did you mean 'goodbye'?)"),
        ("before: goodbye", "before: confirm", "rule confirm: window.before: a window cannot be anchored on its own rule"),
        ("phrases: [再见]", "type: silence\n    min_seconds: 20", None),
    ],
)
def test_window_anchors_are_validated(change: str, line: str, message: str | None) -> None:
    with pytest.raises(RulePackError) as err:
        load_pack_text(PACK.replace(change, line), "w.yaml")
    problems = "\n".join(err.value.problems)
    assert (message or "rule confirm: window.before: rule 'goodbye' is a silence rule") in problems
    assert "w.yaml:10: rule confirm: window.before" in problems  # the window's own line


def test_a_window_loop_is_rejected() -> None:
    looped = PACK.replace("    phrases: [再见]\n", "    phrases: [再见]\n    when: {rule: confirm}\n")
    with pytest.raises(RulePackError, match="form a loop"):
        load_pack_text(looped, "w.yaml")
