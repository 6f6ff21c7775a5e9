"""Voice pitch of a stretch of speech, to tell two people apart on a mono line.

On a mono recording both parties share one channel, and the pause between two
turns (0.4–0.6 s) is as long as a breath inside one speaker's sentence, so
pauses alone cannot tell "same speaker went on" from "the other one answered".
A change of voice pitch can: two people rarely speak within two semitones of
each other, one person's consecutive phrases usually do.
"""

from __future__ import annotations

import math

import numpy as np

from qa_desktop.audio.decode import SAMPLE_RATE

FRAME_S = 0.04  # s: holds at least two periods of a 60 Hz voice
HOP_S = 0.01
FMIN, FMAX = 60.0, 400.0
VOICED = 0.5  # normalised autocorrelation peak above which a frame is voiced
MIN_VOICED_FRAMES = 5


def frame_pitches(samples: np.ndarray, sr: int = SAMPLE_RATE) -> np.ndarray:
    """Pitch (Hz) of each voiced, reasonably loud frame."""
    n, hop = int(FRAME_S * sr), int(HOP_S * sr)
    if len(samples) < n:
        return np.empty(0)
    idx = np.arange(0, len(samples) - n + 1, hop)[:, None] + np.arange(n)
    frames = samples[idx]
    frames = frames - frames.mean(axis=1, keepdims=True)
    energy = (frames**2).sum(axis=1)
    frames = frames[energy >= 0.1 * np.percentile(energy, 90)] * np.hanning(n)
    if not len(frames):
        return np.empty(0)
    power = np.abs(np.fft.rfft(frames, 2 * n)) ** 2
    ac = np.fft.irfft(power)[:, :n]
    ac = ac / np.maximum(ac[:, :1], 1e-12)
    lo, hi = int(sr / FMAX), int(sr / FMIN)
    band = ac[:, lo:hi]
    peak = band.max(axis=1)
    voiced = peak >= VOICED
    band, peak = band[voiced], peak[voiced]
    if not len(band):
        return np.empty(0)
    # the period is the first lag nearly as good as the best one (the best is
    # often a multiple of the period, which would halve the pitch); then the
    # top of that first peak
    first = np.argmax(band >= 0.9 * peak[:, None], axis=1)
    lags = np.arange(band.shape[1])
    near = (lags[None, :] >= first[:, None]) & (lags[None, :] <= first[:, None] * 1.2 + 2)
    period = np.argmax(np.where(near, band, -np.inf), axis=1)
    return sr / (lo + period)


def median_pitch(samples: np.ndarray, sr: int = SAMPLE_RATE) -> float | None:
    """Typical pitch of the voice in samples (Hz), or None when too little is voiced."""
    return pitch_of_frames(frame_pitches(samples, sr))


def pitch_of_frames(pitches: np.ndarray) -> float | None:
    """Typical pitch of frame pitches (Hz), or None when too few frames are voiced."""
    if len(pitches) < MIN_VOICED_FRAMES:
        return None
    return float(np.exp(np.median(np.log(pitches))))


def semitones_apart(a: float | None, b: float | None) -> float | None:
    if not a or not b:
        return None
    return abs(12.0 * math.log2(a / b))
