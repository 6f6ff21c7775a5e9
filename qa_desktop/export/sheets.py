"""Worksheet finishing shared by every workbook we write: what makes it usable on opening.

A team lead opens the file and sorts, filters and charts at once, so each
sheet gets a bold header row that stays in view (frozen), columns wide enough
to read their content (CJK characters count double: they are twice as wide
in Excel's default fonts), real dates instead of text that sorts wrongly, and
number formats for scores, seconds and rates.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

MIN_WIDTH = 6
MAX_WIDTH = 60  # long text (evidence, comments) wraps in the cell beyond this
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def as_date(value: Any) -> Any:
    """'2026-08-05' (or a datetime string) as a date for the cell; anything else unchanged."""
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10]) if len(value) == 10 else as_datetime(value)
        except ValueError:
            return value
    return value


def as_datetime(value: Any) -> Any:
    """An ISO timestamp ('2026-08-05T10:12:03+00:00') as a naive datetime (Excel has no time zones)."""
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None, microsecond=0)
        except ValueError:
            return value
    return value


def text_width(value: Any) -> int:
    """Characters a value needs in a column, East Asian wide characters counting two."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:.2f}")
    text = str(value).split("\n")[0]
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def finish(ws: Any, formats: dict[str, str] | None = None, header_rows: int = 1,
           widths: dict[str, int] | None = None) -> None:
    """Bold, frozen header row(s), column widths from the content and number formats by header name.

    `formats` maps a header's text to an Excel number format (e.g. {"Score": "0.0"});
    date and datetime cells get DATE_FORMAT / DATETIME_FORMAT whatever their column.
    """
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    for row in ws.iter_rows(min_row=1, max_row=header_rows):
        for cell in row:
            cell.font = bold
    ws.freeze_panes = ws.cell(header_rows + 1, 1).coordinate
    formats = formats or {}
    headers = [c.value for c in ws[header_rows]] if ws.max_row >= header_rows else []
    best: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            col = cell.column
            value = cell.value
            if cell.row > header_rows:
                header = headers[col - 1] if col - 1 < len(headers) else None
                if isinstance(value, datetime):
                    cell.number_format = DATETIME_FORMAT
                elif isinstance(value, date):
                    cell.number_format = DATE_FORMAT
                elif header in formats and isinstance(value, (int, float)) and not isinstance(value, bool):
                    cell.number_format = formats[header]
                if isinstance(value, str) and text_width(value) > MAX_WIDTH:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            best[col] = max(best.get(col, 0), text_width(value))
    for col, width in best.items():
        letter = get_column_letter(col)
        header = headers[col - 1] if col - 1 < len(headers) else None
        chosen = (widths or {}).get(header) or min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
        ws.column_dimensions[letter].width = chosen


def finish_all(sheets: Iterable[Any], formats: dict[str, str] | None = None) -> None:
    for ws in sheets:
        finish(ws, formats)
