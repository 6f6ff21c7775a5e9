"""Chart queries the trends page needs beyond storage's own (Qt-free).

The complaint mix per month and the drill-downs from a rule-failure point or a
category bar to the calls behind it. They read storage's `call_summary` and
`rule_results` tables through the Database's connection, with storage's own
period keys and scored-calls condition (`storage.periods`), so a drill-down
lists exactly the calls counted in the point.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qa_desktop.storage.periods import iso_day, period_column, period_end, scored_where

__all__ = ["CategoryPoint", "calls_failing_rule", "calls_for_category", "category_mix_by_period", "period_end"]


@dataclass(slots=True)
class CategoryPoint:
    period: str  # first day of the period
    category: str
    n_calls: int
    share: float  # of the period's calls


def category_mix_by_period(db: Any, period: str = "month", date_from: Any = None, date_to: Any = None,
                           agent: str | None = None, team: str | None = None) -> list[CategoryPoint]:
    """Complaint categories per period with their share of that period's calls."""
    col = period_column(period)
    where, args = scored_where(date_from, date_to, agent, team)
    rows = db.conn.execute(f"SELECT {col}, s.category, count(*) FROM call_summary s WHERE {where}"
                           f" GROUP BY {col}, s.category ORDER BY {col}, s.category", args).fetchall()
    totals: dict[str, int] = {}
    for p, _c, n in rows:
        totals[p] = totals.get(p, 0) + n
    return [CategoryPoint(p, c or "other", n, n / totals[p]) for p, c, n in rows]


def calls_for_category(db: Any, period: str, period_start: str, category: str, agent: str | None = None,
                       team: str | None = None) -> list[int]:
    where, args = scored_where(agent=agent, team=team)
    cat = "(s.category = ? OR (s.category = '' AND ? = 'other'))"
    return [r[0] for r in db.conn.execute(
        f"SELECT s.call_pk FROM call_summary s WHERE {where} AND {period_column(period)} = ? AND {cat}"
        " ORDER BY s.date, s.call_pk", (*args, iso_day(period_start, "period start"), category, category))]


def calls_failing_rule(db: Any, period: str, period_start: str, rule: str, agent: str | None = None,
                       team: str | None = None) -> list[int]:
    """Calls of one period whose effective verdict for `rule` is a failure."""
    where, args = scored_where(agent=agent, team=team)
    return [r[0] for r in db.conn.execute(
        "SELECT s.call_pk FROM call_summary s JOIN rule_results r ON r.score_id = s.score_id"
        f" WHERE {where} AND {period_column(period)} = ? AND r.rule = ? AND r.final_status = 'fail'"
        " ORDER BY s.date, s.call_pk", (*args, iso_day(period_start, "period start"), rule))]
