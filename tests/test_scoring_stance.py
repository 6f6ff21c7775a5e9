"""The stance signal beside the meaning model (qa_desktop/scoring/stance.py): an agent sentence that
pushes the problem away and offers nothing, or that blames the customer, fails the forbidden-conduct
rule with its cue named; its polite twin, which commits to an action, passes; one that acknowledges
the customer's feelings with no "but" after it passes even where it resembles a refusal (stop 24).
The lines here are written for these tests (not in a pack, not in a held-out set)."""

from __future__ import annotations

import copy

import pytest

from qa_desktop.domain import Metrics, Transcript, Utterance
from qa_desktop.rules import RulePackError, default_pack_for, load_pack_text
from qa_desktop.scoring import conduct, score
from qa_desktop.scoring.compiled import compile_pack
from qa_desktop.scoring.meaning import meaning_of
from qa_desktop.scoring.stance import read, reassures, tokens

OPENING = {"en": ("Hello, customer service, how can I help you?", "My order hasn't turned up."),
           "zh": ("您好，请问有什么可以帮您？", "我的东西还没到。")}


def verdict(line: str, lang: str = "en", pack=None):
    greeting, complaint = OPENING[lang]
    utts, t = [], 0.5
    for who, text in (("agent", greeting), ("customer", complaint), ("agent", line)):
        utts.append(Utterance(who, t, t + 3.0, text))
        t += 3.5
    return score(Transcript("s.wav", t + 1.0, lang, "stereo", utts, Metrics()),
                 pack or default_pack_for(lang)).result("forbidden_phrases")


@pytest.mark.parametrize("lang, refusal, cue, twin", [
    ("en", "Frankly that's the airline's business, not ours.", "not ours",
     "That's the airline's business, so I've contacted them for you and I'll update you tonight."),
    ("en", "Your guess is as good as mine, you'll have to ring the depot.", "you will have to ring",
     "Your guess is as good as mine, so I'm ringing the depot now and will text you what they say."),
    ("zh", "这是厂家的事，跟我们店没关系", "跟我们店没关系", "这是厂家的事，我已经帮您联系厂家了，明天给您答复"),
])
def test_a_refusal_in_new_words_fails_with_its_cue_and_its_polite_twin_passes(lang, refusal, cue, twin) -> None:
    bad = verdict(refusal, lang)
    assert bad.status == "fail"
    ev = next(e for e in bad.evidence if e.mode == "meaning")
    assert ev.span in refusal and f"deflects: “{cue}”; no action offered" in ev.note  # the words said
    assert verdict(twin, lang).status == "pass"


def test_blaming_the_customer_fails_even_beside_an_offer() -> None:
    bad = verdict("You should have measured the doorway first, but I'll swap it anyway.")
    assert bad.status == "fail"
    assert any("blames or belittles the customer: “you should have" in e.note for e in bad.evidence)
    assert verdict("You should have received a text with the tracking link, I'll resend it now.").status == "pass"


@pytest.mark.parametrize("text, commits", [
    ("I can't do that myself, but I'll ask my manager.", True),  # the negation ends at "but"
    ("I won't be refunding that.", False),  # a commitment inside a negation is none
    ("I'm not going to chase it.", False),
    ("I’ve booked the engineer for Monday.", True),  # a curly apostrophe reads like a straight one
    ("Take your time, I'm not going anywhere.", True),  # staying with the customer
    ("Okay, I'm going to stop you there, this isn't going anywhere.", False),
    ("我不能帮您退", False),
    ("我没有办法帮您改地址", False),
    ("不管怎样我都会帮您处理好", True),  # 不管 (regardless) negates nothing
    ("这个我确实处理不了，不过我帮您升级到主管", True),
])
def test_a_commitment_counts_only_outside_a_negation(text: str, commits: bool) -> None:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    cues = tuple(default_pack_for(lang).rule("forbidden_phrases").commit_cues)
    assert bool(read(text, cues, (), ()).commit) is commits, text


def test_cue_words_are_tokenised_like_speech() -> None:
    assert tokens("Can't, won't, I've, I'd") == ["can", "not", ",", "will", "not", ",", "i", "have", ",", "i", "would"]
    stance = read("There's really nothing else we can do.", (), ("nothing ... i|we can",), ())
    assert stance.deflect == "nothing else we can" and stance.pushes_away


