"""`qa-desktop score`: transcripts in, a scorecard printed and call reports written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring_synth import transcript_from_truth

from qa_desktop.cli import main


def test_score_writes_one_report_per_call(truth: dict[str, dict], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    calls = [truth["20260812_Z3001_900001"], truth["20260814_Y4002_900006"]]
    src = tmp_path / "t.json"
    src.write_text(json.dumps([transcript_from_truth(c).to_dict() for c in calls], ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "report.json"
    assert main(["score", str(src), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "zh-ecommerce" in printed and "en-retail" in printed  # pack picked by each call's language
    reports = json.loads(out.read_text(encoding="utf-8"))
    assert [r["call_id"] for r in reports] == ["900001", "900006"]
    first, second = reports
    assert first["score"] == 100.0 and first["category"] == "logistics" and first["agent"] == "Z3001"
    assert second["score"] == 0.0 and second["critical_failed"] == ["forbidden_phrases"]
    forbidden = next(r for r in second["results"] if r["rule"] == "forbidden_phrases")
    assert forbidden["status"] == "fail"
    spans = [e["span"] for e in forbidden["evidence"]]
    assert "Not my problem" in spans and any("not my job" in x for x in spans)
    assert all({"rule", "status", "points", "evidence"} <= set(r) for r in first["results"])


def test_score_with_an_explicit_pack_and_a_broken_file(truth: dict[str, dict], tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(transcript_from_truth(truth["20260813_Z3001_900003"]).to_dict()), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(["score", str(bad), str(good), "--rules", "zh-ecommerce", "--json", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"{bad}: not JSON" in err
    reports = json.loads(out.read_text(encoding="utf-8"))
    assert reports[0]["error"] and reports[1]["call_id"] == "900003" and reports[1]["error"] is None


def test_score_with_unknown_pack_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "t.json"
    src.write_text("[]", encoding="utf-8")
    assert main(["score", str(src), "--rules", "nope"]) == 2
    assert "no such rule pack file or shipped pack" in capsys.readouterr().err


def test_mask_hides_personal_numbers_in_the_scorecard_and_the_report(truth: dict[str, dict], tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    t = transcript_from_truth(truth["20260812_Z3001_900001"])
    greeting = next(u for u in t.utterances if u.speaker == "agent")
    greeting.text += "请问是13812345678的机主吗？"  # the agent reads the caller's number back
    src, out = tmp_path / "t.json", tmp_path / "r.json"
    src.write_text(json.dumps(t.to_dict(), ensure_ascii=False), encoding="utf-8")
    assert main(["score", str(src), "--mask", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    report = out.read_text(encoding="utf-8")
    assert "13812345678" not in report + printed
    assert "请问是*******5678的机主吗" in report  # the greeting's evidence quote, masked
    assert json.loads(report)["score"] == 100.0  # scored on the real text: masking changes no verdict
