"""Trained heads: linear classifiers over the sentence encoder's vectors.

Why: a nearest-example vote reads a sentence by the few examples it resembles most, so it follows
shared topic and words ("the courier" pulls a refusal to logistics); a linear head trained on
thousands of labelled lines written by many authors learns which directions of the vector space
carry the label, and generalises to wordings no example lists. A head is one signal beside the
keywords, cues and example sentences, never alone, and the pack's own examples and inspectors'
corrections keep their say through the nearest-example vote (meaning.py).

A head may also read the sentence's words (`Grams`): the encoder's vector carries a sentence's topic
more than its stance, and the words a stance is said in (有什么用, "that'll be all", 挂了) recur across
authors where whole sentences do not. Leave-one-file-out over 35 authors' agent lines, the stance head
alone at P ≥ 0.85: vector only F1 zh 0.765 / en 0.690 (13 / 25 polite lines failed), vector and words
(scikit-learn's tf-idf of characters and words, in that first experiment) 0.870 / 0.804 (2 / 13); with
Grams, over 46 files: 0.893 / 0.829 (3 / 16).

Heads are trained offline (tools/train_*_head.py, scikit-learn: a development dependency only) and
ship as small .npz files in qa_desktop/scoring/data/; at run time they are one matrix product (and,
with words, a sum over the sentence's few dozen n-grams).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data"

# a Chinese character, a run of Latin letters (with the apostrophe of "won't"), or a number
_TOKEN = re.compile(r"[\u3400-\u9fff]|[a-z]+(?:'[a-z]+)*|\d+")
_PUNCTUATION = re.compile(r"[^\w\s']+")


def _cjk(tok: str) -> bool:
    return "\u3400" <= tok[0] <= "\u9fff"


@lru_cache(maxsize=4096)
def grams(text: str) -> tuple[str, ...]:
    """The n-grams a head reads: each token and each pair of neighbouring tokens; three neighbouring
    Chinese characters too (a Chinese word is often two or three characters: 不归我, 有什么用). Numbers
    are one token "0": an order number is no stance. (Remembered: the category and escalation heads
    read the same customer sentences, and script lines recur from call to call.)"""
    out: list[str] = []
    for piece in _PUNCTUATION.split(text.lower().replace("\u2019", "'")):  # (no n-gram across a comma or a full stop)
        toks = ["0" if t[0].isdigit() else t for t in _TOKEN.findall(piece)]
        out += toks
        out += [f"{a} {b}" for a, b in zip(toks, toks[1:])]
        out += [a + b + c for a, b, c in zip(toks, toks[1:], toks[2:]) if _cjk(a) and _cjk(b) and _cjk(c)]
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Grams:
    """A vocabulary of n-grams with their inverse document frequencies: a sentence becomes the unit
    vector of (1 + ln count) × idf over the n-grams it holds (sklearn's TfidfVectorizer with
    sublinear_tf, smooth idf and l2 norm, so the trainer and the run time read alike)."""

    index: dict[str, int]
    idf: np.ndarray  # (len(index),)

    @classmethod
    def fit(cls, texts: list[str], min_count: int = 2) -> Grams:
        df = Counter(g for t in texts for g in set(grams(t)))
        vocab = sorted(g for g, n in df.items() if n >= min_count)
        n = len(texts)
        idf = np.array([math.log((1 + n) / (1 + df[g])) + 1 for g in vocab], np.float32)
        return cls({g: i for i, g in enumerate(vocab)}, idf)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) of the sentence's unit vector; empty where it holds no known n-gram."""
        counts = Counter(i for g in grams(text) if (i := self.index.get(g)) is not None)
        if not counts:
            return np.zeros(0, np.intp), np.zeros(0, np.float32)
        cols = np.fromiter(counts, np.intp, len(counts))
        vals = (1 + np.log(np.fromiter(counts.values(), np.float32, len(counts)))) * self.idf[cols]
        return cols, vals / np.sqrt(vals @ vals)

    def stacked(self, vectors: np.ndarray, texts: list[str]):
        """The sentence vectors with the n-gram vectors beside them: what a head that reads words is
        fitted on (for training; needs scipy)."""
        from scipy.sparse import csr_matrix, hstack

        return hstack([csr_matrix(vectors), self.matrix(texts)]).tocsr()

    def matrix(self, texts: list[str]):
        """The (len(texts), len(index)) sparse matrix of those vectors (for training; needs scipy)."""
        from scipy.sparse import csr_matrix

        rows = [self.features(t) for t in texts]
        indptr = np.cumsum([0] + [len(c) for c, _ in rows])
        cols = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, np.intp)
        vals = np.concatenate([v for _, v in rows]) if rows else np.zeros(0, np.float32)
        return csr_matrix((vals, cols, indptr), shape=(len(texts), len(self.index)))


