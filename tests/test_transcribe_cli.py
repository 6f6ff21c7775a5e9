"""`qa-desktop transcribe` and `qa-desktop models` as a user runs them."""

from __future__ import annotations

import json
import re

from qa_desktop.cli import main
from qa_desktop.domain import Transcript

from conftest import RECORDINGS, SAMPLE_CALLS


def test_transcribe_prints_dialogue_writes_json_and_goes_on_after_a_bad_file(tmp_path, capsys):
    broken = tmp_path / "20260101_A1_42.wav"
    broken.write_bytes(b"")
    out = tmp_path / "out" / "calls.json"
    code = main(["transcribe", str(RECORDINGS / "stereo_diarization.wav"), str(broken), "--json", str(out)])
    captured = capsys.readouterr()
    assert code != 0
    assert "20260101_A1_42.wav" in captured.err and "empty" in captured.err.lower()
    assert "horizon" in captured.out.lower() and "customer" in captured.out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) == 1
    t = Transcript.from_dict(data[0])
    assert t.layout == "stereo" and {u.speaker for u in t.utterances} == {"agent", "customer"}


def test_channel_mapping_swaps_speakers(tmp_path):
    out = tmp_path / "one.json"
    code = main(["transcribe", str(RECORDINGS / "stereo_diarization.wav"), "--channels", "customer,agent",
                 "--language", "en", "--threads", "1", "--json", str(out)])
    assert code == 0
    t = Transcript.from_dict(json.loads(out.read_text(encoding="utf-8")))
    assert "wizard" in " ".join(u.text for u in t.by("customer")).lower()
    assert "horizon" in " ".join(u.text for u in t.by("agent")).lower()


def test_models_lists_the_bundled_model(capsys):
    assert main(["models"]) == 0
    out = capsys.readouterr().out
    assert "base" in out and "bundled" in out and "assembled" in out


def test_mask_hides_the_order_number_a_caller_reads_out(tmp_path, capsys):
    out = tmp_path / "masked.json"
    call = SAMPLE_CALLS / "20260814_Y4001_900005.flac"  # "Could you read me your order number please?" "8125."
    assert main(["transcribe", str(call), "--mask", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    t = Transcript.from_dict(json.loads(out.read_text(encoding="utf-8")))
    asked = next(i for i, u in enumerate(t.utterances) if "order number" in u.text.lower())
    answer = t.utterances[asked + 1].text
    assert "*" in answer and not re.search(r"\d|eight|one|two|five", answer, re.IGNORECASE), answer
    assert answer in printed and not re.search(r"\b8\W?1\W?2\W?5\b", printed)
    assert all(not u.words for u in t.utterances)  # word timings would spell the number out again
