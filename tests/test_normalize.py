"""Normalisation: what Whisper writes differently must compare equal, and spans map back."""

from __future__ import annotations

import pytest

from qa_desktop.scoring.normalize import norm, normalize, normalize_many


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("您好，歡迎致電優品生活館！", "您好欢迎致电优品生活馆"),  # traditional → simplified, punctuation
        ("工号２０６ 为您服务", "工号206为您服务"),  # full-width digits, space between CJK
        ("订单号是四四五五六六一二。", "订单号是44556612"),  # spoken digits
        ("我帮您查一下", "我帮您查一下"),  # a lone 一 is a word, not a digit
        ("Could you READ me your order number, please?", "could you read me your order number please"),
        ("Eight one one two five.", "81125"),  # English digit words
        ("I’m  not going to   repeat myself!!", "i'm not going to repeat myself"),
    ],
)
def test_variants_normalise_alike(written: str, expected: str) -> None:
    assert norm(written) == expected


def test_spans_point_at_the_original_text() -> None:
    text = "好的，歡迎致電，訂單號是四四五五六六一二。"
    n = normalize(text)
    start = n.text.index("44556612")
    a, b = n.span(start, start + 8)
    assert text[a:b] == "四四五五六六一二"
    start = n.text.index("欢迎致电")
    a, b = n.span(start, start + 4)
    assert text[a:b] == "歡迎致電"


def test_english_digit_words_map_back_to_the_words() -> None:
    text = "It is Eight one one two five, thanks"
    n = normalize(text)
    k = n.text.index("81125")
    a, b = n.span(k, k + 5)
    assert text[a:b] == "Eight one one two five"


def test_whole_call_normalisation_equals_one_by_one() -> None:
    texts = ["您好，歡迎致電！", " Six four four nine zero. ", "　全角空格　Ｈｅｌｌｏ", "", "工号 二零六"]
    many = normalize_many(texts)
    for text, fast in zip(texts, many):
        slow = normalize(text)
        assert fast.text == slow.text
        if slow.text:
            assert fast.span(0, len(fast.text)) == slow.span(0, len(slow.text))


def test_digit_run_scan_finds_what_the_run_regex_finds() -> None:
    """The fast scan (candidates first) against the plain regex scan, on words built to trip it:
    digit words inside other words (someone, weight), glued, with apostrophes and underscores."""
    import random

    from qa_desktop.scoring.normalize import (
        _EN_DIGIT_RUN,
        _digit_runs,
        _latin_digit_runs,
    )

    words = ["one", "two", "oh", "someone", "tone", "eight", "weight", "nine", "x", "ohone", "on", "six",
             "seven", "zero", "_one", "1", "three", "fourth", "five", "一"]
    rng = random.Random(13)
    for _ in range(5000):
        s = "".join(rng.choice(words) + rng.choice(["", " ", "  ", "'", "_", "-"]) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, 3)
        assert [m.span() for m in _digit_runs(s, start)] == [m.span() for m in _EN_DIGIT_RUN.finditer(s, start)], s
        # (English calls: every candidate from one automaton pass)
        assert [m.span() for m in _latin_digit_runs(s)] == [m.span() for m in _EN_DIGIT_RUN.finditer(s)], s


def test_whole_call_normalisation_equals_one_by_one_on_random_text() -> None:
    """The whole-call path (numpy squeeze, OpenCC skipped on text without ideographs) against
    each utterance on its own: the same text, every character mapped to the same original."""
    import random

    pieces = ["您好", "歡迎", "請", "，", "。", "……", " ", "  ", "Hi", "THANKS", "one two", "eight one one",
              "Ｈｅｌｌｏ", "　", "三天", "一二三四", "’", "-", "e-mail", "OK?", "\u00e9t\u00e9", "😀", "乾隆"]
    rng = random.Random(7)
    for _ in range(400):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(1, 6))]
        for text, fast in zip(texts, normalize_many(texts)):
            slow = normalize(text)
            assert fast.text == slow.text, texts
            assert [fast.span(k, k + 1) for k in range(len(fast.text))] == \
                   [slow.span(k, k + 1) for k in range(len(slow.text))], texts


def test_spoken_digit_runs_found_with_numpy_equal_the_regex_on_random_text() -> None:
    """Order and phone numbers read out in Chinese ("幺三八…") become digits: the numpy search for
    runs of three or more digit characters replaces exactly what the regex replaces."""
    import random

    import numpy as np

    from qa_desktop.scoring.normalize import _ZH_DIGITS, _zh_digit_runs, _zh_digits

    alphabet = _ZH_DIGITS + "的我您好下天a1 ，"
    rng = random.Random(11)
    for _ in range(5000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        codes = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32)
        assert _zh_digit_runs(s, codes) == _zh_digits(s), s
    assert norm("订单号是幺三八零零，一下") == "订单号是13800一下"


def test_every_english_digit_word_holds_a_letter_the_quick_check_looks_for() -> None:
    """Chinese calls skip the English digit-word search when no e, i or o is said (see
    normalize._may_hold_digit_words): a digit word without one would never become a digit."""
    from qa_desktop.scoring.normalize import _EN_DIGIT_WORDS, _may_hold_digit_words

    assert all(_may_hold_digit_words(word) for word in _EN_DIGIT_WORDS)
    assert normalize_many(["订单号", "one two three"])[1].text == "123"
    assert normalize_many(["订单号", "two six"])[1].text == "26"
