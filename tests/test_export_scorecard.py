"""Scorecards and call lists written to real files and read back the way a supervisor would."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from qa_desktop.errors import QAError
from qa_desktop.export import build_scorecard, export_calls, write_scorecard_pdf, write_scorecard_xlsx
from qa_desktop.storage import CallFilter, Database
from test_storage_basic import StoredPack, make_call


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database.open(tmp_path / "qa.sqlite")
    days = ["2026-08-03", "2026-08-05", "2026-08-11", "2026-08-12", "2026-08-13"]
    for i, day in enumerate(days):
        transcript, score = make_call(i, agent="Z3001", team="华东一组", day=day, score=[90, 40, 85, 70, 95][i],
                                      greeting="fail" if i in (1, 3) else "pass", critical_fail=i == 1)
        transcript.meta.customer_phone = "13812345678"
        database.save_call(transcript, score, StoredPack())
    database.save_call(*make_call(9, agent="Y4001", team="B", day="2026-08-04", score=10), StoredPack())
    database.set_status(2, "disputed", "王芳", "客户电话13812345678，问候其实有")
    database.sign_off(1, "李主管", "同意扣分")
    yield database
    database.close()


def test_scorecard_numbers(db: Database) -> None:
    card = build_scorecard(db, agent="Z3001", date_from="2026-08-01", date_to="2026-08-31", default_target=0.8)
    assert (card.n_calls, card.n_reviewed, card.avg_score, card.critical_calls) == (5, 1, 76.0, 1)
    assert [(t.period, t.n_calls, t.avg_score) for t in card.trend] == [("2026-08-03", 2, 65.0),
                                                                        ("2026-08-10", 3, 83.33)]
    greeting = next(r for s in card.sections for r in s.rules if r.rule == "greeting")
    assert (greeting.n_pass, greeting.n_fail, greeting.rate) == (3, 2, 0.6)
    assert greeting.achieved == pytest.approx(10 * 0.6 / 0.8)  # weight x actual / target
    assert [w.score for w in card.worst][:2] == [40.0, 70.0]
    assert [e.rule for e in card.worst[0].failed] == ["forbidden", "greeting"]  # critical first
    assert card.worst[0].failed[1].link == f"{card.worst[0].file}#t=0.5"
    assert [(c.inspector, c.comment) for c in card.comments] == [("王芳", "客户电话13812345678，问候其实有"),
                                                                  ("李主管", "同意扣分")]
    assert build_scorecard(db, team="华东一组").n_calls == 5
    with pytest.raises(QAError, match="no scored calls"):
        build_scorecard(db, agent="Z3001", date_from="2027-01-01")


def test_pdf_scorecard_has_chinese_text_and_masks_numbers(db: Database, tmp_path: Path) -> None:
    card = build_scorecard(db, team="华东一组", date_from="2026-08-01", date_to="2026-08-31")
    out = tmp_path / "card.pdf"
    write_scorecard_pdf(card, out, mask=True)
    reader = PdfReader(str(out))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "华东一组" in text and "王芳" in text and "问候其实有" in text
    assert "13812345678" not in text and "5678" in text
    assert "Z3001" in text and "76.0" in text
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("QACJK" in f or "Droid" in f for f in fonts)


def test_xlsx_scorecard_reads_back(db: Database, tmp_path: Path) -> None:
    card = build_scorecard(db, agent="Z3001")
    out = tmp_path / "card.xlsx"
    write_scorecard_xlsx(card, out)
    wb = load_workbook(out)
    summary = {row[0]: row[1] for row in wb["Summary"].iter_rows(values_only=True)}
    assert summary["Agent"] == "Z3001" and summary["Calls scored"] == 5 and summary["Average score"] == 76.0
    rules = {row[1]: row for row in wb["Rules"].iter_rows(min_row=2, values_only=True)}
    assert rules["greeting"][3:6] == (3, 2, 0.6)
    comments = [row[5] for row in wb["Comments"].iter_rows(min_row=2, values_only=True)]
    assert "客户电话13812345678，问候其实有" in comments  # not masked unless asked


def test_call_list_csv_opens_in_excel_and_xlsx_matches(db: Database, tmp_path: Path) -> None:
    csv_out, rules_out, xlsx_out = tmp_path / "calls.csv", tmp_path / "rules.csv", tmp_path / "calls.xlsx"
    n = export_calls(db, CallFilter(team="华东一组"), csv_path=csv_out, xlsx_path=xlsx_out, rules_csv_path=rules_out,
                     mask=True)
    assert n == 5
    raw = csv_out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["team"] for r in rows] == ["华东一组"] * 5
    assert {r["customer_phone"] for r in rows} == {"*******5678"}
    rule_rows = list(csv.DictReader(rules_out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rule_rows) == 10 and {r["rule"] for r in rule_rows} == {"greeting", "forbidden"}
    wb = load_workbook(xlsx_out)
    assert wb["Calls"].max_row == 6 and wb["Rule results"].max_row == 11
    assert [c.value for c in wb["Calls"][1]][:3] == ["call_pk", "call_id", "file"]


def test_rule_that_never_applied_counts_neither_for_nor_against() -> None:
    from qa_desktop.export.scorecard import RuleRate, SectionRate

    hold = RuleRate("hold_thanks", "感谢等待", "hold", 0, 0, 7.0, 0.9)  # no call had a hold
    notice = RuleRate("hold_notice", "等待提示", "hold", 9, 1, 8.0, 0.9)
    section = SectionRate("hold", [hold, notice], "等待礼仪")
    assert not hold.applicable and hold.achieved == 0.0
    assert section.weight == 8.0 and section.achieved == 8.0  # 90% met the 90% target
