"""Making a real recording's speaker "rise": louder and higher from some moment on.

No sox in CI, so the pitch is raised in numpy by reading the samples faster
(like a tape played fast: higher and quicker; the voice stays periodic, so its
pitch is measurable, which granular shifting without alignment spoils).
"""

from __future__ import annotations

import numpy as np



def pitch_shift(x: np.ndarray, semitones: float) -> np.ndarray:
    """x played faster by the ratio of `semitones`: higher by that much, and shorter."""
    ratio = 2.0 ** (semitones / 12.0)
    return np.interp(np.arange(0, len(x) - 1, ratio), np.arange(len(x)), x).astype(np.float32)


def rise_from(x: np.ndarray, at: int, gain_db: float, semitones: float) -> np.ndarray:
    """x unchanged before sample `at`, then louder by gain_db and higher by semitones (that part
    plays faster, so the recording ends earlier; it keeps its length, silence at the end)."""
    tail = pitch_shift(x[at:], semitones) if semitones else x[at:].astype(np.float32)
    y = np.zeros(len(x), dtype=np.float32)
    y[:at] = x[:at]
    y[at : at + len(tail)] = np.clip(tail * 10.0 ** (gain_db / 20.0), -1.0, 1.0)
    return y