PACK = """
name: t
language: en
version: "1"
sections: [{{id: s, title: S}}]
rules:
  - id: rude
    title: Rude
    section: s
    points: 1
    expect: absent
    phrases: [go away]
    examples: ["Go and ask somebody else about it.", "Not my problem, ask your manager.", "Stop bothering me."]
    unless_examples: [I will look into it for you now.]
{extra}
categories:
  items:
    - {{id: logistics, title: Logistics, keywords: [parcel]}}
"""


def test_a_pack_authors_cues_are_used_and_checked() -> None:
    pack = load_pack_text(PACK.format(extra="    deflect_cues: [ask the gaffer]"), "t.yaml")
    t = Transcript("t.wav", 12.0, "en", "stereo",
                   [Utterance("agent", 0.5, 3.0, "Hello there."), Utterance("customer", 3.5, 6.0, "Where's my parcel?"),
                    Utterance("agent", 6.5, 9.5, "Not me, go and ask the gaffer about that.")], Metrics())
    result = score(t, pack).result("rude")
    assert result.status == "fail" and any("ask the gaffer" in e.note for e in result.evidence)
    with pytest.raises(RulePackError) as err:
        load_pack_text(PACK.format(extra="    contempt_cues: [\"* ...\"]"), "t.yaml")
    assert any("contempt_cues[0]" in p and "no word to anchor on" in p for p in err.value.problems), err.value.problems
    # an option of several words would be read as the words "[at" and "all]", which nobody says
    with pytest.raises(RulePackError) as err:
        load_pack_text(PACK.format(extra="    deflect_cues: [\"nothing [at all] to do with us\"]"), "t.yaml")
    assert any("deflect_cues[0]" in p and "[at] [all" in p for p in err.value.problems), err.value.problems
    with pytest.raises(RulePackError) as err:
        load_pack_text(PACK.format(extra="    empathy_cues: [\"that sounds [really awful]\"]"), "t.yaml")
    assert any("empathy_cues[0]" in p for p in err.value.problems), err.value.problems


def test_the_shipped_disowning_cue_reads_nothing_at_all_to_do_with_us() -> None:
    bad = verdict("That has nothing at all to do with us, it's the courier.")
    assert bad.status == "fail" and any("nothing at all to do with us" in e.note for e in bad.evidence), \
        [e.note for e in bad.evidence]


def test_a_negated_phrase_matched_loosely_in_a_sentence_that_negates_nothing_is_not_counted() -> None:
    ok = verdict("Is there anything else I can help you with today?")  # fuzzy-matched "I can't help you with that"
    assert ok.status == "pass"
    assert any("refuses by a negation this sentence does not say" in e.note for e in ok.evidence)
    assert verdict("Sorry, I can't help you with that one.").status == "fail"  # the phrase itself still fails


@pytest.mark.parametrize("lang, line, cue", [
    ("en", "Asking again won't change the decision, I'm afraid.", "not change the decision"),  # stonewalling
    ("en", "I'm only the receptionist, I don't know anything about parcels.", "i am only the receptionist"),  # disowning
    ("en", "It works perfectly for everybody else who bought one.", "works perfectly for everybody"),  # yours alone
    ("zh", "您找谁结果都一样，这个改不了", "改不了"),
    ("zh", "别人买的都没问题，您再看看说明书", "别人买的都没问题"),
])
def test_stonewalling_disowning_and_dismissing_the_problem_as_the_customers_deflect(lang, line, cue) -> None:
    bad = verdict(line, lang)
    assert bad.status == "fail", bad.evidence
    assert any(f"deflects: “{cue}”" in e.note for e in bad.evidence if e.mode == "meaning")


def test_a_commitment_said_inside_a_deflecting_phrase_is_none() -> None:
    cues = default_pack_for("en").rule("forbidden_phrases")
    args = (tuple(cues.commit_cues), tuple(cues.deflect_cues), tuple(cues.contempt_cues))
    done_our_part = read("We've done our part, the rest is with the bank.", *args)
    assert done_our_part.deflect and not done_our_part.commit  # "we have done" belongs to "done our part"
    assert verdict("We've done our part, the rest is with the bank.").status == "fail"
    assert read("We've done the refund, it shows in three days.", *args).commit  # a real commitment
    assert read("Ring as often as you like, you'll get the same reply.", *args).commit == ""


