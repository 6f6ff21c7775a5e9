"""Calls that change language half-way: find each stretch's language and transcribe it in that language.

Whisper is told one language per decode. A call detected as English from its
first 30 s and decoded as English throughout comes out with its German second
half *translated* into English: plausible text that was never said, and a
scorecard built on it. So each channel's speech (the joined voice-activity
pieces) is checked window by window (Whisper's own 30 s, one encoder pass
each; the first window of the busiest channel reuses the call's own language
detection; about 1.1× the time of auto without the check on three sample calls,
bench/language_stretches.py); only where a window is confidently
in another language are its pieces, and its neighbours', checked in short
chunks to find where the switch is. Consecutive pieces in one language form a
stretch, decoded with task=transcribe in its own language.

A window counts as another language only when Whisper is sure of it (≥ 0.7)
and gives the call's own language almost nothing (< 0.15): a noisy Mandarin
line that Whisper half-hears as Japanese must not be decoded as Japanese.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa_desktop.audio.decode import SAMPLE_RATE
from qa_desktop.domain import Utterance, Word
from qa_desktop.progress import CancelToken, ProgressFn
from qa_desktop.transcription.whisper_run import GAP, JoinedAudio, transcribe_words

WINDOW_SECONDS = 30.0  # Whisper's window: one encoder pass per detection
CHUNK_SECONDS = 6.0  # where a switch is looked for more closely
MIN_CHUNK_SECONDS = 1.5  # shorter speech says little about its language; it joins its neighbour
SWITCH_PROBABILITY = 0.7  # a window is in another language when Whisper is this sure of it …
HOME_PROBABILITY = 0.15  # … and gives the call's language less than this


@dataclass(slots=True)
class Stretch:
    """Consecutive pieces of one channel's joined speech heard in one language."""

    language: str
    first: int  # piece indices, inclusive
    last: int
    start: float  # seconds on the recording's timeline
    end: float


def _groups(joined: JoinedAudio, first: int, last: int, seconds: float) -> list[tuple[int, int]]:
    """Consecutive pieces first..last grouped into runs of at most `seconds` of speech (a longer piece alone)."""
    out: list[tuple[int, int]] = []
    start, length = first, 0.0
    for i in range(first, last + 1):
        piece = joined.length(i)
        if i > start and length + piece > seconds:
            out.append((start, i - 1))
            start, length = i, 0.0
        length += piece
    if last >= first:
        out.append((start, last))
    return out


def _audio(joined: JoinedAudio, first: int, last: int) -> np.ndarray:
    a = int(joined.joined_starts[first] * SAMPLE_RATE)
    b = int((joined.joined_starts[last] + joined.length(last)) * SAMPLE_RATE)
    return joined.audio[a:b]


def _probabilities(model, audio: np.ndarray) -> dict[str, float]:
    _language, _prob, all_probs = model.detect_language(audio[: int(WINDOW_SECONDS * SAMPLE_RATE)])
    return {lang: float(p) for lang, p in all_probs}


def _language(probs: dict[str, float], home: str, candidates: set[str] | None = None) -> str:
    if candidates:  # a short chunk only chooses among the languages its windows were heard in
        return max(candidates, key=lambda lang: probs.get(lang, 0.0))
    top = max(probs, key=probs.get) if probs else home
    if top != home and probs.get(top, 0.0) >= SWITCH_PROBABILITY and probs.get(home, 0.0) < HOME_PROBABILITY:
        return top
    return home


def find_stretches(model, joined: JoinedAudio, home: str,
                   first_window: dict[str, float] | None = None) -> list[Stretch]:
    """The channel's speech as stretches of one language each (one stretch in `home` for most calls).

    `first_window`: the probabilities the call's own detection already measured on this
    channel's first 30 s of speech (whisper_run.detect_language), so that window costs nothing.
    """
    n = len(joined.joined_starts)
    if n == 0:
        return []
    windows = _groups(joined, 0, n - 1, WINDOW_SECONDS)
    heard = [_language(first_window if w == 0 and first_window else _probabilities(model, _audio(joined, a, b)),
                       home) for w, (a, b) in enumerate(windows)]
    if all(lang == home for lang in heard):
        return [_stretch(joined, home, 0, n - 1)]
    candidates = {home, *heard}
    labels: list[str] = []
    for w, (a, b) in enumerate(windows):
        near_switch = any(heard[k] != heard[w] for k in (w - 1, w + 1) if 0 <= k < len(windows))
        if not near_switch:
            labels.extend([heard[w]] * (b - a + 1))
            continue
        for c, d in _groups(joined, a, b, CHUNK_SECONDS):
            lang = _language(_probabilities(model, _audio(joined, c, d)), home, candidates)
            labels.extend([lang] * (d - c + 1))
    _smooth(joined, labels)
    stretches: list[Stretch] = []
    for i, lang in enumerate(labels):
        if stretches and stretches[-1].language == lang:
            stretches[-1] = _stretch(joined, lang, stretches[-1].first, i)
        else:
            stretches.append(_stretch(joined, lang, i, i))
    return stretches


