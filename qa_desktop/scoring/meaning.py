"""The meaning model of one pack: its example sentences as vectors, and a call's sentences beside them.

Pack authors keep control: categories, forbidden-conduct rules and the escalation setting list
natural example sentences, and a call's sentence counts as one of them when it resembles that
label's examples more than any other label's (nearest examples, a per-label margin). Inspectors'
corrections (LearnedExample, same language) join the pack's own examples. The model is one
signal: categories.py, conduct.py and escalation.py combine it with keyword, phonetic and speaker
evidence, and every verdict it adds names the sentence, the example it resembles and how closely.

Example vectors are computed once per pack (and set of learned examples), on first use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from qa_desktop.domain import LearnedExample, primary_language
from qa_desktop.rules.model import RulePack
from qa_desktop.scoring.literals import Literals

TOP_K = 2  # a label's similarity: the mean of its K nearest examples (one stray example is not enough)
# sentence ends: Chinese and English punctuation (a period only before a space or the end: 3.5, a.m.)
_END = re.compile(r"[。！？!?；;…]+|\.(?=\s|$)")
MIN_CHARS = 2


@dataclass(slots=True)
class Sentence:
    turn: int  # index into ctx.utts
    a: int  # character offsets in the turn's text
    b: int
    text: str
    sentence: int = -1  # clauses: where their sentence starts in the turn (clauses of one sentence share it)


def split(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one turn (a turn without punctuation is one sentence)."""
    out = []
    start = 0
    for m in _END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    spans = []
    for a, b in out:
        while a < b and text[a] in " \t,，、":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if len(text[a:b].strip("。！？!?；;….,，")) >= MIN_CHARS:
            spans.append((a, b))
    return spans


def sentences(utts: Sequence, turns: Sequence[int], limit: int) -> list[Sentence]:
    out: list[Sentence] = []
    for i in turns:
        text = utts[i].text
        for a, b in split(text):
            out.append(Sentence(i, a, b, text[a:b]))
            if len(out) >= limit:
                return out
    return out


def repaired(s, fixes) -> str:
    """The sentence as the model reads it: keywords heard as homophones (推款申请) written as the
    pack writes them (退款申请), so the phonetic match and the meaning agree on what was said."""
    text = s.text
    for a, b, phrase in sorted(fixes, reverse=True):
        if s.a <= a and b <= s.b:
            text = text[:a - s.a] + phrase + text[b - s.a:]
    return text


_CLAUSE = re.compile(r"[，,、:：;；]+|\s[-–—]\s|(?=\bbut\b|\bso\b|但是|不过|可是)")
MIN_CLAUSE = 4  # characters (Chinese) / 3 words (English): shorter clauses ("好的，") join the next one


def clauses(utts: Sequence, turns: Sequence[int], limit: int) -> list[Sentence]:
    """The clauses of these turns' sentences, each tagged with its sentence (`Sentence.a` of the
    first clause of a sentence marks it): a refusal is often one clause of a longer sentence
    ("好的，这个不归我管，你自己联系快递"), and a hand-over follows it in a later clause."""
    out: list[Sentence] = []
    for i in turns:
        text = utts[i].text
        for a, b in split(text):
            pieces, start = [], a
            for m in _CLAUSE.finditer(text, a, b):
                if m.start() > start:
                    pieces.append((start, m.start()))
                start = max(start, m.end())
            if start < b:
                pieces.append((start, b))
            merged: list[list[int]] = []
            for x, y in pieces:
                if merged and _short(text[merged[-1][0]:merged[-1][1]]):
                    merged[-1][1] = y
                else:
                    merged.append([x, y])
            if len(merged) > 1 and _short(text[merged[-1][0]:merged[-1][1]]):
                last = merged.pop()
                merged[-1][1] = last[1]
            for x, y in merged:
                while x < y and text[x] in " ，,、:：":
                    x += 1
                out.append(Sentence(i, x, y, text[x:y], sentence=a))
                if len(out) >= limit:
                    return out
    return out


def _short(t: str) -> bool:
    t = t.strip(" ，,、:：。！？!?.")
    return len(t.split()) < 3 if t.isascii() else len(t) < MIN_CLAUSE


