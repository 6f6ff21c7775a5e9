"""Kappa against textbook examples computed by hand."""

from __future__ import annotations

from collections import Counter

import pytest

from qa_desktop.agreement import (cohen_kappa, fleiss_from_ratings, fleiss_kappa, mean_pairwise_kappa,
                                  pairwise_agreement, percent_agreement)


def test_cohens_kappa_of_the_textbook_grant_proposals() -> None:
    """Two readers, 50 proposals: both yes 20, A yes B no 5, A no B yes 10, both no 15.
    p_o = 35/50 = 0.7; A says yes 25/50, B 30/50, so p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = 0.2/0.5 = 0.4."""
    a = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert percent_agreement(a, b) == pytest.approx(0.7)
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert cohen_kappa(b, a) == pytest.approx(0.4)


def test_fleiss_kappa_of_fleiss_worked_example() -> None:
    """14 raters put 10 subjects in 5 categories (the worked example in Fleiss' kappa's literature):
    P̄ = 0.378, P̄e = 0.213, κ = 0.210."""
    table = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
             [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]
    counts = [Counter({j: n for j, n in enumerate(row) if n}) for row in table]
    assert fleiss_kappa(counts) == pytest.approx(0.20993, abs=1e-5)


# three inspectors, one rule, four calls (the calibration test's greeting verdicts)
RATINGS = {1: {"A": "pass", "B": "pass", "C": "pass"}, 2: {"A": "fail", "B": "fail", "C": "fail"},
           3: {"A": "pass", "B": "pass", "C": "fail"}, 4: {"A": "pass", "B": "fail", "C": "pass"}}


def test_three_inspectors_by_hand() -> None:
    # A says pass 3 of 4, B and C 2 of 4. A–B: p_o 3/4, p_e (3·2 + 1·2)/16 = 1/2 → κ 1/2;
    # A–C: p_o 3/4, p_e 1/2 → κ 1/2; B–C: p_o 2/4, p_e (2·2 + 2·2)/16 = 1/2 → κ 0
    assert mean_pairwise_kappa(RATINGS) == pytest.approx((1 / 2 + 1 / 2 + 0) / 3)
    assert pairwise_agreement(RATINGS) == pytest.approx(8 / 12)  # 3 + 3 + 1 + 1 agreeing pairs of 12
    # Fleiss: P_i = 1, 1, 1/3, 1/3 → P̄ = 2/3; p_pass = 7/12, p_fail = 5/12 → P̄e = 74/144
    assert fleiss_from_ratings(RATINGS) == pytest.approx((2 / 3 - 74 / 144) / (1 - 74 / 144))


def test_undefined_kappa_is_none_not_a_number() -> None:
    assert cohen_kappa(["pass"] * 5, ["pass"] * 5) is None  # all chance: nothing to measure
    assert cohen_kappa([], []) is None and percent_agreement([], []) is None
    assert fleiss_kappa([Counter(pass_=2), Counter(pass_=3)]) is None  # raters per item differ
    assert mean_pairwise_kappa({1: {"A": "pass"}}) is None
    assert cohen_kappa(["pass", "fail"], ["fail", "pass"]) == pytest.approx(-1.0)
    with pytest.raises(ValueError):
        percent_agreement(["pass"], [])
