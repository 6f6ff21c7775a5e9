"""Calibration sessions on a real database with calls scored by the shipped Mandarin pack:
blind verdicts, the agreement report by hand, splits, exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_desktop.calibration import KAPPA_METHOD, build_report
from qa_desktop.errors import StorageError
from qa_desktop.storage import Database
from qa_desktop.storage import calibration as cal
from tests.repeat_data import store

CALLS = ["20260812_Z3001_900001", "20260812_Z3002_900002", "20260813_Z3001_900003", "20260813_Z3003_900004"]
# machine greeting verdicts on these: pass, fail, pass, pass; apology: pass, fail, na, pass
GREETING = {"A": ["pass", "fail", "pass", "pass"], "B": ["pass", "fail", "pass", "fail"],
            "C": ["pass", "fail", "fail", "pass"]}
APOLOGY = ["pass", "fail", "na", "pass"]


@pytest.fixture
def session(tmp_path: Path) -> tuple[Database, list[int], int]:
    db = Database.open(tmp_path / "qa.sqlite")
    pks = [store(db, cid) for cid in CALLS]
    sid = cal.create_session(db, "August week 2", pks, lead="Lead Wang")
    yield db, pks, sid
    db.close()


def _score_all(db: Database, pks: list[int], sid: int) -> None:
    for who, greetings in GREETING.items():
        for pk, g, a in zip(pks, greetings, APOLOGY):
            cal.save_verdicts(db, sid, pk, who, {"greeting": g, "apology": (a, f"{who} read it so")})


def test_the_blind_view_shows_rules_and_only_my_own_verdicts(session) -> None:  # noqa: ANN001
    db, pks, sid = session
    rules = cal.blind_rules(db.conn, pks[0])
    assert [r.rule for r in rules][:3] == ["greeting", "self_intro", "customer_problem"]
    assert all(not hasattr(r, "status") for r in rules)
    cal.save_verdicts(db, sid, pks[0], "A", {"greeting": "fail"})
    cal.save_verdicts(db, "August week 2", pks[0], "B", {"greeting": "pass"})
    assert cal.my_verdicts(db.conn, sid, pks[0], "A") == {"greeting": ("fail", "")}
    assert cal.scored_calls(db.conn, sid, "B") == {pks[0]}
    assert db.load_call(pks[0]).effective.result("greeting").status == "pass"  # the call's own score is untouched
    with pytest.raises(StorageError, match="not in this call's rule pack"):
        cal.save_verdicts(db, sid, pks[0], "A", {"no_such_rule": "pass"})
    with pytest.raises(StorageError, match="pass, fail or na"):
        cal.save_verdicts(db, sid, pks[0], "A", {"greeting": "maybe"})
    with pytest.raises(StorageError, match="exists"):
        cal.create_session(db, "August week 2", pks, lead="Lead Wang")
    with pytest.raises(StorageError, match="no such session"):
        cal.save_verdicts(db, "nope", pks[0], "A", {"greeting": "pass"})


def test_agreement_per_rule_and_inspector_by_hand(session) -> None:  # noqa: ANN001
    db, pks, sid = session
    _score_all(db, pks, sid)
    r = build_report(db, sid)
    assert r.kappa_method == KAPPA_METHOD and r.inspectors == ["A", "B", "C"] and r.n_items == 8
    greeting = next(x for x in r.rules if x.rule == "greeting")
    assert greeting.n_calls == 4 and greeting.n_split == 2
    assert greeting.agreement == pytest.approx(8 / 12)
    assert greeting.kappa == pytest.approx((1 / 2 + 1 / 2 + 0) / 3)  # as in test_agreement
    assert greeting.fleiss == pytest.approx((2 / 3 - 74 / 144) / (1 - 74 / 144))
    assert greeting.machine_agreement == pytest.approx(10 / 12)  # A 4/4, B 3/4, C 3/4
    apology = next(x for x in r.rules if x.rule == "apology")
    assert (apology.agreement, apology.kappa, apology.n_split, apology.machine_agreement) == (1.0, 1.0, 0, 1.0)
    assert [x.rule for x in r.rules] == ["greeting", "apology"]  # pack order
    by = {x.inspector: x for x in r.by_inspector}
    assert by["B"].agreement == pytest.approx(13 / 16)  # greeting 2+2+1+0 of 8 pairs, apology 8 of 8
    assert by["A"].machine_agreement == 1.0 and by["A"].machine_kappa == pytest.approx(1.0)
    assert by["C"].n_verdicts == 8
    assert r.agreement == pytest.approx(20 / 24)
    # the calls that split the team: 3 (C said fail) and 4 (B said fail), in session order
    assert [(s.pk, [x.rule for x in s.rules]) for s in r.splits] == [(pks[2], ["greeting"]), (pks[3], ["greeting"])]
    split = r.splits[0].rules[0]
    assert split.verdicts == {"fail": ["C"], "pass": ["A", "B"]} and split.majority == "pass"
    assert split.machine == "pass"


def test_a_session_needs_a_name_a_lead_and_scored_calls(session) -> None:  # noqa: ANN001
    db, pks, _ = session
    with pytest.raises(StorageError, match="name"):
        cal.create_session(db, "  ", pks, lead="L")
    with pytest.raises(StorageError, match="not in the database"):
        cal.create_session(db, "x", [pks[0], 999], lead="L")
    assert [s.name for s in cal.sessions(db.conn)] == ["August week 2"]
    assert cal.sessions(db.conn)[0].n_calls == 4


def test_the_report_exports_as_pdf_and_xlsx_masked(session, tmp_path: Path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from qa_desktop.export.calibration_report import write_calibration_pdf, write_calibration_xlsx

    db, pks, sid = session
    _score_all(db, pks, sid)
    cal.save_verdicts(db, sid, pks[2], "C", {"greeting": ("fail", "客户说订单号是13812345678，没听到问候")})
    report = build_report(db, sid)
    pdf, xlsx = tmp_path / "out" / "cal.pdf", tmp_path / "out" / "cal.xlsx"
    write_calibration_pdf(report, pdf, mask=True)
    write_calibration_xlsx(report, xlsx, mask=True)
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Calibration — August week 2" in text and "mean pairwise Cohen's kappa" in text
    assert "13812345678" not in text and "5678" in text  # the comment's number masked, last four kept
    assert "900003" in text  # the split call is named
    wb = load_workbook(str(xlsx))
    rules = {row[0]: row for row in wb["Rules"].iter_rows(min_row=2, values_only=True)}
    assert rules["greeting"][3] == pytest.approx(8 / 12) and rules["greeting"][4] == pytest.approx(1 / 3)
    splits = list(wb["Split calls"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[4], r[6]) for r in splits] == [("900003", "greeting", "fail: C; pass: A, B"),
                                                    ("900004", "greeting", "fail: B; pass: A, C")]
    assert "13812345678" not in str(splits) and "*******5678" in splits[0][9]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["cal.pdf", "cal.xlsx"]  # no temporary left


def test_an_export_to_a_folder_that_cannot_be_written_names_the_file(session, tmp_path: Path) -> None:  # noqa: ANN001
    from qa_desktop.errors import QAError
    from qa_desktop.export.calibration_report import write_calibration_xlsx

    db, _, sid = session
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(QAError, match="cannot write the Excel file"):
        write_calibration_xlsx(build_report(db, sid), blocker / "cal.xlsx")
