"""Repeat contacts on the Trends page: repeat-contact rate and first-contact resolution
per agent, team or complaint category, the repeat window, and linking older calls.

Reads run on a pool thread (storage.repeats over call_summary, index lookups
per call); a window change relinks everything and the backfill reads every
old transcript, so both run there too. A double-click on a row lists that
row's repeat calls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.errors import QAError
from qa_desktop.storage import repeats
from qa_desktop.ui.call_list_model import category_label
from qa_desktop.ui.locale_fmt import fmt_int, fmt_pct
from qa_desktop.ui.messages import error_text
from qa_desktop.ui.tables import read_only_rows
from qa_desktop.ui.trends.plotting import PALETTE, new_plot
from qa_desktop.ui.workers import read_in_background

MAX_BARS = 20


@dataclass(frozen=True, slots=True)
class RepeatQuery:
    per: str
    date_from: str | None
    date_to: str | None
    agent: str | None
    team: str | None


def read_repeats(db: Any, q: RepeatQuery) -> dict[str, Any]:
    conn = db.conn
    return {"rates": repeats.repeat_rates(conn, q.per, q.date_from, q.date_to, q.agent, q.team),
            "unscanned": repeats.unscanned(conn), "window": repeats.window_days(conn)}


class RatesModel(QAbstractTableModel):
    """The rates as a table; cells are formatted only when shown (250 agents or more fill it at no cost)."""

    def __init__(self, label: Callable[[str], str], headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[repeats.RepeatRate] = []
        self.label = label
        self.headers = headers

    def set_rows(self, rows: list[repeats.RepeatRate]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        x = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.label(x.key)
            return (fmt_int(x.n_calls), fmt_int(x.n_repeats), fmt_pct(x.repeat_rate), fmt_pct(x.fcr))[col - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return x.key
        return None

    def text(self, row: int, col: int) -> str:
        return str(self.data(self.index(row, col)))


class RepeatsView(QWidget):
    openCalls = Signal(list)
    refreshed = Signal()

    def __init__(self, db_provider: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self.per = QComboBox(self)
        for label, value in ((self.tr("Per agent"), "agent"), (self.tr("Per team"), "team"),
                             (self.tr("Per complaint category"), "category")):
            self.per.addItem(label, value)
        self.window_days = QSpinBox(self)
        self.window_days.setRange(0, repeats.MAX_WINDOW_DAYS)
        self.window_days.setValue(repeats.DEFAULT_WINDOW_DAYS)
        self.window_days.setSuffix(self.tr(" days"))
        self.window_days.setToolTip(self.tr("A call within this many days of an earlier call of the same customer "
                                            "(same phone or order number) is a repeat contact"))
        self.apply_button = QPushButton(self.tr("Apply window"), self)
        self.backfill_button = QPushButton(self, visible=False)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#555;")
        self.plot = new_plot(date_axis=False)
        self.plot.setLabel("bottom", self.tr("Repeat-contact rate (%)"))
        self.model = RatesModel(self._label, [self.tr("Who"), self.tr("Calls"), self.tr("Repeat calls"),
                                              self.tr("Repeat-contact rate"), self.tr("First-contact resolution")],
                                self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(120)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(self.tr("Double-click a row to list its repeat calls"))
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        top = QHBoxLayout()
        top.addWidget(self.per)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Repeat window"), self))
        top.addWidget(self.window_days)
        top.addWidget(self.apply_button)
        top.addWidget(self.backfill_button)
        body = QHBoxLayout()
        body.addWidget(self.plot, 1)
        body.addWidget(self.table, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addLayout(body, 1)
        lay.addWidget(self.note)
        self.per.currentIndexChanged.connect(lambda *_: self._reload())
        self.apply_button.clicked.connect(lambda *_: self.apply_window())
        self.backfill_button.clicked.connect(lambda *_: self.backfill())
        self.rates: list[repeats.RepeatRate] = []
        self._query: RepeatQuery | None = None
        self._stale = False
        self._generation = 0
        self._pending = False
        self._busy = False

    # ---- public --------------------------------------------------------------------
    def refresh(self, date_from: str | None, date_to: str | None, agent: str | None, team: str | None) -> None:
        """Read the rates for these filters now if the tab is on screen, else when it is next shown
        (the other charts' filters change often; nothing is read for a tab nobody looks at)."""
        self._query = RepeatQuery(self.per.currentData(), date_from, date_to, agent, team)
        self._stale = self.isHidden()
        if not self._stale:
            self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._reload()

    def is_refreshing(self) -> bool:
        return self._pending or self._busy

    def apply_window(self) -> None:
        """Store the window for everyone using this database and relink all calls (pool thread)."""
        days = self.window_days.value()
        self._work(lambda db: repeats.set_window(db, days), self.tr("Relinking calls for a %1-day window…")
                   .replace("%1", str(days)))

    def backfill(self) -> None:
        """Read the numbers of calls stored before repeat contacts existed, then link them (pool thread)."""
        self._work(lambda db: repeats.backfill(db), self.tr("Linking earlier calls…"))

    # ---- internals -----------------------------------------------------------------
    def _reload(self) -> None:
        if self._query is None:
            return
        q = RepeatQuery(self.per.currentData(), self._query.date_from, self._query.date_to, self._query.agent,
                        self._query.team)
        self._query = q
        self._generation += 1
        generation = self._generation
        self._pending = True
        read_in_background(self.db_provider(), lambda db: read_repeats(db, q),
                           lambda r: self._show(generation, q, r), lambda exc: self._failed(generation, exc),
                           owner=self)

    def _work(self, job: Callable[[Any], Any], message: str) -> None:
        self._busy = True
        for w in (self.apply_button, self.backfill_button, self.window_days):
            w.setEnabled(False)
        self.note.setText(message)

        def finished(_result: Any = None) -> None:
            self._busy = False
            for w in (self.apply_button, self.backfill_button, self.window_days):
                w.setEnabled(True)
            self._reload()

        def failed(exc: BaseException) -> None:
            finished()
            self.note.setText(error_text(str(exc)) if isinstance(exc, QAError) else f"{type(exc).__name__}: {exc}")

        read_in_background(self.db_provider(), job, finished, failed, owner=self)

    def _show(self, generation: int, q: RepeatQuery, r: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self.rates = r["rates"]
        if not self._busy:
            self.window_days.setValue(r["window"])
        self._draw(q)
        n = r["unscanned"]
        self.backfill_button.setVisible(n > 0)
        self.backfill_button.setText(self.tr("Link %1 older calls").replace("%1", fmt_int(n)))
        total = sum(x.n_calls for x in self.rates)
        repeated = sum(x.n_repeats for x in self.rates)
        text = self.tr("%1 of %2 calls repeat an earlier contact of the same customer within %3 days.") \
            .replace("%1", fmt_int(repeated)).replace("%2", fmt_int(total)).replace("%3", str(r["window"]))
        if n:
            text += " " + self.tr("%1 calls stored before repeat contacts existed are not linked yet.").replace(
                "%1", fmt_int(n))
        if not self._busy:
            self.note.setText(text)
        self.refreshed.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self.note.setText(error_text(str(exc)) if isinstance(exc, QAError) else f"{type(exc).__name__}: {exc}")
        self.refreshed.emit()

    def _label(self, key: str) -> str:
        return category_label(key) if self._query and self._query.per == "category" else key or self.tr("(none)")

    def _draw(self, q: RepeatQuery) -> None:
        rates = sorted(self.rates, key=lambda x: (-x.repeat_rate, x.key))
        self.plot.clear()
        shown = rates[:MAX_BARS]
        ys = list(range(len(shown)))[::-1]
        if shown:
            self.plot.addItem(pg.BarGraphItem(x0=0, y=ys, height=0.7, width=[100 * x.repeat_rate for x in shown],
                                              brush=PALETTE[1], pen=pg.mkPen("w")))
            self.plot.getAxis("left").setTicks([[(y, self._label(x.key)) for y, x in zip(ys, shown)]])
            self.plot.setYRange(-0.6, len(shown) - 0.4, padding=0.02)
        self.model.set_rows(rates)  # highest rate first, as on the chart

    def _open_row(self, row: int) -> None:
        q = self._query
        if q is None or not 0 <= row < len(self.model.rows):
            return
        key = self.model.rows[row].key
        who = {q.per: key} if q.per in ("agent", "team", "category") else {}
        agent = who.get("agent", q.agent)
        team = who.get("team", q.team)
        pks = repeats.repeat_calls(self.db_provider().conn, q.date_from, q.date_to, agent, team, who.get("category"))
        if pks:
            self.openCalls.emit(pks)