@dataclass(frozen=True, slots=True)
class Head:
    labels: tuple[str, ...]
    weights: np.ndarray  # (len(labels), DIM)
    bias: np.ndarray  # (len(labels),)
    lines: int = 0  # how many labelled lines it was trained on (the evidence names it)
    grams: Grams | None = None  # the words it also reads, where it reads them…
    gram_weights: np.ndarray | None = None  # …with these weights, (len(labels), len(grams.index))

    @classmethod
    def from_linear(cls, labels, coef: np.ndarray, intercept: np.ndarray, grams: Grams | None = None) -> Head:
        """From a fitted linear model's coef_/intercept_ (over the vector, then the n-grams where
        `grams` is given); a binary model (one row) scores its second label against a zero first, so
        its softmax is the model's sigmoid."""
        coef, intercept = np.asarray(coef, np.float32), np.asarray(intercept, np.float32)
        if coef.shape[0] == 1 and len(labels) == 2:
            coef = np.vstack([np.zeros_like(coef), coef])
            intercept = np.concatenate([np.zeros(1, np.float32), intercept])
        if grams is None:
            return cls(tuple(labels), coef, intercept)
        dim = coef.shape[1] - len(grams.index)
        return cls(tuple(labels), coef[:, :dim].copy(), intercept, grams=grams, gram_weights=coef[:, dim:].copy())

    def probabilities(self, vectors: np.ndarray, texts: list[str] | None = None) -> np.ndarray:
        """(n, DIM) sentence vectors (and, for a head that reads words, the n sentences) → (n, len(labels))
        label probabilities."""
        z = np.atleast_2d(vectors) @ self.weights.T + self.bias
        grams, gram_weights = self.grams, self.gram_weights  # (both or neither: from_linear, load)
        if grams is not None and gram_weights is not None:
            if texts is None or len(texts) != len(z):
                raise ValueError("this head reads the sentences' words: pass their texts")
            for i, t in enumerate(texts):
                cols, vals = grams.features(t)
                z[i] += gram_weights[:, cols] @ vals
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path, lines: int, half: bool = False) -> None:
        """The trainers' one file format; `half` stores the weights as float16 (half the wheel's bytes,
        the same readings to three decimals)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        dtype = np.float16 if half else np.float32
        arrays = {"labels": np.array(self.labels), "weights": self.weights.astype(dtype),
                  "bias": self.bias.astype(np.float32), "lines": np.array(lines)}
        if self.grams is not None and self.gram_weights is not None:
            arrays.update(grams=np.array(list(self.grams.index)), idf=self.grams.idf,
                          gram_weights=self.gram_weights.astype(dtype))
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]  # (numpy's stub: its keywords)


@cache
def load(name: str) -> Head | None:
    """The shipped head `name` (data/<name>.npz), or None where none ships (a head is an extra signal)."""
    path = DATA / f"{name}.npz"
    if not path.exists():
        return None
    with np.load(path) as z:
        words = {}
        if "grams" in z.files:
            words = {"grams": Grams({str(g): i for i, g in enumerate(z["grams"])}, z["idf"].astype(np.float32)),
                     "gram_weights": z["gram_weights"].astype(np.float32)}
        return Head(tuple(str(s) for s in z["labels"]), z["weights"].astype(np.float32), z["bias"].astype(np.float32),
                    int(z["lines"]) if "lines" in z.files else 0, **words)
