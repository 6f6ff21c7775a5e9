"""Agent ranking: by average score (bars) and by critical failures (table, sortable).

A double-click on an agent asks for that agent's calls in the range.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.ui.locale_fmt import fmt_int, fmt_num
from qa_desktop.ui.tables import read_only_rows
from qa_desktop.ui.trends.plotting import PALETTE, new_plot


class _NumItem(QTableWidgetItem):
    """Sorts by number, shows the locale's format."""

    def __init__(self, value: float, text: str) -> None:
        super().__init__(text)
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", 0)


class RankingView(QWidget):
    agentActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ranks: list = []
        self.plot = new_plot(date_axis=False)
        self.plot.setLabel("bottom", self.tr("Average score"))
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("Agent"), self.tr("Team"), self.tr("Calls"),
                                              self.tr("Average score"), self.tr("Calls with critical failures")])
        read_only_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.agentActivated.emit(self.table.item(row, 1).text()))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.table, 1)

    def show_ranks(self, ranks: list) -> None:
        self.ranks = ranks
        self.plot.clear()
        shown = ranks[:20]
        ys = list(range(len(shown)))[::-1]  # best at the top
        bars = pg.BarGraphItem(x0=0, y=ys, height=0.7, width=[r.avg_score for r in shown],
                               brush=PALETTE[0],
                               pen=pg.mkPen("w"))
        self.plot.addItem(bars)
        self.plot.getAxis("left").setTicks([[(y, r.agent) for y, r in zip(ys, shown)]])
        for y, r in zip(ys, shown):
            t = pg.TextItem(fmt_num(r.avg_score), color="#333", anchor=(0, 0.5))
            t.setPos(r.avg_score + 1, y)
            self.plot.addItem(t)
        self.plot.setXRange(0, 110, padding=0)
        self.plot.setYRange(-0.6, len(shown) - 0.4, padding=0.02)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(ranks))
        for row, r in enumerate(ranks):
            self.table.setItem(row, 0, _NumItem(r.rank, fmt_int(r.rank)))
            self.table.setItem(row, 1, QTableWidgetItem(r.agent))
            self.table.setItem(row, 2, QTableWidgetItem(r.team))
            self.table.setItem(row, 3, _NumItem(r.n_calls, fmt_int(r.n_calls)))
            self.table.setItem(row, 4, _NumItem(r.avg_score, fmt_num(r.avg_score)))
            self.table.setItem(row, 5, _NumItem(r.critical_failures, fmt_int(r.critical_failures)))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
