"""Short calls: the opening (`window: {first: N}`) and the closing (`window: {last: N}`) never share a turn.

On a call shorter than the two stretches together, "the last 30 s" also covers the greeting, so the agent's
opening "thank you for calling" used to pass the farewell of a call whose farewell was cut off. Such a call
is split at the turn boundary nearest its middle: turns before it are the opening, turns from it on the
closing, and the evidence says the stretch searched was shortened.
"""

from __future__ import annotations

import pytest
from test_scoring_engine import call

from qa_desktop.domain import Metrics, Transcript, Utterance
from qa_desktop.scoring import score

OPENING_EN = ("agent", 0.5, 5.0, "Hello, thank you for calling Brightmart, this is Mia. How can I help you?")
PROBLEM_EN = ("customer", 5.5, 9.0, "My coat is too big, I want a smaller one.")
FIX_EN = ("agent", 9.5, 13.0, "Done, a small size is on its way.")
THANKS_EN = ("customer", 13.5, 14.5, "Thanks.")


def test_the_opening_thanks_is_not_a_farewell_on_a_short_call(en) -> None:
    cut = score(call([OPENING_EN, PROBLEM_EN, FIX_EN, THANKS_EN], lang="en"), en)
    res = cut.result("farewell")
    assert res.status == "fail"  # was "pass" on "thank you for calling" at 0.5 s
    assert res.reason == ("not found within the last 30 s, from 9.5 s "
                          "(a short call: before that is its opening)")
    assert res.reason_key == "reason.not_found" and res.reason_args["where"]["key"] == "window.last_short"
    assert (res.evidence[0].start, res.evidence[0].end) == (9.5, 15.5)  # the stretch that was searched
    assert cut.result("greeting").status == "pass"  # the opening still counts as the opening

    said = score(call([OPENING_EN, PROBLEM_EN, FIX_EN, THANKS_EN,
                       ("agent", 15.0, 17.0, "Thanks for calling, have a good day.")], lang="en"), en)
    res = said.result("farewell")
    assert res.status == "pass" and res.evidence[0].start == 15.0


def test_a_closing_thanks_is_not_a_greeting_on_a_short_call(en) -> None:
    turns = [("customer", 0.5, 3.0, "Hi, I'd like to return a coat."), ("agent", 3.5, 6.0, "Order number?"),
             ("customer", 6.5, 8.0, "Eight one one two five."), ("agent", 8.5, 11.0, "Done. Thanks for calling, bye.")]
    res = score(call(turns, lang="en"), en).result("greeting")
    assert res.status == "fail"  # "thanks for calling" is a greeting phrase, but here it ends the call
    assert res.reason == "not found within the first 15 s, up to 6.5 s (a short call: after that is its closing)"
    assert (res.evidence[0].start, res.evidence[0].end) == (0.0, 6.5)


def test_the_chinese_pack_splits_short_calls_too(zh) -> None:
    opening = ("agent", 0.5, 5.0, "您好，感谢您的来电，我是客服小吴，请问有什么可以帮您？")
    turns = [opening, ("customer", 5.5, 9.0, "我的快递一直没到。"), ("agent", 9.5, 13.0, "已经给您催了，明天送到。"),
             ("customer", 13.5, 14.5, "好的。")]
    res = score(call(turns), zh).result("farewell")
    assert res.status == "fail" and res.reason_args["where"] == {
        "key": "window.last_short", "args": {"seconds": 30.0, "start": 9.5}}
    turns.append(("agent", 15.0, 17.0, "感谢您的来电，祝您生活愉快，再见。"))
    res = score(call(turns), zh).result("farewell")
    assert res.status == "pass" and res.evidence[0].start == 15.0


