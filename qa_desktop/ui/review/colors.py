"""One palette for speakers and verdicts, so the waveform, the dialogue and the
scorecard agree on what blue and green mean."""

from __future__ import annotations

SPEAKER_COLORS: dict[str, str] = {
    "agent": "#2f6fb3",  # blue
    "customer": "#2e8b57",  # green
    "unknown": "#6b6b6b",
}
SPEAKER_BUBBLES: dict[str, str] = {
    "agent": "#e6effa",
    "customer": "#e7f5ec",
    "unknown": "#f0f0f0",
}
STATUS_COLORS: dict[str, str] = {
    "pass": "#2e7d32",
    "fail": "#c62828",
    "na": "#757575",
}
INFO_COLOR = "#37609a"  # an informational rule's found / not found: information, neither good nor bad
SILENCE_COLOR = (120, 120, 120, 45)
OVERLAP_COLOR = (230, 120, 0, 70)
EVIDENCE_PASS = (46, 125, 50, 200)
EVIDENCE_FAIL = (198, 40, 40, 220)
EVIDENCE_INFO = (55, 96, 154, 200)  # INFO_COLOR: an informational rule found it here
MATCH_HIGHLIGHT = "#ffe082"
CURRENT_LINE = "#fff4c2"
