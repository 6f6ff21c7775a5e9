"""Escalation heard in the voice: a customer getting louder and higher than at their own start.

Why against the same speaker's start of call: people speak at very different
levels and pitches, and lines differ by 20 dB, so no absolute threshold tells
an angry customer from a loud one. A voice that rises against itself does.

Robust to a quiet start: the reference is the upper quartile of the opening
turns (a mumbled "喂？" or a line that settles in the first seconds does not set
it), and one loud turn (a cough, a shout at someone in the room) is not enough:
the call's score is that of its second most raised turn. Loudness alone counts
for less than loudness with pitch (a phone held closer is louder, not higher),
and pitch alone for nothing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from qa_desktop.domain import Evidence, Transcript, Utterance
from qa_desktop.scoring.messages import ROLE, msg, note

BASELINE_S = 60.0  # s of the speaker's own talk from their first turn that set the reference
BASELINE_SHARE = 1 / 3  # … or less on a short call: the first third of their talk
MIN_TURN_S = 0.6  # shorter turns ("嗯", "对") are too short to measure
MIN_BASELINE_TURNS = 2
LOUDER_FROM_DB, LOUDER_FULL_DB = 2.5, 8.0  # dB above the reference: no sign ... full sign
HIGHER_FROM_ST, HIGHER_FULL_ST = 1.5, 4.5  # semitones above the reference
EVIDENCE_FROM = 0.25  # a turn raised at least this much is named in the evidence
MAX_EVIDENCE = 3


def _ramp(value: float, low: float, full: float) -> float:
    return min(1.0, max(0.0, (value - low) / (full - low)))


def _rise_score(louder: float, higher: float | None) -> float:
    """A louder voice is the sign, a higher one makes it surer: a voice that rises in pitch
    while getting quieter is someone reading on, or asking, not someone losing their temper."""
    loud = _ramp(louder, LOUDER_FROM_DB, LOUDER_FULL_DB)
    high = 0.0 if higher is None else _ramp(higher, HIGHER_FROM_ST, HIGHER_FULL_ST)
    return loud * (0.6 + 0.4 * high)


def _reference(values: list[float]) -> float | None:
    return float(np.percentile(values, 75)) if values else None


def voice_escalation(transcript: Transcript, roles: Sequence[tuple[Utterance, str]] | None = None,
                     speaker: str = "customer") -> tuple[float, list[Evidence]]:
    """(0–1, evidence): how much `speaker`'s voice rose against their own start of call.

    `roles` gives each turn's role where the transcript cannot (a mono call: the
    roles the scoring context inferred; pass "unknown" for turns not shown to be
    anyone's). 0 when the call has too few measured turns of that speaker (calls
    stored before loudness was measured, mono calls without inferred roles).
    """
    pairs = roles if roles is not None else [(u, u.speaker) for u in transcript.utterances]
    turns = sorted((u for u, role in pairs
                    if role == speaker and u.loudness is not None and u.duration >= MIN_TURN_S),
                   key=lambda u: u.start)
    if len(turns) < MIN_BASELINE_TURNS + 2:
        return 0.0, []
    first = turns[0].start
    horizon = first + min(BASELINE_S, (turns[-1].end - first) * BASELINE_SHARE)
    n_base = max(MIN_BASELINE_TURNS, sum(1 for u in turns if u.start < horizon))
    base, later = turns[:n_base], turns[n_base:]
    if len(later) < 2:
        return 0.0, []
    ref_db = _reference([u.loudness for u in base if u.loudness is not None]) or 0.0  # (every turn has one)
    ref_pitch = _reference([u.pitch for u in base if u.pitch])
    seconds = max(1.0, base[-1].end - first)
    rises: list[tuple[float, float, float | None, Utterance]] = []
    for u in later:
        louder = (u.loudness or 0.0) - ref_db
        higher = 12.0 * math.log2(u.pitch / ref_pitch) if (u.pitch and ref_pitch) else None
        rises.append((_rise_score(louder, higher), louder, higher, u))
    ranked = sorted(rises, key=lambda r: -r[0])
    score = round(ranked[1][0], 3)  # the second most raised turn: one outburst is not a trend
    evidence = []
    for s, louder, higher, u in sorted(ranked[:MAX_EVIDENCE], key=lambda r: r[3].start):
        if s < EVIDENCE_FROM or score < EVIDENCE_FROM:
            continue
        if higher is None:
            why = msg("escalation.voice_louder", loudness=louder, role=ROLE[speaker], seconds=seconds)
        else:
            why = msg("escalation.voice", loudness=louder, pitch=higher, role=ROLE[speaker], seconds=seconds)
        evidence.append(Evidence(speaker=speaker, start=u.start, end=u.end, text=u.text,
                                 similarity=round(100 * s, 1), mode="voice", **note(why)))
    return score, evidence
