"""Two voices on one channel: which stretches of a mono call each person spoke.

A service call has two parties; estimating how many speakers there are costs
accuracy, so the call is split into two voices, unless the split finds no
second voice (one_voice_or_two: a recording of one side only, a voicemail,
an announcement): then it is one voice, and no second party is invented.
Each stretch of
speech (voice-activity region) is cut into 1.6 s windows half overlapping, each
window gets a voice embedding (speaker_encoder), and the windows are split
into two groups: a spectral split of their cosine similarities, refined by
moving each window to the nearer group centre until nothing moves. Where the
embeddings barely prefer one voice (short "嗯", "好的"), the voice pitch
(audio.voice) decides if it is clearly nearer one voice's. A region whose
windows change voice is cut where they change: that is someone answering
without a pause, or talking over the other (kept as a takeover: the only
overlap one channel can show).

Which voice is the agent is not decided here: that needs the rule pack's
script cues (scoring.speakers).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from qa_desktop.audio.activity import Region
from qa_desktop.audio.decode import SAMPLE_RATE
from qa_desktop.audio.speaker_encoder import HOP, PARTIAL_FRAMES, embed_mels, mel_spectrogram, normalize_volume
from qa_desktop.audio.voice import frame_pitches, pitch_of_frames, semitones_apart

WINDOW = PARTIAL_FRAMES * HOP / SAMPLE_RATE  # 1.6 s: the encoder's partial
STEP = WINDOW / 2
MIN_REGION = 0.25  # s: shorter bursts are not embedded (breaths, clicks); they take their neighbours' voice
FULL_WEIGHT = 1.2  # s of real speech in a window for it to count fully towards its voice's centre
PITCH_MARGIN = 2.5  # semitones: a pitch this much nearer one voice decides an embedding that barely does
PITCH_CONFIDENCE = 0.6  # a window placed by its pitch alone: unsure, but enough for its turn to be named
WEAK_MARGIN = 0.04  # cosine: an embedding this little nearer one voice than the other barely prefers it
# cosine margin at which a window is taken to be certain (confidence ~0.95); between the groups'
# typical margins on the sample calls (0.15-0.4) and the undecided ones (< 0.03)
SURE_MARGIN = 0.12
SURE_TAKEOVER = 0.5  # both windows at a voice change inside continuous speech at least this sure: a takeover
# One voice or two (one_voice_or_two). Measured 2026-12 on the forced split of: real single speakers
# (jfk.flac, also through μ-law and with noise; each channel of stereo_diarization.wav; aishell), each
# channel of the stereo sample calls (one voice each, also through μ-law and with noise), every sample
# call mixed down, stereo_diarization.wav mixed down, and real speakers played one after the other.
# The groups' centres are taken from their windows of at least FULL_WINDOW of real speech (short
# bursts tiled to fill a window embed unlike their speaker). Centres at least this similar are one
# voice: one speaker whose smaller group holds ≥ MIN_SECOND_VOICE 0.768-0.942 (lowest: jfk through
# a μ-law line, 0.781 stereo_diarization's left reader twice, 0.786-0.795 the plain short clips),
# two voices 0.497-0.753 (highest: 900011). The margin is thin (±0.01) because the sample calls'
# synthetic voices are unusually alike (0.61-0.753 where real pairs are 0.50-0.65); a recording that
# falls between is split in two, as before, rather than merge two parties.
SAME_SPEAKER = 0.765
# A smaller group with less speech than this (each window counted up to FULL_WEIGHT) is a few bursts
# or back-channels of the same voice unless it is clearly another person: one-voice recordings' small
# groups hold 0.3-1.7 s at similarity 0.565-0.825, every mixed-down call ≥ 2.4 s; a real second
# speaker heard for under 2 s (aishell after jfk) was at 0.501.
MIN_SECOND_VOICE = 2.0
UNLIKE = 0.55  # ... clearly another person: a small group this unlike the other is a second voice
FULL_WINDOW = 0.75  # weight (share of FULL_WEIGHT) of a window counted as whole speech for SAME_SPEAKER
ONE_VOICE_CONFIDENCE = 0.95  # a turn of the only voice is that voice


@dataclass(slots=True)
class VoiceSpan:
    """A stretch of one voice: 0 or 1, or -1 where it cannot be told."""

    start: float
    end: float
    voice: int
    confidence: float  # 0-1


@dataclass(slots=True)
class Window:
    start: float
    end: float
    region: int
    speech: float  # seconds of real audio in it (a short region is repeated to fill the window)


@dataclass(slots=True)
class Diarization:
    spans: list[VoiceSpan]
    similarity: float  # cosine of the two voices' centres: near 1 means they could not be told apart
    pitch: tuple[float | None, float | None]  # each voice's typical pitch (Hz)
    # (start, end, new voice, old voice): one voice took over from the other inside continuous speech,
    # so it started before the other stopped; from the first window of the new voice to the last of
    # the old (window resolution: 0.8 s)
    takeovers: list[tuple[float, float, int, int]] = field(default_factory=list)
    # 1: the split found no second voice (every span is voice 0); 2: two voices
    voices: int = 2
    # (similarity of the groups' whole-speech centres, speech in the smaller group's windows in s):
    # what one_voice_or_two decided on
    second_voice: tuple[float, float] = (0.0, 0.0)


def windows_of(regions: list[Region]) -> list[Window]:
    out = []
    for k, (a, b) in enumerate(regions):
        length = b - a
        if length < MIN_REGION:
            continue
        if length <= WINDOW:
            out.append(Window(a, b, k, length))
            continue
        n = int(np.ceil((length - WINDOW) / STEP)) + 1
        for start in np.linspace(a, b - WINDOW, n):
            out.append(Window(float(start), float(start) + WINDOW, k, WINDOW))
    return out


def embed_windows(samples: np.ndarray, regions: list[Region], windows: list[Window]) -> np.ndarray:
    """(len(windows), 256): each region loudness-normalised, each window one encoder partial."""
    size = PARTIAL_FRAMES * HOP
    mels = np.empty((len(windows), PARTIAL_FRAMES, 40), np.float32)
    norm: dict[int, np.ndarray] = {}
    for i, w in enumerate(windows):
        if w.region not in norm:
            a, b = regions[w.region]
            norm[w.region] = normalize_volume(samples[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE)])
        region_wav = norm[w.region]
        off = int((w.start - regions[w.region][0]) * SAMPLE_RATE)
        piece = region_wav[off:off + size]
        if len(piece) < size:  # a short stretch is repeated to fill the window: zeros would outweigh the voice
            piece = np.tile(piece, int(np.ceil(size / max(len(piece), 1))))[:size]
        mels[i] = mel_spectrogram(piece)[:PARTIAL_FRAMES]
    return embed_mels(mels) if len(windows) else np.zeros((0, 256), np.float32)


def _centres(x: np.ndarray, labels: np.ndarray, weight: np.ndarray) -> np.ndarray:
    out = np.zeros((2, x.shape[1]), np.float32)
    for v in (0, 1):
        m = labels == v
        c = (x[m] * weight[m, None]).sum(axis=0) if m.any() else x.mean(axis=0)
        out[v] = c / max(float(np.linalg.norm(c)), 1e-12)
    return out


def split_two(x: np.ndarray, weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Labels (0/1) of unit vectors x in two groups, and each one's margin (cosine to own − other centre)."""
    n = len(x)
    if n < 2:
        return np.zeros(n, int), np.zeros(n)
    sim = np.clip(x @ x.T, 0.0, 1.0)
    affinity = np.exp(-(1.0 - sim) / 0.1) * np.sqrt(np.outer(weight, weight))
    degree = affinity.sum(axis=1)
    d = 1.0 / np.sqrt(np.maximum(degree, 1e-12))
    lap = np.eye(n) - d[:, None] * affinity * d[None, :]
    _vals, vecs = np.linalg.eigh(lap)
    fiedler = vecs[:, 1] * d
    labels = (fiedler > 0).astype(int)
    if labels.min() == labels.max():  # all on one side of zero: split at the median instead
        labels = (fiedler > np.median(fiedler)).astype(int)
    for _ in range(20):
        centres = _centres(x, labels, weight)
        scores = x @ centres.T
        new = np.argmax(scores, axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
    centres = _centres(x, labels, weight)
    scores = x @ centres.T
    margin = scores[np.arange(n), labels] - scores[np.arange(n), 1 - labels]
    return labels, margin


def one_voice_or_two(x: np.ndarray, labels: np.ndarray, weight: np.ndarray) -> tuple[int, float, float]:
    """How many voices a forced two-way split found: 1 when its groups are as alike as one speaker's
    speech usually is (SAME_SPEAKER), or the smaller holds too little speech to be a party
    (MIN_SECOND_VOICE) and is not clearly another person (UNLIKE); with the similarity and the
    smaller group's speech (s) it decided on."""
    centres = np.zeros((2, x.shape[1]), np.float32)
    for v in (0, 1):
        mine = labels == v
        whole = mine & (weight >= FULL_WINDOW)
        use = whole if whole.any() else mine
        c = (x[use] * weight[use, None]).sum(axis=0) if use.any() else np.zeros(x.shape[1], np.float32)
        centres[v] = c / max(float(np.linalg.norm(c)), 1e-12)
    similarity = float(centres[0] @ centres[1])
    smaller = min(float(weight[labels == v].sum()) * FULL_WEIGHT for v in (0, 1))
    one = similarity >= SAME_SPEAKER or (smaller < MIN_SECOND_VOICE and similarity >= UNLIKE)
    return (1 if one else 2), round(similarity, 3), round(smaller, 2)


def _one_voice(samples: np.ndarray, regions: list[Region], similarity: float,
               evidence: tuple[float, float]) -> Diarization:
    """Every stretch of speech as the one voice heard."""
    spans = [VoiceSpan(a, b, 0, ONE_VOICE_CONFIDENCE) for a, b in regions]
    speech = [samples[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE)] for a, b in regions]
    pitch = pitch_of_frames(np.concatenate([frame_pitches(p) for p in speech] or [np.empty(0)]))
    return Diarization(spans, similarity, (pitch, None), voices=1, second_voice=evidence)


