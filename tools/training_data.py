"""Which held-out files the trained heads learn from (tools/train_*_head.py).

The fresh sets written after the heads were last trained measure the whole pipeline on authors no head
has read. A trainer run as it is leaves them out, so retraining never spends them by accident: raise
TRAINED_UP_TO to train on more, and write new sets to measure on.
"""

from __future__ import annotations

import re
from pathlib import Path

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "heldout"
# the shipped heads (stance, category, escalation) learned from the fresh sets up to meaning_fresh132
TRAINED_UP_TO = 132


def training_files(held_back: frozenset[str] | set[str] = frozenset()) -> list[Path]:
    """The held-out files a head trains on: every file but those held back and the later fresh sets."""
    out = []
    for path in sorted(HELDOUT.glob("*.yaml")):
        fresh = re.fullmatch(r"meaning_fresh(\d+)", path.stem)
        if path.stem not in held_back and (fresh is None or int(fresh.group(1)) <= TRAINED_UP_TO):
            out.append(path)
    return out
