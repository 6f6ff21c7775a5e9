"""Agent conduct read by form (stop 20, issue #13 item 2) on the development sets written for it:
contempt and brush-offs in forms fresh8 showed unread (tests/heldout/dev_s20_tone.yaml) fail, and
courteous lines written to share those forms' words (dev_s20_polite_probe.yaml) all pass. The sets
were tuned on, so these are regression guards, not measurements (`python tests/meaning_eval.py FILE`
prints the figures)."""

from __future__ import annotations

from pathlib import Path

import pytest
from meaning_eval import load, measure

HELDOUT = Path(__file__).resolve().parent / "heldout"


@pytest.fixture(scope="module")
def forms() -> dict:
    return measure(load(HELDOUT / "dev_s20_tone.yaml"))["conduct"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_contempt_forms_fail_and_no_polite_twin_does(forms: dict, lang: str) -> None:
    r = forms[lang]
    assert r["polite_failed"] == 0, r["wrong"]
    assert r["f1"] >= 0.95, r["wrong"]


def test_courteous_lines_sharing_the_forms_words_pass() -> None:
    probe = measure(load(HELDOUT / "dev_s20_polite_probe.yaml"))["conduct"]
    assert {lang: r["polite_failed"] for lang, r in probe.items()} == {"zh": 0, "en": 0}, \
        [w for r in probe.values() for w in r["wrong"]]
