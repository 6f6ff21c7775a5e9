"""Records the storage layer hands to the GUI, the CLI and exports.

Plain dataclasses (no sqlite rows) so callers never depend on column order
and the GUI can keep them after the connection is gone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date

from qa_desktop.domain import CallScore, Transcript

CALL_STATUSES: tuple[str, ...] = ("to-review", "reviewed", "disputed")
GROUPS: tuple[str, ...] = ("agent", "team", "all")
PERIODS: tuple[str, ...] = ("day", "week", "month")


@dataclass(slots=True)
class CallFilter:
    """What the call list shows; every field left as None does not filter."""

    agent: str | None = None
    team: str | None = None
    date_from: str | Date | None = None  # inclusive, YYYY-MM-DD
    date_to: str | Date | None = None  # inclusive
    score_min: float | None = None
    score_max: float | None = None
    status: str | None = None
    category: str | None = None
    failed_rule: str | None = None
    text: str | None = None  # full-text search over the transcript
    language: str | None = None  # language heard in the call (zh, en; zh-CN counts as zh)
    pks: tuple[int, ...] | None = None  # exactly these calls (behind a chart point, a sample)
    escalation: str | None = None  # none | low | high; "at-risk": low or high


@dataclass(slots=True)
class CallRow:
    """One line of the call list."""

    pk: int
    file: str
    call_id: str
    agent: str
    team: str
    date: str
    duration: float
    language: str
    score: float | None  # effective (after inspector overrides)
    machine_score: float | None
    n_critical: int
    category: str
    status: str
    escalation: str = ""  # none | low | high; "" in calls scored before escalation was assessed
    escalation_score: float | None = None


@dataclass(slots=True)
class Override:
    rule: str
    status: str
    comment: str
    inspector: str
    at: str


@dataclass(slots=True)
class Review:
    """An inspector's action on a call: who, when, what changed, why."""

    inspector: str
    at: str
    action: str  # override | sign_off | status
    changes: dict
    comment: str


@dataclass(slots=True)
class StoredCall:
    pk: int
    file: str
    status: str
    transcript: Transcript
    machine: CallScore | None
    effective: CallScore | None
    overrides: list[Override] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    pack_name: str = ""
    pack_hash: str = ""


@dataclass(slots=True)
class TrendPoint:
    """One point of a score trend; `calls_for_point` lists the calls behind it."""

    period: str  # first day of the period, YYYY-MM-DD
    key: str  # agent, team, or "all"
    avg_score: float
    n_calls: int


@dataclass(slots=True)
class RuleRatePoint:
    period: str
    rule: str
    title: str
    n_fail: int
    n_applicable: int  # pass + fail (na does not count)

    @property
    def rate(self) -> float:
        return self.n_fail / self.n_applicable if self.n_applicable else 0.0


@dataclass(slots=True)
class CategoryCount:
    category: str
    n_calls: int
    share: float


@dataclass(slots=True)
class AgentRank:
    rank: int
    agent: str
    team: str
    n_calls: int
    avg_score: float
    critical_failures: int  # calls with at least one critical rule failed


@dataclass(slots=True)
class QueueItem:
    id: int
    path: str
    state: str  # queued | running | done | failed | cancelled
    error: str
    call_pk: int | None
