"""The last lines of an audit: what a team lead needs to find and trust the results.

After a long batch the progress lines have scrolled away; what is left on the
screen must say which rule pack scored the calls, where the database and the
reports went, and how each agent did (calls, average score, calls with a
critical failure), without opening the app. Built from the batch's per-call
reports (the JSON shape of `domain.call_report`), so it counts this batch's
calls (stored now or already stored), not the whole database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from qa_desktop.plural import plural, rule_label


def _scored(reports: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in reports if not r.get("error") and r.get("score") is not None]


def pack_line(reports: Iterable[dict[str, Any]]) -> str:
    """"Rule pack: zh-ecommerce 1.1 (3 calls)" — one entry per pack and version that scored a call."""
    packs = Counter(f"{r.get('pack')} {r.get('pack_version') or ''}".strip() for r in _scored(reports))
    if not packs:
        return "Rule pack: none (no call was scored)"
    label = "Rule pack" if len(packs) == 1 else "Rule packs"
    return f"{label}: " + ", ".join(f"{name} ({plural(n, 'call')})" for name, n in sorted(packs.items()))


def where_lines(db_path: str | Path | None, outputs: dict[str, str | None]) -> list[str]:
    """Where the database and each report (kind → path, None when not asked for) went."""
    lines = [f"Database: {Path(db_path).resolve() if db_path else 'in memory'}"]
    written = [f"{kind} {Path(path).resolve()}" for kind, path in outputs.items() if path]
    lines.append("Reports: " + (", ".join(written) if written else "none written (--json OUT, --csv OUT)"))
    return lines


def agent_table(reports: Iterable[dict[str, Any]]) -> list[str]:
    """A plain-text table: agent, calls, average score, calls with a critical failure (worst first)."""
    by_agent: dict[str, list[dict[str, Any]]] = {}
    for r in _scored(reports):
        by_agent.setdefault(r.get("agent") or "?", []).append(r)
    if not by_agent:
        return []
    rows = []
    for agent, calls in by_agent.items():
        avg = sum(float(c["score"]) for c in calls) / len(calls)
        critical = sum(1 for c in calls if c.get("critical_failed"))
        rows.append((agent, len(calls), avg, critical))
    rows.sort(key=lambda row: (row[2], row[0]))
    width = max(len("Agent"), *(len(r[0]) for r in rows))
    head = f"{'Agent':<{width}}  {'Calls':>5}  {'Average score':>13}  {'Critical failures':>17}"
    return [head] + [f"{a:<{width}}  {n:>5}  {avg:>13.1f}  {c:>17}" for a, n, avg, c in rows]


def critical_labels(report: dict[str, Any]) -> str:
    """The critical rules a call failed, each id with its title ("forbidden (服务禁语)")."""
    titles = {r.get("rule"): r.get("title") for r in report.get("results") or []}
    return ", ".join(rule_label(rule, titles.get(rule)) for rule in report.get("critical_failed") or [])


def closing_lines(reports: list[dict[str, Any]], db_path: str | Path | None,
                  outputs: dict[str, str | None]) -> list[str]:
    return [pack_line(reports), *where_lines(db_path, outputs), *agent_table(reports)]
