"""Rule failure counts per rule *pack*, for the rule-failure chart.

Two packs may share rule ids (`greeting` in the Chinese and the English pack):
the per-day `rule_rollup` adds them up under one title, so English calls were
counted under 开场白. This roll-up keeps them apart, one row per day, team,
pack and rule, and remembers whether the rule is informational (it is shown as
found / not found, never as failing). It is moved with the same incremental
take-back-then-add as `rule_rollup`, from `summary.refresh_summary`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from qa_desktop.rules.informational import INFORMATIONAL_SQL
from qa_desktop.storage.periods import iso_day, period_column, scored_where

TABLE = "rule_rollup_pack"

SCHEMA = f"""
CREATE TABLE {TABLE} (
    date TEXT NOT NULL,
    week TEXT NOT NULL,
    month TEXT NOT NULL,
    team TEXT NOT NULL,
    pack TEXT NOT NULL,
    rule TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    informational INTEGER NOT NULL DEFAULT 0,
    n_fail INTEGER NOT NULL DEFAULT 0,
    n_applicable INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (date, team, pack, rule)
) WITHOUT ROWID;
"""

_BACKFILL = f"""
INSERT INTO {TABLE} (date, week, month, team, pack, rule, title, informational, n_fail, n_applicable)
SELECT s.date, s.week, s.month, s.team, p.name, r.rule, max(r.title), max({INFORMATIONAL_SQL.format(r="r")}),
       sum(r.final_status = 'fail'), sum(r.final_status != 'na')
FROM call_summary s JOIN scores sc ON sc.id = s.score_id JOIN rule_packs p ON p.id = sc.pack_id
JOIN rule_results r ON r.score_id = s.score_id
GROUP BY s.date, s.team, p.name, r.rule
"""


def create(conn: sqlite3.Connection) -> None:
    """The table, filled from the verdicts already stored (the schema migration)."""
    conn.execute(SCHEMA)
    conn.execute(_BACKFILL)


def exists(conn: sqlite3.Connection) -> bool:
    """False while older migrations run (before the table is created)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone() is not None


def pack_of(conn: sqlite3.Connection, score_id: int | None) -> str | None:
    if score_id is None:
        return None
    row = conn.execute("SELECT p.name FROM scores sc JOIN rule_packs p ON p.id = sc.pack_id WHERE sc.id = ?",
                       (score_id,)).fetchone()
    return row[0] if row else None


def move(conn: sqlite3.Connection, day: str, week: str, month: str, team: str, score_id: int | None,
         rules: dict[str, list[str]], sign: int) -> None:
    """Add (sign=1) or take back (sign=-1) one call's verdicts (rule -> [status, title]) under its pack."""
    pack = pack_of(conn, score_id)
    if pack is None or not rules:
        return
    info = {rule: int(flag) for rule, flag in conn.execute(
        f"SELECT r.rule, {INFORMATIONAL_SQL.format(r='r')} FROM rule_results r WHERE r.score_id = ?", (score_id,))}
    # adding names the rule as it is now (title, informational); taking back leaves both as they are
    keep = ", title = excluded.title, informational = excluded.informational" if sign > 0 else ""
    conn.executemany(
        f"""INSERT INTO {TABLE} (date, week, month, team, pack, rule, title, informational, n_fail, n_applicable)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (date, team, pack, rule) DO UPDATE SET n_fail = n_fail + excluded.n_fail,
               n_applicable = n_applicable + excluded.n_applicable{keep}""",
        [(day, week, month, team, pack, rule, title, info.get(rule, 0), sign * (status == "fail"),
          sign * (status != "na")) for rule, (status, title) in rules.items()],
    )


@dataclass(slots=True)
class PackRulePoint:
    """One rule of one pack in one period: failed (for an informational rule: not found) vs applicable calls."""

    period: str
    pack: str
    rule: str
    title: str
    n_fail: int
    n_applicable: int
    informational: bool = False

    @property
    def rate(self) -> float:
        return self.n_fail / self.n_applicable if self.n_applicable else 0.0

    @property
    def found_rate(self) -> float:
        """An informational rule's share of calls where it was found (its `pass`)."""
        return 1.0 - self.rate if self.n_applicable else 0.0

    @property
    def series(self) -> str:
        """The chart series this point belongs to: one per pack and rule."""
        return f"{self.pack}\x1f{self.rule}"


def rule_trend_by_pack(conn: sqlite3.Connection, period: str = "week", date_from: str | date | None = None,
                       date_to: str | date | None = None, agent: str | None = None,
                       team: str | None = None) -> list[PackRulePoint]:
    """Per period, pack and rule: failed vs applicable calls (effective verdicts; `na` excluded).

    Overall and per team this reads the roll-up; one agent's calls are counted from their verdicts."""
    col = period_column(period, "trend")
    if agent:
        cond, args = scored_where(date_from, date_to, agent, team)
        sql = (f"SELECT {col}, p.name, r.rule, max(r.title), max({INFORMATIONAL_SQL.format(r='r')}),"
               " sum(r.final_status = 'fail'), sum(r.final_status != 'na') FROM call_summary s"
               " JOIN scores sc ON sc.id = s.score_id JOIN rule_packs p ON p.id = sc.pack_id"
               f" JOIN rule_results r ON r.score_id = s.score_id WHERE {cond}"
               f" GROUP BY {col}, p.name, r.rule ORDER BY {col}, p.name, r.rule")
    else:
        parts, args = ["1"], []
        for cond, value in (("u.date >= ?", iso_day(date_from, "from date")),
                            ("u.date <= ?", iso_day(date_to, "to date")), ("u.team = ?", team)):
            if value:
                parts.append(cond)
                args.append(value)
        col = "u." + col[2:]
        sql = (f"SELECT {col}, u.pack, u.rule, max(u.title), max(u.informational), sum(u.n_fail),"
               f" sum(u.n_applicable) FROM {TABLE} u WHERE {' AND '.join(parts)}"
               f" GROUP BY {col}, u.pack, u.rule HAVING sum(u.n_applicable) > 0 OR sum(u.n_fail) > 0"
               f" ORDER BY {col}, u.pack, u.rule")
    return [PackRulePoint(p, pack, r, t or r, int(f or 0), int(n or 0), bool(i))
            for p, pack, r, t, i, f, n in conn.execute(sql, args)]


def calls_failing(db: Any, period: str, period_start: str, pack: str, rule: str, agent: str | None = None,
                  team: str | None = None, status: str = "fail") -> list[int]:
    """Calls of one period scored with `pack` whose effective verdict for `rule` is `status` (what a
    point of the chart counted: failures, or for an informational rule the calls where it was found)."""
    where, args = scored_where(agent=agent, team=team)
    return [r[0] for r in db.conn.execute(
        "SELECT s.call_pk FROM call_summary s JOIN scores sc ON sc.id = s.score_id"
        " JOIN rule_packs p ON p.id = sc.pack_id JOIN rule_results r ON r.score_id = s.score_id"
        f" WHERE {where} AND {period_column(period)} = ? AND p.name = ? AND r.rule = ? AND r.final_status = ?"
        " ORDER BY s.date, s.call_pk", (*args, iso_day(period_start, "period start"), pack, rule, status))]
