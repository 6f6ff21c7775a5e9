"""Train the stance head: refusal vs polite over the sentence encoder's vectors (qa_desktop/scoring/data/stance.npz).

    python tools/train_stance_head.py              # train on the data below, write the .npz
    python tools/train_stance_head.py --lofo       # leave-one-file-out figures (head alone; pipeline; both)

Data (documented here because the head is only as good as it): every agent line of the `conduct` sections of
tests/heldout/*.yaml, the fresh sets up to training_data.TRAINED_UP_TO["stance"] (each file one author or one
round: `refusal` lines are the label refusal, every other kind — polite, neutral — is polite), the same files'
complaint lines and calm (negative) escalation lines as a third label, customer (ordinary sentences that are
no misconduct: without them the head reads any negative-sounding sentence, "the toaster won't heat up", as a
refusal), and the forbidden-conduct rules' own `examples` (refusal) and `unless_examples` (polite) of the
shipped packs (rules/*.yaml), with the agent script's sentence-like phrases as polite. A line that two files
share is one line. Zh and en are trained together: the encoder puts both in one space, and the head reads the
stance, not the language.

Model: scikit-learn's LogisticRegression (lbfgs, C below, classes balanced), deterministic, over the
sentence vector and the sentence's words (heads.Grams: n-grams seen in at least MIN_COUNT lines). The run
time reads the .npz with numpy only (qa_desktop.scoring.heads).

--lofo: for each held-out file, a head trained on every other file (and the packs' examples, less
any line the file also holds) reads that file's lines; the file's lines are then scored by the whole
pipeline with that head installed (conduct.stance_head patched), and without any head. Prints, per
file and language: conduct F1 and polite lines failed for the pipeline without the head, the head
alone (refusal when P ≥ the floor conduct.py applies) and the pipeline with the head.
"""

from __future__ import annotations

import argparse
import sys
from functools import cache
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from qa_desktop.scoring.heads import DATA, Grams, Head
from training_data import HELDOUT, training_files

# regularisation and vocabulary, stop 28. Decided before measuring: heads fit on the same lines (up to fresh132)
# and installed in the pipeline, scored on fresh141-188 (48 sets no head had read); a variant needed 3 fewer floor
# misses (a set's conduct F1 < 0.9, or any polite line failed) than C = 3 with n-grams seen in 2 lines, refit the
# same day, then no more misses than the shipped head on eight new sets (fresh189-196), then the full suite.
#   C = 0.3 / 1 / 3 / 10, MIN_COUNT 2: misses zh 4 / 4 / 5 / 5, en 19 / 8 / 9 / 6; refusals missed zh 116 / 94 /
#   85 / 73, en 203 / 159 / 136 / 129. C = 10 passed fresh189-196 (3 misses, as shipped) but failed the suite:
#   sample call 900008 as Whisper hears it (and 900013 mixed down to mono) then fails the forbidden-conduct
#   rule where its truth is pass.
#   C = 3, MIN_COUNT 3 / 5: misses zh 5 / 4, en 8 / 7; refusals missed zh 79 / 77, en 134 / 131; polite lines
#   failed zh 5 / 4, en 5 / 5 (C = 3, MIN_COUNT 2: 5 / 7). MIN_COUNT 5 (no "daft": the n-grams fall from 97,321
#   to 38,559) passed fresh189-196 (3 misses, as shipped; 2 refusals fewer missed) but failed the suite: the
#   pinned courteous closing "Anything else? No? Thank you for calling, goodbye." then fails. Neither ships.
# (The head shipped before, C = 3 and MIN_COUNT 2, is not what a refit gives today: weights differ by up to
# 0.16, cause not traced; it missed zh 79 / en 135 refusals on fresh141-188, polite failed 5 / 7.)
C = 3.0
MIN_COUNT = 2  # a word n-gram the head reads must occur in at least this many training lines
PACKS = {"en": ROOT / "rules" / "en-retail.yaml", "zh": ROOT / "rules" / "zh-ecommerce.yaml"}
# held back from training: the check set the head's tests read (tests/test_conduct_head.py), and the sets
# test_meaning_heldout's floor tests read (misheard agent lines, fresh373-374; ordinary short agent turns, fresh441-442
# and 459-460), so they test lines the head has never seen, whatever TRAINED_UP_TO becomes
HELD_BACK = {"dev_s21_stance", "dev_s21_cat_variants", "meaning_fresh373", "meaning_fresh374",
             "meaning_fresh441", "meaning_fresh442", "meaning_fresh459", "meaning_fresh460"}


