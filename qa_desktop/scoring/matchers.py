"""Find rule phrases in utterances: exact, fuzzy (rapidfuzz) or phonetic (pinyin).

Speed matters (≥1,000 five-minute calls per second per core), so a matcher is
compiled once per pack and searches all utterances of a window at once: their
texts are joined with a separator and all phrases are looked up at once in
one Aho–Corasick pass (literals.py); homophones of short phrases likewise, in
the text written one symbol per sound (phonetic.homophones). Only phrases
without such a hit, and with enough of their characters present, go to
rapidfuzz's alignment with a per-phrase cutoff — inside the turns that hold a
piece of them where that bound is exact (Chinese), over the joined text
otherwise (English).

`unless` phrases are masked out of the text before searching, so "不客气"
never yields "客气" and "不好意思" never yields a forbidden "意思".
"""

from __future__ import annotations

import bisect
import math
from operator import attrgetter
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from qa_desktop.domain import field_values
from qa_desktop.scoring import phonetic
from qa_desktop.rules.safe_regex import compile_regex
from qa_desktop.scoring.haystack import SEPARATOR, Haystack, Searchable
from qa_desktop.scoring.literals import Literals
from qa_desktop.scoring.normalize import norm
from qa_desktop.scoring.spans import (
    distinct,
    is_latin,
    near_word_bounded,
    pieces,
    required,
    snap_phonetic,
    tighten,
    word_bounded,
)

__all__ = ["Haystack", "Hit", "PhraseMatcher", "Searchable", "default_threshold", "distinct"]

# more phrases than this, in a text this short or shorter, go through one batch of scores before
# their alignments: the batch's set-up is paid once. On a longer text each score costs about one
# alignment, so the batch only repeats the scan for the phrases that pass it (measured: on a whole
# English call, aligning each phrase at once spends 10-20 % less than scoring all, then aligning)
BATCH = 8
BATCH_TEXT = 200
EDGE_BAND = 8.0  # points below a phrase's cutoff where its words may sit clipped at a turn's edge
_POSITION = attrgetter("item", "a")


def default_threshold(phrase: str, mode: str) -> float:
    """Short phrases must be (nearly) exact: one wrong character in 2–3 is another word."""
    n = len(phrase)
    if any("\u3400" <= c <= "\u9fff" for c in phrase):
        if mode == "phonetic":
            return 100.0 if n <= 2 else 83.0 if n == 3 else 85.0
        return 100.0 if n <= 3 else 75.0 if n == 4 else 80.0
    return 100.0 if n <= 4 else 90.0 if n <= 8 else 85.0 if n <= 15 else 82.0


@dataclass(slots=True)
class Hit:
    """A phrase found in one utterance: normalised offsets [a, b) in that utterance."""

    item: int  # index into the searched list
    phrase: str  # as written in the pack
    mode: str
    similarity: float
    a: int
    b: int

    def __init__(self, item: int, phrase: str, mode: str, similarity: float, a: int, b: int) -> None:
        # (written out: mypyc compiles this one, and would run the one dataclass writes as Python; the
        # fields and defaults are the dataclass's, which test_native_scorer.py checks)
        self.item, self.phrase, self.mode, self.similarity, self.a, self.b = item, phrase, mode, similarity, a, b

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return type(self), field_values(self)  # (compiled, copies and pickles would call __init__ with no arguments)


def _holding_a_piece(todo: list[int], grams: list[list[str]], at: dict[str, list[int]]) -> list[int]:
    """The phrases of `todo` with one of their pieces somewhere in `at`: any other has no turn to
    align in (`_local` would find none), and asking each of them costs more than this one set test."""
    found = at.keys()
    return [i for i in todo if not found.isdisjoint(grams[i])]


