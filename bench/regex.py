"""Pack regexes: Python's backtracking `re` against RE2 (what scoring uses), on a catastrophic pattern.

`^(\\w+\\s?)*#$` on a turn without '#' takes `re` time that doubles with every
character of a word (a Chinese turn without spaces is one long word); RE2 stays linear. Prints, per turn length, each engine's time
and the ratio re / RE2 measured in the same run; `re` is stopped growing once
one search passes --cap seconds (it would not finish otherwise).

    python bench/regex.py [--cap 2]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desktop.rules.safe_regex import compile_regex  # noqa: E402

PATTERN = r"^(\w+\s?)*#$"


def timed(rx, text: str) -> float:  # noqa: ANN001 - either engine
    start = time.perf_counter()
    rx.search(text)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cap", type=float, default=2.0, help="stop timing re past this many seconds")
    args = parser.parse_args()
    slow, fast = re.compile(PATTERN), compile_regex(PATTERN)
    print(f"pattern {PATTERN!r}; a Chinese turn without '#'")
    print(f"{'chars':>6} {'re (ms)':>12} {'RE2 (ms)':>10} {'re / RE2':>10}")
    re_done = False
    sentence = "您好请问有什么可以帮您的吗我这边查一下您的订单"
    for words in (12, 16, 18, 20, 22, 24, 100, 1000, 10000):
        text = (sentence * (words // len(sentence) + 1))[:words]
        t2 = min(timed(fast, text) for _ in range(5))
        if re_done:
            print(f"{words:>6} {'(not run)':>12} {t2 * 1000:>10.3f} {'-':>10}")
            continue
        t1 = timed(slow, text)
        print(f"{words:>6} {t1 * 1000:>12.1f} {t2 * 1000:>10.3f} {t1 / t2:>10.0f}")
        re_done = t1 > args.cap
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