def test_a_short_listed_phrase_matched_loosely_with_another_word_is_not_counted() -> None:
    from qa_desktop.scoring.conduct_cues import swapped_word

    assert swapped_word("not my problem", "not a problem") == "a"
    assert swapped_word("not my problem", "not my problam") == ""  # an ASR slip is the same word
    ok = verdict("Oh that's not a problem, honestly.")
    assert ok.status == "pass"
    assert any("in place of one of its words" in e.note for e in ok.evidence)
    assert verdict("Honestly, that's not my problem.").status == "fail"


def test_whatever_counts_only_when_it_dismisses() -> None:
    assert verdict("Whatever day you pick, the engineer brings the part with him.").status == "pass"
    assert verdict("Yeah, whatever. Ring the courier then.").status == "fail"


def test_a_reassurance_answers_likeness_but_not_a_deflection() -> None:
    assert verdict("No need to post anything back, it's all covered.").status == "pass"
    assert verdict("No problem, but you'll need to chase the courier yourself.").status == "fail"


@pytest.mark.parametrize("lang, refusal, twin", [
    # a bare "can't" signed off with a goodbye, beside one that hands the case on before the goodbye
    ("en", "Can't fix that, sorry, bye then.", "I can't fix that myself, but I'll book an engineer, bye for now."),
    # accusing the customer, beside asking kindly with an offer
    ("en", "How do I know you didn't spill something on it?",
     "Could it have had a spill at all? Either way I'll arrange the repair."),
    # ending the call on the customer, beside a courteous closing
    ("en", "Anyway, I'm going to hang up now.",
     "If there's nothing else, I'm going to end the call now, thank you and have a lovely day."),
    # blame turned back on the customer, beside owning the fault (怪我们 is a commitment there)
    ("zh", "自己不看清楚，现在来怪我们", "这个倒是怪我们没写清楚，我帮您换"),
    # 没别的事 ("nothing else"): 别的 is "other", no negation, so the brush-off 就挂了 still counts
    ("zh", "没别的事我就挂了", "您还有别的问题吗？我帮您一起看一下"),
])
def test_brush_offs_accusations_and_blame_fail_and_their_courteous_twins_pass(lang, refusal, twin) -> None:
    assert verdict(refusal, lang).status == "fail", refusal
    assert verdict(twin, lang).status == "pass", twin


def test_a_cue_ending_in_dollar_matches_only_a_sentence_that_ends_there() -> None:
    """`$` lets a pack tell a bare hang-up from the same words followed by thanks."""
    cues = ("i am going to end|hang ... ... $",)
    assert read("I'm going to end the call now.", (), (), cues).contempt
    assert not read("I'm going to end the call now, thanks for calling.", (), (), cues).contempt


def test_a_question_mark_in_a_cue_is_the_question_mark_said() -> None:
    """`?|.` names a sentence end, not a one-letter glob: "are you done?" scorns, "are you done with
    the form" asks."""
    cues = ("are you done ?|.",)
    assert read("Are you done?", (), (), cues).contempt
    assert not read("Are you done with the form yet", (), (), cues).contempt


def test_a_brush_off_said_across_sentences_is_read_on_the_whole_turn() -> None:
    """A cue naming a sentence end with words after it is read over the agent's turn: the curt run
    "Anything else? No? Okay, bye." fails, the same run closed with thanks passes."""
    pack = default_pack_for("en")

    def verdict(line: str) -> str:
        utts = [Utterance("agent", 0.5, 3.0, "Hello, customer service, how can I help you?"),
                Utterance("customer", 3.5, 6.0, "Hi."), Utterance("agent", 6.5, 9.0, line)]
        call = Transcript("t.wav", 10.0, "en", "stereo", utts, Metrics())
        return score(call, pack).result("forbidden_phrases").status

    assert verdict("Mhm. Mhm. Yep. Anything else? No? Okay, bye.") == "fail"
    assert verdict("Okay, that's all done. Anything else? No? Thank you for calling, goodbye.") == "pass"


