"""Cells that stay what they are: text written as text, never as a formula.

Agent and team names come from manifests (PBX/CRM exports) that anyone can
edit. A name such as `=HYPERLINK("http://…","click")` or `=1+1` written into a
workbook as-is becomes a live formula, and in a CSV a leading `= + - @` (or a
tab / carriage return) makes Excel and LibreOffice evaluate the cell when the
file is opened ("CSV injection"). So:

- XLSX: every string is stored as a string cell (openpyxl would otherwise
  turn any value starting with "=" into a formula);
- CSV: a string starting with one of those characters gets a leading
  apostrophe, the convention spreadsheets show as plain text (the OWASP
  advice). Numbers are written as numbers, untouched.
"""

from __future__ import annotations

from typing import Any, Iterable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A CSV field that no spreadsheet will evaluate (None becomes an empty field)."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(v) for v in values]


def as_text(cell: Any) -> Any:
    """Keep a string cell a string (openpyxl made it a formula if it started with "=")."""
    if isinstance(cell.value, str) and cell.data_type == "f":
        cell.data_type = "s"
    return cell


def append_row(ws: Any, values: Iterable[Any]) -> None:
    """`ws.append(values)`, with every string kept as text."""
    ws.append(list(values))
    for cell in ws[ws.max_row]:
        as_text(cell)
