"""Text normalisation that survives speech recognition, with a map back.

Whisper writes the same words many ways: 請/请, full-width ，/ASCII, "1001" or
"一零零一", "Eight one" or "81". Phrases and utterances both go through
`normalize`, so matching compares like with like; `starts`/`ends` map every
normalised character back to the original text so evidence spans point at
what the inspector actually sees.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from itertools import accumulate
from typing import Any

import numpy as np

import opencc

from qa_desktop.scoring.literals import SURROGATE, Literals

_T2S = opencc.OpenCC("t2s")
# spoken digits as Whisper writes them: 〇 for 零, 幺 for 一 when reading numbers out
_ZH_DIGIT_VALUE = str.maketrans("零〇一二三四五六七八九幺", "001234567891")
_ZH_DIGITS = "".join(map(chr, _ZH_DIGIT_VALUE))
# a run this long of spoken digits is a number being read out (order/phone), not 一下 / 三天
_ZH_DIGIT_RUN = re.compile(f"[{_ZH_DIGITS}]{{3,}}")
_EN_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
_DIGIT_WORD = "(?:zero|o(?:h|ne)|t(?:wo|hree)|f(?:our|ive)|s(?:ix|even)|eight|nine)"
_EN_DIGIT_RUN = re.compile(rf"\b(?:{_DIGIT_WORD}\b ?){{2,}}")
# where a run can start: two digit words in a row. Starting with the words themselves (not with
# \b) lets the regex engine skip in C to the letters that can begin one; every run starts where
# this matches, so checking the run regex only there finds exactly what its own scan finds.
_TWO_DIGIT_WORDS = re.compile(rf"{_DIGIT_WORD}\b ?{_DIGIT_WORD}")


def _digit_runs(s: str, start: int = 0):
    """`_EN_DIGIT_RUN.finditer(s, start)`, three times faster on English text."""
    while (candidate := _TWO_DIGIT_WORDS.search(s, start)) is not None:
        m = _EN_DIGIT_RUN.match(s, candidate.start())  # (\b looks at the character before, too)
        if m is None:
            start = candidate.start() + 1
            continue
        yield m
        start = m.end()


def _may_hold_digit_words(s: str) -> bool:
    """Whether `s` holds an e, an i or an o, which every English digit word does: most Chinese calls
    have none, and finding a letter costs far less than the run regex scanning a Chinese text (it
    tries the letters that begin a digit word at every character)."""
    return "o" in s or "e" in s or "i" in s


# every two digit words a space apart: where the candidates of `_digit_runs` are (a word boundary
# after the first word and a word after it leave only a space between them)
_DIGIT_PAIRS = Literals([f"{a} {b}" for a in _EN_DIGIT_WORDS for b in _EN_DIGIT_WORDS], overlapping=True)


def _latin_digit_runs(s: str) -> list[re.Match]:
    """`list(_digit_runs(s))`, faster on English text (letters everywhere: the candidate regex
    tries most positions), slower on Chinese: one automaton pass lists every candidate."""
    out: list[re.Match] = []
    start = 0
    for p in sorted({a for _, a, _ in _DIGIT_PAIRS.find(s)}):
        if p < start:
            continue
        m = _EN_DIGIT_RUN.match(s, p)
        if m is not None:
            out.append(m)
            start = m.end()
    return out


_SEP = re.compile(r" +")
_WORD = re.compile(r"[a-z]+")
_JOIN = "\u241e"  # kept by folding (see _FOLD) so a whole call can be folded at once


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    """Width, case and punctuation folding of one character (cached: few distinct chars)."""
    folded = unicodedata.normalize("NFKC", ch).lower()
    if len(folded) != 1:
        folded = folded[:1] if folded else " "
    cat = unicodedata.category(folded)
    if folded == "'" or folded == "’":
        return "'"
    if cat[0] in ("P", "S", "Z", "C"):
        return " "
    return folded


class _FoldTable(dict):
    """str.translate table that folds lazily (1:1, so offsets do not move)."""

    def __missing__(self, code: int) -> str:
        value = _fold_char(chr(code))
        self[code] = value
        return value


_FOLD = _FoldTable()
_FOLD[0x241E] = "\u241e"


class NormText:
    """Normalised text and how to find each character in the original.

    A whole call's utterances share one map (`_CallMap`: numpy arrays over the call's text, of
    which this is turn `_turn`); a text normalised on its own has its own (`_Segs`, or
    `_Explicit` when words became digits). Three fields, since a call builds one per turn and
    only evidence spans, a few per call, read the map.
    """

    __slots__ = ("_map", "_turn", "text")

    def __init__(self, text: str, where: _CallMap | _Segs | _Explicit, turn: int = 0) -> None:
        self.text = text
        self._map = where
        self._turn = turn

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original offsets of normalised [a, b)."""
        n = len(self.text)
        if not n or a >= b:
            return (0, 0)
        # (clamped with comparisons: min and max parse keywords on every call, and every piece of
        # evidence asks for its span)
        a = 0 if a < 0 else n - 1 if a > n - 1 else a  # noqa: FURB136
        b = a + 1 if b < a + 1 else n if b > n else b  # noqa: FURB136
        return self._map.span(self._turn, a, b)


