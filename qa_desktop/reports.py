"""Chart queries the trends page needs beyond storage's own (Qt-free).

The complaint mix per month and the drill-downs from a rule-failure point or a
category bar to the calls behind it. They read storage's `call_summary` and
`rule_results` tables through the Database's connection, with the same
conditions as storage's chart queries so a drill-down lists exactly the calls
counted in the point.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from qa_desktop.errors import QAError

_PERIOD_COLUMN = {"day": "s.date", "week": "s.week", "month": "s.month"}


@dataclass(slots=True)
class CategoryPoint:
    period: str  # first day of the period
    category: str
    n_calls: int
    share: float  # of the period's calls


def _day(value: str | date | None) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def _where(date_from: Any = None, date_to: Any = None, agent: str | None = None,
           team: str | None = None) -> tuple[str, list[Any]]:
    parts, args = ["s.score IS NOT NULL"], []
    for cond, value in (("s.date >= ?", _day(date_from)), ("s.date <= ?", _day(date_to)), ("s.agent = ?", agent),
                        ("s.team = ?", team)):
        if value:
            parts.append(cond)
            args.append(value)
    return " AND ".join(parts), args


def _column(period: str) -> str:
    if period not in _PERIOD_COLUMN:
        raise QAError("chart", f"period must be day, week or month, not {period!r}")
    return _PERIOD_COLUMN[period]


def category_mix_by_period(db: Any, period: str = "month", date_from: Any = None, date_to: Any = None,
                           agent: str | None = None, team: str | None = None) -> list[CategoryPoint]:
    """Complaint categories per period with their share of that period's calls."""
    col = _column(period)
    where, args = _where(date_from, date_to, agent, team)
    rows = db.conn.execute(f"SELECT {col}, s.category, count(*) FROM call_summary s WHERE {where}"
                           f" GROUP BY {col}, s.category ORDER BY {col}, s.category", args).fetchall()
    totals: dict[str, int] = {}
    for p, _c, n in rows:
        totals[p] = totals.get(p, 0) + n
    return [CategoryPoint(p, c or "other", n, n / totals[p]) for p, c, n in rows]


def calls_for_category(db: Any, period: str, period_start: str, category: str, agent: str | None = None,
                       team: str | None = None) -> list[int]:
    where, args = _where(None, None, agent, team)
    cat = "(s.category = ? OR (s.category = '' AND ? = 'other'))"
    return [r[0] for r in db.conn.execute(
        f"SELECT s.call_pk FROM call_summary s WHERE {where} AND {_column(period)} = ? AND {cat}"
        " ORDER BY s.date, s.call_pk", (*args, _day(period_start), category, category))]


def calls_failing_rule(db: Any, period: str, period_start: str, rule: str, agent: str | None = None,
                       team: str | None = None) -> list[int]:
    """Calls of one period whose effective verdict for `rule` is a failure."""
    where, args = _where(None, None, agent, team)
    return [r[0] for r in db.conn.execute(
        "SELECT s.call_pk FROM call_summary s JOIN rule_results r ON r.score_id = s.score_id"
        f" WHERE {where} AND {_column(period)} = ? AND r.rule = ? AND r.final_status = 'fail'"
        " ORDER BY s.date, s.call_pk", (*args, _day(period_start), rule))]


def period_end(period: str, start: str) -> str:
    """Last day of the period beginning at `start` (for date-range filters)."""
    d = date.fromisoformat(start[:10])
    if period == "day":
        return d.isoformat()
    if period == "week":
        return (d + timedelta(days=6)).isoformat()
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).isoformat()
