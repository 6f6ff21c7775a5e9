"""Entering an agent's dispute (申诉) of one verdict of the call under review.

The rule, the agent's reason and who enters it; the dispute is stored by
`storage.disputes.open_dispute` when the dialog is accepted, and refused (with
the reason shown in the dialog, which stays open) when it cannot be.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from qa_desktop.errors import QAError
from qa_desktop.storage import disputes
from qa_desktop.ui.team import team_error_text


class DisputeDialog(QDialog):
    def __init__(self, db: Any, pk: int, results: list[Any], entered_by: str, rule: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dispute a verdict"))
        self.setMinimumWidth(480)
        self.db, self.pk, self.entered_by = db, pk, entered_by
        self.dispute: disputes.Dispute | None = None
        names = {"pass": self.tr("Pass"), "fail": self.tr("Fail")}
        self.rule = QComboBox(self)
        for r in results:
            if r.status in names:
                self.rule.addItem(f"{r.title} — {names[r.status]}", r.rule)
        self.rule.setCurrentIndex(max(0, self.rule.findData(rule)))
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("The agent's reason, in their words (required)"))
        self.reason.setFixedHeight(90)
        self.who = QLabel(entered_by or self.tr("(set your name in Settings)"), self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record the dispute"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Verdict disputed"), self.rule)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Entered by"), self.who)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def accept(self) -> None:
        """Store the dispute; on a refusal (no reason, already disputed, …) say why and stay open."""
        try:
            self.dispute = disputes.open_dispute(self.db, self.pk, self.rule.currentData() or "",
                                                 self.reason.toPlainText(), self.entered_by)
        except QAError as exc:
            self.error.setText(team_error_text(exc))
            return
        super().accept()
