"""The scorecard: every rule with its verdict, points and evidence; the
inspector overrides a verdict with a comment and signs the call off.

The panel only shows and asks; the review screen stores the decision and hands
back the re-computed score, so the panel never holds a second copy of the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.domain import CallScore, Evidence, RuleResult
from qa_desktop.ui.locale_fmt import fmt_g, fmt_num
from qa_desktop.ui.messages import evidence_text, note_text, reason_text, rule_titles
from qa_desktop.rules.informational import is_informational
from qa_desktop.ui.review.colors import INFO_COLOR, STATUS_COLORS
from qa_desktop.ui.review.player import format_time


@dataclass(slots=True)
class OverrideView:
    """What the panel needs to know about one stored override."""

    rule: str
    status: str
    comment: str = ""
    inspector: str = ""
    at: str = ""


class ScorecardPanel(QWidget):
    seekRequested = Signal(float)
    overrideRequested = Signal(str, str, str)  # rule, status, comment
    signOffRequested = Signal(str)  # comment
    disputeRequested = Signal(str)  # comment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._machine: CallScore | None = None
        self._effective: CallScore | None = None
        self._overrides: dict[str, OverrideView] = {}

        self.score_label = QLabel("–", self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.score_label.setFont(big)
        self.machine_label = QLabel(self)
        self.machine_label.setStyleSheet("color:#666;")
        self.critical_label = QLabel(self)
        self.critical_label.setWordWrap(True)
        self.critical_label.setStyleSheet(f"color:{STATUS_COLORS['fail']}; font-weight:bold;")
        self.status_label = QLabel(self)
        head = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.score_label)
        col = QVBoxLayout()
        col.addWidget(self.machine_label)
        col.addWidget(self.status_label)
        row.addLayout(col, 1)
        head.addLayout(row)
        head.addWidget(self.critical_label)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Rule"), self.tr("Verdict"), self.tr("Points")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 0px; }")
        self.tree.currentItemChanged.connect(lambda *_: self._show_detail())
        self.tree.itemDoubleClicked.connect(lambda *_: self._jump_to_first_evidence())

        self.detail = QGroupBox(self.tr("Selected rule"), self)
        self.reason_label = QLabel(self.detail)
        self.reason_label.setWordWrap(True)
        self.evidence_list = QListWidget(self.detail)
        self.evidence_list.setToolTip(self.tr("Click a piece of evidence to hear that moment"))
        self.evidence_list.itemClicked.connect(self._on_evidence_clicked)
        self.evidence_list.setWordWrap(True)
        self.override_status = QComboBox(self.detail)
        for status, label in (("pass", self.tr("Pass")), ("fail", self.tr("Fail")), ("na", self.tr("Not applicable"))):
            self.override_status.addItem(label, status)
        self.override_comment = QLineEdit(self.detail)
        self.override_comment.setPlaceholderText(self.tr("Why the verdict changes (required)"))
        self.override_comment.textChanged.connect(lambda *_: self._update_buttons())
        self.override_button = QPushButton(self.tr("Override"), self.detail)
        self.override_button.clicked.connect(lambda *_: self._request_override())
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_status)
        override_row.addWidget(self.override_comment, 1)
        override_row.addWidget(self.override_button)
        form = QFormLayout(self.detail)
        form.addRow(self.reason_label)
        form.addRow(self.evidence_list)
        form.addRow(self.tr("Verdict:"), override_row)

        self.signoff = QGroupBox(self.tr("Review"), self)
        self.signoff_comment = QLineEdit(self.signoff)
        self.signoff_comment.setPlaceholderText(self.tr("Comment for the agent or team lead (optional)"))
        self.signoff_button = QPushButton(self.tr("Sign off"), self.signoff)
        self.signoff_button.setDefault(True)
        self.signoff_button.clicked.connect(lambda: self.signOffRequested.emit(self.signoff_comment.text().strip()))
        self.dispute_button = QPushButton(self.tr("Dispute a verdict…"), self.signoff)
        self.dispute_button.setToolTip(self.tr("Enter an agent's dispute of the selected rule's verdict"))
        self.dispute_button.clicked.connect(lambda: self.disputeRequested.emit(self.signoff_comment.text().strip()))
        self.history_label = QLabel(self.signoff)
        self.history_label.setWordWrap(True)
        self.history_label.setStyleSheet("color:#555;")
        sl = QVBoxLayout(self.signoff)
        sl.addWidget(self.signoff_comment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dispute_button)
        buttons.addStretch(1)
        buttons.addWidget(self.signoff_button)
        sl.addLayout(buttons)
        sl.addWidget(self.history_label)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(head)
        lay.addWidget(split, 1)
        lay.addWidget(self.signoff)
        self._update_buttons()

    # ---- content -------------------------------------------------------------
    def show_score(
        self,
        machine: CallScore,
        effective: CallScore | None = None,
        overrides: list[OverrideView] | None = None,
        keep_selection: bool = False,
    ) -> None:
        selected = self.selected_rule() if keep_selection else None
        self._machine = machine
        self._effective = effective or machine
        self._overrides = {o.rule: o for o in overrides or []}
        eff = self._effective
        self.score_label.setText(fmt_num(eff.score, 0))
        color = STATUS_COLORS["pass"] if not eff.critical_failed and eff.score >= 80 else STATUS_COLORS["fail"]
        if not eff.critical_failed and 60 <= eff.score < 80:
            color = "#b26a00"
        self.score_label.setStyleSheet(f"color:{color};")
        if abs(eff.score - machine.score) > 1e-6 or self._overrides:
            self.machine_label.setText(self.tr("Machine score %1, after overrides %2")
                                       .replace("%1", fmt_num(machine.score, 0)).replace("%2", fmt_num(eff.score, 0)))
        else:
            self.machine_label.setText(self.tr("Machine score (pack %1)").replace("%1", machine.pack))
        if eff.critical_failed:
            self.critical_label.setText(self.tr("Critical rule failed: %1").replace("%1", ", ".join(
                self._title(r) for r in eff.critical_failed)))
        else:
            self.critical_label.clear()
        self.critical_label.setVisible(bool(eff.critical_failed))
        self._fill_tree()
        if not (selected and self.select_rule(selected)):
            first_failed = next((r.rule for r in eff.results if r.status == "fail"), None)
            if first_failed or eff.results:
                self.select_rule(first_failed or eff.results[0].rule)
        self._show_detail()

    def set_review_state(self, status: str, history: list[str]) -> None:
        labels = {"to-review": self.tr("To review"), "reviewed": self.tr("Reviewed"), "disputed": self.tr("Disputed")}
        self.status_label.setText(self.tr("Status: %1").replace("%1", labels.get(status, status)))
        self.history_label.setText("<br/>".join(history))

    def effective_score(self) -> CallScore | None:
        return self._effective

    def selected_rule(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select_rule(self, rule: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, Qt.ItemDataRole.UserRole) == rule:
                    self.tree.setCurrentItem(top.child(j))
                    return True
        return False

    def all_evidence(self) -> list[tuple[Evidence, str]]:
        """Evidence of every rule with the rule's effective status, for the waveform and transcript
        ("info" for an informational rule's: found, neither passed nor failed)."""
        if self._effective is None:
            return []
        return [(ev, "info" if is_informational(r) else r.status) for r in self._effective.results
                for ev in r.evidence]

    def request_override(self, rule: str, status: str, comment: str) -> None:
        """Programmatic path of the Override button (keyboard users, tests)."""
        self.select_rule(rule)
        self.override_status.setCurrentIndex(self.override_status.findData(status))
        self.override_comment.setText(comment)
        self._request_override()

    # ---- internals -----------------------------------------------------------
    def _fill_tree(self) -> None:
        assert self._effective is not None and self._machine is not None
        self.tree.clear()
        sections = {s.section: s for s in self._effective.sections}
        by_section: dict[str, list[RuleResult]] = {}
        for r in self._effective.results:
            by_section.setdefault(r.section, []).append(r)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section, results in by_section.items():
            s = sections.get(section)
            top = QTreeWidgetItem([s.title if s else section, "", f"{fmt_g(s.earned)} / {fmt_g(s.possible)}" if s else ""])
            top.setFont(0, bold)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(top)
            for r in results:
                top.addChild(self._rule_item(r))
            top.setExpanded(True)

    def _rule_item(self, r: RuleResult) -> QTreeWidgetItem:
        machine = self._machine.result(r.rule) if self._machine else None
        info = is_informational(r)
        text = self._found_text if info else self._status_text
        verdict = text(r.status)
        if r.rule in self._overrides and machine is not None and machine.status != r.status:
            verdict = f"{text(machine.status)} → {verdict}"
        elif r.rule in self._overrides:
            verdict = self.tr("%1 (confirmed)").replace("%1", verdict)
        title = r.title + (" ★" if r.critical else "")
        points = self.tr("not scored") if info else f"{fmt_g(r.points)} / {fmt_g(r.max_points)}"
        item = QTreeWidgetItem([title, verdict, points])
        item.setData(0, Qt.ItemDataRole.UserRole, r.rule)
        # found / not found is information, not a verdict on the agent: neither green nor red
        item.setForeground(1, QBrush(QColor(INFO_COLOR if info else STATUS_COLORS.get(r.status, "#333"))))
        tip = reason_text(r, self._titles()) + (
            "\n" + self.tr("Critical rule: failing it fails the call.") if r.critical else "") + (
            "\n" + self.tr("Informational rule: shown as found or not found; it scores no points.") if info else "")
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
        if r.rule in self._overrides:
            f = QFont(self.tree.font())
            f.setItalic(True)
            item.setFont(1, f)
        return item

    def _found_text(self, status: str) -> str:
        return {"pass": self.tr("Found"), "fail": self.tr("Not found"), "na": self.tr("N/A")}.get(status, status)

    def _status_text(self, status: str) -> str:
        return {"pass": self.tr("Pass"), "fail": self.tr("Fail"), "na": self.tr("N/A")}.get(status, status)

    def _titles(self) -> dict[str, str]:
        return rule_titles(self._effective.results) if self._effective else {}

    def _title(self, rule: str) -> str:
        r = self._effective.result(rule) if self._effective else None
        return r.title if r else rule

    def _current_result(self) -> RuleResult | None:
        rule = self.selected_rule()
        return self._effective.result(rule) if rule and self._effective else None

    def _show_detail(self) -> None:
        r = self._current_result()
        self.evidence_list.clear()
        if r is None:
            self.detail.setTitle(self.tr("Selected rule"))
            self.reason_label.setText(self.tr("Select a rule to see its evidence and change its verdict."))
            self._update_buttons()
            return
        self.detail.setTitle(r.title)
        machine = self._machine.result(r.rule) if self._machine else None
        reason = reason_text(r, self._titles())
        lines = [reason] if reason else []
        text = self._found_text if is_informational(r) else self._status_text
        if machine is not None:
            lines.append(self.tr("Machine verdict: %1").replace("%1", text(machine.status)))
        o = self._overrides.get(r.rule)
        if o is not None:
            lines.append(self.tr("Override by %1: %2 — %3").replace("%1", o.inspector or "?")
                         .replace("%2", text(o.status)).replace("%3", o.comment))
        self.reason_label.setText("\n".join(lines))
        for ev in r.evidence:
            note = note_text(ev, self._titles())
            label = evidence_text(ev) or note
            who = {"agent": self.tr("Agent"), "customer": self.tr("Customer")}.get(ev.speaker, "")
            text = f"{format_time(ev.start)}  {who}  {label}".strip()
            if note and note != label:
                text += f"\n{note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ev.start)
            self.evidence_list.addItem(item)
        if not r.evidence:
            self.evidence_list.addItem(QListWidgetItem(self.tr("No evidence recorded for this rule.")))
        self.override_status.setCurrentIndex(max(0, self.override_status.findData(r.status)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_rule = self._current_result() is not None
        self.override_button.setEnabled(has_rule and bool(self.override_comment.text().strip()))
        self.override_status.setEnabled(has_rule)
        self.override_comment.setEnabled(has_rule)

    def _request_override(self) -> None:
        rule = self.selected_rule()
        comment = self.override_comment.text().strip()
        if rule and comment:
            self.overrideRequested.emit(rule, self.override_status.currentData(), comment)
            self.override_comment.clear()

    def _on_evidence_clicked(self, item: QListWidgetItem) -> None:
        start = item.data(Qt.ItemDataRole.UserRole)
        if start is not None:
            self.seekRequested.emit(float(start))

    def _jump_to_first_evidence(self) -> None:
        r = self._current_result()
        if r and r.evidence:
            self.seekRequested.emit(r.evidence[0].start)