def test_a_turn_running_over_the_middle_counts_for_one_stretch_only(en) -> None:
    """The agent's one line says both "hello" and "thanks for calling" and runs over the middle of the call
    (7.5 s of 15): it is the opening or the closing — whichever side the turn boundary nearest the middle
    puts it on — never both (before, it passed the greeting and the farewell at once)."""
    line = "Hello, thanks for calling, a smaller one is on its way."
    late = [("customer", 0.5, 5.5, "Hi, my coat is too big."), ("agent", 6.0, 10.5, line),
            ("customer", 9.0, 9.5, "Mm."), ("customer", 11.0, 14.0, "Great, that's all.")]
    got = score(call(late, lang="en"), en)  # boundaries at 6.0 and 11.0 (9.0 is inside the agent's turn)
    assert (got.result("greeting").status, got.result("farewell").status) == ("fail", "pass")
    assert got.result("greeting").reason_args["where"]["args"]["end"] == 6.0
    early = [("customer", 0.5, 3.0, "Hi, my coat is too big."), ("agent", 3.5, 9.0, line),
             ("customer", 8.0, 8.5, "Mm."), ("customer", 9.5, 14.0, "Great, that's all.")]
    got = score(call(early, lang="en"), en)  # boundaries at 3.5 and 9.5
    assert (got.result("greeting").status, got.result("farewell").status) == ("pass", "fail")
    assert got.result("farewell").reason_args["where"]["args"]["start"] == 9.5


def test_long_calls_keep_their_full_windows(en) -> None:
    turns = [OPENING_EN, PROBLEM_EN] + [("agent" if i % 2 else "customer", 15.0 + 5 * i, 18.0 + 5 * i, "Okay.")
                                        for i in range(40)]
    res = score(call(turns, lang="en"), en).result("farewell")
    end = turns[-1][2] + 1
    assert res.status == "fail" and res.reason == "not found within the last 30 s"
    assert (res.evidence[0].start, res.evidence[0].end) == (end - 30, end)
    res = score(call(turns, lang="en"), en).result("closing")  # the last 90 s of 214 s
    assert res.reason == "not found within the last 90 s" and res.evidence[0].start == end - 90


def test_sample_call_900005_with_its_farewell_cut_off(en, truth) -> None:
    """The English sample call as its script has it (truth.json), and cut off at 27.0 s just before the
    agent's "Thanks for calling Brightmart, have a good day." (at 27.3 s)."""
    segs = [s for s in truth["20260814_Y4001_900005"]["segments"] if s["who"] != "hold"]
    whole = Transcript("900005.flac", 31.376, "en", "stereo",
                       [Utterance(s["who"], s["start"], s["end"], s["text"]) for s in segs], Metrics())
    res = score(whole, en).result("farewell")
    assert res.status == "pass" and res.evidence[0].span == "Thanks for calling"  # not the opening's
    cut = Transcript("900005_cut.flac", 27.0, "en", "stereo",
                     [u for u in whole.utterances if u.start < 27.0], Metrics())
    got = score(cut, en)
    assert got.result("farewell").status == "fail"
    assert got.result("greeting").status == "pass" and got.result("closing").status == "pass"


@pytest.mark.slow
def test_the_recorded_sample_call_900005_cut_before_its_farewell(transcriber, tmp_path, en) -> None:
    """The real recording, trimmed by the project's audio code before the farewell and transcribed."""
    import soundfile as sf
    from conftest import SAMPLE_CALLS

    from qa_desktop.audio.decode import SAMPLE_RATE, decode

    audio = decode(SAMPLE_CALLS / "20260814_Y4001_900005.flac")
    target = tmp_path / "20260814_Y4001_900005_cut.flac"
    sf.write(target, __import__("numpy").stack([c[: int(27.0 * SAMPLE_RATE)] for c in audio.channels], axis=1),
             SAMPLE_RATE)
    got = score(transcriber.transcribe(target), en)
    assert got.result("greeting").status == "pass"
    res = got.result("farewell")
    assert res.status == "fail" and res.reason_args["where"]["key"] == "window.last_short"
