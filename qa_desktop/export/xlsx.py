"""Scorecards as Excel workbooks: one sheet per part, numbers as numbers, dates as dates.

Supervisors re-sort and chart these themselves, so rates are real numbers
with a percent format, not text. Worst calls link to their recordings
(hyperlinks, the failed rule's second as a `#t=` fragment).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qa_desktop.export.safe_cells import append_row
from qa_desktop.export.scorecard import Scorecard, masked
from qa_desktop.export.sheets import as_date, as_datetime, finish
from qa_desktop.fileio import atomic_output
from qa_desktop.score_formula import AVERAGE_SCORE, FORMULA, TARGET_SCORE


def _hyperlink(cell: Any, uri: str) -> None:
    """A clickable cell (Excel opens the recording; a `#t=` fragment seeks in browsers and players)."""
    cell.hyperlink = uri
    cell.style = "Hyperlink"


def write_scorecard_xlsx(card: Scorecard, path: str | Path, mask: bool = False) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    if mask:
        card = masked(card)
    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    subject = {"agent": "Agent", "team": "Team"}.get(card.subject)
    for row in [[subject, card.name] if subject else ["Scorecard", "All agents"]] + [
            ["From", as_date(card.date_from)], ["To", as_date(card.date_to)], ["Calls scored", card.n_calls],
            ["Reviewed", card.n_reviewed], ["Calls with a critical failure", card.critical_calls], [],
            ["Figure", "Value", "What it is"],
            ["Average score", card.avg_score, AVERAGE_SCORE],
            ["Score against targets", round(card.target_score, 1), TARGET_SCORE], [],
            ["How the numbers are computed", FORMULA]]:
        append_row(ws, row)
        if row:
            ws.cell(ws.max_row, 1).font = bold
    for row in ws.iter_rows():
        if row[0].value == "Figure":
            for cell in row:
                cell.font = bold
        if row[0].value in ("Average score", "Score against targets"):
            row[1].number_format = "0.0"
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 100
    for row in ws.iter_rows():
        for cell in row[1:]:
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")

    if card.agents:
        agents = wb.create_sheet("Agents")
        append_row(agents, ["Agent", "Team", "Calls", "Average score", "Calls with a critical failure"])
        for a in card.agents:
            append_row(agents, [a.agent, a.team, a.n_calls, a.avg_score, a.critical_calls])
        finish(agents, {"Average score": "0.0"})

    trend = wb.create_sheet("Trend")
    append_row(trend, ["Week of", "Calls", "Average score"])
    for t in card.trend:
        append_row(trend, [as_date(t.period), t.n_calls, t.avg_score])
    finish(trend, {"Average score": "0.0"})

    rules = wb.create_sheet("Rules")
    append_row(rules, ["Section", "Rule", "Title", "Pass", "Fail", "Pass rate", "Target", "Weight", "Earned",
                  "Section target", "Section weight", "Kind"])
    for section in card.sections:
        for r in section.rules:
            scored = r.applicable and not r.informational
            append_row(rules, [section.title or section.section, r.rule, r.title, r.n_pass, r.n_fail,
                          r.rate if scored else None, None if r.informational else r.target, round(r.weight, 2),
                          round(r.achieved, 2) if scored else None, section.target, round(section.weight, 2),
                          "informational (pass = found)" if r.informational else "critical" if r.critical else ""])
    finish(rules, {"Pass rate": "0%", "Target": "0%", "Section target": "0%", "Weight": "0.##", "Earned": "0.##",
                   "Section weight": "0.##"})

    worst = wb.create_sheet("Worst calls")
    append_row(worst, ["Call", "Recording", "Date", "Score", "Failed rule", "At (s)", "Evidence", "Listen"])
    for call in card.worst:
        for e in call.failed or [None]:
            append_row(worst, [call.call_id or call.pk, call.file, as_date(call.date), call.score,
                          e.title if e else "", e.start if e else None, e.text if e else "",
                          f"listen at {e.start:.1f} s" if e and card.links else ""])
            if card.links:
                _hyperlink(worst.cell(worst.max_row, 2), call.uri)
                if e:
                    _hyperlink(worst.cell(worst.max_row, 8), e.link)
    finish(worst, {"Score": "0.0", "At (s)": "0.0"})

    from qa_desktop.export.repeat_section import xlsx_sheet

    xlsx_sheet(wb, card.repeats)
    comments = wb.create_sheet("Comments")
    append_row(comments, ["When", "Inspector", "Call", "Recording", "Action", "Comment"])
    for c in card.comments:
        append_row(comments, [as_datetime(c.at), c.inspector, c.call_id, c.file, c.action, c.comment])
    finish(comments)
    with atomic_output(path, "Excel file") as tmp:  # a full disk leaves the older export whole
        wb.save(tmp)
