"""The call list as a table over the database that stays fast at any size.

The ordered ids of the matching calls are read once per filter or sort, on a
pool thread (call_list_query); the table then has one row per id, and the rows
on screen are looked up by id a page at a time and cached. So scrolling to
the 100,000th call, sorting by any column or searching transcripts never
blocks the window, and next/previous in review walks the same order. A list
can also be given in an order of its own (a review sample, least sure first).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from qa_desktop.ui.call_list_query import (
    MARK_OFF,
    MARK_ON,
    categories_of,
    ordered_pks,
    ordered_pks_in_file,
    snippets_of,
)
from qa_desktop.ui.locale_fmt import fmt_date, fmt_int, fmt_num
from qa_desktop.ui.review.colors import STATUS_COLORS
from qa_desktop.ui.review.player import format_time
from qa_desktop.ui.workers import run_in_background

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 50  # rows kept in memory: 10,000 at most
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
    Column("category", QT_TRANSLATE_NOOP("CallListModel", "Categories")),
    Column("escalation", QT_TRANSLATE_NOOP("CallListModel", "Escalation")),
    Column("n_critical", QT_TRANSLATE_NOOP("CallListModel", "Critical failed"), Qt.AlignmentFlag.AlignRight),
    Column("call_id", QT_TRANSLATE_NOOP("CallListModel", "Call")),
    # shown only while searching: the words around the match, the match highlighted (SnippetRole)
    Column("match", QT_TRANSLATE_NOOP("CallListModel", "Where the search matched")),
)
MATCH_COLUMN = len(COLUMNS) - 1


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
        "payment": _t("Payment"),
        "false_advertising": _t("Not as described"),
        "other": _t("Other"),
    }.get(category, category)


ESCALATION_COLORS = {"high": "#c62828", "low": "#b26a00"}


def escalation_label(level: str) -> str:
    """A call's escalation risk by name ("" for none or not assessed: the column stays quiet)."""
    return {"high": _t("High risk"), "low": _t("Some risk")}.get(level, "")


