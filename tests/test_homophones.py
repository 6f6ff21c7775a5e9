"""The one-symbol homophone text finds a phrase's homophones exactly where the two-symbol
sound encoding does (scoring/phonetic.py): the matcher searches the shorter one."""

from __future__ import annotations

import random

from qa_desktop.scoring.phonetic import encode, homophones


def _starts(needle: str, hay: str) -> list[int]:
    out, pos = [], hay.find(needle)
    while pos >= 0:
        out.append(pos)
        pos = hay.find(needle, pos + 1)
    return out


def test_homophones_occur_where_the_sounds_do():
    # homophones (退/推, 款/宽?), characters without a reading (digits, Latin, the turn separator,
    # private-use code points like the sound symbols themselves), a rare non-BMP character
    pool = list("退推款宽快块递地的得了乐一衣1a\u241e\u2400\ue001\ue002") + ["\U00020000"]
    rng = random.Random(12)
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        phrase = "".join(rng.choice(pool) for _ in range(rng.randint(1, 3)))
        by_sound = [p // 2 for p in _starts(encode(phrase), encode(text)) if p % 2 == 0]
        assert _starts(homophones(phrase), homophones(text)) == by_sound, (phrase, text)


def test_homophones_keep_the_length_and_merge_sound_alikes():
    assert len(homophones("退款申请1a")) == 6
    assert homophones("推款") == homophones("退款") != homophones("退货")
