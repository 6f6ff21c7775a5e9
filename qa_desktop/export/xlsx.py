"""Scorecards as Excel workbooks: one sheet per part, numbers as numbers.

Supervisors re-sort and chart these themselves, so rates are real numbers
with a percent format, not text. Worst calls link to their recordings
(hyperlinks, the failed rule's second as a `#t=` fragment).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qa_desktop.errors import QAError
from qa_desktop.export.scorecard import Scorecard, masked


def _hyperlink(cell: Any, uri: str) -> None:
    """A clickable cell (Excel opens the recording; a `#t=` fragment seeks in browsers and players)."""
    cell.hyperlink = uri
    cell.style = "Hyperlink"


def write_scorecard_xlsx(card: Scorecard, path: str | Path, mask: bool = False) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    if mask:
        card = masked(card)
    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    for row in ([card.subject.capitalize(), card.name], ["From", card.date_from], ["To", card.date_to],
                ["Calls scored", card.n_calls], ["Reviewed", card.n_reviewed], ["Average score", card.avg_score],
                ["Calls with a critical failure", card.critical_calls],
                ["Score against targets", round(card.target_score, 1)]):
        ws.append(row)
        ws.cell(ws.max_row, 1).font = bold

    trend = wb.create_sheet("Trend")
    trend.append(["Week of", "Calls", "Average score"])
    for t in card.trend:
        trend.append([t.period, t.n_calls, t.avg_score])

    rules = wb.create_sheet("Rules")
    rules.append(["Section", "Rule", "Title", "Pass", "Fail", "Pass rate", "Target", "Weight", "Earned",
                  "Section target"])
    for section in card.sections:
        for r in section.rules:
            rules.append([section.title or section.section, r.rule, r.title, r.n_pass, r.n_fail,
                          r.rate if r.applicable else None, r.target, r.weight,
                          round(r.achieved, 2) if r.applicable else None, section.target])
            for column in (6, 7, 10):
                rules.cell(rules.max_row, column).number_format = "0%"

    worst = wb.create_sheet("Worst calls")
    worst.append(["Call", "File", "Date", "Score", "Failed rule", "At (s)", "Evidence", "Listen"])
    for call in card.worst:
        for e in call.failed or [None]:
            worst.append([call.call_id or call.pk, call.file, call.date, call.score,
                          e.title if e else "", e.start if e else None, e.text if e else "",
                          f"listen at {e.start:.1f} s" if e and card.links else ""])
            if card.links:
                _hyperlink(worst.cell(worst.max_row, 2), call.uri)
                if e:
                    _hyperlink(worst.cell(worst.max_row, 8), e.link)

    from qa_desktop.export.repeat_section import xlsx_sheet

    xlsx_sheet(wb, card.repeats)
    comments = wb.create_sheet("Comments")
    comments.append(["When", "Inspector", "Call", "File", "Action", "Comment"])
    for c in card.comments:
        comments.append([c.at, c.inspector, c.call_id, c.file, c.action, c.comment])
    for sheet in wb.worksheets[1:]:
        for cell in sheet[1]:
            cell.font = bold
    try:
        wb.save(str(path))
    except OSError as exc:
        raise QAError(path, f"cannot write the Excel file: {exc.strerror or exc}") from exc
