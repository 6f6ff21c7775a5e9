"""The Review queue page: build a sample of calls to review the way QA teams do
(N random calls per agent per week with a seed, every critical failure, every
call under a score, the least sure verdicts first) and open it in review.

The plan is remembered in QSettings so the weekly routine is one click. The
sample is drawn on a pool thread with its own connection (over 100,000 calls
that takes most of a second) and shown through a model, so a queue of tens of
thousands of calls neither freezes the window nor fills a widget per cell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
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
from qa_desktop.sampling import (
    QueueResult,
    SampledCall,
    SamplePlan,
    build_queue_explained,
    date_bounds,
    default_range,
)
from qa_desktop.ui.locale_fmt import date_edit, fmt_date, fmt_int, fmt_num
from qa_desktop.ui.messages import error_text
from qa_desktop.ui.tables import read_only_rows
from qa_desktop.ui.workers import read_in_background


class SampleModel(QAbstractTableModel):
    """The review queue as a table (call id, agent, team, date, score, critical failures, confidence, why)."""

    RIGHT = (4, 5, 6)
    COLUMNS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calls: list[SampledCall] = []

    def set_calls(self, calls: list[SampledCall]) -> None:
        self.beginResetModel()
        self.calls = list(calls)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Call ID"), self.tr("Agent"), self.tr("Team"), self.tr("Date"), self.tr("Score"),
                self.tr("Critical failures"), self.tr("Confidence"), self.tr("Why picked")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.calls)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.COLUMNS):
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.calls):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.text(index.row(), index.column())

    def text(self, row: int, column: int) -> str:
        c = self.calls[row]
        if column == 0:
            return c.call_id
        if column == 1:
            return c.agent
        if column == 2:
            return c.team
        if column == 3:
            return fmt_date(c.date)
        if column == 4:
            return "" if c.score is None else fmt_num(c.score)
        if column == 5:
            return fmt_int(c.n_critical)
        if column == 6:
            return "" if c.confidence is None else fmt_num(c.confidence, 2)
        names = {"random": self.tr("random sample"), "critical": self.tr("critical failure"),
                 "below": self.tr("low score"), "low_confidence": self.tr("machine unsure"),
                 "at_risk": self.tr("escalation risk")}
        return self.tr(", ").join(names.get(r, r) for r in c.reasons)


class SamplingPage(QWidget):
    #: The queue in its sampled order (least sure first…) and which of its calls to open.
    reviewCalls = Signal(list, int)
    built = Signal()  # a new queue (or the reason there is none) is on screen
    datesReady = Signal()  # the default From/To (the week up to the newest scored call) are set

    def __init__(self, db_provider: Callable[[], Any], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self.settings = settings
        self.queue: list[SampledCall] = []
        self._generation = 0
        self._building = False
        box = QGroupBox(self.tr("How to sample"), self)
        self.use_random = QCheckBox(self.tr("Random calls per agent per week"), box)
        self.per_week = QSpinBox(box)
        self.per_week.setRange(1, 100)
        self.seed = QSpinBox(box)
        self.seed.setRange(0, 999_999)
        self.seed.setPrefix(self.tr("seed "))
        self.seed.setToolTip(self.tr("The same seed over the same calls gives the same sample"))
        self.use_critical = QCheckBox(self.tr("All calls with a failed critical rule"), box)
        self.use_below = QCheckBox(self.tr("All calls scoring below"), box)
        self.below = QDoubleSpinBox(box)
        self.below.setRange(0, 100)
        self.below.setDecimals(0)
        self.use_confidence = QCheckBox(self.tr("Least sure verdicts first"), box)
        self.use_at_risk = QCheckBox(self.tr("Calls at risk first (customer may escalate)"), box)
        self.confidence_n = QSpinBox(box)
        self.confidence_n.setRange(1, 10_000)
        self.confidence_n.setSuffix(self.tr(" calls"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-7), box)
        self.date_to = QDateEdit(today, box)
        for edit in (self.date_from, self.date_to):
            date_edit(edit)
            edit.dateChanged.connect(self._dates_edited)
        self._dates_touched = False  # the user chose dates: the data no longer moves them
        self._setting_dates = False
        self.only_to_review = QCheckBox(self.tr("Skip calls already reviewed"), box)
        grid = QGridLayout(box)
        grid.addWidget(self.use_random, 0, 0)
        grid.addWidget(self.per_week, 0, 1)
        grid.addWidget(self.seed, 0, 2)
        grid.addWidget(self.use_critical, 1, 0)
        grid.addWidget(self.use_below, 2, 0)
        grid.addWidget(self.below, 2, 1)
        grid.addWidget(self.use_confidence, 3, 0)
        grid.addWidget(self.confidence_n, 3, 1)
        grid.addWidget(self.use_at_risk, 4, 0)
        grid.addWidget(QLabel(self.tr("From"), box), 0, 3)
        grid.addWidget(self.date_from, 0, 4)
        grid.addWidget(QLabel(self.tr("To"), box), 1, 3)
        grid.addWidget(self.date_to, 1, 4)
        grid.addWidget(self.only_to_review, 2, 3, 1, 2)
        grid.setColumnStretch(5, 1)

        self.build_button = QPushButton(self.tr("Build the review queue"), self)
        self.open_button = QPushButton(self.tr("Review these calls"), self)
        self.open_button.setEnabled(False)
        self.count = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.build_button)
        row.addWidget(self.open_button)
        row.addWidget(self.count, 1)
        self.model = SampleModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_rows(self.table)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col, width in enumerate((110, 90, 100, 100, 60, 110, 80)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay = QVBoxLayout(self)
        lay.addWidget(box)
        lay.addLayout(row)
        lay.addWidget(self.table, 1)
        self.build_button.clicked.connect(lambda *_: self.build())
        self.open_button.clicked.connect(lambda *_: self.review(0))
        self.table.doubleClicked.connect(lambda index: self.review(index.row()))
        self.table.activated.connect(lambda index: self.review(index.row()))
        self._load_plan()
        self.follow_data()

    # ---- the default dates follow the data -------------------------------------------
    def follow_data(self) -> None:
        """Set From/To to the week up to the newest scored call (read off the UI thread), unless the
        user already chose dates: "the last 7 days" of the calendar is empty for an older archive."""
        if self._dates_touched:
            return
        read_in_background(self.db_provider(), date_bounds, self._bounds_read,
                           lambda exc: self.datesReady.emit(), owner=self)

    def _bounds_read(self, bounds: tuple[str | None, str | None]) -> None:
        span = default_range(bounds[1])
        if span is not None and not self._dates_touched:
            self._setting_dates = True
            self.date_from.setDate(QDate.fromString(span[0], "yyyy-MM-dd"))
            self.date_to.setDate(QDate.fromString(span[1], "yyyy-MM-dd"))
            self._setting_dates = False
        self.datesReady.emit()

    def _dates_edited(self, *_: Any) -> None:
        if not self._setting_dates:
            self._dates_touched = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follow_data()  # calls imported since: the default week moves with them

    # ---- the plan, remembered --------------------------------------------------------
    def _load_plan(self) -> None:
        s = self.settings
        methods = str(s.value("sampling/methods", "random,critical") or "").split(",")
        self.use_random.setChecked("random" in methods)
        self.use_critical.setChecked("critical" in methods)
        self.use_below.setChecked("below" in methods)
        self.use_confidence.setChecked("low_confidence" in methods)
        self.use_at_risk.setChecked("at_risk" in methods)
        self.per_week.setValue(int(s.value("sampling/per_agent_week", 2)))
        self.seed.setValue(int(s.value("sampling/seed", 1)))
        self.below.setValue(float(s.value("sampling/below_score", 60)))
        self.confidence_n.setValue(int(s.value("sampling/lowest_confidence", 20)))

    def plan(self) -> SamplePlan:
        methods = tuple(m for m, box in (("at_risk", self.use_at_risk), ("random", self.use_random),
                                         ("critical", self.use_critical),
                                         ("below", self.use_below), ("low_confidence", self.use_confidence))
                        if box.isChecked())
        return SamplePlan(methods=methods, per_agent_week=self.per_week.value(), seed=self.seed.value(),
                          below_score=self.below.value(), lowest_confidence=self.confidence_n.value(),
                          date_from=self.date_from.date().toString("yyyy-MM-dd"),
                          date_to=self.date_to.date().toString("yyyy-MM-dd"),
                          only_to_review=self.only_to_review.isChecked())

    def _save_plan(self, plan: SamplePlan) -> None:
        s = self.settings
        s.setValue("sampling/methods", ",".join(plan.methods))
        s.setValue("sampling/per_agent_week", plan.per_agent_week)
        s.setValue("sampling/seed", plan.seed)
        s.setValue("sampling/below_score", plan.below_score)
        s.setValue("sampling/lowest_confidence", plan.lowest_confidence)

    def review(self, index: int = 0) -> None:
        """Open the queue's call `index` in review; next/previous follow the queue's order."""
        if self.queue:
            self.reviewCalls.emit([c.pk for c in self.queue], max(0, min(index, len(self.queue) - 1)))

    # ---- building -----------------------------------------------------------------------
    def build(self) -> None:
        """Draw the sample for the plan on screen; it is shown (and `built` emitted) when it is ready."""
        plan = self.plan()
        self._generation += 1
        generation = self._generation
        self._building = True
        self.build_button.setEnabled(False)
        self.count.setText(self.tr("Sampling…"))
        read_in_background(self.db_provider(), lambda db: build_queue_explained(db, plan),
                           lambda q: self._show(generation, plan, q), lambda exc: self._failed(generation, exc),
                           owner=self)

    def is_building(self) -> bool:
        return self._building

    def _show(self, generation: int, plan: SamplePlan, result: QueueResult) -> None:
        if generation != self._generation:
            return
        self.queue = result.calls
        self._save_plan(plan)
        self._done(self.tr("%Ln call(s) to review", "", len(self.queue)) if self.queue
                   else self.why_empty(plan, result))

    def why_empty(self, plan: SamplePlan, result: QueueResult) -> str:
        """Why the queue is empty, in the words of the plan: no calls yet, none on these dates (and the
        dates that have some), or none these ways of sampling pick."""
        if result.last_date is None:
            return self.tr("No scored calls yet: import recordings first.")
        if result.in_range == 0:
            return self.tr("No scored calls from %1 to %2. Your calls are dated %3 to %4: change From and To.") \
                .replace("%1", fmt_date(str(plan.date_from))).replace("%2", fmt_date(str(plan.date_to))) \
                .replace("%3", fmt_date(result.first_date or "")).replace("%4", fmt_date(result.last_date))
        text = self.tr("None of the %n scored call(s) from %1 to %2 is picked by the ways to sample chosen.", "",
                       result.in_range).replace("%1", fmt_date(str(plan.date_from))).replace(
            "%2", fmt_date(str(plan.date_to)))
        if plan.only_to_review:
            text += " " + self.tr("Calls already reviewed are skipped.")
        return text

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.queue = []
        self._done(error_text(str(exc)) if isinstance(exc, QAError) else f"{type(exc).__name__}: {exc}")

    def _done(self, message: str) -> None:
        self.model.set_calls(self.queue)
        self.count.setText(message)
        self.open_button.setEnabled(bool(self.queue))
        self.build_button.setEnabled(True)
        self._building = False
        self.built.emit()
