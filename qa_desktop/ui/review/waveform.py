"""Waveform lanes (one per speaker) with silences, overlaps and rule evidence.

Samples are reduced to a min/max envelope of a few thousand points before they
reach pyqtgraph, so an hour-long call draws as fast as a short one.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from qa_desktop.domain import Evidence, Transcript
from qa_desktop.ui.locale_fmt import fmt_num
from qa_desktop.ui.messages import note_text
from qa_desktop.ui.review.colors import (
    EVIDENCE_FAIL,
    EVIDENCE_INFO,
    EVIDENCE_PASS,
    OVERLAP_COLOR,
    SILENCE_COLOR,
    SPEAKER_COLORS,
)

LANE_HEIGHT = 2.4
ENVELOPE_POINTS = 3000


def envelope(samples: np.ndarray, rate: int, points: int = ENVELOPE_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """x (seconds) and y (alternating max/min) tracing the signal's outline."""
    n = len(samples)
    if n == 0:
        return np.zeros(0), np.zeros(0)
    bucket = max(1, n // points)
    usable = (n // bucket) * bucket
    blocks = np.abs(samples[:usable]).reshape(-1, bucket)
    peak = blocks.max(axis=1)
    scale = float(peak.max()) or 1.0
    peak = peak / scale
    x = (np.arange(len(peak)) * bucket + bucket / 2) / rate
    xs = np.repeat(x, 2)
    ys = np.empty(len(peak) * 2)
    ys[0::2] = peak
    ys[1::2] = -peak
    return xs, ys


class WaveformView(pg.PlotWidget):
    """Click anywhere to seek; the play head follows the player."""

    seekRequested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=True, y=False)
        self.hideButtons()
        self.showGrid(x=True, y=False, alpha=0.15)
        self.getPlotItem().getAxis("bottom").setLabel(self.tr("seconds"))
        self.setMinimumHeight(150)
        self._lanes: list[str] = []
        self._blocks: dict[str, list[tuple[float, float, str]]] = {}
        self._channels: Sequence[np.ndarray] | None = None
        self._duration = 0.0
        self._head = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#d32f2f", width=2))
        self._head.setZValue(50)
        self.addItem(self._head)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    # ---- content -------------------------------------------------------------
    def show_call(
        self,
        transcript: Transcript,
        channels: Sequence[np.ndarray] | None = None,
        rate: int = 16000,
        evidence: Sequence[tuple[Evidence, str]] = (),
    ) -> None:
        """Draw lanes for the call's speakers; without samples, speech blocks stand in."""
        self.clear()
        self.addItem(self._head)
        self._channels = channels
        self._duration = transcript.duration
        self._lanes = self._lane_speakers(transcript, channels)
        self._blocks = {}
        axis = self.getPlotItem().getAxis("left")
        axis.setTicks([[(-i * LANE_HEIGHT, self._lane_label(s)) for i, s in enumerate(self._lanes)]])
        for i, speaker in enumerate(self._lanes):
            y0 = -i * LANE_HEIGHT
            color = SPEAKER_COLORS.get(speaker, SPEAKER_COLORS["unknown"])
            if channels is not None and i < len(channels):
                xs, ys = envelope(np.asarray(channels[i]), rate)
                self.plot(xs, ys + y0, pen=pg.mkPen(color, width=1), connect="all")
            self._blocks[speaker] = []
            for u in transcript.utterances:
                if speaker not in (u.speaker, "mixed"):
                    continue
                # on the mixed lane of a mono call each turn takes its speaker's colour when it is known
                block = SPEAKER_COLORS.get(u.speaker, color) if speaker == "mixed" else color
                bar = pg.LinearRegionItem(
                    (u.start, u.end), movable=False, brush=pg.mkBrush(block + ("44" if block != color else "22")),
                    pen=pg.mkPen(None)
                )
                bar.setRegion((u.start, u.end))
                bar.setSpan(*self._span(i))
                bar.setToolTip(self._lane_label(u.speaker if u.speaker in SPEAKER_COLORS else "mixed"))
                self.addItem(bar)
                self._blocks[speaker].append((u.start, u.end, block))
        for s in transcript.metrics.silences:
            self._region(s.start, s.end, SILENCE_COLOR, self.tr("silence %1 s").replace("%1", fmt_num(s.duration)))
        for o in transcript.metrics.overlaps:
            self._region(o.start, max(o.end, o.start + 0.2), OVERLAP_COLOR, self.tr("overlap: %1 over %2")
                         .replace("%1", self._lane_label(o.interrupter)).replace("%2", self._lane_label(o.interrupted)))
        self.set_evidence(evidence)
        self.setXRange(0, max(self._duration, 1.0), padding=0.01)
        self.setYRange(-(len(self._lanes) - 1) * LANE_HEIGHT - 1.2, 1.2, padding=0)
        self.setLimits(xMin=0, xMax=max(self._duration, 1.0), minXRange=1.0)

    def set_evidence(self, evidence: Sequence[tuple[Evidence, str]]) -> None:
        """Mark each piece of evidence (with its rule's status) as a tick on its speaker's lane."""
        for item in getattr(self, "_evidence_items", []):
            self.removeItem(item)
        self._evidence_items: list[pg.GraphicsObject] = []
        for ev, status in evidence:
            if ev.end <= 0 and ev.start <= 0:
                continue
            lane = self._lanes.index(ev.speaker) if ev.speaker in self._lanes else 0
            y = -lane * LANE_HEIGHT + 1.05
            color = EVIDENCE_FAIL if status == "fail" else EVIDENCE_INFO if status == "info" else EVIDENCE_PASS
            line = pg.PlotCurveItem([ev.start, max(ev.end, ev.start + 0.3)], [y, y], pen=pg.mkPen(color, width=6))
            line.setToolTip(ev.phrase or note_text(ev) or ev.span)
            line.setZValue(40)
            self.addItem(line)
            self._evidence_items.append(line)

    def set_position(self, seconds: float) -> None:
        self._head.setValue(seconds)
        lo, hi = self.getViewBox().viewRange()[0]
        if not lo <= seconds <= hi:
            width = hi - lo
            self.setXRange(max(0.0, seconds - width * 0.1), max(0.0, seconds - width * 0.1) + width, padding=0)

    def position(self) -> float:
        return float(self._head.value())

    def channels(self) -> Sequence[np.ndarray] | None:
        """The samples drawn (None before the recording is decoded), to redraw the lanes with new speakers."""
        return self._channels

    def lanes(self) -> list[str]:
        return list(self._lanes)

    def speech_blocks(self, lane: str) -> list[tuple[float, float, str]]:
        """(start, end, colour) of the speech drawn on a lane (what the inspector sees)."""
        return list(self._blocks.get(lane, []))

    # ---- helpers -------------------------------------------------------------
    def _lane_speakers(self, transcript: Transcript, channels: Sequence[np.ndarray] | None) -> list[str]:
        """Stereo: one lane per channel's speaker. Mono: one mixed lane, before and after the audio is decoded."""
        if transcript.layout == "stereo" and transcript.channels:
            return list(transcript.channels)
        if transcript.layout == "mono" or (channels is not None and len(channels) == 1):
            return ["mixed"]
        present = [s for s in ("agent", "customer") if transcript.by(s)]
        return present or ["mixed"]

    def _lane_label(self, speaker: str) -> str:
        labels = {"agent": self.tr("Agent"), "customer": self.tr("Customer"), "mixed": self.tr("Mixed")}
        return labels.get(speaker, self.tr("Unknown"))

    def _span(self, lane: int) -> tuple[float, float]:
        top = 1.2 + (len(self._lanes) - 1) * LANE_HEIGHT
        total = top + 1.2
        lo = (-lane * LANE_HEIGHT - 1.1 + (len(self._lanes) - 1) * LANE_HEIGHT + 1.2) / total
        return max(0.0, lo), min(1.0, lo + 2.2 / total)

    def _region(self, start: float, end: float, rgba: tuple[int, int, int, int], tip: str) -> None:
        region = pg.LinearRegionItem((start, end), movable=False, brush=pg.mkBrush(*rgba), pen=pg.mkPen(None))
        region.setToolTip(tip)
        region.setZValue(-10)
        self.addItem(region)

    def _on_click(self, event) -> None:  # noqa: ANN001 - pyqtgraph's event type
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.getViewBox().mapSceneToView(event.scenePos())
        self.seek_to_x(point.x())

    def seek_to_x(self, x: float) -> None:
        self.seekRequested.emit(min(max(0.0, float(x)), self._duration or float(x)))


def _css(color: str | tuple[int, int, int, int]) -> str:
    if isinstance(color, str):
        return color
    r, g, b, a = color
    return f"rgba({r},{g},{b},{max(a, 90) / 255:.2f})"  # faint fills made visible on a small swatch


class WaveformLegend(QLabel):
    """What the waveform's colours mean: the thick marks along the top of a lane are a rule's evidence,
    green where the rule passed and red where it failed (blue: an informational rule found it); the
    shaded spans are speech, silence, overlap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setStyleSheet("color:#555;")
        self.entries = [
            (EVIDENCE_PASS, self.tr("rule passed here (evidence)"), True),
            (EVIDENCE_FAIL, self.tr("rule failed here (evidence)"), True),
            (EVIDENCE_INFO, self.tr("found here (informational rule, not scored)"), True),
            (SPEAKER_COLORS["agent"], self.tr("agent speaking"), False),
            (SPEAKER_COLORS["customer"], self.tr("customer speaking"), False),
            (SILENCE_COLOR, self.tr("silence"), False),
            (OVERLAP_COLOR, self.tr("talking over each other"), False),
        ]
        self.setToolTip(self.tr("The marks along the top of a lane show where a rule found its evidence: "
                                "green for a rule that passed, red for one that failed. Click one to hear it."))
        parts = []
        for color, text, bar in self.entries:
            shape = "&#9644;" if bar else "&#9632;"  # a bar for evidence marks, a square for shaded spans
            label = escape(text).replace(" ", "&nbsp;")  # an entry never breaks; lines break between entries
            parts.append(f'<span style="color:{_css(color)};font-size:14pt">{shape}</span>&nbsp;{label}')
        self.setText("&nbsp;&nbsp; ".join(parts))

    def labels(self) -> list[str]:
        """The legend's entries as the inspector reads them."""
        return [text for _, text, _ in self.entries]
