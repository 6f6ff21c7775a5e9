"""Escalation risk where inspectors look: the call list (column, filter, sort), the review
queue ("calls at risk first") and the trends (rate per agent/team and period), over a real
SQLite file and real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QSettings, Qt

from qa_desktop.storage import CallFilter
from qa_desktop.ui.call_list_filters import CallFilterBar
from qa_desktop.ui.call_list_model import COLUMNS, CallListModel
from qa_desktop.ui.sampling import SamplingPage
from qa_desktop.ui.trends.page import TrendsPage
from tests.ui_synth import Spec, build, english, wait_for_list, wait_for_trends  # noqa: F401 - english: a fixture

SPECS = [
    Spec("Z3001", "East", "2026-03-02", 80.0, escalation="none"),
    Spec("Z3001", "East", "2026-03-03", 70.0, escalation="high"),
    Spec("Z3002", "West", "2026-03-03", 90.0, escalation="low"),
    Spec("Z3002", "West", "2026-03-10", 85.0, escalation="none"),
    Spec("Z3002", "West", "2026-03-11", 95.0),  # scored before escalation was assessed
]


def _column(key: str) -> int:
    return [c.key for c in COLUMNS].index(key)


def test_the_call_list_shows_filters_and_sorts_by_escalation(qtbot, tmp_path: Path, english) -> None:
    db, pks = build(tmp_path / "qa.sqlite", SPECS)
    model = CallListModel(lambda: db)
    bar = CallFilterBar()
    qtbot.addWidget(bar)
    bar.filtersChanged.connect(model.set_filters)
    model.set_filters(bar.current())
    wait_for_list(qtbot, model)
    cells = {model.data(model.index(r, 0), model.PkRole): model.data(model.index(r, _column("escalation")))
             for r in range(model.rowCount())}
    assert cells == {pks[0]: "", pks[1]: "High risk", pks[2]: "Some risk", pks[3]: "", pks[4]: ""}

    with qtbot.waitSignal(model.listReady, timeout=5000):
        bar.escalation.setCurrentIndex(bar.escalation.findData("at-risk"))
    assert sorted(model.pks()) == [pks[1], pks[2]]
    with qtbot.waitSignal(model.listReady, timeout=5000):
        bar.escalation.setCurrentIndex(bar.escalation.findData("high"))
    assert model.pks() == [pks[1]]
    with qtbot.waitSignal(model.listReady, timeout=5000):
        bar.clear()
    model.sort(_column("escalation"), Qt.SortOrder.DescendingOrder)
    wait_for_list(qtbot, model)
    assert model.pks()[:2] == [pks[1], pks[2]]
    assert db.count_calls(CallFilter(escalation="none")) == 3  # calm, or not assessed
    db.close()


def test_review_queue_puts_the_calls_at_risk_first(qtbot, tmp_path: Path, english) -> None:
    db, pks = build(tmp_path / "qa.sqlite", SPECS)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = SamplingPage(lambda: db, settings)
    qtbot.addWidget(page)
    page.date_from.setDate(QDate(2026, 3, 1))
    page.date_to.setDate(QDate(2026, 3, 31))
    page.use_random.setChecked(False)
    page.use_critical.setChecked(False)
    page.use_below.setChecked(True)
    page.below.setValue(82)
    page.use_at_risk.setChecked(True)
    with qtbot.waitSignal(page.built, timeout=10_000):
        page.build()
    assert [c.pk for c in page.queue] == [pks[1], pks[2], pks[0]]  # high, then low, then the low score
    assert page.model.text(0, 7) == "escalation risk, low score" and page.model.text(1, 7) == "escalation risk"
    again = SamplingPage(lambda: db, settings)
    qtbot.addWidget(again)
    assert again.use_at_risk.isChecked()
    db.close()


def _plotted(scatter) -> list[tuple[str, float]]:
    xs, ys = scatter.getData()
    return [(QDateTime.fromSecsSinceEpoch(round(x)).date().toString("yyyy-MM-dd"), round(float(y), 1))
            for x, y in zip(xs, ys)]


def test_trends_plot_the_escalation_rate_per_agent_and_list_the_calls_at_risk(qtbot, tmp_path: Path,
                                                                              english) -> None:
    db, pks = build(tmp_path / "qa.sqlite", SPECS)
    p = TrendsPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    qtbot.waitExposed(p)
    p.set_range("2026-03-01", "2026-03-31")
    wait_for_trends(qtbot, p)
    assert p.tabs.tabText(p.tabs.indexOf(p.escalation_chart)) == "Escalation risk"
    # week of 2 March: 2 of 3 assessed calls at risk; week of 9 March: 0 of 1 (the unassessed call not counted)
    assert _plotted(p.escalation_chart.series["all"]) == [("2026-03-02", 66.7), ("2026-03-09", 0.0)]
    p.group.setCurrentIndex(p.group.findData("agent"))
    wait_for_trends(qtbot, p)
    assert _plotted(p.escalation_chart.series["Z3001"]) == [("2026-03-02", 50.0)]
    assert _plotted(p.escalation_chart.series["Z3002"]) == [("2026-03-02", 100.0), ("2026-03-09", 0.0)]
    assert p.calls_for(("escalation", "2026-03-02", "Z3001")) == [pks[1]]
    db.close()
