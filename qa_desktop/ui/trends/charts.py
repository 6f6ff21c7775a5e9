"""The four trend charts. Each draws storage records and reports clicks as a
`(kind, period, key)` target the page turns into call pks.

Items are kept on the chart (`series`, `bars`) so a test can read back what was
plotted, exactly as a user would read it off the chart.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from qa_desktop.reports import CategoryPoint, period_end
from qa_desktop.ui.trends.plotting import (
    color,
    fmt_date,
    fmt_int,
    fmt_num,
    fmt_pct,
    fmt_period,
    new_plot,
    to_ts,
)


def thinned(n: int, stride: int) -> list[int]:
    """Every `stride`-th index of n, always ending on the last one (the latest period)."""
    keep = list(range(0, n, stride))
    if keep and keep[-1] != n - 1:
        if (n - 1 - keep[-1]) * 2 < stride and len(keep) > 1:
            keep[-1] = n - 1
        else:
            keep.append(n - 1)
    return keep


class _Chart(QWidget):
    pointClicked = Signal(object)  # (kind, period, key)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = new_plot()
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextColor="#333", brush=pg.mkBrush(255, 255, 255, 220))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot)

    def clear(self) -> None:
        self.plot.clear()
        self.legend.clear()

    def _scatter(self, name: str, i: int, xs: list[float], ys: list[float], data: list, tip) -> pg.ScatterPlotItem:
        pen = pg.mkPen(color(i), width=2)
        curve = pg.PlotCurveItem(xs, ys, pen=pen, name=name, antialias=True)
        self.plot.addItem(curve)
        scatter = pg.ScatterPlotItem(xs, ys, data=data, size=9, pen=pg.mkPen("w", width=1.2),
                                     brush=pg.mkBrush(color(i)), antialias=True, hoverable=True, hoverSize=13, tip=tip)
        scatter.sigClicked.connect(lambda _item, pts, _ev: pts and self.pointClicked.emit(pts[0].data()))
        self.plot.addItem(scatter)
        return scatter


class ScoreChart(_Chart):
    """Average score per period, one line per agent/team (or everyone), n calls on each point.

    At most MAX_SERIES lines (those with the most calls): more are unreadable
    and slow to paint; the page says so and one agent can be picked instead.
    Every point's tooltip has its call count; above MAX_LABELS points only
    every k-th point of a line carries an "n=" label, so the counts stay
    readable instead of disappearing.
    """

    MAX_SERIES = 12
    MAX_LABELS = 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: dict[str, pg.ScatterPlotItem] = {}
        self.labels: list[pg.TextItem] = []
        self.hidden = 0  # series left out (more than MAX_SERIES)
        self.legend.setOffset((10, -10))  # scores crowd the top; the bottom is free
        self.plot.setLabel("left", self.tr("Average score"))
        self.period = "week"

    @classmethod
    def busiest(cls, points: list) -> tuple[dict[str, list], int]:
        """The MAX_SERIES lines with the most calls (by key) and how many were left out (pure Python:
        the trends page runs it on its pool thread, where 75,000 points cost the window nothing)."""
        by_key: dict[str, list] = {}
        for p in points:
            by_key.setdefault(p.key, []).append(p)
        keep = sorted(by_key, key=lambda k: (-sum(p.n_calls for p in by_key[k]), k))[: cls.MAX_SERIES]
        return {k: by_key[k] for k in sorted(keep)}, len(by_key) - len(keep)

    def show_points(self, points: list | tuple[dict[str, list], int], period: str, everyone_label: str) -> None:
        """Points (TrendPoint), or what `busiest` made of them."""
        self.clear()
        self.series.clear()
        self.labels.clear()
        self.period = period
        by_key, self.hidden = points if isinstance(points, tuple) else self.busiest(points)
        shown = sum(len(pts) for pts in by_key.values())
        stride = max(1, -(-shown // self.MAX_LABELS))  # label every point, or every k-th when there are many
        for i, (key, pts) in enumerate(by_key.items()):
            name = everyone_label if key == "all" else key
            xs = [to_ts(p.period) for p in pts]
            ys = [p.avg_score for p in pts]

            def tip(x: float, y: float, data: object, name: str = name, pts: list = pts) -> str:
                n = next((p.n_calls for p in pts if p.period == data[1]), 0)
                return self.tr("%1\n%2: average score %3\n%4 calls (click to list them)").replace(
                    "%1", name).replace("%2", fmt_date(data[1])).replace("%3", fmt_num(y)).replace("%4", fmt_int(n))
            self.series[key] = self._scatter(name, i, xs, ys, [("score", p.period, p.key) for p in pts], tip)
            for j in thinned(len(pts), stride):
                label = pg.TextItem(f"n={fmt_int(pts[j].n_calls)}", color="#777", anchor=(0.5, 1.3))
                label.setPos(xs[j], pts[j].avg_score)
                self.plot.addItem(label)
                self.labels.append(label)
        low = min((p.avg_score for pts in by_key.values() for p in pts), default=0.0)
        self.plot.setYRange(max(0.0, low - 10.0) // 10 * 10, 102, padding=0)


SYMBOLS = ("o", "s", "t", "d", "t1", "p", "h", "star", "x", "+")


class RuleChart(QWidget):
    """Failure rate per rule and period, one series per rule *pack* and rule (two packs sharing a rule
    id, say the Chinese and the English `greeting`, are two series, each under its own pack's title).

    The legend is a checkable list beside the plot, never over it: the rules failed most are ticked
    (MAX_RULES), every other rule can be ticked in. Series differ in colour and in marker shape, and
    the series picked in the list is drawn on top and thicker, so a line never hides another for good.
    An informational rule (客户反映问题) is never "failing": it can be shown as the share of calls where
    it was found.
    """

    MAX_RULES = 8
    pointClicked = Signal(object)  # (kind, period, key)
    KEY = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = new_plot()
        self.plot.setLabel("left", self.tr("Calls failing the rule (%)"))
        self.series: dict[tuple[str, str], pg.ScatterPlotItem] = {}
        self.curves: dict[tuple[str, str], pg.PlotCurveItem] = {}
        self.names: dict[tuple[str, str], str] = {}
        self.informational: set[tuple[str, str]] = set()
        self._styles: dict[tuple[str, str], tuple[str, str]] = {}
        self.series_list = QListWidget(self)
        self.series_list.setObjectName("rule-series")
        self.series_list.setFixedWidth(230)
        self.series_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.series_list.setToolTip(self.tr("Tick the rules to draw; select one to bring it to the front."))
        self.list_title = QLabel(self.tr("Rules shown (tick to draw)"), self)
        self.list_title.setStyleSheet("color:#555;")
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.list_title)
        side.addWidget(self.series_list, 1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot, 1)
        lay.addLayout(side)
        self.series_list.itemChanged.connect(self._item_changed)
        self.series_list.currentItemChanged.connect(lambda *_: self._restyle())

    def clear(self) -> None:
        self.plot.clear()
        self.series.clear()
        self.curves.clear()
        self.names.clear()
        self.informational.clear()
        self._styles.clear()
        self.series_list.blockSignals(True)
        self.series_list.clear()
        self.series_list.blockSignals(False)

    def show_points(self, points: list) -> None:
        """Points (storage.pack_rollup.PackRulePoint): every series is drawn, the most failed ticked."""
        checked = {self._key_of(self.series_list.item(i)): self.series_list.item(i).checkState()
                   for i in range(self.series_list.count())}  # a redraw keeps what the user ticked
        self.clear()
        by_key: dict[tuple[str, str], list] = {}
        for p in points:
            by_key.setdefault((p.pack, p.rule), []).append(p)
        packs = {k[0] for k in by_key}
        fails = {k: sum(p.n_fail for p in pts) for k, pts in by_key.items()}
        informational = {k for k, pts in by_key.items() if any(p.informational for p in pts)}
        scored = sorted((k for k in by_key if k not in informational), key=lambda k: (-fails[k], k))
        top = {k for k in scored if fails[k] > 0}
        top = set(sorted(top, key=lambda k: (-fails[k], k))[: self.MAX_RULES])
        order = scored + sorted(informational)
        self.series_list.blockSignals(True)
        for i, key in enumerate(order):
            pts = by_key[key]
            info = key in informational
            title = pts[-1].title or key[1]
            name = title if len(packs) == 1 else self.tr("%1 (%2)").replace("%1", title).replace("%2", key[0])
            if info:
                name = self.tr("%1: found").replace("%1", name)
            self.names[key] = name
            if info:
                self.informational.add(key)
            colour, symbol = color(i), SYMBOLS[i % len(SYMBOLS)]
            self._styles[key] = (colour, symbol)
            xs = [to_ts(p.period) for p in pts]
            ys = [100.0 * (p.found_rate if info else p.rate) for p in pts]

            def tip(x: float, y: float, data: object, name: str = name, pts: list = pts, info: bool = info) -> str:
                p = next(p for p in pts if p.period == data[1])
                if info:
                    return self.tr("%1\n%2: found in %3 of calls (%4 of %5; informational, not scored)").replace(
                        "%1", name).replace("%2", fmt_date(p.period)).replace("%3", fmt_pct(p.found_rate)).replace(
                        "%4", fmt_int(p.n_applicable - p.n_fail)).replace("%5", fmt_int(p.n_applicable))
                return self.tr("%1\n%2: %3 failed (%4 of %5 calls)").replace("%1", name).replace(
                    "%2", fmt_date(p.period)).replace("%3", fmt_pct(p.rate)).replace(
                    "%4", fmt_int(p.n_fail)).replace("%5", fmt_int(p.n_applicable))
            curve = pg.PlotCurveItem(xs, ys, pen=self._pen(key, False), antialias=True)
            scatter = pg.ScatterPlotItem(xs, ys, data=[("rule", p.period, (p.pack, p.rule, info)) for p in pts],
                                         size=9, symbol=symbol, pen=pg.mkPen("w", width=1.2),
                                         brush=pg.mkBrush(colour), antialias=True, hoverable=True, hoverSize=13,
                                         tip=tip)
            scatter.sigClicked.connect(lambda _item, hits, _ev: hits and self.pointClicked.emit(hits[0].data()))
            self.plot.addItem(curve)
            self.plot.addItem(scatter)
            self.series[key], self.curves[key] = scatter, curve
            item = QListWidgetItem(self._swatch(colour, symbol), name)
            item.setData(self.KEY, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(checked.get(key, Qt.CheckState.Checked if key in top else Qt.CheckState.Unchecked))
            total = sum(p.n_applicable for p in pts)
            tip_text = (self.tr("%1\nRule pack: %2\n%3 of %4 calls not found") if info else
                        self.tr("%1\nRule pack: %2\n%3 of %4 calls failed"))
            item.setToolTip(tip_text.replace("%1", title).replace(
                "%2", key[0]).replace("%3", fmt_int(fails[key])).replace("%4", fmt_int(total)))
            self.series_list.addItem(item)
            self._show(key, item.checkState() == Qt.CheckState.Checked)
        self.series_list.blockSignals(False)
        # wide enough for its longest name (an informational rule's "…: found"), never squeezing the plot
        self.series_list.setFixedWidth(min(380, max(230, self.series_list.sizeHintForColumn(0) + 28)))
        self._rescale()

    def shown(self) -> list[tuple[str, str]]:
        """The series drawn (ticked in the list), in the list's order."""
        return [self._key_of(self.series_list.item(i)) for i in range(self.series_list.count())
                if self.series_list.item(i).checkState() == Qt.CheckState.Checked]

    def set_shown(self, key: tuple[str, str], shown: bool) -> None:
        for i in range(self.series_list.count()):
            item = self.series_list.item(i)
            if self._key_of(item) == key:
                item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    def legend_labels(self) -> list[str]:
        return [self.series_list.item(i).text() for i in range(self.series_list.count())]

    # ---- internals ------------------------------------------------------------------
    def _key_of(self, item: QListWidgetItem) -> tuple[str, str]:
        return tuple(item.data(self.KEY))  # type: ignore[return-value]

    def _pen(self, key: tuple[str, str], front: bool) -> object:
        colour, _ = self._styles[key]
        style = Qt.PenStyle.DashLine if key in self.informational else Qt.PenStyle.SolidLine
        return pg.mkPen(colour, width=4 if front else 2, style=style)

    def _swatch(self, colour: str, symbol: str) -> QIcon:
        pix = QPixmap(22, 14)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colour), 2))
        painter.drawLine(1, 7, 21, 7)
        painter.setBrush(QColor(colour))
        painter.setPen(QPen(QColor("white"), 1))
        if symbol == "s":
            painter.drawRect(7, 3, 8, 8)
        elif symbol in ("t", "t1", "d", "p", "h", "star"):
            from PySide6.QtGui import QPolygonF

            pts = {"t": [(6, 2), (16, 2), (11, 12)], "t1": [(11, 2), (16, 12), (6, 12)],  # pyqtgraph: t points down
                   "d": [(11, 1), (16, 7), (11, 13), (6, 7)]}.get(symbol, [(11, 2), (16, 6), (14, 12), (8, 12), (6, 6)])
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in pts]))
        else:
            painter.drawEllipse(QPointF(11, 7), 4.5, 4.5)
        painter.end()
        return QIcon(pix)

    def _show(self, key: tuple[str, str], shown: bool) -> None:
        self.series[key].setVisible(shown)
        self.curves[key].setVisible(shown)

    def _item_changed(self, item: QListWidgetItem) -> None:
        self._show(self._key_of(item), item.checkState() == Qt.CheckState.Checked)
        self._rescale()

    def _restyle(self) -> None:
        current = self.series_list.currentItem()
        front = self._key_of(current) if current is not None else None
        for key, curve in self.curves.items():
            curve.setPen(self._pen(key, key == front))
            z = 20 if key == front else 0
            curve.setZValue(z)
            self.series[key].setZValue(z + 1)

    def _rescale(self) -> None:
        ys = [float(y) for key in self.shown() for y in self.series[key].getData()[1]]
        top = min(100.0, max(ys, default=8.0) * 1.25 + 2)
        self.plot.setYRange(-top * 0.03, top, padding=0)  # a little room below 0: markers on 0 stay whole


