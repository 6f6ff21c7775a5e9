"""Trends page over a real SQLite file with known scores: plotted values, drill-down clicks, PNG export."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pyqtgraph")

from PySide6.QtCore import QDate, QDateTime, QPointF, QSettings, Qt
from PySide6.QtGui import QImage

from qa_desktop.ui.trends import TrendsPage
from tests.ui_synth import Spec, build, english, wait_for_trends  # noqa: F401 - english: a fixture

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
def page(qtbot, tmp_path: Path, english):
    db, pks = build(tmp_path / "qa.sqlite", SPECS)
    p = TrendsPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    qtbot.waitExposed(p)
    p.set_range("2026-03-01", "2026-04-30")
    wait_for_trends(qtbot, p)
    yield p, pks
    db.close()


def _choose(qtbot, p: TrendsPage, combo, value) -> None:  # noqa: ANN001
    """Pick a filter as a user would and wait for the charts (they are read on a pool thread)."""
    combo.setCurrentIndex(combo.findData(value))
    wait_for_trends(qtbot, p)


def _day(ts: float) -> str:
    return QDateTime.fromSecsSinceEpoch(round(ts)).date().toString("yyyy-MM-dd")


def _plotted(scatter) -> list[tuple[str, float]]:
    xs, ys = scatter.getData()
    return [(_day(x), round(float(y), 2)) for x, y in zip(xs, ys)]


def test_weekly_score_per_agent_is_plotted_with_the_call_counts(page, qtbot) -> None:
    p, _ = page
    _choose(qtbot, p, p.group, "agent")
    assert set(p.score_chart.series) == {"Z3001", "Z3002"}
    assert _plotted(p.score_chart.series["Z3001"]) == [("2026-03-02", 70.0), ("2026-03-09", 90.0)]
    assert _plotted(p.score_chart.series["Z3002"]) == [("2026-03-02", 50.0), ("2026-03-09", 70.0),
                                                       ("2026-04-06", 100.0)]
    labels = sorted(i.toPlainText() for i in p.score_chart.plot.getPlotItem().items if hasattr(i, "toPlainText"))
    assert labels == ["n=1", "n=1", "n=1", "n=1", "n=2"]
    legend = [label.text for _, label in p.score_chart.legend.items]
    assert legend == ["Z3001", "Z3002"]


def test_monthly_score_for_everyone_and_one_team(page, qtbot) -> None:
    p, _ = page
    _choose(qtbot, p, p.period, "month")
    assert _plotted(p.score_chart.series["all"]) == [("2026-03-01", 70.0), ("2026-04-01", 100.0)]
    _choose(qtbot, p, p.group, "team")
    _choose(qtbot, p, p.key, "East")
    assert set(p.score_chart.series) == {"East"}
    assert _plotted(p.score_chart.series["East"]) == [("2026-03-01", round((80 + 60 + 90) / 3, 2))]


def test_clicking_a_point_lists_the_calls_behind_it(page, qtbot) -> None:
    p, pks = page
    _choose(qtbot, p, p.group, "agent")
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
    greeting, forbidden = ("zh-ecommerce", "greeting"), ("zh-ecommerce", "forbidden")
    assert greeting in series and forbidden in series
    assert _plotted(series[greeting])[0] == ("2026-03-02", round(100 * 2 / 3, 2))  # 2 of 3 calls that week
    assert _plotted(series[forbidden])[0] == ("2026-03-02", round(100 / 3, 2))
    assert p.calls_for(("rule", "2026-03-02", "greeting")) == [pks[3], pks[1]]  # by date
    assert p.calls_for(("rule", "2026-03-02", ("zh-ecommerce", "greeting", False))) == [pks[3], pks[1]]


def test_category_mix_follows_the_chosen_period_and_is_clickable(page, qtbot) -> None:
    p, pks = page
    assert p.category_chart.period == "week"  # the period chosen above the charts (9 weeks: not too many bars)
    first_week = sorted((b.point.category, round(b.y1 - b.y0, 1)) for b in p.category_chart.bars
                        if b.point.period == "2026-03-02")
    assert first_week == [("refund", 66.7), ("size", 33.3)]  # Z3001's two refunds and Z3002's size call
    _choose(qtbot, p, p.period, "month")
    assert p.category_chart.period == "month" and p.category_chart.note == ""
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


def test_category_bars_per_day_become_weeks_over_a_long_range(page, qtbot) -> None:
    p, _ = page
    _choose(qtbot, p, p.period, "day")  # 61 days: too many bars, so weeks, and the chart says why
    assert p.category_chart.period == "week"
    assert "per week" in p.category_chart.note and "per day" in p.category_chart.note
    p.set_range("2026-03-01", "2026-03-20")
    wait_for_trends(qtbot, p)
    assert p.category_chart.period == "day" and p.category_chart.note == ""
    assert {b.point.period for b in p.category_chart.bars} == {"2026-03-02", "2026-03-03", "2026-03-04",
                                                                "2026-03-10", "2026-03-11"}


def test_ranking_orders_agents_by_score_and_counts_critical_failures(page) -> None:
    p, _ = page
    rows = [(p.ranking.table.item(r, 1).text(), p.ranking.table.item(r, 4).text(), p.ranking.table.item(r, 5).text())
            for r in range(p.ranking.table.rowCount())]
    assert rows == [("Z3001", "76.7", "1"), ("Z3002", "73.3", "0")]  # (80+60+90)/3, (50+70+100)/3


def test_exported_chart_is_a_real_non_blank_png(page, qtbot, tmp_path: Path) -> None:
    p, _ = page
    _choose(qtbot, p, p.group, "agent")
    out = p.export_png(tmp_path / "trend.png", width=1000)
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 1000
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # lines, points, axes and text, not a blank canvas


def test_date_range_filters_points(page, qtbot) -> None:
    p, _ = page
    p.date_to.setDate(QDate(2026, 3, 8))
    wait_for_trends(qtbot, p)
    assert _plotted(p.score_chart.series["all"]) == [("2026-03-02", round((80 + 60 + 50) / 3, 2))]


def test_hover_tooltip_names_the_point_its_score_and_call_count(page, qtbot) -> None:
    p, _ = page
    _choose(qtbot, p, p.group, "agent")
    scatter = p.score_chart.series["Z3001"]
    spot = scatter.points()[0]
    tip = scatter.opts["tip"](x=spot.pos().x(), y=spot.pos().y(), data=spot.data())
    assert "Z3001" in tip and "70.0" in tip and "2 calls" in tip


def test_many_agents_are_capped_to_the_busiest_with_a_hint(page, qtbot, monkeypatch) -> None:
    p, _ = page
    monkeypatch.setattr(type(p.score_chart), "MAX_SERIES", 1)
    _choose(qtbot, p, p.group, "agent")
    assert list(p.score_chart.series) == ["Z3001"]  # 3 calls each: ties go by name
    assert p.score_chart.hidden == 1
    assert "1 agents or teams" in p.hint.text()


def test_call_counts_stay_visible_on_a_crowded_chart(page, qtbot, tmp_path: Path) -> None:
    """Above MAX_LABELS points every k-th point keeps its "n=" label, and every tooltip has the count."""
    from qa_desktop.ui.trends.charts import ScoreChart
    from qa_desktop.storage.records import TrendPoint

    chart = ScoreChart()
    qtbot.addWidget(chart)
    days = [f"2026-{m:02d}-{d:02d}" for m in range(1, 7) for d in range(1, 29)]  # 168 points
    chart.show_points([TrendPoint(day, "all", 70.0 + i % 9, 10 + i) for i, day in enumerate(days)], "day", "All")
    labels = [label.toPlainText() for label in chart.labels]
    assert ScoreChart.MAX_LABELS // 2 <= len(labels) <= ScoreChart.MAX_LABELS
    assert labels[0] == "n=10" and labels[-1] == f"n={10 + len(days) - 1}"  # both ends are labelled
    scatter = chart.series["all"]
    spot = scatter.points()[101]  # an unlabelled point still says how many calls it has
    tip = scatter.opts["tip"](x=spot.pos().x(), y=spot.pos().y(), data=spot.data())
    assert "111 calls" in tip


def test_an_empty_range_says_so(page, qtbot) -> None:
    p, _ = page
    p.set_range("2025-01-01", "2025-01-31")
    wait_for_trends(qtbot, p)
    assert p.score_chart.series == {} and p.category_chart.bars == []
    assert p.hint.text().startswith("No scored calls between")


def test_rule_chart_keeps_packs_apart_and_lets_the_user_pick_series(qtbot, tmp_path: Path, english) -> None:
    """A Chinese and an English pack share rule ids: the English calls' greeting failures are their own
    series under the English title, not added to 开场白; the legend is a list beside the plot whose
    ticks show and hide series; the informational rule is "found", never "failing"."""
    specs = [
        Spec("Z3001", "East", "2026-03-02", 80.0, greeting="fail", problem="pass"),
        Spec("Z3001", "East", "2026-03-03", 90.0, problem="fail"),
        Spec("Y4001", "East", "2026-03-03", 60.0, greeting="fail", closing="fail", pack="en-retail"),
        Spec("Y4001", "East", "2026-03-04", 60.0, greeting="fail", pack="en-retail"),
        Spec("Y4001", "East", "2026-03-05", 70.0, pack="en-retail"),
    ]
    db, pks = build(tmp_path / "qa.sqlite", specs)
    p = TrendsPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    p.tabs.setCurrentWidget(p.rule_chart)
    p.set_range("2026-03-01", "2026-03-31")
    wait_for_trends(qtbot, p)
    chart = p.rule_chart
    zh, en = ("zh-ecommerce", "greeting"), ("en-retail", "greeting")
    assert _plotted(chart.series[zh]) == [("2026-03-02", 50.0)]  # 1 of the 2 Chinese calls
    assert _plotted(chart.series[en]) == [("2026-03-02", round(100 * 2 / 3, 2))]  # 2 of the 3 English calls
    labels = chart.legend_labels()
    assert "开场白 (zh-ecommerce)" in labels and "Greeting (en-retail)" in labels
    # the legend is beside the plot, not drawn over it
    assert chart.plot.getPlotItem().legend is None
    list_box = chart.series_list.geometry()
    assert not list_box.intersects(chart.plot.geometry()) and chart.series_list.isVisible()
    # the most failed rules are ticked and drawn; unticking hides a series, ticking shows it again
    assert en in chart.shown() and chart.series[en].isVisible()
    chart.set_shown(en, False)
    assert en not in chart.shown() and not chart.series[en].isVisible()
    chart.set_shown(en, True)
    assert chart.series[en].isVisible()
    # selecting a series in the list draws it on top of the others
    row = next(i for i in range(chart.series_list.count()) if chart.series_list.item(i).text() == "Greeting (en-retail)")
    chart.series_list.setCurrentRow(row)
    assert chart.series[en].zValue() > chart.series[zh].zValue()
    # the informational rule: listed as "found" (not ticked as a failure), plotted as the share found
    info = ("zh-ecommerce", "customer_problem")
    assert "客户反映问题 (zh-ecommerce): found" in labels and info not in chart.shown()
    assert _plotted(chart.series[info]) == [("2026-03-02", 50.0)]
    assert p.calls_for(("rule", "2026-03-02", (*info, True))) == [pks[0]]  # the call where it was found
    assert p.calls_for(("rule", "2026-03-02", (*en, False))) == [pks[2], pks[3]]
    db.close()
