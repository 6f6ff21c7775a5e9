"""One call under review: player + waveform + dialogue on the left, scorecard on
the right, prev/next through the current filtered list without going back.

Keyboard: Space play/pause, ←/→ seek 5 s, [ / ] slower/faster, Ctrl+↑/↓ (or
PgUp/PgDn) previous/next call, Esc back to the list. Media keys are disabled
while a text field has focus so typing a comment never starts playback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.domain import Transcript
from qa_desktop.errors import QAError
from qa_desktop.names import fs_path
from qa_desktop.ui.locale_fmt import fmt_date
from qa_desktop.ui.messages import error_text, languages_text
from qa_desktop.ui.review.call_insight import CallInsightPanel
from qa_desktop.ui.review.player import AudioPlayer, PlayerBar, format_time
from qa_desktop.ui.review.repeats_bar import RepeatContactsBar
from qa_desktop.ui.review.review_actions import ReviewActions
from qa_desktop.ui.review.review_audio import WaveformLoader, decode_channels  # noqa: F401 - importable here
from qa_desktop.ui.review.review_history import history_lines
from qa_desktop.ui.review.review_keys import ReviewKeys, shortcut_help
from qa_desktop.ui.review.scorecard_panel import OverrideView, ScorecardPanel
from qa_desktop.ui.review.transcript_view import TranscriptView
from qa_desktop.ui.review.waveform import WaveformLegend, WaveformView

#: neighbour(pk, step) -> the pk `step` rows away in the current list, or None.
Navigator = Callable[[int, int], "int | None"]


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
        self.inspector_actions = ReviewActions(self)  # the inspector's writes (not `actions`: QWidget.actions())

        self.player = AudioPlayer(self)
        self.player_bar = PlayerBar(self.player, self)
        self.waveform = WaveformView(self)
        self.waveform_legend = WaveformLegend(self)
        self.transcript_view = TranscriptView(self)
        self.scorecard = ScorecardPanel(self)
        self.insight = CallInsightPanel(self)
        self.repeats_bar = RepeatContactsBar(self)  # the customer's earlier / later calls, clickable
        self.repeats_bar.openCall.connect(self.open_call)
        self.waveform_loader = WaveformLoader(self.waveform, self.scorecard.all_evidence, self)

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
        self.scorecard.disputeRequested.connect(self.inspector_actions.dispute)
        self.keys = ReviewKeys(self, self.player, self.go, self.backRequested.emit)

    # ---- public --------------------------------------------------------------
    def shortcut_help(self) -> str:
        return shortcut_help()

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
            self.waveform_loader.load(str(audio), t)
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

    # the inspector's writes: review_actions.ReviewActions
    def inspector(self) -> str | None:
        """The inspector's name from Settings, asked for once if it is not set yet."""
        return self.inspector_actions.inspector()

    def override(self, rule: str, status: str, comment: str) -> None:
        self.inspector_actions.override(rule, status, comment)

    def correct_category(self, category: str, comment: str) -> None:
        self.inspector_actions.correct_category(category, comment)

    def swap_voices(self) -> None:
        """Mono call: the two voices the other way round, for the whole call; re-scored at once."""
        self.inspector_actions.correct_speakers(swap=True)

    def set_turn_speaker(self, index: int, speaker: str) -> None:
        """Mono call: one turn said by `speaker` (agent | customer); re-scored at once."""
        self.inspector_actions.correct_speakers(turn=index, speaker=speaker)

    def sign_off(self, comment: str) -> None:
        self.inspector_actions.sign_off(comment)

    def set_status(self, status: str, comment: str) -> None:
        self.inspector_actions.set_status(status, comment)

    # ---- internals -----------------------------------------------------------
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
        history = history_lines(s.reviews)
        self.scorecard.set_review_state(s.status, history)

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
