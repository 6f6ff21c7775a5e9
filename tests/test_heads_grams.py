"""The words a trained head reads (heads.Grams) beside the sentence vector: what a pack author or a
reviewer of a head's evidence relies on — an order number or the punctuation between two clauses does
not change what the head reads, and a shipped head that reads words refuses to read without them."""

from __future__ import annotations

import numpy as np
import pytest

from qa_desktop.scoring import heads
from qa_desktop.scoring.encoder import embed
from qa_desktop.scoring.heads import Grams, grams


def test_no_ngram_spans_a_comma_or_a_full_stop() -> None:
    g = grams("您先别急，我帮您查")
    assert "急 我" not in g and "别急我" not in g
    assert {"我帮您", "帮 您", "您先别"} <= set(g)
    assert "not paid" in grams("I'm not paid, so") and "paid so" not in grams("I'm not paid, so")


def test_numbers_and_curly_apostrophes_read_alike() -> None:
    assert grams("order 12345 won’t ship") == grams("Order 987 won't ship")


def test_a_sentence_becomes_a_unit_vector_over_the_known_ngrams() -> None:
    words = Grams.fit(["the parcel never came", "the parcel came late", "never again"])
    cols, vals = words.features("The parcel never, never came.")
    assert len(cols) == len(set(cols.tolist())) > 0
    assert float(vals @ vals) == pytest.approx(1.0, abs=1e-6)
    assert words.features("完全无关的话")[0].size == 0  # nothing it knows: no words to read


def test_every_shipped_head_reads_words_and_needs_the_sentences() -> None:
    for name in ("category", "stance", "escalation_zh", "escalation_en"):
        head = heads.load(name)
        assert head is not None and head.grams is not None and head.gram_weights.shape[1] == len(head.grams.index)
        text = "这个不归我们管，您自己去找快递吧。"
        vec = embed([text])
        p = head.probabilities(vec, [text])
        assert p.shape == (1, len(head.labels)) and np.isclose(p.sum(), 1.0)
        with pytest.raises(ValueError, match="texts"):
            head.probabilities(vec)
