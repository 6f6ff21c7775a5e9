"""The one scoring formula: a call's score, a scorecard, trends and the Rules page all use it.

A rule pack gives each section a weight (开场 20, 业务处理 25, …) and each
rule points. A section's weight is shared among its rules by their points,
so the pack's weights are what a reader sees everywhere and no section ever
counts for more than its weight:

- a call's score: each section's points earned / points possible (rules that
  did not apply leave both), weighted by the section weights of the sections
  that had anything to score; 0 when a critical rule failed;
- a scorecard's score against targets: each rule earns weight × actual pass
  rate / target pass rate, at most its weight; the sum over the rules that
  applied, out of their weight, as 0–100;
- average score: the plain mean of the calls' scores (trends plot the same).

The sentences below are printed on scorecards and shown on the Rules page, so
the explanation cannot drift from the arithmetic.
"""

from __future__ import annotations

from collections.abc import Sequence

CALL_SCORE = ("Call score (0–100): each section's points earned / points possible, weighted by the pack's "
              "section weights; 0 when a critical rule failed.")
FORMULA = ("each section weighs what the rule pack says, shared among its rules by their points; a rule earns "
           "weight × actual / target (its pass rate over its target pass rate), never more than its weight, so a "
           "section never earns more than its weight.")
AVERAGE_SCORE = ("how the calls went: the mean of the calls' 0–100 scores (a call with a critical failure "
                 "counts as 0).")
TARGET_SCORE = ("how far the pass rates meet their targets, 0–100: the points the rules earned (weight × actual / "
                "target each) out of the weight of the rules that applied. 100 means every target met, even when "
                "some calls scored low.")


def rule_shares(section_weight: float | None, rules: Sequence[tuple[float, bool]]) -> list[float]:
    """Each rule's share of its section's weight, for rules given as (points, applied).

    Rules that did not apply (n/a on every call) and rules without points get
    no share; the others share the section weight in proportion to their
    points. Without a known section weight the points themselves are the weights.
    """
    total = sum(points for points, applied in rules if applied and points > 0)
    if total <= 0:
        return [0.0 for _ in rules]
    scale = 1.0 if section_weight is None else section_weight / total
    return [points * scale if applied and points > 0 else 0.0 for points, applied in rules]


def call_score(sections: Sequence[tuple[float, float, float]]) -> float:
    """Weighted mean of section scores, sections given as (weight, score 0–100, points possible).

    Sections with nothing to score (possible == 0) are left out; 100 when none is left.
    """
    used = [(w, sc) for w, sc, possible in sections if possible > 0]
    total = sum(w for w, _ in used)
    return sum(w * sc for w, sc in used) / total if total else 100.0
