"""The scorecard's repeat-contact section: how often the subject's customers had to call again.

Kept apart from the scorecard's own layout (scorecard.py, pdf.py, xlsx.py
each call one function here), so the section can move without touching them.
Per complaint category, because a repeat about a refund and one about a size
call for different coaching. Rates only: no phone or order number appears.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from qa_desktop.storage import repeats


@dataclass(slots=True)
class RepeatSection:
    window_days: int
    overall: repeats.RepeatRate
    per_category: list[repeats.RepeatRate] = field(default_factory=list)


def build_repeat_section(db: Any, agent: str | None = None, team: str | None = None,
                         date_from: str | date | None = None, date_to: str | date | None = None) -> RepeatSection | None:
    """The section for one agent or team; None when the database keeps no repeat links."""
    conn = db.conn
    try:
        overall = repeats.repeat_rates(conn, "all", date_from, date_to, agent, team)
        per_category = repeats.repeat_rates(conn, "category", date_from, date_to, agent, team)
        window = repeats.window_days(conn)
    except sqlite3.OperationalError:  # an older database opened read-only
        return None
    if not overall:
        return None
    return RepeatSection(window, overall[0], sorted(per_category, key=lambda r: (-r.n_calls, r.key)))


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def pdf_section(section: RepeatSection | None, p: Any, table: Any, h2: Any) -> list[Any]:
    """Flowables for the PDF (`p`, `table`, `h2`: the scorecard's own paragraph, table and heading makers)."""
    if section is None:
        return []
    o = section.overall
    return [
        p(f"Repeat contacts (same customer again within {section.window_days} days)", h2),
        p(f"Repeat-contact rate: {_pct(o.repeat_rate)} ({o.n_repeats} of {o.n_calls} calls followed an earlier "
          f"contact of the customer)    First-contact resolution: {_pct(o.fcr)} ({o.n_calls - o.n_repeated} of "
          f"{o.n_calls} calls were not followed by another)"),
        table([["Category", "Calls", "Repeat calls", "Repeat-contact rate", "First-contact resolution"]]
              + [[r.key, r.n_calls, r.n_repeats, _pct(r.repeat_rate), _pct(r.fcr)] for r in section.per_category],
              [40, 20, 25, 35, 45]),
    ]


def xlsx_sheet(wb: Any, section: RepeatSection | None) -> None:
    """A "Repeat contacts" sheet: everyone first, then per category; rates as numbers in percent format."""
    if section is None:
        return
    from openpyxl.styles import Font

    ws = wb.create_sheet("Repeat contacts")
    ws.append(["Category", "Calls", "Repeat calls", "Repeat-contact rate", "Followed by another call",
               "First-contact resolution", "Window (days)"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in [section.overall, *section.per_category]:
        ws.append(["all" if r is section.overall else r.key, r.n_calls, r.n_repeats, r.repeat_rate, r.n_repeated,
                   r.fcr, section.window_days])
        for column in (4, 6):
            ws.cell(ws.max_row, column).number_format = "0%"