@dataclass(slots=True)
class ExampleSet:
    """Labelled example sentences, embedded once."""

    labels: list[str]
    texts: list[str]
    order: list[str] = field(default_factory=list)  # distinct labels, in the pack's order
    _vecs: np.ndarray | None = None
    _mask: np.ndarray | None = None  # (labels, examples) membership
    _typical: dict[tuple[str, str], float] = field(default_factory=dict)
    _group: tuple | None = None

    def __post_init__(self) -> None:
        self.order = list(dict.fromkeys(self.labels))

    def __bool__(self) -> bool:
        return bool(self.texts)

    def vecs(self) -> np.ndarray:
        if self._vecs is None:
            from qa_desktop.scoring.encoder import embed

            self._vecs = embed(self.texts)
            self._mask = np.array([[lab == o for lab in self.labels] for o in self.order], dtype=bool)
        return self._vecs

    def nearest(self, sents: np.ndarray) -> "Nearest":
        """Per sentence and label: the mean similarity of its TOP_K nearest examples, and the nearest one."""
        sims = sents @ self.vecs().T  # (n, examples)
        idx, pad, k = self._grouped()
        grouped = np.where(pad, -np.inf, sims[:, idx])  # (n, labels, most examples of a label)
        best = idx[np.arange(len(self.order)), np.argmax(grouped, axis=2)]
        if k < grouped.shape[2]:
            grouped = np.partition(grouped, -k, axis=2)[:, :, -k:]
        top = np.where(np.isinf(grouped), np.nan, grouped)
        score = np.nanmean(top, axis=2).astype(np.float32) if np.isnan(top).any() else top.mean(axis=2)
        return Nearest(self, score, best, sims)

    def _grouped(self) -> tuple[np.ndarray, np.ndarray, int]:
        """Example indices per label, padded to one length (pad marks the padding), and K: the
        labels' nearest examples found in one vectorised step instead of a loop over labels."""
        if self._group is None:
            self.vecs()
            cols = [np.flatnonzero(m) for m in self._mask]  # type: ignore[union-attr]  # (vecs() made it)
            width = max(len(c) for c in cols)
            idx = np.zeros((len(cols), width), dtype=np.int64)
            pad = np.ones((len(cols), width), dtype=bool)
            for j, c in enumerate(cols):
                idx[j, :len(c)] = c
                pad[j, :len(c)] = False
            self._group = (idx, pad, TOP_K)  # a label with fewer examples: the mean of those it has
        return self._group


    def typical(self, of: str, to: str) -> float:
        """How much label `of`'s own examples typically resemble label `to` (the mean of their
        `to` scores): the similarity scale of this pack's language and wording. The encoder's
        similarities run higher between Chinese sentences than between English ones, so a fixed
        floor that suits one language is too high or too low for the other; a floor above what the
        pack's own look-alikes reach suits both."""
        key = (of, to)
        got = self._typical.get(key)
        if got is None:
            v = self.vecs()
            rows = v[[i for i, lab in enumerate(self.labels) if lab == of]]
            got = float(self.nearest(rows).score[:, self.order.index(to)].mean()) if len(rows) else 0.0
            self._typical[key] = got
        return got


@dataclass(slots=True)
class Nearest:
    examples: ExampleSet
    score: np.ndarray  # (sentences, labels)
    best: np.ndarray  # index of the nearest example of each label
    sims: np.ndarray  # (sentences, examples)

    def of(self, i: int, label: str) -> tuple[float, str, float]:
        """(label score, its nearest example, that example's similarity) for sentence i."""
        j = self.examples.order.index(label)
        k = int(self.best[i, j])
        return float(self.score[i, j]), self.examples.texts[k], float(self.sims[i, k])