class PhraseMatcher:
    """A compiled list of phrases (+ regex, + unless) with one match mode."""

    def __init__(self, phrases: list[str], mode: str = "fuzzy", threshold: float | None = None,
                 unless: list[str] | None = None, regex: list[str] | None = None) -> None:
        self.mode = mode
        self.raw = list(phrases)
        self.norms = [norm(p) for p in phrases]
        self.latin = [is_latin(p) for p in self.norms]
        self.any_latin = any(self.latin)
        self.cutoffs = [
            threshold if threshold is not None else default_threshold(p, mode) for p in self.norms
        ]
        self.unless = tuple(sorted({norm(u) for u in unless or [] if norm(u)}, key=len, reverse=True))
        self.regex = [compile_regex(r) for r in regex or []]  # RE2: linear time, no pattern can hang scoring
        self.regex_raw = list(regex or [])
        # fuzzy only where the cutoff leaves room for an error: a 6-character phrase at 85 needs
        # all 6 characters in a 6-character window, which is the exact search already done
        self.fuzzy_idx = [i for i, p in enumerate(self.norms)
                          if mode != "exact" and math.ceil(len(p) * self.cutoffs[i] / 100.0 - 1e-9) < len(p)]
        phrase_of: dict[str, int] = {}  # each distinct normalised phrase → its first entry
        for i, p in enumerate(self.norms):
            if p:
                phrase_of.setdefault(p, i)
        # (English word boundaries are checked on each hit)
        self.exact = Literals(list(phrase_of))
        # (a phrase holding the separator, however unlikely, could match across turns: scan whole)
        self.splittable = not any(SEPARATOR in p for p in phrase_of)
        self.exact_phrase = list(phrase_of.values())  # the automaton's pattern k → phrase index
        # (normalised phrases never hold the control characters Haystack.plain writes; checked anyway)
        self.plain_ok = not any(c in p for p in self.norms for c in "\x1e\x1f")
        self.contained = [[j for j, q in enumerate(self.norms) if j != i and q and q in p and
                           (not self.latin[j] or word_bounded(p, p.find(q), p.find(q) + len(q)))]
                          for i, p in enumerate(self.norms)]
        # prefilter: a phrase can only reach its cutoff if enough of its characters occur at all
        self.need = [required(p, self.cutoffs[i]) for i, p in enumerate(self.norms)]
        # (English: the words one of which must occur, all looked for in one pass)
        fuzzy = set(self.fuzzy_idx)
        self.word_grams = [self.need[i][0] if self.latin[i] and i in fuzzy else [] for i in range(len(self.norms))]
        self.words = Literals(sorted({w for grams in self.word_grams for w in grams}), overlapping=True)
        # (a lone character's sound is shared by dozens of characters: no evidence of the word)
        self.phon_idx = [i for i, p in enumerate(self.norms) if mode == "phonetic" and not p.isascii() and len(p) > 1]
        self.phon = [phonetic.encode(p) for p in self.norms] if mode == "phonetic" else []
        self.phon_grams = [pieces(q, self.cutoffs[i], 2) for i, q in enumerate(self.phon)]
        # (English: every letter pair is everywhere, so English phrases take the batch path)
        self.char_grams = [pieces(p, self.cutoffs[i], 1) if not self.latin[i] else []
                           for i, p in enumerate(self.norms)]
        self.phon_exact = [math.ceil(len(q) * self.cutoffs[i] / 100.0 - 1e-9) >= len(q) for i, q in enumerate(self.phon)]
        # every occurrence of those sounds and of the pieces, each in one pass over a text
        self.sound = {i: phonetic.homophones(self.norms[i]) for i in self.phon_idx if self.phon_exact[i]}
        self.sounds = Literals(list(self.sound.values()), overlapping=True)
        self.char_pieces = Literals([g for grams in self.char_grams for g in grams], overlapping=True)
        self.phon_pieces = Literals([g for grams in self.phon_grams for g in grams], overlapping=True)

    def search(self, items: "list[Searchable] | Haystack", first_only: bool = False, every: bool = False,
               exact_only: bool = False) -> list[Hit]:
        """Best hit per phrase (exact before fuzzy before phonetic), sorted by position.

        `first_only` stops at the first exact hit: enough for "was it said?".
        `every` also reports repeated exact occurrences (each forbidden phrase
        each time it was said; role cues in every turn). `exact_only` skips the
        fuzzy and phonetic passes (where else a rule's phrases were said word for word).
        """
        hay = items if isinstance(items, Haystack) else Haystack(items)
        if self.unless:
            hay = hay.masked(self.unless)
        items = hay.items
        if not items:
            return []
        texts, joined, bounds = hay.texts, hay.joined, hay.bounds
        hits: list[Hit] = []
        found = [False] * len(self.norms)
        if self.exact:
            # one pass for all phrases (leftmost, then longest) instead of a find per phrase
            phrase, latin, raw, contained = self.exact_phrase, self.latin, self.raw, self.contained
            k = 0
            track = not (every and exact_only)
            scan = hay.exact_from_start if first_only and self.splittable else hay.exact
            for p, pos, end in scan(self.exact):
                i = phrase[p]
                if found[i] and not every:
                    continue
                if latin[i] and not word_bounded(joined, pos, end):
                    continue
                k = bisect.bisect_right(bounds, pos, k) - 1  # (matches come in order: from the last turn on)
                b = end - bounds[k]
                if b > len(texts[k]):  # noqa: PLR1730 — (a phrase across turns glued together ends with this one;
                    b = len(texts[k])  # no min(): in this Python, min and max parse keywords per call)
                hits.append(Hit(k, raw[i], "exact", 100.0, pos - bounds[k], b))
                if first_only:
                    return hits
                if track:  # (which phrases are found matters to the passes after this one)
                    found[i] = True
                    for j in contained[i]:  # "不知道" is in "我不知道": found, not a fuzzy candidate
                        found[j] = True
        in_order = len(hits)  # (the hits so far came in text order: only later passes' need sorting)
        for j, rx in enumerate(self.regex):
            for k, t in enumerate(texts):
                m = rx.search(t)
                if m and m.end() > m.start():
                    hits.append(Hit(k, self.regex_raw[j], "regex", 100.0, m.start(), m.end()))
                    if first_only:
                        return hits
                    if not every:
                        break
        if exact_only:
            return sorted(hits, key=_POSITION) if len(hits) > in_order else hits
        todo = self._possible([i for i in self.fuzzy_idx if not found[i]], hay)
        local = [i for i in todo if self.char_grams[i]]
        if local:  # align only inside turns holding a piece
            at = hay.starts(self.char_pieces)
            hits += self._local_hits(local, self.char_grams, at, self.norms, joined, bounds, texts, 1, found, first_only)
            if first_only and hits:
                return hits
        todo = [i for i in todo if not found[i] and not self.char_grams[i]]
        local = [i for i in todo if self.word_grams[i]]
        if local:  # English: align only inside the turns that hold one of the phrase's words
            at = {}
            for k, pos, _ in hay.exact(self.words):  # (the scan _possible made)
                at.setdefault(self.words.phrases[k], []).append(pos)
            hits += self._local_hits(local, self.word_grams, at, self.norms, joined, bounds, texts, 1, found, first_only)
            if first_only and hits:
                return hits
            todo = [i for i in todo if not found[i] and not self.word_grams[i]]
        if todo:
            # (English: the one-byte form of the same text, Haystack.plain)
            aligned = (hay.plain if self.plain_ok else None) or joined
            hits.extend(self._aligned(todo, self.norms, texts, aligned, bounds, found, first_only, 1))
            if first_only and hits:
                return hits
        todo = [i for i in self.phon_idx if not found[i]]
        if todo:
            # homophones of short phrases (the cutoff allows no error): where they occur
            exact_sounds = [i for i in todo if self.phon_exact[i]]
            at = self.sounds.starts(hay.homophones) if exact_sounds else {}
            sound = self.sound
            for i in [i for i in exact_sounds if sound[i] in at]:  # (those said here, in the same order)
                for pos in at.get(self.sound[i], ()):
                    k = bisect.bisect_right(bounds, pos) - 1
                    a = pos - bounds[k]
                    hits.append(Hit(k, self.raw[i], "phonetic", 100.0, a, min(a + len(self.norms[i]), len(texts[k]))))
                    found[i] = True
                    if first_only:
                        return hits
                    if not every:
                        break
            todo = [i for i in todo if not found[i] and not self.phon_exact[i]]
        if todo:
            pjoined = hay.phon  # two symbols per character, the separator too
            pbounds = [2 * b for b in bounds]
            phon_texts = [pjoined[b:b + 2 * len(t)] for b, t in zip(pbounds, texts)]
            # phrases with sound pieces: align only inside the turns that contain one of them
            local = [i for i in todo if self.phon_grams[i]]
            if local:
                at = self.phon_pieces.starts(pjoined)
                hits += self._local_hits(local, self.phon_grams, at, self.phon, pjoined, pbounds, phon_texts, 2,
                                         found, first_only)
                if first_only and hits:
                    return hits
            todo = [i for i in todo if not found[i] and not self.phon_grams[i]]
            if todo:
                hits.extend(self._aligned(todo, self.phon, phon_texts, pjoined, pbounds, found, first_only, 2))
        if len(hits) > in_order:
            hits.sort(key=_POSITION)
        return hits

    def exact_cover(self, hay: Haystack) -> list[int] | None:
        """Characters of each turn that `search(hay, every=True)` would cover, summed without a Hit
        per occurrence (mono role cues: "您" is everywhere); None where that does not hold
        (other modes, regex, unless, English word boundaries, turns glued without a separator)."""
        if (self.mode != "exact" or self.regex or self.unless or self.any_latin or not self.exact
                or hay.joined.count(SEPARATOR) != len(hay.texts) - 1):
            return None
        cover = [0] * len(hay.texts)
        bounds, k, last = hay.bounds, 0, len(hay.texts) - 1
        for _, a, b in hay.find(self.exact):
            while k < last and bounds[k + 1] <= a:
                k += 1
            cover[k] += b - a
        return cover

    def longest_in(self, text: str) -> str:
        """The longest phrase (as written) said word for word in `text`, the first on ties."""
        return max((self.raw[self.exact_phrase[p]] for p, _, _ in self.exact.find(text)), key=len, default="")

    def _possible(self, todo: list[int], hay: Haystack) -> list[int]:
        """The phrases that pass a cheap necessary condition for a fuzzy hit, so rapidfuzz runs
        only on candidates.

        Chinese: partial_ratio ≥ T needs ≥ T% of the phrase's characters in the
        aligned window, hence in the text (exact bound). Latin letters are in
        every text, so English phrases need one of their longer words instead
        (a heuristic, see spans.required).
        """
        out = []
        words: set[str] | None = None  # the English pieces said anywhere in the text
        for i in todo:
            pieces, minimum = self.need[i]
            if minimum <= 0:
                out.append(i)
            elif not self.latin[i]:  # (distinct characters, counted in one set intersection)
                if len(hay.chars.intersection(pieces)) >= minimum:
                    out.append(i)
            else:  # (minimum is 1: one of its words, see spans.required)
                if words is None:
                    words = {self.words.phrases[k] for k, _, _ in hay.exact(self.words)}
                if not words.isdisjoint(pieces):
                    out.append(i)
        return out

    def _local_hits(self, todo: list[int], grams: list[list[str]], at: dict[str, list[int]], queries: list[str],
                    joined: str, bounds: list[int], texts: list[str], width: int, found: list[bool],
                    first_only: bool) -> list[Hit]:
        """`_local` for each phrase of `todo` with one of its pieces in `at`, marking those found (up to
        the first hit, for a "was it said?" search)."""
        out = []
        for i in _holding_a_piece(todo, grams, at):
            hit = self._local(i, queries[i], joined, bounds, texts, width, at, grams[i])
            if hit is not None:
                out.append(hit)
                found[i] = True
                if first_only:
                    break
        return out

    def _local(self, i: int, query: str, joined: str, bounds: list[int], texts: list[str],
               width: int, at: dict[str, list[int]], grams: list[str]) -> Hit | None:
        """Align a phrase only inside the turns that hold one of its pieces (`grams`: see spans.pieces,
        or an English phrase's words, spans.required); `at`: where each piece occurs in `joined`."""
        turns: set[int] = set()
        for g in grams:
            after = -width
            for pos in at.get(g, ()):
                if pos >= after + width:  # (the next occurrence looked for starts a character later)
                    turns.add(bisect.bisect_right(bounds, pos) - 1)
                    after = pos
        best = None
        cutoff = self.cutoffs[i]
        for k in sorted(turns):
            al = fuzz.partial_ratio_alignment(query, texts[k], score_cutoff=cutoff)
            if al is None or min(al.dest_end - al.dest_start, al.src_end - al.src_start) < len(query) * cutoff / 100.0 - 1e-9:
                continue
            if best is None or al.score > best[1].score:
                best = (k, al)
        if best is None:
            return None
        k, al = best
        if width == 2:
            a, b, score = snap_phonetic(query, texts[k], al.dest_start, al.score)
            return Hit(k, self.raw[i], "phonetic", round(score, 1), a, b)
        a, b = tighten(query, texts[k], al.dest_start, al.dest_end)
        if self.latin[i] and not near_word_bounded(texts[k], a, b):
            return None
        return Hit(k, self.raw[i], "fuzzy", round(al.score, 1), a, b)

    def _aligned(self, todo: list[int], queries: list[str], texts: list[str], joined: str, bounds: list[int],
                 found: list[bool], first_only: bool, width: int) -> list[Hit]:
        """rapidfuzz over the joined text (short texts: scores in one C++ batch first); hits only above cutoff.

        width 1: characters (fuzzy); width 2: two phonetic symbols per character.
        """
        mode = "fuzzy" if width == 1 else "phonetic"
        todo = [i for i in todo if len(queries[i]) * self.cutoffs[i] / 100.0 <= len(joined)]
        # English words clipped at a turn's edge score lower in the joined text than in their turn
        edges = width == 1 and len(texts) > 1
        floor = {i: self.cutoffs[i] - (EDGE_BAND if edges and self.latin[i] else 0.0) for i in todo}
        if len(todo) > BATCH and len(joined) <= BATCH_TEXT:  # a short window, many phrases: one C++ batch first
            scores = process.cdist([queries[i] for i in todo], [joined], scorer=fuzz.partial_ratio, dtype=np.float64,
                                   score_cutoff=min(floor.values()))[:, 0]
            todo = [i for i, sc in zip(todo, scores) if sc >= floor[i]]
        out = []
        for i in todo:
            cutoff = self.cutoffs[i]
            al = fuzz.partial_ratio_alignment(queries[i], joined, score_cutoff=floor[i])
            if al is None:
                continue
            k = bisect.bisect_right(bounds, al.dest_start) - 1
            a, b = al.dest_start - bounds[k], al.dest_end - bounds[k]
            score = al.score
            if score < cutoff or b > len(texts[k]):
                # a near miss, or straddling two turns: align inside each turn on its own, where a
                # turn's first and last words may be clipped ("...and for calling" for "thanks for
                # calling": the voice's first sound lost at its onset), and keep the best
                if score >= cutoff:
                    near = [k, k + 1]
                else:  # the best turn in one C++ call
                    best_turn = process.extractOne(queries[i], texts, scorer=fuzz.partial_ratio, score_cutoff=cutoff)
                    near = [best_turn[2]] if best_turn else []
                best = None
                for kk in near:
                    if kk < len(texts):
                        al2 = fuzz.partial_ratio_alignment(queries[i], texts[kk], score_cutoff=cutoff)
                        if al2 is not None and (best is None or al2.score > best[1].score):
                            best = (kk, al2)
                if best is None:
                    continue
                k, al = best
                a, b, score = al.dest_start, al.dest_end, al.score
            # rapidfuzz aligns the shorter string inside the longer: a turn shorter than the
            # phrase ("喂" inside "很高兴为您服务") is no hit
            if b - a < len(queries[i]) * cutoff / 100.0 - 1e-9 or al.src_end - al.src_start < len(queries[i]) * cutoff / 100.0 - 1e-9:
                continue
            if width == 2:
                a, b, score = snap_phonetic(queries[i], texts[k], a, score)
            else:
                text = texts[k]
                a, b = tighten(self.norms[i], text, a, b)
                if self.latin[i] and not near_word_bounded(text, a, b):
                    continue
            out.append(Hit(k, self.raw[i], mode, round(score, 1), a, b))
            found[i] = True
            if first_only:
                break
        return out
