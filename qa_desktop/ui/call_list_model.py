"""The call list as a lazily fetched table over the database.

Only a page of rows is in memory at a time (canFetchMore/fetchMore), the count
comes from one COUNT query, and sorting is an ORDER BY in SQL, so a database of
100,000 calls opens as fast as one of ten.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from qa_desktop.ui.review.colors import STATUS_COLORS
from qa_desktop.ui.review.player import format_time

log = logging.getLogger(__name__)

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("CallListModel", text)


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # CallRow field, also the ORDER BY key given to storage
    title: str  # untranslated; translated at display time
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


COLUMNS: tuple[Column, ...] = (
    Column("date", QT_TRANSLATE_NOOP("CallListModel", "Date")),
    Column("agent", QT_TRANSLATE_NOOP("CallListModel", "Agent")),
    Column("team", QT_TRANSLATE_NOOP("CallListModel", "Team")),
    Column("duration", QT_TRANSLATE_NOOP("CallListModel", "Duration"), Qt.AlignmentFlag.AlignRight),
    Column("score", QT_TRANSLATE_NOOP("CallListModel", "Score"), Qt.AlignmentFlag.AlignRight),
    Column("status", QT_TRANSLATE_NOOP("CallListModel", "Status")),
    Column("category", QT_TRANSLATE_NOOP("CallListModel", "Category")),
    Column("n_critical", QT_TRANSLATE_NOOP("CallListModel", "Critical failed"), Qt.AlignmentFlag.AlignRight),
    Column("call_id", QT_TRANSLATE_NOOP("CallListModel", "Call")),
)


def status_label(status: str) -> str:
    return {
        "to-review": _t("To review"),
        "reviewed": _t("Reviewed"),
        "disputed": _t("Disputed"),
    }.get(status, status)


def category_label(category: str) -> str:
    return {
        "logistics": _t("Logistics"),
        "refund": _t("Refund"),
        "size": _t("Size"),
        "quality": _t("Quality"),
        "other": _t("Other"),
    }.get(category, category)


class CallListModel(QAbstractTableModel):
    PkRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, db_provider: Callable[[], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self._filters: Any = None
        self._order_by = "date"
        self._descending = True
        self._rows: list[Any] = []
        self._total = 0

    # ---- query ---------------------------------------------------------------
    def set_filters(self, filters: Any) -> None:
        self._filters = filters
        self.reload()

    def filters(self) -> Any:
        return self._filters

    def reload(self) -> None:
        """Re-count and load the first page; keeps the sort and filters."""
        self.beginResetModel()
        self._rows = []
        try:
            db = self.db_provider()
            self._total = db.count_calls(self._filters) if db is not None else 0
        except Exception:  # noqa: BLE001 - a broken query must not take the window down
            log.exception("counting calls failed")
            self._total = 0
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def total(self) -> int:
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        try:
            page = self.db_provider().query_calls(
                self._filters, self._order_by, self._descending, len(self._rows), PAGE_SIZE
            )
        except Exception:  # noqa: BLE001
            log.exception("loading calls failed")
            page = []
        if not page:
            self._total = len(self._rows)  # the list shrank under us (another process)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._order_by = COLUMNS[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_key(self) -> tuple[str, bool]:
        return self._order_by, self._descending

    # ---- rows ----------------------------------------------------------------
    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, pk: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.pk == pk), -1)

    def neighbour(self, pk: int, step: int) -> int | None:
        """The pk `step` rows from `pk` in the current order, fetching the next page if needed."""
        i = self.row_of(pk)
        if i < 0:
            return None
        j = i + step
        while j >= len(self._rows) and self.canFetchMore():
            self.fetchMore()
        row = self.row_at(j)
        return row.pk if row is not None else None

    def refresh_row(self, pk: int) -> None:
        """Re-read one call's line after a review, without losing the scroll position."""
        i = self.row_of(pk)
        if i < 0:
            return
        try:
            from dataclasses import replace

            db = self.db_provider()
            fresh = db.query_calls(self._filters, self._order_by, self._descending, i, 1)
            if fresh and fresh[0].pk == pk:
                self._rows[i] = fresh[0]
            else:
                stored = db.load_call(pk)
                old = self._rows[i]
                eff = stored.effective
                self._rows[i] = replace(old, status=stored.status, score=eff.score if eff else old.score,
                                        n_critical=len(eff.critical_failed) if eff else old.n_critical)
        except Exception:  # noqa: BLE001
            log.exception("refreshing call %s failed", pk)
            return
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    # ---- Qt model API --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _t(COLUMNS[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(COLUMNS[section].align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col.key)
        if role == self.PkRole:
            return row.pk
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col.key == "score" and row.score is not None:
                return QBrush(QColor(STATUS_COLORS["fail"] if row.n_critical or row.score < 60 else "#1f1f1f"))
            if col.key == "n_critical" and row.n_critical:
                return QBrush(QColor(STATUS_COLORS["fail"]))
            if col.key == "status" and row.status == "disputed":
                return QBrush(QColor("#b26a00"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.file
        return None

    def _display(self, row: Any, key: str) -> str:
        value = getattr(row, key, "")
        if key == "duration":
            return format_time(value or 0)
        if key == "score":
            return "–" if value is None else f"{value:.0f}"
        if key == "status":
            return status_label(value)
        if key == "category":
            return category_label(value or "")
        if key == "n_critical":
            return str(value) if value else ""
        return "" if value is None else str(value)