class _CallMap:
    """A whole call's map (normalize_many): for each character of the call's normalised text, its
    index in the call's original text (`index`) and, when digit words made characters of whole
    words, where it ends there (`index_end`); where each turn starts in both texts is found
    from the texts themselves when evidence first asks."""

    __slots__ = ("_offsets", "index", "index_end", "normalised", "original")

    def __init__(self, index: Any, index_end: Any, original: str, normalised: str) -> None:
        self.index = index
        self.index_end = index_end
        self.original = original  # the turns joined by _JOIN, as given
        self.normalised = normalised  # … and normalised (the joiners kept)
        self._offsets: tuple[list[int], list[int]] | None = None

    def span(self, turn: int, a: int, b: int) -> tuple[int, int]:
        if self._offsets is None:
            self._offsets = (_starts(self.normalised), _starts(self.original))
        out_off, orig_off = self._offsets[0][turn], self._offsets[1][turn]
        index, last = self.index, b - 1 + out_off
        end = int(index[last]) + 1 if self.index_end is None else int(self.index_end[last])
        return int(index[a + out_off]) - orig_off, end - orig_off


def _starts(joined: str) -> list[int]:
    """Where each text of `joined` (texts joined by _JOIN) starts."""
    return list(accumulate([len(x) + 1 for x in joined.split(_JOIN)[:-1]], initial=0))


class _Segs:
    """One text's map as (normalised index, original index) where each run of unchanged characters
    begins: cheap to build, resolved only when evidence needs a span."""

    __slots__ = ("segs",)

    def __init__(self, segs: list[tuple[int, int]]) -> None:
        self.segs = segs

    def _orig(self, k: int) -> tuple[int, int]:
        segs = self.segs
        j = bisect.bisect_right(segs, (k, 1 << 62)) - 1
        ns, os_ = segs[max(j, 0)]
        o = os_ + (k - ns)
        return o, o + 1

    def span(self, _turn: int, a: int, b: int) -> tuple[int, int]:
        return self._orig(a)[0], self._orig(b - 1)[1]


