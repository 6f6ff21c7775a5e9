"""`qa-desktop repeats` and `qa-desktop calibration` as a user runs them, on a real database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qa_desktop.cli import main
from qa_desktop.storage import Database
from qa_desktop.storage import calibration as cal
from tests.repeat_data import store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "qa.sqlite"
    with Database.open(path) as db:
        first = store(db, "20260812_Z3001_900001")
        store(db, "20260812_Z3001_900001", day="2026-08-20", agent="Z3002", tag="-cb")  # 8 days later
        store(db, "20260813_Z3001_900003")
        sid = cal.create_session(db, "week 33", [first, 3], lead="Lead")
        for who, status in (("A", "pass"), ("B", "fail")):
            cal.save_verdicts(db, sid, first, who, {"greeting": status})
            cal.save_verdicts(db, sid, 3, who, {"greeting": "pass"})
    return path


def test_repeats_window_option_relinks_and_prints_rates(db_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["repeats", "--db", str(db_path), "--per", "all"]) == 0
    out = capsys.readouterr().out
    assert "all" in out and "(window 7 days)" in out
    assert main(["repeats", "--db", str(db_path), "--window", "10", "--per", "agent", "--json",
                 str(tmp_path / "r.json")]) == 0
    out = capsys.readouterr().out
    assert "repeat window: 10 days (all calls relinked)" in out
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    rates = {r["key"]: r for r in data["rates"]}
    assert data["window_days"] == 10 and rates["Z3002"]["repeats"] == 1  # 8 days: a repeat under 10
    assert rates["Z3001"]["first_contact_resolution"] == 0.5
    with pytest.raises(SystemExit):
        main(["repeats", "--db", str(db_path), "--window", "-3"])
    assert "between 0 and 365" in capsys.readouterr().err


def test_repeats_link_backfills_an_older_database(db_path: Path, capsys) -> None:
    with Database.open(db_path) as db:
        for table in ("repeat_links", "contact_keys", "contact_scan"):
            db.conn.execute(f"DELETE FROM {table}")
    assert main(["repeats", "--db", str(db_path)]) == 0
    assert "3 calls stored before repeat contacts existed are not linked; run with --link" in capsys.readouterr().out
    assert main(["repeats", "--db", str(db_path), "--link", "--window", "14"]) == 0
    out = capsys.readouterr().out
    assert "linked 3 calls stored earlier" in out and "not linked" not in out


def test_calibration_list_and_report(db_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["calibration", "list", "--db", str(db_path)]) == 0
    assert "week 33  (2 calls, set up by Lead" in capsys.readouterr().out
    xlsx = tmp_path / "cal.xlsx"
    assert main(["calibration", "report", "week 33", "--db", str(db_path), "--xlsx", str(xlsx), "--mask"]) == 0
    out = capsys.readouterr().out
    assert "agreement 50%" in out and "calls that split the team: 1" in out and f"wrote {xlsx}" in out
    assert load_workbook(str(xlsx))["Summary"]["B1"].value == "week 33"
    assert main(["calibration", "report", "nope", "--db", str(db_path)]) == 2
    assert "no such session" in capsys.readouterr().err