class CallListModel(QAbstractTableModel):
    PkRole = Qt.ItemDataRole.UserRole + 1
    SnippetRole = Qt.ItemDataRole.UserRole + 2  # the match column as HTML, the match highlighted
    #: A new list (filter, sort, reload) is in place: total(), row_of() and neighbour() answer for it.
    listReady = Signal()

    def __init__(self, db_provider: Callable[[], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self._filters: Any = None
        self._order_by: str | None = "date"  # None: the order the list was given in (set_ordered)
        self._descending = True
        self._given: list[int] = []
        self._pks: list[int] = []
        self._row: dict[int, int] = {}
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._categories: dict[int, list[str]] = {}
        self._snippets: dict[int, str] = {}
        self._generation = 0
        self._loading = False
        self._started = False

    # ---- which calls, in which order ---------------------------------------------
    def set_filters(self, filters: Any) -> None:
        self._filters = filters
        if self._order_by is None:
            self._order_by, self._descending = "date", True
        self.reload()

    def filters(self) -> Any:
        return self._filters

    def set_ordered(self, pks: list[int]) -> None:
        """Exactly these calls in exactly this order (a review sample); a click on a header re-sorts them."""
        from qa_desktop.storage.records import CallFilter

        self._given = list(dict.fromkeys(int(pk) for pk in pks))
        self._filters = CallFilter(pks=tuple(self._given))
        self._order_by = None
        self.reload()

    def reload(self) -> None:
        """Read the list again (keeps filters and order); the new list arrives with `listReady`."""
        self._started = True
        self._generation += 1
        generation = self._generation
        if self._order_by is None:
            given = list(self._given)
            self._install(generation, (given, {pk: i for i, pk in enumerate(given)}))
            return
        query = (self._filters, self._order_by, self._descending)
        try:
            db = self.db_provider()
            path = getattr(db, "path", None) if db is not None else None
            if db is None:
                self._install(generation, ([], {}))
                return
            if path is None:  # an in-memory database has one connection: read it here
                pks = ordered_pks(db.conn, *query)
                self._install(generation, (pks, {pk: i for i, pk in enumerate(pks)}))
                return
        except Exception:  # noqa: BLE001 - a broken query must not take the window down
            log.exception("listing calls failed")
            self._install(generation, ([], {}))
            return
        self._loading = True
        run_in_background(lambda: ordered_pks_in_file(path, *query),
                          lambda result: self._install(generation, result),
                          lambda exc: self._failed(generation, exc), owner=self)

    def is_loading(self) -> bool:
        return self._loading

    def total(self) -> int:
        return len(self._pks)

    def pks(self) -> list[int]:
        return list(self._pks)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].key == "match":  # no order of its own
            return
        self._order_by = COLUMNS[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._started:
            self.reload()

    def sort_key(self) -> tuple[str | None, bool]:
        return self._order_by, self._descending

    def _install(self, generation: int, result: tuple[list[int], dict[int, int]]) -> None:
        if generation != self._generation:
            return  # a newer filter or sort was asked for meanwhile
        self.beginResetModel()
        self._pks, self._row = result
        self._pages.clear()
        self._categories.clear()
        self._snippets.clear()
        self._loading = False
        self.endResetModel()
        self.listReady.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        log.error("listing calls failed: %s", exc)
        if generation == self._generation:
            self._loading = False
            self.listReady.emit()

    # ---- rows ----------------------------------------------------------------
    def row_at(self, row: int) -> Any | None:
        if not 0 <= row < len(self._pks):
            return None
        page = self._page(row // PAGE_SIZE)
        return page[row % PAGE_SIZE]

    def row_of(self, pk: int) -> int:
        return self._row.get(pk, -1)

    def neighbour(self, pk: int, step: int) -> int | None:
        """The pk `step` rows from `pk` in the list's order, or None at either end."""
        i = self.row_of(pk)
        j = i + step
        return self._pks[j] if i >= 0 and 0 <= j < len(self._pks) else None

    def categories(self, pk: int) -> list[str]:
        return self._categories.get(pk, [])

    def search_text(self) -> str | None:
        """The transcript search of the current filters (None when not searching)."""
        text = getattr(self._filters, "text", None)
        return text if text and str(text).strip() else None

    def snippet(self, pk: int) -> str:
        """Where the search matched in this call, the match between MARK_ON and MARK_OFF ("" if unread)."""
        return self._snippets.get(pk, "")

    def _page(self, n: int) -> list[Any]:
        page = self._pages.get(n)
        if page is not None:
            self._pages.move_to_end(n)
            return page
        wanted = self._pks[n * PAGE_SIZE:(n + 1) * PAGE_SIZE]
        found = self._fetch(wanted)
        page = [found.get(pk) for pk in wanted]
        self._pages[n] = page
        while len(self._pages) > MAX_PAGES:
            _, dropped = self._pages.popitem(last=False)
            for r in dropped:
                if r is not None:
                    self._categories.pop(r.pk, None)
                    self._snippets.pop(r.pk, None)
        return page

    def _fetch(self, pks: list[int]) -> dict[int, Any]:
        """The CallRows of these calls (a primary-key lookup: fast at any depth of the list)."""
        from qa_desktop.storage.records import CallFilter

        if not pks:
            return {}
        try:
            db = self.db_provider()
            rows = db.query_calls(CallFilter(pks=tuple(pks)), "pk", False, 0, len(pks))
            self._categories.update(categories_of(db.conn, pks))
            self._snippets.update(snippets_of(db.conn, pks, self.search_text()))
        except Exception:  # noqa: BLE001
            log.exception("loading calls failed")
            return {}
        return {r.pk: r for r in rows}

    def refresh_row(self, pk: int) -> None:
        """Re-read one call's line after a review; it keeps its place until the list is read again."""
        i = self.row_of(pk)
        page = self._pages.get(i // PAGE_SIZE) if i >= 0 else None
        if page is None:
            return
        fresh = self._fetch([pk]).get(pk)
        if fresh is None:
            return
        page[i % PAGE_SIZE] = fresh
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    # ---- Qt model API --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pks)

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
        if not index.isValid():
            return None
        if role == self.PkRole:
            return self._pks[index.row()] if 0 <= index.row() < len(self._pks) else None
        if role == self.SnippetRole:
            row = self.row_at(index.row())
            return snippet_html(self.snippet(row.pk)) if row is not None else ""
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        col = COLUMNS[index.column()]
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col.key == "score" and row.score is not None:
                return QBrush(QColor(STATUS_COLORS["fail"] if row.n_critical or row.score < 60 else "#1f1f1f"))
            if col.key == "n_critical" and row.n_critical:
                return QBrush(QColor(STATUS_COLORS["fail"]))
            if col.key == "escalation" and row.escalation in ESCALATION_COLORS:
                return QBrush(QColor(ESCALATION_COLORS[row.escalation]))
            if col.key == "status" and row.status == "disputed":
                return QBrush(QColor("#b26a00"))
            return None
        if col.key in ("category", "match"):
            return self._display(row, col.key)
        return row.file

    def _display(self, row: Any, key: str) -> str:
        value = getattr(row, key, "")
        if key == "date":
            return fmt_date(value) if value else ""
        if key == "duration":
            return format_time(value or 0)
        if key == "score":
            return "–" if value is None else fmt_num(value, 0)
        if key == "status":
            return status_label(value)
        if key == "category":
            cats = self._categories.get(row.pk) or [value or "other"]
            return _t(", ").join(category_label(c) for c in cats)
        if key == "n_critical":
            return fmt_int(value) if value else ""
        if key == "match":
            return self.snippet(row.pk).replace(MARK_ON, "").replace(MARK_OFF, "")
        if key == "escalation":
            return escalation_label(value)
        return "" if value is None else str(value)


def snippet_html(snippet: str) -> str:
    """A snippet as rich text: the matched words on the highlighter colour of the review's dialogue."""
    from html import escape

    from qa_desktop.ui.review.colors import MATCH_HIGHLIGHT

    return escape(snippet).replace(MARK_ON, f'<span style="background:{MATCH_HIGHLIGHT};font-weight:bold">').replace(
        MARK_OFF, "</span>")