class _Explicit:
    """One text's map character by character (digit words: each digit maps to its whole word)."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.starts = starts
        self.ends = ends

    def span(self, _turn: int, a: int, b: int) -> tuple[int, int]:
        return self.starts[a], self.ends[b - 1]


def to_simplified(text: str) -> str:
    """Traditional → simplified, character for character when OpenCC keeps the length."""
    if text.isascii():  # (the dictionaries hold Chinese characters only: nothing to convert)
        return text
    converted = _T2S.convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_T2S.convert(c) if len(_T2S.convert(c)) == 1 else c for c in text)


# characters folding can change: ASCII upper case and punctuation, Latin-1, general and CJK
# punctuation, full-width forms, whitespace and controls; everything else stays as it is
_FOLDABLE = re.compile(
    "[A-Z\\s!-/:-@\\[-`{-~\\x00-\\x1f\\x7f-\\xff\\u2000-\\u206f\\u2190-\\u2bff"
    "\\u3000-\\u303f\\ufe10-\\ufe6f\\uff00-\\uffef]"
)


def _fold_match(m: re.Match) -> str:
    return _FOLD[ord(m.group())]


# the common case without a Python call per character: punctuation and spaces → one space
_PUNCT = re.compile(
    "[\\s!-&(-/:-@\\[-`{-~\\u2000-\\u2018\\u201a-\\u206f\\u3000-\\u3004\\u3008-\\u301f\\u3030\\ufe10-\\ufe6f"
    "\\uff01-\\uff06\\uff08-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65]"
)
_RARE = re.compile("[\\x00-\\x08\\x0e-\\x1f\\x7f-\\xff\\u2190-\\u241d\\u241f-\\u2bff\\uff07\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffef]")


# every key of OpenCC's t2s dictionaries holds a character at or above this (CJK radicals,
# ideographs, compatibility ideographs): text without one converts to itself
_FIRST_CJK = 0x2E80


def _fold(text: str) -> str:
    """1:1 steps: traditional → simplified, width/case/punctuation, spoken Chinese digits."""
    s = text
    cps = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32)
    top = int(cps.max()) if len(cps) else 0
    if top >= _FIRST_CJK:  # (English calls skip OpenCC: nothing it could change)
        s = to_simplified(text)
        if s != text:
            cps = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32)
            top = int(cps.max())
    table = _common_fold()
    if len(cps) and top < len(table):
        folded = table.take(cps)  # (take: a third cheaper than indexing with an array)
        if folded.max() < _CAREFUL:  # the common case: one table lookup for the whole call
            s = folded.tobytes().decode("utf-32-le")
            # (this fold makes no Chinese digit: text below the first one has none)
            return _zh_digit_runs(s, folded) if top >= _FIRST_ZH_DIGIT else s
    # full-width letters, Latin-1, symbols: the careful per-character fold
    return _zh_digits(_FOLDABLE.sub(_fold_match, s))


def _zh_digits(s: str) -> str:
    return _ZH_DIGIT_RUN.sub(_digit_values, s)  # (one scan: a search first would make two)


def _zh_digit_runs(s: str, codes: Any) -> str:
    """`_zh_digits(s)` given `s`'s code points (BMP): the runs found with numpy, not by the regex,
    which tries a match at every position of the text (no literal to skip to). A run of the
    regex's character class repeated greedily, leftmost first, is a maximal stretch of digit
    characters, so the stretches of three or more are exactly its matches: found from where
    three digits in a row begin (few places; consecutive ones are one stretch)."""
    digit = _IS_ZH_DIGIT.take(codes)
    three = digit[:-2] & digit[1:-1] & digit[2:]
    if not three.any():  # (most calls: "一下", "三天", no number read out)
        return s
    where = three.nonzero()[0].tolist()
    parts: list[str] = []
    start = prev = where[0]
    last = 0
    for p in where[1:]:
        if p != prev + 1:  # a new stretch: the one before ends 3 after its last triple
            parts += (s[last:start], s[start:prev + 3].translate(_ZH_DIGIT_VALUE))
            last, start = prev + 3, p
        prev = p
    parts += (s[last:start], s[start:prev + 3].translate(_ZH_DIGIT_VALUE), s[prev + 3:])
    return "".join(parts)


def _digit_values(m: re.Match) -> str:
    return m.group().translate(_ZH_DIGIT_VALUE)


_CAREFUL = 0x110000  # a table entry above every code point: this text needs the careful fold
_FIRST_ZH_DIGIT = min(map(ord, _ZH_DIGITS))  # 〇
_IS_ZH_DIGIT = np.zeros(0x10000, dtype=bool)  # by BMP code point: a spoken Chinese digit (_ZH_DIGITS)
_IS_ZH_DIGIT[[ord(c) for c in _ZH_DIGITS]] = True


@lru_cache(maxsize=1)
def _common_fold() -> Any:
    """BMP code point → folded code point for text without rare characters: punctuation and
    spaces → one space, ’ → ', lower case; `_CAREFUL` for characters that need `_fold_char`
    (anything `_RARE` matches, or whose lower case is not one character). Built once, with the
    module's own regexes applied to every character at once (≈30 ms)."""
    codes = [c for c in range(0x10000) if not 0xD800 <= c < 0xE000]  # surrogates are no text
    chars = "".join(map(chr, codes))

    def marked(rx: re.Pattern[str], mark: str) -> Any:
        return np.frombuffer(rx.sub(mark, chars).encode("utf-32-le"), dtype=np.uint32) == ord(mark)

    # each character lower-cased on its own (a surrogate between them: no text, no context)
    lower = [ord(x) if len(x) == 1 else _CAREFUL for x in SURROGATE.join(chars).lower().split(SURROGATE)]
    folded = np.array(lower, dtype=np.uint32)
    folded[marked(_PUNCT, " ")] = 32
    folded[codes.index(0x2019)] = ord("'")
    folded[marked(_RARE, "\x01")] = _CAREFUL  # (\x01 is itself rare)
    table = np.full(0x10000, _CAREFUL, dtype=np.uint32)
    table[codes] = folded
    return table


def _squeeze(s: str) -> NormText:
    """Collapse separators and drop those next to CJK, remembering where runs begin."""
    if " " not in s:
        return NormText(s, _Segs([(0, 0)]))
    parts: list[str] = []
    segs: list[tuple[int, int]] = []
    out_len = 0
    last = 0
    for m in _SEP.finditer(s):
        a, b = m.start(), m.end()
        if a > last:
            segs.append((out_len, last))
            parts.append(s[last:a])
            out_len += a - last
        before = s[a - 1] if a > 0 else ""
        after = s[b] if b < len(s) else ""
        if before and after and before != _JOIN and after != _JOIN and not (_is_cjk(before) or _is_cjk(after)):
            segs.append((out_len, a))
            parts.append(" ")
            out_len += 1
        last = b
    if last < len(s):
        segs.append((out_len, last))
        parts.append(s[last:])
    return NormText("".join(parts), _Segs(segs or [(0, 0)]))


