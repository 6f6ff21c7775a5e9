"""The trained escalation reading (issue #13 item 3; tools/train_escalation_head.py): a threat in words
that no cue, channel × intent pair or example catches is read from the sentence's meaning; a harmless
twin of it stays calm; the evidence names the sentence and the reading; a pack in a language without
a shipped head scores exactly as before. Real packs, real encoder, the shipped heads; sentences written
for this file only (none of them is in the training lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_desktop.domain import Metrics, Transcript, Utterance
from qa_desktop.rules import default_pack_for, load_pack_text
from qa_desktop.scoring import score
from qa_desktop.scoring.heads import load

ROOT = Path(__file__).resolve().parents[1]


def call(text: str, lang: str) -> Transcript:
    greeting = "您好，请问有什么可以帮您？" if lang == "zh" else "Hello, how can I help?"
    utts = [Utterance("agent", 0.5, 3.5, greeting), Utterance("customer", 4.0, 7.0, text),
            Utterance("agent", 7.5, 9.0, "好的，我了解了。" if lang == "zh" else "Okay, I see.")]
    return Transcript("h.wav", 10.0, lang, "stereo", utts, Metrics())


@pytest.fixture(scope="module")
def packs():
    return {"zh": default_pack_for("zh"), "en": default_pack_for("en")}


# a chargeback put without any listed channel or intention word; its harmless twin asks the same bank
# for a statement
THREAT_ZH = "我打算让信用卡那边把这笔扣款退回去。"
TWIN_ZH = "我让银行把这笔钱的流水打出来给我看看。"


def test_both_languages_ship_a_small_head() -> None:
    for lang in ("zh", "en"):
        head = load(f"escalation_{lang}")
        assert head is not None and head.labels == ("calm", "threat") and head.weights.shape == (2, 512)
        assert (ROOT / "qa_desktop" / "scoring" / "data" / f"escalation_{lang}.npz").stat().st_size < 1_000_000


@pytest.mark.parametrize("lang,text", [
    ("zh", THREAT_ZH),
    # an accusation and word spreading, in words no cue lists
    ("en", "You lot are daylight robbers and everyone on the estate will know it."),
])
def test_a_threat_no_cue_catches_is_read_by_the_trained_head_and_its_evidence_says_so(packs, lang, text) -> None:
    esc = score(call(text, lang), packs[lang]).escalation
    assert esc.level != "none", esc
    ev = next(e for e in esc.evidence if "labelled lines" in e.note)
    assert ev.span == text and ev.speaker == "customer"
    assert any(p["key"] == "note.threat_head" for p in ev.note_parts)
    assert "% threat" in ev.note and ev.similarity >= 80


@pytest.mark.parametrize("lang,text", [
    ("zh", TWIN_ZH),
    ("zh", "我姐夫是律师，他说这种情况可以退货。"),
    ("zh", "我把聊天记录截图发给我老公看了。"),
    ("en", "My sister is a lawyer and she said returns are easy."),
    ("en", "I'm recording this so I remember the order number."),
    ("en", "Could somebody with more experience check the size chart?"),
    ("en", "My bank says the refund should clear by Friday."),
])
def test_harmless_twins_and_mentions_stay_calm(packs, lang, text) -> None:
    esc = score(call(text, lang), packs[lang]).escalation
    assert esc.level == "none", (text, esc)


def test_a_pack_in_a_language_without_a_shipped_head_scores_as_before(packs) -> None:
    # the same Mandarin pack declared as Cantonese: no escalation_yue head ships, so the sentence only
    # the head reads stays unread, and every other verdict is the Mandarin pack's
    text = (ROOT / "rules" / "zh-ecommerce.yaml").read_text(encoding="utf-8").replace("\nlanguage: zh\n",
                                                                                      "\nlanguage: yue\n", 1)
    yue = load_pack_text(text, "yue.yaml")
    assert load("escalation_yue") is None
    without = score(call(THREAT_ZH, "zh"), yue)
    with_head = score(call(THREAT_ZH, "zh"), packs["zh"])
    assert without.escalation.level == "none" and with_head.escalation.level != "none"
    assert [(r.rule, r.status) for r in without.results] == [(r.rule, r.status) for r in with_head.results]
    assert without.category == with_head.category
    calm, calm_zh = (score(call(TWIN_ZH, "zh"), p).escalation for p in (yue, packs["zh"]))
    assert (calm.level, calm.score) == (calm_zh.level, calm_zh.score)


def test_a_sentence_only_the_examples_liken_to_a_threat_needs_the_head_too(packs, monkeypatch) -> None:
    from qa_desktop.scoring import escalation

    text = "I'm just let down, honestly. I hoped for more."  # (near "I want this taken higher." by topic)
    assert score(call(text, "en"), packs["en"]).escalation.level == "none"
    monkeypatch.setattr(escalation, "HEAD_VETO", 0.0)
    assert score(call(text, "en"), packs["en"]).escalation.level != "none"
