"""Talking over the other party on one channel: the next voice heard before the last one paused.

On a mono line an interruption seldom shows as a change of voice inside one
stretch of speech (audio.diarize's takeovers): the voice already talking is
usually the louder part of the mix, so the 1.6 s windows that split the call
still hear it, and the newcomer is noticed only once the first speaker stops,
often just before a short pause (a breath) after which the newcomer goes on
alone. What gives it away is the end of the first speaker's stretch: in a
clean turn it sounds like that speaker to its last syllable; when the other
party started early, the last second drifts towards the other voice.

So at every change of voice across a short pause, short windows (0.8 s, every
0.1 s) over the end of the first speaker's stretch are scored against the two
voices of the call. Where they leave that speaker's voice (a rising run that
reaches the middle between the two voices) the newcomer was already speaking:
an overlap from where the drift began (less half a window: a window leans only
once the newcomer fills part of it) to the end of the stretch. Measured on
sample calls mixed down and on mixes of real speakers with known overlaps and
gaps (tests/test_overlap.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa_desktop.audio.decode import SAMPLE_RATE
from qa_desktop.audio.diarize import Diarization, VoiceSpan
from qa_desktop.audio.speaker_encoder import HOP, embed_mels, embed_stretches, mel_spectrogram, normalize_volume

WINDOW_FRAMES = 80  # 0.8 s: short enough to follow a change, long enough for the encoder to hear a voice
STEP_FRAMES = 10  # 0.1 s
TAIL = 1.2  # s: the end of a stretch looked at (windows ending this far before its end onwards)
MAX_PAUSE = 1.0  # s: a longer pause before the other voice is an ordinary turn
MIN_STRETCH = 1.2  # s: shorter stretches hold too few windows to see a drift
SURE = 0.5  # both stretches' voice confidence (diarize) at least this
DRIFT = 0.15  # share of the way to the other voice at which a window starts to lean
MIDDLE = 0.35  # the drift must reach this far: the newcomer clearly heard, not a change of tone
# windows (0.6 s) of lean at the end of the stretch: a newcomer who speaks only after the other
# stopped fills the windows within 3-5 of them (a sharp rise); over a voice still going, slowly
MIN_RUN = 6
REFERENCE_SPANS = 12  # per voice: the longest sure spans give each voice's reference embedding


@dataclass(slots=True)
class LateOverlap:
    """The newcomer's voice inside the end of the other's stretch (seconds)."""

    start: float
    end: float
    new: int  # voice that started talking
    old: int  # voice that was talking


def voice_references(samples: np.ndarray, spans: list[VoiceSpan]) -> np.ndarray | None:
    """(2, 256): each voice's embedding from its longest sure spans; None when a voice has none."""
    refs = []
    for v in (0, 1):
        mine = sorted((s for s in spans if s.voice == v and s.confidence >= SURE and s.end - s.start >= 0.8),
                      key=lambda s: s.start - s.end)[:REFERENCE_SPANS]
        if not mine:
            return None
        emb = embed_stretches([samples[int(s.start * SAMPLE_RATE):int(s.end * SAMPLE_RATE)] for s in mine])
        c = emb.sum(axis=0)
        refs.append(c / max(float(np.linalg.norm(c)), 1e-12))
    return np.stack(refs)


def _tail_lean(samples: np.ndarray, span: VoiceSpan, refs: np.ndarray, new: int) -> tuple[np.ndarray, np.ndarray]:
    """Window end times over the last TAIL s of the span and how far each leans to `new` (0 own voice, 1 new)."""
    wav = normalize_volume(samples[int(span.start * SAMPLE_RATE):int(span.end * SAMPLE_RATE)])
    mel = mel_spectrogram(wav)
    n = len(mel)
    first = max(0, n - WINDOW_FRAMES - int(TAIL * 100))
    starts = list(range(n - WINDOW_FRAMES, first - 1, -STEP_FRAMES))[::-1]
    # the span's own early windows set where "its own voice" lies (the call-wide reference may sit off it)
    early = list(range(0, max(1, first - WINDOW_FRAMES // 2), STEP_FRAMES * 4))[:6]
    emb = embed_mels(np.stack([mel[s:s + WINDOW_FRAMES] for s in early + starts]))
    d = emb @ refs[new] - emb @ refs[1 - new]
    own = min(float(np.median(d[:len(early)])), -0.05)  # the speaker's own voice leans this far from the new one
    lean = (d[len(early):] - own) / (-2.0 * own)  # the new voice alone leans about as far the other way
    ends = span.start + (np.asarray(starts) + WINDOW_FRAMES) * HOP / SAMPLE_RATE
    return ends, lean


def late_overlaps(samples: np.ndarray, diarization: Diarization) -> list[LateOverlap]:
    """Where a voice was heard in the end of the other voice's stretch before it answered after a pause."""
    spans = [s for s in diarization.spans if s.voice >= 0]
    pairs = [(a, b) for a, b in zip(spans, spans[1:])
             if a.voice != b.voice and 0.0 < b.start - a.end <= MAX_PAUSE and a.end - a.start >= MIN_STRETCH
             and min(a.confidence, b.confidence) >= SURE]
    if not pairs or diarization.similarity >= 0.9:
        return []
    refs = voice_references(samples, spans)
    if refs is None:
        return []
    found = []
    for a, b in pairs:
        ends, lean = _tail_lean(samples, a, refs, b.voice)
        # the run of windows at the end that lean, each at least DRIFT, reaching MIDDLE
        k = len(lean)
        while k > 0 and lean[k - 1] >= DRIFT:
            k -= 1
        run = lean[k:]
        if len(run) < MIN_RUN or run.max() < MIDDLE:
            continue
        start = max(a.start, float(ends[k]) - WINDOW_FRAMES * HOP / SAMPLE_RATE / 2)
        found.append(LateOverlap(round(start, 3), round(a.end, 3), b.voice, a.voice))
    return found
