"""The held-out measurement of the meaning model (tests/heldout/meaning.yaml), shared by
test_meaning_heldout.py and `python tests/meaning_eval.py [FILE] [--heard 0.7]` (prints the figures, the
confusion and the wrong lines; --heard scores the agent lines as turns the recogniser heard that clearly)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from qa_desktop.domain import CallMeta, Metrics, Transcript, Utterance
from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import score

HELDOUT = Path(__file__).resolve().parent / "heldout" / "meaning.yaml"
GREETING = {"zh": "您好，这里是客服中心，请问有什么可以帮您？", "en": "Hello, customer service, how can I help you?"}
CUSTOMER_OPENING = {"zh": "你好。", "en": "Hi."}
AGENT_REPLY = {"zh": "好的，我了解了。", "en": "Okay, I see."}


def load(path: Path = HELDOUT) -> dict:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def call(lang: str, turns: list[tuple[str, str]], heard: float = 1.0) -> Transcript:
    """`heard`: the last turn's Utterance.confidence (how clearly the recogniser heard it)."""
    utts, t = [], 0.5
    for speaker, text in turns:
        utts.append(Utterance(speaker, t, t + 3.0, text))
        t += 3.5
    utts[-1].confidence = heard
    return Transcript("heldout.wav", t + 1.0, lang, "stereo", utts, Metrics(), CallMeta(call_id="heldout"))


def complaint_call(lang: str, text: str) -> Transcript:
    return call(lang, [("agent", GREETING[lang]), ("customer", text), ("agent", AGENT_REPLY[lang])])


def agent_call(lang: str, text: str, heard: float = 1.0) -> Transcript:
    return call(lang, [("agent", GREETING[lang]), ("customer", CUSTOMER_OPENING[lang]), ("agent", text)], heard)


def conduct_verdict(lang: str, text: str, heard: float = 1.0):
    """The forbidden-conduct result of an agent line said in a call of its own (the shipped pack),
    heard by the recogniser with confidence `heard`."""
    return score(agent_call(lang, text, heard), default_pack_for(lang)).result("forbidden_phrases")


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def measure(data: dict | None = None, heard: float = 1.0) -> dict:
    """`heard`: the confidence the agent lines of `conduct` are heard at (conduct_head.HEAD_CLEAR: below
    it a sentence needs a clearer reading; HEAD_HEARD: below it the head does not read)."""
    data = data or load()
    out: dict = {"category": {}, "conduct": {}, "escalation": {}, "inquiries": {}}
    for lang, cats in data.get("complaints", {}).items():
        pack = default_pack_for(lang)
        confusion: Counter = Counter()
        wrong = []
        for want, lines in cats.items():
            for text in lines:
                got = score(complaint_call(lang, text), pack).category
                confusion[(want, got)] += 1
                if got != want:
                    wrong.append((text, want, got))
        n = sum(confusion.values())
        out["category"][lang] = {"accuracy": sum(v for (a, b), v in confusion.items() if a == b) / n, "n": n,
                                 "confusion": confusion, "wrong": wrong}
    for lang, kinds in data.get("conduct", {}).items():
        pack = default_pack_for(lang)
        tp = fp = fn = 0
        wrong = []
        for kind, lines in kinds.items():
            for text in lines:
                failed = score(agent_call(lang, text, heard), pack).result("forbidden_phrases").status == "fail"
                if kind == "refusal":
                    tp += failed
                    fn += not failed
                else:
                    fp += failed
                if failed != (kind == "refusal"):
                    wrong.append((text, kind))
        out["conduct"][lang] = {"f1": f1(tp, fp, fn), "polite_failed": fp, "missed": fn, "wrong": wrong}
    for lang, kinds in data.get("escalation", {}).items():
        pack = default_pack_for(lang)
        tp = fp = fn = 0
        wrong = []
        for kind, lines in kinds.items():
            for text in lines:
                esc = score(complaint_call(lang, text), pack).escalation
                hit = esc.level != "none"
                if kind == "positive":
                    tp += hit
                    fn += not hit
                else:
                    fp += hit
                if hit != (kind == "positive"):
                    wrong.append((text, kind, esc.level, esc.score))
        out["escalation"][lang] = {"f1": f1(tp, fp, fn), "fp": fp, "fn": fn, "wrong": wrong}
    for lang, lines in data.get("inquiries", {}).items():  # openings that raise no problem: the call is "other"
        pack = default_pack_for(lang)
        got = [(text, score(complaint_call(lang, text), pack).category) for text in lines]
        wrong = [(text, cat) for text, cat in got if cat != pack.categories.fallback]
        out["inquiries"][lang] = {"filed": len(wrong), "n": len(lines), "wrong": wrong}
    return out


def report(m: dict) -> str:
    lines = []
    for lang, r in m["category"].items():
        lines.append(f"category {lang}: accuracy {r['accuracy']:.3f} (n={r['n']})")
        labels = sorted({a for a, _ in r["confusion"]} | {b for _, b in r["confusion"]})
        lines.append("  want\\got " + " ".join(f"{x[:8]:>8}" for x in labels))
        for a in labels:
            if any(k[0] == a for k in r["confusion"]):
                lines.append(f"  {a[:9]:<9} " + " ".join(f"{r['confusion'][(a, b)]:>8}" for b in labels))
        lines += [f"    wrong: {t} (want {w}, got {g})" for t, w, g in r["wrong"]]
    for lang, r in m["conduct"].items():
        lines.append(f"conduct {lang}: F1 {r['f1']:.3f}, polite look-alikes failed {r['polite_failed']}, "
                     f"refusals missed {r['missed']}")
        lines += [f"    wrong: {t} ({k})" for t, k in r["wrong"]]
    for lang, r in m["escalation"].items():
        lines.append(f"escalation {lang}: F1 {r['f1']:.3f}, false alarms {r['fp']}, missed {r['fn']}")
        lines += [f"    wrong: {t} ({k}: {lv} {s})" for t, k, lv, s in r["wrong"]]
    for lang, r in m["inquiries"].items():
        lines.append(f"inquiries {lang}: filed under a category {r['filed']} of {r['n']}")
        lines += [f"    wrong: {t} (got {c})" for t, c in r["wrong"]]
    return "\n".join(lines)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="The meaning model's figures on a held-out file (wrong lines listed).")
    ap.add_argument("file", nargs="?", type=Path, default=HELDOUT)
    ap.add_argument("--heard", type=float, default=1.0, metavar="CONFIDENCE",
                    help="score the agent lines as heard with this confidence (0-1; default 1.0, clearly)")
    a = ap.parse_args()
    print(report(measure(load(a.file), a.heard)))
