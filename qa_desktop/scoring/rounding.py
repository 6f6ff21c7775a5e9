"""`round(x, digits)` without its cost where the answer is `x` itself.

A float rounded to some decimals goes through a decimal conversion and back (CPython's
correctly rounded `round`, ≈1 µs); most points, section scores and category totals are
whole numbers, which that rounding returns unchanged (sign of zero included). Scoring rounds
a few dozen figures per call, so skipping the conversion for those is worth its one test.
"""

from __future__ import annotations


def rounded(x: float, digits: int) -> float:
    """`round(x, digits)` (digits ≥ 0), always a float: an int is rounded as the float it equals, as the
    compiled scorer (packaging/native.py) takes it, so both store the same figures."""
    return x if type(x) is float and x.is_integer() else round(float(x), digits)
