"""The import queue panel: what is waiting, what runs (progress, time left,
cancel), what failed and why. It owns the worker thread and restarts
interrupted work found in the database when the app opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.logs import log_file
from qa_desktop.ui.import_pipeline import ImportOptions
from qa_desktop.ui.import_worker import ImportThread
from qa_desktop.ui.locale_fmt import fmt_int, fmt_num
from qa_desktop.ui.messages import error_text
from qa_desktop.ui.review.player import format_time
from qa_desktop.ui.settings import AppSettings
from qa_desktop.ui.tables import read_only_rows

log = logging.getLogger(__name__)

AUDIO_SUFFIXES = frozenset({".wav", ".flac", ".mp3", ".m4a", ".ogg", ".opus", ".aac", ".wma", ".amr", ".gsm"})
COL_FILE, COL_PROGRESS, COL_LEFT, COL_CANCEL, COL_NOTE = range(5)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given plus the recordings inside given folders (recursively, sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in AUDIO_SUFFIXES))
        else:
            out.append(p)
    return out


class ImportQueuePanel(QWidget):
    callImported = Signal(int)  # pk
    itemFailed = Signal(int, str)
    queueIdle = Signal()

    def __init__(self, db_provider: Callable[[], Any], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self.settings = settings
        self._thread: ImportThread | None = None
        self._rows: dict[int, int] = {}
        self._busy = False

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Progress"), self.tr("Time left"), "", self.tr("Details")]
        )
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_FILE, 260)
        self.table.setColumnWidth(COL_PROGRESS, 160)
        self.table.setColumnWidth(COL_LEFT, 80)
        self.table.setColumnWidth(COL_CANCEL, 32)
        read_only_rows(self.table)
        self.summary = QLabel(self)
        self.log_button = QPushButton(self.tr("Open log"), self)
        self.log_button.setToolTip(str(log_file()))
        self.log_button.clicked.connect(lambda *_: self.open_log())
        self.clear_button = QPushButton(self.tr("Clear finished"), self)
        self.clear_button.clicked.connect(lambda *_: self.clear_finished())
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.log_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)

    # ---- queue -----------------------------------------------------------------
    def resume(self) -> None:
        """On start: put interrupted files back in line, show the queue, and go on."""
        db = self.db_provider()
        db.requeue_interrupted()
        self.refresh()
        if db.queue_items(("queued",)):
            self._start()

    def add_paths(self, paths: Iterable[str | Path]) -> list[int]:
        files = expand_paths(paths)
        if not files:
            return []
        ids = self.db_provider().enqueue([str(f.resolve()) for f in files])
        self.refresh()
        self._start()
        return ids

    def cancel(self, item_id: int) -> None:
        if self._thread is not None:
            self._thread.worker.cancel(item_id)
        current = self._thread.worker.current_item() if self._thread is not None else None
        if current != item_id:
            db = self.db_provider()
            if any(i.id == item_id for i in db.queue_items(("queued",))):
                db.set_queue_state(item_id, "cancelled")
                self._set_state(item_id, "cancelled")
        self._update_summary()

    def clear_finished(self) -> None:
        self.db_provider().clear_finished()
        self.refresh()

    def is_busy(self) -> bool:
        return self._busy

    def options(self) -> ImportOptions:
        """The import settings as stored now (Settings dialog, the Rules page's active pack)."""
        s = AppSettings.load(self.settings)
        return ImportOptions(s.model, s.language, s.channel_map, s.threads, s.rule_pack)

    def apply_settings(self) -> None:
        """Changed import settings reach the worker; they apply from the next file (the running one finishes)."""
        if self._thread is not None:
            self._thread.worker.set_options(self.options())

    def shutdown(self) -> None:
        if self._thread is not None:
            self._thread.shutdown()
            self._thread = None

    def open_log(self) -> None:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ---- view ------------------------------------------------------------------
    def refresh(self) -> None:
        items = self.db_provider().queue_items()
        self.table.setRowCount(0)
        self._rows.clear()
        for item in items:
            self._add_row(item.id, item.path)
            self._set_state(item.id, item.state, item.error)
        self._update_summary()

    def row_state(self, item_id: int) -> str:
        row = self._rows.get(item_id)
        return "" if row is None else str(self.table.item(row, COL_FILE).data(Qt.ItemDataRole.UserRole + 1))

    def _add_row(self, item_id: int, path: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._rows[item_id] = row
        name = QTableWidgetItem(Path(path).name)
        name.setToolTip(path)
        name.setData(Qt.ItemDataRole.UserRole, item_id)
        self.table.setItem(row, COL_FILE, name)
        bar = QProgressBar(self.table)
        bar.setRange(0, 1000)
        bar.setTextVisible(True)
        self.table.setCellWidget(row, COL_PROGRESS, bar)
        self.table.setItem(row, COL_LEFT, QTableWidgetItem(""))
        cancel = QToolButton(self.table)
        cancel.setText("✕")
        cancel.setToolTip(self.tr("Cancel this import"))
        cancel.setAutoRaise(True)
        cancel.clicked.connect(lambda _=False, i=item_id: self.cancel(i))
        self.table.setCellWidget(row, COL_CANCEL, cancel)
        self.table.setItem(row, COL_NOTE, QTableWidgetItem(""))

    def _set_state(self, item_id: int, state: str, error: str = "") -> None:
        row = self._rows.get(item_id)
        if row is None:
            return
        self.table.item(row, COL_FILE).setData(Qt.ItemDataRole.UserRole + 1, state)
        bar: QProgressBar = self.table.cellWidget(row, COL_PROGRESS)
        labels = {
            "queued": self.tr("Waiting"),
            "running": self.tr("Starting…"),
            "done": self.tr("Done"),
            "failed": self.tr("Failed"),
            "cancelled": self.tr("Cancelled"),
        }
        bar.setFormat(labels.get(state, state))
        if state in ("done",):
            bar.setValue(1000)
        elif state in ("queued", "cancelled", "failed"):
            bar.setValue(0)
        note = self.table.item(row, COL_NOTE)
        shown = error_text(error)
        note.setText(shown)
        note.setToolTip(shown)
        note.setForeground(QBrush(QColor("#c62828" if state == "failed" else "#333333")))
        if state != "running":
            self.table.item(row, COL_LEFT).setText("")
        self.table.cellWidget(row, COL_CANCEL).setEnabled(state in ("queued", "running"))

    def _update_summary(self) -> None:
        counts: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            state = self.table.item(row, COL_FILE).data(Qt.ItemDataRole.UserRole + 1)
            counts[state] = counts.get(state, 0) + 1
        waiting = counts.get("queued", 0) + counts.get("running", 0)
        parts = [self.tr("%1 to do").replace("%1", fmt_int(waiting)),
                 self.tr("%1 done").replace("%1", fmt_int(counts.get("done", 0)))]
        if counts.get("failed"):
            parts.append(self.tr("%1 failed (see Details, or open the log)").replace("%1", fmt_int(counts["failed"])))
        self.summary.setText(" · ".join(parts))

    # ---- worker ----------------------------------------------------------------
    def _start(self) -> None:
        if self._thread is None:
            db = self.db_provider()
            self._thread = ImportThread(str(db.path), self.options(), self)
            w = self._thread.worker
            w.itemStarted.connect(self._on_started)
            w.itemProgress.connect(self._on_progress)
            w.itemDone.connect(self._on_done)
            w.itemFailed.connect(self._on_failed)
            w.itemCancelled.connect(self._on_cancelled)  # bound methods: queued onto the UI thread
            w.idle.connect(self._on_idle)
            self._thread.start()
        else:
            self._thread.worker.set_options(self.options())
        self._busy = True
        self._thread.worker.wake()

    def _on_started(self, item_id: int, path: str) -> None:
        if item_id not in self._rows:
            self._add_row(item_id, path)
        self._set_state(item_id, "running")
        self._update_summary()

    def _on_progress(self, item_id: int, fraction: float, message: str, left: float) -> None:
        row = self._rows.get(item_id)
        if row is None:
            return
        bar: QProgressBar = self.table.cellWidget(row, COL_PROGRESS)
        bar.setValue(int(fraction * 1000))
        bar.setFormat(f"{fmt_num(fraction * 100, 0)}%")
        self.table.item(row, COL_LEFT).setText(format_time(left) if left >= 0 else "…")
        self.table.item(row, COL_NOTE).setText(self._stage(message))

    def _stage(self, message: str) -> str:
        """The worker's stage in the UI language (the core's own messages are English)."""
        stages = {
            "reading file": self.tr("Reading the file…"),
            "loading model": self.tr("Loading the speech model…"),
            "scoring": self.tr("Scoring…"),
            "saving": self.tr("Saving…"),
            "done": self.tr("Done"),
            "already imported": self.tr("Already imported"),
        }
        return stages.get(message, self.tr("Transcribing…"))

    def _on_done(self, item_id: int, pk: int) -> None:
        self._set_state(item_id, "done")
        row = self._rows.get(item_id)
        try:
            effective = self.db_provider().load_call(pk).effective
        except Exception:  # noqa: BLE001 - the score line is a courtesy; the call is stored
            effective = None
        if row is not None and effective is not None:
            self.table.item(row, COL_NOTE).setText(self.tr("Score %1").replace("%1", fmt_num(effective.score, 0)))
        self._update_summary()
        self.callImported.emit(pk)

    def _on_cancelled(self, item_id: int) -> None:
        self._set_state(item_id, "cancelled")
        self._update_summary()

    def _on_failed(self, item_id: int, reason: str) -> None:
        self._set_state(item_id, "failed", reason)
        self._update_summary()
        self.itemFailed.emit(item_id, reason)

    def _on_idle(self) -> None:
        self._busy = False
        self._update_summary()
        self.queueIdle.emit()
