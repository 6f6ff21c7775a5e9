"""Voice pitch, which tells the two parties of a mono call apart."""

from __future__ import annotations

import numpy as np
import pytest

from qa_desktop.audio import decode
from qa_desktop.audio.voice import median_pitch, semitones_apart

from conftest import SAMPLE_CALLS

RATE = 16000


def _voice(f0: float, seconds: float = 1.0) -> np.ndarray:
    """A buzzy vowel-like tone: harmonics falling off, as a voice has."""
    t = np.arange(int(seconds * RATE)) / RATE
    return sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, 12)).astype(np.float32) * 0.1


@pytest.mark.parametrize("f0", [95.0, 140.0, 220.0, 300.0])
def test_pitch_of_a_voice_is_its_fundamental_not_an_octave_off(f0):
    assert median_pitch(_voice(f0)) == pytest.approx(f0, rel=0.03)


def test_silence_and_noise_have_no_pitch():
    assert median_pitch(np.zeros(RATE, dtype=np.float32)) is None
    noise = np.random.default_rng(1).normal(0, 0.1, RATE).astype(np.float32)
    assert median_pitch(noise) is None
    assert semitones_apart(None, 200.0) is None
    assert semitones_apart(220.0, 110.0) == pytest.approx(12.0)


def test_english_agent_and_customer_voices_differ_on_a_mono_line():
    # 900014 (8 kHz A-law, mono): agent 0.6–2.46 s, customer 3.06–5.30 s in truth.json
    x = decode(SAMPLE_CALLS / "20260818_Y4004_900014.wav").channels[0]
    agent = median_pitch(x[int(0.6 * RATE) : int(2.46 * RATE)])
    customer = median_pitch(x[int(3.06 * RATE) : int(5.30 * RATE)])
    assert semitones_apart(agent, customer) > 4
