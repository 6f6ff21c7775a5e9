"""Where a match lies: span tightening, phonetic snapping, prefilter pieces, de-duplication.

Kept apart from the matcher so each stays small; all are pure functions on strings.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

if TYPE_CHECKING:
    from qa_desktop.scoring.matchers import Hit


def is_latin(text: str) -> bool:
    return any("a" <= c <= "z" for c in text)


def snap_phonetic(query: str, text: str, a: int, score: float) -> tuple[int, int, float]:
    """Phonetic spans on whole characters: equal-scoring alignments may start on a final
    (half a character), so try the character windows around it and keep the best (leftmost on ties)."""
    n = len(query) // 2
    chars = len(text) // 2
    base = a // 2
    best = None
    for c in range(max(0, base - 1), min(base + 1, chars - n) + 1):
        r = fuzz.ratio(query, text[2 * c:2 * (c + n)])
        if best is None or r > best[1]:
            best = (c, r)
    if best is None:
        return base, min(chars, base + n), score
    return best[0], best[0] + n, max(score, best[1]) if best[1] >= score else score


def pieces(text: str, cutoff: float, width: int) -> list[str]:
    """Neighbouring character pairs (width 2: pairs of two-symbol syllables) of a phrase, or []
    when the errors the cutoff allows could break every pair.

    With e errors, at least (n-1) - 2e pairs survive intact; when that is ≥ 1 a match lies
    in a turn holding one of the pairs, so only those turns need an alignment.
    """
    n = len(text) // width
    errors = len(text) - math.ceil(len(text) * cutoff / 100.0 - 1e-9)
    if (n - 1) - 2 * errors < 1:
        return []
    return sorted({text[width * k:width * k + 2 * width] for k in range(n - 1)})


def required(phrase: str, cutoff: float) -> tuple[list[str], int]:
    """What a text must contain for the phrase to reach the cutoff somewhere in it: (pieces, how many).

    Chinese: that share of the phrase's characters (an exact bound). English (a heuristic, since
    every letter is in every text): one of its words of four letters or more — the recogniser
    swaps whole words, and a phrase with all its longer words wrong is far below 82 — else one
    of its 4-letter pieces.
    """
    if is_latin(phrase):
        words = sorted({w for w in re.findall(r"[a-z0-9']+", phrase) if len(w) >= 4})
        grams = words or sorted({phrase[k:k + 4] for k in range(max(0, len(phrase) - 3))})
        return grams, (1 if grams else 0)
    return list(dict.fromkeys(phrase)), math.ceil(len(phrase) * cutoff / 100.0 - 1e-9) - _repeats(phrase)


def _repeats(phrase: str) -> int:
    """Repeated characters are counted once by `in`, so lower the bound by their number."""
    return len(phrase) - len(set(phrase))


def tighten(phrase: str, text: str, a: int, b: int) -> tuple[int, int]:
    """Move a fuzzy span's edges onto characters of the phrase.

    Equal-scoring alignments can start one character early ("道你自己去后台"
    for 你自己去后台查); the inspector should see the words that matched.
    """
    chars = set(phrase)
    while a < b and text[a] not in chars:
        a += 1
    while b > a and text[b - 1] not in chars:
        b -= 1
    # widened towards the phrase's length only within the words it covers: "and for your patience"
    # for "thanks for your patience" must not take the "th" of the next word and fail word bounds
    while b < len(text) and b - a < len(phrase) and text[b] in chars and not text[b].isspace():
        b += 1
    while a > 0 and b - a < len(phrase) and text[a - 1] in chars and not text[a - 1].isspace():
        a -= 1
    return (a, b) if b > a else (a, a + 1)


def distinct(hits: list[Hit]) -> list[Hit]:
    """One hit per stretch of text: "我不知道" and "不知道" on the same words are one finding."""
    if len(hits) < 2 or apart(hits):
        return hits
    kept: dict[int, list[Hit]] = {}
    for h in sorted(hits, key=lambda h: (-h.similarity, h.a - h.b)):  # surest, then longest first
        same = kept.setdefault(h.item, [])
        if not any(h.a < k.b and k.a < h.b for k in same):
            same.append(h)
    out = [h for item in sorted(kept) for h in sorted(kept[item], key=lambda h: h.a)]
    return out


def apart(hits: list[Hit]) -> bool:
    """The hits are in turn and position order and none overlaps the next (so none overlaps any):
    then `distinct` would keep them all in this order. The usual case — a search's word-for-word
    hits never overlap — is told by one pass instead of sorting by similarity and testing each
    hit against those kept."""
    for p, h in pairwise(hits):
        if h.item < p.item or h.item == p.item and (h.a <= p.a or h.a < p.b):
            return False
    return True


def word_bounded(text: str, a: int, b: int) -> bool:
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def near_word_bounded(text: str, a: int, b: int) -> bool:
    """A fuzzy English hit may be off by a letter at its edges, not inside another word."""
    return word_bounded(text, a, b) or (
        (a == 0 or not text[a - 1].isalnum() or a + 1 < len(text) and not text[a].isalnum())
        and (b >= len(text) or not text[b].isalnum() or not text[b - 1].isalnum())
    )
