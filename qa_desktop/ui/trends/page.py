"""The Trends page: filters on top, one tab per chart, export as PNG, scorecards.

Queries are small aggregates over `call_summary`, so they run on the UI thread
when a filter changes; the page reloads whenever it is shown so freshly
imported calls appear without a manual refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Signal
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
from qa_desktop.ui.trends.charts import CategoryChart, RuleChart, ScoreChart
from qa_desktop.ui.trends.plotting import fmt_day
from qa_desktop.ui.trends.ranking import RankingView


class TrendsPage(QWidget):
    openCalls = Signal(list)

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
            edit.setCalendarPopup(True)
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
        self.ranking = RankingView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.score_chart, self.tr("Score over time"))
        self.tabs.addTab(self.rule_chart, self.tr("Rule failures"))
        self.tabs.addTab(self.category_chart, self.tr("Complaint categories"))
        self.tabs.addTab(self.ranking, self.tr("Agent ranking"))
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
        for chart in (self.score_chart, self.rule_chart, self.category_chart):
            chart.pointClicked.connect(self._point_clicked)
        self.ranking.agentActivated.connect(self._agent_calls)
        self.export_button.clicked.connect(self._export_clicked)
        self.scorecard_button.clicked.connect(self._scorecard_clicked)
        self._loading = False

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
        group = self.group.currentData()
        self.key.addItem(self.tr("All"), None)
        if group != "all":
            agents = self.db_provider().agents()
            names = sorted({a for a, _ in agents} if group == "agent" else {t for _, t in agents if t})
            for name in names:
                self.key.addItem(name, name)
        self.key.setEnabled(group != "all")
        self._loading = False
        self.refresh()

    def _filters(self) -> dict[str, str | None]:
        """Agent/team restriction for the rule, category and ranking charts."""
        group, key, _ = self._selected()
        return {"agent": key if group == "agent" else None, "team": key if group == "team" else None}

    # ---- drawing --------------------------------------------------------------------
    def refresh(self) -> None:
        if self._loading:
            return
        db = self.db_provider()
        group, key, period = self._selected()
        date_from, date_to = self._range()
        f = self._filters()
        points = db.trend(group, period, date_from, date_to, key=key)
        self.score_chart.show_points(points, period, self.tr("Everyone"))
        hint = self.tr("Click a point or a bar to list the calls behind it.")
        if not points:
            hint = self.tr("No scored calls between %1 and %2.").replace("%1", fmt_day(date_from)).replace(
                "%2", fmt_day(date_to))
        if self.score_chart.hidden:
            hint += " " + self.tr("The score chart shows the %1 agents or teams with the most calls; "
                                  "pick one under “Who” to see another.").replace("%1", str(ScoreChart.MAX_SERIES))
        self.hint.setText(hint)
        self.rule_chart.show_points(db.rule_failure_trend(period, date_from, date_to, f["agent"], f["team"]))
        mix_period = "month" if period != "day" else "week"
        self.category_chart.show_points(category_mix_by_period(db, mix_period, date_from, date_to, **f), mix_period,
                                        self.category_titles())
        self.ranking.show_ranks(db.agent_ranking(date_from, date_to, f["team"]))

    def category_titles(self) -> dict[str, str]:
        return {"logistics": self.tr("Logistics"), "refund": self.tr("Refund"), "size": self.tr("Size"),
                "quality": self.tr("Quality"), "other": self.tr("Other")}

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
                QMessageBox.warning(self, self.tr("Export chart"), str(exc))

    def _scorecard_clicked(self) -> None:
        from qa_desktop.ui.scorecard_export import ScorecardDialog

        group, key, _ = self._selected()
        date_from, date_to = self._range()
        dialog = ScorecardDialog(self.db_provider, self.settings, self, subject="team" if group == "team" else "agent",
                                 name=key, date_from=date_from, date_to=date_to)
        dialog.exec()

