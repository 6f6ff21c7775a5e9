"""Every truth.json label from the default packs, on transcripts built from the truth segments.

Fast (no Whisper) and exact about what the rules do; the same labels on real
model transcripts are checked in test_labels_e2e.py. Also run with the ASR
errors the base model makes (致电→这店, 非常抱歉→被长报欠, …) spliced in.
"""

from __future__ import annotations

import pytest
from scoring_synth import ASR_ERRORS, labels_of, transcript_from_truth

from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import score


@pytest.mark.parametrize("errors", [None, ASR_ERRORS], ids=["clean", "asr-errors"])
def test_truth_labels_reproduced(truth: dict[str, dict], errors) -> None:
    wrong = {}
    for cid, call in truth.items():
        got = labels_of(score(transcript_from_truth(call, errors), default_pack_for(call["lang"])))
        diff = {k: (got[k], v) for k, v in call["labels"].items() if got[k] != v}
        if diff:
            wrong[cid] = diff
    assert not wrong


def test_asr_errors_really_are_in_the_text(truth: dict[str, dict]) -> None:
    """Guard for the test above: the misrecognitions were spliced in and still matched phonetically."""
    t = transcript_from_truth(truth["20260812_Z3001_900001"], ASR_ERRORS)
    assert "这店" in t.utterances[0].text and "被长报欠" in t.utterances[2].text
    t.utterances[2].text = "被长报欠，请您提供一下订单号，我帮您查一下。"  # no other apology words left
    s = score(t, default_pack_for("zh"))
    assert s.result("apology").status == "pass"
    assert s.result("apology").evidence[0].mode == "phonetic"
    assert s.result("apology").evidence[0].span in ("被长报欠", "报欠")  # 非常抱歉 or 抱歉, as heard
