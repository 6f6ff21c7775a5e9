"""Escalation risk: will this customer take the complaint further?

Two witnesses, combined in `assess`: the customer's words (threats to go to a
regulator, consumer body, platform, the media or a lawyer; demands for a
supervisor; accusations of fraud), and how their voice rises
(`voice_rise.voice_escalation`). Words alone can reach "high"; a rising voice
alone reaches at most "low", since people raise their voices for many reasons.
"""

from __future__ import annotations

from qa_desktop.domain import Escalation, Evidence, Transcript
from qa_desktop.scoring.context import CallContext

LOW, HIGH = 0.35, 0.65  # score thresholds for the levels
VOICE_CAP = LOW + 0.1  # a rising voice alone stays "low"


def words_escalation(ctx: CallContext) -> tuple[float, list[Evidence]]:
    """(0-1, evidence) from what the customer says; filled in by the meaning model (semantic.py)."""
    return 0.0, []


def combine(words: float, voice: float) -> float:
    """One 0-1 score: words dominate, the voice adds to them (and alone stays below HIGH)."""
    if words <= 0.0:
        return round(min(voice, VOICE_CAP), 3)
    return round(min(1.0, words + 0.25 * voice * (1.0 - words)), 3)


def level(score: float) -> str:
    return "high" if score >= HIGH else "low" if score >= LOW else "none"


def assess(transcript: Transcript, ctx: CallContext,
           words: tuple[float, list[Evidence]] | None = None) -> Escalation:
    """The call's escalation: the words' assessment combined with the voice hook."""
    from qa_desktop.scoring.voice_rise import voice_escalation  # the voice hook (#13b)

    w_score, w_evidence = words if words is not None else words_escalation(ctx)
    v_score, v_evidence = voice_escalation(transcript)
    s = combine(w_score, v_score)
    return Escalation(level=level(s), score=s, evidence=list(w_evidence) + list(v_evidence))
