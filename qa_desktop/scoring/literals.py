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
"""

from __future__ import annotations

import ahocorasick_rs


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
    text = plain(text)
    return None if text is None else text.encode("ascii")


class Literals:
    """A set of literal phrases compiled once (per rule pack); `phrases[k]` is pattern k."""

    __slots__ = ("_automaton", "_bytes", "ascii_only", "overlapping", "phrases")

    def __init__(self, phrases: list[str], overlapping: bool = False) -> None:
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

    def __reduce__(self):  # compiled packs are copied (deepcopy of a pack) and the automaton cannot be
        return Literals, (self.phrases, self.overlapping)

    def __bool__(self) -> bool:
        return self._automaton is not None

    def find(self, text: str, raw: bytes | None = None) -> list[tuple[int, int, int]]:
        """(pattern, start, end) of every match in `text`, in order (character offsets); `raw`:
        `ascii_bytes(text)` where the caller has it already."""
        if self._automaton is None:
            return []
        if self._bytes is not None:
            if raw is None:
                raw = ascii_bytes(text)
            if raw is not None:
                return self._bytes.find_matches_as_indexes(raw, overlapping=self.overlapping)
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
