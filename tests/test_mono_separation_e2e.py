"""The measurement of issue 12: every labelled sample call mixed down to one channel, and the
real two-speaker stereo_diarization.wav mixed down, through the real Whisper model and the real
voice encoder, scored by the default packs.

- ≥ 92 % of the scripted turns (truth.json segments) are stored with the right speaker: the
  stored turn that covers most of a scripted turn has that turn's speaker;
- every truth.json label is reproduced (forbidden phrases included), except where one channel
  cannot show it: an agent talking over the customer is counted only where one voice took over
  from the other mid-speech (900005); in 900011 the agent's first words under the customer's
  are heard as the customer's, so that interruption is left unmeasured (`na`, saying why);
- 900013's hold_thanks and farewell are left out of the label check (not its other labels, nor its
  speaker count): mixing its two office-noise lines down halves the signal-to-noise ratio and the
  base model loses the "Thanks" that opens both turns even when each voice is decoded again on its
  own (voice_redecode: "And for your patience", "And for calling Brightness"), which is recognition,
  not speaker separation. Its hold notice is heard ("while I contact the carrier") only thanks to
  that second hearing;
- a noisy mono call whose farewell was cut off (900007) still fails the farewell: hearing each
  voice again adds no script line that was not said.

Measured (2026-12): 101 of 104 scripted turns (97.1 %).
"""

from __future__ import annotations

import pytest
from scoring_synth import labels_of

from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import score

pytestmark = pytest.mark.slow

UNMEASURED_INTERRUPTION = {"20260817_Z3005_900011"}
MISHEARD = {"20260818_Y4003_900013": {"hold_thanks", "farewell"}}


@pytest.fixture(scope="module")
def scored(mono_sample_transcripts):
    out = {}
    for name, t in mono_sample_transcripts.items():
        out[name] = (t, score(t, default_pack_for(t.language)))  # names the voices, as storing does
    return out


def test_at_least_92_percent_of_scripted_turns_get_the_right_speaker(scored, truth) -> None:
    right = total = 0
    wrong = []
    for cid, call in truth.items():
        t, _ = scored[cid]
        assert t.layout == "mono"
        for seg in call["segments"]:
            if seg["who"] not in ("agent", "customer"):
                continue
            total += 1
            best = max(t.utterances, key=lambda u: min(u.end, seg["end"]) - max(u.start, seg["start"]))
            if min(best.end, seg["end"]) - max(best.start, seg["start"]) > 0 and best.speaker == seg["who"]:
                right += 1
            else:
                wrong.append((cid, seg["start"], seg["who"], best.speaker))
    assert right / total >= 0.92, wrong
    assert total >= 100


def test_every_label_is_reproduced_on_the_mixed_down_calls(scored, truth) -> None:
    wrong = {}
    for cid, call in truth.items():
        _, s = scored[cid]
        got = labels_of(s)
        expected = {k: v for k, v in call["labels"].items() if k not in MISHEARD.get(cid, ())}
        if cid in UNMEASURED_INTERRUPTION:
            inter = s.result("interruption")
            assert inter.status == "na" and inter.reason_key == "reason.mono"
            expected.pop("agent_interrupts")
        diff = {k: (got[k], v) for k, v in expected.items() if got[k] != v}
        if diff:
            wrong[cid] = diff
    assert not wrong


def test_forbidden_phrases_get_pass_or_fail_not_na(scored, truth) -> None:
    for cid, call in truth.items():
        _, s = scored[cid]
        status = s.result("forbidden_phrases").status
        assert status == ("fail" if call["labels"]["forbidden"] else "pass"), cid


def test_two_real_speakers_talking_at_once_are_not_given_roles_without_a_script(scored) -> None:
    # stereo_diarization.wav: two read sentences (no call script), mostly spoken at the same time;
    # mixed down, Whisper hears the louder one. Nothing says who is the agent: nobody is named.
    t, s = scored["stereo_diarization"]
    assert t.utterances and {u.speaker for u in t.utterances} == {"unknown"}
    assert all(u.voice in (0, 1) for u in t.utterances)
    assert s.result("forbidden_phrases").status == "pass"


def test_a_noisy_mono_call_without_its_farewell_fails_the_farewell(transcriber, truth, tmp_path) -> None:
    # 900007 mixed down is a noisy line (each voice is decoded again) whose farewell is heard
    # (the label check above); cut just before the agent's "好的，祝您周末愉快，再见。" it must fail,
    # while the agent's "请问还有什么问题我可以帮您？" just before still passes
    import numpy as np
    import soundfile as sf

    from conftest import SAMPLE_CALLS
    from qa_desktop.audio.decode import SAMPLE_RATE, decode

    call = truth["20260815_Z3004_900007"]
    farewell = call["segments"][-1]
    assert farewell["who"] == "agent" and "再见" in farewell["text"] and call["labels"]["farewell"]
    mixed = np.mean(decode(SAMPLE_CALLS / call["file"]).channels, axis=0)
    sf.write(tmp_path / "900007_no_farewell.flac", mixed[: int((farewell["start"] - 0.2) * SAMPLE_RATE)], SAMPLE_RATE)
    t = transcriber.transcribe(tmp_path / "900007_no_farewell.flac")
    s = score(t, default_pack_for(t.language))
    assert s.result("farewell").status == "fail", [u.text for u in t.utterances]
    assert s.result("closing").status == "pass", [u.text for u in t.utterances]
