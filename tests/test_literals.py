"""The exact phrase scan (scoring/literals.py) finds what a longest-first regex alternation finds."""

from __future__ import annotations

import copy
import pickle
import random
import re

import pytest

from qa_desktop.scoring.compiled import share_alphabets
from qa_desktop.scoring.literals import MAP_MIN, Alphabet, Literals

ZH = ["快递", "快递员", "退款", "退款申请", "申请", "不知道", "我不知道", "知道", "您", "您好"]
EN = ["not my problem", "not my", "my problem", "problem", "no problem", "deal with it", "it", "whatever"]


def _regex_matches(phrases: list[str], text: str) -> list[tuple[str, int, int]]:
    rx = re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)))
    return [(m.group(), m.start(), m.end()) for m in rx.finditer(text)]


def _texts(phrases: list[str], glue: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = phrases + [p[:-1] for p in phrases] + [p[1:] for p in phrases] + list("的了啊 xyz")
    return [glue.join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(200)]


def test_leftmost_longest_like_the_regex_it_replaced():
    for phrases, glue in ((ZH, ""), (EN, " "), (EN, "")):
        lit = Literals(phrases)
        for text in _texts(phrases, glue, seed=len(glue)):
            got = [(lit.phrases[k], a, b) for k, a, b in lit.find(text)]
            assert got == _regex_matches(phrases, text), text
            assert [text[a:b] for _, a, b in got] == lit.found(text)


def test_offsets_are_characters_not_bytes():
    lit = Literals(["退款", "refund"])
    text = "我要退款 and a refund，退款"
    assert [(a, b) for _, a, b in lit.find(text)] == [(2, 4), (11, 17), (18, 20)]


def test_copies_and_pickles_with_the_pack():
    lit = Literals(ZH)
    for other in (copy.deepcopy(lit), pickle.loads(pickle.dumps(lit))):
        assert other.find("我不知道快递员") == lit.find("我不知道快递员") == [(6, 0, 4), (1, 4, 7)]


def test_no_phrases_finds_nothing():
    assert not Literals([]) and Literals([""]).find("abc") == []


def test_english_text_scanned_as_bytes_matches_like_characters():
    """ASCII phrases scan an English call's text as bytes (its turn separators and masks written as
    control characters): the same matches at the same character offsets as the character scan."""
    rng = random.Random(3)
    for overlapping in (False, True):
        lit = Literals(EN, overlapping=overlapping)
        assert lit._bytes is not None
        pieces = EN + [p[:-1] for p in EN] + ["\u241e", "\u2400\u2400", "\x1e", " ", "x"]
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
            assert lit.find(text) == lit._automaton.find_matches_as_indexes(text, overlapping=overlapping), text
    assert Literals(["a\x1eb"])._bytes is None  # a phrase holding a stand-in keeps the character scan
    assert Literals(ZH)._bytes is None


def _mixed_texts(phrases: list[str], seed: int, n: int = 200) -> list[str]:
    """Texts long enough to be scanned through an alphabet (literals.MAP_MIN), built of the phrases,
    pieces of them, characters no phrase holds (some outside the Basic Multilingual Plane) and the
    separator and mask a haystack writes."""
    rng = random.Random(seed)
    pieces = phrases + [p[:-1] for p in phrases] + [p[1:] for p in phrases] + list("的了啊 xyz") + [
        "\u241e", "\u2400\u2400", "\x00", "\uffff"]
    out = []
    for _ in range(n):
        text, size = "", MAP_MIN + rng.randint(0, 100)
        while len(text) < size:
            text += rng.choice(pieces)
        out.append(text)
    return out


def test_chinese_text_scanned_through_an_alphabet_matches_like_characters():
    """Chinese phrases scan a long text written one byte per character (literals.Alphabet): the same
    matches at the same character offsets as the character scan, overlapping or not, including
    characters of the text that no phrase holds (they share one byte that no phrase character gets)."""
    for overlapping in (False, True):
        lit = Literals(ZH, overlapping=overlapping)
        assert lit.alphabet is not None
        for text in _mixed_texts(ZH, seed=5 + overlapping):
            assert len(text) >= MAP_MIN, len(text)
            want = lit._automaton.find_matches_as_indexes(text, overlapping=overlapping)
            assert lit.find(text) == want, text
            assert lit.find(text, lit.alphabet.text(text)) == want


def test_text_beyond_the_basic_plane_keeps_the_character_scan():
    """A character of four UTF-16 bytes would shift every offset after it: such a text is not written
    in the alphabet, and the character scan finds the matches."""
    lit = Literals(ZH)
    text = "我不知道😀快递员" * 40
    assert lit.alphabet.text(text) is None
    assert lit.find(text) == lit._automaton.find_matches_as_indexes(text)
    assert lit.find(text)[:2] == [(6, 0, 4), (1, 5, 8)]


def test_phrases_with_too_many_characters_keep_the_character_scan():
    """An alphabet holds 255 characters: phrases with more keep the character scan and still find
    what they find."""
    many = [chr(0x4E00 + 2 * k) + chr(0x4E01 + 2 * k) for k in range(200)]  # 400 distinct characters
    lit = Literals(many)
    assert lit.alphabet is None
    text = "".join(many[::-1]) + "和" + many[7]
    found = lit.find(text)
    assert len(found) == 201 and found[-1] == (7, 401, 403)
    with pytest.raises(ValueError):
        Alphabet("".join(chr(0x4E00 + k) for k in range(256)))


def test_automata_of_a_pack_share_alphabets_and_find_the_same():
    """compiled.share_alphabets puts automata into as few alphabets as hold their characters (a text
    is translated once per alphabet); each then finds what it found through its own."""
    big = [chr(0x4E00 + 2 * k) + chr(0x4E01 + 2 * k) for k in range(60)]  # 120 characters each
    other = [chr(0x5E00 + 2 * k) + chr(0x5E01 + 2 * k) for k in range(60)]
    third = [chr(0x6E00 + 2 * k) + chr(0x6E01 + 2 * k) for k in range(60)]
    lits = [Literals(big), Literals(other + big[:3], overlapping=True), Literals(third), Literals(EN)]
    text = "".join(big[:50] + other[:50] + third[:50] + ["not my problem"] + big[2:4])
    before = [lit.find(text) for lit in lits]
    alphabets = share_alphabets(lits)
    assert len(alphabets) == 2  # 120 + 120 characters fit one alphabet; the third needs another
    assert lits[0].alphabet is lits[1].alphabet is alphabets[0] and lits[2].alphabet is alphabets[1]
    assert lits[3].alphabet is None  # (ASCII phrases scan ASCII bytes)
    assert [lit.find(text) for lit in lits] == before
    for lit in lits[:3]:  # (through the alphabet it was given, the text written once)
        assert lit.find(text, lit.alphabet.text(text)) == before[lits.index(lit)]
        copied = pickle.loads(pickle.dumps(lit))
        assert copied.find(text) == lit.find(text)


def test_a_compiled_pack_shares_its_alphabets():
    """The shipped Chinese pack: its automata over a call's text share a few alphabets."""
    from qa_desktop.rules import load_pack
    from qa_desktop.scoring.compiled import compile_pack

    compiled = compile_pack(load_pack("rules/zh-ecommerce.yaml"))
    matchers = [compiled.agent_cues, compiled.customer_cues, *compiled.keywords, *compiled.matchers.values()]
    alphabets = {lit.alphabet for m in matchers if m is not None for lit in (m.exact, m.char_pieces)
                 if lit.alphabet is not None}
    assert 1 <= len(alphabets) <= 4
