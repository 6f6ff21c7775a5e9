"""`qa-desktop rescore` and `qa-desktop export …` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from qa_desktop.cli import main
from qa_desktop.rules import load_pack
from qa_desktop.scoring import score
from qa_desktop.storage import Database
from test_storage_basic import make_call
from test_storage_verdicts import write_pack


def _database(tmp_path: Path) -> Path:
    pack = load_pack(write_pack(tmp_path))
    path = tmp_path / "qa.sqlite"
    with Database.open(path) as db:
        for i in range(4):
            transcript, _ = make_call(i, agent="Z3001" if i < 3 else "Y4001", team="华东一组",
                                      day=f"2026-08-1{i}")
            db.save_call(transcript, score(transcript, pack), pack)
    return path


def test_rescore_prints_how_many_verdicts_changed(tmp_path: Path, capsys) -> None:
    db = _database(tmp_path)
    (tmp_path / "v2").mkdir()
    edited = write_pack(tmp_path / "v2", version="2", greeting="请您稍等")
    assert main(["rescore", "--rules", str(edited), "--db", str(db), "--agent", "Z3001", "--since", "2026-08-10"]) == 0
    out = capsys.readouterr().out
    assert "3 calls rescored with test-zh 2: 2 verdicts changed in 2 calls" in out
    assert main(["rescore", "--rules", str(edited), "--db", str(db)]) == 0
    assert "4 calls rescored with test-zh 2: 1 verdict changed in 1 call\n" in capsys.readouterr().out  # "1 call"


def test_rescore_with_a_missing_pack_is_one_clear_error(tmp_path: Path, capsys) -> None:
    assert main(["rescore", "--rules", str(tmp_path / "nope.yaml"), "--db", str(tmp_path / "x.sqlite")]) == 2
    err = capsys.readouterr().err
    assert "nope.yaml" in err and "Traceback" not in err


def test_export_scorecard_and_calls(tmp_path: Path, capsys) -> None:
    db = _database(tmp_path)
    pdf, xlsx = tmp_path / "card.pdf", tmp_path / "card.xlsx"
    assert main(["export", "scorecard", "--team", "华东一组", "--from", "2026-08-01", "--to", "2026-08-31",
                 "--pdf", str(pdf), "--xlsx", str(xlsx), "--db", str(db)]) == 0
    assert "team 华东一组: 4 calls" in capsys.readouterr().out
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "华东一组" in text and "核实订单" in text and "问候" in text
    assert load_workbook(xlsx)["Summary"]["B4"].value == 4
    calls_csv, calls_xlsx = tmp_path / "calls.csv", tmp_path / "calls.xlsx"
    assert main(["export", "calls", "--agent", "Z3001", "--csv", str(calls_csv), "--xlsx", str(calls_xlsx),
                 "--db", str(db)]) == 0
    assert "exported 3 calls" in capsys.readouterr().out
    assert calls_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    assert load_workbook(calls_xlsx)["Rule results"].max_row == 1 + 3 * 3
    assert main(["export", "scorecard", "--agent", "nobody", "--pdf", str(pdf), "--db", str(db)]) == 2
    assert "no scored calls" in capsys.readouterr().err


def test_rescore_skips_calls_in_another_language_and_filters_by_language(tmp_path: Path, capsys) -> None:
    db = _database(tmp_path)
    with Database.open(db) as database:  # one English call among the Mandarin ones
        english, _ = make_call(9, agent="Y4001")
        english.language, english.content_hash = "en", "hash-en"
        pack = load_pack(tmp_path / "test-zh.yaml")
        database.save_call(english, score(english, pack), pack)
    assert main(["rescore", "--rules", str(tmp_path / "test-zh.yaml"), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "4 calls rescored" in out and "1 call skipped" in out and "1 in en" in out
    assert main(["rescore", "--rules", str(tmp_path / "test-zh.yaml"), "--db", str(db), "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert "0 calls rescored" in out and "1 call skipped" in out


@pytest.mark.parametrize("flag", ["--since", "--until"])
def test_rescore_rejects_a_date_that_is_no_date(tmp_path: Path, capsys, flag: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["rescore", "--rules", "zh-ecommerce", "--db", str(tmp_path / "x.sqlite"), flag, "2026-13-01"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert flag in err and "'2026-13-01' is not a date" in err and "YYYY-MM-DD" in err
    assert not (tmp_path / "x.sqlite").exists()  # stopped before touching anything
