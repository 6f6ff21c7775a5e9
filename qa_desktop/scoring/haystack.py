"""Several turns of a call joined into one text that many matchers search (matchers.py).

Joined once per window and kept for the call (context.py), so the rules that look at the
same turns share one text, one masked copy per `unless` list, one sound-alike encoding and
one scan per automaton; a separator between turns keeps phrases inside one turn.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from qa_desktop.scoring import phonetic
from qa_desktop.scoring.literals import MAP_MIN, Alphabet, Literals, plain
from qa_desktop.scoring.normalize import NormText

FIRST_SCAN = 256  # characters a first-hit search scans before the rest of its text (Haystack.exact_from_start)
SEPARATOR = "\u241e"  # never produced by normalize, never equal to a phrase character
MASK = "\u2400"


@dataclass(slots=True)
class Searchable:
    """One utterance's normalised text (and its sound-alike encoding, once some haystack needed it)."""

    norm: NormText
    phon: str | None = None

    def __init__(self, norm: NormText, phon: str | None = None) -> None:
        # (written out: mypyc compiles this one, and would run the one dataclass writes as Python; the
        # fields and defaults are the dataclass's, which test_native_scorer.py checks)
        self.norm, self.phon = norm, phon


class Haystack:
    """Several turns joined once, so many matchers can search them without re-joining."""

    __slots__ = (
        "_chars",
        "_converted",
        "_exact",
        "_homophones",
        "_mapped",
        "_masked",
        "_phon",
        "_plain",
        "_raw",
        "_seps",
        "bounds",
        "items",
        "joined",
        "texts",
    )

    def __init__(self, items: list[Searchable], glued: list[bool] | None = None,
                 masked: tuple[str, list[int]] | None = None) -> None:
        """`glued[k]`: turn k runs on into turn k+1 (Whisper cut one sentence in two), so a
        phrase may span them; otherwise a separator keeps phrases inside one turn. `masked`: the
        joined text and bounds of these turns with phrases blanked out (see masked)."""
        self.items = items
        self.texts = [s.norm.text for s in items]
        if masked is not None:
            self.joined, self.bounds = masked
            self.texts = [self.joined[b:b + len(t)] for b, t in zip(self.bounds, self.texts)]
            self._seps: list[str] | None = []  # masked text: its sounds are its own, not the turns'
        elif glued and any(glued):
            seps = ["" if g else SEPARATOR for g in glued]
            self.joined = "".join(t + sep for t, sep in zip(self.texts, seps + [""]))
            self.bounds = [0, *accumulate(len(t) + len(sep) for t, sep in zip(self.texts[:-1], seps))]
            self._seps = seps
        else:
            self.joined = SEPARATOR.join(self.texts)
            self.bounds = list(accumulate([len(t) + 1 for t in self.texts[:-1]], initial=0))
            self._seps = None
        self._phon: str | None = None
        self._chars: set[str] | None = None
        self._homophones: str | None = None
        self._exact: dict[Literals, list[tuple[int, int, int]]] = {}
        self._masked: dict[tuple[str, ...], Haystack | None] = {}  # None: the phrases changed nothing
        self._mapped: dict[Alphabet, bytes | None] = {}
        self._converted = False
        self._plain: str | None = None
        self._raw: bytes | None = None

    def masked(self, phrases: tuple[str, ...]) -> Haystack:
        """The same turns with these phrases blanked out (same length, so offsets hold); kept, so
        a rule searched twice in the same turns (for its verdict, then as another rule's anchor)
        scans its masked text once (the turns never change: nothing invalidates it)."""
        masked = self._masked
        if phrases in masked:
            out = masked[phrases]
            return self if out is None else out
        out = self._mask(phrases)
        # (not itself: a haystack keeping itself is a reference cycle, which only the garbage collector frees,
        # and most calls say none of a rule's unless phrases)
        masked[phrases] = None if out is self else out
        return out

    def _mask(self, phrases: tuple[str, ...]) -> Haystack:
        joined = self.joined
        for u in phrases:
            if u in joined:
                joined = joined.replace(u, MASK * len(u))
        return self if joined is self.joined else Haystack(self.items, masked=(joined, self.bounds))

    @property
    def chars(self) -> set[str]:
        """The characters of the joined text (built once, asked by every fuzzy phrase's prefilter)."""
        if self._chars is None:
            self._chars = set(self.joined)
        return self._chars

    @property
    def plain(self) -> str | None:
        """The joined text with its separators and masks written as ASCII control characters where
        that leaves only ASCII (an English call; else None), made once per haystack (literals.plain).
        Automata scan it as bytes, and rapidfuzz aligns one-byte text ≈40 % faster than the two-byte
        text the separator makes of it; no phrase holds those characters, so every match, score
        and offset is the same."""
        if not self._converted:
            self._plain = plain(self.joined)
            self._raw = None if self._plain is None else self._plain.encode("ascii")
            self._converted = True
        return self._plain

    @property
    def raw(self) -> bytes | None:
        """`plain` as bytes (None where it is None)."""
        if not self._converted:
            self.plain  # noqa: B018 — (made together)
        return self._raw

    def mapped(self, alphabet: Alphabet) -> bytes | None:
        """The joined text written in this alphabet (literals.Alphabet), made once for all the
        automata that scan it through the alphabet."""
        try:
            return self._mapped[alphabet]
        except KeyError:
            out = self._mapped[alphabet] = alphabet.text(self.joined)
            return out

    def find(self, phrases: Literals, cut: slice | None = None) -> list[tuple[int, int, int]]:
        """`phrases.find` over the joined text (or a stretch of it), scanning the bytes made once
        for all the automata of ASCII phrases that scan it (or, for others, the text written once in
        their alphabet where it is long enough to pay for that)."""
        raw = self._scanned(phrases)
        if cut is None:
            return phrases.find(self.joined, raw)
        return phrases.find(self.joined[cut.start:cut.stop], None if raw is None else raw[cut.start:cut.stop])

    def starts(self, phrases: Literals) -> dict[str, list[int]]:
        """`phrases.starts` over the joined text (scanned as `find` scans it)."""
        return phrases.starts(self.joined, self._scanned(phrases))

    def _scanned(self, phrases: Literals) -> bytes | None:
        """The joined text as these phrases scan it, made once for all that scan it so: its bytes for
        ASCII phrases, written in their alphabet for others where it is long enough to pay for that."""
        if phrases.ascii_only:
            return self.raw
        if phrases.alphabet is not None and len(self.joined) >= MAP_MIN:
            return self.mapped(phrases.alphabet)
        return None

    def exact(self, phrases: Literals) -> list[tuple[int, int, int]]:
        """Where these phrases are said word for word (a rule searched for its verdict and again as
        another rule's anchor scans the text once)."""
        found = self._exact.get(phrases)  # (by identity: each matcher's own automaton)
        if found is None:
            found = self._exact[phrases] = self.find(phrases)
        return found

    def exact_from_start(self, phrases: Literals) -> Iterator[tuple[int, int, int]]:
        """The matches of `exact`, in the same order, found a stretch at a time: a "was it said?"
        search stops at its first hit, and the steps it looks for are mostly said early in the
        stretch it looks at, so scanning the rest of a long text is usually wasted.

        The text is cut at a separator: no phrase holds one (PhraseMatcher.splittable), so no
        match crosses it and the scan after it starts afresh — the matches on either side are
        those of one scan of the whole."""
        found = self._exact.get(phrases)
        cut = self.joined.find(SEPARATOR, FIRST_SCAN) if found is None else -1
        if cut < 0:
            yield from self.exact(phrases)
            return
        yield from self.find(phrases, cut=slice(None, cut))
        for p, a, b in self.find(phrases, cut=slice(cut, None)):
            yield p, a + cut, b + cut

    @property
    def homophones(self) -> str:
        """The joined text with one symbol per character, shared by homophones (phonetic.homophones)."""
        if self._homophones is None:
            self._homophones = phonetic.homophones(self.joined)
        return self._homophones

    @property
    def phon(self) -> str:
        """The sound-alike encoding of the joined text: computed once per turn, then joined for
        every other window or scope of the same call (one symbol pair per separator too)."""
        if self._phon is None:
            items, seps = self.items, self._seps
            if seps == []:  # masked
                self._phon = phonetic.encode(self.joined)
            elif all(s.phon is not None for s in items):
                gaps = [SEPARATOR * 2] * (len(items) - 1) if seps is None else [sep * 2 for sep in seps]
                self._phon = "".join(s.phon + gap for s, gap in zip(items, gaps + [""]))  # type: ignore[operator]
            else:
                self._phon = phonetic.encode(self.joined)
                for s, b, t in zip(items, self.bounds, self.texts):
                    s.phon = self._phon[2 * b:2 * (b + len(t))]
        return self._phon