def normalize(text: str) -> NormText:
    return _normalize_folded(_fold(text))


def normalize_many(texts: list[str]) -> list[NormText]:
    """All utterances of a call in one pass of OpenCC / folding / digit words / separator removal
    (the fast path: one regex scan and one numpy squeeze per call, not per utterance)."""
    if not texts:
        return []
    original = _JOIN.join(texts)
    joined = _fold(original)
    if joined.count(_JOIN) != len(texts) - 1:  # a text contained the joiner itself
        return [normalize(t) for t in texts]
    ends = None
    english = all(map(str.isascii, texts))
    if english:
        runs = _latin_digit_runs(joined)
    else:
        runs = list(_digit_runs(joined)) if _may_hold_digit_words(joined) else []
    if runs:
        # digit words never run across the joiner, so converting the whole call at once is
        # converting each utterance
        joined, starts, ends = _digit_words(joined, runs)
    squeezed, index = _squeeze_vector(joined)
    if ends is not None:
        index, ends = starts[index], ends[index]
    where = _CallMap(index, ends, original, squeezed)
    return [NormText(x, where, k) for k, x in enumerate(squeezed.split(_JOIN))]


# characters a separator next to them is dropped beside (CJK ideographs, the call's joiner), by
# code point: one table lookup per text instead of a comparison per range
_HARD = np.zeros(0x110000, dtype=bool)
_HARD[0x3400:0xA000] = _HARD[0xF900:0xFB00] = _HARD[0x241E] = True


def _squeeze_vector(s: str) -> tuple[str, Any]:
    """`_squeeze` for a whole call with numpy: the same rules, no Python loop per separator.

    Returns the text and, for each of its characters, its index in `s` (an array). The text
    is padded with a joiner at each end (an edge drops a separator like a joiner does). Each
    numpy call costs more than its work on a call's worth of characters, so this makes few.
    """
    c = np.frombuffer((_JOIN + s + _JOIN).encode("utf-32-le"), dtype=np.uint32)
    where = None  # index in `s` of each inner character of c (None: its own index)
    if "  " in s:  # runs of separators → one first ("). " and "……" fold to two)
        single = np.ones(len(c), dtype=bool)
        single[1:] = (c[1:] != 32) | (c[:-1] != 32)
        c = c.compress(single)
        where = single[1:-1].nonzero()[0]
    hard = _HARD.take(c) if c.max() >= 0x3400 else c == 0x241E  # (without ideographs: only joiners)
    # (each inner character: kept unless it is a separator with a hard neighbour)
    keep = ~(hard[:-2] | hard[2:])
    keep |= c[1:-1] != 32
    text = c[1:-1].compress(keep).tobytes().decode("utf-32-le")
    return text, (keep.nonzero()[0] if where is None else where.compress(keep))


def _normalize_folded(s: str) -> NormText:
    if next(_digit_runs(s), None) is not None:
        return _with_digit_words(s)
    return _squeeze(s)


def _with_digit_words(s: str) -> NormText:
    """Slow path: English digit words ("eight one one") → "811", mapped word by word."""
    text, starts, ends = _digit_words(s)
    squeezed, idx = _squeeze_vector(text)
    return NormText(squeezed, _Explicit(starts[idx].tolist(), ends[idx].tolist()))


def _digit_words(s: str, runs: list[re.Match] | None = None) -> tuple[str, Any, Any]:
    """Runs of English digit words → digits; for each output character the [start, end) in `s`
    of what it came from (a digit: its whole word). The text is built from slices (each word
    becomes its digit, in place of its first letter), the maps with numpy."""
    keep = np.ones(len(s), dtype=bool)
    ends = np.arange(1, len(s) + 1)
    parts: list[str] = []
    firsts: list[int] = []
    word_ends: list[int] = []
    last = 0
    for m in _digit_runs(s) if runs is None else runs:
        a, b = m.start(), m.end()
        stop = b - (s[b - 1] == " ")  # the space after the run stays
        keep[a:stop] = False
        parts.append(s[last:a])
        for w in _WORD.finditer(s, a, b):
            parts.append(_EN_DIGIT_WORDS[w.group()])
            firsts.append(w.start())
            word_ends.append(w.end())
        last = stop
    parts.append(s[last:])
    keep[firsts] = True
    ends[firsts] = word_ends
    return "".join(parts), np.flatnonzero(keep), ends[keep]


def norm(text: str) -> str:
    """Just the normalised string (for phrases, where no map is needed)."""
    return normalize(text).text
