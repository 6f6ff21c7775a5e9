"""Two voices on one channel, from the real encoder on real audio (no Whisper): sample calls
mixed down to mono, and one recorded mono, are split into the voices truth.json says."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qa_desktop.audio.activity import channel_activity
from qa_desktop.audio.decode import SAMPLE_RATE, decode
from qa_desktop.audio.diarize import diarize, windows_of

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "sample_calls"


def mono_of(name: str) -> np.ndarray:
    chans = decode(SAMPLES / name).channels
    return np.mean(chans, axis=0) if len(chans) > 1 else chans[0]


def majority(diar, start: float, end: float) -> int:
    share = [0.0, 0.0]
    for s in diar.spans:
        if s.voice >= 0:
            share[s.voice] += max(0.0, min(end, s.end) - max(start, s.start))
    return int(np.argmax(share)) if sum(share) else -1


@pytest.mark.parametrize("name", ["20260812_Z3001_900001.flac",  # stereo, mixed down here
                                  "20260818_Y4003_900013.flac",  # English, office noise, mixed down
                                  "20260813_Z3001_900003.flac"])  # recorded mono
def test_each_scripted_turn_falls_in_its_speakers_voice(name: str, truth: dict) -> None:
    samples = mono_of(name)
    diar = diarize(samples, channel_activity(samples).regions)
    turns = [s for s in truth[Path(name).stem]["segments"] if s["who"] in ("agent", "customer")]
    voices = [majority(diar, s["start"], s["end"]) for s in turns]
    agent_voice = voices[0]
    right = sum((v == agent_voice) == (s["who"] == "agent") for v, s in zip(voices, turns))
    assert right == len(turns), list(zip([s["who"] for s in turns], voices))
    assert diar.similarity < 0.85  # two distinct voices, not one split in two
    assert all(0.0 <= s.confidence <= 1.0 for s in diar.spans) and max(s.confidence for s in diar.spans) >= 0.9


def test_long_regions_are_cut_into_half_overlapping_encoder_windows() -> None:
    windows = windows_of([(0.0, 4.0), (5.0, 5.1), (6.0, 7.0)])
    assert [round(w.start, 2) for w in windows if w.region == 0] == [0.0, 0.8, 1.6, 2.4]
    assert all(round(w.end - w.start, 2) == 1.6 for w in windows if w.region == 0)
    assert not [w for w in windows if w.region == 1]  # a 0.1 s click is not embedded
    assert [(w.start, w.end) for w in windows if w.region == 2] == [(6.0, 7.0)]
    assert SAMPLE_RATE == 16000