@pytest.mark.parametrize("lang, refusal, twin", [
    # the customer's competence questioned (an intensifier marks it), beside an offer to help
    ("en", "You clearly don't know how to open an attachment.",
     "If you don't know how to open the attachment, I'll read the details out to you."),
    # an ironic opener before a jibe, beside a sincere "great"
    ("en", "Oh fantastic, another one who forgot their password.",
     "Fantastic, another delivery slot has opened up for tomorrow, shall I book it?"),
    # a "next time" reproach, beside a "next time" tip with the job done
    ("en", "Perhaps try looking at the dimensions next time.",
     "Next time the app will remember your address; I've updated it for you now."),
    # ending the call bare, beside ending it with thanks
    ("en", "I'm closing this call now.", "I'm closing this call now, thank you for your patience and goodbye."),
    ("zh", "您难道看不懂快递单吗", "您难道没收到快递单吗？我给您重新发一份"),
    ("zh", "不说了，下一个", "下一个问题是关于退款的吧，我来看一下"),
    ("zh", "下次填地址看清楚点", "下次您也可以在订单页直接改地址，这次我帮您改好了"),
])
def test_contempt_read_by_form_fails_and_its_courteous_twin_passes(lang, refusal, twin) -> None:
    assert verdict(refusal, lang).status == "fail", refusal
    assert verdict(twin, lang).status == "pass", twin


def test_a_cue_starting_with_caret_matches_only_a_sentence_that_starts_there() -> None:
    """`^` lets a pack tell a bare "Not." (a promise taken back) from "I'm afraid not." (an answer)."""
    cues = ("^ not $",)
    assert read("Not.", (), (), cues).contempt
    assert not read("I'm afraid not.", (), (), cues).contempt


@pytest.mark.parametrize("lang, refusal, twin", [
    # a mock-absurd claim after an ironic "and", beside a sincere "yes, and I'm the one who…"
    ("en", "Yeah, and I'm the Prime Minister. Nothing went missing.",
     "Yes, and I'm the person who'll look after your claim from here."),
    # "anyone could" said of the customer's task, beside "anyone could miss that" with help offered
    ("en", "My nan could fit that filter in a minute.",
     "Anyone could miss that clip, so I'll send you a fitting guide today."),
    # "what did you expect" about the price, beside a real question about what was expected
    ("en", "What did you expect for four pounds?",
     "What were you expecting to find in the box? I'll check the listing now."),
    # advice to stop buying, beside an offer that removes the worry
    ("en", "If you can't cope with delays, perhaps don't order from abroad.",
     "If delays are a worry, I can switch you to a UK warehouse order today."),
    # a hang-up made conditional on the customer's conduct, beside a courteous call-back
    ("en", "If you keep swearing at me I'll end this call.", "If the call drops, I'll phone you back straight away."),
    # the question belittled, beside a question praised
    ("en", "That's a really daft question, honestly.", "That's a really good question, and I'll explain it step by step."),
    # a class of customer named, beside calls about a model
    ("en", "We get your sort on the phone every day.", "We get calls about this model every day, and I'll fix it for you now."),
    # a promise taken back with a bare "Not.", beside a limit stated after a promise
    ("en", "Of course, I'll drive it round myself. Not.", "Of course, I'll send it out today. I'm afraid not before five, though."),
    # a favour done with scorn for its worth, beside the same favour with a result promised
    ("en", "I'll log it, not that it'll change anything.", "I'll log it now, and you'll get an email once it's done."),
    # a bad line feigned to hang up, beside a call-back
    ("en", "You're breaking up, can't hear you, bye.", "You're breaking up a bit, I'll call you straight back."),
    ("zh", "你这种顾客就是来占便宜的", "您这种情况很常见，我马上帮您处理"),
    ("zh", "这问题也太低级了吧", "这个问题不难，我一步步带您操作"),
    ("zh", "小孩子都会用，你怎么不会", "孩子用着不方便的话，我帮您换一个简易款"),
    ("zh", "嫌贵你就别买啊", "如果您觉得贵，我帮您申请一张优惠券"),
    ("zh", "你再骂我就挂电话了", "要是电话断了，我马上给您回拨"),
    ("zh", "你能不能讲点道理", "您讲的有道理，我马上给您登记"),
    ("zh", "听不清，挂了啊", "刚才没听清，我先挂断，一会儿打回给您"),
])
def test_scorn_read_by_form_fails_and_its_courteous_twin_passes(lang, refusal, twin) -> None:
    """Forms from stop 20 (mock comparisons, "what did you expect", advice to stop buying, a hang-up on
    condition, the question belittled, a class of customer named, scorn for a favour's worth): each
    fails, and a courteous line that shares its words passes."""
    assert verdict(refusal, lang).status == "fail", refusal
    assert verdict(twin, lang).status == "pass", twin


