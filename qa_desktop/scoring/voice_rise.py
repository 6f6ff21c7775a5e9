"""Escalation from the voice: loudness and pitch rising against the same speaker's own start of call.

Stub until the voice measurement lands (issue #13b): no signal, no evidence.
"""

from __future__ import annotations

from qa_desktop.domain import Evidence, Transcript


def voice_escalation(transcript: Transcript) -> tuple[float, list[Evidence]]:
    """(0-1 how much the customer's voice rose, evidence naming where)."""
    return 0.0, []
