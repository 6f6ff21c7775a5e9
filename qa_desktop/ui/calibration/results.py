"""The agreement report on screen: overall, per rule, per inspector, and the calls that split the team.

It shows everyone's verdicts, so an inspector sees it only after scoring every
call of the session (or as the lead who set it up): looking first would
unblind the scoring. A double-click on a split call opens it for review.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.calibration import CalibrationReport, build_report
from qa_desktop.errors import QAError
from qa_desktop.storage import calibration as cal
from qa_desktop.ui.calibration.inspector import inspector_name
from qa_desktop.ui.calibration.tables import fill, int_item, kappa_item, new_table, pct_item
from qa_desktop.ui.locale_fmt import fmt_date, fmt_pct
from qa_desktop.ui.messages import error_text


class ResultsView(QWidget):
    openCalls = Signal(list)

    def __init__(self, db_provider: Callable[[], Any], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self.settings = settings
        self.session_id: int | None = None
        self.report: CalibrationReport | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.method = QLabel(self)
        self.method.setWordWrap(True)
        self.method.setStyleSheet("color:#555;")
        self.rules = new_table(self, [self.tr("Rule"), self.tr("Calls"), self.tr("Agreement"), self.tr("Kappa"),
                                      self.tr("Fleiss' kappa"), self.tr("Split calls"), self.tr("With machine"),
                                      self.tr("Machine kappa")])
        self.people = new_table(self, [self.tr("Inspector"), self.tr("Verdicts"), self.tr("Agreement with others"),
                                       self.tr("Kappa with others"), self.tr("With machine"),
                                       self.tr("Machine kappa")])
        self.splits = new_table(self, [self.tr("Call"), self.tr("Agent"), self.tr("Date"), self.tr("Rule"),
                                       self.tr("Who said what"), self.tr("Machine"), self.tr("Why")])
        self.splits.setToolTip(self.tr("Double-click a call to open it"))
        self.splits.cellDoubleClicked.connect(self._open_split)
        self.mask = QCheckBox(self.tr("Mask personal numbers"), self)
        self.mask.setChecked(True)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.xlsx_button = QPushButton(self.tr("Export Excel…"), self)
        self.pdf_button.clicked.connect(lambda *_: self._export("pdf"))
        self.xlsx_button.clicked.connect(lambda *_: self._export("xlsx"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.mask)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        for title, table in ((self.tr("Per rule"), self.rules), (self.tr("Per inspector"), self.people),
                             (self.tr("Calls that split the team"), self.splits)):
            box = QWidget(split)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 4, 0, 0)
            label = QLabel(f"<b>{title}</b>", box)
            bl.addWidget(label)
            bl.addWidget(table, 1)
            split.addWidget(box)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.method)
        lay.addWidget(split, 1)
        self._enable(False)

    # ---- public --------------------------------------------------------------------
    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.report = None
        for t in (self.rules, self.people, self.splits):
            t.setRowCount(0)
        self.method.clear()
        self._enable(False)
        if session_id is None:
            self.summary.setText(self.tr("No calibration session yet: create one with “New session…”."))
            return
        conn = self.db_provider().conn
        sess = cal.session(conn, session_id)
        me = inspector_name(self.settings)
        left = sess.n_calls - len(cal.scored_calls(conn, session_id, me)) if me else sess.n_calls
        if me != sess.created_by and left > 0:
            self.summary.setText(self.tr("The results show every inspector's verdicts. Score the %1 call(s) left "
                                         "in this session first, so your scoring stays blind.").replace("%1", str(left)))
            return
        try:
            r = build_report(self.db_provider(), session_id)
        except QAError as exc:
            self.summary.setText(error_text(str(exc)))
            return
        self.report = r
        pct = (lambda x: "—" if x is None else fmt_pct(x))
        kap = (lambda x: "—" if x is None else f"{x:.2f}")
        self.summary.setText(
            self.tr("%1 calls, inspectors: %2. Agreement between inspectors %3, kappa %4; agreement with the "
                    "machine %5; %6 call(s) split the team.")
            .replace("%1", str(r.n_calls)).replace("%2", ", ".join(r.inspectors) or "—")
            .replace("%3", pct(r.agreement)).replace("%4", kap(r.kappa)).replace("%5", pct(r.machine_agreement))
            .replace("%6", str(len(r.splits))))
        self.method.setText(self.tr("Kappa: the mean of Cohen's kappa over every pair of inspectors (Light's kappa), "
                                    "on the calls both scored; 1 is full agreement, 0 no better than chance, — where "
                                    "it is not defined. Fleiss' kappa where every call has as many inspectors."))
        fill(self.rules, [[r_.title or r_.rule, int_item(r_.n_calls), pct_item(r_.agreement), kappa_item(r_.kappa),
                           kappa_item(r_.fleiss), int_item(r_.n_split), pct_item(r_.machine_agreement),
                           kappa_item(r_.machine_kappa)] for r_ in r.rules])
        fill(self.people, [[p.inspector, int_item(p.n_verdicts), pct_item(p.agreement), kappa_item(p.kappa),
                            pct_item(p.machine_agreement), kappa_item(p.machine_kappa)] for p in r.by_inspector])
        rows = []
        words = {"pass": self.tr("Pass"), "fail": self.tr("Fail"), "na": self.tr("Not applicable")}
        for call in r.splits:
            for rule in call.rules:
                item = QTableWidgetItem(call.call_id or Path(call.file).name)
                item.setData(Qt.ItemDataRole.UserRole, call.pk)
                rows.append([item, call.agent, fmt_date(call.date) if call.date else "", rule.title or rule.rule,
                             "; ".join(f"{words.get(k, k)}: {', '.join(v)}" for k, v in sorted(rule.verdicts.items())),
                             words.get(rule.machine, rule.machine),
                             "; ".join(f"{w}: {c}" for w, c in sorted(rule.comments.items()))])
        fill(self.splits, rows)
        self._enable(True)

    def export(self, path: str | Path, kind: str) -> Path:
        from qa_desktop.export.calibration_report import write_calibration_pdf, write_calibration_xlsx

        assert self.report is not None
        write = write_calibration_pdf if kind == "pdf" else write_calibration_xlsx
        write(self.report, path, mask=self.mask.isChecked())
        return Path(path)

    # ---- internals -----------------------------------------------------------------
    def _enable(self, on: bool) -> None:
        for w in (self.pdf_button, self.xlsx_button, self.mask):
            w.setEnabled(on)

    def _export(self, kind: str) -> None:
        if self.report is None:
            return
        name = self.report.session.name.replace("/", "-").replace(" ", "_")
        pattern = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the calibration report"),
                                              f"calibration_{name}.{kind}", pattern)
        if path:
            try:
                self.export(path, kind)
            except QAError as exc:
                QMessageBox.warning(self, self.tr("Export failed"), error_text(str(exc)))

    def _open_split(self, row: int, _col: int) -> None:
        item = self.splits.item(row, 0)
        if item is not None:
            self.openCalls.emit([int(item.data(Qt.ItemDataRole.UserRole))])