@dataclass(slots=True)
class Bar:
    x0: float
    x1: float
    y0: float
    y1: float
    point: CategoryPoint


class CategoryChart(_Chart):
    """Complaint categories per period as stacked shares (each bar sums to 100%)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.period = "month"
        self.note = ""
        self.titles: dict[str, str] = {}
        self.legend.setOffset((-10, 10))  # top right, over the room left beside the last bar
        self.plot.setLabel("left", self.tr("Share of calls (%)"))
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._hover)

    def show_points(self, points: list[CategoryPoint], period: str, titles: dict[str, str]) -> None:
        self.clear()
        self.bars.clear()
        self.period, self.titles = period, titles
        cats = sorted({p.category for p in points}, key=lambda c: (c == "other", c))
        base: dict[str, float] = {}
        legend_items: list[tuple[pg.BarGraphItem, str]] = []
        for i, cat in enumerate(cats):
            pts = [p for p in points if p.category == cat]
            x0 = [to_ts(p.period) for p in pts]
            x1 = [to_ts(period_end(period, p.period)) + 86400 for p in pts]
            width = [(b - a) * 0.8 for a, b in zip(x0, x1)]
            centers = [a + (b - a) / 2 for a, b in zip(x0, x1)]
            y0 = [base.get(p.period, 0.0) for p in pts]
            heights = [100.0 * p.share for p in pts]
            item = pg.BarGraphItem(x=centers, height=heights, width=width, y0=y0, brush=color(i),
                                   pen=pg.mkPen("w", width=1))
            self.plot.addItem(item)
            legend_items.insert(0, (item, titles.get(cat, cat)))  # legend top = top of the stack
            for c, w, b, h, p in zip(centers, width, y0, heights, pts):
                self.bars.append(Bar(c - w / 2, c + w / 2, b, b + h, p))
                base[p.period] = b + h
        for item, title in legend_items:
            self.legend.addItem(item, title)
        # one label under each bar's middle, not at period boundaries between bars
        centers = sorted({b.point.period: (b.x0 + b.x1) / 2 for b in self.bars}.items())
        stride = max(1, -(-len(centers) // 12))  # at most a dozen labels, or they run into each other
        self.plot.getAxis("bottom").setTicks([[(x, fmt_period(period, day)) for day, x in centers[::stride]]])
        self.plot.setYRange(0, 100, padding=0.02)
        if self.bars:  # room on the right for the legend
            lo, hi = min(b.x0 for b in self.bars), max(b.x1 for b in self.bars)
            self.plot.setXRange(lo, hi + (hi - lo) * 0.2, padding=0.02)

    def set_note(self, text: str) -> None:
        """A line above the bars (e.g. why they are per week when days were asked for)."""
        self.note = text
        self.plot.setTitle(text or None, color="#666", size="9pt")

    def bar_at(self, scene_pos: QPointF) -> Bar | None:
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        v = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        return next((b for b in self.bars if b.x0 <= v.x() <= b.x1 and b.y0 <= v.y() <= b.y1), None)

    def _clicked(self, ev) -> None:
        bar = self.bar_at(ev.scenePos())
        if bar is not None:
            self.pointClicked.emit(("category", bar.point.period, bar.point.category))

    def _hover(self, pos: QPointF) -> None:
        bar = self.bar_at(pos)
        if bar is None:
            self.plot.setToolTip("")
            return
        p = bar.point
        self.plot.setToolTip(self.tr("%1 — %2\n%3 of calls (%4 calls)").replace("%1", fmt_date(p.period)).replace(
            "%2", self.titles.get(p.category, p.category)).replace("%3", fmt_pct(p.share)).replace(
            "%4", fmt_int(p.n_calls)))
