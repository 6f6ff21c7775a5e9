"""Sampling review queues over a real SQLite file with known calls."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_desktop.errors import QAError
from qa_desktop.sampling import METHODS, SamplePlan, build_queue
from tests.ui_synth import Spec, build

# Two agents; Z3001 has 5 calls in the week of 2 March and 1 the next week, Z3002 has 3 + 0.
SPECS = [
    *(Spec("Z3001", "East", f"2026-03-0{d}", s, confidence=c)
      for d, s, c in ((2, 90, 0.9), (3, 85, 0.8), (4, 40, 0.3), (5, 75, 0.95), (6, 95, 0.6))),
    Spec("Z3001", "East", "2026-03-10", 88, critical=True),
    *(Spec("Z3002", "West", f"2026-03-0{d}", s, confidence=c) for d, s, c in ((2, 55, 0.5), (3, 80, 0.7), (4, 82, 0.99))),
]


@pytest.fixture
def db(tmp_path: Path):
    database, pks = build(tmp_path / "qa.sqlite", SPECS)
    database.pks = pks
    yield database
    database.close()


def test_random_sample_takes_n_per_agent_per_week_and_is_reproducible(db) -> None:
    plan = SamplePlan(methods=("random",), per_agent_week=2, seed=42)
    queue = build_queue(db, plan)
    groups: dict[tuple[str, str], int] = {}
    for c in queue:
        groups[(c.agent, c.week)] = groups.get((c.agent, c.week), 0) + 1
    assert groups == {("Z3001", "2026-03-02"): 2, ("Z3001", "2026-03-09"): 1, ("Z3002", "2026-03-02"): 2}
    assert [c.pk for c in build_queue(db, plan)] == [c.pk for c in queue]  # same seed, same sample
    other_seeds = {tuple(c.pk for c in build_queue(db, SamplePlan(methods=("random",), per_agent_week=2, seed=s)))
                   for s in range(10)}
    assert len(other_seeds) > 1  # the seed really drives the picks


def test_critical_below_and_low_confidence(db) -> None:
    pks = db.pks
    assert [c.pk for c in build_queue(db, SamplePlan(methods=("critical",)))] == [pks[5]]
    below = build_queue(db, SamplePlan(methods=("below",), below_score=60))
    assert [(c.pk, c.score) for c in below] == [(pks[2], 40.0), (pks[6], 55.0)]  # lowest score first
    unsure = build_queue(db, SamplePlan(methods=("low_confidence",), lowest_confidence=3))
    assert [(c.pk, c.confidence) for c in unsure] == [(pks[2], 0.3), (pks[6], 0.5), (pks[4], 0.6)]


def test_methods_combine_without_duplicates_and_say_why(db) -> None:
    queue = build_queue(db, SamplePlan(methods=METHODS, per_agent_week=1, below_score=60, lowest_confidence=2))
    assert len({c.pk for c in queue}) == len(queue)
    low = next(c for c in queue if c.pk == db.pks[2])
    assert {"below", "low_confidence"} <= set(low.reasons)


def test_date_range_and_reviewed_calls(db) -> None:
    queue = build_queue(db, SamplePlan(methods=("below",), below_score=100, date_from="2026-03-09"))
    assert [c.pk for c in queue] == [db.pks[5]]
    db.sign_off(db.pks[2], "Wang Fang")
    queue = build_queue(db, SamplePlan(methods=("below",), below_score=60, only_to_review=True))
    assert [c.pk for c in queue] == [db.pks[6]]


def test_a_bad_plan_is_explained() -> None:
    with pytest.raises(QAError, match="at least one"):
        build_queue(None, SamplePlan(methods=()))
    with pytest.raises(QAError, match="unknown method"):
        build_queue(None, SamplePlan(methods=("everything",)))
