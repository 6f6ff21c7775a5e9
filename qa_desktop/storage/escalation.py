"""Escalation rates for the trends: how many calls per period had a customer at risk of escalating.

Read from `call_summary` (its `escalation` level is the machine's, from the
customer's words and voice); calls scored before escalation was assessed
(level '') are left out of the denominator rather than counted as calm.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from qa_desktop.errors import StorageError
from qa_desktop.storage.periods import iso_day, period_column, scored_where
from qa_desktop.storage.records import GROUPS


@dataclass(slots=True)
class EscalationPoint:
    period: str  # first day of the period
    key: str  # agent, team or "all"
    n_calls: int  # calls whose escalation was assessed
    n_at_risk: int  # low or high
    n_high: int

    @property
    def rate(self) -> float:
        return self.n_at_risk / self.n_calls if self.n_calls else 0.0


def _key(group: str) -> str:
    if group not in GROUPS:
        raise StorageError("trend", f"group must be one of {', '.join(GROUPS)}, not {group!r}")
    return {"agent": "s.agent", "team": "s.team", "all": "'all'"}[group]


def escalation_trend(conn: sqlite3.Connection, group: str = "all", period: str = "week",
                     date_from: str | date | None = None, date_to: str | date | None = None,
                     key: str | None = None) -> list[EscalationPoint]:
    """Per period and agent/team (or overall): assessed calls, at risk, high risk."""
    k, col = _key(group), period_column(period, "trend")
    cond, args = scored_where(date_from, date_to, agent=key if group == "agent" else None,
                              team=key if group == "team" else None)
    sql = (f"SELECT {col}, {k} AS k, count(*), sum(s.escalation IN ('low', 'high')), sum(s.escalation = 'high')"
           f" FROM call_summary s WHERE {cond} AND s.escalation != '' GROUP BY {col}, k ORDER BY {col}, k")
    return [EscalationPoint(p, kk, n, r or 0, h or 0) for p, kk, n, r, h in conn.execute(sql, args)]


def calls_at_risk(conn: sqlite3.Connection, group: str, period: str, period_start: str,
                  key: str | None = None) -> list[int]:
    """The calls at risk behind one EscalationPoint, riskiest first."""
    _key(group)
    col = period_column(period, "trend")
    cond, args = scored_where(agent=key if group == "agent" else None, team=key if group == "team" else None)
    sql = (f"SELECT s.call_pk FROM call_summary s WHERE {cond} AND {col} = ? AND s.escalation IN ('low', 'high')"
           " ORDER BY s.escalation_score DESC, s.call_pk")
    return [r[0] for r in conn.execute(sql, (*args, iso_day(period_start, "period start")))]
