"""'Try a rule': type or paste a sentence, see which rules match it and how.

QA leads tune phrases and thresholds here: each hit shows the phrase that
matched, the matching mode, the similarity and the matched span (highlighted
in the sentence), without scoring a whole call.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.rules import RulePack
from qa_desktop.scoring import RuleMatch, try_text
from qa_desktop.ui.locale_fmt import fmt_num
from qa_desktop.ui.tables import read_only_rows


class TryRulePanel(QGroupBox):
    ruleSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Try a rule"))
        self.pack: RulePack | None = None
        self.matches: list[RuleMatch] = []
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Type or paste a sentence, e.g. 您好，欢迎致电，请问有什么可以帮您？"))
        self.text.setMaximumHeight(80)
        self.speaker = QComboBox(self)
        for label, value in ((self.tr("Said by the agent"), "agent"), (self.tr("Said by the customer"), "customer"),
                             (self.tr("Speaker unknown"), "unknown")):
            self.speaker.addItem(label, value)
        self.try_button = QPushButton(self.tr("Try"), self)
        self.try_button.setDefault(True)
        self.highlight = QLabel(self)
        self.highlight.setWordWrap(True)
        self.highlight.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Phrase"), self.tr("Mode"),
                                              self.tr("Similarity"), self.tr("Matched text")])
        read_only_rows(self.table)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(self.speaker)
        row.addStretch(1)
        row.addWidget(self.try_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addLayout(row)
        lay.addWidget(self.highlight)
        lay.addWidget(self.table, 1)
        self.try_button.clicked.connect(self.run)
        self.table.cellClicked.connect(lambda r, _c: self.ruleSelected.emit(self.matches[r].rule))

    def set_pack(self, pack: RulePack) -> None:
        self.pack = pack
        if self.text.toPlainText().strip():
            self.run()

    def _title(self, rule_id: str) -> str:
        assert self.pack is not None
        if rule_id.startswith("category:"):
            cid = rule_id.split(":", 1)[1]
            cat = next((c for c in self.pack.categories.items if c.id == cid), None)
            return self.tr("Category: %1").replace("%1", cat.title if cat else cid)
        rule = next((r for r in self.pack.rules if r.id == rule_id), None)
        return rule.title if rule else rule_id

    def run(self) -> list[RuleMatch]:
        text = self.text.toPlainText().strip()
        if self.pack is None or not text:
            self.matches = []
        else:
            self.matches = sorted(try_text(text, self.pack, self.speaker.currentData()),
                                  key=lambda m: (-m.similarity, m.rule))
        modes = {"exact": self.tr("exact"), "fuzzy": self.tr("fuzzy"), "phonetic": self.tr("phonetic"),
                 "regex": self.tr("pattern")}
        self.table.setRowCount(len(self.matches))
        for i, m in enumerate(self.matches):
            title = self._title(m.rule)
            if m.expect == "absent":
                title = self.tr("%1 (forbidden)").replace("%1", title)
            sim = QTableWidgetItem(fmt_num(m.similarity, 0))
            sim.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate((QTableWidgetItem(title), QTableWidgetItem(m.phrase),
                                        QTableWidgetItem(modes.get(m.mode, m.mode)), sim,
                                        QTableWidgetItem(m.span))):
                self.table.setItem(i, col, item)
        self._highlight(text)
        return self.matches

    def _highlight(self, text: str) -> None:
        if not text:
            self.highlight.clear()
            return
        if not self.matches:
            self.highlight.setText("<span style='color:#a05a00'>" + escape(self.tr("No rule matches this sentence."))
                                   + "</span>")
            return
        marks = [False] * len(text)
        for m in self.matches:
            for k in range(max(0, m.span_start), min(len(text), m.span_end)):
                marks[k] = True
        out, i = [], 0
        while i < len(text):
            j = i
            while j < len(text) and marks[j] == marks[i]:
                j += 1
            chunk = escape(text[i:j])
            out.append(f"<span style='background:#ffe08a'>{chunk}</span>" if marks[i] else chunk)
            i = j
        self.highlight.setText("".join(out))
