"""distinct(): one finding per stretch of text, whether or not its shortcut for hits already apart applies."""

import random

from qa_desktop.scoring.matchers import Hit
from qa_desktop.scoring.spans import distinct


def _merged(hits: list[Hit]) -> list[Hit]:
    """The rule written out plainly: surest, then longest first; a hit overlapping one kept in the
    same turn is dropped; the kept ones by turn, then position."""
    kept: dict[int, list[Hit]] = {}
    for h in sorted(hits, key=lambda h: (-h.similarity, h.a - h.b)):
        same = kept.setdefault(h.item, [])
        if not any(h.a < k.b and k.a < h.b for k in same):
            same.append(h)
    return [h for item in sorted(kept) for h in sorted(kept[item], key=lambda h: h.a)]


def test_a_shorter_phrase_on_the_same_words_is_one_finding():
    longer = Hit(0, "我不知道", "exact", 100.0, 3, 7)
    shorter = Hit(0, "不知道", "phonetic", 100.0, 4, 7)
    elsewhere = Hit(1, "不知道", "exact", 100.0, 0, 3)
    assert distinct([longer, shorter, elsewhere]) == [longer, elsewhere]


def test_hits_already_apart_are_all_kept_in_order():
    hits = [Hit(0, "a", "exact", 100.0, 0, 2), Hit(0, "b", "exact", 100.0, 2, 5), Hit(2, "a", "fuzzy", 85.0, 1, 3)]
    assert distinct(hits) == hits


def test_same_findings_as_the_rule_written_out_on_random_hits():
    rng = random.Random(7)
    for _ in range(3000):
        hits = []
        for _ in range(rng.randint(0, 7)):
            a = rng.randint(0, 12)
            hits.append(Hit(rng.randint(0, 2), "p", "exact", rng.choice([100.0, 100.0, 90.0, 85.5]), a,
                            a + rng.randint(0, 4)))
        if rng.random() < 0.5:  # searches hand over their hits in turn and position order
            hits.sort(key=lambda h: (h.item, h.a))
        assert distinct(hits) == _merged(hits), hits
