"""Inter-rater agreement for calibration: percent agreement, Cohen's and Fleiss' kappa.

Percent agreement alone flatters a rule that nearly always passes: two
inspectors who both say "pass" 95 % of the time agree 90 % by chance. Kappa
takes that chance agreement out: κ = (p_o − p_e) / (1 − p_e).

- Cohen's kappa compares two raters on the items both rated; each rater's
  own category frequencies give the chance agreement.
- Several inspectors: the app reports the *mean pairwise Cohen's kappa*
  (Light's kappa) because in a calibration session not every inspector scores
  every call, and a pair only counts the items both scored. Fleiss' kappa is
  also given where it is defined (every item rated by the same number of
  raters, at least two).

Kappa is undefined (None here) when chance agreement is already total
(p_e = 1: everyone used one and the same category for everything) — there is
nothing left to agree on beyond chance, so showing 0 or 1 would mislead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from itertools import combinations
from statistics import fmean

Label = Hashable


def percent_agreement(a: Sequence[Label], b: Sequence[Label]) -> float | None:
    """Share of items on which two raters gave the same label (None without items)."""
    if len(a) != len(b):
        raise ValueError("both raters need one label per item")
    if not a:
        return None
    return sum(x == y for x, y in zip(a, b)) / len(a)


def cohen_kappa(a: Sequence[Label], b: Sequence[Label]) -> float | None:
    """Cohen's kappa of two raters over the same items (label lists in item order)."""
    p_o = percent_agreement(a, b)
    if p_o is None:
        return None
    n = len(a)
    ca, cb = Counter(a), Counter(b)
    p_e = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if p_e >= 1.0 - 1e-12:
        return None
    return (p_o - p_e) / (1.0 - p_e)


def fleiss_kappa(counts: Sequence[Mapping[Label, int]]) -> float | None:
    """Fleiss' kappa from per-item category counts (each item rated by the same number of raters ≥ 2).

    `counts[i][category]` is how many raters put item i in that category.
    Returns None when it is not defined (raters per item differ, fewer than
    two, no items, or all ratings in one category).
    """
    if not counts:
        return None
    n = sum(counts[0].values())
    if n < 2 or any(sum(c.values()) != n for c in counts):
        return None
    items = len(counts)
    totals: Counter[Label] = Counter()
    for c in counts:
        totals.update(c)
    p_j = {k: v / (items * n) for k, v in totals.items()}
    p_e = sum(p * p for p in p_j.values())
    p_i = [(sum(v * v for v in c.values()) - n) / (n * (n - 1)) for c in counts]
    p_bar = fmean(p_i)
    if p_e >= 1.0 - 1e-12:
        return None
    return (p_bar - p_e) / (1.0 - p_e)


def pairwise_agreement(ratings: Mapping[Hashable, Mapping[Hashable, Label]]) -> float | None:
    """Share of agreeing rater pairs over all items rated by two or more raters.

    `ratings[item][rater] = label`. An item with three raters gives three pairs.
    """
    agree = total = 0
    for by_rater in ratings.values():
        labels = list(by_rater.values())
        for x, y in combinations(labels, 2):
            agree += x == y
            total += 1
    return agree / total if total else None


def pair_labels(ratings: Mapping[Hashable, Mapping[Hashable, Label]], r1: Hashable,
                r2: Hashable) -> tuple[list[Label], list[Label]]:
    """Two raters' labels on the items both rated, in the same order."""
    a, b = [], []
    for by_rater in ratings.values():
        if r1 in by_rater and r2 in by_rater:
            a.append(by_rater[r1])
            b.append(by_rater[r2])
    return a, b


def mean_pairwise_kappa(ratings: Mapping[Hashable, Mapping[Hashable, Label]]) -> float | None:
    """Light's kappa: Cohen's kappa of every rater pair (on the items both rated), averaged.

    Pairs whose kappa is undefined (no shared items, one category only) are left out.
    """
    raters = sorted({r for by_rater in ratings.values() for r in by_rater}, key=str)
    kappas = [k for r1, r2 in combinations(raters, 2)
              if (k := cohen_kappa(*pair_labels(ratings, r1, r2))) is not None]
    return fmean(kappas) if kappas else None


def fleiss_from_ratings(ratings: Mapping[Hashable, Mapping[Hashable, Label]]) -> float | None:
    """Fleiss' kappa over the items rated by two or more raters, when every such item has as many raters."""
    counts = [Counter(by_rater.values()) for by_rater in ratings.values() if len(by_rater) >= 2]
    return fleiss_kappa(counts)
