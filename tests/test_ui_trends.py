"""Trends page over a real SQLite file with known scores: plotted values, drill-down clicks, PNG export."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QDate, QDateTime, QPointF, QSettings, Qt
from PySide6.QtGui import QImage

from qa_desktop.ui.trends import TrendsPage
from tests.ui_synth import Spec, build

# Weeks start on Monday: 2026-03-02 and 2026-03-09.
SPECS = [
    Spec("Z3001", "East", "2026-03-02", 80.0, category="refund"),
    Spec("Z3001", "East", "2026-03-04", 60.0, critical=True, category="refund", greeting="fail"),
    Spec("Z3001", "East", "2026-03-10", 90.0, category="logistics"),
    Spec("Z3002", "West", "2026-03-03", 50.0, category="size", greeting="fail"),
    Spec("Z3002", "West", "2026-03-11", 70.0, category="refund"),
    Spec("Z3002", "West", "2026-04-06", 100.0, category="quality"),
]


@pytest.fixture
def page(qtbot, tmp_path: Path):
    db, pks = build(tmp_path / "qa.sqlite", SPECS)
    p = TrendsPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    qtbot.waitExposed(p)
    p.set_range("2026-03-01", "2026-04-30")
    yield p, pks
    db.close()


def _day(ts: float) -> str:
    return QDateTime.fromSecsSinceEpoch(round(ts)).date().toString("yyyy-MM-dd")


def _plotted(scatter) -> list[tuple[str, float]]:
    xs, ys = scatter.getData()
    return [(_day(x), round(float(y), 2)) for x, y in zip(xs, ys)]


def test_weekly_score_per_agent_is_plotted_with_the_call_counts(page) -> None:
    p, _ = page
    p.group.setCurrentIndex(p.group.findData("agent"))
    assert set(p.score_chart.series) == {"Z3001", "Z3002"}
    assert _plotted(p.score_chart.series["Z3001"]) == [("2026-03-02", 70.0), ("2026-03-09", 90.0)]
    assert _plotted(p.score_chart.series["Z3002"]) == [("2026-03-02", 50.0), ("2026-03-09", 70.0),
                                                       ("2026-04-06", 100.0)]
    labels = sorted(i.toPlainText() for i in p.score_chart.plot.getPlotItem().items if hasattr(i, "toPlainText"))
    assert labels == ["n=1", "n=1", "n=1", "n=1", "n=2"]
    legend = [label.text for _, label in p.score_chart.legend.items]
    assert legend == ["Z3001", "Z3002"]


def test_monthly_score_for_everyone_and_one_team(page) -> None:
    p, _ = page
    p.period.setCurrentIndex(p.period.findData("month"))
    assert _plotted(p.score_chart.series["all"]) == [("2026-03-01", 70.0), ("2026-04-01", 100.0)]
    p.group.setCurrentIndex(p.group.findData("team"))
    p.key.setCurrentIndex(p.key.findData("East"))
    assert set(p.score_chart.series) == {"East"}
    assert _plotted(p.score_chart.series["East"]) == [("2026-03-01", round((80 + 60 + 90) / 3, 2))]


def test_clicking_a_point_lists_the_calls_behind_it(page, qtbot) -> None:
    p, pks = page
    p.group.setCurrentIndex(p.group.findData("agent"))
    plot = p.score_chart.plot
    scatter = p.score_chart.series["Z3001"]
    xs, ys = scatter.getData()
    scene_pos = plot.getPlotItem().vb.mapViewToScene(QPointF(xs[0], ys[0]))
    widget_pos = plot.mapFromScene(scene_pos)
    with qtbot.waitSignal(p.openCalls, timeout=2000) as blocker:
        qtbot.mousePress(plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
        qtbot.mouseRelease(plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
    assert blocker.args[0] == [pks[0], pks[1]]  # Z3001's two calls of the week of 2 March


def test_rule_failure_rates_and_drill_down(page) -> None:
    p, pks = page
    series = p.rule_chart.series
    assert "greeting" in series and "forbidden" in series
    assert _plotted(series["greeting"])[0] == ("2026-03-02", round(100 * 2 / 3, 2))  # 2 of 3 calls that week
    assert _plotted(series["forbidden"])[0] == ("2026-03-02", round(100 / 3, 2))
    assert p.calls_for(("rule", "2026-03-02", "greeting")) == [pks[3], pks[1]]  # by date


def test_category_mix_is_stacked_per_month_and_clickable(page, qtbot) -> None:
    p, pks = page
    march = sorted((b.point.category, round(b.y1 - b.y0, 1)) for b in p.category_chart.bars
                   if b.point.period == "2026-03-01")
    assert march == [("logistics", 20.0), ("refund", 60.0), ("size", 20.0)]
    tops = {b.point.period: 0.0 for b in p.category_chart.bars}
    for b in p.category_chart.bars:
        tops[b.point.period] = max(tops[b.point.period], b.y1)
    assert all(abs(t - 100.0) < 1e-6 for t in tops.values())  # each month's bar sums to 100 %
    p.tabs.setCurrentWidget(p.category_chart)
    refund = next(b for b in p.category_chart.bars if b.point.period == "2026-03-01" and b.point.category == "refund")
    plot = p.category_chart.plot
    scene = plot.getPlotItem().vb.mapViewToScene(QPointF((refund.x0 + refund.x1) / 2, (refund.y0 + refund.y1) / 2))
    pos = plot.mapFromScene(scene)
    with qtbot.waitSignal(p.openCalls, timeout=2000) as blocker:
        qtbot.mousePress(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseRelease(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args[0] == [pks[0], pks[1], pks[4]]


def test_ranking_orders_agents_by_score_and_counts_critical_failures(page) -> None:
    p, _ = page
    rows = [(p.ranking.table.item(r, 1).text(), p.ranking.table.item(r, 4).text(), p.ranking.table.item(r, 5).text())
            for r in range(p.ranking.table.rowCount())]
    assert rows == [("Z3001", "76.7", "1"), ("Z3002", "73.3", "0")]  # (80+60+90)/3, (50+70+100)/3


def test_exported_chart_is_a_real_non_blank_png(page, tmp_path: Path) -> None:
    p, _ = page
    p.group.setCurrentIndex(p.group.findData("agent"))
    out = p.export_png(tmp_path / "trend.png", width=1000)
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 1000
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # lines, points, axes and text, not a blank canvas


def test_date_range_filters_points(page) -> None:
    p, _ = page
    p.date_to.setDate(QDate(2026, 3, 8))
    assert _plotted(p.score_chart.series["all"]) == [("2026-03-02", round((80 + 60 + 50) / 3, 2))]


def test_hover_tooltip_names_the_point_its_score_and_call_count(page) -> None:
    p, _ = page
    p.group.setCurrentIndex(p.group.findData("agent"))
    scatter = p.score_chart.series["Z3001"]
    spot = scatter.points()[0]
    tip = scatter.opts["tip"](x=spot.pos().x(), y=spot.pos().y(), data=spot.data())
    assert "Z3001" in tip and "70.0" in tip and "2 calls" in tip


def test_many_agents_are_capped_to_the_busiest_with_a_hint(page, monkeypatch) -> None:
    p, _ = page
    monkeypatch.setattr(type(p.score_chart), "MAX_SERIES", 1)
    p.group.setCurrentIndex(p.group.findData("agent"))
    assert list(p.score_chart.series) == ["Z3001"]  # 3 calls each: ties go by name
    assert p.score_chart.hidden == 1
    assert "1 agents or teams" in p.hint.text()


def test_an_empty_range_says_so(page) -> None:
    p, _ = page
    p.set_range("2025-01-01", "2025-01-31")
    assert p.score_chart.series == {} and p.category_chart.bars == []
    assert p.hint.text().startswith("No scored calls between")
