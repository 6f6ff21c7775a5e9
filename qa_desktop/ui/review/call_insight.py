"""What the call is about and whether the customer may escalate, above the dialogue.

Why a panel of its own: the scorecard lists rules; the category and the
escalation risk are verdicts about the call as a whole, and the inspector
acts on them differently (a wrong category is corrected, and the correction
teaches the team's future scoring; an escalation is heard first). The panel
only shows and asks; the review screen stores.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.domain import CallScore, Evidence
from qa_desktop.ui.call_list_filters import CATEGORIES
from qa_desktop.ui.call_list_model import ESCALATION_COLORS, category_label
from qa_desktop.ui.locale_fmt import fmt_int, fmt_num, fmt_pct
from qa_desktop.ui.messages import note_text
from qa_desktop.ui.review.player import format_time


class CallInsightPanel(QWidget):
    seekRequested = Signal(float)
    categoryCorrectionRequested = Signal(str, str)  # category, comment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.escalation_label = QLabel(self)
        self.escalation_label.setWordWrap(True)
        self.escalation_list = QListWidget(self)
        self.escalation_list.setWordWrap(True)
        self.escalation_list.setMaximumHeight(90)
        self.escalation_list.setToolTip(self.tr("Click a piece of evidence to hear that moment"))
        self.escalation_list.itemClicked.connect(self._on_evidence_clicked)
        self.category_label = QLabel(self)
        self.category_label.setWordWrap(True)
        self.category_label.setTextFormat(Qt.TextFormat.PlainText)
        self.correct_to = QComboBox(self)
        self.correct_comment = QLineEdit(self)
        self.correct_comment.setPlaceholderText(self.tr("What the customer's problem really is (optional)"))
        self.correct_button = QPushButton(self.tr("Correct category"), self)
        self.correct_button.setToolTip(self.tr(
            "The customer's sentences of this call become an example for this team's future scoring"))
        self.correct_button.clicked.connect(lambda *_: self._request_correction())
        self.correct_to.currentIndexChanged.connect(lambda *_: self._update_button())
        self.learning_label = QLabel(self)
        self.learning_label.setWordWrap(True)
        self.learning_label.setStyleSheet("color:#2e6b30;")
        self._score: CallScore | None = None

        row = QHBoxLayout()
        row.addWidget(self.category_label, 1)
        row.addWidget(self.correct_to)
        row.addWidget(self.correct_comment, 1)
        row.addWidget(self.correct_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.escalation_label)
        lay.addWidget(self.escalation_list)
        lay.addLayout(row)
        lay.addWidget(self.learning_label)

    # ---- content -------------------------------------------------------------
    def show_score(self, machine: CallScore | None, effective: CallScore | None) -> None:
        self._score = effective or machine
        self.learning_label.clear()
        self._show_escalation(machine)
        self._show_category(machine, self._score)

    def show_learning(self, n_sentences: int, team: str, impact: dict[str, Any] | None) -> None:
        """What a correction taught, and (once measured) what it changed."""
        if n_sentences == 0:
            self.learning_label.setText(self.tr("Saved. The sentences of this call were already examples "
                                                "for this team."))
            return
        text = self.tr("Learned %1 sentence(s) of this call as examples for team %2.").replace(
            "%1", fmt_int(n_sentences)).replace("%2", team or self.tr("(no team)"))
        if impact is None:
            text += " " + self.tr("Measuring what they change…")
        else:
            text += " " + impact_text(impact)
        self.learning_label.setText(text)

    def escalation_text(self) -> str:
        return self.escalation_label.text()

    # ---- internals -----------------------------------------------------------
    def _show_escalation(self, score: CallScore | None) -> None:
        self.escalation_list.clear()
        esc = getattr(score, "escalation", None)
        level = getattr(esc, "level", "none") if esc is not None else "none"
        if level not in ESCALATION_COLORS:
            self.escalation_label.setText(self.tr("No sign that the customer will escalate."))
            self.escalation_label.setStyleSheet("color:#666;")
            self.escalation_list.hide()
            return
        title = self.tr("High escalation risk") if level == "high" else self.tr("Some escalation risk")
        self.escalation_label.setText(self.tr("%1 (score %2): the customer may take this further.")
                                      .replace("%1", title).replace("%2", fmt_num(esc.score, 2)))
        self.escalation_label.setStyleSheet(
            f"background:{ESCALATION_COLORS[level]}; color:white; font-weight:bold; padding:4px; border-radius:3px;")
        for ev in esc.evidence:
            item = QListWidgetItem(self._evidence_line(ev))
            item.setData(Qt.ItemDataRole.UserRole, float(ev.start))
            self.escalation_list.addItem(item)
        self.escalation_list.setVisible(bool(esc.evidence))

    def _evidence_line(self, ev: Evidence) -> str:
        said = ev.span or ev.text
        why = note_text(ev)
        line = f"{format_time(ev.start)} · “{said}”" if said else format_time(ev.start)
        return f"{line} — {why}" if why else line

    def _show_category(self, machine: CallScore | None, score: CallScore | None) -> None:
        self.correct_to.blockSignals(True)
        self.correct_to.clear()
        if score is None:
            self.category_label.setText(self.tr("Not scored"))
            self.correct_to.blockSignals(False)
            self._update_button()
            return
        text = self.tr("Category: %1").replace("%1", category_label(score.category))
        confidence = getattr(score, "category_confidence", 0.0)
        if confidence:
            text += " " + self.tr("(%1 sure)").replace("%1", fmt_pct(confidence))
        secondary = getattr(score, "secondary_category", "")
        if secondary:
            text += " · " + self.tr("also: %1").replace("%1", category_label(secondary))
        if machine is not None and machine.category != score.category:
            text += " · " + self.tr("corrected by the inspector (the machine said %1)").replace(
                "%1", category_label(machine.category))
        self.category_label.setText(text)
        known = list(dict.fromkeys([*CATEGORIES, *(c.category for c in score.categories)]))
        self.correct_to.addItem(self.tr("Correct to…"), None)
        for c in known:
            if c != score.category:
                self.correct_to.addItem(category_label(c), c)
        self.correct_to.blockSignals(False)
        self._update_button()

    def _update_button(self) -> None:
        self.correct_button.setEnabled(self.correct_to.currentData() is not None)

    def _request_correction(self) -> None:
        category = self.correct_to.currentData()
        if category:
            self.categoryCorrectionRequested.emit(category, self.correct_comment.text().strip())
            self.correct_comment.clear()

    def _on_evidence_clicked(self, item: QListWidgetItem) -> None:
        start = item.data(Qt.ItemDataRole.UserRole)
        if start is not None:
            self.seekRequested.emit(float(start))


def impact_text(impact: dict[str, Any]) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "CallInsightPanel",
        "Re-scoring %1 stored call(s) of this team with them changed the category of %2 call(s) "
        "and the conduct verdict of %3 call(s).").replace("%1", fmt_int(impact.get("calls", 0))).replace(
        "%2", fmt_int(impact.get("category_changed", 0))).replace("%3", fmt_int(impact.get("conduct_changed", 0)))
