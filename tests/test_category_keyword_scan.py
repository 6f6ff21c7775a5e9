"""Categorisation's own keyword and unless scans find exactly what the general ones find.

categories.py looks for keywords said word for word (or by their exact sounds) without the
general matcher's alignment passes, and for every category's unless phrases and claim cues in
one automaton pass; both are only speed, so these tests hold them to the general search's hits
and to a `str.find` loop per unless phrase, on the sample calls (clean and with the base model's
misrecognitions spliced in, which the phonetic keywords catch), on written variants, and on the
shipped packs' own keywords.
"""

from __future__ import annotations

import pytest
from scoring_synth import ASR_ERRORS, transcript_from_truth

from qa_desktop.domain import Metrics, Transcript, Utterance
from qa_desktop.rules import default_pack_for, load_pack_text
from qa_desktop.scoring import categories
from qa_desktop.scoring.compiled import compile_pack
from qa_desktop.scoring.context import build_context


def _transcript(turns: list[tuple[str, str]], lang: str = "zh") -> Transcript:
    utts = [Utterance(who, 2.0 * k, 2.0 * k + 1.8, text) for k, (who, text) in enumerate(turns)]
    return Transcript("x.wav", 2.0 * len(turns), lang, "stereo", utts, Metrics())


def _assert_same_hits(transcript: Transcript, pack) -> int:
    """The fast keyword scan's hits equal the general search's, matcher by matcher; how many."""
    compiled = compile_pack(pack)
    ctx = build_context(transcript, compiled)
    hay = ctx.haystack(list(range(len(ctx.items))))
    scan = categories._scan_of(compiled)
    n = 0
    for matcher, plain in zip(compiled.keywords, scan.plain):
        if plain is not None:
            fast = categories._said_word_for_word(matcher, hay, plain)
            assert fast == matcher.search(hay)
            n += len(fast)
    return n


@pytest.mark.parametrize("errors", [None, ASR_ERRORS], ids=["clean", "asr-errors"])
def test_keyword_scan_finds_what_the_search_finds_on_the_sample_calls(truth: dict[str, dict], errors) -> None:
    found = sum(_assert_same_hits(transcript_from_truth(call, errors), default_pack_for(call["lang"]))
                for call in truth.values())
    assert found > 0  # (the calls name their problems: the comparison compared something)


def test_the_shipped_packs_keywords_take_the_fast_scan() -> None:
    for lang in ("zh", "en"):
        compiled = compile_pack(default_pack_for(lang))
        assert all(plain is not None for plain in categories._scan_of(compiled).plain)


WRITTEN = [  # (turns, lang): homophones, keywords inside longer ones, word edges, repeats
    ([("customer", "我的推款一直没到，退款申请提交三天了"), ("agent", "退款会原路返回")], "zh"),
    ([("customer", "推款一直没到"), ("agent", "您说的是什么"), ("customer", "我说推款，推款到底什么时候到")], "zh"),
    ([("customer", "快递员说放门口了，可快递根本没到"), ("customer", "快地一直不动")], "zh"),
    ([("agent", "请问是质量问题吗"), ("customer", "不是质量问题，是尺码太小了，尺码偏小")], "zh"),
    ([("customer", "The refunded amount is wrong, I want a refund"), ("agent", "refunds take five days")], "en"),
    ([("customer", "my parcel never arrived, the package was damaged"), ("customer", "")], "en"),
]


@pytest.mark.parametrize("turns,lang", WRITTEN)
def test_keyword_scan_finds_what_the_search_finds_on_written_variants(turns, lang) -> None:
    assert _assert_same_hits(_transcript(turns, lang), default_pack_for(lang)) > 0


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


@pytest.mark.parametrize("text", ["哈哈哈哈哈，快递包装破了", "快递包装破了快递包装破了，说是正品", "没什么", "哈哈哈"])
def test_unless_phrases_are_placed_as_a_find_loop_places_them(text: str) -> None:
    compiled = compile_pack(load_pack_text(PACK, "c.yaml"))
    ctx = build_context(_transcript([("customer", text)]), compiled)
    joined = ctx.haystack([0]).joined
    voided, cues = categories._said(categories._scan_of(compiled), joined)
    assert {cat: set(spans) for cat, spans in voided.items()} == _by_find(compiled, joined)
    assert [q for _, q, _ in cues] == (["说是"] if "说是" in text else [])