def diarize(samples: np.ndarray, regions: list[Region]) -> Diarization:
    """Split a mono call's speech regions into two voices, or find only one."""
    windows = windows_of(regions)
    if len(windows) < 2:  # under ~2.4 s of speech: nothing to split
        return _one_voice(samples, regions, 1.0, (1.0, 0.0))
    x = embed_windows(samples, regions, windows)
    weight = np.array([min(w.speech, FULL_WEIGHT) / FULL_WEIGHT for w in windows])
    labels, margin = split_two(x, weight)
    centres = _centres(x, labels, weight)
    similarity = float(centres[0] @ centres[1])
    voices, whole_similarity, smaller = one_voice_or_two(x, labels, weight)
    if voices == 1:
        return _one_voice(samples, regions, round(similarity, 3), (whole_similarity, smaller))
    pitches = [frame_pitches(samples[int(w.start * SAMPLE_RATE):int(w.end * SAMPLE_RATE)]) for w in windows]
    voice_pitch = tuple(
        pitch_of_frames(np.concatenate([p for p, l in zip(pitches, labels) if l == v] or [np.empty(0)]))
        for v in (0, 1)
    )
    conf = np.clip(margin / SURE_MARGIN, 0.0, 1.0) * 0.95
    for i, p in enumerate(pitches):
        if margin[i] >= WEAK_MARGIN:
            continue
        mine = pitch_of_frames(p)
        to0, to1 = semitones_apart(mine, voice_pitch[0]), semitones_apart(mine, voice_pitch[1])
        if to0 is not None and to1 is not None and abs(to0 - to1) >= PITCH_MARGIN:
            labels[i] = 0 if to0 < to1 else 1
            conf[i] = PITCH_CONFIDENCE
    spans, takeovers = _spans(regions, windows, labels, conf)
    return Diarization(spans, round(similarity, 3), voice_pitch, takeovers, second_voice=(whole_similarity, smaller))


