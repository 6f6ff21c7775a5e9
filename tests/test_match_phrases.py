"""Matchers: exact, fuzzy (length-dependent), phonetic (ASR homophones), unless, regex, English words."""

from __future__ import annotations

import pytest

from qa_desktop.scoring.matchers import PhraseMatcher, Searchable, default_threshold
from qa_desktop.scoring.normalize import normalize


def find(phrases: list[str], text: str, mode: str = "fuzzy", **kw) -> list:
    return PhraseMatcher(phrases, mode, **kw).search([Searchable(normalize(text))])


@pytest.mark.parametrize(
    ("phrase", "heard"),
    [  # errors the base model made on the sample calls
        ("欢迎致电", "您好，欢迎这店优品生活馆"),
        ("非常抱歉", "被长报欠让您久等了"),
        ("快递", "我买的快地显示三天前就发货了"),
        ("我是客服", "我是克夫小吴"),
        ("给您添麻烦了", "给您天马返了，实在抱歉"),
    ],
)
def test_phonetic_matches_homophone_errors(phrase: str, heard: str) -> None:
    hits = find([phrase], heard, "phonetic")
    assert hits and hits[0].mode == "phonetic"
    # the span is the misrecognised words themselves
    n = normalize(heard)
    a, b = n.span(hits[0].a, hits[0].b)
    assert len(heard[a:b]) == len(phrase)
    assert not find([phrase], heard, "fuzzy") or phrase == "我是客服"


def test_phonetic_rejects_different_words() -> None:
    assert not find(["非常抱歉"], "非常满意，谢谢", "phonetic")
    assert not find(["请您稍等"], "请您签收一下", "phonetic")


def test_fuzzy_tolerates_one_wrong_character_in_a_long_phrase() -> None:
    hits = find(["感谢您的耐心等待"], "感谢您的耐性等待，包裹已经到了")
    assert hits and hits[0].mode == "fuzzy" and 80 <= hits[0].similarity < 100


def test_short_phrases_must_be_exact() -> None:
    assert default_threshold("再见", "fuzzy") == 100
    assert not find(["再见"], "在见")
    assert find(["再见"], "好的，再见。")


def test_fuzzy_aligns_inside_the_utterance_not_the_whole_string() -> None:
    long = "您的退款卡在了财务审核，我已经给您加急，今天之内会退回到您的账户，请您留意一下短信，还有其他问题吗"
    hits = find(["还有其他问题吗"], long)
    assert hits and hits[0].similarity == 100


def test_unless_masks_negated_phrases() -> None:
    assert find(["客气"], "不客气，请问还有别的需要吗")
    assert not find(["客气"], "不客气，请问还有别的需要吗", unless=["不客气"])
    assert not find(["意思"], "不好意思让您久等了", unless=["不好意思"])
    # the same phrase elsewhere in the sentence still counts
    assert find(["意思"], "不好意思，你这是什么意思", unless=["不好意思"])


def test_english_phrases_respect_word_boundaries() -> None:
    assert find(["bye"], "Thanks for calling, bye!")
    assert not find(["bye"], "I'll stand by your byeline", mode="exact")
    assert not find(["calm down"], "the calm downstairs neighbour", mode="exact")


def test_english_fuzzy_survives_a_misheard_word() -> None:
    hits = find(["I'm not going to repeat myself"], "Look, I'm not gonna repeat myself.")
    assert hits and hits[0].mode == "fuzzy"


def test_regex_runs_on_normalised_text() -> None:
    hits = find([], "工号二零六为您服务", regex=[r"工号[0-9]+"])
    assert hits and hits[0].mode == "regex"


def test_every_reports_each_occurrence() -> None:
    m = PhraseMatcher(["不知道"], "exact")
    items = [Searchable(normalize("我不知道")), Searchable(normalize("真不知道，不知道"))]
    assert len(m.search(items, every=True)) == 3
    assert len(m.search(items)) == 1


def test_phonetic_hits_in_later_turns_point_at_the_right_characters() -> None:
    m = PhraseMatcher(["工号"], "phonetic")
    items = [Searchable(normalize(t)) for t in ("您好，歡迎至點優品生活館。", "嗯", "公號二零六請問有什麼可以幫您?")]
    hits = m.search(items)
    assert [(h.item, h.a, h.b) for h in hits] == [(2, 0, 2)]


