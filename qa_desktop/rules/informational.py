"""Informational rules: found or not found, never passed or failed.

A rule marked `informational: true` (客户反映问题, "the customer raised a
problem") is there to be seen and to condition other rules (an apology is due
when a problem was raised); it scores no points and has no pass-rate target.
Its stored verdict still reads `pass` (found) or `fail` (not found), so every
place that shows verdicts, rates or targets asks here first and says "found" /
"not found" instead of "failed a 90 % target".

A stored result carries no flag of its own; it is recognised by what the
engine writes for such a rule: no points possible and not critical (a scored
rule has points > 0, a zero-point rule must be critical).
"""

from __future__ import annotations

from typing import Any

#: The same test in SQL over a `rule_results` alias: INFORMATIONAL_SQL.format(r="r").
INFORMATIONAL_SQL = "({r}.max_points = 0 AND {r}.critical = 0)"


def is_informational(item: Any) -> bool:
    """True for an informational rule (rules.model.Rule) or a result of one (domain.RuleResult)."""
    flag = getattr(item, "informational", None)
    if flag is not None:
        return bool(flag)
    max_points = getattr(item, "max_points", None)
    return max_points is not None and unscored(max_points, getattr(item, "critical", False))


def unscored(points: float, critical: bool) -> bool:
    """What marks a stored informational rule: no points possible and not critical (a scored rule
    has points > 0; a zero-point rule that is scored must be critical)."""
    return float(points) <= 0.0 and not critical


def found_text(status: str) -> str:
    """An informational verdict in plain English (the UI translates its own)."""
    return {"pass": "found", "fail": "not found"}.get(status, "not applicable")
