"""Blind scoring: one inspector's verdicts on the session's calls.

The inspector hears the call and reads its transcript with no rule evidence
highlighted, and sees each rule's title only: neither the machine's verdict
nor any other inspector's. What is stored here is the inspector's own
reading (storage.calibration); it never touches the call's review.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.errors import QAError
from qa_desktop.storage import calibration as cal
from qa_desktop.ui.calibration.inspector import ask_inspector, inspector_name
from qa_desktop.ui.locale_fmt import fmt_date
from qa_desktop.ui.messages import error_text
from qa_desktop.ui.review.player import AudioPlayer, PlayerBar
from qa_desktop.ui.review.transcript_view import TranscriptView


class BlindScoringPanel(QWidget):
    saved = Signal(int)  # call pk whose verdicts were stored

    def __init__(self, db_provider: Callable[[], Any], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self.settings = settings
        self.session_id: int | None = None
        self.pk: int | None = None
        self.calls = QListWidget(self)
        self.calls.currentItemChanged.connect(lambda *_: self._open_current())
        self.player = AudioPlayer(self)
        self.player_bar = PlayerBar(self.player, self)
        self.transcript = TranscriptView(self)
        self.transcript.seekRequested.connect(self.player.seek)
        self.player.positionChanged.connect(self.transcript.set_position)
        self.rules = QTreeWidget(self)
        self.rules.setColumnCount(3)
        self.rules.setHeaderLabels([self.tr("Rule"), self.tr("Your verdict"), self.tr("Why (optional)")])
        self.rules.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rules.header().setStretchLastSection(True)
        self.save_button = QPushButton(self.tr("Save my verdicts"), self)
        self.save_button.clicked.connect(lambda *_: self.save())
        self.note = QLabel(self.tr("Blind scoring: the machine's and the other inspectors' verdicts stay hidden. "
                                   "Give each rule your own reading."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#555;")
        self.status = QLabel(self)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.note)
        rl.addWidget(self.player_bar)
        split = QSplitter(Qt.Orientation.Vertical, right)
        split.addWidget(self.transcript)
        split.addWidget(self.rules)
        rl.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        rl.addLayout(row)
        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(self.calls)
        outer.addWidget(right)
        outer.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(outer)
        self._set_enabled(False)

    # ---- public --------------------------------------------------------------------
    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.player.clear()
        self.calls.blockSignals(True)
        self.calls.clear()
        self.calls.blockSignals(False)
        self.rules.clear()
        self.transcript.clear()
        self.pk = None
        self._set_enabled(False)
        if session_id is None:
            return
        conn = self.db_provider().conn
        name = self.inspector_name()
        done = cal.scored_calls(conn, session_id, name) if name else set()
        for c in cal.session_calls(conn, session_id):
            item = QListWidgetItem(self._label(c, c.pk in done))
            item.setData(Qt.ItemDataRole.UserRole, c.pk)
            self.calls.addItem(item)
        if self.calls.count():
            self.calls.setCurrentRow(0)

    def select_call(self, pk: int) -> bool:
        for i in range(self.calls.count()):
            if self.calls.item(i).data(Qt.ItemDataRole.UserRole) == pk:
                self.calls.setCurrentRow(i)
                return True
        return False

    def inspector_name(self) -> str:
        return inspector_name(self.settings)

    def verdict_combo(self, rule: str) -> QComboBox | None:
        item = self._rule_item(rule)
        return self.rules.itemWidget(item, 1) if item else None

    def comment_edit(self, rule: str) -> QLineEdit | None:
        item = self._rule_item(rule)
        return self.rules.itemWidget(item, 2) if item else None

    def set_verdict(self, rule: str, status: str, comment: str = "") -> None:
        combo = self.verdict_combo(rule)
        if combo is not None:
            combo.setCurrentIndex(combo.findData(status))
            self.comment_edit(rule).setText(comment)

    def save(self) -> int:
        """Store the verdicts chosen on this call; returns how many (0 when none or not saved)."""
        if self.session_id is None or self.pk is None:
            return 0
        verdicts = {}
        for i in range(self.rules.topLevelItemCount()):
            item = self.rules.topLevelItem(i)
            rule = item.data(0, Qt.ItemDataRole.UserRole)
            status = self.rules.itemWidget(item, 1).currentData()
            if status:
                verdicts[rule] = (status, self.rules.itemWidget(item, 2).text().strip())
        if not verdicts:
            self.status.setText(self.tr("Choose a verdict for at least one rule."))
            return 0
        who = ask_inspector(self, self.settings)
        if not who:
            return 0
        try:
            n = cal.save_verdicts(self.db_provider(), self.session_id, self.pk, who, verdicts)
        except QAError as exc:
            QMessageBox.warning(self, self.tr("Verdicts not saved"), error_text(str(exc)))
            return 0
        item = self.calls.currentItem()
        if item is not None:
            c = next((c for c in cal.session_calls(self.db_provider().conn, self.session_id) if c.pk == self.pk), None)
            if c is not None:
                item.setText(self._label(c, True))
        self.status.setText(self.tr("Saved %1 verdicts.").replace("%1", str(n)))
        self.saved.emit(self.pk)
        return n

    # ---- internals -----------------------------------------------------------------
    def _label(self, c: cal.SessionCall, done: bool) -> str:
        text = " · ".join(x for x in (c.call_id or Path(c.file).name, c.agent, fmt_date(c.date) if c.date else "")
                          if x)
        return ("✓ " if done else "    ") + text

    def _rule_item(self, rule: str) -> QTreeWidgetItem | None:
        for i in range(self.rules.topLevelItemCount()):
            item = self.rules.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == rule:
                return item
        return None

    def _set_enabled(self, on: bool) -> None:
        self.save_button.setEnabled(on)
        self.rules.setEnabled(on)

    def _open_current(self) -> None:
        item = self.calls.currentItem()
        if item is None or self.session_id is None:
            return
        self.pk = int(item.data(Qt.ItemDataRole.UserRole))
        db = self.db_provider()
        try:
            stored = db.load_call(self.pk)
        except QAError as exc:
            self.status.setText(error_text(str(exc)))
            return
        # the transcript only: no evidence marked (it would show what the machine matched)
        self.transcript.show_transcript(stored.transcript, [])
        audio = Path(stored.file or stored.transcript.file)
        self.player.clear()
        self.player_bar.reset_notice()
        if audio.is_file():
            self.player.load(audio, stored.transcript.duration)
        else:
            self.player.load(None, stored.transcript.duration)
            self.player_bar.show_notice(self.tr("Recording not found: %1").replace("%1", str(audio)))
        name = self.inspector_name()
        mine = cal.my_verdicts(db.conn, self.session_id, self.pk, name) if name else {}
        self.rules.clear()
        for r in cal.blind_rules(db.conn, self.pk):
            item = QTreeWidgetItem([r.title or r.rule, "", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, r.rule)
            item.setToolTip(0, r.rule)
            self.rules.addTopLevelItem(item)
            combo = QComboBox(self.rules)
            for status, label in (("", self.tr("—")), ("pass", self.tr("Pass")), ("fail", self.tr("Fail")),
                                  ("na", self.tr("Not applicable"))):
                combo.addItem(label, status)
            edit = QLineEdit(self.rules)
            status, comment = mine.get(r.rule, ("", ""))
            combo.setCurrentIndex(max(0, combo.findData(status)))
            edit.setText(comment)
            self.rules.setItemWidget(item, 1, combo)
            self.rules.setItemWidget(item, 2, edit)
        self._set_enabled(True)
        self.status.setText(self.tr("You have scored this call.") if mine else "")
