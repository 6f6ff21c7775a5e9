"""Audio playback for review, with a graceful fallback when QtMultimedia is absent.

QtMultimedia ships in PySide6-Addons, not PySide6-Essentials. Without it the
review still works (waveform, transcript, scorecard, seeking moves a virtual
play head) and the player bar says plainly why there is no sound.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

try:  # QtMultimedia is optional (PySide6-Addons)
    from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

    MULTIMEDIA_ERROR = ""
except ImportError as exc:  # pragma: no cover - depends on the installed wheels
    QAudioOutput = QMediaDevices = QMediaPlayer = None  # type: ignore[assignment,misc]
    MULTIMEDIA_ERROR = str(exc)

log = logging.getLogger(__name__)

SPEEDS: tuple[float, ...] = (1.0, 1.25, 1.5, 2.0)


class AudioPlayer(QObject):
    """Play head in seconds over QMediaPlayer; keeps a virtual position when there is no media."""

    positionChanged = Signal(float)
    durationChanged = Signal(float)
    playingChanged = Signal(bool)
    rateChanged = Signal(float)
    errorOccurred = Signal(str)
    #: play was pressed but there is nothing to hear it on (no speakers, headphones, or sound server):
    #: nothing plays (seeking still moves the views)
    noOutputDevice = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._position = 0.0
        self._duration = 0.0
        self._rate = 1.0
        self._player = None
        if QMediaPlayer is not None:
            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.positionChanged.connect(self._on_position)
            self._player.durationChanged.connect(lambda ms: self._set_duration(ms / 1000.0))
            self._player.playbackStateChanged.connect(
                lambda s: self.playingChanged.emit(s == QMediaPlayer.PlaybackState.PlayingState)
            )
            self._player.errorOccurred.connect(self._on_error)

    @property
    def available(self) -> bool:
        return self._player is not None

    def unavailable_reason(self) -> str:
        return self.tr("Audio playback is unavailable: Qt Multimedia (PySide6-Addons) is not installed.")

    def load(self, path: str | Path | None, duration: float = 0.0) -> None:
        """Open a recording; None keeps a silent play head so seeking still moves the views."""
        self._position = 0.0
        self._set_duration(duration)
        if self._player is not None and path is not None:
            self._player.setSource(QUrl.fromLocalFile(str(path)))
            self._player.setPlaybackRate(self._rate)
        self.positionChanged.emit(0.0)

    def clear(self) -> None:
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())

    def is_playing(self) -> bool:
        return self._player is not None and self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def has_output_device(self) -> bool:
        """Whether the system has an audio output (a remote desktop or a server often has none; the
        player then "plays" in silence, the play head moving as if it were heard)."""
        if QMediaDevices is None:
            return False
        return bool(QMediaDevices.audioOutputs()) and not QMediaDevices.defaultAudioOutput().isNull()

    def play(self) -> None:
        if self._player is not None:
            if not self.has_output_device():
                # playing into nothing only moves the play head as if the call were heard: say why instead
                self.noOutputDevice.emit()
                return
            self._player.play()

    def pause(self) -> None:
        if self._player is not None:
            self._player.pause()

    def toggle(self) -> None:
        self.pause() if self.is_playing() else self.play()

    def position(self) -> float:
        return self._position

    def duration(self) -> float:
        return self._duration

    def seek(self, seconds: float) -> None:
        limit = self._duration if self._duration > 0 else max(seconds, 0.0)
        self._position = min(max(0.0, seconds), limit)
        if self._player is not None:
            self._player.setPosition(int(self._position * 1000))
        self.positionChanged.emit(self._position)

    def skip(self, delta: float) -> None:
        self.seek(self._position + delta)

    def rate(self) -> float:
        return self._rate

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        if self._player is not None:
            self._player.setPlaybackRate(rate)
        self.rateChanged.emit(rate)

    def step_rate(self, direction: int) -> None:
        i = min(range(len(SPEEDS)), key=lambda k: abs(SPEEDS[k] - self._rate))
        self.set_rate(SPEEDS[max(0, min(len(SPEEDS) - 1, i + direction))])

    def _on_position(self, ms: int) -> None:
        self._position = ms / 1000.0
        self.positionChanged.emit(self._position)

    def _set_duration(self, seconds: float) -> None:
        if seconds > 0:
            self._duration = seconds
            self.durationChanged.emit(seconds)

    def _on_error(self, _error: object, message: str) -> None:
        log.warning("playback error: %s", message)
        self.errorOccurred.emit(message)


def format_time(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60:d}:{seconds % 60:02d}"


class SeekSlider(QSlider):
    """A position slider where a click on the track jumps there (QSlider only steps a page towards it)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > self.minimum():
            opt = QStyleOptionSlider()
            self.initStyleOption(opt)
            handle = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                                 QStyle.SubControl.SC_SliderHandle, self)
            if not handle.contains(event.position().toPoint()):
                groove = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                                     QStyle.SubControl.SC_SliderGroove, self)
                span = max(1, groove.width() - handle.width())
                x = int(event.position().x()) - groove.x() - handle.width() // 2
                value = QStyle.sliderValueFromPosition(self.minimum(), self.maximum(), x, span, opt.upsideDown)
                self.setValue(value)
                self.sliderMoved.emit(value)  # the same signal a drag sends: the player seeks
                event.accept()
                return
        super().mousePressEvent(event)


