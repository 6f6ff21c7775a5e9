"""The Calibration page: pick a session (or set up a new one), score it blind, read the agreement."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from qa_desktop.storage import calibration as cal
from qa_desktop.ui.calibration.inspector import ask_inspector
from qa_desktop.ui.calibration.new_session import NewSessionDialog
from qa_desktop.ui.calibration.results import ResultsView
from qa_desktop.ui.calibration.scoring import BlindScoringPanel


class CalibrationPage(QWidget):
    openCalls = Signal(list)

    def __init__(self, db_provider: Callable[[], Any], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self.settings = settings
        self.session_combo = QComboBox(self)
        self.session_combo.setMinimumWidth(260)
        self.new_button = QPushButton(self.tr("New session…"), self)
        self.scoring = BlindScoringPanel(db_provider, settings, self)
        self.results = ResultsView(db_provider, settings, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.scoring, self.tr("Score (blind)"))
        self.tabs.addTab(self.results, self.tr("Agreement"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session"), self))
        top.addWidget(self.session_combo)
        top.addWidget(self.new_button)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        self.session_combo.currentIndexChanged.connect(lambda *_: self._session_changed())
        self.new_button.clicked.connect(lambda *_: self.new_session())
        self.tabs.currentChanged.connect(lambda *_: self._tab_changed())
        self.results.openCalls.connect(self.openCalls)

    def reload(self, select: int | None = None) -> None:
        """Refill the session list (keeping, or moving to, a session)."""
        current = select if select is not None else self.session_id()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for s in cal.sessions(self.db_provider().conn):
            self.session_combo.addItem(self.tr("%1 (%2 calls)").replace("%1", s.name).replace("%2", str(s.n_calls)),
                                       s.id)
        index = self.session_combo.findData(current) if current is not None else 0
        self.session_combo.setCurrentIndex(max(0, index))
        self.session_combo.blockSignals(False)
        self._session_changed()

    def session_id(self) -> int | None:
        value = self.session_combo.currentData()
        return int(value) if value is not None else None

    def new_session(self) -> NewSessionDialog | None:
        lead = ask_inspector(self, self.settings)
        if not lead:
            return None
        dialog = NewSessionDialog(self.db_provider, lead, self)
        dialog.finished.connect(lambda *_: dialog.session_id is not None and self.reload(dialog.session_id))
        dialog.open()
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def _session_changed(self) -> None:
        sid = self.session_id()
        self.scoring.show_session(sid)
        self.results.show_session(sid)

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.results:
            self.results.show_session(self.session_id())  # verdicts saved meanwhile
