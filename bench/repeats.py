"""Repeat-contact and calibration queries at scale, with ratios against today's queries in the same run.

    python bench/repeats.py [--calls 100000]

Builds a database of N calls (SQL copies of one real sample call, spread over
250 agents, 12 teams and 300 days, as the UI tests do), gives two in five
calls a phone number shared with the neighbouring calls, links them all, then
times (median of 7 runs):

- repeat_rates per agent / team / category over a year (what the Trends tab and
  scorecards read) against agent_ranking over the same range (a query the
  Trends page already runs at this size: the baseline);
- linked_calls for one call (the review screen) against load_call (which the
  review screen already does for every call);
- storing a call with its repeat links against storing it without them;
- the full relink (a new window) and one call's key scan (backfill cost per call).

FLOOR: every read stays within a few times the baseline; none blocks the UI
thread because the app runs them on pool threads (tests/test_ui_repeats.py
measures the UI thread).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa_desktop.storage import Database  # noqa: E402
from qa_desktop.storage import repeats as rp  # noqa: E402
from tests.repeat_data import grow_repeats, store, truth_transcript  # noqa: E402
from tests.ui_synth import grow  # noqa: E402


def median_ms(fn, runs: int = 7) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=100_000)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp())
    db = Database.open(folder / "bench.sqlite")
    store(db, "20260812_Z3001_900001")
    t = time.perf_counter()
    grow(db, args.calls)
    print(f"built {args.calls:,} calls in {time.perf_counter() - t:.1f} s")
    relink = grow_repeats(db)
    n_links = db.conn.execute("SELECT count(*) FROM repeat_links").fetchone()[0]
    print(f"full relink (a new window): {relink * 1000:.0f} ms, {n_links:,} links")
    conn = db.conn
    year = ("2026-01-01", "2026-12-31")
    base = median_ms(lambda: db.agent_ranking(*year))
    print(f"\nbaseline agent_ranking over a year: {base:.1f} ms")
    for group in ("agent", "team", "category", "all"):
        ms = median_ms(lambda g=group: rp.repeat_rates(conn, g, *year))
        print(f"repeat_rates per {group:<9} {ms:7.1f} ms   ratio {ms / base:5.2f}")
    ms = median_ms(lambda: rp.repeat_rates(conn, "category", *year, agent="A007"))
    print(f"repeat_rates one agent     {ms:7.1f} ms   ratio {ms / base:5.2f}")

    load = median_ms(lambda: db.load_call(30), runs=21)
    linked = median_ms(lambda: rp.linked_calls(conn, 30), runs=21)
    print(f"\nreview screen: load_call {load:.2f} ms, linked_calls {linked:.2f} ms   ratio {linked / load:.2f}")

    from qa_desktop.rules import default_pack_for
    from qa_desktop.scoring import score

    pack = default_pack_for("zh")
    items = []
    for i in range(40):
        tr = truth_transcript("20260815_Z3005_900008", day="2026-06-01", tag=f"-bench{i}", phone=f"1390000{i:04d}")
        items.append((tr, score(tr, pack)))

    def save(batch) -> None:  # noqa: ANN001
        for tr, sc in batch:
            db.save_call(tr, sc, pack)

    original = rp.link_call
    rp.link_call = lambda conn, pk: None  # noqa: E731 - storing as before repeat contacts
    t = time.perf_counter()
    save(items[:20])
    without = (time.perf_counter() - t) * 1000 / 20
    rp.link_call = original
    t = time.perf_counter()
    save(items[20:])
    with_links = (time.perf_counter() - t) * 1000 / 20
    print(f"\nstoring a call: {without:.1f} ms without links, {with_links:.1f} ms with   ratio {with_links / without:.2f}")
    pk = db.conn.execute("SELECT max(id) FROM calls").fetchone()[0]
    scan = median_ms(lambda: rp.scan_call(conn, pk), runs=50)
    print(f"backfill: one call's keys read in {scan:.2f} ms -> about {scan * args.calls / 1000:.0f} s "
          f"for {args.calls:,} calls of this length (batches of {rp.BACKFILL_BATCH}, resumable)")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
