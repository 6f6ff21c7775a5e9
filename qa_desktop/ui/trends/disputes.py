"""Dispute and overturn rates per rule (a rule overturned often is a rule to fix).

Bars (dispute rate and overturn rate, per rule, the 15 most overturned) beside
a sortable table over the trends page's range and agent/team: verdicts of the
rule in the range, disputes of them, and how many of the decided disputes
were overturned. Most overturned first.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.ui.locale_fmt import fmt_int, fmt_num
from qa_desktop.ui.tables import read_only_rows
from qa_desktop.ui.trends.plotting import PALETTE, new_plot

MAX_BARS = 15


class _NumItem(QTableWidgetItem):
    """Sorts by number, shows the locale's format."""

    def __init__(self, value: float, text: str) -> None:
        super().__init__(text)
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", 0)


class DisputeRatesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rates: list = []
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Rule"), self.tr("Verdicts"), self.tr("Disputed"), self.tr("Dispute rate"), self.tr("Decided"),
            self.tr("Overturned"), self.tr("Overturn rate")])
        read_only_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.plot = new_plot(date_axis=False)
        self.plot.setLabel("bottom", self.tr("% (dispute rate, overturn rate)"))
        self.plot.addLegend(offset=(-10, 10))
        self.empty = QLabel(self.tr("No disputes of calls in this range."), self)
        self.empty.setStyleSheet("color:#666;")
        row = QHBoxLayout()
        row.addWidget(self.plot, 1)
        row.addWidget(self.table, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row, 1)
        lay.addWidget(self.empty)

    def show_rates(self, rates: list) -> None:
        self.rates = list(rates)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rates))
        for row, r in enumerate(self.rates):
            self.table.setItem(row, 0, QTableWidgetItem(r.title or r.rule))
            self.table.setItem(row, 1, _NumItem(r.n_applicable, fmt_int(r.n_applicable)))
            self.table.setItem(row, 2, _NumItem(r.n_disputed, fmt_int(r.n_disputed)))
            self.table.setItem(row, 3, _NumItem(r.dispute_rate, fmt_num(100 * r.dispute_rate, 1) + " %"))
            self.table.setItem(row, 4, _NumItem(r.n_decided, fmt_int(r.n_decided)))
            self.table.setItem(row, 5, _NumItem(r.n_overturned, fmt_int(r.n_overturned)))
            self.table.setItem(row, 6, _NumItem(r.overturn_rate, fmt_num(100 * r.overturn_rate, 1) + " %"))
        self.table.setSortingEnabled(True)
        self.empty.setVisible(not self.rates)
        self._draw_bars()

    def _draw_bars(self) -> None:
        self.plot.clear()
        shown = self.rates[:MAX_BARS]
        ys = list(range(len(shown)))[::-1]  # most overturned at the top
        if shown:
            self.plot.addItem(pg.BarGraphItem(x0=0, y=[y + 0.18 for y in ys], height=0.34, brush=PALETTE[0],
                                              width=[100 * r.dispute_rate for r in shown], pen=pg.mkPen("w"),
                                              name=self.tr("Dispute rate")))
            self.plot.addItem(pg.BarGraphItem(x0=0, y=[y - 0.18 for y in ys], height=0.34, brush=PALETTE[3],
                                              width=[100 * r.overturn_rate for r in shown], pen=pg.mkPen("w"),
                                              name=self.tr("Overturn rate")))
        self.plot.getAxis("left").setTicks([[(y, r.title or r.rule) for y, r in zip(ys, shown)]])
        self.plot.setXRange(0, 105, padding=0)
        self.plot.setYRange(-0.6, max(1, len(shown)) - 0.4, padding=0.02)
