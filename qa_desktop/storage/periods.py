"""Dates, periods and the scored-calls condition every chart and report shares.

One home for them because a drill-down (a chart point, a category bar, a
scorecard) must select exactly the calls its number counted: the storage
charts, `qa_desktop.reports` and the scorecard export all build their WHERE
clause and period keys here. Dates are validated, not just truncated, so a
typo like 2026-13-01 is an error naming the value instead of a silently
empty (or silently unfiltered) result.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from qa_desktop.errors import StorageError
from qa_desktop.storage.records import PERIODS

PERIOD_COLUMN = {"day": "s.date", "week": "s.week", "month": "s.month"}


def iso_day(value: str | date | None, what: str = "date") -> str | None:
    """`value` as YYYY-MM-DD (None when empty); a string that is no date raises StorageError."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise StorageError(what, f"not a date (YYYY-MM-DD): {value!r}") from None


def period_keys(day: str) -> tuple[str, str, str]:
    """(day, Monday of its week, first of its month) as ISO strings; today for a missing date."""
    try:
        d = date.fromisoformat(day[:10])
    except ValueError:
        d = datetime.now().date()
    return d.isoformat(), (d - timedelta(days=d.weekday())).isoformat(), d.replace(day=1).isoformat()


def period_end(period: str, start: str) -> str:
    """Last day of the period beginning at `start` (for date-range filters)."""
    d = date.fromisoformat(start[:10])
    if period == "day":
        return d.isoformat()
    if period == "week":
        return (d + timedelta(days=6)).isoformat()
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).isoformat()


def period_column(period: str, subject: str = "chart") -> str:
    """The `call_summary s` column holding the period key."""
    if period not in PERIODS:
        raise StorageError(subject, f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    return PERIOD_COLUMN[period]


def scored_where(date_from: str | date | None = None, date_to: str | date | None = None,
                 agent: str | None = None, team: str | None = None) -> tuple[str, list[Any]]:
    """Condition over `call_summary s`: scored calls in the date range, of one agent and/or team."""
    parts, args = ["s.score IS NOT NULL"], []
    for cond, value in (("s.date >= ?", iso_day(date_from, "from date")), ("s.date <= ?", iso_day(date_to, "to date")),
                        ("s.agent = ?", agent), ("s.team = ?", team)):
        if value:
            parts.append(cond)
            args.append(value)
    return " AND ".join(parts), args
