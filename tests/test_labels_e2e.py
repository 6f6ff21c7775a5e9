"""End to end: the bundled base model's transcripts of the sample calls, scored by the default packs,
reproduce every label in truth.json.

Mapping: a step label is true ⇔ that rule passed (fail or na ⇔ false);
forbidden ⇔ forbidden_phrases failed; dead_air ⇔ dead_air failed;
agent_interrupts = the interruption evidence items; category = primary category.
Uses the session fixture `sample_transcripts` (Whisper runs once per session).
"""

from __future__ import annotations

import pytest
from scoring_synth import labels_of

from qa_desktop.domain import Transcript, call_report
from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import score

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def transcripts(request: pytest.FixtureRequest) -> dict[str, Transcript]:
    try:
        value = request.getfixturevalue("sample_transcripts")
    except pytest.FixtureLookupError:
        pytest.skip("the sample_transcripts fixture (transcription) is not available")
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    return {t.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]: t for t in value}


def _stem(key: str) -> str:
    return key.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def test_every_truth_label_is_reproduced(transcripts: dict[str, Transcript], truth: dict[str, dict]) -> None:
    by_stem = {_stem(k): t for k, t in transcripts.items()}
    assert set(truth) <= set(by_stem), "a sample call was not transcribed"
    wrong = {}
    for cid, call in truth.items():
        t = by_stem[cid]
        got = labels_of(score(t, default_pack_for(t.language or call["lang"])))
        diff = {k: (got[k], v) for k, v in call["labels"].items() if got[k] != v}
        if diff:
            wrong[cid] = diff
    assert not wrong


def test_reports_carry_evidence_for_every_verdict(transcripts: dict[str, Transcript]) -> None:
    for t in transcripts.values():
        report = call_report(t, score(t, default_pack_for(t.language)))
        assert 0.0 <= report["score"] <= 100.0
        for r in report["results"]:
            assert r["evidence"], r["rule"]
            for e in r["evidence"]:
                if e["mode"] in ("exact", "fuzzy", "phonetic", "regex"):
                    assert e["text"][e["span_start"]:e["span_end"]] == e["span"]
                    assert e["phrase"] and e["similarity"] > 0
