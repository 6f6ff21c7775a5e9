"""Which held-out files the trained heads learn from (tools/train_*_head.py).

The fresh sets written after the heads were last trained measure the whole pipeline on authors no head
has read. A trainer run as it is leaves them out, so retraining never spends them by accident: raise
TRAINED_UP_TO to train on more, and write new sets to measure on.
"""

from __future__ import annotations

import re
from pathlib import Path

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "heldout"
# the shipped heads (stance, category, escalation) learned from the fresh sets up to meaning_fresh196 (stop 29;
# up to fresh132 before). Lines then: stance 58,957 (39,935 before), category 39,806 (26,692), escalation zh
# 34,058 (22,780) and en 34,820 (23,488). Decided before measuring: ship if, on sixteen new sets (fresh197-212),
# fewer floors were missed than with the heads up to fresh132, no more polite lines failed, no per-language
# mean fell by more than 0.01, and the full suite passed. Misses 5 → 4 (fresh210's English conduct F1 0.833 →
# 0.902), polite lines failed 2 → 2, means: category zh 0.957 → 0.963, en 0.951 → 0.954; conduct F1 zh 0.965 →
# 0.970, en 0.948 → 0.957; escalation F1 zh 0.982 → 0.986, en 0.975 → 0.984. The same three heads refit up to
# fresh132 that day (a control) missed 5, as shipped before: the gain is the new authors', not the refit's.
# Retrained up to fresh228 (32 more authors: stance 68,437 lines, category 46,373, escalation zh 39,693 / en
# 40,472) and measured the same way on fresh229-236: misses 7 → 6, polite lines failed 2 → 2, every mean within
# 0.01 (escalation en 0.979 → 0.974, the rest level or up), but two pinned tests failed: "I'll be in court until
# four as a witness, so please ring after that." then reads as a low escalation, and the rambling sentence of
# test_meaning_paraphrase is categorised by another clause. Not shipped: TRAINED_UP_TO stays 196.
TRAINED_UP_TO = 196


def training_files(held_back: frozenset[str] | set[str] = frozenset()) -> list[Path]:
    """The held-out files a head trains on: every file but those held back and the later fresh sets."""
    out = []
    for path in sorted(HELDOUT.glob("*.yaml")):
        fresh = re.fullmatch(r"meaning_fresh(\d+)", path.stem)
        if path.stem not in held_back and (fresh is None or int(fresh.group(1)) <= TRAINED_UP_TO):
            out.append(path)
    return out
