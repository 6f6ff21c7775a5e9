"""The examples inspectors' corrections taught, per team: visible, with what each changed, removable.

Why on the Rules page: learned examples act like pack examples for one team's
scoring, so the QA lead who owns the pack must be able to see and undo them
(an inspector's mistaken correction would otherwise keep teaching).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.errors import QAError
from qa_desktop.ui.call_list_model import category_label
from qa_desktop.ui.locale_fmt import fmt_datetime, fmt_int
from qa_desktop.ui.messages import error_text, language_label


class LearnedExamplesPanel(QGroupBox):
    removed = Signal(int)  # example id

    def __init__(self, db_provider: Callable[[], Any], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Learned from inspectors"), parent)
        self.db_provider = db_provider
        self.settings = settings
        self.examples: list[Any] = []
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Team"), self.tr("Teaches"), self.tr("Sentence"), self.tr("Language"),
                                   self.tr("From"), self.tr("What it changed")])
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_button)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Stop using the selected sentences in this team's scoring"))
        self.remove_button.clicked.connect(lambda *_: self.remove_selected())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#555;")
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        self._update_button()

    def refresh(self) -> None:
        db = self.db_provider()
        self.examples = db.learned_examples() if db is not None else []
        self.list.clear()
        for ex in self.examples:
            item = QTreeWidgetItem([ex.team or self.tr("(no team)"), self._teaches(ex), ex.text,
                                    language_label(ex.language), self._source(ex), self.impact_text(ex.impact)])
            item.setData(0, Qt.ItemDataRole.UserRole, ex.id)
            item.setToolTip(2, ex.text)
            self.list.addTopLevelItem(item)
        self.note.setText(self.tr("No corrections yet: when an inspector corrects a call's category or overrides "
                                  "a conduct verdict, the call's sentences are listed here.") if not self.examples
                          else self.tr("%1 sentence(s), used when scoring calls of their team.").replace(
                              "%1", fmt_int(len(self.examples))))
        self._update_button()

    def remove_selected(self) -> int:
        ids = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        actor = str(self.settings.value("review/inspector", "") or "").strip() or "qa-desktop"
        done = 0
        for example_id in ids:
            try:
                self.db_provider().remove_learned_example(int(example_id), actor)
            except QAError as exc:
                self.note.setText(error_text(str(exc)))
                continue
            done += 1
            self.removed.emit(int(example_id))
        self.refresh()
        return done

    def _teaches(self, ex: Any) -> str:
        if ex.kind == "category":
            return self.tr("category: %1").replace("%1", category_label(ex.label))
        return {"refusal": self.tr("conduct: refusal"), "polite": self.tr("conduct: polite")}.get(
            ex.label, f"{ex.kind}: {ex.label}")

    def _source(self, ex: Any) -> str:
        who = f"{ex.inspector}, {fmt_datetime(ex.at)}" if ex.inspector else fmt_datetime(ex.at)
        return self.tr("call #%1 (%2)").replace("%1", str(ex.source_call)).replace("%2", who) \
            if ex.source_call is not None else who

    def impact_text(self, impact: dict[str, Any]) -> str:
        if not impact:
            return self.tr("not measured")
        return self.tr("of %1 call(s): category %2, conduct %3").replace("%1", fmt_int(impact.get("calls", 0))) \
            .replace("%2", fmt_int(impact.get("category_changed", 0))) \
            .replace("%3", fmt_int(impact.get("conduct_changed", 0)))

    def _update_button(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()
