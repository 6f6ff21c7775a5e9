"""Export an agent's or a team's scorecard (PDF / XLSX) with a preview.

The preview is the real PDF (qa_desktop.export) rendered page by page with
QtPdf, so what the inspector sees is exactly what the agent will receive.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.errors import QAError
from qa_desktop.export import build_scorecard, write_scorecard_pdf, write_scorecard_xlsx
from qa_desktop.ui.locale_fmt import date_edit
from qa_desktop.ui.messages import error_text
from qa_desktop.ui.workers import read_in_background


def write_card(db: Any, choice: dict[str, Any], path: str | Path, fmt: str | None, mask: bool) -> Path:
    """Build the scorecard `choice` names (build_scorecard's keywords) and write it as PDF or XLSX."""
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".").lower()
    card = build_scorecard(db, **choice)
    (write_scorecard_xlsx if fmt == "xlsx" else write_scorecard_pdf)(card, path, mask=mask)
    return path


class ScorecardDialog(QDialog):
    def __init__(self, db_provider: Callable[[], Any], settings: QSettings | None = None,
                 parent: QWidget | None = None, subject: str = "agent", name: str | None = None,
                 date_from: str | None = None, date_to: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a scorecard"))
        self.db_provider = db_provider
        self.settings = settings
        self._tmp = tempfile.TemporaryDirectory(prefix="qa-scorecard-")
        self.preview_pdf: Path | None = None
        self.subject = QComboBox(self)
        self.subject.addItem(self.tr("Agent"), "agent")
        self.subject.addItem(self.tr("Team"), "team")
        self.subject.addItem(self.tr("All agents"), "all")
        self.subject.setCurrentIndex(max(0, self.subject.findData(subject)))
        self.name = QComboBox(self)
        self.name.setMinimumWidth(180)
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate.fromString(date_from, "yyyy-MM-dd") if date_from else today.addMonths(-1),
                                   self)
        self.date_to = QDateEdit(QDate.fromString(date_to, "yyyy-MM-dd") if date_to else today, self)
        for edit in (self.date_from, self.date_to):
            date_edit(edit)
        self.mask = QCheckBox(self.tr("Mask personal data (phone, order, ID card and bank card numbers)"), self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.xlsx_button = QPushButton(self.tr("Save as Excel…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.page = QSpinBox(self)
        self.page.setMinimum(1)
        self.page.setPrefix(self.tr("Page "))
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setStyleSheet("background:#7a7f87;padding:12px;")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Scorecard for"), self.subject)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.mask)
        buttons = QVBoxLayout()
        buttons.addLayout(form)
        for b in (self.preview_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(b)
        buttons.addWidget(self.page)
        buttons.addWidget(self.message)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QHBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(scroll, 1)
        self.resize(1100, 820)

        self.pdf = QPdfDocument(self)
        self.subject.currentIndexChanged.connect(self._fill_names)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self._save("pdf"))
        self.xlsx_button.clicked.connect(lambda: self._save("xlsx"))
        self.page.valueChanged.connect(self._show_page)
        close.clicked.connect(self.reject)
        self._fill_names()
        if name:
            self.name.setCurrentIndex(max(0, self.name.findText(name)))

    def _fill_names(self) -> None:
        everyone = self.subject.currentData() == "all"
        self.name.setEnabled(not everyone)
        if everyone:
            self.name.clear()
            return
        agents = self.db_provider().agents()
        names = sorted({a for a, _ in agents} if self.subject.currentData() == "agent" else {t for _, t in agents if t})
        self.name.clear()
        self.name.addItems(names)

    def _choice(self) -> dict[str, Any]:
        """What the dialog asks for, as build_scorecard's keywords (read on the UI thread)."""
        subject = self.subject.currentData()
        who = {"everyone": True} if subject == "all" else {subject: self.name.currentText() or None}
        return {**who, "date_from": self.date_from.date().toString("yyyy-MM-dd"),
                "date_to": self.date_to.date().toString("yyyy-MM-dd")}

    def _card(self) -> Any:
        return build_scorecard(self.db_provider(), **self._choice())

    def export(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the scorecard chosen in the dialog; raises QAError (no calls, unwritable file)."""
        return write_card(self.db_provider(), self._choice(), path, fmt, self.mask.isChecked())

    def preview(self) -> bool:
        try:
            self.preview_pdf = self.export(Path(self._tmp.name) / "preview.pdf", "pdf")
        except QAError as exc:
            self.message.setText(error_text(str(exc)))
            self.image.clear()
            return False
        self.pdf.close()
        self.pdf.load(str(self.preview_pdf))
        self.page.setMaximum(max(1, self.pdf.pageCount()))
        self.page.setSuffix(self.tr(" of %1").replace("%1", str(self.pdf.pageCount())))
        self.message.setText("")
        self._show_page()
        return True

    def rendered_page(self, index: int = 0, width: int = 820) -> QImage:
        size = self.pdf.pagePointSize(index)
        height = int(width * size.height() / size.width()) if size.width() else int(width * 1.414)
        page = self.pdf.render(index, QSize(width, height))
        paper = QImage(page.size(), QImage.Format.Format_RGB32)  # PDF pages render transparent
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, page)
        painter.end()
        return paper

    def _show_page(self) -> None:
        if self.pdf.pageCount():
            width = max(600, self.image.parentWidget().width() - 40)
            self.image.setPixmap(QPixmap.fromImage(self.rendered_page(self.page.value() - 1, width)))

    def _save(self, fmt: str) -> None:
        who = self.name.currentText() if self.subject.currentData() != "all" else "all_agents"
        default = f"scorecard_{who}_{self.date_from.date().toString('yyyyMMdd')}.{fmt}"
        flt = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the scorecard"), default, flt)
        if not path:
            return
        choice, mask = self._choice(), self.mask.isChecked()
        self.message.setText(self.tr("Saving…"))

        def failed(exc: BaseException) -> None:
            self.message.setText("")
            QMessageBox.warning(self, self.tr("Export a scorecard"), error_text(str(exc)))

        # built and written on a pool thread (its own connection): a year of calls never freezes the window
        read_in_background(self.db_provider(), lambda db: write_card(db, choice, path, fmt, mask),
                           lambda _p: self.message.setText(self.tr("Saved %1").replace("%1", path)), failed, self)

    def done(self, result: int) -> None:
        self.pdf.close()
        self._tmp.cleanup()
        super().done(result)