class PlayerBar(QWidget):
    """Play/pause, seek slider, time and speed; drives an AudioPlayer."""

    def __init__(self, player: AudioPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.play_button = QToolButton(self)
        self.play_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.play_button.clicked.connect(lambda *_: player.toggle())
        self.slider = SeekSlider(Qt.Orientation.Horizontal, self)
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slider.setRange(0, 0)
        self.slider.sliderMoved.connect(lambda v: player.seek(v / 1000.0))
        self.time_label = QLabel("0:00 / 0:00", self)
        self.time_label.setMinimumWidth(90)
        self.speed = QComboBox(self)
        self.speed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setToolTip(self.tr("Playback speed ([ slower, ] faster)"))
        self.speed.currentIndexChanged.connect(lambda i: player.set_rate(self.speed.itemData(i)))
        self.notice = QLabel(self)
        self.notice.setStyleSheet("color: #a15c00;")
        self.notice.setVisible(not player.available)
        if not player.available:
            self.notice.setText(player.unavailable_reason())
            self.play_button.setEnabled(False)
        self.notice.setWordWrap(True)  # under the controls: a long notice never squeezes the slider away
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.speed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(controls)
        lay.addWidget(self.notice)
        player.positionChanged.connect(self._on_position)
        player.durationChanged.connect(self._on_duration)
        player.playingChanged.connect(self._on_playing)
        player.rateChanged.connect(self._on_rate)
        player.errorOccurred.connect(self._on_error)
        player.noOutputDevice.connect(self._on_no_device)

    def reset_notice(self) -> None:
        self.notice.setVisible(not self.player.available)
        if not self.player.available:
            self.notice.setText(self.player.unavailable_reason())

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(True)

    def _on_position(self, seconds: float) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(int(seconds * 1000))
        self.time_label.setText(f"{format_time(seconds)} / {format_time(self.player.duration())}")

    def _on_duration(self, seconds: float) -> None:
        self.slider.setRange(0, int(seconds * 1000))
        self._on_position(self.player.position())

    def _on_playing(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))

    def _on_rate(self, rate: float) -> None:
        i = self.speed.findData(rate)
        if i >= 0 and i != self.speed.currentIndex():
            self.speed.blockSignals(True)
            self.speed.setCurrentIndex(i)
            self.speed.blockSignals(False)

    def _on_no_device(self) -> None:
        self.show_notice(self.tr("Cannot play: this computer has no audio output device (speakers or headphones). "
                                 "Click the waveform or a line of the dialogue to move through the call."))

    def _on_error(self, message: str) -> None:
        self.notice.setText(self.tr("Cannot play this recording: %1").replace("%1", message))
        self.notice.setVisible(True)
