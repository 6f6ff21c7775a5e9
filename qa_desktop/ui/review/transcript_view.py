"""The call as a dialogue: agent and customer in their own colours and sides,
the line being played highlighted, matched rule phrases marked in the text.

Rendered as HTML in a QTextBrowser: it wraps, selects and copies text for free,
and one anchor per line makes "click a line to hear it" a link.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable

from PySide6.QtCore import QPoint, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from qa_desktop.domain import Evidence, Transcript
from qa_desktop.ui.review.colors import CURRENT_LINE, MATCH_HIGHLIGHT, SPEAKER_BUBBLES, SPEAKER_COLORS
from qa_desktop.ui.messages import language_label
from qa_desktop.ui.review.player import format_time


def mark_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """HTML of `text` with the given character spans highlighted (overlaps merged)."""
    merged: list[list[int]] = []
    for a, b in sorted((max(0, a), min(len(text), b)) for a, b in spans if 0 <= a < b):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out, pos = [], 0
    for a, b in merged:
        out.append(html.escape(text[pos:a]))
        out.append(f'<span style="background-color:{MATCH_HIGHLIGHT};">{html.escape(text[a:b])}</span>')
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out)


class TranscriptView(QTextBrowser):
    seekRequested = Signal(float)
    speakerChangeRequested = Signal(int, str)  # mono calls: turn index, agent | customer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self._transcript: Transcript | None = None
        self._starts: list[float] = []
        self._spans: dict[int, list[tuple[int, int]]] = {}
        self._current = -1

    def show_transcript(self, transcript: Transcript, evidence: Iterable[Evidence] = ()) -> None:
        self._transcript = transcript
        self._starts = [u.start for u in transcript.utterances]
        self._spans = self._match_spans(transcript, evidence)
        self._current = -1
        self._render()

    def set_evidence(self, evidence: Iterable[Evidence]) -> None:
        if self._transcript is not None:
            self._spans = self._match_spans(self._transcript, evidence)
            self._render()

    def current_index(self) -> int:
        return self._current

    def index_at(self, seconds: float) -> int:
        """The utterance playing at `seconds` (the latest one started), or -1 before the first."""
        if self._transcript is None:
            return -1
        i = bisect.bisect_right(self._starts, seconds + 1e-6) - 1
        return i

    def set_position(self, seconds: float) -> None:
        i = self.index_at(seconds)
        if i != self._current:
            self._current = i
            self._render()
            if i >= 0:
                self.scrollToAnchor(f"u{i}")

    def html_for_line(self, index: int) -> str:
        """The rendered HTML of one line (used by tests and copy-as-HTML)."""
        assert self._transcript is not None
        return self._line_html(index)

    # ---- rendering -----------------------------------------------------------
    def _render(self) -> None:
        if self._transcript is None:
            self.setHtml("")
            return
        bar = self.verticalScrollBar().value()
        if not self._transcript.utterances:
            self.setHtml(f"<p style='color:#777'>{html.escape(self.tr('No speech was recognised in this call.'))}</p>")
            return
        self.setHtml("".join(self._line_html(i) for i in range(len(self._transcript.utterances))))
        self.verticalScrollBar().setValue(bar)

    def _line_html(self, i: int) -> str:
        assert self._transcript is not None
        u = self._transcript.utterances[i]
        name = {"agent": self.tr("Agent"), "customer": self.tr("Customer")}.get(u.speaker, self.tr("Speaker"))
        how = self._how(u)
        color = SPEAKER_COLORS.get(u.speaker, SPEAKER_COLORS["unknown"])
        bubble = CURRENT_LINE if i == self._current else SPEAKER_BUBBLES.get(u.speaker, SPEAKER_BUBBLES["unknown"])
        weight = "border-left: 3px solid #d32f2f;" if i == self._current else ""
        text = mark_spans(u.text, self._spans.get(i, []))
        head = (
            f"<a name='u{i}' href='utt:{i}' style='text-decoration:none; color:{color};'>"
            f"<b>{html.escape(name)}</b>{how}&nbsp;&nbsp;<span style='color:#888'>{format_time(u.start)}</span>"
            f"{self._language_tag(u)}</a>"
        )
        cell = (
            f"<td width='82%' bgcolor='{bubble}' style='padding:6px 10px; {weight}'>{head}<br/>"
            f"<a href='utt:{i}' style='text-decoration:none; color:#1f1f1f;'>{text}</a></td>"
        )
        spacer = "<td width='18%'></td>"
        row = f"{cell}{spacer}" if u.speaker != "customer" else f"{spacer}{cell}"
        return f"<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:6px'><tr>{row}</tr></table>"

    def _language_tag(self, u) -> str:
        """On a call that changes language, each turn says which language it was heard in."""
        if not u.language or len(self._transcript.languages) < 2:
            return ""
        return f"&nbsp;&nbsp;<span style='color:#6a1b9a'>[{html.escape(language_label(u.language))}]</span>"

    def _how(self, u) -> str:  # noqa: ANN001 - an Utterance
        """How a mono turn's speaker was decided, after its name (nothing on stereo calls)."""
        if u.speaker_source == "inspector":
            text = self.tr("set by inspector")
        elif u.speaker_source == "voice" and u.speaker in ("agent", "customer"):
            text = self.tr("by voice, %1%").replace("%1", str(round(100 * (u.speaker_confidence or 0.0))))
        elif u.speaker_source == "voice" or u.voice is not None:
            text = self.tr("voice %1, undecided").replace("%1", str((u.voice or 0) + 1))
        else:
            return ""
        return f"&nbsp;<span style='color:#888; font-size:small'>({html.escape(text)})</span>"

    def line_at(self, pos: QPoint) -> int:
        """The dialogue line under a viewport position, or -1."""
        anchor = self.anchorAt(pos)
        if anchor.startswith("utt:"):
            return int(anchor[4:])
        return -1

    def speaker_menu(self, index: int, menu: QMenu | None = None) -> QMenu:
        """Actions that set line `index`'s speaker (mono calls), added to `menu` or a new one."""
        menu = menu if menu is not None else QMenu(self)
        if self._transcript is None or self._transcript.layout == "stereo" or not (
                0 <= index < len(self._transcript.utterances)):
            return menu
        current = self._transcript.utterances[index].speaker
        menu.addSection(self.tr("Who said this?"))
        for speaker, label in (("agent", self.tr("The agent")), ("customer", self.tr("The customer"))):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(current == speaker)
            action.setData(speaker)
            action.triggered.connect(lambda _=False, s=speaker: self.speakerChangeRequested.emit(index, s))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.createStandardContextMenu(event.pos())
        index = self.line_at(self.viewport().mapFrom(self, event.pos()))
        if index >= 0:
            self.speaker_menu(index, menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    @staticmethod
    def _match_spans(transcript: Transcript, evidence: Iterable[Evidence]) -> dict[int, list[tuple[int, int]]]:
        """Map evidence spans onto utterances: same speaker, overlapping time, same text."""
        spans: dict[int, list[tuple[int, int]]] = {}
        for ev in evidence:
            if ev.span_start < 0 or ev.span_end <= ev.span_start:
                continue
            for i, u in enumerate(transcript.utterances):
                if ev.speaker and u.speaker != ev.speaker:
                    continue
                if u.end < ev.start - 0.05 or u.start > ev.end + 0.05:
                    continue
                if ev.text and ev.text != u.text:
                    offset = u.text.find(ev.span) if ev.span else -1
                    if offset < 0:
                        continue
                    spans.setdefault(i, []).append((offset, offset + len(ev.span)))
                else:
                    spans.setdefault(i, []).append((ev.span_start, ev.span_end))
                break
        return spans

    def _on_anchor(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("utt:") and self._transcript is not None:
            i = int(target[4:])
            if 0 <= i < len(self._transcript.utterances):
                self.seekRequested.emit(self._transcript.utterances[i].start)
