"""Mono role cues: the shortcut that sums the customer's cue phrases per turn without a Hit per
occurrence gives what the phrase search gives, on the shipped packs' own phrases and on turns
built to trip it (homophones, phrases inside phrases, repeats, English word edges)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from qa_desktop.rules import default_pack_for
from qa_desktop.scoring.compiled import compile_pack
from qa_desktop.scoring.matchers import Haystack, Searchable
from qa_desktop.scoring.normalize import normalize_many
from qa_desktop.scoring.phonetic import homophones
from qa_desktop.scoring.roles import _sound_cover

ROOT = Path(__file__).resolve().parent.parent


def by_search(matcher, hay: Haystack) -> tuple[list[float], list[str]]:
    """Each turn's weight and longest phrase the way roles summed them from `search` hits."""
    weight, longest = [0.0] * len(hay.texts), [""] * len(hay.texts)
    for h in matcher.search(hay, every=True):
        weight[h.item] += (h.b - h.a) * h.similarity / 100.0
        if len(h.phrase) > len(longest[h.item]):
            longest[h.item] = h.phrase
    return weight, longest


def turns(lang: str, rng: random.Random) -> list[str]:
    """Turns of the sample calls, and turns glued from cue phrases, their homophones and filler."""
    calls = json.loads((ROOT / "resources/sample_calls/truth.json").read_text(encoding="utf-8"))
    said = [s["text"] for c in calls if c["lang"] == lang for s in c["segments"] if s.get("text")]
    cues = compile_pack(default_pack_for(lang)).customer_cues.raw
    # a homophone of each Chinese cue: the first character read like each of its characters
    sounds = [homophones(p) for p in cues]
    filler = ["嗯", "，", "我", "的", " ", "好", "not", "a", "some", "-"] if lang == "zh" else [" ", "x", "re", "s"]
    built = ["".join(rng.choice(cues + sounds + filler) for _ in range(rng.randint(1, 7))) for _ in range(300)]
    return said + built


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_customer_cue_shortcut_equals_the_phrase_search(lang: str) -> None:
    matcher = compile_pack(default_pack_for(lang)).customer_cues
    rng = random.Random(5)
    texts = turns(lang, rng)
    for _ in range(60):
        chosen = rng.sample(texts, rng.randint(1, 40))
        items = [Searchable(n) for n in normalize_many(chosen)]
        hay = Haystack(items)
        assert _sound_cover(matcher, hay) == by_search(matcher, Haystack(items)), chosen


def test_the_shortcut_declines_matchers_it_does_not_mirror() -> None:
    from qa_desktop.scoring.matchers import PhraseMatcher

    hay = Haystack([Searchable(n) for n in normalize_many(["您好"])])
    assert _sound_cover(PhraseMatcher(["充不进电"], "phonetic", 85), hay) is None
    assert _sound_cover(PhraseMatcher(["不知道"], "phonetic", 100, unless=["我不知道"]), hay) is None
    assert _sound_cover(PhraseMatcher(["您好"], "exact"), hay) is None