def test_the_measured_homophone_errors_match_the_shipped_zh_phrases_as_written() -> None:
    """Every phrase or keyword of the zh pack holding a word the base model mishears still matches
    when it is misheard (欢迎致电 → 欢迎这店, 快递员 → 快地员 …), by sound."""
    from scoring_synth import ASR_ERRORS

    from qa_desktop.rules import default_pack_for
    from qa_desktop.scoring import try_text

    pack = default_pack_for("zh")
    written = [(r.id, p) for r in pack.rules for p in r.phrases]
    written += [(f"category:{c.id}", k) for c in pack.categories.items for k in c.keywords]
    for right, heard in ASR_ERRORS.items():
        holding = [(rule, p) for rule, p in written if right in p]
        assert holding, right
        for rule, phrase in holding:
            said = phrase.replace(right, heard)
            found = [m for m in try_text(said, pack, speaker="unknown") if m.rule == rule and m.phrase == phrase]
            assert found and found[0].mode == "phonetic" and found[0].span == said, (rule, phrase, said)


def test_a_lone_character_never_matches_by_sound() -> None:
    assert find(["坏"], "我怀疑是质量问题", "phonetic") == []
    assert find(["坏"], "杯子坏了", "phonetic")


@pytest.mark.parametrize(
    ("phrase", "turns"),
    [  # the agent's first sound lost at the onset of a noisy mono turn (900013 mixed down, heard again)
        ("thanks for calling", ["Is there anything else I can help you with?", "No, that's all.",
                                "And for calling Brightness."]),
        ("thanks for your patience", ["Please hold while I contact the carrier.", "Sure.",
                                      "And for your patience, the parcel is at the depot."]),
    ],
)
def test_english_words_clipped_at_a_later_turns_start_are_found_in_that_turn(phrase: str, turns: list[str]) -> None:
    hits = PhraseMatcher([phrase], "fuzzy").search([Searchable(normalize(t)) for t in turns])
    assert [(h.item, h.mode) for h in hits] == [(2, "fuzzy")]
    text = normalize(turns[2]).text
    assert text[hits[0].a:hits[0].b].split()[-1] in phrase.split()  # ends on a word of the phrase, not "th…"


def test_a_clipped_phrase_is_not_found_where_its_words_were_not_said() -> None:
    turns = ["Is there anything else I can help you with?", "No, that's all.", "And for the delivery, it comes Monday."]
    assert not PhraseMatcher(["thanks for calling"], "fuzzy").search([Searchable(normalize(t)) for t in turns])



def test_english_turns_align_alike_in_their_one_byte_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """English haystacks are scanned and aligned in a one-byte copy (separators and masks as control
    characters, Haystack.plain): every hit — word for word, fuzzy across and within turns, near
    misses, masked `unless` words, nothing across a separator — is the one the joined text gives."""
    from qa_desktop.scoring import haystack
    from qa_desktop.scoring.haystack import Haystack

    phrases = ["that's not my problem", "you should have checked", "it's your fault", "calm down",
               "thank you for your patience", "I can't help you with that", "there's nothing I can do"]
    turns = ["well thats not really my problem to fix", "you should of checked the size chart",
             "its your own fault sir", "please calm", "down now", "no problem at all", "thank you for your patients",
             "i cant help you with", "that honestly theres nothing i can do", "not my problem at all to help",
             "and for your patience"]
    items = [Searchable(normalize(t)) for t in turns]
    windows = [w for k in range(1, len(items) + 1) for w in (items[:k], items[-k:])]

    def hits(matcher: PhraseMatcher) -> list[list[tuple]]:
        return [[(h.item, h.phrase, h.mode, h.similarity, h.a, h.b) for h in matcher.search(Haystack(w), every=True)]
                for w in windows]

    for unless in ([], ["no problem", "not my problem at all to help"]):
        matcher = PhraseMatcher(phrases, "fuzzy", unless=unless)
        assert Haystack(items).plain is not None
        one_byte = hits(matcher)
        with monkeypatch.context() as m:
            m.setattr(haystack, "plain", lambda text: None)  # the joined text itself
            assert hits(matcher) == one_byte
        assert any(h[2] == "fuzzy" for found in one_byte for h in found)  # (fuzzy hits were compared)
