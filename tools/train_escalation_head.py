"""Train the escalation heads: one linear reading per language of whether a customer's sentence
threatens or announces escalation (a regulator, consumer body, the media, a lawyer or court, a
chargeback, a supervisor, an accusation of fraud), over the sentence encoder's vectors.

Why: the worded cues (keywords, channels × intents) and the nearest-example vote overfit to their
authors; on each new set of lines some threats in unforeseen wording went unread. A linear head
trained on every labelled line the repository holds (each file written by a different author or
round) learns which directions of the vector space carry a threat.

Data (all read here, nothing downloaded):
- tests/heldout/*.yaml, the fresh sets up to training_data.TRAINED_UP_TO["escalation"] (later ones, like /work/heldout*,
  measure the work untouched): each file's `escalation: {zh|en: {positive: [...], negative: [...]}}`
  section (positive = the customer threatens or announces escalation; negative = annoyed, sad,
  neutral, or a harmless mention: a relative who is a lawyer, a news item, the customer's own boss);
- the packs' own escalation examples (rules/*.yaml `escalation.examples` → positive,
  `escalation.calm_examples` → negative);
- ordinary lines as negatives of lower weight (ORDINARY): the same files' complaints and conduct
  lines that name no escalation channel (read as a customer's words they are no threat; without
  them the head, having seen only escalation-themed lines, read some plain refusals as threats).

Units are sentences as the scorer reads them (meaning.split): a line's sentences are all negative
for a negative line; for the few positive lines of several sentences, the sentence a first fit
reads as most threatening is the positive one (the others are left out).

Model: scikit-learn LogisticRegression (lbfgs, C below, classes balanced over the escalation
lines, fixed data order: deterministic) over the sentence vector and its words (heads.Grams; --no-words to compare),
saved as qa_desktop/scoring/data/escalation_<lang>.npz (float16 weights, 50-90 kB).

    PYTHONPATH=$PWD python tools/train_escalation_head.py            # train and save both heads
    PYTHONPATH=$PWD python tools/train_escalation_head.py --lofo     # leave-one-file-out figures
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "tests"))

from meaning_eval import f1

from qa_desktop.scoring.heads import DATA, Grams, Head
from qa_desktop.scoring.meaning import split
from training_data import training_files

PACKS = {"zh": ROOT / "rules" / "zh-ecommerce.yaml", "en": ROOT / "rules" / "en-retail.yaml"}
LANGS = ("zh", "en")
C = 10.0  # inverse regularisation strength (chosen by leave-one-file-out F1, see --lofo)
LABELS = ("calm", "threat")
ORDINARY = 0.25  # weight of an ordinary (complaint or agent) line against an escalation line's 1


@dataclass
class Line:
    source: str  # file stem (one author / round) or "pack"
    lang: str
    positive: bool
    text: str
    sentences: list[str]
    weight: float = 1.0  # in the fit (ordinary complaints and agent lines count for less)


def lines(lang: str) -> list[Line]:
    out = []
    for f in training_files("escalation"):
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        kinds = (data.get("escalation") or {}).get(lang) or {}
        for kind in ("positive", "negative"):
            for t in kinds.get(kind) or []:
                out.append(Line(f.stem, lang, kind == "positive", t, _sents(t)))
    pack = yaml.safe_load(PACKS[lang].read_text(encoding="utf-8"))
    esc = pack["escalation"]
    for kind, key in ((True, "examples"), (False, "calm_examples")):
        for t in esc.get(key) or []:
            out.append(Line("pack", lang, kind, t, _sents(t)))
    return out


def ordinary(lang: str) -> list[Line]:
    """Lines that are no threat though written in anger or about the same things, as negatives of
    weight ORDINARY: the files' complaints (annoyed customers naming a problem) and conduct lines
    (agents refusing or helping: "这种事你找厂家，别来烦我们"), less any line naming an escalation channel
    or keyword of the pack (a complaint may carry a threat; such lines are left out, not guessed)."""
    from qa_desktop.scoring.escalation import _cues

    esc = yaml.safe_load(PACKS[lang].read_text(encoding="utf-8"))["escalation"]
    named = _cues(tuple(str(w) for key in ("keywords", "channels") for w in esc.get(key) or ()))
    out = []
    for f in training_files("escalation"):
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        for section in ("complaints", "conduct"):
            for texts in ((data.get(section) or {}).get(lang) or {}).values():
                out += [Line(f.stem, lang, False, t, _sents(t), ORDINARY) for t in texts or [] if not named.search(t)]
    return out


def _sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split(text)] or [text]


def vectors(data: list[Line]) -> dict[str, np.ndarray]:
    from qa_desktop.scoring.encoder import embed

    texts = list(dict.fromkeys(s for ln in data for s in ln.sentences))
    return dict(zip(texts, embed(texts)))


def fit(data: list[Line], vec: dict[str, np.ndarray], c: float = C, words: bool = True) -> Head:
    """The head over the sentence vectors and (`words`) the n-grams seen in at least two sentences."""
    from sklearn.linear_model import LogisticRegression

    vocab = Grams.fit(list(dict.fromkeys(s for ln in data for s in ln.sentences))) if words else None

    def train(rows):
        x = np.array([vec[s] for s, _, _ in rows])
        if vocab is not None:
            x = vocab.stacked(x, [s for s, _, _ in rows])
        y = np.array([int(p) for _, p, _ in rows])
        w = np.array([w for _, _, w in rows])
        # classes balanced by the escalation lines alone (the ordinary ones only add calm examples)
        pos, neg = sum((y == 1) & (w == 1)), sum((y == 0) & (w == 1))
        w = np.where(y == 1, w * (pos + neg) / (2 * pos), w * (pos + neg) / (2 * neg))
        m = LogisticRegression(C=c, solver="lbfgs", max_iter=3000)
        m.fit(x, y, sample_weight=w)
        return Head.from_linear(LABELS, m.coef_, m.intercept_, vocab)

    rows = [(s, ln.positive, ln.weight) for ln in data if not ln.positive or len(ln.sentences) == 1
            for s in ln.sentences]
    head = train(rows)
    for ln in data:  # a positive line of several sentences: its most threatening sentence is the threat
        if ln.positive and len(ln.sentences) > 1:
            p = head.probabilities(np.array([vec[s] for s in ln.sentences]), ln.sentences)[:, 1]
            rows.append((ln.sentences[int(np.argmax(p))], True, ln.weight))
    return train(rows)


def line_probability(head: Head, ln: Line, vec: dict[str, np.ndarray]) -> float:
    return float(head.probabilities(np.array([vec[s] for s in ln.sentences]), ln.sentences)[:, 1].max())


def lofo(lang: str, data: list[Line], vec, c: float = C, words: bool = True) -> dict[str, list[tuple[Line, float]]]:
    """Each file's escalation lines read by a head trained on every other file (and the pack)."""
    out = {}
    for src in sorted({ln.source for ln in data if ln.weight == 1.0} - {"pack"}):
        head = fit([ln for ln in data if ln.source != src], vec, c, words)
        out[src] = [(ln, line_probability(head, ln, vec)) for ln in data if ln.source == src and ln.weight == 1.0]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lofo", action="store_true", help="print leave-one-file-out figures instead of saving")
    ap.add_argument("--c", type=float, nargs="*", default=[C])
    ap.add_argument("--no-words", action="store_true", help="the sentence vectors alone (to compare)")
    args = ap.parse_args()
    for lang in LANGS:
        data = lines(lang) + ordinary(lang)
        vec = vectors(data)
        if args.lofo:
            for c in args.c:
                read = [r for rows in lofo(lang, data, vec, c, not args.no_words).values() for r in rows]
                for t in (0.5, 0.7, 0.8, 0.9, 0.95):
                    tp = sum(ln.positive and p >= t for ln, p in read)
                    fp = sum(not ln.positive and p >= t for ln, p in read)
                    fn = sum(ln.positive and p < t for ln, p in read)
                    print(f"{lang} C={c} t={t}: F1 {f1(tp, fp, fn):.3f} fp {fp} fn {fn} (n={len(read)})")
            continue
        head = fit(data, vec, words=not args.no_words)
        head.save(DATA / f"escalation_{lang}.npz", len(data), half=True)
        print(f"{lang}: {len(data)} lines ({sum(ln.positive for ln in data)} positive) → escalation_{lang}.npz")



if __name__ == "__main__":
    main()
