"""rounding.rounded gives what round() gives (scores, totals and confidences are stored and compared); an
int comes back as the float round() gives for it, as the compiled scorer (packaging/native.py) returns it."""

from __future__ import annotations

import math
import random
import struct

import pytest

from qa_desktop.scoring.rounding import rounded


def _same(a: float, b: float) -> bool:
    return type(a) is type(b) and (a == b or math.isnan(a) and math.isnan(b)) and math.copysign(1, a) == math.copysign(1, b)


@pytest.mark.parametrize("x", [0.0, -0.0, 1.0, -7.0, 100.0, 2.5, 0.125, 66.66666666666667, 2.8000000000000003, 1e16,
                               1e300, -1e300, 1e-300, math.inf, -math.inf, math.nan, 0, 5, -3])
@pytest.mark.parametrize("digits", [0, 1, 2, 3])
def test_rounded_is_round(x: float, digits: int) -> None:
    assert _same(rounded(x, digits), round(float(x), digits))


def test_rounded_is_round_on_many_floats() -> None:
    rng = random.Random(13)
    xs = ([rng.uniform(-1000, 1000) for _ in range(3000)] + [float(rng.randint(-10**6, 10**6)) for _ in range(3000)]
          + [rng.randint(0, 400) / 4 for _ in range(3000)]  # halves and quarters: ties to even
          + [struct.unpack("d", struct.pack("Q", rng.getrandbits(63)))[0] for _ in range(3000)])
    assert [x for x in xs for d in (1, 2, 3) if not _same(rounded(x, d), round(x, d))] == []
