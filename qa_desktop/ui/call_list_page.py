"""The Calls page: filter bar, the lazily loaded table, and the first-run offer
to import the bundled sample calls when the database is empty."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.ui.call_list_filters import CallFilterBar
from qa_desktop.ui.call_list_model import MATCH_COLUMN, CallListModel
from qa_desktop.ui.tables import read_only_rows


class EmptyState(QFrame):
    """Shown instead of an empty table: what to do first."""

    importSamples = Signal()
    importFiles = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("No calls yet"), self)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        title.setFont(f)
        text = QLabel(self.tr(
            "Drop recordings or folders here, or use File → Import. Calls are transcribed and scored on this "
            "computer; nothing leaves it.\nNew to QA Desktop? Import the bundled sample calls and the first "
            "scored call appears in about a minute."), self)
        text.setWordWrap(True)
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.samples_button = QPushButton(self.tr("Import the sample calls"), self)
        self.samples_button.setDefault(True)
        self.samples_button.clicked.connect(lambda *_: self.importSamples.emit())
        self.files_button = QPushButton(self.tr("Import files…"), self)
        self.files_button.clicked.connect(lambda *_: self.importFiles.emit())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.samples_button)
        buttons.addWidget(self.files_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(title, 0, Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(text, 0, Qt.AlignmentFlag.AlignCenter)
        lay.addSpacing(12)
        lay.addLayout(buttons)
        lay.addStretch(2)


class SnippetDelegate(QStyledItemDelegate):
    """Paints the "where the search matched" cell as rich text, the matched words highlighted."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        html = index.data(CallListModel.SnippetRole) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(html)
        doc.setTextWidth(10_000)  # one line; the cell clips it
        painter.save()
        painter.setClipRect(opt.rect)
        painter.translate(opt.rect.left() + 2, opt.rect.top() + (opt.rect.height() - doc.size().height()) / 2)
        doc.drawContents(painter)
        painter.restore()


class CallListPage(QWidget):
    openCall = Signal(int)  # pk

    def __init__(self, db_provider: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CallListModel(db_provider, self)
        self.filter_bar = CallFilterBar(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        read_only_rows(self.table, single=True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 100,000 rows, one height
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((100, 110, 90, 80, 70, 100, 150, 120)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setItemDelegateForColumn(MATCH_COLUMN, SnippetDelegate(self.table))
        self.table.setColumnHidden(MATCH_COLUMN, True)  # until a search
        self.table.doubleClicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color:#555;")
        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        table_box = QWidget(self)
        tl = QVBoxLayout(table_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.filter_bar)
        tl.addWidget(self.table, 1)
        tl.addWidget(self.count_label)
        self.stack.addWidget(table_box)
        self.stack.addWidget(self.empty)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        lay.addWidget(self.stack)
        self._select_when_ready: int | None = None
        self.filter_bar.filtersChanged.connect(self.set_filters)
        self.model.listReady.connect(self._on_list_ready)

    def reload(self, keep: int | None = None) -> None:
        """Read the list again; `keep` (a pk) is selected again once it is back."""
        self._select_when_ready = keep
        if self.model.filters() is None:
            self.model.set_filters(self.filter_bar.current())
        else:
            self.model.reload()

    def set_filters(self, filters: Any) -> None:
        self._sort_indicator_from_model()
        self.model.set_filters(filters)

    def show_ordered(self, pks: list[int]) -> None:
        """Exactly these calls, in this order (no column sorted until the inspector clicks one)."""
        self._sort_indicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_ordered(pks)

    def show_pks(self, pks: list[int]) -> None:
        """Exactly these calls, in the list's current sort."""
        from qa_desktop.storage.records import CallFilter

        self.set_filters(CallFilter(pks=tuple(int(pk) for pk in pks)))

    def selected_pk(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, CallListModel.PkRole) if index.isValid() else None

    def select_pk(self, pk: int) -> None:
        row = self.model.row_of(pk)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _activate(self, index: QModelIndex) -> None:
        pk = self.model.data(index, CallListModel.PkRole)
        if pk is not None:
            self.openCall.emit(int(pk))

    def _sort_indicator_from_model(self) -> None:
        if self.model.sort_key()[0] is None:  # leaving a list in its own order: back to the date sort
            self._sort_indicator(0, Qt.SortOrder.DescendingOrder)

    def _sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """Show a sort on the header without asking the model to sort (it is told separately)."""
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _on_list_ready(self) -> None:
        self._update_count()
        searching = self.model.search_text() is not None
        if searching and self.table.isColumnHidden(MATCH_COLUMN):
            self.table.setColumnWidth(MATCH_COLUMN, 320)
        self.table.setColumnHidden(MATCH_COLUMN, not searching)
        pk, self._select_when_ready = self._select_when_ready, None
        if pk is not None:
            self.select_pk(pk)

    def _update_count(self, *_: Any) -> None:
        total = self.model.total()
        unfiltered = not any(
            getattr(self.model.filters(), f, None) is not None
            for f in ("agent", "team", "date_from", "date_to", "score_min", "score_max", "status", "category",
                      "failed_rule", "text", "pks")
        )
        self.stack.setCurrentIndex(1 if total == 0 and unfiltered else 0)
        self.count_label.setText(self.tr("%Ln call(s) match", "", total))