def collect() -> list[tuple[str, str, str, str]]:
    """(text, language, label, source) for every labelled agent line; source is the file stem or 'pack'."""
    rows: list[tuple[str, str, str, str]] = []
    for path in training_files("stance", HELD_BACK):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for lang, kinds in (data.get("conduct") or {}).items():
            for kind, lines in kinds.items():
                rows += [(t, lang, "refusal" if kind == "refusal" else "polite", path.stem) for t in lines]
        # ordinary sentences that are no misconduct, in a class of their own (customer): complaints and
        # calm customer lines, as an agent restating them would say them ("so the ring won't go past
        # your knuckle") — without them the head reads any negative-sounding sentence as a refusal; as
        # a third label rather than polite, so the head does not learn "sounds like an agent" as refusal
        for lang, cats in (data.get("complaints") or {}).items():
            for lines in cats.values():
                rows += [(t, lang, "customer", path.stem) for t in lines]
        for lang, kinds in (data.get("escalation") or {}).items():
            rows += [(t, lang, "customer", path.stem) for t in kinds.get("negative") or []]
    for lang, path in PACKS.items():
        for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
            if rule.get("examples"):
                rows += [(t, lang, "refusal", "pack") for t in rule["examples"]]
                rows += [(t, lang, "polite", "pack") for t in rule.get("unless_examples") or []]
            if rule.get("type") == "phrase" and rule.get("expect") == "present" and rule.get("speaker") == "agent":
                rows += [(t, lang, "polite", "pack") for t in rule.get("phrases") or []
                         if len(t.split()) >= 3 or (not t.isascii() and len(t) >= 4)]
    seen: set[tuple[str, str]] = set()
    out = []
    for r in rows:
        if (r[0], r[2]) not in seen:
            seen.add((r[0], r[2]))
            out.append(r)
    return out


@cache
def conduct_texts(stem: str) -> frozenset[str]:
    """The lines of one held-out file's conduct section (the lines --lofo scores)."""
    path = HELDOUT / f"{stem}.yaml"
    if not path.exists():
        return frozenset()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(t for kinds in (data.get("conduct") or {}).values() for lines in kinds.values() for t in lines)


def fit(vectors: np.ndarray, labels: np.ndarray, texts) -> Head:
    """The head over the sentence vectors and the words (n-grams seen in at least MIN_COUNT lines)."""
    from sklearn.linear_model import LogisticRegression

    words = Grams.fit(list(texts), min_count=MIN_COUNT)
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced", solver="lbfgs")
    model.fit(words.stacked(vectors, list(texts)), labels)
    return Head.from_linear([str(c) for c in model.classes_], model.coef_, model.intercept_, words)


def vectors(rows) -> np.ndarray:
    from qa_desktop.scoring.encoder import embed

    return embed([r[0] for r in rows])


def train() -> Path:
    rows = collect()
    head = fit(vectors(rows), np.array([r[2] for r in rows]), [r[0] for r in rows])
    path = DATA / "stance.npz"
    head.save(path, len(rows), half=True)
    print(f"{path}: {len(rows)} lines ({sum(r[2] == 'refusal' for r in rows)} refusal)")
    return path


def f1(pred, truth) -> tuple[float, int, int]:
    tp = sum(p and t for p, t in zip(pred, truth))
    fp = sum(p and not t for p, t in zip(pred, truth))
    fn = sum(t and not p for p, t in zip(pred, truth))
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), fp, fn


def lofo(files: list[str]) -> None:
    from meaning_eval import agent_call

    from qa_desktop.rules import default_pack_for
    from qa_desktop.scoring import conduct, conduct_head, score

    rows = collect()
    vecs = vectors(rows)
    texts = np.array([r[0] for r in rows])
    y = np.array([r[2] == "refusal" for r in rows], dtype=int)
    labels = np.array([r[2] for r in rows])
    source = np.array([r[3] for r in rows])
    conduct_line = np.array([r[0] in conduct_texts(r[3]) for r in rows])
    packs = {lang: default_pack_for(lang) for lang in PACKS}
    files = files or [s for s in dict.fromkeys(source) if s != "pack" and conduct_texts(s)]
    totals: dict = {}
    for name in files:
        test = source == name
        keep = ~test & ~np.isin(texts, texts[test])
        head = fit(vecs[keep], labels[keep], texts[keep])
        line = [f"{name:24s}"]
        for lang in PACKS:
            idx = np.flatnonzero(test & (np.array([r[1] for r in rows]) == lang) & conduct_line)
            if not len(idx):
                continue
            truth = [bool(y[i]) for i in idx]
            p_refusal = head.probabilities(vecs[idx], list(texts[idx]))[:, head.labels.index("refusal")]
            alone = p_refusal >= conduct_head.HEAD_FLOOR
            got = {}
            for mode, h in (("pipe", None), ("both", head)):
                conduct.stance_head = lambda h=h: h
                got[mode] = [score(agent_call(lang, texts[i]), packs[lang]).result("forbidden_phrases").status
                             == "fail" for i in idx]
            parts = []
            for mode, pred in (("pipe", got["pipe"]), ("head", list(alone)), ("both", got["both"])):
                f, fp, fn = f1(pred, truth)
                tot = totals.setdefault((lang, mode), [[], []])
                tot[0] += list(pred)
                tot[1] += truth
                parts.append(f"{mode} {f:.3f} pf{fp} m{fn}")
            line.append(f"{lang}: " + " ".join(parts))
            added = [texts[i] for i, a, b in zip(idx, got["pipe"], got["both"]) if b and not a]
            line += [f"\n    + {'refusal' if y[i] else 'POLITE'}: {texts[i]}" for i in idx if texts[i] in added]
        print("  ".join(line), flush=True)
    for (lang, mode), (pred, truth) in sorted(totals.items()):
        f, fp, fn = f1(pred, truth)
        print(f"all {lang} {mode}: F1 {f:.3f}, polite failed {fp}, refusals missed {fn}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lofo", nargs="*", metavar="FILE_STEM", help="leave-one-file-out figures (all files if none named)")
    a = ap.parse_args()
    if a.lofo is None:
        train()
    else:
        lofo(a.lofo)
