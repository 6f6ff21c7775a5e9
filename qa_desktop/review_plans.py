"""Review plans: which calls a team lead hands out for review, and in which order.

A plan draws calls with a `SamplePlan` (sampling.py: random per agent-week,
critical failures, low scores, least sure verdicts, and whatever methods are
added there later) and orders them; the order is the order each inspector's
queue is worked in. Plans are looked up by key in `PLANS`, so another part of
the app (an "at risk first" plan, say) adds itself with `register_plan`
without the workload page or the CLI knowing about it. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from qa_desktop.errors import QAError
from qa_desktop.sampling import SampledCall, SamplePlan, build_queue

DrawFn = Callable[[Any, SamplePlan], list[SampledCall]]


@dataclass(frozen=True, slots=True)
class ReviewPlan:
    key: str
    title: str  # English; the UI shows its own translation when it has one
    draw: DrawFn


PLANS: dict[str, ReviewPlan] = {}


def register_plan(key: str, title: str, draw: DrawFn) -> None:
    """Add (or replace) a plan; it appears in the workload page and `qa-desktop assign --plan`."""
    PLANS[key] = ReviewPlan(key, title, draw)


def draw_plan(db: Any, key: str, sample: SamplePlan) -> list[SampledCall]:
    """The calls of plan `key` over a storage Database, in review order, each once."""
    plan = PLANS.get(key)
    if plan is None:
        raise QAError("review plan", f"unknown plan {key!r} (use {', '.join(PLANS)})")
    return plan.draw(db, sample)


def _sample(db: Any, sample: SamplePlan) -> list[SampledCall]:
    return build_queue(db, sample)


def _critical_first(db: Any, sample: SamplePlan) -> list[SampledCall]:
    """Every call with a failed critical rule in the range first (oldest first), then the sample's others:
    a critical failure can cost a customer, so it is heard before the routine sample."""
    methods = sample.methods if "critical" in sample.methods else (*sample.methods, "critical")
    calls = build_queue(db, replace(sample, methods=methods))
    return [c for c in calls if c.n_critical > 0] + [c for c in calls if c.n_critical <= 0]


register_plan("sample", "The sample as drawn", _sample)
register_plan("critical_first", "Critical failures first", _critical_first)
