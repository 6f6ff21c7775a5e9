"""The Disputes page: agents' disputes per team (open ones first), and the arbitration.

An arbitrator picks a dispute, listens to the call (Open the call), and
decides: upheld or overturned, with a comment. The storage refuses a decision
by the call's first reviewer; the page shows why, in the UI language. Lists
are read on a pool thread (a team's history can be long), the decision is one
short transaction under the name from Settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.storage import disputes
from qa_desktop.ui.locale_fmt import fmt_date, fmt_datetime, fmt_int
from qa_desktop.ui.tables import read_only_rows
from qa_desktop.ui.team import actor, role, team_error_text
from qa_desktop.ui.workers import read_in_background

Index = QModelIndex | QPersistentModelIndex


class DisputeModel(QAbstractTableModel):
    """The disputes as a table model: a team's thousands of disputes never fill a widget per cell."""

    COLUMNS = 11
    REASON = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[disputes.Dispute] = []

    def set_rows(self, rows: list[disputes.Dispute]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Opened"), self.tr("Agent"), self.tr("Team"), self.tr("Call date"), self.tr("Rule"),
                self.tr("Verdict"), self.tr("Reason"), self.tr("Entered by"), self.tr("First reviewer"),
                self.tr("Outcome"), self.tr("Arbitrator's comment")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMNS:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.REASON:
            return self.rows[index.row()].reason
        return None

    def text(self, row: int, column: int) -> str:
        d = self.rows[row]
        if column == 0:
            return fmt_datetime(d.opened_at)
        if column == 3:
            return fmt_date(d.date) if d.date else ""
        if column == 5:
            return {"pass": self.tr("Pass"), "fail": self.tr("Fail")}.get(d.verdict, d.verdict)
        if column == 8:
            return d.first_reviewer or "–"
        if column == 9:
            outcome = {"open": self.tr("Open"), "upheld": self.tr("Upheld"),
                       "overturned": self.tr("Overturned")}.get(d.state, d.state)
            return outcome + (f" · {d.arbitrator}" if d.arbitrator else "")
        return {1: d.agent, 2: d.team, 4: d.title or d.rule, 6: d.reason, 7: d.entered_by, 10: d.comment}[column]


class DisputesPage(QWidget):
    openCalls = Signal(list)  # the disputed call (one pk opens it in review)
    refreshed = Signal()
    decided = Signal(str)  # the message shown after a decision (stored or refused)

    def __init__(self, db_provider: Callable[[], Any], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self.settings = settings
        self.rows: list[disputes.Dispute] = []
        self._generation = 0
        self._refreshing = False

        self.state = QComboBox(self)
        for label, value in ((self.tr("Open"), "open"), (self.tr("Decided"), "decided"), (self.tr("All"), None)):
            self.state.addItem(label, value)
        self.team = QComboBox(self)
        self.team.addItem(self.tr("All teams"), None)
        self.team.setMinimumWidth(160)
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show"), self))
        top.addWidget(self.state)
        top.addWidget(QLabel(self.tr("Team"), self))
        top.addWidget(self.team)
        top.addWidget(self.count, 1)

        self.model = DisputeModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_rows(self.table, single=True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col, width in enumerate((130, 80, 80, 90, 110, 60, 220, 80, 80, 110)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda *_: self.open_selected())

        box = QGroupBox(self.tr("Arbitration"), self)
        self.outcome = QComboBox(box)
        self.outcome.addItem(self.tr("Upheld: the verdict stands"), "upheld")
        self.outcome.addItem(self.tr("Overturned: the verdict flips"), "overturned")
        self.comment = QLineEdit(box)
        self.comment.setPlaceholderText(self.tr("Why (required; the agent and the first reviewer see it)"))
        self.comment.textChanged.connect(lambda *_: self._update_buttons())
        self.decide_button = QPushButton(self.tr("Decide"), box)
        self.open_button = QPushButton(self.tr("Open the call"), box)
        self.message = QLabel(box)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.outcome)
        row.addWidget(self.comment, 1)
        row.addWidget(self.decide_button)
        bl.addLayout(row)
        bl.addWidget(self.message)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(box)

        self.state.currentIndexChanged.connect(lambda *_: self.refresh())
        self.team.currentIndexChanged.connect(lambda *_: self.refresh())
        self.decide_button.clicked.connect(lambda *_: self.decide())
        self.open_button.clicked.connect(lambda *_: self.open_selected())
        self._update_buttons()

    # ---- reading ----------------------------------------------------------------------
    def is_refreshing(self) -> bool:
        return self._refreshing

    def refresh(self) -> None:
        """Read the disputes of the chosen state and team again (`refreshed` once on screen)."""
        state, team = self.state.currentData(), self.team.currentData()
        self._generation += 1
        generation = self._generation
        self._refreshing = True

        def read(db: Any) -> tuple[list[disputes.Dispute], dict[str, int]]:
            if state == "decided":
                rows = [d for d in disputes.list_disputes(db, None, team) if d.state != "open"]
            else:
                rows = disputes.list_disputes(db, state, team)
            return rows, disputes.open_counts_by_team(db)

        read_in_background(self.db_provider(), read, lambda r: self._show(generation, r),
                           lambda exc: self._show(generation, exc), owner=self)

    def _show(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        self._refreshing = False
        if isinstance(result, BaseException):
            self.message.setText(team_error_text(result))
            self.refreshed.emit()
            return
        self.rows, counts = result
        self._fill_teams(counts)
        self.model.set_rows(self.rows)
        open_total = sum(counts.values())
        self.count.setText(self.tr("%Ln open dispute(s)", "", open_total))
        self._update_buttons()
        self.refreshed.emit()

    def _fill_teams(self, counts: dict[str, int]) -> None:
        """Teams with open disputes and their counts; the current choice is kept."""
        current = self.team.currentData()
        names = sorted(set(counts) | ({current} if current else set()))
        self.team.blockSignals(True)
        while self.team.count() > 1:
            self.team.removeItem(1)
        for name in names:
            label = name or self.tr("(no team)")
            self.team.addItem(f"{label} ({fmt_int(counts.get(name, 0))})", name)
        self.team.setCurrentIndex(max(0, self.team.findData(current)) if current else 0)
        self.team.blockSignals(False)

    # ---- deciding -----------------------------------------------------------------------
    def selected(self) -> disputes.Dispute | None:
        picked = self.table.selectionModel().selectedRows()
        row = picked[0].row() if picked else -1
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        d = self.selected()
        can_decide = role(self.settings) in ("arbitrator", "lead")
        self.decide_button.setEnabled(can_decide and d is not None and d.state == "open"
                                      and bool(self.comment.text().strip()))
        self.decide_button.setToolTip("" if can_decide else self.tr(
            "Arbitrators and team leads decide disputes; set your role in Settings."))
        self.open_button.setEnabled(d is not None)

    def decide(self) -> None:
        """Store the arbitration of the selected dispute, or show why it was refused."""
        d = self.selected()
        if d is None:
            return
        try:
            decided = disputes.decide(self.db_provider(), d.id, self.outcome.currentData(), self.comment.text(),
                                      actor(self.settings))
        except Exception as exc:  # noqa: BLE001 - a refusal or a busy database: said on the page
            text = team_error_text(exc)
        else:
            self.comment.clear()
            text = (self.tr("Dispute upheld by %1.") if decided.state == "upheld" else self.tr(
                "Dispute overturned by %1: the verdict is now %2 and the call's score recomputed.")).replace(
                "%1", decided.arbitrator).replace("%2", {"pass": self.tr("Pass"), "fail": self.tr("Fail")}.get(
                    disputes.FLIP.get(decided.verdict, ""), ""))
            self.refresh()
        self.message.setText(text)
        self.decided.emit(text)

    def open_selected(self) -> None:
        d = self.selected()
        if d is not None:
            self.openCalls.emit([d.call_pk])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
