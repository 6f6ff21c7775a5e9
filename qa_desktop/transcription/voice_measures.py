"""Each turn's loudness and voice pitch, measured on its own channel.

Why: escalation is heard before it is said. Comparing a customer's later turns
with their own start of call needs, per turn, how loud (dBFS over its speech
frames) and how high (median pitch) the voice was. Mono turns already carry
the pitch measured while cutting turns; on stereo calls the customer's turns
get theirs here (the costly half: about 0.1 s per minute of customer speech;
the agent's pitch has no use yet, so it is not measured).
"""

from __future__ import annotations

import numpy as np

from qa_desktop.audio.decode import SAMPLE_RATE
from qa_desktop.audio.loudness import speech_loudness
from qa_desktop.audio.voice import median_pitch
from qa_desktop.domain import Utterance


def measure_voices(utterances: list[Utterance], signals: dict[str, np.ndarray]) -> None:
    """Fill in `loudness` (and a missing `pitch`) of each utterance from its speaker's channel."""
    for u in utterances:
        signal = signals.get(u.speaker)
        if signal is None:
            if len(signals) != 1:
                continue
            signal = next(iter(signals.values()))  # mono: one shared channel
        part = signal[int(u.start * SAMPLE_RATE) : int(u.end * SAMPLE_RATE)]
        level = speech_loudness(part)
        u.loudness = None if level is None else round(level, 1)
        if u.pitch is None and u.speaker == "customer":
            pitch = median_pitch(part)
            u.pitch = None if pitch is None else round(pitch, 1)
