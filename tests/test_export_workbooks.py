"""What a team lead checks in the exported files: pack weights, explained figures, overrides,
every forbidden phrase of a worst call, all-agents cards, and workbooks that read like tables."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from qa_desktop.domain import Evidence
from qa_desktop.export import build_scorecard, export_calls, write_scorecard_pdf, write_scorecard_xlsx
from qa_desktop.rules import load_pack
from qa_desktop.scoring import score
from qa_desktop.storage import CallFilter, Database
from test_storage_basic import StoredPack, make_call

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ["你自己看吧", "跟我没关系", "不归我管", "你听不懂吗", "爱买不买", "我也没办法", "你去投诉吧", "烦不烦"]


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def pack():
    return load_pack(ROOT / "rules" / "zh-ecommerce.yaml")


@pytest.fixture
def scored(tmp_path: Path, pack) -> Database:
    """Calls scored with the shipped zh-ecommerce pack, two agents of one team and one of another."""
    db = Database.open(tmp_path / "qa.sqlite")
    for i, (agent, team) in enumerate([("Z3001", "华东一组"), ("Z3001", "华东一组"), ("Z3002", "华东一组"),
                                       ("Y4001", "华南二组")]):
        transcript, _ = make_call(i, agent=agent, team=team, day=f"2026-08-1{i}")
        db.save_call(transcript, score(transcript, pack), pack)
    yield db
    db.close()


def test_scorecard_sections_weigh_what_the_pack_says_and_never_earn_more(scored: Database, pack, tmp_path) -> None:
    card = build_scorecard(scored, team="华东一组", default_target=0.5)
    weights = {s.id: s.weight for s in pack.sections}
    for section in card.sections:
        if section.weight:
            assert section.weight == pytest.approx(weights[section.section])  # 业务处理 25, 服务规范 20
        assert section.achieved <= section.weight + 1e-9
    handling = next(s for s in card.sections if s.section == "handling")
    assert handling.title == "业务处理" and handling.weight == pytest.approx(25)
    out = tmp_path / "card.pdf"
    write_scorecard_pdf(card, out)
    text = pdf_text(out)
    assert re.search(r"业务处理\s*(\d+%\s*)+25\b", text)  # the section's row shows the pack's weight
    wb = load_workbook(write_xlsx(card, tmp_path))
    rules = list(wb["Rules"].iter_rows(min_row=2, values_only=True))
    assert {row[10] for row in rules if row[0] == "业务处理"} == {25}  # section weight column


def write_xlsx(card, folder: Path) -> Path:
    out = folder / "card.xlsx"
    write_scorecard_xlsx(card, out)
    return out


def test_scorecard_explains_both_figures_and_how_it_computes(scored: Database, tmp_path: Path) -> None:
    card = build_scorecard(scored, agent="Z3001")
    out = tmp_path / "card.pdf"
    write_scorecard_pdf(card, out)
    text = " ".join(pdf_text(out).split())
    assert "weight × actual / target" in text  # the one line saying how the numbers are computed
    assert "Average score" in text and "mean of the calls' 0–100 scores" in text
    assert "Score against targets" in text and "out of the weight of the rules that applied" in text
    summary = {row[0]: row for row in load_workbook(write_xlsx(card, tmp_path))["Summary"].iter_rows(values_only=True)}
    assert "mean of the calls" in summary["Average score"][2]
    assert "targets" in summary["Score against targets"][2]
    assert "weight × actual / target" in summary["How the numbers are computed"][1]


def test_call_score_and_scorecard_use_one_weighting(pack) -> None:
    from qa_desktop.score_formula import call_score, rule_shares

    # a call's score: sections weighted by the pack, whatever their rules' points add up to
    assert call_score([(20, 100.0, 10), (25, 0.0, 45), (15, 50.0, 0)]) == pytest.approx(100 * 20 / 45)
    # a scorecard: a section's weight shared by points among the rules that applied
    assert rule_shares(25, [(10, True), (10, True), (5, True), (8, False)]) == [10, 10, 5, 0]
    assert sum(rule_shares(20, [(10, True), (10, True), (5, True), (0, True)])) == pytest.approx(20)


@pytest.fixture
def worst_db(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "qa.sqlite")
    transcript, call_score = make_call(0, agent="Z3001", team="A", day="2026-08-05", score=0, critical_fail=True)
    forbidden = call_score.results[1]
    forbidden.evidence = [Evidence("agent", 10.0 + 5 * k, 12.0 + 5 * k, f"坐席说：{phrase}", phrase)
                          for k, phrase in enumerate(FORBIDDEN)]
    db.save_call(transcript, call_score, StoredPack())
    db.save_call(*make_call(1, agent="Z3002", team="A", day="2026-08-06", score=88), StoredPack())
    yield db
    db.close()


def test_worst_calls_show_every_critical_phrase_or_say_how_many_more_and_where(worst_db: Database,
                                                                              tmp_path: Path) -> None:
    from qa_desktop.export.pdf import MAX_EVIDENCE_SHOWN

    card = build_scorecard(worst_db, agent="Z3001")
    assert [e.text for e in card.worst[0].failed if e.rule == "forbidden"] == [f"坐席说：{p}" for p in FORBIDDEN]
    out = tmp_path / "card.pdf"
    write_scorecard_pdf(card, out)
    text = " ".join(pdf_text(out).split())
    packed = "".join(text.split())  # a long line wraps anywhere in CJK text
    for phrase in FORBIDDEN[:MAX_EVIDENCE_SHOWN]:
        assert phrase in packed
    hidden = len(FORBIDDEN) - MAX_EVIDENCE_SHOWN
    assert f"and {hidden} more" in text and "Worst calls sheet" in text
    sheet = load_workbook(write_xlsx(card, tmp_path))["Worst calls"]
    said = [row[6] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert all(f"坐席说：{p}" in said for p in FORBIDDEN)  # the workbook lists them all
    times = [row[5] for row in sheet.iter_rows(min_row=2, values_only=True) if row[4] == "No forbidden phrases"]
    assert times == [10.0 + 5 * k for k in range(len(FORBIDDEN))]


def test_all_agents_and_team_scorecards_list_each_agent(worst_db: Database, tmp_path: Path) -> None:
    card = build_scorecard(worst_db, everyone=True)
    assert card.subject == "all" and card.n_calls == 2
    assert [(a.agent, a.n_calls, a.avg_score, a.critical_calls) for a in card.agents] == [
        ("Z3001", 1, 0.0, 1), ("Z3002", 1, 88.0, 0)]
    out = tmp_path / "all.pdf"
    write_scorecard_pdf(card, out)
    text = pdf_text(out)
    assert "all agents" in text and "Z3001" in text and "Z3002" in text
    agents = load_workbook(write_xlsx(card, tmp_path))["Agents"]
    assert [r for r in agents.iter_rows(min_row=2, values_only=True)] == [("Z3001", "A", 1, 0, 1),
                                                                          ("Z3002", "A", 1, 88, 0)]
    assert build_scorecard(worst_db, team="A").agents[1].agent == "Z3002"
    assert build_scorecard(worst_db, agent="Z3002").agents == []  # one agent: no table of agents


def test_a_reversed_date_range_is_refused(worst_db: Database) -> None:
    from qa_desktop.errors import QAError

    with pytest.raises(QAError, match="reversed.*2026-08-31.*2026-08-01"):
        build_scorecard(worst_db, everyone=True, date_from="2026-08-31", date_to="2026-08-01")


def test_fail_to_pass_override_exports_as_a_pass_with_full_points(scored: Database, tmp_path: Path) -> None:
    call = scored.load_call(1)
    failed = next(r for r in call.machine.results if r.status == "fail" and r.max_points > 0)
    scored.override(1, failed.rule, "pass", "客户说过订单号了", "王芳")
    scored.sign_off(1, "李主管", "同意")
    csv_out, xlsx_out = tmp_path / "rules.csv", tmp_path / "calls.xlsx"
    export_calls(scored, CallFilter(), rules_csv_path=csv_out, xlsx_path=xlsx_out)
    import csv

    rows = [r for r in csv.DictReader(csv_out.read_text(encoding="utf-8-sig").splitlines())
            if r["call_pk"] == "1" and r["rule"] == failed.rule]
    assert len(rows) == 1
    row = rows[0]
    assert (row["status"], row["overridden"], row["machine_status"]) == ("pass", "True", "fail")
    assert float(row["points"]) == failed.max_points and float(row["machine_points"]) == 0.0
    assert (row["overridden_by"], row["override_comment"]) == ("王芳", "客户说过订单号了")
    sheet = load_workbook(xlsx_out)["Rule results"]
    header = [c.value for c in sheet[1]]
    line = next(dict(zip(header, r)) for r in sheet.iter_rows(min_row=2, values_only=True)
                if r[0] == 1 and r[6] == failed.rule)
    assert (line["Verdict"], line["Overridden"], line["Machine verdict"], line["Points"]) == (
        "pass", True, "fail", failed.max_points)


def test_call_workbook_reads_like_a_table(scored: Database, tmp_path: Path) -> None:
    scored.sign_off(2, "李主管", "开场很好")
    out = tmp_path / "calls.xlsx"
    export_calls(scored, CallFilter(), xlsx_path=out)
    wb = load_workbook(out)
    for name in ("Calls", "Rule results"):
        sheet = wb[name]
        header = [c.value for c in sheet[1]]
        assert sheet.freeze_panes == "A2"  # the header stays in view
        assert all(c.font.bold for c in sheet[1])
        assert not {"call_pk", "n_critical", "machine_score", "max_points"} & set(header)
        widths = {h: sheet.column_dimensions[c.column_letter].width for h, c in zip(header, sheet[1])}
        assert widths["Recording"] >= len("/calls/20260810_Z3001_900000.wav")
        assert all(w and w >= 6 for w in widths.values())
    calls = wb["Calls"]
    header = [c.value for c in calls[1]]
    assert {"Reviewer", "Review status", "Review comment", "Score before overrides", "Critical failures"} <= set(header)
    rows = [dict(zip(header, r)) for r in calls.iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(r["Date"], datetime) for r in rows)  # a real date, sorts as one
    assert all(isinstance(r[h], (int, float)) for r in rows for h in ("Score", "Duration (s)", "Critical failures"))
    second = next(r for r in rows if r["Call #"] == 2)
    assert (second["Reviewer"], second["Review status"], second["Review comment"]) == ("李主管", "reviewed", "开场很好")
    assert isinstance(second["Last reviewed"], datetime)
    assert calls.cell(2, header.index("Date") + 1).number_format == "yyyy-mm-dd"


def test_scorecard_workbook_has_frozen_headers_widths_and_dates(scored: Database, tmp_path: Path) -> None:
    card = build_scorecard(scored, team="华东一组")
    wb = load_workbook(write_xlsx(card, tmp_path))
    for name in ("Trend", "Rules", "Worst calls", "Agents"):
        assert wb[name].freeze_panes == "A2"
    assert isinstance(wb["Trend"]["A2"].value, datetime)
    assert isinstance(wb["Worst calls"]["C2"].value, datetime)
    assert isinstance(wb["Summary"]["B2"].value, datetime)  # From
    assert wb["Rules"].column_dimensions["C"].width >= 8  # rule titles readable


def test_an_informational_rule_is_found_or_not_found_not_failed_against_a_target(scored: Database,
                                                                                  tmp_path: Path) -> None:
    card = build_scorecard(scored, everyone=True)
    reported = next(r for s in card.sections for r in s.rules if r.rule == "customer_problem")
    assert reported.informational and reported.weight == 0
    handling = next(s for s in card.sections if s.section == "handling")
    scored_rules = [r for r in handling.rules if not r.informational]
    n = sum(r.n_pass + r.n_fail for r in scored_rules)
    assert handling.rate == pytest.approx(sum(r.n_pass for r in scored_rules) / n)  # 客户反映问题 left out
    out = tmp_path / "card.pdf"
    write_scorecard_pdf(card, out)
    text = " ".join(pdf_text(out).split())
    assert re.search(r"客户反映问题 \(informational\) found in \d of 4 — — —", text)
    rules = {row[1]: row for row in load_workbook(write_xlsx(card, tmp_path))["Rules"].iter_rows(values_only=True)}
    assert rules["customer_problem"][5:7] == (None, None) and rules["customer_problem"][11].startswith("informational")


def test_review_and_override_comments_are_masked_when_asked(scored: Database, tmp_path: Path) -> None:
    import csv

    call = scored.load_call(1)
    failed = next(r for r in call.machine.results if r.status == "fail" and r.max_points > 0)
    scored.override(1, failed.rule, "pass", "客户电话13812345678已核实", "王芳")
    scored.sign_off(1, "李主管", "回拨13812345678确认")
    calls_out, rules_out = tmp_path / "calls.csv", tmp_path / "rules.csv"
    export_calls(scored, CallFilter(), csv_path=calls_out, rules_csv_path=rules_out, mask=True)
    text = calls_out.read_text(encoding="utf-8-sig") + rules_out.read_text(encoding="utf-8-sig")
    assert "13812345678" not in text and "*******5678" in text
    rows = list(csv.DictReader(calls_out.read_text(encoding="utf-8-sig").splitlines()))
    assert next(r for r in rows if r["call_pk"] == "1")["review_comment"] == "回拨*******5678确认"