def _smooth(joined: JoinedAudio, labels: list[str]) -> None:
    """A run of pieces too short to tell its language takes the language of the speech before it."""
    i = 0
    while i < len(labels):
        j = i
        while j + 1 < len(labels) and labels[j + 1] == labels[i]:
            j += 1
        if i > 0 and sum(joined.length(k) for k in range(i, j + 1)) < MIN_CHUNK_SECONDS:
            labels[i:j + 1] = [labels[i - 1]] * (j - i + 1)
        i = j + 1


def _stretch(joined: JoinedAudio, language: str, first: int, last: int) -> Stretch:
    return Stretch(language, first, last, joined.source_starts[first], joined.source_ends[last])


def sub_joined(joined: JoinedAudio, first: int, last: int) -> JoinedAudio:
    """Pieces first..last as a JoinedAudio of their own (same source times), to decode in one language."""
    offset = joined.joined_starts[first]
    end = joined.joined_starts[last] + joined.length(last) + GAP
    audio = joined.audio[int(offset * SAMPLE_RATE):int(end * SAMPLE_RATE)]
    return JoinedAudio(audio, [s - offset for s in joined.joined_starts[first:last + 1]],
                       joined.source_starts[first:last + 1], joined.source_ends[first:last + 1])


def language_at(stretches: list[Stretch], start: float, end: float) -> str:
    """The language of the stretch that overlaps [start, end] most ("" when none does)."""
    best, overlap = "", 0.0
    for s in stretches:
        shared = min(end, s.end) - max(start, s.start)
        if shared > overlap:
            best, overlap = s.language, shared
    return best


def transcribe_in_languages(model, joined: JoinedAudio, language: str, *, detect: bool, hotwords: str | None = None,
                            beam_size: int = 3, progress: ProgressFn | None = None,
                            cancel: CancelToken | None = None,
                            first_window: dict[str, float] | None = None) -> tuple[list[Word], list[Stretch]]:
    """One channel's words, each stretch decoded in its own language (task=transcribe, never translate).

    `detect` False (the user named the language) decodes everything in `language`, as before.
    """
    n = len(joined.joined_starts)
    stretches = find_stretches(model, joined, language, first_window) if detect and n else (
        [_stretch(joined, language, 0, n - 1)] if n else [])
    if len(stretches) <= 1:
        words, _ = transcribe_words(model, joined, stretches[0].language if stretches else language,
                                    hotwords=hotwords, beam_size=beam_size, progress=progress, cancel=cancel)
        return words, stretches
    total = sum(joined.length(i) for i in range(n)) or 1.0
    words: list[Word] = []
    done = 0.0
    for s in stretches:
        share = sum(joined.length(i) for i in range(s.first, s.last + 1)) / total

        def sub(fraction: float, message: str, base: float = done, share: float = share) -> None:
            if progress is not None:
                progress(base + fraction * share, message)

        found, _ = transcribe_words(model, sub_joined(joined, s.first, s.last), s.language, hotwords=hotwords,
                                    beam_size=beam_size, progress=sub, cancel=cancel)
        words.extend(found)
        done += share
    words.sort(key=lambda w: w.start)
    return words, stretches


def label_utterances(utterances: list[Utterance], stretches: dict[int, list[Stretch]], language: str,
                     preferred: tuple[str, ...] = ()) -> str:
    """Mark each turn's language when more than one was heard; returns the call's language.

    `stretches` are per channel (a mono call's one channel is 0, whoever speaks).

    The call keeps the language it was detected in unless another one (for which
    a rule pack exists, `preferred`) was heard for longer.
    """
    heard = {s.language for spans in stretches.values() for s in spans}
    if len(heard) <= 1:
        return language
    seconds: dict[str, float] = {}
    for u in utterances:
        u.language = language_at(stretches.get(u.channel, []), u.start, u.end) or language
        seconds[u.language] = seconds.get(u.language, 0.0) + u.duration
    longest = max(seconds, key=seconds.get) if seconds else language
    if longest != language and longest in preferred and seconds[longest] > seconds.get(language, 0.0):
        return longest
    return language
