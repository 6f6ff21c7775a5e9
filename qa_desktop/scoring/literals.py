"""Many literal phrases found in one pass: leftmost, then longest, never overlapping.

Every exact search of a pack (a rule's phrases, a category's keywords, role
cues) asks the same question of a whole call's text: where is each phrase said
word for word? An Aho–Corasick automaton (ahocorasick_rs: Rust, wheels for
Windows, macOS and Linux) answers it in one linear scan whatever the number of
phrases. Python's `re` with a hundred alternatives tried a branch at nearly
every position of English text (any letter starts some phrase) and was 5×
slower on a five-minute English call.

The matches are those of a regex `p1|p2|…` of the phrases sorted longest first
scanned with `finditer`: at the leftmost position where any phrase starts, the
longest phrase starting there; then on from its end. With `overlapping`, every
occurrence of every phrase instead (what a `str.find` loop per phrase finds).

Chinese text is scanned in a one-byte alphabet (`Alphabet`) where it is long enough to pay for the
translation: as UTF-8 every CJK character is three bytes all starting with one of a few lead bytes,
which defeats the library's prefilters, and the library maps each match's byte offsets back to
characters through a table it builds over the whole text on every scan.
"""

from __future__ import annotations

from typing import ClassVar

import ahocorasick_rs
import numpy as np


def _implementation(phrases: list[str]) -> ahocorasick_rs.Implementation | None:
    """The automaton that scans a call fastest (the same matches whichever: it is only speed).

    ASCII phrases take the DFA (a small table; English calls scored ≈2 % faster). Chinese ones
    keep the library's choice: a contiguous NFA measured faster only while several packs
    competed for the CPU caches, and slower (3-7 %) scoring with one pack."""
    if all(p.isascii() for p in phrases):
        return ahocorasick_rs.Implementation.DFA
    return None


# a call's turn separator and the mask over `unless` phrases (scoring/matchers.py): the only characters
# of an English call's text that are not ASCII; written for a byte scan as two control characters,
# which no ASCII phrase holds (such phrases keep the character scan)
_STAND_INS = {"\x1e", "\x1f"}


def plain(text: str) -> str | None:
    """`text` with its separators and masks written as those control characters, when that leaves
    only ASCII (an English call; None otherwise: Chinese). No phrase holds either character, so it
    matches like the one it stands for: nothing, at the same offset."""
    if not text.isascii():
        text = text.replace("\u241e", "\x1e").replace("\u2400", "\x1f")
        if not text.isascii():
            return None
    return text


def ascii_bytes(text: str) -> bytes | None:
    """`plain(text)` as bytes for a byte scan (None where it is None). Scanning bytes spares the
    library mapping each match's UTF-8 offsets back to characters, a pass over the text per scan.
    A text scanned by many automata (a window's turns, Haystack in matchers.py) is converted once
    by its owner and handed to `find`; nothing here keeps a text from one call for the next."""
    out = plain(text)
    return None if out is None else out.encode("ascii")


# a text at least this long (characters) is scanned through an alphabet: a shorter one costs the
# library little to map back to characters, less than the translation costs
MAP_MIN = 160
_SENTINEL = 0  # the byte of every character no phrase of the alphabet holds


