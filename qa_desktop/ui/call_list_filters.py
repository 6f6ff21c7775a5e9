"""The filter bar over the call list: who, when, how well, what state, and a
full-text search over transcripts. Emits one CallFilter; typing is debounced
so a search is not run for every keystroke."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from qa_desktop.ui.call_list_model import category_label, status_label
from qa_desktop.ui.locale_fmt import date_edit

ANY_DATE = QDate(2000, 1, 1)
CATEGORIES = ("logistics", "refund", "size", "quality", "payment", "false_advertising", "other")
STATUSES = ("to-review", "reviewed", "disputed")


def make_filter(**fields: Any) -> Any:
    """A storage CallFilter from keyword fields (None means "do not filter")."""
    from qa_desktop.storage.records import CallFilter

    return CallFilter(**fields)


class CallFilterBar(QWidget):
    filtersChanged = Signal(object)  # CallFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self._emit)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search transcripts (e.g. 退款, refund)…"))
        self.search.setClearButtonEnabled(True)
        self.agent = self._line(self.tr("Agent"))
        self.team = self._line(self.tr("Team"))
        self.failed_rule = self._line(self.tr("Failed rule id"))
        self.date_from = self._date()
        self.date_to = self._date()
        self.score_min = self._spin(0)
        self.score_max = self._spin(100)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Any status"), None)
        for s in STATUSES:
            self.status.addItem(status_label(s), s)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("Any category"), None)
        for c in CATEGORIES:
            self.category.addItem(category_label(c), c)
        self.escalation = QComboBox(self)
        self.escalation.addItem(self.tr("Any escalation"), None)
        self.escalation.addItem(self.tr("At risk (some or high)"), "at-risk")
        self.escalation.addItem(self.tr("High risk"), "high")
        self.escalation.addItem(self.tr("Some risk"), "low")
        self.escalation.addItem(self.tr("No risk"), "none")
        self.reset_button = QToolButton(self)
        self.reset_button.setText(self.tr("Clear filters"))
        self.reset_button.clicked.connect(lambda *_: self.clear())

        for w in (self.search, self.agent, self.team, self.failed_rule):
            w.textChanged.connect(self._changed)
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(self._changed)
        for w in (self.score_min, self.score_max):
            w.valueChanged.connect(self._changed)
        for w in (self.status, self.category, self.escalation):
            w.currentIndexChanged.connect(lambda *_: self._emit())

        g = QGridLayout(self)
        g.setContentsMargins(0, 0, 0, 0)
        g.addWidget(self.search, 0, 0, 1, 4)
        g.addWidget(self.status, 0, 4)
        g.addWidget(self.category, 0, 5)
        g.addWidget(self.escalation, 0, 6)
        g.addWidget(self.reset_button, 0, 7)
        g.addWidget(self.agent, 1, 0)
        g.addWidget(self.team, 1, 1)
        g.addWidget(self.failed_rule, 1, 2)
        g.addWidget(QLabel(self.tr("Date"), self), 1, 3)
        dates = QWidget(self)
        from PySide6.QtWidgets import QHBoxLayout

        dl = QHBoxLayout(dates)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.date_from)
        dl.addWidget(QLabel("–", self))
        dl.addWidget(self.date_to)
        dl.addSpacing(12)
        dl.addWidget(QLabel(self.tr("Score"), self))
        dl.addWidget(self.score_min)
        dl.addWidget(QLabel("–", self))
        dl.addWidget(self.score_max)
        g.addWidget(dates, 1, 4, 1, 4)
        g.setColumnStretch(0, 2)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(2, 1)

    def _line(self, placeholder: str) -> QLineEdit:
        w = QLineEdit(self)
        w.setPlaceholderText(placeholder)
        w.setClearButtonEnabled(True)
        return w

    def _date(self) -> QDateEdit:
        w = date_edit(QDateEdit(self))
        w.setMinimumDate(ANY_DATE)
        w.setSpecialValueText(self.tr("any"))
        w.setDate(ANY_DATE)
        return w

    def _spin(self, value: int) -> QSpinBox:
        w = QSpinBox(self)
        w.setRange(0, 100)
        w.setValue(value)
        return w

    def clear(self) -> None:
        for w in (self.search, self.agent, self.team, self.failed_rule):
            w.blockSignals(True)
            w.clear()
            w.blockSignals(False)
        for w in (self.date_from, self.date_to):
            w.blockSignals(True)
            w.setDate(ANY_DATE)
            w.blockSignals(False)
        for w, v in ((self.score_min, 0), (self.score_max, 100)):
            w.blockSignals(True)
            w.setValue(v)
            w.blockSignals(False)
        for w in (self.status, self.category, self.escalation):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        self._emit()

    def current(self) -> Any:
        def text(w: QLineEdit) -> str | None:
            return w.text().strip() or None

        def day(w: QDateEdit) -> str | None:
            return None if w.date() == ANY_DATE else w.date().toString("yyyy-MM-dd")

        smin, smax = self.score_min.value(), self.score_max.value()
        return make_filter(
            agent=text(self.agent),
            team=text(self.team),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            score_min=float(smin) if smin > 0 else None,
            score_max=float(smax) if smax < 100 else None,
            status=self.status.currentData(),
            category=self.category.currentData(),
            escalation=self.escalation.currentData(),
            failed_rule=text(self.failed_rule),
            text=text(self.search),
        )

    def _changed(self, *_: object) -> None:
        self._debounce.start()

    def _emit(self) -> None:
        self._debounce.stop()
        self.filtersChanged.emit(self.current())
