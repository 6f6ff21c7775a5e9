"""One call under review: player + waveform + dialogue on the left, scorecard on
the right, prev/next through the current filtered list without going back.

Keyboard: Space play/pause, ←/→ seek 5 s, [ / ] slower/faster, Ctrl+↑/↓ (or
PgUp/PgDn) previous/next call, Esc back to the list. Media keys are disabled
while a text field has focus so typing a comment never starts playback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.domain import Transcript
from qa_desktop.errors import QAError
from qa_desktop.ui.locale_fmt import fmt_date, fmt_datetime
from qa_desktop.ui.messages import error_text, language_label
from qa_desktop.ui.review.player import AudioPlayer, PlayerBar, format_time
from qa_desktop.ui.review.repeats_bar import RepeatContactsBar
from qa_desktop.ui.review.scorecard_panel import OverrideView, ScorecardPanel
from qa_desktop.ui.review.transcript_view import TranscriptView
from qa_desktop.ui.review.waveform import WaveformView
from qa_desktop.ui.workers import run_in_background

log = logging.getLogger(__name__)

#: neighbour(pk, step) -> the pk `step` rows away in the current list, or None.
Navigator = Callable[[int, int], "int | None"]


def decode_channels(path: str) -> list[np.ndarray]:
    """Per-channel float32 16 kHz samples for the waveform (runs on a pool thread)."""
    from qa_desktop.audio import decode

    result: Any = decode(path)
    for attr in ("channels", "samples", "data"):
        if hasattr(result, attr):
            result = getattr(result, attr)
            break
    if isinstance(result, np.ndarray):
        return [result] if result.ndim == 1 else [result[i] for i in range(result.shape[0])]
    return [np.asarray(c, dtype=np.float32) for c in result]


class ReviewScreen(QWidget):
    backRequested = Signal()
    callChanged = Signal(int)  # pk whose score/status changed

    def __init__(self, db_provider: Callable[[], Any], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self.settings = settings
        self.navigator: Navigator | None = None
        self.pk: int | None = None
        self.stored: Any = None
        self._load_token = 0

        self.player = AudioPlayer(self)
        self.player_bar = PlayerBar(self.player, self)
        self.waveform = WaveformView(self)
        self.transcript_view = TranscriptView(self)
        self.scorecard = ScorecardPanel(self)
        self.repeats_bar = RepeatContactsBar(self)  # the customer's earlier / later calls, clickable
        self.repeats_bar.openCall.connect(self.open_call)

        self.back_button = self._tool(self.tr("← Calls"), self.tr("Back to the call list (Esc)"), self.backRequested.emit)
        self.prev_button = self._tool(self.tr("‹ Previous"), self.tr("Previous call in the list (Ctrl+↑)"),
                                      lambda: self.go(-1))
        self.next_button = self._tool(self.tr("Next ›"), self.tr("Next call in the list (Ctrl+↓)"), lambda: self.go(1))
        self.title_label = QLabel(self)
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title_label.setFont(f)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setStyleSheet("color:#666;")
        self.help_button = self._tool("?", self.shortcut_help(), lambda: QMessageBox.information(
            self, self.tr("Keyboard shortcuts"), self.shortcut_help()))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        top.addLayout(titles, 1)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addWidget(self.help_button)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.player_bar)
        media = QSplitter(Qt.Orientation.Vertical, left)
        media.addWidget(self.waveform)
        media.addWidget(self.transcript_view)
        media.setStretchFactor(0, 1)
        media.setStretchFactor(1, 3)
        ll.addWidget(media, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.scorecard)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.repeats_bar)
        lay.addWidget(split, 1)

        self.player.positionChanged.connect(self._on_position)
        for view in (self.waveform, self.transcript_view, self.scorecard):
            view.seekRequested.connect(self.player.seek)
        self.scorecard.overrideRequested.connect(self.override)
        self.scorecard.signOffRequested.connect(self.sign_off)
        self.scorecard.disputeRequested.connect(self._dispute_or_reopen)
        self._media_shortcuts = [
            self._shortcut(Qt.Key.Key_Space, self.player.toggle),
            self._shortcut(Qt.Key.Key_Left, lambda: self.player.skip(-5.0)),
            self._shortcut(Qt.Key.Key_Right, lambda: self.player.skip(5.0)),
            self._shortcut(Qt.Key.Key_BracketLeft, lambda: self.player.step_rate(-1)),
            self._shortcut(Qt.Key.Key_BracketRight, lambda: self.player.step_rate(1)),
        ]
        for keys, step in (((Qt.Modifier.CTRL | Qt.Key.Key_Up), -1), ((Qt.Modifier.CTRL | Qt.Key.Key_Down), 1),
                           (Qt.Key.Key_PageUp, -1), (Qt.Key.Key_PageDown, 1)):
            self._shortcut(keys, lambda s=step: self.go(s))
        self._shortcut(Qt.Key.Key_Escape, self.backRequested.emit)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    # ---- public --------------------------------------------------------------
    def shortcut_help(self) -> str:
        return self.tr(
            "Space: play / pause\n←  →: back / forward 5 seconds\n[  ]: slower / faster (1×, 1.25×, 1.5×, 2×)\n"
            "Ctrl+↑  Ctrl+↓ (PgUp / PgDn): previous / next call\nEsc: back to the call list\n"
            "Click the waveform, a line of the dialogue or a piece of evidence to jump there."
        )

    def open_call(self, pk: int) -> bool:
        """Load call `pk` from the database and show it; False (with a message) when it cannot."""
        try:
            stored = self.db_provider().load_call(pk)
        except QAError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the call"), error_text(str(exc)))
            return False
        self.pk = pk
        self.show_stored(stored)
        return True

    def show_stored(self, stored: Any) -> None:
        self.stored = stored
        t: Transcript = stored.transcript
        meta = t.meta
        name = Path(stored.file or t.file).name
        self.title_label.setText(" · ".join(x for x in (meta.agent, fmt_date(meta.date) if meta.date else "",
                                                         meta.call_id or name) if x))
        self.subtitle_label.setText(self.tr("%1 — %2, %3, %4").replace("%1", name)
                                    .replace("%2", format_time(t.duration))
                                    .replace("%3", language_label(t.language or ""))
                                    .replace("%4", meta.team or self.tr("no team")))
        self._show_score(keep_selection=False)
        self.repeats_bar.show_call(getattr(self.db_provider(), "conn", None), stored.pk)
        self.transcript_view.show_transcript(t, [ev for ev, _ in self.scorecard.all_evidence()])
        self.waveform.show_call(t, None, evidence=self.scorecard.all_evidence())
        self.player.clear()
        audio = Path(stored.file or t.file)
        self.player_bar.reset_notice()
        if audio.is_file():
            self.player.load(audio, t.duration)
            self._load_waveform(str(audio))
        else:
            self.player.load(None, t.duration)
            self.player_bar.show_notice(self.tr("Recording not found: %1").replace("%1", str(audio)))
        self.update_nav()

    def go(self, step: int) -> None:
        if self.navigator is None or self.pk is None:
            return
        target = self.navigator(self.pk, step)
        if target is not None:
            self.player.pause()
            self.open_call(target)

    def inspector(self) -> str | None:
        """The inspector's name from Settings, asked for once if it is not set yet."""
        name = str(self.settings.value("review/inspector", "") or "").strip()
        if name:
            return name
        name, ok = QInputDialog.getText(self, self.tr("Inspector"), self.tr("Your name, stored with every review:"))
        if ok and name.strip():
            self.settings.setValue("review/inspector", name.strip())
            return name.strip()
        return None

    def override(self, rule: str, status: str, comment: str) -> None:
        inspector = self.inspector()
        if inspector is None or self.pk is None:
            return
        try:
            self.db_provider().override(self.pk, rule, status, comment, inspector)
        except QAError as exc:
            QMessageBox.warning(self, self.tr("Override not saved"), error_text(str(exc)))
            return
        self._reload(keep_selection=True)

    def sign_off(self, comment: str) -> None:
        inspector = self.inspector()
        if inspector is None or self.pk is None:
            return
        try:
            self.db_provider().sign_off(self.pk, inspector, comment)
        except QAError as exc:
            QMessageBox.warning(self, self.tr("Sign-off not saved"), error_text(str(exc)))
            return
        self.scorecard.signoff_comment.clear()
        self._reload(keep_selection=True)

    def set_status(self, status: str, comment: str) -> None:
        inspector = self.inspector()
        if inspector is None or self.pk is None:
            return
        try:
            self.db_provider().set_status(self.pk, status, inspector, comment)
        except QAError as exc:
            QMessageBox.warning(self, self.tr("Status not saved"), error_text(str(exc)))
            return
        self.scorecard.signoff_comment.clear()
        self._reload(keep_selection=True)

    # ---- internals -----------------------------------------------------------
    def _dispute_or_reopen(self, comment: str) -> None:
        disputed = self.stored is not None and self.stored.status == "disputed"
        self.set_status("to-review" if disputed else "disputed", comment)

    def _reload(self, keep_selection: bool) -> None:
        assert self.pk is not None
        self.stored = self.db_provider().load_call(self.pk)
        self._show_score(keep_selection)
        evidence = self.scorecard.all_evidence()
        self.transcript_view.set_evidence([ev for ev, _ in evidence])
        self.waveform.set_evidence(evidence)
        self.callChanged.emit(self.pk)

    def _show_score(self, keep_selection: bool) -> None:
        s = self.stored
        overrides = [OverrideView(o.rule, o.status, o.comment, o.inspector, o.at) for o in s.overrides]
        if s.machine is not None:
            self.scorecard.show_score(s.machine, s.effective, overrides, keep_selection=keep_selection)
        history = []
        for r in s.reviews[-6:]:
            what = {"override": self.tr("override"), "sign_off": self.tr("signed off"),
                    "status": self.tr("status change")}.get(r.action, r.action)
            line = f"{fmt_datetime(r.at)} · {r.inspector} · {what}"
            history.append(line + (f": {r.comment}" if r.comment else ""))
        self.scorecard.set_review_state(s.status, history)

    def _load_waveform(self, path: str) -> None:
        self._load_token += 1
        token = self._load_token
        transcript = self.stored.transcript

        def done(channels: list[np.ndarray]) -> None:
            if token == self._load_token:
                self.waveform.show_call(transcript, channels, evidence=self.scorecard.all_evidence())

        def failed(exc: BaseException) -> None:
            log.info("no waveform for %s: %s", path, exc)

        run_in_background(lambda: decode_channels(path), done, failed, owner=self)

    def _on_position(self, seconds: float) -> None:
        self.waveform.set_position(seconds)
        self.transcript_view.set_position(seconds)

    def update_nav(self) -> None:
        can = self.navigator is not None and self.pk is not None
        self.prev_button.setEnabled(can and self.navigator(self.pk, -1) is not None)
        self.next_button.setEnabled(can and self.navigator(self.pk, 1) is not None)

    def _tool(self, text: str, tip: str, slot: Callable[[], Any]) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        b.clicked.connect(lambda *_: slot())
        return b

    def _shortcut(self, key: Any, slot: Callable[[], Any]) -> QShortcut:
        sc = QShortcut(QKeySequence(key), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(lambda: slot())
        return sc

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        typing = isinstance(new, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)) and not (
            isinstance(new, QTextEdit) and new.isReadOnly()
        )
        for sc in self._media_shortcuts:
            sc.setEnabled(not typing)
