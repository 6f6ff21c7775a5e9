"""Talking over the other party on one channel: the next voice heard before the last one paused.

On a mono line an interruption shows as a change of voice inside one stretch
of speech (audio.diarize's takeovers) only when the newcomer goes on without a
pause. The voice already talking is often the louder part of the mix, so the
1.6 s windows that split the call still hear it, and the newcomer is noticed
only once the first speaker stops, often just before a short pause (a breath)
after which the newcomer goes on alone. What gives it away is the end of the first speaker's stretch: in a
clean turn it sounds like that speaker to its last syllable; when the other
party started early, the last second drifts towards the other voice.

So at every change of voice across a short pause, short windows (0.8 s, every
0.1 s) over the end of the first speaker's stretch are scored against the two
voices of the call. A newcomer who starts only after the other stopped fills
the windows that reach them within a few steps (a sharp rise); a newcomer
talking over a voice that is still going shares every window with it, so the
windows lean towards them slowly, over 0.6 s or more. Such a slow drift that
ends the stretch and reaches a third of the way to the other voice is taken as
an overlap, from where the drift began (less half a window: a window leans only
once the newcomer fills part of it) to the end of the stretch.

Measured (tests/test_overlap.py, tests/overlap_synth.py): the one such
interruption of the sample calls mixed down (900011) is found and no other on
any of them; on mini-calls of two real or synthetic voices where the newcomer
cuts in 0.5-2 s early and goes on after a breath, 10 of 24 are found with the
right interrupter (with diarize's takeovers); none where a pause of 0.3 s or
more separates the voices; a newcomer latching on within 0.05-0.15 s cannot be
told from one talking over the end (4 of 12 taken for an overlap).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa_desktop.audio.decode import SAMPLE_RATE
from qa_desktop.audio.diarize import Diarization, VoiceSpan
from qa_desktop.audio.speaker_encoder import HOP, embed_mels, embed_stretches, mel_spectrogram, normalize_volume

WINDOW_FRAMES = 80  # 0.8 s: short enough to follow a change, long enough for the encoder to hear a voice
STEP_FRAMES = 10  # 0.1 s
EARLY = 6  # windows from the start of a stretch: its own voice
TAIL = 1.2  # s: the end of a stretch looked at (windows ending this far before its end onwards)
MAX_PAUSE = 1.0  # s: a longer pause before the other voice is an ordinary turn
MIN_STRETCH = 1.2  # s: shorter stretches hold too few windows to see a drift
SURE = 0.5  # both stretches' voice confidence (diarize) at least this
DRIFT = 0.15  # share of the way to the other voice at which a window starts to lean
REACH = 0.35  # the drift must reach this far: the newcomer clearly heard, not a change of tone
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
    chosen = []
    for v in (0, 1):
        mine = sorted((s for s in spans if s.voice == v and s.confidence >= SURE and s.end - s.start >= 0.8),
                      key=lambda s: s.start - s.end)[:REFERENCE_SPANS]
        if not mine:
            return None
        chosen.append(mine)
    emb = embed_stretches([samples[int(s.start * SAMPLE_RATE):int(s.end * SAMPLE_RATE)]
                           for mine in chosen for s in mine])  # both voices in one encoder pass
    refs = np.stack([emb[:len(chosen[0])].sum(axis=0), emb[len(chosen[0]):].sum(axis=0)])
    return refs / np.maximum(np.linalg.norm(refs, axis=1, keepdims=True), 1e-12)


@dataclass(slots=True)
class _Tail:
    """The windows of one stretch's end: `early` of its own voice first, then the tail's."""

    span: VoiceSpan
    new: int
    early: int
    starts: list[int]  # mel frames of the tail windows
    mels: list[np.ndarray]


def _tail_windows(samples: np.ndarray, span: VoiceSpan, new: int) -> _Tail:
    """Windows over the last TAIL s of the span, after a few early ones (which set where the span's
    own voice lies: the call-wide reference may sit off it)."""
    mel = mel_spectrogram(normalize_volume(samples[int(span.start * SAMPLE_RATE):int(span.end * SAMPLE_RATE)]))
    n = len(mel)
    first = max(0, n - WINDOW_FRAMES - int(TAIL * 100))
    starts = list(range(n - WINDOW_FRAMES, first - 1, -STEP_FRAMES))[::-1]
    early = list(range(0, max(1, first - WINDOW_FRAMES // 2), STEP_FRAMES * 4))[:EARLY]
    return _Tail(span, new, len(early), starts, [mel[s:s + WINDOW_FRAMES] for s in early + starts])


def _lean(tail: _Tail, emb: np.ndarray, refs: np.ndarray,
          last_only: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Window end times of the tail and how far each leans to the new voice (0 own voice, 1 new);
    `emb` holds the early windows then the tail's (only its last one when last_only)."""
    d = emb @ refs[tail.new] - emb @ refs[1 - tail.new]
    own = min(float(np.median(d[:tail.early])), -0.05)  # the speaker's own voice leans this far from the new one
    lean = (d[tail.early:] - own) / (-2.0 * own)  # the new voice alone leans about as far the other way
    starts = tail.starts[-1:] if last_only else tail.starts
    ends = tail.span.start + (np.asarray(starts) + WINDOW_FRAMES) * HOP / SAMPLE_RATE
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
    tails = [_tail_windows(samples, a, b.voice) for a, b in pairs]
    # first each stretch's own voice and its last window: a drift must reach the end, so a stretch
    # whose last window does not lean needs no more (most turns); then the rest of the others' tails
    first = embed_mels(np.stack([m for t in tails for m in t.mels[:t.early] + t.mels[-1:]]))
    keep, offset = [], 0
    for tail in tails:
        emb = first[offset:offset + tail.early + 1]
        offset += tail.early + 1
        if _lean(tail, emb, refs, last_only=True)[1][-1] >= DRIFT:
            keep.append((tail, emb))
    if not keep:
        return []
    middle = [m for t, _ in keep for m in t.mels[t.early:-1]]
    rest = embed_mels(np.stack(middle)) if middle else np.zeros((0, first.shape[1]), np.float32)
    found = []
    offset = 0
    for tail, emb in keep:
        n = len(tail.mels) - tail.early - 1
        ends, lean = _lean(tail, np.concatenate([emb[:-1], rest[offset:offset + n], emb[-1:]]), refs)
        offset += n
        # the run of windows at the end that lean, each at least DRIFT, reaching REACH
        k = len(lean)
        while k > 0 and lean[k - 1] >= DRIFT:
            k -= 1
        run = lean[k:]
        if len(run) < MIN_RUN or run.max() < REACH:
            continue
        a = tail.span
        start = max(a.start, float(ends[k]) - WINDOW_FRAMES * HOP / SAMPLE_RATE / 2)
        found.append(LateOverlap(round(start, 3), round(a.end, 3), tail.new, a.voice))
    return found