def without_empathy(lang: str):
    pack = copy.deepcopy(default_pack_for(lang))  # (without its compiled matchers)
    pack.rule("forbidden_phrases").empathy_cues = []
    return pack


@pytest.mark.parametrize("lang, line", [
    ("en", "That must have been awful, finding it smashed on your birthday."),
    ("zh", "我理解您，花钱买的东西一打开就是坏的，谁都不舒服。"),
])
def test_an_acknowledgement_passes_where_its_likeness_alone_failed_it(lang: str, line: str) -> None:
    assert verdict(line, lang).status == "pass"
    # the pack's empathy cues do it: without them the same line reads as a refusal
    assert verdict(line, lang, without_empathy(lang)).status == "fail"


def test_an_acknowledgement_the_head_reads_as_courteous_passes() -> None:
    # (it needed the empathy cues until stop 30; the stance head trained on the authors up to fresh252
    # and on sincere praise against sarcasm reads it as courteous by itself)
    line = "That sounds really stressful, moving house and the bed still not here."
    assert verdict(line, "en").status == "pass"
    assert verdict(line, "en", without_empathy("en")).status == "pass"


def test_an_admission_of_the_company_s_fault_passes() -> None:
    # (it needed the empathy cues until stop 25; the stance head trained on 26 more authors reads it
    # polite, 31 % refusal, by itself)
    assert verdict("You're absolutely right, you shouldn't have had to chase us for this.", "en").status == "pass"


@pytest.mark.parametrize("lang, line", [
    ("en", "I understand, but rules are rules."),
    ("en", "I completely understand how upsetting that is, and it's the courier's problem, not ours."),
    ("zh", "理解您，但是规定就是规定，我也没办法。"),
    ("zh", "理解您的心情，这个您得自己去找快递公司。"),
])
def test_an_acknowledgement_before_a_but_or_beside_a_deflection_still_fails(lang: str, line: str) -> None:
    assert verdict(line, lang).status == "fail"


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


@pytest.mark.parametrize("lang, hollow, twin", [
    ("en", "I'll note it, but nobody's going to read it.", "I'll note it, but it may take a day or two to be read."),
    ("zh", "我帮您登记一下，不过估计也没什么用。", "我马上帮您催，不过可能要等两天。"),
])
def test_a_promise_taken_back_shields_nothing_and_one_that_names_a_limit_still_does(lang, hollow, twin) -> None:
    commit = tuple(default_pack_for(lang).rule("forbidden_phrases").commit_cues)
    assert read(hollow, commit, (), ()).commit == ""
    assert read(twin, commit, (), ()).commit
    assert verdict(hollow, lang).status == "fail"
    assert verdict(twin, lang).status == "pass"


def test_a_hang_up_announced_with_go_ahead_and_is_contempt_and_closing_a_case_is_not() -> None:
    cues = tuple(default_pack_for("en").rule("forbidden_phrases").contempt_cues)
    assert read("Right, I'm going to go ahead and hang up now.", (), (), cues).contempt
    assert not read("I'm going to go ahead and close your case now, you'll get an email confirming it.",
                    (), (), cues).contempt


@pytest.mark.parametrize("line, scorn", [
    ("你还要我再讲几遍才明白？", True),
    ("不好意思让您重复了好几遍，我都记下了。", False),  # an apology for the customer's trouble
    ("没事，您多讲几遍也行，我在听。", False),
])
def test_how_many_times_is_scorn_only_when_the_agent_is_the_one_made_to_repeat(line: str, scorn: bool) -> None:
    cues = tuple(default_pack_for("zh").rule("forbidden_phrases").contempt_cues)
    assert bool(read(line, (), (), cues).contempt) is scorn


