"""Cutting a call into turns from voice activity and word times.

Whisper's own segments run across holds and merge turns, so turns are built
from each channel's speech regions instead: consecutive regions of the same
speaker form one turn unless the other party spoke in between or the pause is
long. Words are attached to the region they fall in; words outside any region
(Whisper padding or invention) are dropped.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from qa_desktop.audio.activity import Region
from qa_desktop.audio.voice import pitch_of_frames, semitones_apart
from qa_desktop.domain import Utterance, Word
from qa_desktop.transcription.text import is_hallucination, join_words, to_simplified

MAX_PAUSE_IN_TURN = 1.5  # s: a longer pause of one speaker starts a new turn
BREATH = 0.6  # s: pauses within a sentence in stereo calls
MONO_PAUSE_IN_TURN = 0.45  # s: mono calls have no other channel to tell turns apart
MONO_SAME_VOICE_PAUSE = 0.7  # s: a longer mono pause is kept within a turn if the voice stays
SAME_VOICE_SEMITONES = 1.5  # pitch change below which it is taken to be the same voice
SLACK = 0.3  # s: a word may stick out of its region by this much
SENTENCE_END = tuple("。？！.?!")
MID_SENTENCE = tuple("，、；：,;:")
Turn = tuple[str, float, float, float | None]  # speaker, start, end, voice pitch (Hz, mono lines only)


UNCONFIRMED_MAX = 1.0  # s: a shorter region with no word in it is noise, not speech


def confirm_regions(regions: list[Region], words: list[Word]) -> list[Region]:
    """Keep speech regions that Whisper heard words in (or long ones).

    On a noisy line babble passes voice activity in short bursts; left in, they
    split a hold into pieces and show up as false overlaps. (On a clean line a
    short region is a short answer, "零八零八", even if Whisper missed it.)
    """
    mids = sorted((w.start + w.end) / 2 for w in words)
    kept = []
    for a, b in regions:
        has_word = any(a - SLACK <= m <= b + SLACK for m in mids)
        if has_word or b - a >= UNCONFIRMED_MAX:
            kept.append((a, b))
    return kept


def group_turns(
    regions: dict[str, list[Region]],
    mono: bool,
    pitches_of: Callable[[Region], np.ndarray] | None = None,
    words: dict[str, list[Word]] | None = None,
) -> list[Turn]:
    """(speaker, start, end, voice pitch) turns, in time order; the pitch (Hz,
    from its regions' voiced frames) only on mono lines, else None.

    On a mono line a pause between turns (0.4–0.7 s) is as long as a breath
    inside one person's sentence, so a pause up to MONO_SAME_VOICE_PAUSE is
    bridged only on evidence that the same person goes on: the words before it
    stop at a comma, or (no punctuation either way) the voice pitch stays
    (pitches_of gives the pitch of each voiced frame of a region). Words that
    end a sentence before the pause leave the floor to the other party.
    """
    tagged = sorted((a, b, spk) for spk, regs in regions.items() for a, b in regs)
    max_pause = MONO_PAUSE_IN_TURN if mono else MAX_PAUSE_IN_TURN
    breath = 0.0 if mono else BREATH
    turns: list[list] = []
    last_by: dict[str, int] = {}
    turn_pitches: dict[int, list[np.ndarray]] = {}
    for start, end, spk in tagged:
        pitches = pitches_of((start, end)) if mono and pitches_of else np.empty(0)
        i = last_by.get(spk)
        if i is not None:
            prev = turns[i]
            other_between = any(
                t[0] != spk and t[1] >= prev[2] - 0.05 and t[1] < start for t in turns[i + 1 :]
            )
            pause = start - prev[2]
            # a pause this short is a breath: the other party's "嗯" in it is a
            # back-channel, not a turn of their own
            merge = pause <= breath or (pause <= max_pause and not other_between)
            if not merge and mono and pause <= MONO_SAME_VOICE_PAUSE:
                last = _last_word_text(words.get(spk, []) if words else [], prev[1], prev[2])
                if last.endswith(MID_SENTENCE):
                    merge = True
                elif not last.endswith(SENTENCE_END):
                    so_far = turn_pitches.get(i, [])
                    apart = semitones_apart(
                        pitch_of_frames(np.concatenate(so_far)) if so_far else None, pitch_of_frames(pitches)
                    )
                    merge = apart is not None and apart <= SAME_VOICE_SEMITONES
            if merge:
                prev[2] = max(prev[2], end)
                turn_pitches.setdefault(i, []).append(pitches)
                continue
        turns.append([spk, start, end])
        last_by[spk] = len(turns) - 1
        turn_pitches[last_by[spk]] = [pitches]
    out = [(s, a, b, pitch_of_frames(np.concatenate(turn_pitches[i]))) for i, (s, a, b) in enumerate(turns)]
    return sorted(out, key=lambda t: t[1])


def _last_word_text(words: list[Word], start: float, end: float) -> str:
    """The text of the last word heard in [start, end], stripped; '' if none."""
    inside = [w for w in words if start - SLACK <= (w.start + w.end) / 2 <= end + SLACK]
    return inside[-1].text.strip() if inside else ""


def build_utterances(
    turns: list[Turn],
    words_by_speaker: dict[str, list[Word]],
    channel_of: dict[str, int],
    language: str,
) -> list[Utterance]:
    utterances: list[Utterance] = []
    for spk, start, end, pitch in turns:
        mine = [
            w
            for w in words_by_speaker.get(spk, [])
            if start - SLACK <= (w.start + w.end) / 2 <= end + SLACK
        ]
        if not mine:
            continue
        for w in mine:
            w.text = to_simplified(w.text)
        text = join_words([w.text for w in mine], language)
        if not text.strip() or is_hallucination(text):
            continue
        confidence = sum(w.probability for w in mine) / len(mine)
        utterances.append(
            Utterance(
                speaker=spk,
                start=round(start, 3),
                end=round(end, 3),
                text=text,
                words=mine,
                confidence=round(confidence, 3),
                channel=channel_of.get(spk, 0),
                pitch=None if pitch is None else round(pitch, 1),
            )
        )
    return utterances
