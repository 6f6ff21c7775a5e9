"""Storage benchmark: insert rate and chart query times over many stored calls.

    python bench/store.py [--calls 100000] [--db PATH]

FLOOR: a 26-week per-agent trend over 100,000 calls answers in < 200 ms.
Every query is also run the way it would be without the per-call summary
table (joining calls and scores, computing the week in SQL) and the ratio is
printed, measured in the same run on the same file.

Team workflow (issue 15a): 40 % of the calls are assigned to eight inspectors
and 3,000 disputed; the queries behind the Workload and Disputes pages and the
trends' dispute rates are timed against their naive forms (the wide summary
rows instead of the narrow (call, status) index, no index on assignments or
disputes, verdicts counted from rule_results instead of the roll-up) and
against the 26-week per-agent trend (what the window already waits for), in
the same run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa_desktop.domain import (CallMeta, CallScore, Evidence, Metrics, RuleResult, SectionScore,  # noqa: E402
                               Transcript, Utterance)
from qa_desktop.review_plans import draw_plan  # noqa: E402
from qa_desktop.sampling import SamplePlan  # noqa: E402
from qa_desktop.storage import CallFilter, Database, assignments, disputes  # noqa: E402
from qa_desktop.storage.pack_rollup import rule_trend_by_pack  # noqa: E402

RULES = ["greeting", "self_intro", "verify", "apology", "hold_notice", "hold_thanks", "closing", "farewell",
         "forbidden", "dead_air", "interruptions"]
LINES = ["您好，欢迎致电优品生活馆，工号二零六，请问有什么可以帮您？", "我买的衣服尺码不对，我想退款。",
         "好的，麻烦您提供一下订单号。", "请您稍等，我帮您查询一下。", "感谢您的耐心等待。", "还有其他可以帮您的吗？",
         "我的快递三天了还没到。", "Thank you for calling, how can I help you today?"]


@dataclass
class Pack:
    name: str = "bench"
    language: str = "zh"
    version: str = "1"
    content_hash: str = "bench-pack"
    path: str = ""
    source: str = "name: bench\n"


def synthetic(i: int, rng: random.Random, start: date, days: int) -> tuple[Transcript, CallScore]:
    agent = f"A{rng.randrange(200):03d}"
    day = (start + timedelta(days=rng.randrange(days))).isoformat()
    utterances = [Utterance("agent" if k % 2 == 0 else "customer", k * 4.0, k * 4.0 + 3.5, rng.choice(LINES))
                  for k in range(12)]
    results = []
    for rule in RULES:
        status = "fail" if rng.random() < 0.15 else "pass"
        results.append(RuleResult(rule, rule.title(), "s1" if rule < "h" else "s2", status,
                                  0.0 if status == "fail" else 9.0, 9.0, critical=rule == "forbidden",
                                  evidence=[Evidence("agent", 1.0, 3.0, LINES[0], note="bench")]))
    score = sum(r.points for r in results) / 0.99
    critical = [r.rule for r in results if r.critical and r.status == "fail"]
    t = Transcript(f"/calls/{i}.wav", 48.0, "zh", "stereo", utterances, Metrics(),
                   CallMeta(str(i), agent, f"T{int(agent[1:]) % 10}", day), f"hash{i}", "base")
    s = CallScore("bench", "1", "bench-pack", 0.0 if critical else score, [SectionScore("s1", "S1", score, 0, 0)],
                  results, rng.choice(["refund", "logistics", "size", "quality", "other"]), critical_failed=critical)
    return t, s


def timed(fn, repeat: int = 7) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


BASELINE_TREND = """
SELECT date(c.date, '-' || ((strftime('%w', c.date) + 6) % 7) || ' days') AS week, c.agent, avg(s.score), count(*)
FROM calls c JOIN scores s ON s.id = c.score_id
WHERE c.date BETWEEN ? AND ? GROUP BY week, c.agent ORDER BY week, c.agent
"""
BASELINE_RULES = """
SELECT s.week, r.rule, sum(r.final_status = 'fail'), sum(r.final_status != 'na')
FROM call_summary s JOIN rule_results r ON r.score_id = s.score_id
WHERE s.date BETWEEN ? AND ? GROUP BY s.week, r.rule ORDER BY s.week, r.rule
"""
BASELINE_PACK_RULES = """
SELECT s.week, p.name, r.rule, sum(r.final_status = 'fail'), sum(r.final_status != 'na')
FROM call_summary s JOIN scores sc ON sc.id = s.score_id JOIN rule_packs p ON p.id = sc.pack_id
JOIN rule_results r ON r.score_id = s.score_id
WHERE s.date BETWEEN ? AND ? GROUP BY s.week, p.name, r.rule ORDER BY s.week, p.name, r.rule
"""
BASELINE_RANKING = """
SELECT c.agent, count(*), avg(s.score), sum(json_array_length(s.critical_failed) > 0)
FROM calls c JOIN scores s ON s.id = c.score_id WHERE c.date BETWEEN ? AND ?
GROUP BY c.agent ORDER BY avg(s.score) DESC
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=100_000)
    ap.add_argument("--db", help="keep the database here (default: a temporary file)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(tmp.name) / "bench.sqlite"
    db = Database.open(path)
    rng = random.Random(7)
    start = date(2026, 1, 5)
    pack = Pack()
    stored = db.count_calls()
    t0 = time.perf_counter()
    for i in range(stored, args.calls):
        db.save_call(*synthetic(i, rng, start, 364), pack)
        if (i + 1) % 10_000 == 0:
            print(f"  {i + 1} calls stored, {(i + 1 - stored) / (time.perf_counter() - t0):.0f} calls/s", flush=True)
    if args.calls > stored:
        rate = (args.calls - stored) / (time.perf_counter() - t0)
        print(f"insert: {rate:.0f} calls/s (one transaction per call: 12 utterances, 11 rule results, FTS, summary,"
              " roll-up)")
    db.conn.execute("ANALYZE")
    lo, hi = "2026-03-02", (date(2026, 3, 2) + timedelta(weeks=26, days=-1)).isoformat()
    n = db.count_calls(CallFilter(date_from=lo, date_to=hi))
    print(f"{db.count_calls()} calls stored; 26-week range {lo}..{hi} holds {n}")

    checks = [
        ("trend per agent per week, 26 weeks", lambda: db.trend("agent", "week", lo, hi),
         lambda: db.conn.execute(BASELINE_TREND, (lo, hi)).fetchall()),
        ("trend overall per week, 26 weeks", lambda: db.trend("all", "week", lo, hi),
         lambda: db.conn.execute(BASELINE_TREND.replace("c.agent", "'all'"), (lo, hi)).fetchall()),
        ("agent ranking, 26 weeks", lambda: db.agent_ranking(lo, hi),
         lambda: db.conn.execute(BASELINE_RANKING, (lo, hi)).fetchall()),
        ("one agent's trend, 26 weeks", lambda: db.trend("agent", "week", lo, hi, key="A042"),
         lambda: db.conn.execute(BASELINE_TREND.replace("WHERE", "WHERE c.agent = 'A042' AND"), (lo, hi)).fetchall()),
        ("rule failure trend per week, 26 weeks", lambda: db.rule_failure_trend("week", lo, hi),
         lambda: db.conn.execute(BASELINE_RULES, (lo, hi)).fetchall()),
        # the Trends page's rule chart: one series per pack and rule (storage.pack_rollup)
        ("rule failure trend per pack per week, 26 weeks", lambda: rule_trend_by_pack(db.conn, "week", lo, hi),
         lambda: db.conn.execute(BASELINE_PACK_RULES, (lo, hi)).fetchall()),
    ]
    ok = True
    for name, fast, slow in checks:
        t_fast, points = timed(fast)
        t_slow, rows = timed(slow, repeat=3)
        assert len(points) == len(rows), (name, len(points), len(rows))
        print(f"{name}: {1000 * t_fast:.1f} ms (without summary table: {1000 * t_slow:.1f} ms, "
              f"{t_slow / t_fast:.1f}x faster)")
        ok &= t_fast < 0.2 or name != "trend per agent per week, 26 weeks"
    for name, fn in [("one agent's rule failure trend, 26 weeks",
                      lambda: db.rule_failure_trend("week", lo, hi, agent="A042")),
                     ("category mix, 26 weeks", lambda: db.category_mix(lo, hi)),
                     ("search 退款 (count)", lambda: db.count_calls(CallFilter(text="退款"))),
                     ("call list page 1 of one agent", lambda: db.query_calls(CallFilter(agent="A042"), limit=50))]:
        t, _ = timed(fn, repeat=3)
        print(f"{name}: {1000 * t:.1f} ms")
    team_workflow(db, lo, hi)
    print("FLOOR (<200 ms for the 26-week trend):", "met" if ok else "NOT MET")
    db.close()
    return 0 if ok else 1


NAIVE_WORKLOAD = """
SELECT a.inspector, count(*), sum(s.status != 'to-review')
FROM assignments a JOIN call_summary s NOT INDEXED ON s.call_pk = a.call_pk GROUP BY a.inspector ORDER BY a.inspector
"""
NAIVE_QUEUE = """
SELECT a.call_pk FROM assignments a NOT INDEXED JOIN call_summary s NOT INDEXED ON s.call_pk = a.call_pk
WHERE a.inspector = ? AND s.status = 'to-review' ORDER BY a.seq, a.call_pk
"""
NAIVE_OPEN = """
SELECT d.*, c.agent, c.team, c.date FROM disputes d NOT INDEXED JOIN calls c ON c.id = d.call_pk
WHERE d.state = 'open' ORDER BY d.opened_at, d.id LIMIT 5000
"""
NAIVE_RATES = """
SELECT r.rule, sum(r.final_status != 'na'),
       (SELECT count(*) FROM disputes d JOIN calls c2 ON c2.id = d.call_pk WHERE d.rule = r.rule
        AND c2.date BETWEEN ? AND ?),
       (SELECT count(*) FROM disputes d JOIN calls c2 ON c2.id = d.call_pk WHERE d.rule = r.rule
        AND d.state = 'overturned' AND c2.date BETWEEN ? AND ?)
FROM calls c JOIN rule_results r ON r.score_id = c.score_id WHERE c.date BETWEEN ? AND ? GROUP BY r.rule
"""


def team_workflow(db: Database, lo: str, hi: str) -> None:
    """Assignment, bulk sign-off and dispute queries, with ratios against naive forms and the trend query."""
    conn = db.conn
    if conn.execute("SELECT count(*) FROM assignments").fetchone()[0] == 0:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO assignments (call_pk, inspector, seq, plan, assigned_by, at)"
                     " SELECT id, 'I' || (id % 8), id, 'sample', 'lead', '2026-01-01' FROM calls WHERE id % 5 < 2")
        conn.execute("INSERT INTO disputes (call_pk, rule, title, reason, entered_by, opened_at, first_reviewer,"
                     " verdict, state) SELECT id, 'greeting', 'Greeting', 'no', 'lead', '2026-02-01', 'I1', 'fail',"
                     " CASE (id / 31) % 3 WHEN 0 THEN 'open' WHEN 1 THEN 'upheld' ELSE 'overturned' END"
                     " FROM calls WHERE id % 31 = 0 LIMIT 3000")
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    n_assigned, n_disputes = conn.execute(
        "SELECT (SELECT count(*) FROM assignments), (SELECT count(*) FROM disputes)").fetchone()
    print(f"team workflow: {n_assigned} calls assigned to 8 inspectors, {n_disputes} disputes")
    t_trend, _ = timed(lambda: db.trend("agent", "week", lo, hi), repeat=3)
    quarter = SamplePlan(methods=("random", "critical"), per_agent_week=2, date_from=lo,
                         date_to=(date.fromisoformat(lo) + timedelta(weeks=13)).isoformat(), only_to_review=True)
    drawn = [c.pk for c in draw_plan(db, "critical_first", quarter)]
    checks = [
        ("workload per inspector", lambda: assignments.workload(db), lambda: conn.execute(NAIVE_WORKLOAD).fetchall()),
        ("one inspector's queue", lambda: assignments.queue_of(db, "I3"),
         lambda: conn.execute(NAIVE_QUEUE, ("I3",)).fetchall()),
        ("open disputes, all teams", lambda: disputes.list_disputes(db),
         lambda: conn.execute(NAIVE_OPEN).fetchall()),
        ("dispute and overturn rates per rule, 26 weeks", lambda: disputes.dispute_rates(db, lo, hi),
         lambda: conn.execute(NAIVE_RATES, (lo, hi, lo, hi, lo, hi)).fetchall()),
    ]
    for name, fast, slow in checks:
        t_fast, _ = timed(fast, repeat=5)
        t_slow, _ = timed(slow, repeat=3)
        print(f"{name}: {1000 * t_fast:.1f} ms (naive {1000 * t_slow:.1f} ms, {t_slow / t_fast:.1f}x faster;"
              f" {t_fast / t_trend:.2f}x the 26-week trend's {1000 * t_trend:.1f} ms)")
    for name, fn in [("draw a quarter's plan, critical first", lambda: draw_plan(db, "critical_first", quarter)),
                     (f"bulk sign-off eligibility of that plan ({len(drawn)} calls)",
                      lambda: assignments.high_confidence(db, drawn, 0.9))]:
        t, _ = timed(fn, repeat=3)
        print(f"{name}: {1000 * t:.1f} ms ({t / t_trend:.2f}x the 26-week trend)")


if __name__ == "__main__":
    raise SystemExit(main())
