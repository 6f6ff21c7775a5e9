"""Cutting a call into turns from voice activity and word times.

Whisper's own segments run across holds and merge turns, so turns are built
from each channel's speech regions instead: consecutive regions of the same
speaker form one turn unless the other party spoke in between or the pause is
long. Words are attached to the region they fall in; words outside any region
(Whisper padding or invention) are dropped.
"""

from __future__ import annotations

from qa_desktop.audio.activity import Region
from qa_desktop.domain import Utterance, Word
from qa_desktop.transcription.text import is_hallucination, join_words, to_simplified

MAX_PAUSE_IN_TURN = 1.5  # s: a longer pause of one speaker starts a new turn
BREATH = 0.6  # s: pauses within a sentence in stereo calls
MONO_PAUSE_IN_TURN = 0.45  # s: mono calls have no other channel to tell turns apart
SLACK = 0.3  # s: a word may stick out of its region by this much


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
    regions: dict[str, list[Region]], mono: bool
) -> list[tuple[str, float, float]]:
    """(speaker, start, end) turns, in time order."""
    tagged = sorted((a, b, spk) for spk, regs in regions.items() for a, b in regs)
    max_pause = MONO_PAUSE_IN_TURN if mono else MAX_PAUSE_IN_TURN
    breath = 0.0 if mono else BREATH
    turns: list[list] = []
    last_by: dict[str, int] = {}
    for start, end, spk in tagged:
        i = last_by.get(spk)
        if i is not None:
            prev = turns[i]
            other_between = any(
                t[0] != spk and t[1] >= prev[2] - 0.05 and t[1] < start for t in turns[i + 1 :]
            )
            pause = start - prev[2]
            # a pause this short is a breath: the other party's "嗯" in it is a
            # back-channel, not a turn of their own
            if pause <= breath or (pause <= max_pause and not other_between):
                prev[2] = max(prev[2], end)
                continue
        turns.append([spk, start, end])
        last_by[spk] = len(turns) - 1
    return sorted(((s, a, b) for s, a, b in turns), key=lambda t: t[1])


def build_utterances(
    turns: list[tuple[str, float, float]],
    words_by_speaker: dict[str, list[Word]],
    channel_of: dict[str, int],
    language: str,
) -> list[Utterance]:
    utterances: list[Utterance] = []
    for spk, start, end in turns:
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
            )
        )
    return utterances
