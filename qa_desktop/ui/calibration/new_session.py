"""The lead picks the calls of a new calibration session: find by date range and agent, tick, name it."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.errors import QAError
from qa_desktop.storage import CallFilter
from qa_desktop.storage import calibration as cal
from qa_desktop.ui.locale_fmt import date_edit, fmt_date
from qa_desktop.ui.messages import error_text

MAX_LISTED = 500


class NewSessionDialog(QDialog):
    def __init__(self, db_provider: Callable[[], Any], lead: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New calibration session"))
        self.db_provider = db_provider
        self.lead = lead
        self.session_id: int | None = None
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Refund calls, week 32"))
        today = QDate.currentDate()
        self.date_from = date_edit(QDateEdit(today.addDays(-30), self))
        self.date_to = date_edit(QDateEdit(today, self))
        self.agent = QLineEdit(self)
        self.agent.setPlaceholderText(self.tr("any agent"))
        self.find_button = QPushButton(self.tr("Find calls"), self)
        self.random_count = QSpinBox(self)
        self.random_count.setRange(1, 100)
        self.random_count.setValue(10)
        self.random_button = QPushButton(self.tr("Tick at random"), self)
        self.calls = QListWidget(self)
        self.count_label = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create session"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.date_to)
        form.addRow(self.tr("Calls from:"), dates)
        form.addRow(self.tr("Agent:"), self.agent)
        pick = QHBoxLayout()
        pick.addWidget(self.find_button)
        pick.addStretch(1)
        pick.addWidget(self.random_count)
        pick.addWidget(self.random_button)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(pick)
        lay.addWidget(self.calls, 1)
        lay.addWidget(self.count_label)
        lay.addWidget(self.buttons)
        self.find_button.clicked.connect(lambda *_: self.find())
        self.random_button.clicked.connect(lambda *_: self.tick_random())
        self.calls.itemChanged.connect(lambda *_: self._count())
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 560)

    def find(self) -> int:
        f = CallFilter(date_from=self.date_from.date().toString("yyyy-MM-dd"),
                       date_to=self.date_to.date().toString("yyyy-MM-dd"), agent=self.agent.text().strip() or None)
        rows = [r for r in self.db_provider().query_calls(f, limit=MAX_LISTED) if r.score is not None]
        self.calls.blockSignals(True)
        self.calls.clear()
        for r in rows:
            item = QListWidgetItem(" · ".join(x for x in (r.call_id, r.agent, fmt_date(r.date) if r.date else "",
                                                          r.category) if x))
            item.setData(Qt.ItemDataRole.UserRole, r.pk)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.calls.addItem(item)
        self.calls.blockSignals(False)
        self._count()
        return len(rows)

    def tick_random(self) -> None:
        items = [self.calls.item(i) for i in range(self.calls.count())]
        chosen = set(random.sample(range(len(items)), min(self.random_count.value(), len(items))))
        self.calls.blockSignals(True)
        for i, item in enumerate(items):
            item.setCheckState(Qt.CheckState.Checked if i in chosen else Qt.CheckState.Unchecked)
        self.calls.blockSignals(False)
        self._count()

    def set_checked(self, pks: list[int]) -> None:
        for i in range(self.calls.count()):
            item = self.calls.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in pks
                               else Qt.CheckState.Unchecked)

    def checked(self) -> list[int]:
        return [int(self.calls.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.calls.count())
                if self.calls.item(i).checkState() == Qt.CheckState.Checked]

    def create(self) -> None:
        try:
            self.session_id = cal.create_session(self.db_provider(), self.name.text(), self.checked(), self.lead)
        except QAError as exc:
            QMessageBox.warning(self, self.tr("Session not created"), error_text(str(exc)))
            return
        self.accept()

    def _count(self) -> None:
        self.count_label.setText(self.tr("%1 of %2 calls ticked").replace("%1", str(len(self.checked())))
                                 .replace("%2", str(self.calls.count())))
