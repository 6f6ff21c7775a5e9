"""Acoustic metrics of a call from voice activity: who spoke when, silences, overlaps.

Taken from the audio, not the text, so a hold is a hold even if Whisper wrote
something into it, and an interruption is measured on the two channels.
"""

from __future__ import annotations

from qa_desktop.audio.activity import Region
from qa_desktop.domain import Metrics, Overlap, Silence, Utterance
from qa_desktop.transcription.text import count_units

MIN_SILENCE = 1.0  # s: shorter gaps are ordinary turn-taking
SAME_START = 0.2  # s
MIN_OVERLAP = 0.5  # s: shorter overlaps are edge effects of voice activity and echo


def _union(regions: list[Region]) -> list[Region]:
    out: list[list[float]] = []
    for a, b in sorted(regions):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def silences(regions: dict[str, list[Region]], duration: float) -> list[Silence]:
    speech = _union([r for regs in regions.values() for r in regs])
    found: list[Silence] = []
    cursor = 0.0
    for a, b in speech + [(duration, duration)]:
        if a - cursor >= MIN_SILENCE:
            found.append(Silence(round(cursor, 3), round(a, 3)))
        cursor = max(cursor, b)
    return found


def overlaps(regions: dict[str, list[Region]]) -> list[Overlap]:
    """Both parties at once; the one who started later talked over the other."""
    if len(regions) != 2:
        return []
    (s1, r1), (s2, r2) = regions.items()
    found: list[Overlap] = []
    for a1, b1 in r1:
        for a2, b2 in r2:
            start, end = max(a1, a2), min(b1, b2)
            if end - start < MIN_OVERLAP or abs(a1 - a2) < SAME_START:
                continue  # starting together is a collision, not talking over someone
            interrupter, interrupted = (s2, s1) if a2 > a1 else (s1, s2)
            found.append(Overlap(round(start, 3), round(end, 3), interrupter, interrupted))
    return sorted(found, key=lambda o: o.start)


def compute_metrics(
    regions: dict[str, list[Region]], utterances: list[Utterance], duration: float, language: str
) -> Metrics:
    talk = {spk: round(sum(b - a for a, b in regs), 3) for spk, regs in regions.items()}
    rate: dict[str, float] = {}
    for spk, seconds in talk.items():
        units = sum(count_units(u.text, language) for u in utterances if u.speaker == spk)
        rate[spk] = round(units / (seconds / 60.0), 1) if seconds > 0 else 0.0
    return Metrics(
        silences=silences(regions, duration),
        overlaps=overlaps(regions),
        talk_time=talk,
        speech_rate=rate,
        rate_unit="chars/min" if language == "zh" else "words/min",
        speech={spk: [(round(a, 3), round(b, 3)) for a, b in regs] for spk, regs in regions.items()},
    )
