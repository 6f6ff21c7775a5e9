"""The Trends page: filters on top, one tab per chart, export as PNG, scorecards.

Every query runs on a pool thread with its own connection (over 100,000 calls
a full refresh takes a tenth of a second or more, which the window must not
wait for); the results come back by signal and a result asked for before the
latest filter change is dropped. The page refreshes whenever it is shown, so
freshly imported calls appear without a manual refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.errors import QAError
from qa_desktop.reports import (
    calls_failing_rule,
    calls_for_category,
    category_mix_by_period,
)
from qa_desktop.storage import CallFilter
from qa_desktop.storage import pack_rollup
from qa_desktop.storage.pack_rollup import rule_trend_by_pack
from qa_desktop.storage.disputes import dispute_rates
from qa_desktop.ui.call_list_filters import CATEGORIES
from qa_desktop.ui.call_list_model import category_label
from qa_desktop.ui.locale_fmt import date_edit, fmt_date
from qa_desktop.ui.messages import error_text
from qa_desktop.ui.trends.charts import CategoryChart, RuleChart, ScoreChart
from qa_desktop.ui.trends.escalation_chart import EscalationChart
from qa_desktop.ui.trends.disputes import DisputeRatesView
from qa_desktop.ui.trends.ranking import RankingView
from qa_desktop.ui.trends.repeats_view import RepeatsView
from qa_desktop.ui.workers import read_in_background

PERIODS = ("day", "week", "month")
MAX_CATEGORY_BARS = 31  # a month of days, half a year of weeks


def periods_between(period: str, date_from: str, date_to: str) -> int:
    """How many days / weeks / months the range spans (bars on a per-period chart)."""
    try:
        a, b = date.fromisoformat(date_from[:10]), date.fromisoformat(date_to[:10])
    except ValueError:
        return 0
    days = abs((b - a).days) + 1
    if period == "day":
        return days
    if period == "week":
        return -(-days // 7) + 1
    return abs((b.year - a.year) * 12 + b.month - a.month) + 1


def category_period(period: str, date_from: str, date_to: str) -> str:
    """The chosen period for the category bars, or the next longer one when it would give too many bars."""
    for candidate in PERIODS[PERIODS.index(period):]:
        if periods_between(candidate, date_from, date_to) <= MAX_CATEGORY_BARS:
            return candidate
    return "month"


@dataclass(frozen=True, slots=True)
class TrendQuery:
    group: str
    key: str | None
    period: str
    date_from: str
    date_to: str
    agent: str | None
    team: str | None
    mix_period: str


def run_queries(db: Any, q: TrendQuery) -> dict[str, Any]:
    """Everything the page draws, read in one go (on a pool thread, or here for an in-memory database)."""
    return {
        "agents": db.agents(),
        "points": ScoreChart.busiest(db.trend(q.group, q.period, q.date_from, q.date_to, key=q.key)),
        "rules": rule_trend_by_pack(db.conn, q.period, q.date_from, q.date_to, q.agent, q.team),
        "mix": category_mix_by_period(db, q.mix_period, q.date_from, q.date_to, agent=q.agent, team=q.team),
        "ranks": db.agent_ranking(q.date_from, q.date_to, q.team),
        "escalation": db.escalation_trend(q.group, q.period, q.date_from, q.date_to, key=q.key),
        "disputes": dispute_rates(db, q.date_from, q.date_to, q.agent, q.team),
    }


class TrendsPage(QWidget):
    openCalls = Signal(list)
    refreshed = Signal()  # the charts show the latest filters

    def __init__(self, db_provider: Callable[[], Any], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self.settings = settings
        self.group = QComboBox(self)
        for label, value in ((self.tr("Everyone"), "all"), (self.tr("Per team"), "team"),
                             (self.tr("Per agent"), "agent")):
            self.group.addItem(label, value)
        self.key = QComboBox(self)
        self.key.setMinimumWidth(140)
        self.period = QComboBox(self)
        for label, value in ((self.tr("Day"), "day"), (self.tr("Week"), "week"), (self.tr("Month"), "month")):
            self.period.addItem(label, value)
        self.period.setCurrentIndex(1)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-6), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            date_edit(edit)
        self.export_button = QPushButton(self.tr("Export chart as PNG…"), self)
        self.scorecard_button = QPushButton(self.tr("Scorecard…"), self)
        top = QHBoxLayout()
        for label, w in ((self.tr("Show"), self.group), (self.tr("Who"), self.key), (self.tr("Per"), self.period),
                         (self.tr("From"), self.date_from), (self.tr("To"), self.date_to)):
            top.addWidget(QLabel(label, self))
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.scorecard_button)

        self.score_chart = ScoreChart(self)
        self.rule_chart = RuleChart(self)
        self.category_chart = CategoryChart(self)
        self.escalation_chart = EscalationChart(self)
        self.ranking = RankingView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.score_chart, self.tr("Score over time"))
        self.tabs.addTab(self.rule_chart, self.tr("Rule failures"))
        self.tabs.addTab(self.category_chart, self.tr("Complaint categories"))
        self.tabs.addTab(self.escalation_chart, self.tr("Escalation risk"))
        self.tabs.addTab(self.ranking, self.tr("Agent ranking"))
        self.disputes = DisputeRatesView(self)
        self.tabs.addTab(self.disputes, self.tr("Disputes per rule"))
        self.repeats = RepeatsView(db_provider, self)  # reads its own numbers (storage.repeats)
        self.tabs.addTab(self.repeats, self.tr("Repeat contacts"))
        self.repeats.openCalls.connect(self.openCalls)
        self.hint = QLabel(self.tr("Click a point or a bar to list the calls behind it."), self)
        self.hint.setStyleSheet("color:#666;")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.hint)

        self.group.currentIndexChanged.connect(self._group_changed)
        for sig in (self.key.currentIndexChanged, self.period.currentIndexChanged, self.date_from.dateChanged,
                    self.date_to.dateChanged):
            sig.connect(self.refresh)
        for chart in (self.score_chart, self.rule_chart, self.category_chart, self.escalation_chart):
            chart.pointClicked.connect(self._point_clicked)
        self.ranking.agentActivated.connect(self._agent_calls)
        self.export_button.clicked.connect(self._export_clicked)
        self.scorecard_button.clicked.connect(self._scorecard_clicked)
        self._loading = False  # filters being set by code: one refresh at the end
        self._generation = 0
        self._pending = False
        self._agents: list[tuple[str, str]] | None = None

    # ---- filters --------------------------------------------------------------------
    def set_range(self, date_from: str, date_to: str) -> None:
        self._loading = True
        self.date_from.setDate(QDate.fromString(date_from, "yyyy-MM-dd"))
        self.date_to.setDate(QDate.fromString(date_to, "yyyy-MM-dd"))
        self._loading = False
        self.refresh()

    def _range(self) -> tuple[str, str]:
        return self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd")

    def _selected(self) -> tuple[str, str | None, str]:
        return self.group.currentData(), self.key.currentData() or None, self.period.currentData()

    def _group_changed(self) -> None:
        self._loading = True
        self.key.clear()
        self.key.addItem(self.tr("All"), None)
        self._fill_keys()
        self.key.setEnabled(self.group.currentData() != "all")
        self._loading = False
        self.refresh()

    def _fill_keys(self) -> None:
        """The agents or teams under "Who" (from the last refresh; the current choice is kept)."""
        group = self.group.currentData()
        if group == "all" or self._agents is None:
            return
        names = sorted({a for a, _ in self._agents} if group == "agent" else {t for _, t in self._agents if t})
        have = [self.key.itemData(i) for i in range(1, self.key.count())]
        if have == names:
            return
        current = self.key.currentData()
        self.key.blockSignals(True)
        while self.key.count() > 1:
            self.key.removeItem(1)
        for name in names:
            self.key.addItem(name, name)
        self.key.setCurrentIndex(max(0, self.key.findData(current)))
        self.key.blockSignals(False)

    def _filters(self) -> dict[str, str | None]:
        """Agent/team restriction for the rule, category and ranking charts."""
        group, key, _ = self._selected()
        return {"agent": key if group == "agent" else None, "team": key if group == "team" else None}

    # ---- drawing --------------------------------------------------------------------
    def query(self) -> TrendQuery:
        group, key, period = self._selected()
        date_from, date_to = self._range()
        f = self._filters()
        return TrendQuery(group, key, period, date_from, date_to, f["agent"], f["team"],
                          category_period(period, date_from, date_to))

    def refresh(self) -> None:
        """Ask for the charts of the current filters; they are drawn when the answer comes (`refreshed`)."""
        if self._loading:
            return
        q = self.query()
        self._generation += 1
        generation = self._generation
        self._pending = True
        read_in_background(self.db_provider(), lambda db: run_queries(db, q), lambda r: self._show(generation, q, r),
                           lambda exc: self._failed(generation, exc), owner=self)
        self.repeats.refresh(q.date_from, q.date_to, q.agent, q.team)

    def is_refreshing(self) -> bool:
        return self._pending

    def _show(self, generation: int, q: TrendQuery, r: dict[str, Any]) -> None:
        """Draw the answer: the chart on screen first, then one other chart per turn of the event loop,
        so that drawing four charts over a large database never holds the window for long."""
        if generation != self._generation:
            return  # the filters changed while these were read: a newer answer is on its way
        self._agents = r["agents"]
        self._fill_keys()
        draw = {self.score_chart: lambda: self._draw_scores(q, r["points"]),
                self.rule_chart: lambda: self.rule_chart.show_points(r["rules"]),
                self.category_chart: lambda: self._draw_categories(q, r["mix"]),
                self.ranking: lambda: self.ranking.show_ranks(r["ranks"]),
                self.escalation_chart: lambda: self.escalation_chart.show_points(r["escalation"], q.period,
                                                                                 self.tr("Everyone")),
                self.disputes: lambda: self.disputes.show_rates(r["disputes"])}
        current = self.tabs.currentWidget()
        steps = [draw.pop(current)] if current in draw else []
        steps += list(draw.values())

        def next_step() -> None:
            if generation != self._generation:
                return
            steps.pop(0)()
            if steps:
                QTimer.singleShot(0, self, next_step)  # never after the page is gone (window closed)
            else:
                self._pending = False
                self.refreshed.emit()

        next_step()

    def _draw_scores(self, q: TrendQuery, points: tuple[dict[str, list], int]) -> None:
        self.score_chart.show_points(points, q.period, self.tr("Everyone"))
        hint = self.tr("Click a point or a bar to list the calls behind it.")
        if not points[0]:
            hint = self.tr("No scored calls between %1 and %2.").replace("%1", fmt_date(q.date_from)).replace(
                "%2", fmt_date(q.date_to))
        if self.score_chart.hidden:
            hint += " " + self.tr("The score chart shows the %1 agents or teams with the most calls; "
                                  "pick one under “Who” to see another.").replace("%1", str(ScoreChart.MAX_SERIES))
        self.hint.setText(hint)

    def _draw_categories(self, q: TrendQuery, mix: list[Any]) -> None:
        self.category_chart.show_points(mix, q.mix_period, self.category_titles())
        names = {"day": self.tr("day"), "week": self.tr("week"), "month": self.tr("month")}
        self.category_chart.set_note("" if q.mix_period == q.period else self.tr(
            "Shown per %1: per %2 there would be too many bars for this range.").replace(
            "%1", names[q.mix_period]).replace("%2", names[q.period]))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self.hint.setText(error_text(str(exc)) if isinstance(exc, QAError) else self.tr(
            "The charts could not be read: %1").replace("%1", f"{type(exc).__name__}: {exc}"))
        self.refreshed.emit()

    def category_titles(self) -> dict[str, str]:
        return {c: category_label(c) for c in CATEGORIES}

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.key.count() == 0:
            self._group_changed()
        else:
            self.refresh()

    # ---- drilling into calls ------------------------------------------------------
    def calls_for(self, target: tuple[str, str, str]) -> list[int]:
        kind, period_start, key = target
        db = self.db_provider()
        if kind == "score":
            return db.calls_for_point(self.group.currentData(), self.score_chart.period, period_start,
                                      None if key == "all" else key)
        if kind == "rule" and isinstance(key, tuple):  # (pack, rule, informational): its failures, or where found
            pack, rule, info = key
            return pack_rollup.calls_failing(db, self.period.currentData(), period_start, pack, rule,
                                             status="pass" if info else "fail", **self._filters())
        if kind == "escalation":
            return db.calls_at_risk(self.group.currentData(), self.escalation_chart.period, period_start,
                                    None if key == "all" else key)
        if kind == "rule":
            return calls_failing_rule(db, self.period.currentData(), period_start, key, **self._filters())
        return calls_for_category(db, self.category_chart.period, period_start, key, **self._filters())

    def _point_clicked(self, target: tuple[str, str, str]) -> None:
        pks = self.calls_for(target)
        if pks:
            self.openCalls.emit(pks)

    def _agent_calls(self, agent: str) -> None:
        date_from, date_to = self._range()
        rows = self.db_provider().query_calls(CallFilter(agent=agent, date_from=date_from, date_to=date_to),
                                              limit=10_000)
        if rows:
            self.openCalls.emit([r.pk for r in rows])

    # ---- export ---------------------------------------------------------------------
    def current_plot(self) -> Any:
        w = self.tabs.currentWidget()
        return w.plot

    def export_png(self, path: str | Path, width: int = 1600) -> Path:
        """The current chart as a PNG (pyqtgraph's ImageExporter), `width` pixels wide."""
        from pyqtgraph import exporters

        path = Path(path)
        exporter = exporters.ImageExporter(self.current_plot().getPlotItem())
        exporter.parameters()["width"] = width
        try:
            exporter.export(str(path))
        except Exception as exc:  # noqa: BLE001 - disk full, no permission: tell the user which file
            raise QAError(path, f"cannot write the image ({exc})") from None
        if not path.exists():
            raise QAError(path, "the image could not be written")
        return path

    def _export_clicked(self) -> None:
        name = self.tabs.tabText(self.tabs.currentIndex()).replace(" ", "_")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), f"{name}.png",
                                              self.tr("PNG images (*.png)"))
        if path:
            try:
                self.export_png(path)
            except QAError as exc:
                QMessageBox.warning(self, self.tr("Export chart"), error_text(str(exc)))

    def _scorecard_clicked(self) -> None:
        from qa_desktop.ui.scorecard_export import ScorecardDialog

        group, key, _ = self._selected()
        date_from, date_to = self._range()
        dialog = ScorecardDialog(self.db_provider, self.settings, self, subject="team" if group == "team" else "agent",
                                 name=key, date_from=date_from, date_to=date_to)
        dialog.exec()

