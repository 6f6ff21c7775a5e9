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
from qa_desktop.ui.messages import error_text, language_label, languages_text
from qa_desktop.ui.review.call_insight import CallInsightPanel
from qa_desktop.ui.review.player import AudioPlayer, PlayerBar, format_time
from qa_desktop.ui.review.repeats_bar import RepeatContactsBar
from qa_desktop.ui.review.scorecard_panel import OverrideView, ScorecardPanel
from qa_desktop.names import fs_path
from qa_desktop.ui.review.transcript_view import TranscriptView
from qa_desktop.ui.review.waveform import WaveformLegend, WaveformView
from qa_desktop.ui.workers import read_in_background, run_in_background

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
    callShown = Signal(int)  # pk now on screen (opened, or next/previous)
    learned = Signal()  # new learned examples are stored and their impact measured

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
        self.waveform_legend = WaveformLegend(self)
        self.transcript_view = TranscriptView(self)
        self.scorecard = ScorecardPanel(self)
        self.insight = CallInsightPanel(self)
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
        self.swap_button = self._tool(self.tr("Swap voices"), self.tr(
            "Mono call: the agent and the customer were named the wrong way round. Swaps them for the whole "
            "call and scores it again (right-click a line of the dialogue to set one turn's speaker)."),
            self.swap_voices)
        self.swap_button.setVisible(False)
        self.help_button = self._tool("?", self.shortcut_help(), lambda: QMessageBox.information(
            self, self.tr("Keyboard shortcuts"), self.shortcut_help()))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        top.addLayout(titles, 1)
        top.addWidget(self.swap_button)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addWidget(self.help_button)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.player_bar)
        media = QSplitter(Qt.Orientation.Vertical, left)
        wave_box = QWidget(media)
        wl = QVBoxLayout(wave_box)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.setSpacing(2)
        wl.addWidget(self.waveform_legend)
        wl.addWidget(self.waveform, 1)
        media.addWidget(wave_box)
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
        lay.addWidget(self.insight)
        lay.addWidget(self.repeats_bar)
        lay.addWidget(split, 1)

        self.player.positionChanged.connect(self._on_position)
        for view in (self.waveform, self.transcript_view, self.scorecard, self.insight):
            view.seekRequested.connect(self.player.seek)
        self.scorecard.overrideRequested.connect(self.override)
        self.transcript_view.speakerChangeRequested.connect(self.set_turn_speaker)
        self.insight.categoryCorrectionRequested.connect(self.correct_category)
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
                                    .replace("%3", languages_text(t))
                                    .replace("%4", meta.team or self.tr("no team")))
        self.swap_button.setVisible(t.layout != "stereo" and any(
            u.speaker in ("agent", "customer") or u.voice is not None for u in t.utterances))
        self._show_score(keep_selection=False)
        self.repeats_bar.show_call(getattr(self.db_provider(), "conn", None), stored.pk)
        self.transcript_view.show_transcript(t, [ev for ev, _ in self.scorecard.all_evidence()])
        self.waveform.show_call(t, None, evidence=self.scorecard.all_evidence())
        self.player.clear()
        audio = fs_path(stored.file or t.file)  # a GBK name is stored as \xNN escapes
        self.player_bar.reset_notice()
        if audio.is_file():
            self.player.load(audio, t.duration)
            self._load_waveform(str(audio))
        else:
            self.player.load(None, t.duration)
            self.player_bar.show_notice(self.tr("Recording not found: %1").replace("%1", str(audio)))
        self.update_nav()
        if self.pk is not None:
            self.callShown.emit(self.pk)

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
        self._learn_conduct(rule, status, inspector)

    def correct_category(self, category: str, comment: str) -> None:
        """Store the inspector's category; the call's customer sentences teach the team (then measured)."""
        inspector = self.inspector()
        if inspector is None or self.pk is None:
            return
        try:
            ids = self.db_provider().correct_category(self.pk, category, comment, inspector)
        except QAError as exc:
            QMessageBox.warning(self, self.tr("Correction not saved"), error_text(str(exc)))
            return
        self._reload(keep_selection=True)
        self._measure(ids)

    def _learn_conduct(self, rule: str, status: str, inspector: str) -> None:
        """An overridden conduct verdict teaches the agent's sentence (asked for when the machine
        had none: a refusal it missed)."""
        db = self.db_provider()
        machine = self.stored.machine.result(rule) if self.stored and self.stored.machine else None
        texts = None
        if machine is not None and status == "fail" and machine.status == "pass" and not any(
                e.text for e in machine.evidence if e.speaker in ("agent", "unknown")):
            said = [u.text for u in self.stored.transcript.utterances if u.speaker in ("agent", "unknown")]
            if not said:
                return
            text, ok = QInputDialog.getItem(self, self.tr("Teach this refusal"), self.tr(
                "Which of the agent's sentences refuses or deflects? It becomes an example for this team."),
                said, 0, False)
            if not ok:
                return
            texts = [text]
        try:
            ids = db.learn_conduct(self.pk, rule, status, inspector, texts)
        except QAError as exc:
            log.warning("conduct example not stored: %s", exc)
            return
        if ids:
            self._measure(ids)

    def _measure(self, ids: list[int]) -> None:
        """Say what was learned, then (on a pool thread) what re-scoring the team's calls with it changes."""
        from qa_desktop.learning import measure_impact

        t = self.stored.transcript
        team, language = t.meta.team, t.language
        self.insight.show_learning(len(ids), team, None)
        if not ids:
            return
        db = self.db_provider()

        def done(impact: dict) -> None:
            try:
                db.set_example_impact(ids, impact)
            except QAError as exc:
                log.warning("impact not stored: %s", exc)
            self.insight.show_learning(len(ids), team, impact)
            self.learned.emit()

        def failed(exc: BaseException) -> None:
            log.warning("measuring the impact of learned examples failed: %s", exc)
            self.learned.emit()

        read_in_background(db, lambda own: measure_impact(own, team, language, ids), done, failed, owner=self)

    def swap_voices(self) -> None:
        """Mono call: the two voices the other way round, for the whole call; re-scored at once."""
        self._correct_speakers(swap=True)

    def set_turn_speaker(self, index: int, speaker: str) -> None:
        """Mono call: one turn said by `speaker` (agent | customer); re-scored at once."""
        self._correct_speakers(turn=index, speaker=speaker)

    def _correct_speakers(self, **change: Any) -> None:
        inspector = self.inspector()
        if inspector is None or self.pk is None:
            return
        try:
            self.db_provider().correct_speakers(self.pk, inspector, **change)
        except QAError as exc:
            QMessageBox.warning(self, self.tr("Speakers not changed"), error_text(str(exc)))
            return
        self._reload(keep_selection=True)
        t = self.stored.transcript  # the speakers changed: the dialogue and the waveform's colours too
        self.transcript_view.show_transcript(t, [ev for ev, _ in self.scorecard.all_evidence()])
        self.waveform.show_call(t, self.waveform.channels(), evidence=self.scorecard.all_evidence())

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
        """Enter an agent's dispute of a verdict (the selected rule's first); the Disputes page arbitrates it."""
        from qa_desktop.ui.disputes import DisputeDialog

        if self.pk is None or self.stored is None or self.stored.effective is None:
            return
        entered_by = self.inspector()
        if entered_by is None:
            return
        dialog = DisputeDialog(self.db_provider(), self.pk, self.stored.effective.results, entered_by,
                               self.scorecard.selected_rule(), self)
        if comment:
            dialog.reason.setPlainText(comment)
        self.dispute_dialog = dialog  # tests fill it in while it is open
        if dialog.exec():
            self.scorecard.signoff_comment.clear()
            self._reload(keep_selection=True)

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
        self.insight.show_score(s.machine, s.effective)
        history = []
        for r in s.reviews[-6:]:
            what = {"override": self.tr("override"), "sign_off": self.tr("signed off"),
                    "category": self.tr("category corrected"), "speakers": self.tr("speakers corrected"),
                    "status": self.tr("status change"),
                    "bulk_machine_sign_off": self.tr("bulk machine-confidence sign-off"),
                    "dispute_opened": self.tr("dispute entered"), "dispute_upheld": self.tr("dispute upheld"),
                    "dispute_overturned": self.tr("dispute overturned")}.get(r.action, r.action)
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
