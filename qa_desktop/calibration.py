"""The calibration report: how alike the inspectors read the rules, and where they split.

An *item* is one rule on one call. For each rule, each inspector and the
session as a whole the report gives percent agreement (share of agreeing
inspector pairs on the items both scored) and kappa — the mean of pairwise
Cohen's kappas (Light's kappa), which copes with an inspector who skipped a
call; Fleiss' kappa is given too where every item has the same number of
raters. Agreement with the machine compares each inspector's verdict with the
machine's own (before any override). Calls that split the team are those with
at least one rule the inspectors did not all read the same way, most split
first: the calls to talk through.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from statistics import fmean
from typing import Any

from qa_desktop.agreement import (cohen_kappa, fleiss_from_ratings, mean_pairwise_kappa, pair_labels,
                                  pairwise_agreement, percent_agreement)
from qa_desktop.storage import calibration as store

KAPPA_METHOD = "mean pairwise Cohen's kappa (Light's kappa)"

Item = tuple[int, str]  # (call pk, rule)


@dataclass(slots=True)
class RuleAgreement:
    rule: str
    title: str
    n_calls: int  # calls with two or more inspectors' verdicts on this rule
    agreement: float | None
    kappa: float | None
    fleiss: float | None
    machine_agreement: float | None
    machine_kappa: float | None
    n_split: int  # calls on which the inspectors disagreed


@dataclass(slots=True)
class InspectorAgreement:
    inspector: str
    n_verdicts: int
    agreement: float | None  # with the other inspectors, pair by pair
    kappa: float | None  # mean Cohen's kappa with each other inspector
    machine_agreement: float | None
    machine_kappa: float | None


@dataclass(slots=True)
class SplitRule:
    rule: str
    title: str
    verdicts: dict[str, list[str]]  # status -> inspectors who gave it
    machine: str
    comments: dict[str, str] = field(default_factory=dict)  # inspector -> why

    @property
    def majority(self) -> str:
        """The verdict most inspectors gave ("" on a tie)."""
        counts = sorted(((len(v), k) for k, v in self.verdicts.items()), reverse=True)
        return counts[0][1] if len(counts) == 1 or counts[0][0] > counts[1][0] else ""


@dataclass(slots=True)
class SplitCall:
    pk: int
    call_id: str
    file: str
    agent: str
    date: str
    rules: list[SplitRule] = field(default_factory=list)


@dataclass(slots=True)
class CalibrationReport:
    session: store.Session
    inspectors: list[str]
    n_calls: int
    n_items: int  # rule × call items scored by two or more inspectors
    agreement: float | None
    kappa: float | None
    fleiss: float | None
    machine_agreement: float | None
    rules: list[RuleAgreement]
    by_inspector: list[InspectorAgreement]
    splits: list[SplitCall]
    kappa_method: str = KAPPA_METHOD


def _machine_share(ratings: dict[Item, dict[str, str]], machine: dict[Item, str],
                   only: str | None = None) -> float | None:
    pairs = [(label, machine[item]) for item, by in ratings.items() if item in machine
             for who, label in by.items() if only is None or who == only]
    return percent_agreement([a for a, _ in pairs], [b for _, b in pairs]) if pairs else None


def _machine_kappa(ratings: dict[Item, dict[str, str]], machine: dict[Item, str], who: str) -> float | None:
    a, b = [], []
    for item, by in ratings.items():
        if who in by and item in machine:
            a.append(by[who])
            b.append(machine[item])
    return cohen_kappa(a, b)


def _mean(values: list[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return fmean(vals) if vals else None


def build_report(db: Any, session: int | str) -> CalibrationReport:
    conn = db.conn
    sess = store.session(conn, session)
    calls = store.session_calls(conn, sess.id)
    machine_rows = store.machine_verdicts(conn, sess.id)
    machine = {item: v[0] for item, v in machine_rows.items()}
    titles = {rule: v[1] or rule for (_, rule), v in machine_rows.items()}
    order = {rule: i for i, rule in enumerate(dict.fromkeys(r for _, r in machine_rows))}
    ratings: dict[Item, dict[str, str]] = defaultdict(dict)
    comments: dict[Item, dict[str, str]] = defaultdict(dict)
    for pk, rule, inspector, status, comment in store.all_verdicts(conn, sess.id):
        ratings[(pk, rule)][inspector] = status
        if comment:
            comments[(pk, rule)][inspector] = comment
    inspectors = sorted({w for by in ratings.values() for w in by})
    shared = {item: by for item, by in ratings.items() if len(by) >= 2}

    rules = []
    for rule in sorted({r for _, r in ratings}, key=lambda r: (order.get(r, len(order)), r)):
        mine = {item: by for item, by in ratings.items() if item[1] == rule}
        both = {item: by for item, by in mine.items() if len(by) >= 2}
        rules.append(RuleAgreement(
            rule, titles.get(rule, rule), len(both), pairwise_agreement(both), mean_pairwise_kappa(both),
            fleiss_from_ratings(both), _machine_share(mine, machine),
            _mean([_machine_kappa(mine, machine, w) for w in inspectors]),
            sum(len(set(by.values())) > 1 for by in both.values())))

    people = []
    for who in inspectors:
        agree = total = 0
        for by in shared.values():
            if who in by:
                for other, label in by.items():
                    if other != who:
                        agree += label == by[who]
                        total += 1
        kappas = [cohen_kappa(*pair_labels(ratings, who, other)) for other in inspectors if other != who]
        people.append(InspectorAgreement(
            who, sum(who in by for by in ratings.values()), agree / total if total else None, _mean(kappas),
            _machine_share(ratings, machine, only=who), _machine_kappa(ratings, machine, who)))

    info = {c.pk: c for c in calls}
    splits: dict[int, SplitCall] = {}
    for (pk, rule), by in sorted(shared.items(), key=lambda kv: (kv[0][0], order.get(kv[0][1], 0))):
        if len(set(by.values())) < 2:
            continue
        c = info.get(pk)
        split = splits.setdefault(pk, SplitCall(pk, c.call_id if c else "", c.file if c else "",
                                                c.agent if c else "", c.date if c else ""))
        verdicts: dict[str, list[str]] = {}
        for who, status in sorted(by.items()):
            verdicts.setdefault(status, []).append(who)
        split.rules.append(SplitRule(rule, titles.get(rule, rule), verdicts, machine.get((pk, rule), ""),
                                     dict(comments.get((pk, rule), {}))))
    position = {c.pk: i for i, c in enumerate(calls)}
    return CalibrationReport(
        sess, inspectors, len(calls), len(shared), pairwise_agreement(shared), mean_pairwise_kappa(shared),
        fleiss_from_ratings(shared), _machine_share(ratings, machine), rules, people,
        sorted(splits.values(), key=lambda s: (-len(s.rules), position.get(s.pk, 0))))