@dataclass(slots=True)
class Meaning:
    """A pack's example sets (+ learned examples)."""

    categories: ExampleSet  # labels: category ids, and "" for neutral sentences
    conduct: dict[str, ExampleSet]  # rule id → labels "refusal" / "polite"
    escalation: ExampleSet  # labels "threat" / "calm"
    script: tuple[str, ...] = ()  # the agent script's sentence-like phrases, as written
    taught: frozenset[str] = frozenset()  # the examples inspectors' corrections added (categories, conduct)
    _script_said: Literals = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # in lower case: the recogniser capitalises a sentence's first word ("How can I help you?")
        self._script_said = Literals([p.lower() for p in self.script], overlapping=True)

    def scripted(self, text: str) -> bool:
        """Mostly one of the agent's script lines ("请问还有其他可以帮您的吗"): no refusal, not
        worth embedding. (Every script phrase said in the text found in one scan: a loop over a
        hundred phrases for each of a call's agent clauses cost about a millisecond a call.)"""
        need = 0.6 * len(text.strip(" 。！？!?.,，"))
        script = self._script_said.phrases
        return any(len(script[k]) >= need for k, _, _ in self._script_said.find(text.lower()))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        from qa_desktop.scoring.encoder import embed

        return embed(texts)


NEUTRAL = ""
SCRIPT = "script"


def _sentence_like(phrase: str) -> bool:
    """Script phrases long enough to stand for a sentence (您好 or "please" alone say nothing)."""
    words = phrase.split()
    return len(words) >= 3 if len(words) > 1 or phrase.isascii() else len(phrase) >= 4


def build(pack: RulePack, learned: Sequence[LearnedExample] = ()) -> Meaning:
    lang = primary_language(pack.language)
    mine = [e for e in learned if primary_language(e.language) in (lang, "")]
    settings = pack.categories
    ids = {c.id for c in settings.items}
    cat_labels: list[str] = []
    cat_texts: list[str] = []
    for c in settings.items:
        for t in c.examples + [e.text for e in mine if e.kind == "category" and e.label == c.id]:
            cat_labels.append(c.id)
            cat_texts.append(t)
    neutral = settings.neutral_examples + [e.text for e in mine if e.kind == "category"
                                           and e.label not in ids]  # corrected to "other"
    if cat_texts:
        cat_labels += [NEUTRAL] * len(neutral)
        cat_texts += neutral
    conduct = {}
    taught_refusal = [e.text for e in mine if e.kind == "conduct" and e.label == "refusal"]
    taught_polite = [e.text for e in mine if e.kind == "conduct" and e.label != "refusal"]
    # the agent's own script (greetings, verification, hold notices…) is what ordinary agent
    # sentences look like: a refusal must be clearly nearer the refusal examples than those too
    script = list(dict.fromkeys(p for r in pack.rules if r.type == "phrase" and r.expect == "present"
                                and r.speaker == "agent" for p in r.phrases if _sentence_like(p)))
    for r in pack.rules:
        if r.examples:
            refusals = r.examples + taught_refusal
            polite = r.unless_examples + taught_polite
            conduct[r.id] = ExampleSet(["refusal"] * len(refusals) + ["polite"] * len(polite)
                                       + [SCRIPT] * len(script), refusals + polite + script)
    esc = pack.escalation
    escalation = ExampleSet(["threat"] * len(esc.examples) + ["calm"] * len(esc.calm_examples),
                            esc.examples + esc.calm_examples) if esc.examples else ExampleSet([], [])
    taught = frozenset(e.text for e in mine if e.kind in ("category", "conduct"))
    return Meaning(ExampleSet(cat_labels, cat_texts), conduct, escalation, tuple(script), taught)


def meaning_of(compiled, learned: Sequence[LearnedExample] = ()) -> Meaning | None:
    """The pack's meaning model, built once per pack and set of learned examples; None when the
    pack lists no example sentences (keyword-only packs never load the encoder)."""
    pack = compiled.pack
    if not (any(c.examples for c in pack.categories.items) or any(r.examples for r in pack.rules)
            or pack.escalation.examples):
        return None
    from qa_desktop.scoring.encoder import available

    if not available():
        return None
    key = tuple((e.kind, e.label, e.text, e.language) for e in learned)
    cache = compiled.meaning
    m = cache.get(key)
    if m is None:
        if len(cache) > 16:
            cache.clear()
        m = cache[key] = build(pack, learned)
    return m
