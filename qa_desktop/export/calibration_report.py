"""The calibration report as PDF and Excel, for the team meeting that settles the readings.

Same content in both: the session, agreement overall, per rule and per
inspector (percent agreement, kappa — which kappa is said on the page), the
machine's agreement, and the calls that split the team with who said what
and why. Both are written to a temporary file beside the target and renamed
over it, so a full disk or a killed app never leaves half a report. With
`mask`, file names and inspectors' comments lose their personal numbers (as
every export does, export/masking.py).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from qa_desktop.calibration import CalibrationReport, SplitCall
from qa_desktop.export.masking import mask_path, mask_text
from qa_desktop.export.safe_cells import append_row
from qa_desktop.fileio import atomic_output

STATUS_WORDS = {"pass": "pass", "fail": "fail", "na": "n/a", "": "—"}


def masked_report(report: CalibrationReport) -> CalibrationReport:
    def call(s: SplitCall) -> SplitCall:
        return replace(s, file=mask_path(s.file), rules=[
            replace(r, comments={w: mask_text(c) for w, c in r.comments.items()}) for r in s.rules])

    return replace(report, splits=[call(s) for s in report.splits])


def pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.0f}%"


def kappa_text(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def _verdicts_text(rule: Any) -> str:
    return "; ".join(f"{STATUS_WORDS.get(k, k)}: {', '.join(v)}" for k, v in sorted(rule.verdicts.items()))


def _comments_text(rule: Any) -> str:
    return "; ".join(f"{w}: {c}" for w, c in sorted(rule.comments.items()))


def _call_name(s: SplitCall) -> str:
    return s.call_id or Path(s.file).name or f"#{s.pk}"


def write_calibration_pdf(report: CalibrationReport, path: str | Path, mask: bool = False) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from qa_desktop.export.pdf import markup, register_font

    register_font()
    if mask:
        report = masked_report(report)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=12, wordWrap="CJK")
    h1 = ParagraphStyle("h1", parent=body, fontSize=16, leading=20, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=body, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4, keepWithNext=1)

    def p(text: object, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(markup(text), style)

    def table(rows: list[list[object]], widths: list[float]) -> Table:
        t = Table([[p(c) for c in row] for row in rows], colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    s = report.session
    story = [
        p(f"Calibration — {s.name}", h1),
        p(f"Set up by {s.created_by} on {s.created_at[:10]}.    Calls: {report.n_calls}    "
          f"Inspectors: {', '.join(report.inspectors) or '—'}"),
        p(f"Agreement between inspectors: {pct(report.agreement)}    Kappa: {kappa_text(report.kappa)}    "
          f"Fleiss' kappa: {kappa_text(report.fleiss)}    Agreement with the machine: "
          f"{pct(report.machine_agreement)}    ({report.n_items} rule verdicts scored by two or more inspectors)"),
        p(f"Kappa is the {report.kappa_method}: 1 is full agreement, 0 no better than chance; "
          "— where it is not defined (everyone used one verdict only). Agreement counts pairs of inspectors."),
        p("Per rule", h2),
        table([["Rule", "Calls", "Agreement", "Kappa", "Fleiss", "Split calls", "With machine", "Machine kappa"]]
              + [[r.title or r.rule, r.n_calls, pct(r.agreement), kappa_text(r.kappa), kappa_text(r.fleiss),
                  r.n_split, pct(r.machine_agreement), kappa_text(r.machine_kappa)] for r in report.rules],
              [50, 14, 20, 16, 16, 18, 22, 24]),
        p("Per inspector", h2),
        table([["Inspector", "Verdicts", "Agreement with the others", "Kappa with the others", "With machine",
                "Machine kappa"]]
              + [[i.inspector, i.n_verdicts, pct(i.agreement), kappa_text(i.kappa), pct(i.machine_agreement),
                  kappa_text(i.machine_kappa)] for i in report.by_inspector], [40, 18, 34, 30, 28, 30]),
        p("Calls that split the team", h2),
    ]
    if report.splits:
        rows: list[list[object]] = [["Call", "Agent", "Date", "Rule", "Who said what", "Majority", "Machine",
                                     "Why"]]
        for call in report.splits:
            for i, rule in enumerate(call.rules):
                rows.append([f"{_call_name(call)}\n{Path(call.file).name}" if i == 0 else "",
                             call.agent if i == 0 else "", call.date if i == 0 else "", rule.title or rule.rule,
                             _verdicts_text(rule), STATUS_WORDS.get(rule.majority, rule.majority) or "tie",
                             STATUS_WORDS.get(rule.machine, rule.machine), _comments_text(rule)])
        story.append(table(rows, [30, 14, 18, 22, 30, 14, 14, 40]))
    else:
        story.append(p("None: the inspectors read every rule alike."))

    with atomic_output(path, "PDF") as tmp:  # a full disk leaves the older report whole
        SimpleDocTemplate(tmp, pagesize=A4, title=f"Calibration {s.name}", leftMargin=12 * mm, rightMargin=12 * mm,
                          topMargin=14 * mm, bottomMargin=14 * mm).build(story)


def write_calibration_xlsx(report: CalibrationReport, path: str | Path, mask: bool = False) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    if mask:
        report = masked_report(report)
    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    s = report.session
    for row in (["Session", s.name], ["Set up by", s.created_by], ["Created", s.created_at],
                ["Calls", report.n_calls], ["Inspectors", ", ".join(report.inspectors)],
                ["Rule verdicts scored by two or more", report.n_items],
                ["Agreement between inspectors", report.agreement], ["Kappa", report.kappa],
                ["Kappa method", report.kappa_method], ["Fleiss' kappa", report.fleiss],
                ["Agreement with the machine", report.machine_agreement]):
        append_row(ws, row)  # an inspector named "=1+1" stays text (safe_cells)
        ws.cell(ws.max_row, 1).font = bold
    for r in (7, 11):
        ws.cell(r, 2).number_format = "0%"

    def sheet(title: str, columns: list[str], rows: list[list[Any]], percent: tuple[int, ...] = ()) -> None:
        sh = wb.create_sheet(title)
        sh.append(columns)
        for cell in sh[1]:
            cell.font = bold
        for row in rows:
            append_row(sh, row)
            for c in percent:
                sh.cell(sh.max_row, c).number_format = "0%"
        sh.freeze_panes = "A2"

    sheet("Rules", ["Rule", "Title", "Calls", "Agreement", "Kappa", "Fleiss' kappa", "Split calls",
                    "Agreement with the machine", "Machine kappa"],
          [[r.rule, r.title, r.n_calls, r.agreement, r.kappa, r.fleiss, r.n_split, r.machine_agreement,
            r.machine_kappa] for r in report.rules], percent=(4, 8))
    sheet("Inspectors", ["Inspector", "Verdicts", "Agreement with the others", "Kappa with the others",
                         "Agreement with the machine", "Machine kappa"],
          [[i.inspector, i.n_verdicts, i.agreement, i.kappa, i.machine_agreement, i.machine_kappa]
           for i in report.by_inspector], percent=(3, 5))
    sheet("Split calls", ["Call", "File", "Agent", "Date", "Rule", "Title", "Who said what", "Majority",
                          "Machine", "Comments"],
          [[_call_name(c), Path(c.file).name, c.agent, c.date, r.rule, r.title, _verdicts_text(r),
            r.majority or "tie", r.machine, _comments_text(r)] for c in report.splits for r in c.rules])
    with atomic_output(path, "Excel file") as tmp:
        wb.save(tmp)
