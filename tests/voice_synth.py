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


def dialogue(customer: np.ndarray, agent_line: np.ndarray, phrases: list[tuple[float, float]],
             rise_from_phrase: int | None = None, gain_db: float = 8.0, semitones: float = 3.0,
             sr: int = 16000) -> tuple[np.ndarray, np.ndarray]:
    """A two-channel call from real recordings: the agent's line, then one customer phrase, in turn.

    `phrases` are (start, end) seconds of the customer recording; from phrase `rise_from_phrase` on,
    the customer is louder and higher. Returns (agent channel, customer channel).
    """
    pause = np.zeros(int(0.6 * sr), dtype=np.float32)
    agent_parts, customer_parts = [], []
    for i, (a, b) in enumerate(phrases):
        said = customer[int(a * sr) : int(b * sr)].astype(np.float32)
        if rise_from_phrase is not None and i >= rise_from_phrase:
            said = np.clip(pitch_shift(said, semitones) * 10.0 ** (gain_db / 20.0), -1.0, 1.0)
        agent_parts += [agent_line.astype(np.float32), pause, np.zeros_like(said), pause]
        customer_parts += [np.zeros_like(agent_line, dtype=np.float32), pause, said, pause]
    return np.concatenate(agent_parts), np.concatenate(customer_parts)
