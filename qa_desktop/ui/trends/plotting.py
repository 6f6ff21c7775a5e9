"""Shared pyqtgraph set-up: white plots, a date axis, a palette, locale formatting.

Kept apart so the four charts look alike and dates/numbers follow the UI
locale (QLocale) in axes and tooltips.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from functools import lru_cache

import pyqtgraph as pg
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from qa_desktop.ui.locale_fmt import date_format, fmt_date, fmt_int, fmt_num, fmt_pct  # noqa: F401 - re-exported


PALETTE = ["#2f6fb3", "#e07b39", "#3a9d5d", "#c23b3b", "#8a63b8", "#8c6d31", "#d45fa0", "#5c6f7f", "#b5a019",
           "#2aa4b3"]


def color(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


@lru_cache(maxsize=4096)
def to_ts(day: str) -> float:
    """ISO day -> seconds since the epoch at local midnight (what DateAxisItem shows)."""
    return float(QDateTime(QDate.fromString(day[:10], "yyyy-MM-dd"), QTime(0, 0)).toSecsSinceEpoch())


def fmt_period(period: str, day: str) -> str:
    """A period's label in the UI locale: "Jun 2026" / "2026年6月" for months, else the date."""
    if period != "month":
        return fmt_date(day)
    loc = QLocale()
    fmt = "yyyy年M月" if loc.language() == QLocale.Language.Chinese else "MMM yyyy"
    return loc.toString(QDate.fromString(day[:10], "yyyy-MM-dd"), fmt)


class LocaleDateAxis(pg.DateAxisItem):
    """DateAxisItem whose labels follow the UI locale: days in the locale's one short date format (the
    call list's, the review's), months as "Jun 2026" / "2026年6月".

    pyqtgraph formats with strftime, i.e. the C library's locale, which is not
    the language the user picked in the app.
    """

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - DateAxisItem's own
        super().__init__(*args, **kwargs)
        # pyqtgraph spaces ticks by the width of an example label ("Mar 22"): give it a date written the
        # way these ticks are, so full dates never run into each other (copies: the levels are shared)
        sample = QLocale().toString(QDate(2026, 12, 31), date_format()) + "  "
        levels = OrderedDict()
        for key, level in self.zoomLevels.items():
            level = copy.copy(level)
            if len(level.exampleText) < len(sample):
                level.exampleText = sample
            levels[key] = level
        self.zoomLevels = levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        loc = QLocale()
        zh = loc.language() == QLocale.Language.Chinese
        day = 86400
        if spacing >= 360 * day:
            fmt = "yyyy"
        elif spacing >= 28 * day:  # months, written as fmt_period writes a month
            fmt = "yyyy年M月" if zh else "MMM yyyy"
        elif spacing >= day:  # days: the one date format of the whole UI (list, review, tooltips)
            fmt = date_format(loc)
        else:
            fmt = "HH:mm"
        return [loc.toString(QDateTime.fromSecsSinceEpoch(int(v)), fmt) for v in values]


def new_plot(date_axis: bool = True) -> pg.PlotWidget:
    axes = {"bottom": LocaleDateAxis(orientation="bottom")} if date_axis else {}
    w = pg.PlotWidget(background="w", axisItems=axes)  # styled per plot: pg.setConfigOptions is app-wide
    for name in ("left", "bottom"):
        axis = w.getAxis(name)
        axis.setPen(pg.mkPen("#888"))
        axis.setTextPen(pg.mkPen("#333"))
    w.showGrid(x=False, y=True, alpha=0.25)
    w.setMenuEnabled(False)
    w.getPlotItem().hideButtons()
    w.setMinimumHeight(320)
    return w
