"""Scoring speed: calls scored per second on one core, for the default packs.

Builds synthetic 5-minute calls (≈70 turns, ≈1,500 Chinese characters) from
the sample calls' own sentences, then measures how throughput changes with
transcript length and with the number of rules (the pack's phrase rules
duplicated). Prints absolute figures and ratios against the 5-minute zh
stereo baseline measured in the same run. FLOOR: ≥ 1,000 calls/s per core for
every 5-minute case (zh stereo, zh mono, en stereo); the exit status says
whether all three met it.

    python bench/score.py [--seconds 2]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desktop.domain import Metrics, Overlap, Silence, Transcript, Utterance  # noqa: E402
from qa_desktop.rules import load_pack  # noqa: E402
from qa_desktop.scoring import score  # noqa: E402

FLOOR = 1000.0


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
    p = copy.deepcopy(pack)
    p._compiled = None
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    zh = load_pack(ROOT / "rules/zh-ecommerce.yaml")
    en = load_pack(ROOT / "rules/en-retail.yaml")
    five = synthetic_call("zh", 5)
    chars = sum(len(u.text) for u in five.utterances)
    score(five, zh)  # compile the pack and build the pinyin table outside the timing
    base = max(rate([five], zh, args.seconds), rate([five], zh, args.seconds))
    print(f"zh-ecommerce, 5-minute stereo call ({len(five.utterances)} turns, {chars} chars): "
          f"{base:,.0f} calls/s/core ({1000 / base:.2f} ms/call)  floor {FLOOR:,.0f}: "
          f"{'OK' if base >= FLOOR else 'BELOW FLOOR'}")
    below = [] if base >= FLOOR else ["zh 5 min stereo"]
    for label, call, pack in (("zh 5 min mono", synthetic_call("zh", 5, "mono"), zh),
                              ("en 5 min stereo", synthetic_call("en", 5), en)):
        score(call, pack)
        r = max(rate([call], pack, args.seconds), rate([call], pack, args.seconds))
        print(f"  {label:<24} {r:>9,.0f} calls/s  ×{r / base:.2f} of baseline  floor {FLOOR:,.0f}: "
              f"{'OK' if r >= FLOOR else 'BELOW FLOOR'}")
        if r < FLOOR:
            below.append(label)
    rows = []
    for minutes in (1, 2.5, 10, 20):
        rows.append((f"zh {minutes:g} min stereo", [synthetic_call("zh", minutes)], zh))
    for factor in (2, 4):
        rows.append((f"zh 5 min, rules ×{factor}", [five], scaled_pack(zh, factor)))
    for label, trs, pack in rows:
        score(trs[0], pack)
        r = rate(trs, pack, args.seconds)
        print(f"  {label:<24} {r:>9,.0f} calls/s  ×{r / base:.2f} of baseline  "
              f"({len(pack.rules)} rules, {len(trs[0].utterances)} turns)")
    if below:
        print(f"below the floor: {', '.join(below)}")
    return 1 if below else 0


if __name__ == "__main__":
    raise SystemExit(main())
