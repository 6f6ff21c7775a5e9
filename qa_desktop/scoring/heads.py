"""Trained heads: linear classifiers over the sentence encoder's vectors.

Why: a nearest-example vote reads a sentence by the few examples it resembles most, so it follows
shared topic and words ("the courier" pulls a refusal to logistics); a linear head trained on
thousands of labelled lines written by many authors learns which directions of the vector space
carry the label, and generalises to wordings no example lists. A head is one signal beside the
keywords, cues and example sentences, never alone, and the pack's own examples and inspectors'
corrections keep their say through the nearest-example vote (meaning.py).

Heads are trained offline (tools/train_*_head.py, scikit-learn: a development dependency only) and
ship as small .npz files in qa_desktop/scoring/data/; at run time they are one matrix product.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Head:
    labels: tuple[str, ...]
    weights: np.ndarray  # (len(labels), DIM)
    bias: np.ndarray  # (len(labels),)
    lines: int = 0  # how many labelled lines it was trained on (the evidence names it)

    @classmethod
    def from_linear(cls, labels, coef: np.ndarray, intercept: np.ndarray) -> Head:
        """From a fitted linear model's coef_/intercept_; a binary model (one row) scores its second
        label against a zero first, so its softmax is the model's sigmoid."""
        coef, intercept = np.asarray(coef, np.float32), np.asarray(intercept, np.float32)
        if coef.shape[0] == 1 and len(labels) == 2:
            coef = np.vstack([np.zeros_like(coef), coef])
            intercept = np.concatenate([np.zeros(1, np.float32), intercept])
        return cls(tuple(labels), coef, intercept)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """(n, DIM) sentence vectors → (n, len(labels)) label probabilities."""
        z = np.atleast_2d(vectors) @ self.weights.T + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path, lines: int, half: bool = False) -> None:
        """The trainers' one file format; `half` stores the weights as float16 (half the wheel's bytes,
        the same readings to three decimals)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, labels=np.array(self.labels),
                            weights=self.weights.astype(np.float16 if half else np.float32),
                            bias=self.bias.astype(np.float32), lines=np.array(lines))


@cache
def load(name: str) -> Head | None:
    """The shipped head `name` (data/<name>.npz), or None where none ships (a head is an extra signal)."""
    path = DATA / f"{name}.npz"
    if not path.exists():
        return None
    with np.load(path) as z:
        return Head(tuple(str(s) for s in z["labels"]), z["weights"].astype(np.float32), z["bias"].astype(np.float32),
                    int(z["lines"]) if "lines" in z.files else 0)
