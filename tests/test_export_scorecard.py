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
    assert card.worst[0].file == "/calls/20260805_Z3001_900001.wav"
    assert card.worst[0].failed[1].link == "file:///calls/20260805_Z3001_900001.wav#t=0.5"  # clickable, seeks
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
    assert [c.value for c in wb["Calls"][1]][:3] == ["Call #", "Call ID", "Recording"]


def test_rule_that_never_applied_counts_neither_for_nor_against() -> None:
    from qa_desktop.export.scorecard import RuleRate, SectionRate

    hold = RuleRate("hold_thanks", "感谢等待", "hold", 0, 0, 7.0, 0.9)  # no call had a hold
    notice = RuleRate("hold_notice", "等待提示", "hold", 9, 1, 8.0, 0.9)
    section = SectionRate("hold", [hold, notice], "等待礼仪")
    assert not hold.applicable and hold.achieved == 0.0
    assert section.weight == 8.0 and section.achieved == 8.0  # 90% met the 90% target


def test_pdf_and_xlsx_link_the_worst_calls_to_their_recordings_at_the_evidence(db: Database, tmp_path: Path) -> None:
    card = build_scorecard(db, agent="Z3001")
    pdf, xlsx = tmp_path / "card.pdf", tmp_path / "card.xlsx"
    write_scorecard_pdf(card, pdf)
    write_scorecard_xlsx(card, xlsx)
    uris = [a.get_object()["/A"]["/URI"] for page in PdfReader(str(pdf)).pages for a in page.get("/Annots", [])]
    assert "file:///calls/20260805_Z3001_900001.wav#t=0.5" in uris  # greeting failed at 0.5 s in the worst call
    assert "file:///calls/20260805_Z3001_900001.wav" in uris  # the call itself
    assert set(uris) == {w.uri for w in card.worst} | {e.link for w in card.worst for e in w.failed}
    sheet = load_workbook(xlsx)["Worst calls"]
    links = {(row[4].value, row[7].hyperlink.target) for row in sheet.iter_rows(min_row=2) if row[7].hyperlink}
    assert ("Greeting", "file:///calls/20260805_Z3001_900001.wav#t=0.5") in links
    assert all(row[1].hyperlink.target.startswith("file:///calls/") for row in sheet.iter_rows(min_row=2))


@pytest.mark.parametrize("file,uri", [
    ("/calls/华东 一组/a b.wav", "file:///calls/%E5%8D%8E%E4%B8%9C%20%E4%B8%80%E7%BB%84/a%20b.wav"),
    ("C:\\录音\\x.wav", "file:///C:/%E5%BD%95%E9%9F%B3/x.wav"),
    ("relative/x.wav", "relative/x.wav"),
])
def test_recording_uris(file: str, uri: str) -> None:
    from qa_desktop.export.scorecard import recording_uri

    assert recording_uri(file) == uri


def test_targets_come_from_the_rule_pack_then_the_section_then_the_default(tmp_path: Path) -> None:
    from qa_desktop.rules import load_pack
    from qa_desktop.scoring import score
    from test_storage_verdicts import PACK

    path = tmp_path / "pack.yaml"
    text = PACK.format(version="1", greeting="您好").replace("    points: 10\n", "    points: 10\n    target: 0.5\n", 1)
    path.write_text(text.replace("    title: 开场\n", "    title: 开场\n    weight: 20\n"), encoding="utf-8")
    pack = load_pack(path)
    with Database.open(tmp_path / "qa.sqlite") as database:
        for i in range(3):  # greeting passes only in call 0: a third of the calls, 2/3 of its 50 % target
            transcript, _ = make_call(i, day=f"2026-08-1{i}")
            database.save_call(transcript, score(transcript, pack), pack)
        card = build_scorecard(database, agent="Z3001", default_target=0.8)
    rates = {r.rule: r for s in card.sections for r in s.rules}
    assert rates["greeting"].target == 0.5 and rates["greeting"].rate == pytest.approx(1 / 3)
    assert rates["greeting"].weight == 20  # the pack's section weight (its only rule), not the rule's 10 points
    assert rates["greeting"].achieved == pytest.approx(20 * (1 / 3) / 0.5)  # weight x actual / the rule's target
    assert rates["verify"].target == 0.8  # no target of its own: the scorecard's


def test_section_targets_and_pass_rate_targets_of_metric_rules() -> None:
    from types import SimpleNamespace as NS

    from qa_desktop.export.targets import collect

    old = NS(sections=[NS(id="opening", target=0.7)], rules=[NS(id="greeting", type="phrase", target=0.6)])
    new = NS(sections=[NS(id="opening", target=0.75), NS(id="closing", target=None)],
             rules=[NS(id="greeting", type="phrase", target=None), NS(id="rate", type="metric", target=0.5),
                    NS(id="hold", type="phrase", target=1.5)])
    goals = collect([old, new], default=0.9, overrides={"farewell": 0.95})
    assert goals.for_rule("greeting", "opening") == 0.6  # kept from the older pack that set it
    assert goals.for_rule("self_intro", "opening") == 0.75  # the section's (newest pack wins)
    assert goals.for_rule("rate", "metrics") == 0.5  # a metric rule's pass-rate target (its goal is metric_target)
    assert goals.for_rule("hold", "closing") == 0.9  # not a rate: ignored
    assert goals.for_rule("farewell", "closing") == 0.95  # the caller's own per-rule target wins


def test_masked_scorecard_hides_caller_numbers_in_file_names_and_drops_links(tmp_path: Path) -> None:
    # PBX recorders often name a file by the caller's number
    with Database.open(tmp_path / "qa.sqlite") as database:
        transcript, score = make_call(0, agent="Z3001", team="A", day="2026-08-05", score=30, greeting="fail")
        transcript.file = "/pbx/20260805_Z3001_13812345678.wav"
        database.save_call(transcript, score, StoredPack())
        card = build_scorecard(database, agent="Z3001")
        pdf, xlsx, calls = tmp_path / "card.pdf", tmp_path / "card.xlsx", tmp_path / "calls.csv"
        write_scorecard_pdf(card, pdf, mask=True)
        write_scorecard_xlsx(card, xlsx, mask=True)
        export_calls(database, CallFilter(), csv_path=calls, mask=True)
    reader = PdfReader(str(pdf))
    text = "".join(page.extract_text() for page in reader.pages).replace("\n", "")
    assert "20260805_Z3001_*******5678.wav" in text and "13812345678" not in text
    assert not [a for page in reader.pages for a in page.get("/Annots", [])]  # a masked copy opens nothing
    sheet = load_workbook(xlsx)["Worst calls"]
    assert [row[1].value for row in sheet.iter_rows(min_row=2)] == ["/pbx/20260805_Z3001_*******5678.wav"]
    assert not any(cell.hyperlink for row in sheet.iter_rows() for cell in row)
    assert "13812345678" not in calls.read_text(encoding="utf-8-sig")
    assert card.worst[0].file.endswith("13812345678.wav")  # the card itself is left as it was
