"""The trained stance head's reading of the agent's sentences, for conduct.review.

The head (tools/train_stance_head.py; data/stance.npz) is the third witness of a forbidden-conduct
rule: it reads each whole sentence, and the sentence with its neighbours in its turn, and adds a
refusal where both readings are confident (HEAD_FLOOR, HEAD_CONTEXT); conduct.review also asks it
to confirm what the cues (HEAD_CUE_VETO) and the nearest examples (HEAD_VETO) find. HeadReading
holds one call's readings, so each sentence and each context window is embedded once.
"""

from __future__ import annotations

import numpy as np

from qa_desktop.domain import Evidence, Utterance
from qa_desktop.scoring import heads
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.meaning import Meaning, Sentence, split
from qa_desktop.scoring.messages import Message, msg, note
from qa_desktop.scoring.stance import tokens

# the trained stance head (tools/train_stance_head.py; data/stance.npz): a linear reading of the
# sentence's vector and its words (heads.Grams), trained on the labelled agent lines of many authors,
# so it reads blame, sarcasm and brush-offs in words no cue or example lists. It adds a refusal where
# it is confident (HEAD_FLOOR) and nothing shields the sentence (a commitment, a hand-over); it never
# clears a fail. Before it read words it needed a second witness (the blunt 你, nearest examples
# leaning to the refusals) and no courtesy in the sentence; reading words, it tells "您先别急，我帮您查一下"
# (1 % refusal) from "您再这样我只能挂电话了" (97 %) itself. Leave-one-file-out over 35 authors' files,
# the pipeline with it: refusals missed zh 47 → 38, en 61 → 47, for 2 + 2 more polite lines failed; on
# four new authors' files (fresh21-24) missed zh 20 → 13, en 25 → 18, and no polite line more.
# (HEAD_FLOOR was 0.9 until stop 23: see below.)
# …and a refusal the nearest examples alone find (no cue, no listed phrase) stands only where the head
# gives the whole sentence at least this much: the examples read short clauses by topic ("I'm right
# here." near "I've said all this already.", "so take your time." near "Stop wasting my time.").
# Leave-one-file-out over 35 files: polite lines failed zh 9 → 1, en 8 → 3, refusals missed 38 → 48
# and 47 → 51 (0.3: 1 and 5 failed, 44 and 49 missed). An example an inspector taught is no topic
# guess: a sentence nearest one stands whatever the head says (the team's correction wins)
HEAD_VETO = 0.4
# Every reading of the head is also taken with the sentence's neighbours in its turn (HEAD_REACH
# sentences either side): alone, a short sentence is read without what it answers or leads to
# ("Great question." before a plain answer reads 94 %; "I can see why you'd be upset." before an
# apology and a free return 91 %). The head adds a refusal only where the sentence reads ≥ HEAD_FLOOR
# and its context ≥ HEAD_CONTEXT; the nearest-example veto asks both for ≥ HEAD_VETO; a deflect cue
# ("can't be returned") stands only where the head gives its sentence ≥ HEAD_CUE_VETO ("…but since
# this one is damaged I've gone ahead and opened a return for you" reads 3 %). Leave-one-file-out over
# 66 files (stop 23's training sets included), the pipeline: floor 0.9 without context — F1 zh 0.948
# / en 0.921, polite lines failed 5 / 18, refusals missed 135 / 197; the context alone at 0.9 — polite
# failed en 10, missed 212; with the floor lowered to 0.8 (0.85: failed 4 / 12, missed 126 / 188;
# 0.75: 9 / 19, 116 / 154), the context at 0.6 (0.5: en 16 failed, 166 missed; 0.7: 14, 169; 0.5
# read "Anything else? No? Thank you for calling, goodbye." at 51 %) and Chinese cue gaps counted in
# words (stance.CJK_WORD) — F1 0.956 / 0.933, failed 5 / 15, missed 114 / 167. Reading sentences that
# commit to something ("Oh, sure, I'll just magic the parcel out of thin air") at ≥ 0.95 caught 6 + 11
# more and failed 4 more polite lines.
HEAD_FLOOR = 0.8
HEAD_CONTEXT = 0.6
HEAD_REACH = 2  # sentences on either side
HEAD_CUE_VETO = 0.2
HEAD_MIN_WORDS = 2  # English words / Chinese characters ÷ 2: "Fine." or "行。" is no stance to read
# a turn the recogniser heard poorly is no ground for the head: it reads whatever words came out, and a
# garbled "thanks for calling, goodbye" ("You can't fall down and cry…") reads like blame
HEAD_HEARD = 0.6  # Utterance.confidence
# …and one heard less than clearly needs the floor of before stop 23: Whisper's "I can't spot your
# patience." (thank you for your patience, a mixed-down sample call heard at 69 %) reads 81 %
HEAD_CLEAR = 0.8
HEAD_FLOOR_UNCLEAR = 0.9
# A sentence that commits to an action ("I'll", "let me": stance.read) is courteous by its cue, but the cue
# also opens brush-offs and threats ("If you're going to raise your voice I'll just hang up.", "so I'll let
# you go. Bye.", "let me just magic your money back out of thin air"). Once the head read only sentences
# no commitment shielded; it reads those too where it is this sure of the sentence and of its context.
# Picked by a rule fixed before the sets that measured it (stop 39, the smallest of 0.95 / 0.97 / 0.99
# at which no polite line of the 67 regular dev sets among fresh500-596 newly failed): there, 0 polite
# lines failed at 0.9 already, and 36 en + 13 zh refusals more were caught at 0.95. A commitment said in
# the negative ("not a problem", 没关系: stance.reassures) still shields its sentence: "Oh that's not a
# problem, honestly." reads like "not my problem, honestly" to the head.
HEAD_COMMITTED = 0.95