class Alphabet:
    """Up to 255 characters, each written as its own byte (1-255), every other character as byte 0.

    A text written so is one byte per character, so a byte scan's offsets are character offsets,
    and a phrase of these characters matches it exactly where it matches the text: equal
    characters get equal bytes, and a character outside the alphabet is in no phrase. A pack's
    automata share a few alphabets (compiled.py), so a text scanned by many of them is translated
    once per alphabet (Haystack.mapped)."""

    __slots__ = ("_code", "_last", "_table", "chars")

    LIMIT: ClassVar[int] = 255

    def __init__(self, chars: str) -> None:
        chars = "".join(sorted(set(chars)))
        if len(chars) > self.LIMIT or not all(fits(c) for c in chars):
            raise ValueError(f"an alphabet holds at most {self.LIMIT} characters of the Basic Multilingual Plane")
        self.chars = chars
        self._code = {c: k for k, c in enumerate(chars, 1)}
        self._table: np.ndarray | None = None  # UTF-16 code unit → byte (64 KiB: made on the first text)
        self._last: tuple[str, bytes | None] | None = None  # the text last written, and how

    def __reduce__(self):
        return Alphabet, (self.chars,)

    def covers(self, chars: set[str]) -> bool:
        return all(c in self._code for c in chars)

    def phrase(self, phrase: str) -> bytes:
        """A phrase of the alphabet's characters written in it."""
        code = self._code
        return bytes(code[c] for c in phrase)

    def text(self, text: str) -> bytes | None:
        """Any text written in the alphabet (None for one holding a character beyond the Basic
        Multilingual Plane: it would not be one UTF-16 unit, and such text keeps the character scan).

        The text last written is kept with its bytes (the same text object, scanned by several automata
        of the alphabet in a row, is written once: a call's text written by sound, Haystack.homophones)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        table = self._table
        if table is None:
            table = np.full(0x10000, _SENTINEL, np.uint8)
            table[[ord(c) for c in self.chars]] = np.arange(1, len(self.chars) + 1, dtype=np.uint8)
            self._table = table
        units = text.encode("utf-16-le", "surrogatepass")
        out = table.take(np.frombuffer(units, np.uint16)).tobytes() if len(units) == 2 * len(text) else None
        self._last = (text, out)
        return out


SURROGATE = chr(0xD800)  # the first surrogate (made, not written: mypyc compiles no surrogate literal)


def fits(c: str) -> bool:
    """Whether an alphabet can hold this character (one UTF-16 unit, not a surrogate)."""
    return c < SURROGATE or "\ue000" <= c <= "\uffff"


class Literals:
    """A set of literal phrases compiled once (per rule pack); `phrases[k]` is pattern k."""

    __slots__ = ("_automaton", "_bytes", "_mapped", "alphabet", "ascii_only", "overlapping", "phrases")

    def __init__(self, phrases: list[str], overlapping: bool = False, alphabet: Alphabet | None = None) -> None:
        self.phrases = list(dict.fromkeys(p for p in phrases if p))
        self.overlapping = overlapping
        kind = ahocorasick_rs.MatchKind.Standard if overlapping else ahocorasick_rs.MatchKind.LeftmostLongest
        self._automaton = ahocorasick_rs.AhoCorasick(
            self.phrases, matchkind=kind, implementation=_implementation(self.phrases)) if self.phrases else None
        # ASCII phrases also scan ASCII text as bytes (see _ascii): the same matches at the same offsets
        self._bytes = ahocorasick_rs.BytesAhoCorasick(
            [p.encode("ascii") for p in self.phrases], matchkind=kind, implementation=ahocorasick_rs.Implementation.DFA,
        ) if self.phrases and all(p.isascii() and not _STAND_INS & set(p) for p in self.phrases) else None
        self.ascii_only = self._bytes is not None  # (scans ASCII text as bytes: `find`'s `raw`)
        # other phrases scan long texts written in an alphabet: the pack's (`alphabet`) where it holds
        # all their characters, else one of their own where they have few enough
        self.alphabet: Alphabet | None = None
        self._mapped: ahocorasick_rs.BytesAhoCorasick | None = None  # (built on its first scan)
        if self.phrases and not self.ascii_only:
            chars = set("".join(self.phrases))
            if alphabet is not None and alphabet.covers(chars):
                self.alphabet = alphabet
            elif len(chars) <= Alphabet.LIMIT and all(fits(c) for c in chars):
                self.alphabet = Alphabet("".join(chars))

    def __reduce__(self):  # compiled packs are copied (deepcopy of a pack) and the automaton cannot be
        return Literals, (self.phrases, self.overlapping, self.alphabet)

    def share(self, alphabet: Alphabet) -> None:
        """Scan through this alphabet (one holding all the phrases' characters, shared with other
        automata of the pack so a text is translated once for all of them)."""
        if not alphabet.covers(set("".join(self.phrases))):
            raise ValueError("the alphabet lacks characters of these phrases")
        if alphabet is not self.alphabet:
            self.alphabet, self._mapped = alphabet, None

    def _mapped_automaton(self) -> ahocorasick_rs.BytesAhoCorasick:
        alphabet = self.alphabet
        assert alphabet is not None
        kind = ahocorasick_rs.MatchKind.Standard if self.overlapping else ahocorasick_rs.MatchKind.LeftmostLongest
        mapped = ahocorasick_rs.BytesAhoCorasick([alphabet.phrase(p) for p in self.phrases], matchkind=kind)
        if self.alphabet is alphabet:  # (not shared meanwhile)
            self._mapped = mapped
        return mapped

    def __bool__(self) -> bool:
        return self._automaton is not None

    def find(self, text: str, raw: bytes | None = None) -> list[tuple[int, int, int]]:
        """(pattern, start, end) of every match in `text`, in order (character offsets); `raw`:
        `ascii_bytes(text)` where the caller has it already (ASCII phrases), or `text` written in
        `alphabet` (Alphabet.text: other phrases)."""
        if self._automaton is None:
            return []
        if self._bytes is not None:
            if raw is None:
                raw = ascii_bytes(text)
            if raw is not None:
                return self._bytes.find_matches_as_indexes(raw, overlapping=self.overlapping)
        elif self.alphabet is not None:
            if raw is None and len(text) >= MAP_MIN:
                raw = self.alphabet.text(text)
            if raw is not None:
                return (self._mapped or self._mapped_automaton()).find_matches_as_indexes(
                    raw, overlapping=self.overlapping)
        return self._automaton.find_matches_as_indexes(text, overlapping=self.overlapping)

    def starts(self, text: str, raw: bytes | None = None) -> dict[str, list[int]]:
        """Phrase → where each of its occurrences in `text` starts, in order (`overlapping` automata)."""
        phrases = self.phrases
        out: dict[str, list[int]] = {}
        for k, a, _ in self.find(text, raw):
            out.setdefault(phrases[k], []).append(a)
        return out

    def found(self, text: str, raw: bytes | None = None) -> list[str]:
        """The phrases matched in `text`, in order (as `re.findall` lists them)."""
        phrases = self.phrases
        return [phrases[k] for k, _, _ in self.find(text, raw)]
