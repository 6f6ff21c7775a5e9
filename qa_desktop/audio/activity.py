"""Voice activity per channel, robust to line noise and office babble.

Silero (bundled with faster-whisper) tells speech from noise, but it also calls
background babble "speech". On a call channel the party on that channel is
much louder than the room behind them, so a frame counts as speech only when
Silero agrees AND its energy stands well above the channel's noise floor,
relative to how loud that channel's speaker is. Regions found this way are then
widened while the signal stays speech-like, so their edges sit where the words
do (turn timing is scored within 0.5 s).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa_desktop.audio.decode import SAMPLE_RATE

FRAME = 512  # samples; Silero's window at 16 kHz (32 ms)
FRAME_S = FRAME / SAMPLE_RATE

Region = tuple[float, float]


def frame_features(samples: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Silero speech probability and energy (dB) per 32 ms frame."""
    from faster_whisper.vad import get_vad_model

    padded = np.pad(samples, (0, FRAME - len(samples) % FRAME))
    probs = np.asarray(get_vad_model()(padded)).reshape(-1)
    energy = 10.0 * np.log10(np.mean(padded.reshape(-1, FRAME) ** 2, axis=1) + 1e-12)
    return probs, energy


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


NOISY_BELOW_DB = 26.0  # speech peaks less than this above the noise floor: a noisy line


@dataclass(slots=True)
class ChannelActivity:
    regions: list[Region]
    dynamic_range_db: float  # loud speech over the noise floor

    @property
    def noisy(self) -> bool:
        return self.dynamic_range_db < NOISY_BELOW_DB


def speech_regions(samples: np.ndarray, **options: float) -> list[Region]:
    return channel_activity(samples, **options).regions


def channel_activity(
    samples: np.ndarray,
    *,
    threshold: float = 0.5,
    loudness: float = 0.6,
    close_gap: float = 0.2,
    min_length: float = 0.15,
    widen: float = 0.3,
) -> ChannelActivity:
    """Speech regions (seconds) of one channel's own speaker, and how noisy the line is."""
    probs, energy = frame_features(samples)
    floor = float(np.percentile(energy, 10))
    level = float(np.percentile(energy, 97))
    strict = (probs >= threshold) & (energy >= floor + loudness * (level - floor))
    loose = (probs >= threshold * 0.6) & (energy >= floor + 0.5 * loudness * (level - floor))
    runs = _runs(strict)
    max_widen = int(round(widen / FRAME_S))
    regions: list[list[int]] = []
    for a, b in runs:
        lo = a
        while lo > 0 and a - lo < max_widen and loose[lo - 1]:
            lo -= 1
        hi = b
        while hi < len(loose) and hi - b < max_widen and loose[hi]:
            hi += 1
        if regions and (lo - regions[-1][1]) * FRAME_S < close_gap:
            regions[-1][1] = max(regions[-1][1], hi)
        else:
            regions.append([lo, hi])
    duration = len(samples) / SAMPLE_RATE
    out = [(a * FRAME_S, min(b * FRAME_S, duration)) for a, b in regions]
    return ChannelActivity([(a, b) for a, b in out if b - a >= min_length], level - floor)
