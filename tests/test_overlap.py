"""Talking over the other party on one channel (audio.overlap), with the real encoder on real audio
(no Whisper): the sample call where the agent cut in under the customer, every sample call mixed
down (no false alarms), and mini-calls built from two real single-voice recordings with a known
overlap or a known pause (tests/overlap_synth.py).

Measured (2026-12) on the mini-calls of overlap_synth.PAIRS, overlap 0.5/1/1.5/2 s, the interrupter
carrying on after a breath: 10 of 24 overlaps found with the right interrupter (diarize's takeovers
and this module's together); 0 false alarms with a 0.3 or 0.6 s pause; a newcomer who latches on
within 0.05-0.15 s is taken for talking over in 4 of 12 (one channel cannot tell them apart).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from overlap_synth import PAIRS, mini_call

from qa_desktop.audio.activity import channel_activity
from qa_desktop.audio.decode import decode
from qa_desktop.audio.diarize import diarize
from qa_desktop.audio.overlap import late_overlaps

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "sample_calls"
RECORDINGS = Path(__file__).resolve().parent / "data" / "recordings"


def mono_of(path: Path) -> np.ndarray:
    chans = decode(path).channels
    return np.mean(chans, axis=0).astype(np.float32) if len(chans) > 1 else chans[0]


def voice_at(diar, start: float, end: float) -> int:
    share = [0.0, 0.0]
    for s in diar.spans:
        if s.voice >= 0:
            share[s.voice] += max(0.0, min(end, s.end) - max(start, s.start))
    return int(np.argmax(share))


def test_the_agent_cutting_in_under_the_customer_is_found_on_one_channel(truth) -> None:
    # 900011: the agent's "您别着急" starts 1 s before the customer's complaint ends; mixed down, the
    # 1.6 s windows hear the customer to the end of that stretch and the agent only after a breath
    samples = mono_of(SAMPLES / "20260817_Z3005_900011.flac")
    diar = diarize(samples, channel_activity(samples).regions)
    segs = truth["20260817_Z3005_900011"]["segments"]
    agent_turn = next(s for s in segs if s["who"] == "agent" and s["start"] > 10)
    found = late_overlaps(samples, diar)
    assert len(found) == 1, found
    o = found[0]
    assert o.new == voice_at(diar, agent_turn["start"] + 1.5, agent_turn["end"])  # the agent's voice cut in
    assert o.end - o.start >= 0.5
    assert agent_turn["start"] - 0.5 <= o.start <= o.end <= agent_turn["start"] + 1.5


def test_no_sample_call_mixed_down_shows_a_late_overlap_where_none_was(truth) -> None:
    found = {}
    for cid, call in truth.items():
        if cid == "20260817_Z3005_900011":
            continue
        samples = mono_of(SAMPLES / call["file"])
        late = late_overlaps(samples, diarize(samples, channel_activity(samples).regions))
        if late:
            found[cid] = late
    assert not found


@pytest.mark.parametrize("name", ["jfk.flac", "multilingual.mp3", "aishell-BAC009S0724W0121.wav",
                                  "stereo_diarization.wav"])
def test_real_recordings_mixed_down_show_no_late_overlap(name: str) -> None:
    # one reader each (stereo_diarization: two readers who never pause for each other)
    samples = mono_of(RECORDINGS / name)
    assert not late_overlaps(samples, diarize(samples, channel_activity(samples).regions))


@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_a_clean_pause_before_the_other_voice_is_never_talking_over(pair: str) -> None:
    for pause in (0.3, 0.6):
        call = mini_call(pair, pause)
        assert not late_overlaps(call.samples, diarize(call.samples, channel_activity(call.samples).regions)), pause


@pytest.mark.parametrize(("pair", "seconds"), [("real_en_en", 1.0), ("real_en_en", 1.5), ("zh_tts", 1.0),
                                               ("en_tts", 1.0)])
def test_a_voice_cutting_in_before_the_other_stops_is_found_with_who_cut_in(pair: str, seconds: float) -> None:
    call = mini_call(pair, -seconds)
    diar = diarize(call.samples, channel_activity(call.samples).regions)
    found = late_overlaps(call.samples, diar)
    assert len(found) == 1, found
    o = found[0]
    assert o.new == voice_at(diar, *call.x_turn)
    assert o.end - o.start >= 0.5
    assert call.overlap[0] - 0.5 <= o.start and o.end <= call.overlap[1] + 0.6
