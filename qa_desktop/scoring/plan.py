"""What a rule's verdict needs that does not depend on the call, worked out on the rule's first call.

Why: a keyword-only call is scored in about a millisecond, and each of a pack's
rules used to re-derive its constants on every call — its points, its window's
anchor, whose speech it looks at, the clauses of its "not found" / "none of"
notes rendered from the catalogue again and again. A plan holds them once per
compiled pack (`CompiledPack.plans`), so a rule's per-call work is its search
and the clauses that name what this call said.

Messages held here are shared by every verdict that uses them, like `ROLE`:
they are read (rendered, stored as JSON), never changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qa_desktop.rules.model import Rule
from qa_desktop.scoring.messages import Message, msg


@dataclass(slots=True)
class RulePlan:
    max_points: float
    critical: bool
    present: bool  # phrase rules: a step that must be found (not forbidden phrases)
    event: str | None  # the window's event ("hold"), its anchor rule, its first / last seconds
    anchor_rule: str | None
    anchored: bool  # hits name the stretch they were in (around holds or another rule's hits)
    first: float | None
    last: float | None
    fixed_where: Message | None = None  # first / last N seconds, when the call is long enough
    # clauses built on first use: key → (message, English) or a tuple of them
    clauses: dict[Any, Any] = field(default_factory=dict)


def plan_of(rule: Rule, compiled: Any) -> RulePlan:
    """The rule's plan in this compiled pack (built once)."""
    plan = compiled.plans.get(rule.id)
    if plan is None:
        plan = compiled.plans[rule.id] = _build(rule)
    return plan


def _build(rule: Rule) -> RulePlan:
    w = rule.window
    anchor = w.anchor if w is not None else None
    event = w.event if w is not None else None
    first = w.first if w is not None else None
    last = w.last if w is not None else None
    fixed = None
    if first is not None:
        fixed = msg("window.first", seconds=first)
    elif last is not None:
        fixed = msg("window.last", seconds=last)
    return RulePlan(
        max_points=0.0 if rule.informational else rule.points,
        critical=rule.critical and not rule.informational,
        present=rule.expect == "present",
        event=event,
        anchor_rule=w.rule if w is not None else None,
        anchored=anchor is not None,
        first=first,
        last=last,
        fixed_where=fixed,
    )
