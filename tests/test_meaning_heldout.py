"""The meaning model on the held-out set (tests/heldout/meaning.yaml): paraphrased complaints, agent
refusals and polite look-alikes, escalation threats and calm look-alikes, zh and en, none of them in
the packs or the sample calls. Floors from issue #13: category accuracy ≥ 0.9 per language,
forbidden-conduct F1 ≥ 0.9 with no polite look-alike failed, escalation F1 ≥ 0.9.

`python tests/meaning_eval.py` prints the figures and the confusion matrices. The pack examples
and thresholds were tuned while looking at this set's misses, so its figures are optimistic.
tests/heldout/meaning_fresh.yaml was written afterwards and measured once, but the pack examples
were then widened while looking at its misses too, so it is no longer held out either.
tests/heldout/meaning_fresh2.yaml was written and committed before that widening and measured once
at its end (never tuned on): `python tests/meaning_eval.py tests/heldout/meaning_fresh2.yaml`.
tests/heldout/dev_s18.yaml is a development set for English paraphrase (varied registers, ASR slips,
indirect refusals, hand-offs naming a team), tuned on; dev_s18_check.yaml was written with it and
only its totals were read while tuning. Neither may share a line with a pack either.
tests/heldout/conduct_s18b.yaml (agent lines only) was written and committed before the stance signal
(scoring/stance.py) and its cue lists, by the same hand, so it is not independent of them;
conduct_s18c.yaml is a stress set written after the cues, adversarial to them, never used to change
one; conduct_neutral_s18.yaml probes ordinary agent lines (script lines among them) for false alarms.
tests/heldout/meaning_fresh3.yaml (324 lines) was written by a separate author who never saw the
model's outputs, kept outside the repository, and measured once at the end of that work; its figures
are in its header (category zh and escalation in both languages below the floors); it has since been
used as a development set. tests/heldout/escalation_s18b.yaml was written and committed before the
escalation channel × intent signal (its floor: test_scoring_escalation_intent.py);
escalation_s18b_check.yaml after it, measured once and not tuned on.
tests/heldout/meaning_fresh4.yaml (284 lines), likewise by a separate author who saw neither the
model's outputs nor the other sets, was measured once after fresh3 had served as a development set;
its figures are in its header (only Chinese escalation, 0.897, below a floor).
tests/heldout/dev_s19.yaml (escalation routes and intent forms, brush-offs, blame by comparison,
flat impossibility, and their look-alikes) was tuned on in session 19; dev_s19_check.yaml was measured
by accident part-way, so dev_s19_check2.yaml replaced it and was measured once at the end (headers).
tests/heldout/meaning_fresh5.yaml (395 lines, a third separate author) was measured once after that
work; its figures are in its header (category zh 0.891, conduct F1 zh 0.894 and en 0.878 below the
floors); it is a development set since. meaning_fresh6.yaml (413 lines, a fourth separate author) was
measured once after the second round; its header has the figures (English conduct F1 0.889 below the floor).
meaning_fresh7.yaml (348 lines, a fifth author) was measured once after the third round (English conduct
F1 0.844 and Chinese escalation F1 0.889 below the floors; header). meaning_fresh8.yaml (358 lines, a sixth
author), measured once after the fourth round, met every floor; the floor tests below hold on it too.
tests/heldout/dev_s20_tone.yaml (contempt forms fresh8 showed unread, with polite twins) was written and
committed before stop 20's conduct changes and tuned on; dev_s20_tone_check.yaml was written with it and
measured once at the end (its header); dev_s20_tone2.yaml (forms no set used) was written after the first
round and tuned on; dev_s20_polite_probe.yaml is a false-alarm probe (courteous lines sharing the new
forms' words, all of which must pass).
tests/heldout/dev_s20_cat2.yaml (claims read by form, category boundaries, dares and harmless mentions that
meaning_fresh9 missed) was written and committed before round 2's category/escalation changes and tuned on;
dev_s20_cat2_check.yaml was written with it and measured once at the end (its header).
meaning_fresh21-30.yaml (360 lines each, ten more authors with personas of their own) were each kept
outside the repository until measured, in pairs, as the heads came to read words: 21-24 chose nothing
(the floors were chosen leave-one-file-out on fresh13-20), 25-26 and 27-28 after, 29-30 on the final
scoring of that stop; 31-32 measured that scoring and the heads retrained up to fresh30.
Stop 23: meaning_fresh33-40 and 47-50 (eight more authors) were measured untouched against stop 22's
scoring, then served as development sets (33-36 chose the stance head's context gate and floor, with
leave-one-file-out; 37-40 and 47-50 were read for what was missed); meaning_fresh51-54 measured the
final scoring once, the heads never trained on them; meaning_fresh65-68 measured that scoring (f6bc61a)
and the category head's claim override after it, their lines unread; meaning_fresh69-72 measured
923c0e2 and the category head's weight 4 after it, their lines unread. train_s23_*.yaml are training
data only (twelve more authors, conduct-heavy): the heads learn from them, nothing measures on them.
train_s30_1-4.yaml are training data only too (stop 30: four authors' sincere praise and thanks to the
customer, against sarcastic look-alikes).
Each header gives its figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from meaning_eval import load, measure, report

from qa_desktop.paths import rules_dir
from qa_desktop.scoring.normalize import norm

SAMPLE_CALLS = Path(__file__).resolve().parent.parent / "resources" / "sample_calls"
HELDOUT_DIR = Path(__file__).resolve().parent / "heldout"


@pytest.fixture(scope="module", params=["meaning.yaml", "meaning_fresh8.yaml"])
def figures(request: pytest.FixtureRequest) -> dict:
    """The floors hold on the first held-out set and on fresh8, the first untouched set on which every
    floor was met when it was measured (its header)."""
    return measure(load(HELDOUT_DIR / request.param))


def _lines(data: dict) -> list[str]:
    out = []
    for part in ("complaints", "conduct", "escalation"):
        for kinds in data.get(part, {}).values():
            for lines in kinds.values():
                out += lines
    for lines in data.get("inquiries", {}).values():
        out += lines
    return out


# lines a held-out author wrote that a pack already held word for word, checked by hand as the everyday
# phrase both wrote, not a copy (fresh98's author, stop 25; a comment of the en pack quotes "I'm hanging
# up now so the engineer can call you"; fresh128's author, stop 26: the zh pack's neutral example
# "嗯好的我知道了，那我再等等看" holds it; fresh153's author, stop 27: an escalation example of the en
# pack is the same idiom; fresh172's author, stop 27: the plainest refusal, a phrase the en pack lists;
# fresh181's author, stop 28: a brush-off an en pack example words the same, with "Look," before it;
# fresh183's author, stop 28: the thanks after a hold, two phrases the zh script lists one after the other;
# fresh215's author, stop 29: the stock farewell a zh sample call ends with; fresh237's author, stop 29: the
# plainest reply to a hold, a neutral example of the en pack)
SAID_BY_BOTH = {"I'm hanging up now.", "嗯，好的，我知道了，那我再等等。", "I'll see you in court.",
                "I can't help you with that.", "Look, complain if you want, it won't change anything.",
                "谢谢您的耐心，让您久等了。", "祝您生活愉快，再见。", "Sure, I can hold.",
                # stop 30: a demand for someone in charge two writers (fresh246, 255) and the zh pack's
                # escalation examples all say; an accusation the en pack's examples hold too (fresh257)
                "你做不了主就换个能做主的人来。", "You lot are con artists.",
                # stop 31: a brush-off the en pack's refusal examples hold with a "Look," before it (fresh316)
                "Complain if you want, it won't change anything.",
                # stop 32: the stock thanks after a hold, one of the en pack's hold-thanks phrases (fresh377)
                "Thank you for bearing with me.",
                # stop 33: the stock zh farewell again, with the thanks before it, as a zh sample call ends (fresh452)
                "感谢您的来电，祝您生活愉快，再见",
                # stop 34: a curt refusal an en pack example words the same (fresh475)
                "I'm not repeating myself again.",
                # stop 36: a stock brush-off the zh pack lists (fresh533); a threat to write to one's MP, as an en
                # pack escalation example words it (fresh554)
                "你问我我问谁？", "I'll be writing to my MP.",
                # stop 38: an accusation of fraud an en pack escalation example words the same (fresh623)
                "You're a bunch of crooks.",
                # stop 40: the plainest question about a parcel, as the en pack words one of its openings (fresh675)
                "Where is my order?",
                # stop 41: the stock thanks after a hold, as the en pack's hold-thanks phrases word it (fresh709)
                "Sorry for the wait, I appreciate your patience."}
# (compared normalised: fresh404's author wrote stop 30's demand for someone in charge without its full stop)


def test_the_held_out_set_is_big_enough_and_kept_out_of_the_packs_and_the_sample_calls() -> None:
    data = load()
    for lang in ("zh", "en"):
        cats = data["complaints"][lang]
        assert set(cats) == {"logistics", "refund", "size", "quality", "payment", "false_advertising"}
        assert all(len(v) >= 12 for v in cats.values()), lang
    assert sum(len(v) for c in data["complaints"].values() for v in c.values()) >= 150
    assert sum(len(v) for c in data["conduct"].values() for v in c.values()) >= 60
    shipped = "\n".join(p.read_text(encoding="utf-8") for p in rules_dir().glob("*.yaml"))
    said = "\n".join(s.get("text", "") for c in json.loads((SAMPLE_CALLS / "truth.json").read_text(encoding="utf-8"))
                     for s in c["segments"])
    shipped_n, said_n = norm(shipped), norm(said)
    # script lines on purpose: ordinary agent speech must pass (fresh423-424, 441-442, 459-460 and train_s33: short
    # turns; train_s31_5-6: courteous closings against curt brush-offs)
    probes = {"conduct_neutral_s18.yaml", "meaning_fresh423.yaml", "meaning_fresh424.yaml", "meaning_fresh441.yaml",
              "meaning_fresh442.yaml", "meaning_fresh459.yaml", "meaning_fresh460.yaml", "train_s31_5.yaml",
              "train_s31_6.yaml", "train_s33_1.yaml", "train_s33_2.yaml"}
    later = [line for path in sorted(HELDOUT_DIR.glob("*.yaml")) if path.name not in probes for line in _lines(load(path))]
    said_by_both = {norm(line) for line in SAID_BY_BOTH}
    for line in _lines(data) + later:
        n = norm(line)
        # "Charged. Twice.": too short to be a copy; "Not my department." (fresh37's author, in the en
        # pack since stop 18) is three everyday words two writers can both say
        if (len(n.split()) <= 3 if n.isascii() else len(n) < 6) or n in said_by_both:
            continue
        assert n not in shipped_n, f"held-out line in a shipped pack: {line}"
        assert n not in said_n, f"held-out line in a sample call: {line}"


def test_complaint_category_accuracy_is_at_least_0_9_in_each_language(figures: dict) -> None:
    for lang, r in figures["category"].items():
        assert r["accuracy"] >= 0.9, report(figures)


def test_refusals_are_caught_and_no_polite_look_alike_fails(figures: dict) -> None:
    for lang, r in figures["conduct"].items():
        assert r["polite_failed"] == 0, report(figures)
        assert r["f1"] >= 0.9, report(figures)


def test_escalation_f1_is_at_least_0_9(figures: dict) -> None:
    for lang, r in figures["escalation"].items():
        assert r["f1"] >= 0.9, report(figures)


def test_the_development_set_covers_every_category_and_both_kinds_of_agent_and_customer_line() -> None:
    """dev_s18.yaml (tuned on, so never a floor): at least 20 complaints per category and language,
    25 refusals and 25 polite look-alikes, 20 escalation positives and 20 negatives per language."""
    data = load(HELDOUT_DIR / "dev_s18.yaml")
    for lang in ("zh", "en"):
        cats = data["complaints"][lang]
        assert set(cats) == {"logistics", "refund", "size", "quality", "payment", "false_advertising"}
        assert all(len(v) >= 20 for v in cats.values()), lang
        assert len(data["conduct"][lang]["refusal"]) >= 25 and len(data["conduct"][lang]["polite"]) >= 25, lang
        assert len(data["escalation"][lang]["positive"]) >= 20 and len(data["escalation"][lang]["negative"]) >= 20, lang
    lines = _lines(data)
    assert len(lines) == len(set(lines)), "a line is listed twice"


def test_the_stance_check_set_meets_the_conduct_floor_in_both_languages() -> None:
    """conduct_s18b.yaml: ≥ 25 refusals and ≥ 25 polite look-alikes in English, ≥ 15 each in Chinese;
    forbidden-conduct F1 ≥ 0.9 with no polite look-alike failed in each language."""
    data = load(HELDOUT_DIR / "conduct_s18b.yaml")
    for lang, least in (("en", 25), ("zh", 15)):
        assert min(len(v) for v in data["conduct"][lang].values()) >= least, lang
    m = measure(data)
    for lang, r in m["conduct"].items():
        assert r["polite_failed"] == 0 and r["f1"] >= 0.9, report(m)


@pytest.mark.parametrize("name", ["meaning_fresh373.yaml", "meaning_fresh374.yaml"])
def test_misheard_agent_lines_heard_less_than_clearly_meet_the_conduct_floor(name: str) -> None:
    """fresh373-374 (stop 32, two authors): English agent lines as a phone-line recogniser mishears them,
    40 courteous (every one misheard) and 30 refusals (half misheard). Scored as turns heard at confidence
    0.7, where the stance head needs a clearer reading (conduct_head.HEAD_CLEAR): every courteous line
    passes and F1 ≥ 0.9 (measured unread at b93878d: 0.966 and 0.947, none failed; stop 32's candidate J1u,
    retrained heads asking a 0.95 reading there, fell to 0.889 on fresh373)."""
    m = measure(load(HELDOUT_DIR / name), heard=0.7)
    r = m["conduct"]["en"]
    assert r["polite_failed"] == 0 and r["f1"] >= 0.9, report(m)


@pytest.mark.parametrize("name", ["meaning_fresh441.yaml", "meaning_fresh442.yaml", "meaning_fresh459.yaml",
                                  "meaning_fresh460.yaml"])
def test_ordinary_short_agent_turns_rarely_fail_and_short_refusals_are_caught(name: str) -> None:
    """fresh441-442 and fresh459-460 (stop 33, four authors): per language 60 ordinary short agent turns ("Bye now.",
    "客服中心，请讲。", "Are you still there?") and 30 short curt refusals. At most 6 of a set's 120 ordinary turns
    fail (5 %) and F1 ≥ 0.9 in each language (measured unread: 3, 3, 2 and 3 failed; the stance head before stop 33,
    which learned short and curt as refusal from long courteous look-alikes, failed 18, 14, 10 and 15)."""
    m = measure(load(HELDOUT_DIR / name))
    assert sum(r["polite_failed"] for r in m["conduct"].values()) <= 6, report(m)
    assert all(r["f1"] >= 0.9 for r in m["conduct"].values()), report(m)


@pytest.mark.parametrize("name", [f"meaning_fresh{n}.yaml" for n in (513, 514, 515, 516, 537, 538, 539, 540,
                                                                     581, 582, 583, 584)])
def test_customers_who_raise_no_problem_are_mostly_filed_under_other(name: str) -> None:
    """fresh513-516 and 537-540 (stop 36) and 581-584 (stop 37), twelve authors: per language 60 customer openings
    that raise no problem (questions before buying, invoices, loyalty points, a delivery slot moved, thanks), a
    third in complaint words ("what's your refund policy, before I buy"). At most a third of a language's 60 are
    filed under a category. Measured: the scoring before any gate filed 46-54 zh and 39-51 en on fresh513-516;
    stop 36's gate, which read the category head, 9-24 zh and 12-19 en there, 16-21 zh and 15-20 en on
    fresh537-540, 21-23 zh and 14-26 en on fresh581-584 (unread); the gate's own head 7-15 zh and 8-17 en on
    fresh513-516 and 537-540, 7-11 zh and 8-13 en on fresh581-584 (unread)."""
    m = measure(load(HELDOUT_DIR / name))
    assert set(m["inquiries"]) == {"zh", "en"}
    assert all(r["filed"] <= 20 for r in m["inquiries"].values()), report(m)
