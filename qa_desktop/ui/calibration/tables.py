"""Small read-only tables the calibration views fill (numbers sort as numbers)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from qa_desktop.ui.locale_fmt import fmt_pct
from qa_desktop.ui.tables import read_only_rows


class NumItem(QTableWidgetItem):
    def __init__(self, value: float | None, text: str) -> None:
        super().__init__(text)
        self.value = -1e9 if value is None else value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", 0)


def pct_item(x: float | None) -> NumItem:
    return NumItem(x, "—" if x is None else fmt_pct(x))


def kappa_item(x: float | None) -> NumItem:
    return NumItem(x, "—" if x is None else f"{x:.2f}")


def int_item(n: int) -> NumItem:
    return NumItem(n, str(n))


def new_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    read_only_rows(t)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized once per fill
    t.horizontalHeader().setStretchLastSection(True)
    t.setAlternatingRowColors(True)
    return t


def fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    """Replace the rows (kept in the report's order: pack order, most split first); plain values become text."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.setItem(i, j, value if isinstance(value, QTableWidgetItem) else QTableWidgetItem(str(value)))
    table.resizeColumnsToContents()


def cell_texts(table: QTableWidget) -> list[list[str]]:
    """What the table shows, row by row (tests and copy)."""
    return [[table.item(i, j).text() if table.item(i, j) else "" for j in range(table.columnCount())]
            for i in range(table.rowCount())]
