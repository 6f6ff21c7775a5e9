"""Dates, times and numbers in the UI language's format (QLocale), everywhere.

`i18n.install_translator` makes the chosen UI language the default QLocale, so
a Chinese UI shows 2026/8/12 and 14:05 and an English one 8/12/2026 and
2:05 PM, whatever the system's C locale is. Short formats, but always with
the full year: "8/12/26" in a call list reads badly and types worse.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import QDateEdit

_YEAR = re.compile(r"(?<!y)yy(?!y)")


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year ("M/d/yyyy", "yyyy/M/d")."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return _YEAR.sub("yyyy", fmt)


def time_format(locale: QLocale | None = None) -> str:
    return (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)


def qdate(day: str | QDate) -> QDate:
    return day if isinstance(day, QDate) else QDate.fromString(str(day)[:10], "yyyy-MM-dd")


def fmt_date(day: str | QDate) -> str:
    """An ISO day (YYYY-MM-DD…) as the locale writes it; text that is not a date stays as it is."""
    d = qdate(day)
    if not d.isValid():
        return "" if day is None else str(day)
    loc = QLocale()
    return loc.toString(d, date_format(loc))


def fmt_datetime(stamp: str) -> str:
    """An ISO timestamp (stored in UTC or with an offset) in local time, the locale's date and time."""
    dt = QDateTime.fromString(str(stamp), Qt.DateFormat.ISODateWithMs)
    if not dt.isValid():
        dt = QDateTime.fromString(str(stamp), Qt.DateFormat.ISODate)
    if not dt.isValid():
        return str(stamp)
    if dt.timeSpec() == Qt.TimeSpec.LocalTime and not str(stamp).rstrip().endswith(("Z", "z")) and not re.search(
            r"[+-]\d\d:?\d\d$", str(stamp)):
        dt.setTimeZone(QTimeZone.utc())  # stored stamps without an offset are UTC
    loc = QLocale()
    return loc.toString(dt.toLocalTime(), f"{date_format(loc)} {time_format(loc)}")


def fmt_int(n: int | float) -> str:
    """A count with the locale's digit grouping (100,000)."""
    return QLocale().toString(int(n))


def fmt_num(x: float, decimals: int = 1) -> str:
    """A number with the locale's separators, rounded as Python rounds it (so 76.5 is 76 here as in the
    CLI, the PDF and the spreadsheet)."""
    return QLocale().toString(float(f"{float(x):.{decimals}f}"), "f", decimals)


def fmt_g(x: float) -> str:
    """A number without trailing zeros (points: 10, 7.5)."""
    return QLocale().toString(float(x), "g", 6)


def fmt_pct(fraction: float) -> str:
    return fmt_num(100.0 * fraction, 1) + "%"


def date_edit(edit: QDateEdit) -> QDateEdit:
    """Show a date field in the locale's format (with a calendar pop-up)."""
    edit.setDisplayFormat(date_format())
    edit.setCalendarPopup(True)
    return edit