Key = tuple[int, int]  # an agent sentence: (its turn, the offset its first clause marks; Sentence.sentence)


def heard_note(u: Utterance) -> Message | None:
    """Said beside a reading of meaning in a turn heard less than clearly: the reading is of whatever
    words came out, and the verdict is no surer than the hearing (engine._heard)."""
    return msg("note.heard_unclearly", heard=round(u.confidence * 100)) if u.confidence < HEAD_CLEAR else None


def stance_head() -> heads.Head | None:
    """The shipped stance head (None where none ships: the review runs as before)."""
    head = heads.load("stance")
    return head if head is not None and "refusal" in head.labels else None


def whole_sentence(text: str, start: int, fallback: tuple[int, int]) -> tuple[int, int]:
    """The span of the sentence of `text` that starts at `start` (meaning.split), script clauses and
    all: what the stance head reads ("I'm closing this call now, thank you for your patience and
    goodbye" is a courteous closing; its first clause alone reads as a brush-off)."""
    return next(((a, b) for a, b in split(text) if a <= start < b), fallback)


def sentence_span(parts: list[Sentence], key: Key) -> tuple[int, int]:
    """The span the clauses of sentence `key` among `parts` cover (the clauses the model reads)."""
    mine = [c for c in parts if (c.turn, c.sentence) == key]
    return min(c.a for c in mine), max(c.b for c in mine)


def _long_enough(toks: list[str]) -> bool:
    words = [t for t in toks if t[0].isalnum()]
    cjk = sum("\u3400" <= t[0] <= "\u9fff" for t in words)
    return len(words) - cjk + cjk / 2 >= HEAD_MIN_WORDS


