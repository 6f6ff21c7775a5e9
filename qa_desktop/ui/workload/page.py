"""The Workload page: a team lead draws a review plan, signs off in bulk the calls
the machine was sure of, and hands the rest to named inspectors; everyone sees
each inspector's progress and works through "my queue".

Drawing, assigning and signing off read or write on a pool thread with a
connection of their own (a plan over a year of 100,000 calls, or a bulk
sign-off of thousands, takes longer than the window may freeze); each write is
its own transaction, under the name from Settings, so a CLI audit writing into
the same file meanwhile only waits its turn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.errors import Cancelled
from qa_desktop.progress import CancelToken
from qa_desktop.review_plans import PLANS, draw_plan
from qa_desktop.sampling import SamplePlan
from qa_desktop.storage import assignments
from qa_desktop.ui.locale_fmt import date_edit, fmt_int
from qa_desktop.ui.tables import read_only_rows
from qa_desktop.ui.team import actor, role, team_error_text
from qa_desktop.ui.workers import read_in_background


def _num(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(fmt_int(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class WorkloadPage(QWidget):
    #: A queue in its order and which of its calls to open (as the Review queue page).
    reviewCalls = Signal(list, int)
    drawn = Signal()  # the plan's calls (or why there are none) are on screen
    refreshed = Signal()  # progress and "my queue" show the database as it is now
    finished = Signal(str)  # an assignment or a bulk sign-off is written (or failed): the message shown
    _progress = Signal(float, str)  # from the pool thread of a bulk sign-off (queued to the UI thread)

    def __init__(self, db_provider: Callable[[], Any], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self.settings = settings
        self.drawn_pks: list[int] = []
        self.sure_pks: list[int] = []
        self.my_queue: list[int] = []
        self.loads: list[assignments.Workload] = []
        self._generation = 0
        self._busy = False
        self._refreshing = False

        plan_box = QGroupBox(self.tr("Review plan"), self)
        self.plan = QComboBox(plan_box)
        titles = {"sample": self.tr("The sample as drawn"), "critical_first": self.tr("Critical failures first")}
        for key, plan in PLANS.items():
            self.plan.addItem(titles.get(key, plan.title), key)
        self.per_week = QSpinBox(plan_box)
        self.per_week.setRange(0, 100)
        self.per_week.setValue(int(settings.value("workload/per_agent_week", 2)))
        self.per_week.setSuffix(self.tr(" random calls per agent per week"))
        self.use_critical = QCheckBox(self.tr("Every call with a failed critical rule"), plan_box)
        self.use_critical.setChecked(True)
        today = QDate.currentDate()
        self.date_from = date_edit(QDateEdit(today.addDays(-7), plan_box))
        self.date_to = date_edit(QDateEdit(today, plan_box))
        self.team = QLineEdit(plan_box)
        self.team.setPlaceholderText(self.tr("All teams"))
        self.draw_button = QPushButton(self.tr("Draw the calls"), plan_box)
        self.drawn_label = QLabel(plan_box)
        grid = QGridLayout(plan_box)
        grid.addWidget(QLabel(self.tr("Plan"), plan_box), 0, 0)
        grid.addWidget(self.plan, 0, 1)
        grid.addWidget(self.per_week, 0, 2)
        grid.addWidget(self.use_critical, 0, 3)
        grid.addWidget(QLabel(self.tr("From"), plan_box), 1, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("To"), plan_box))
        dates.addWidget(self.date_to)
        dates.addWidget(self.team)
        grid.addLayout(dates, 1, 1, 1, 3)
        grid.addWidget(self.draw_button, 2, 0, 1, 2)
        grid.addWidget(self.drawn_label, 2, 2, 1, 2)

        bulk_box = QGroupBox(self.tr("Bulk sign-off"), self)
        self.confidence = QDoubleSpinBox(bulk_box)
        self.confidence.setRange(0.5, 1.0)
        self.confidence.setSingleStep(0.01)
        self.confidence.setDecimals(2)
        self.confidence.setValue(float(settings.value("workload/min_confidence", 0.95)))
        self.confidence.setPrefix(self.tr("machine confidence ≥ "))
        self.bulk_button = QPushButton(self.tr("Sign off the drawn calls the machine is sure of"), bulk_box)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.hide()
        self._cancel: CancelToken | None = None
        bulk_note = QLabel(self.tr("Only calls with no critical failure and no override; recorded as a bulk "
                                   "machine-confidence sign-off under your name."), bulk_box)
        bulk_note.setWordWrap(True)
        bulk_note.setStyleSheet("color:#666;")
        bl = QGridLayout(bulk_box)
        bl.addWidget(self.confidence, 0, 0)
        bl.addWidget(self.bulk_button, 0, 1)
        bl.addWidget(bulk_note, 1, 0, 1, 2)

        assign_box = QGroupBox(self.tr("Assign"), self)
        self.inspectors = QLineEdit(str(settings.value("workload/inspectors", "") or ""), assign_box)
        self.inspectors.setPlaceholderText(self.tr("Inspectors, separated by commas (e.g. 王芳, 李娜)"))
        self.mode = QComboBox(assign_box)
        self.mode.addItem(self.tr("In turn (round robin)"), "round_robin")
        self.mode.addItem(self.tr("Fewest calls left first"), "least_loaded")
        self.reassign = QCheckBox(self.tr("Take calls back from whoever has them"), assign_box)
        self.assign_button = QPushButton(self.tr("Assign the drawn calls"), assign_box)
        al = QGridLayout(assign_box)
        al.addWidget(self.inspectors, 0, 0, 1, 2)
        al.addWidget(self.mode, 1, 0)
        al.addWidget(self.reassign, 1, 1)
        al.addWidget(self.assign_button, 2, 0, 1, 2)

        self.lead_hint = QLabel(self)
        self.lead_hint.setWordWrap(True)
        self.lead_hint.setStyleSheet("color:#666;")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Inspector"), self.tr("Assigned"), self.tr("Reviewed"),
                                              self.tr("Remaining")])
        read_only_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.my_label = QLabel(self)
        self.my_button = QPushButton(self.tr("Review my queue"), self)
        mine = QHBoxLayout()
        mine.addWidget(self.my_label, 1)
        mine.addWidget(self.my_button)

        top = QHBoxLayout()
        top.addWidget(plan_box, 3)
        right = QVBoxLayout()
        right.addWidget(bulk_box)
        right.addWidget(assign_box)
        top.addLayout(right, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.lead_hint)
        status = QHBoxLayout()
        status.addWidget(self.message, 1)
        status.addWidget(self.stop_button)
        lay.addLayout(status)
        lay.addWidget(QLabel(self.tr("Progress per inspector"), self))
        lay.addWidget(self.table, 1)
        lay.addLayout(mine)
        self.lead_controls = (plan_box, bulk_box, assign_box)

        self.draw_button.clicked.connect(lambda *_: self.draw())
        self.bulk_button.clicked.connect(lambda *_: self.bulk_sign_off())
        self.assign_button.clicked.connect(lambda *_: self.assign())
        self.my_button.clicked.connect(lambda *_: self.review_my_queue())
        self.stop_button.clicked.connect(lambda *_: self._cancel is not None and self._cancel.cancel())
        self._progress.connect(self._on_progress)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._review_queue_of(self.table.item(row, 0).text()))
        self._update_buttons()

    # ---- state ------------------------------------------------------------------------
    def is_busy(self) -> bool:
        """A draw, a write or a refresh is on its way."""
        return self._busy or self._refreshing

    def _update_buttons(self) -> None:
        lead = role(self.settings) == "lead"
        for box in self.lead_controls:
            box.setEnabled(lead and not self._busy)
        self.lead_hint.setVisible(not lead)
        self.lead_hint.setText(self.tr("Team leads draw review plans, assign calls and sign off in bulk; set your "
                                       "role in Settings. Everyone can work through their own queue here."))
        self.bulk_button.setEnabled(bool(self.drawn_pks))
        self.assign_button.setEnabled(bool(self.drawn_pks))
        self.my_button.setEnabled(bool(self.my_queue))

    def _me(self) -> str | None:
        name = actor(self.settings)
        if not name:
            self._say(self.tr("Set your name in Settings first: every assignment and sign-off records who did it."))
            return None
        return name

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _error(self, exc: BaseException) -> str:
        return team_error_text(exc)

    # ---- drawing a plan --------------------------------------------------------------
    def sample_plan(self) -> SamplePlan:
        methods = (("random",) if self.per_week.value() > 0 else ()) + (
            ("critical",) if self.use_critical.isChecked() else ())
        return SamplePlan(methods=methods, per_agent_week=self.per_week.value(), seed=1,
                          date_from=self.date_from.date().toString("yyyy-MM-dd"),
                          date_to=self.date_to.date().toString("yyyy-MM-dd"),
                          team=self.team.text().strip() or None, only_to_review=True)

    def draw(self) -> None:
        """Draw the plan's calls (on a pool thread); `drawn` says when they are on screen."""
        key, sample, confidence = self.plan.currentData(), self.sample_plan(), self.confidence.value()
        self.settings.setValue("workload/per_agent_week", self.per_week.value())

        def read(db: Any) -> tuple[list[int], list[int]]:
            pks = [c.pk for c in draw_plan(db, key, sample)]
            return pks, assignments.high_confidence(db, pks, confidence)

        self._start(self.tr("Drawing the calls…"), self.drawn_label)
        generation = self._generation
        read_in_background(self.db_provider(), read, lambda r: self._drawn(generation, r),
                           lambda exc: self._drawn(generation, exc), owner=self)

    def _drawn(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        self._busy = False
        if isinstance(result, BaseException):
            self.drawn_pks, self.sure_pks = [], []
            self.drawn_label.setText(self._error(result))
        else:
            self.drawn_pks, self.sure_pks = result
            self.drawn_label.setText(self.tr("%Ln call(s) to review", "", len(self.drawn_pks)) + self.tr("; ")
                                     + self.tr("the machine is sure of %Ln", "", len(self.sure_pks)))
        self._update_buttons()
        self.drawn.emit()

    def _start(self, text: str, label: QLabel | None = None) -> None:
        self._generation += 1
        self._busy = True
        (label or self.message).setText(text)
        self._update_buttons()

    # ---- writes ----------------------------------------------------------------------
    def bulk_sign_off(self) -> None:
        """Sign off the drawn calls the machine is sure of, as this person's bulk machine-confidence sign-off."""
        me = self._me()
        if me is None or not self.drawn_pks:
            return
        pks, confidence = list(self.drawn_pks), self.confidence.value()
        self.settings.setValue("workload/min_confidence", confidence)
        self._start(self.tr("Signing off…"))
        cancel = self._cancel = CancelToken()
        self.stop_button.show()
        self._write(lambda db: assignments.bulk_sign_off(db, pks, me, confidence, self._progress.emit, cancel),
                    lambda n: self.tr("%Ln call(s) signed off as a bulk machine-confidence sign-off by %1", "", n)
                    .replace("%1", me))

    def assign(self) -> None:
        """Hand the drawn calls to the inspectors named, in the plan's order."""
        me = self._me()
        if me is None or not self.drawn_pks:
            return
        names = [n.strip() for n in self.inspectors.text().replace("，", ",").split(",") if n.strip()]
        self.settings.setValue("workload/inspectors", ", ".join(names))
        pks, key, mode, reassign = list(self.drawn_pks), self.plan.currentData(), self.mode.currentData(), \
            self.reassign.isChecked()
        self._start(self.tr("Assigning…"))

        def done(result: assignments.AssignResult) -> str:
            shares = ", ".join(f"{name} {fmt_int(n)}" for name, n in result.assigned.items())
            text = self.tr("%Ln call(s) assigned", "", result.total) + (
                self.tr(" (%1)").replace("%1", shares) if result.total else "")
            if result.already_assigned:
                text += self.tr("; ") + self.tr("%Ln already had an inspector", "", result.already_assigned)
            if result.already_reviewed:
                text += self.tr("; ") + self.tr("%Ln already reviewed", "", result.already_reviewed)
            return text

        self._write(lambda db: assignments.assign(db, pks, names, me, key, mode, reassign), done)

    def _write(self, work: Callable[[Any], Any], describe: Callable[[Any], str]) -> None:
        generation = self._generation

        def finish(result: Any) -> None:
            if generation != self._generation:
                return
            self._busy = False
            self._cancel = None
            self.stop_button.hide()
            if isinstance(result, Cancelled):
                text = self.tr("Stopped; the calls signed off until then stay signed off.")
            else:
                text = self._error(result) if isinstance(result, BaseException) else describe(result)
            self._say(text)
            self._update_buttons()
            self.finished.emit(text)
            self.refresh()
            if not isinstance(result, BaseException):
                self.draw()  # what is left of the plan

        # a write on a pool thread, over a connection of its own: the same helper as the background reads
        read_in_background(self.db_provider(), work, finish, finish, owner=self)

    def _on_progress(self, fraction: float, _message: str) -> None:
        if self._busy and self._cancel is not None:
            self._say(self.tr("Signing off… %1 %").replace("%1", str(round(100 * fraction))))

    # ---- progress and my queue -------------------------------------------------------
    def refresh(self) -> None:
        """Read every inspector's progress and this person's queue again (`refreshed` when shown)."""
        me = actor(self.settings)
        self._refreshing = True

        def read(db: Any) -> tuple[list[assignments.Workload], list[int]]:
            return assignments.workload(db), assignments.queue_of(db, me) if me else []

        read_in_background(self.db_provider(), read, self._show_progress,
                           lambda exc: self._show_progress(exc), owner=self)

    def _show_progress(self, result: Any) -> None:
        self._refreshing = False
        if isinstance(result, BaseException):
            self._say(self._error(result))
            self.refreshed.emit()
            return
        self.loads, self.my_queue = result
        self.table.setRowCount(len(self.loads))
        for row, w in enumerate(self.loads):
            self.table.setItem(row, 0, QTableWidgetItem(w.inspector))
            self.table.setItem(row, 1, _num(w.assigned))
            self.table.setItem(row, 2, _num(w.reviewed))
            self.table.setItem(row, 3, _num(w.remaining))
        me = actor(self.settings)
        self.my_label.setText(self.tr("My queue (%1): %Ln call(s) left", "", len(self.my_queue))
                              .replace("%1", me or self.tr("no name set")))
        self._update_buttons()
        self.refreshed.emit()

    def review_my_queue(self) -> None:
        if self.my_queue:
            self.reviewCalls.emit(list(self.my_queue), 0)

    def _review_queue_of(self, inspector: str) -> None:
        """A lead double-clicks an inspector: that inspector's calls left, in their order."""
        def read(db: Any) -> list[int]:
            return assignments.queue_of(db, inspector)

        read_in_background(self.db_provider(), read, lambda pks: pks and self.reviewCalls.emit(list(pks), 0),
                           lambda exc: self._say(self._error(exc)), owner=self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_buttons()
        self.refresh()
