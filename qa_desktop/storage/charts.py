"""Aggregates for the trend charts and rankings, all read from `call_summary`.

Periods are precomputed keys (day, Monday of the week, first of the month) so
grouping is a plain GROUP BY on an indexed range; every point can be drilled
into with `calls_for_point`, which repeats the same conditions.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from qa_desktop.errors import StorageError
from qa_desktop.storage.periods import iso_day, period_column, scored_where
from qa_desktop.storage.records import GROUPS, AgentRank, CategoryCount, RuleRatePoint, TrendPoint


def _check(group: str, period: str) -> str:
    """The period's column, after checking `group` and `period`."""
    if group not in GROUPS:
        raise StorageError("trend", f"group must be one of {', '.join(GROUPS)}, not {group!r}")
    return period_column(period, "trend")


def _key(group: str) -> str:
    return {"agent": "s.agent", "team": "s.team", "all": "'all'"}[group]


def trend(conn: sqlite3.Connection, group: str = "all", period: str = "week", date_from: str | date | None = None,
          date_to: str | date | None = None, key: str | None = None) -> list[TrendPoint]:
    """Average effective score per period and per agent/team (or overall)."""
    col = _check(group, period)
    cond, args = scored_where(date_from, date_to, agent=key if group == "agent" else None,
                              team=key if group == "team" else None)
    sql = (f"SELECT {col}, {_key(group)} AS k, avg(s.score), count(*) FROM call_summary s"
           f" WHERE {cond} GROUP BY {col}, k ORDER BY {col}, k")
    return [TrendPoint(p, k, round(a, 2), n) for p, k, a, n in conn.execute(sql, args)]


def calls_for_point(conn: sqlite3.Connection, group: str, period: str, period_start: str,
                    key: str | None = None) -> list[int]:
    """The call pks behind one TrendPoint (for drilling from a chart into the list)."""
    col = _check(group, period)
    cond, args = scored_where(agent=key if group == "agent" else None, team=key if group == "team" else None)
    sql = f"SELECT s.call_pk FROM call_summary s WHERE {cond} AND {col} = ? ORDER BY s.date, s.call_pk"
    return [r[0] for r in conn.execute(sql, (*args, iso_day(period_start, "period start")))]


def _rollup_range(date_from: str | date | None, date_to: str | date | None, team: str | None,
                 rule: str | None) -> tuple[str, list[Any]]:
    parts, args = ["1"], []
    for cond, value in (("u.date >= ?", iso_day(date_from, "from date")), ("u.date <= ?", iso_day(date_to, "to date")),
                        ("u.team = ?", team), ("u.rule = ?", rule)):
        if value:
            parts.append(cond)
            args.append(value)
    return " AND ".join(parts), args


def rule_failure_trend(conn: sqlite3.Connection, period: str = "week", date_from: str | date | None = None,
                       date_to: str | date | None = None, agent: str | None = None, team: str | None = None,
                       rule: str | None = None) -> list[RuleRatePoint]:
    """Per period and rule: failed vs applicable calls (effective verdicts; `na` excluded).

    Overall and per team this reads the per-day roll-up; one agent's calls
    are few enough to count from the rule results themselves.
    """
    col = _check("all", period)
    if agent:
        cond, args = scored_where(date_from, date_to, agent, team)
        if rule:
            cond += " AND r.rule = ?"
            args.append(rule)
        sql = (f"SELECT {col}, r.rule, max(r.title), sum(r.final_status = 'fail'),"
               " sum(r.final_status != 'na') FROM call_summary s JOIN rule_results r ON r.score_id = s.score_id"
               f" WHERE {cond} GROUP BY {col}, r.rule ORDER BY {col}, r.rule")
    else:
        cond, args = _rollup_range(date_from, date_to, team, rule)
        col = "u." + col[2:]
        sql = (f"SELECT {col}, u.rule, max(u.title), sum(u.n_fail), sum(u.n_applicable) FROM rule_rollup u"
               f" WHERE {cond} GROUP BY {col}, u.rule HAVING sum(u.n_applicable) > 0 OR sum(u.n_fail) > 0"
               f" ORDER BY {col}, u.rule")
    return [RuleRatePoint(p, r, t or r, int(f or 0), int(n or 0)) for p, r, t, f, n in conn.execute(sql, args)]


def rule_failure_rates(conn: sqlite3.Connection, date_from: str | date | None = None,
                       date_to: str | date | None = None, agent: str | None = None,
                       team: str | None = None) -> list[RuleRatePoint]:
    """Failure rate per rule over the whole range, most failed first (period: the range's first day)."""
    if agent:
        cond, args = scored_where(date_from, date_to, agent, team)
        sql = ("SELECT min(s.date), r.rule, max(r.title), sum(r.final_status = 'fail'), sum(r.final_status != 'na')"
               " FROM call_summary s JOIN rule_results r ON r.score_id = s.score_id"
               f" WHERE {cond} GROUP BY r.rule")
    else:
        cond, args = _rollup_range(date_from, date_to, team, None)
        sql = ("SELECT min(u.date), u.rule, max(u.title), sum(u.n_fail), sum(u.n_applicable) FROM rule_rollup u"
               f" WHERE {cond} GROUP BY u.rule HAVING sum(u.n_applicable) > 0 OR sum(u.n_fail) > 0")
    points = [RuleRatePoint(p, r, t or r, int(f or 0), int(n or 0)) for p, r, t, f, n in conn.execute(sql, args)]
    return sorted(points, key=lambda p: (-p.n_fail, p.rule))


def category_mix(conn: sqlite3.Connection, date_from: str | date | None = None, date_to: str | date | None = None,
                 agent: str | None = None, team: str | None = None) -> list[CategoryCount]:
    cond, args = scored_where(date_from, date_to, agent, team)
    rows = conn.execute(f"SELECT s.category, count(*) FROM call_summary s WHERE {cond}"
                        " GROUP BY s.category ORDER BY count(*) DESC, s.category", args).fetchall()
    total = sum(n for _, n in rows) or 1
    return [CategoryCount(c or "other", n, n / total) for c, n in rows]


def agent_ranking(conn: sqlite3.Connection, date_from: str | date | None = None, date_to: str | date | None = None,
                  team: str | None = None, min_calls: int = 1) -> list[AgentRank]:
    """Agents by average score (best first); ties broken by fewer critical failures."""
    cond, args = scored_where(date_from, date_to, None, team)
    sql = ("SELECT s.agent, max(s.team), count(*), avg(s.score), sum(s.n_critical > 0) FROM call_summary s"
           f" WHERE {cond} GROUP BY s.agent HAVING count(*) >= ? ORDER BY avg(s.score) DESC,"
           " sum(s.n_critical > 0) ASC, s.agent")
    return [AgentRank(i + 1, a, t, n, round(avg, 2), int(c or 0))
            for i, (a, t, n, avg, c) in enumerate(conn.execute(sql, (*args, min_calls)))]
