"""Running Whisper over the speech of one channel only.

The channel's speech regions (from our own voice activity) are cut out and
joined with short gaps, so Whisper never sees a hold or babble to invent text
from, and its 30 s windows are full of speech (each window costs a full encoder
pass, so transcribing regions one by one would be several times slower). Word
times are mapped back to the recording's own timeline.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from qa_desktop.audio.activity import Region
from qa_desktop.audio.decode import SAMPLE_RATE
from qa_desktop.domain import Word
from qa_desktop.errors import Cancelled
from qa_desktop.progress import CancelToken, ProgressFn

MAX_COMPRESSION = 2.4  # a segment that zips this well is a repetition loop
PAD = 0.2  # seconds of context kept around each region
GAP = 0.3  # seconds of silence put between joined regions
FRAMES_PER_SECOND = 100  # Whisper's mel frames; a segment's `seek` counts them
RETRY_MIN_PIECE = 1.0  # s: shorter wordless pieces of a noisy line are babble (see confirm_regions)
# A piece decoded alone has no neighbours to confirm it, and the babble behind a
# drowned caller decodes as fluent nonsense ("I'm so glad you're here", mean
# log-probability -0.9 to -1.3, against -0.6 to -0.8 for the caller's own words
# on the sample calls): only confident pieces are kept.
RETRY_MIN_LOGPROB = -0.8
# No default prompt. Measured with the base model: a Chinese prompt in `hotwords`
# (prompted into every window) helps shop names in long calls but turns short
# utterances into bracketed nonsense (广州市 → 《郭忠师》), and full-width
# punctuation in a prompt makes the model emit broken characters (Ｇ, ２).
# Without a prompt the base model still punctuates and OpenCC simplifies.
PROMPTS: dict[str, str] = {}


@dataclass(slots=True)
class JoinedAudio:
    audio: np.ndarray
    joined_starts: list[float]  # where each piece starts in the joined audio
    source_starts: list[float]  # where that piece starts in the recording
    source_ends: list[float]  # where it ends in the recording

    def piece(self, t: float) -> int:
        return max(0, bisect.bisect_right(self.joined_starts, t) - 1)

    def length(self, piece: int) -> float:
        return self.source_ends[piece] - self.source_starts[piece]

    def pieces_in(self, spans: list[tuple[float, float]]) -> list[int]:
        """Pieces that overlap any of the spans (joined-audio seconds)."""
        return [
            i
            for i, start in enumerate(self.joined_starts)
            if any(start < b and start + self.length(i) > a for a, b in spans)
        ]

    def to_source(self, t: float, piece: int) -> float:
        """Map into the piece the word belongs to, clamped to it (Whisper's word times drift)."""
        source = self.source_starts[piece] + (t - self.joined_starts[piece])
        return min(max(source, self.source_starts[piece]), self.source_ends[piece])


def join_regions(samples: np.ndarray, regions: list[Region]) -> JoinedAudio:
    pieces: list[np.ndarray] = []
    joined_starts: list[float] = []
    source_starts: list[float] = []
    source_ends: list[float] = []
    gap = np.zeros(int(GAP * SAMPLE_RATE), dtype=np.float32)
    cursor = 0.0
    for start, end in regions:
        a = max(0, int((start - PAD) * SAMPLE_RATE))
        b = min(len(samples), int((end + PAD) * SAMPLE_RATE))
        if b <= a:
            continue
        joined_starts.append(cursor)
        source_starts.append(a / SAMPLE_RATE)
        source_ends.append(b / SAMPLE_RATE)
        pieces.extend((samples[a:b], gap))
        cursor += (b - a + len(gap)) / SAMPLE_RATE
    audio = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
    return JoinedAudio(audio, joined_starts, source_starts, source_ends)


def _decode(model, audio: np.ndarray, language: str, hotwords: str | None, beam_size: int):
    segments, _ = model.transcribe(
        audio,
        language=language,
        word_timestamps=True,
        condition_on_previous_text=False,
        beam_size=beam_size,
        # hotwords are prompted into every 30 s window (initial_prompt only into the
        # first when previous text is not conditioned on)
        hotwords=hotwords,
        vad_filter=False,
        no_speech_threshold=0.6,
        # no sampling fallback: on babble the fallbacks loop ("您您您…") for hundreds
        # of tokens at each temperature, costing 10x the call's length; such segments
        # are dropped by the caller. (max_new_tokens is no cure: a capped window
        # loses the rest of its speech.)
        temperature=0.0,
        compression_ratio_threshold=MAX_COMPRESSION,
        log_prob_threshold=-1.0,
    )
    return segments


def transcribe_words(
    model,
    joined: JoinedAudio,
    language: str,
    *,
    hotwords: str | None = None,
    beam_size: int = 3,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> tuple[list[Word], list[str]]:
    """Words with times on the recording's timeline, and the segment texts (for repeat checks).

    A window that loops ("I'm sorry, I'm sorry, …" on a babble-drowned line)
    loses all of its speech, not just the loop: the pieces of that window that
    got no words are decoded again one by one, where the short context rarely
    loops, and kept when Whisper is confident of them.
    """
    if len(joined.audio) < SAMPLE_RATE // 10:
        return [], []
    hotwords = " ".join(filter(None, (PROMPTS.get(language), hotwords))) or None
    total = len(joined.audio) / SAMPLE_RATE
    words: list[Word] = []
    texts: list[str] = []
    seen_recent: list[str] = []
    lost: list[tuple[float, float]] = []  # spans of the joined audio lost to a loop

    def keep(seg, times: Callable[[Any], tuple[float, float]]) -> None:
        text = seg.text.strip()
        if not text or (text in seen_recent[-3:] and len(text) > 3):
            return  # a repeated segment is Whisper looping, not the speaker
        seen_recent.append(text)
        texts.append(text)
        for w in seg.words or []:
            start, end = times(w)
            words.append(Word(round(start, 3), round(end, 3), w.word, round(float(w.probability), 3)))

    def piece_of(w) -> int:
        # by its end: Whisper hangs the silence before a word onto that word's
        # start, so a piece's first word often "starts" in the gap before it
        return joined.piece(max(w.start, w.end - 0.05))

    def on_joined(w) -> tuple[float, float]:
        piece = piece_of(w)
        return joined.to_source(w.start, piece), joined.to_source(w.end, piece)

    heard: set[int] = set()
    for seg in _decode(model, joined.audio, language, hotwords, beam_size):
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        if progress is not None:
            progress(min(1.0, seg.end / total), "")
        if seg.compression_ratio > MAX_COMPRESSION:
            lost.append((seg.seek / FRAMES_PER_SECOND, seg.end))
            continue
        keep(seg, on_joined)
        heard.update(piece_of(w) for w in seg.words or [])
    for i in joined.pieces_in(lost):
        if i in heard or joined.length(i) < RETRY_MIN_PIECE:
            continue
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        start, end = joined.joined_starts[i], joined.joined_starts[i] + joined.length(i)
        audio = joined.audio[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]

        def on_piece(w, i: int = i) -> tuple[float, float]:
            return joined.to_source(joined.joined_starts[i] + w.start, i), joined.to_source(
                joined.joined_starts[i] + w.end, i
            )

        for seg in _decode(model, audio, language, hotwords, beam_size):
            if seg.compression_ratio <= MAX_COMPRESSION and seg.avg_logprob >= RETRY_MIN_LOGPROB:
                keep(seg, on_piece)
    words.sort(key=lambda w: w.start)
    return words, texts


def detect_language(model, audio: np.ndarray, allowed: tuple[str, ...] = (),
                    probabilities: dict[str, float] | None = None) -> str:
    """The call's language from its first 30 s of speech, preferring languages we have packs for.

    `probabilities`, when given, receives every language's probability (the first window of
    language_stretches, so that window is not encoded twice)."""
    language, prob, all_probs = model.detect_language(audio[: 30 * SAMPLE_RATE])
    if probabilities is not None:
        probabilities.update({lang: float(p) for lang, p in all_probs})
    if allowed and language not in allowed and all_probs:
        ranked = {lang: p for lang, p in all_probs}
        best = max(allowed, key=lambda lang: ranked.get(lang, 0.0))
        if ranked.get(best, 0.0) >= 0.5 * prob:
            return best
    return language