def _spans(regions: list[Region], windows: list[Window], labels: np.ndarray,
           conf: np.ndarray) -> tuple[list[VoiceSpan], list[tuple[float, float, int, int]]]:
    """Each region as one span per run of same-voice windows, cut midway between differing windows;
    and where a region changes voice, the stretch both voices' windows cover (a takeover)."""
    by_region: dict[int, list[int]] = {}
    for i, w in enumerate(windows):
        by_region.setdefault(w.region, []).append(i)
    spans: list[VoiceSpan] = []
    takeovers: list[tuple[float, float, int, int]] = []
    for k, (a, b) in enumerate(regions):
        idx = by_region.get(k)
        if not idx:
            spans.append(VoiceSpan(a, b, -2, 0.0))  # too short to embed: its neighbours' voice, below
            continue
        runs: list[list[int]] = []
        for i in idx:
            if runs and labels[runs[-1][-1]] == labels[i]:
                runs[-1].append(i)
            else:
                runs.append([i])
        cut = a
        for r, run in enumerate(runs):
            end = b if r == len(runs) - 1 else (windows[run[-1]].end + windows[runs[r + 1][0]].start) / 2
            spans.append(VoiceSpan(cut, end, int(labels[run[0]]), float(np.mean(conf[run]))))
            if r + 1 < len(runs) and min(conf[run[-1]], conf[runs[r + 1][0]]) >= SURE_TAKEOVER:
                nxt = runs[r + 1][0]
                takeovers.append((windows[nxt].start, windows[run[-1]].end, int(labels[nxt]), int(labels[run[0]])))
            cut = end
    for k, s in enumerate(spans):  # a burst too short to embed: the voice of the nearer neighbour, unsure
        if s.voice == -2:
            near = [t for t in (spans[k - 1] if k else None, spans[k + 1] if k + 1 < len(spans) else None)
                    if t is not None and t.voice >= 0]
            if near:
                best = min(near, key=lambda t: min(abs(t.end - s.start), abs(s.end - t.start)))
                s.voice, s.confidence = best.voice, 0.3 * best.confidence
            else:
                s.voice = -1
    return spans, takeovers
