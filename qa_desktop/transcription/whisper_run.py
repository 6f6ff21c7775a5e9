"""Running Whisper over the speech of one channel only.

The channel's speech regions (from our own voice activity) are cut out and
joined with short gaps, so Whisper never sees a hold or babble to invent text
from, and its 30 s windows are full of speech (each window costs a full encoder
pass, so transcribing regions one by one would be several times slower). Word
times are mapped back to the recording's own timeline.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np

from qa_desktop.audio.activity import Region
from qa_desktop.audio.decode import SAMPLE_RATE
from qa_desktop.domain import Word
from qa_desktop.errors import Cancelled
from qa_desktop.progress import CancelToken, ProgressFn

MAX_COMPRESSION = 2.4  # a segment that zips this well is a repetition loop
PAD = 0.2  # seconds of context kept around each region
GAP = 0.3  # seconds of silence put between joined regions
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
    """Words with times on the recording's timeline, and the segment texts (for repeat checks)."""
    if len(joined.audio) < SAMPLE_RATE // 10:
        return [], []
    segments, _ = model.transcribe(
        joined.audio,
        language=language,
        word_timestamps=True,
        condition_on_previous_text=False,
        beam_size=beam_size,
        # hotwords are prompted into every 30 s window (initial_prompt only into the
        # first when previous text is not conditioned on): punctuation and
        # simplified characters all through the call
        hotwords=" ".join(filter(None, (PROMPTS.get(language), hotwords))) or None,
        vad_filter=False,
        no_speech_threshold=0.6,
        # no sampling fallback: on babble the fallbacks loop ("您您您…") for hundreds
        # of tokens at each temperature, costing 10x the call's length; such segments
        # are dropped below. (max_new_tokens is no cure: a capped window loses the
        # rest of its speech.)
        temperature=0.0,
        compression_ratio_threshold=2.4,
        log_prob_threshold=-1.0,
    )
    total = len(joined.audio) / SAMPLE_RATE
    words: list[Word] = []
    texts: list[str] = []
    seen_recent: list[str] = []
    for seg in segments:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        if progress is not None:
            progress(min(1.0, seg.end / total), "")
        text = seg.text.strip()
        if seg.compression_ratio > MAX_COMPRESSION:
            continue
        if not text or (text in seen_recent[-3:] and len(text) > 3):
            continue  # a repeated segment is Whisper looping, not the speaker
        seen_recent.append(text)
        texts.append(text)
        for w in seg.words or []:
            # by its end: Whisper hangs the silence before a word onto that word's
            # start, so a piece's first word often "starts" in the gap before it
            piece = joined.piece(max(w.start, w.end - 0.05))
            words.append(
                Word(
                    start=round(joined.to_source(w.start, piece), 3),
                    end=round(joined.to_source(w.end, piece), 3),
                    text=w.word,
                    probability=round(float(w.probability), 3),
                )
            )
    return words, texts


def detect_language(model, audio: np.ndarray, allowed: tuple[str, ...] = ()) -> str:
    """The call's language from its first 30 s of speech, preferring languages we have packs for."""
    language, prob, all_probs = model.detect_language(audio[: 30 * SAMPLE_RATE])
    if allowed and language not in allowed and all_probs:
        ranked = {lang: p for lang, p in all_probs}
        best = max(allowed, key=lambda lang: ranked.get(lang, 0.0))
        if ranked.get(best, 0.0) >= 0.5 * prob:
            return best
    return language