@pytest.mark.parametrize("line", ["Anything else today?", "Is there anything else?", "How can I help you?"])
def test_a_script_line_the_recogniser_capitalised_is_no_refusal(line: str) -> None:
    """The agent's script lines are not read for refusals; Whisper writes a sentence's first word with a capital
    ("Anything else today?" for the closing phrase "anything else today"), which was not recognised as the script
    before stop 33, so the stance head read it (the head of then: 93.7 % refusal, and the rule failed)."""
    assert meaning_of(compile_pack(default_pack_for("en"))).scripted(line)
    assert verdict(line).status == "pass"


@pytest.mark.parametrize("line, courteous", [
    ("现在没办法马上换，我可以安排师傅明天上门看看。", True),
    ("地址没办法直接改了，我可以联系快递员改派。", True),
    ("这个没办法，我可以帮你记一下，但是没用。", False),  # the offer taken back
    ("没办法，我可以给你记一笔，有没有用我不管。", False),
])
def test_a_listed_phrase_said_while_offering_what_i_can_do_instead_is_no_refusal(line: str, courteous: bool) -> None:
    """"没办法 …，我可以安排/联系 …" names a limit and then acts, as the en pack's "I can arrange" does; the zh
    pack's hand-over words had no "我可以 + action" before stop 34, so the listed 没办法 failed the rule."""
    assert verdict(line, "zh").status == ("pass" if courteous else "fail")


def test_a_commitment_said_in_the_negative_reassures() -> None:
    """"not a problem", 没关系 lift a burden; "I'll just…" undertakes something (and can open a brush-off the
    stance head then reads: conduct_head.HEAD_COMMITTED)."""
    assert reassures("not a problem") and reassures("no need to call") and reassures("没关系")
    assert not reassures("i will just") and not reassures("我 马上 帮 您")


@pytest.mark.parametrize("lang, sincere, ironic", [
    ("en", "Good luck with that exam on Monday, and the spare charger goes out today.",
     "You want it by Friday? Good luck with that, mate."),
    ("en", "A first anniversary is a big deal, so I've put the flowers on the morning van.",
     "Oh, big deal, it's a scratch on the lid."),
    ("zh", "您挑的这套茶具真讲究，我给您多加一层泡沫包装。", "您可真讲究，退个货还要我们上门来取。"),
    ("zh", "这个颜色您真会挑，跟您家沙发特别配。", "您可真会挑时候，我们都快下班了才打过来。"),
])
def test_kind_words_said_in_contempt_fail_and_said_sincerely_pass(lang: str, sincere: str, ironic: str) -> None:
    """Rule.ironic_cues (stop 41): praise and good wishes a courteous agent also says sincerely are contempt
    only where the stance head reads their sentence as a refusal too (conduct_head.HEAD_CUE_VETO); the fail
    names the cue and the head's reading."""
    assert verdict(sincere, lang).status == "pass", sincere
    bad = verdict(ironic, lang)
    assert bad.status == "fail", ironic
    assert any("taken as said in contempt" in e.note for e in bad.evidence if e.mode == "meaning"), bad.evidence


def test_without_a_head_an_ironic_cue_is_taken_at_the_packs_word(monkeypatch: pytest.MonkeyPatch) -> None:
    line = "Good luck with that exam on Monday, and the spare charger goes out today."
    monkeypatch.setattr(conduct, "stance_head", lambda: None)
    r = verdict(line)
    assert r.status == "fail" and any("good luck with that" in e.note for e in r.evidence if e.mode == "meaning")


def test_a_pack_authors_ironic_cues_are_checked() -> None:
    pack = load_pack_text(PACK.format(extra="    ironic_cues: [what a treat]"), "t.yaml")
    assert pack.rule("rude").ironic_cues == ["what a treat"]
    with pytest.raises(RulePackError) as err:
        load_pack_text(PACK.format(extra="    ironic_cues: [\"* ...\"]"), "t.yaml")
    assert any("ironic_cues[0]" in p and "no word to anchor on" in p for p in err.value.problems), err.value.problems
