"""How loud a stretch of speech is (RMS, dB below full scale).

Why: a customer who starts shouting is one of the two voice signs of an
escalating call (the other is a rising pitch). The level is measured over the
speech frames of a turn only: the pauses between words would otherwise pull a
fast talker's level down and a slow one's up, which is no change of voice.
"""

from __future__ import annotations

import math

import numpy as np

from qa_desktop.audio.decode import SAMPLE_RATE

FRAME_S = 0.02
SPEECH_BELOW_PEAK_DB = 25.0  # frames this far below the turn's loud frames are pauses, not speech
FLOOR_DBFS = -90.0
MIN_SPEECH_FRAMES = 5


def speech_loudness(samples: np.ndarray, sr: int = SAMPLE_RATE) -> float | None:
    """RMS level of the speech frames in `samples` (dBFS), or None when too short or silent."""
    n = int(FRAME_S * sr)
    count = len(samples) // n
    if count < MIN_SPEECH_FRAMES:
        return None
    frames = np.asarray(samples[: count * n], dtype=np.float64).reshape(count, n)
    power = np.mean(frames**2, axis=1)
    db = 10.0 * np.log10(power + 1e-12)
    loud = float(np.percentile(db, 90))
    if loud < FLOOR_DBFS:
        return None
    speech = power[db >= loud - SPEECH_BELOW_PEAK_DB]
    if len(speech) < MIN_SPEECH_FRAMES:
        return None
    return 10.0 * math.log10(float(np.mean(speech)) + 1e-12)
