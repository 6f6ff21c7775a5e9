"""File ▸ Export reports…: the weekly reports without the command line.

A team lead picks what to export: a scorecard (one agent, one team or all
agents, with the PDF preview of qa_desktop.ui.scorecard_export), the call list
(CSV or an Excel workbook with every rule result) or the rule results alone
(CSV). The call list is the one on screen (its filters), so "export what I
see" is one click. Files are written on a pool thread over a connection of
its own (ui.workers.read_in_background): a year of calls never freezes the
window, and the dialog says when the file is ready.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.ui.messages import error_text
from qa_desktop.ui.workers import read_in_background


def write_list(db: Any, filters: Any, what: str, path: str | Path, mask: bool) -> int:
    """Write the call list (`calls`: CSV or XLSX by the suffix) or the rule results (`rules`: CSV)."""
    from qa_desktop.export import export_calls

    path = Path(path)
    if what == "rules":
        return export_calls(db, filters, rules_csv_path=path, mask=mask)
    if path.suffix.lower() == ".xlsx":
        return export_calls(db, filters, xlsx_path=path, mask=mask)
    return export_calls(db, filters, csv_path=path, mask=mask)


class ReportExportDialog(QDialog):
    """Choose a report, then where to save it; list exports run off the UI thread."""

    def __init__(self, db_provider: Callable[[], Any], filters_provider: Callable[[], Any] | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export reports"))
        self.db_provider = db_provider
        self.filters_provider = filters_provider or (lambda: None)
        self.settings = settings
        self.scorecard = QRadioButton(self.tr("Scorecard of an agent, a team or all agents (PDF or Excel)"), self)
        self.calls = QRadioButton(self.tr("Call list, as filtered on the Calls page (CSV, or Excel with every "
                                          "rule result)"), self)
        self.rules = QRadioButton(self.tr("Rule results: one line per call and rule, with inspectors' overrides "
                                          "(CSV)"), self)
        self.scorecard.setChecked(True)
        self.mask = QCheckBox(self.tr("Mask personal data (phone, order, ID card and bank card numbers)"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setDefault(True)
        close = QPushButton(self.tr("Close"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("What to export:"), self))
        for w in (self.scorecard, self.calls, self.rules, self.mask, self.message):
            lay.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.export_button.clicked.connect(self.choose)
        close.clicked.connect(self.reject)
        self.busy = False

    def kind(self) -> str:
        return "scorecard" if self.scorecard.isChecked() else "calls" if self.calls.isChecked() else "rules"

    def choose(self) -> None:
        """Open the scorecard dialog, or ask where to save the list and write it."""
        if self.kind() == "scorecard":
            from qa_desktop.ui.scorecard_export import ScorecardDialog

            dialog = ScorecardDialog(self.db_provider, self.settings, self)
            dialog.mask.setChecked(self.mask.isChecked())
            dialog.exec()
            return
        if self.kind() == "rules":
            default, flt = "rule_results.csv", self.tr("CSV files (*.csv)")
        else:
            default, flt = "calls.xlsx", self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the export"), default, flt)
        if path:
            self.start(path)

    def start(self, path: str | Path) -> None:
        """Write the chosen list to `path` on a pool thread; the dialog says when it is done."""
        what, filters, mask = self.kind(), self.filters_provider(), self.mask.isChecked()
        self.busy = True
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))

        def done(n: int) -> None:
            self.busy = False
            self.export_button.setEnabled(True)
            text = (self.tr("Exported 1 call to %2") if n == 1 else self.tr("Exported %1 calls to %2"))
            self.message.setText(text.replace("%1", str(n)).replace("%2", str(path)))

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.export_button.setEnabled(True)
            self.message.setText(error_text(str(exc)))

        read_in_background(self.db_provider(), lambda db: write_list(db, filters, what, path, mask), done, failed,
                           self)
