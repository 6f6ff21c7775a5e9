"""Scorecard arithmetic: rule points → section scores → a 0–100 call score.

`na` items leave the denominator (a call without a hold is not marked down
for hold etiquette); a failed critical item zeroes the whole call, as QA teams
treat 服务禁语 / abusive language. The same arithmetic serves the machine's
verdicts and an inspector's overrides, so the GUI never computes scores itself.
The formula (and its wording on scorecards) lives in qa_desktop.score_formula.
"""

from __future__ import annotations

from dataclasses import replace

from qa_desktop.domain import CallScore, RuleResult, SectionScore
from qa_desktop.errors import QAError
from qa_desktop.rules.model import RulePack
from qa_desktop.score_formula import call_score as weighted_mean
from qa_desktop.scoring.rounding import rounded


def _tally(pack: RulePack, results: list[RuleResult]) -> tuple[list[SectionScore], list[str]]:
    """Section scores and the critical rules failed, in one pass over the results."""
    # each section's scored items' points earned and possible, in the results' order (summed as lists,
    # which is cheaper than a generator over the results per section and adds the same numbers)
    scored: dict[str, tuple[list[float], list[float]]] = {}
    critical = []
    for r in results:
        status = r.status
        if status == "na":
            continue
        if r.max_points > 0:
            points = scored.get(r.section)
            if points is None:
                points = scored[r.section] = ([], [])
            points[0].append(r.points)
            points[1].append(r.max_points)
        if r.critical and status == "fail":
            critical.append(r.rule)
    out = []
    for sec in pack.sections:
        got, of = scored.get(sec.id, ((), ()))
        earned = sum(got, 0.0)  # (0.0, not 0, for a section with nothing scored: the field is a float, and
        possible = sum(of, 0.0)  # the compiled scorer, packaging/native.py, stores it as one)
        score = 100.0 * earned / possible if possible else 100.0
        out.append(SectionScore(sec.id, sec.title, rounded(score, 1), rounded(earned, 2), rounded(possible, 2)))
    return out, critical


def _call_score(pack: RulePack, sections: list[SectionScore], critical: list[str]) -> float:
    """Weighted mean of the sections that had anything to score; 0 when a critical item failed."""
    if critical:
        return 0.0
    weights = {s.id: s.weight for s in pack.sections}
    return rounded(weighted_mean([(weights.get(s.section, 0.0), s.score, s.possible) for s in sections]), 1)


def assemble(pack: RulePack, results: list[RuleResult], category: str, categories: list) -> CallScore:
    sections, critical = _tally(pack, results)
    return CallScore(
        pack=pack.name, pack_version=pack.version, pack_hash=pack.content_hash,
        score=_call_score(pack, sections, critical),
        sections=sections, results=results, category=category, categories=categories,
        critical_failed=critical,
    )


def apply_overrides(score: CallScore, overrides: dict[str, str], pack: RulePack) -> CallScore:
    """The call's score after an inspector set some rule statuses (rule id → pass|fail|na).

    Overridden items earn all their points on pass and none on fail; machine
    verdicts that were not overridden keep their (possibly partial) points.
    """
    results = []
    for r in score.results:
        status = overrides.get(r.rule)
        if status is None or status == r.status:
            results.append(r)
            continue
        if status not in ("pass", "fail", "na"):
            raise QAError(r.rule, f"status must be pass, fail or na, not {status!r}")
        points = r.max_points if status == "pass" else 0.0
        results.append(replace(r, status=status, points=points, confidence=1.0))
    unknown = set(overrides) - {r.rule for r in score.results}
    if unknown:
        raise QAError(pack.name, f"no such rule(s) in this score: {', '.join(sorted(unknown))}")
    out = assemble(pack, results, score.category, score.categories)
    out.pack, out.pack_version, out.pack_hash = score.pack, score.pack_version, score.pack_hash
    out.category_confidence, out.secondary_category = score.category_confidence, score.secondary_category
    out.escalation = score.escalation
    return out
