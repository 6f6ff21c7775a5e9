"""Escalation rate over time: the share of calls whose customer may take the complaint further.

One line per agent/team (or everyone), like the score chart; a point's tooltip
gives the counts, and a click lists the calls at risk behind it (riskiest first).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from qa_desktop.ui.trends.charts import ScoreChart, _Chart
from qa_desktop.ui.trends.plotting import fmt_date, fmt_int, fmt_pct, to_ts


class EscalationChart(_Chart):
    MAX_SERIES = ScoreChart.MAX_SERIES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: dict[str, pg.ScatterPlotItem] = {}
        self.points: dict[str, list] = {}
        self.plot.setLabel("left", self.tr("Calls at risk of escalation (%)"))
        self.period = "week"

    def show_points(self, points: list, period: str, everyone_label: str) -> None:
        """EscalationPoints: one line per key, the busiest MAX_SERIES keys."""
        self.clear()
        self.series.clear()
        self.period = period
        by_key: dict[str, list] = {}
        for p in points:
            by_key.setdefault(p.key, []).append(p)
        keep = sorted(by_key, key=lambda k: (-sum(p.n_calls for p in by_key[k]), k))[: self.MAX_SERIES]
        self.points = {k: by_key[k] for k in sorted(keep)}
        for i, (key, pts) in enumerate(self.points.items()):
            name = everyone_label if key == "all" else key
            xs = [to_ts(p.period) for p in pts]
            ys = [100.0 * p.rate for p in pts]

            def tip(x: float, y: float, data: object, name: str = name, pts: list = pts) -> str:
                p = next((p for p in pts if p.period == data[1]), None)
                at_risk, high, n = (p.n_at_risk, p.n_high, p.n_calls) if p else (0, 0, 0)
                return self.tr("%1\n%2: %3 of calls at risk (%4 of %5, %6 high)\nclick to list them").replace(
                    "%1", name).replace("%2", fmt_date(data[1])).replace("%3", fmt_pct(y / 100.0)).replace(
                    "%4", fmt_int(at_risk)).replace("%5", fmt_int(n)).replace("%6", fmt_int(high))
            self.series[key] = self._scatter(name, i, xs, ys, [("escalation", p.period, p.key) for p in pts], tip)
        top = max((100.0 * p.rate for pts in self.points.values() for p in pts), default=0.0)
        self.plot.setYRange(0, max(10.0, top * 1.15), padding=0)