class HeadReading:
    """The head's readings of one call's agent clauses (`parts`, their vectors `vecs`): each sentence's
    probability of refusing with its span (`read`), and each context window's (embedded once)."""

    def __init__(self, head: heads.Head, ctx: CallContext, meaning: Meaning, parts: list[Sentence],
                 vecs: np.ndarray) -> None:
        self.head = head
        self.ctx = ctx
        self.meaning = meaning
        self.parts = parts
        self.vecs = vecs
        self.read: dict[Key, tuple[float, int, int]] = {}  # sentence → the head's P(refusal), its span
        self._context: dict[tuple[int, int, int], float] = {}  # (turn, x, y) → P(refusal) of text[x:y]

    def reads(self, todo: dict[Key, int]) -> None:
        """The head's probability that each of these sentences (key → one of its clauses) refuses, read
        over its whole text (whole_sentence), with that span, into `read`. The sentences no clause
        covers whole are embedded in one call (a call to the encoder costs far more than a sentence in it)."""
        parts, utts = self.parts, self.ctx.utts
        todo = {key: j for key, j in todo.items() if key not in self.read}
        spans = {key: whole_sentence(utts[key[0]].text, key[1], sentence_span(parts, key)) for key in todo}
        texts = {key: utts[key[0]].text[a:b] for key, (a, b) in spans.items()}
        whole = [key for key, j in todo.items() if (parts[j].a, parts[j].b) != spans[key]]
        fresh = dict(zip(whole, self.meaning.embed([texts[key] for key in whole]))) if whole else {}
        r = self.head.labels.index("refusal")
        for key, j in todo.items():
            p = self.head.probabilities(fresh[key] if key in fresh else self.vecs[j], [texts[key]])[0, r]
            self.read[key] = (float(p), *spans[key])

    def says(self, j: int, key: Key) -> float:
        """The head's probability that clause j's whole sentence refuses."""
        self.reads({key: j})
        return self.read[key][0]

    def in_context(self, turn: int, a: int, b: int, p: float) -> float:
        """The head's probability that the sentence text[a:b] of this turn (which it reads at p) refuses,
        read with the HEAD_REACH sentences before and after it in the turn. A window is read once per call
        (the nearest-example veto and the head's own pass may both ask for it)."""
        text = self.ctx.utts[turn].text
        spans = split(text)
        k = next((k for k, (x, y) in enumerate(spans) if x <= a < y), None)
        if k is None:
            return p
        x, y = min(a, spans[max(0, k - HEAD_REACH)][0]), max(b, spans[min(len(spans) - 1, k + HEAD_REACH)][1])
        if (x, y) == (a, b):
            return p
        got = self._context.get((turn, x, y))
        if got is None:
            said, r = text[x:y], self.head.labels.index("refusal")
            got = float(self.head.probabilities(self.meaning.embed([said]), [said])[0, r])
            self._context[(turn, x, y)] = got
        return got

    def context_of(self, key: Key) -> float:
        """in_context for sentence `key`, over the span and at the probability `read` holds for it."""
        p, a, b = self.read[key]
        return self.in_context(key[0], a, b, p)

    def stands(self, j: int, key: Key, floor: float) -> bool:
        """Does the head give clause j's whole sentence, and then that sentence in its context, ≥ floor?"""
        return self.says(j, key) >= floor and self.context_of(key) >= floor

    def reading(self, j: int, key: Key) -> Evidence | None:
        """A refusal the trained head reads in clause j's sentence (see HEAD_FLOOR; `reads` first)."""
        turn = self.parts[j].turn
        u = self.ctx.utts[turn]
        if u.confidence < HEAD_HEARD:
            return None
        p, a, b = self.read[key]
        if not _long_enough(tokens(u.text[a:b])):
            return None
        floor = HEAD_FLOOR if u.confidence >= HEAD_CLEAR else HEAD_FLOOR_UNCLEAR
        if p < floor or self.context_of(key) < HEAD_CONTEXT:
            return None
        pct = round(p * 100, 1)  # one figure for the evidence and its note, so both print the same whole percent
        return Evidence(u.speaker, u.start, u.end, u.text, u.text[a:b], a, b, pct, "stance head", "meaning",
                        **note(msg("note.stance_head", probability=pct), heard_note(u), self.ctx.role_note(turn)))
