"""Categorisation's unless scan places what a `str.find` loop per phrase places.

categories.py looks for every category's unless phrases and claim cues in one automaton pass
(only speed; Haystack.find: a long Chinese text scanned in a one-byte alphabet), so this holds it to a find loop per
unless phrase, overlaps and repeats included.
"""

from __future__ import annotations

import pytest

from qa_desktop.domain import Metrics, Transcript, Utterance
from qa_desktop.rules import load_pack_text
from qa_desktop.scoring import categories
from qa_desktop.scoring.compiled import compile_pack
from qa_desktop.scoring.context import build_context


def _transcript(turns: list[tuple[str, str]], lang: str = "zh") -> Transcript:
    utts = [Utterance(who, 2.0 * k, 2.0 * k + 1.8, text) for k, (who, text) in enumerate(turns)]
    return Transcript("x.wav", 2.0 * len(turns), lang, "stereo", utts, Metrics())


PACK = """\
name: c
language: zh
version: "1"
sections: [{id: s, title: S}]
rules:
  - {id: hi, title: 问候, section: s, points: 1, phrases: [您好]}
categories:
  match: exact
  items:
    - {id: logistics, title: 物流, keywords: [快递], unless: [哈哈]}
    - {id: quality, title: 质量, keywords: [破了], unless: [快递包装破了, 哈哈]}
    - {id: false_advertising, title: 虚假宣传, keywords: [假货], claims: [说是, Said It Was]}
"""


def _by_find(compiled, joined: str) -> dict[str, set[tuple[int, int]]]:
    """Where each category's unless phrases are, as a `str.find` loop per phrase places them."""
    out: dict[str, set[tuple[int, int]]] = {}
    for cat, phrases in compiled.category_unless.items():
        for u in phrases:
            pos = joined.find(u)
            while pos >= 0:
                out.setdefault(cat, set()).add((pos, pos + len(u)))
                pos = joined.find(u, pos + len(u))
    return out


@pytest.mark.parametrize("text", ["哈哈哈哈哈，快递包装破了", "快递包装破了快递包装破了，说是正品", "没什么", "哈哈哈",
                                  # a character outside the BMP (the scan of the text, not of its UTF-16 bytes)
                                  "𠮷哈哈哈，快递包装破了，说是正品", "Said it was 哈哈",
                                  # long enough (≥ literals.MAP_MIN) for the one-byte alphabet scan
                                  "哈哈哈哈哈，快递包装破了，说是正品。" * 12])
def test_unless_phrases_are_placed_as_a_find_loop_places_them(text: str) -> None:
    compiled = compile_pack(load_pack_text(PACK, "c.yaml"))
    ctx = build_context(_transcript([("customer", text)]), compiled)
    hay = ctx.haystack([0])
    joined = hay.joined
    voided, cues = categories._said(categories._scan_of(compiled), hay)
    assert {cat: set(spans) for cat, spans in voided.items()} == _by_find(compiled, joined)
    assert [q for _, q, _ in cues] == [q for q in ("说是", "Said It Was") if q.lower() in joined]
