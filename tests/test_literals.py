"""The exact phrase scan (scoring/literals.py) finds what a longest-first regex alternation finds."""

from __future__ import annotations

import copy
import pickle
import random
import re

from qa_desktop.scoring.literals import Literals

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
