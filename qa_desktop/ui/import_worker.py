"""The import queue's worker: a QObject living in its own QThread, driving a
transcription child process (import_process) so neither the model nor the GIL
ever stalls the window.

It takes the next queued file from the database (the queue survives a restart
because it *is* the database), runs the pipeline with a cancel token, and
reports through signals, which Qt delivers on the UI thread. It opens its own
database connection: SQLite connections are not shared between threads.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from qa_desktop.errors import Cancelled, QAError
from qa_desktop.logs import log_file
from qa_desktop.progress import CancelToken
from qa_desktop.ui.import_pipeline import ImportOptions
from qa_desktop.ui.import_process import ProcessPipeline

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.1  # at most ten progress updates a second reach the UI


def eta_seconds(started: float, fraction: float, now: float | None = None) -> float:
    """Time left from elapsed time and the fraction done; -1 while too early to tell."""
    elapsed = (now if now is not None else time.monotonic()) - started
    if fraction < 0.03 or elapsed < 0.5:
        return -1.0
    return max(0.0, elapsed * (1.0 - fraction) / fraction)


class ImportWorker(QObject):
    itemStarted = Signal(int, str)  # queue id, path
    itemProgress = Signal(int, float, str, float)  # queue id, fraction, message, seconds left (-1 unknown)
    itemDone = Signal(int, int)  # queue id, call pk
    itemFailed = Signal(int, str)  # queue id, reason (names the file)
    itemCancelled = Signal(int)
    idle = Signal()
    _wake = Signal()

    def __init__(self, db_path: str, options: ImportOptions) -> None:
        super().__init__()
        self.db_path = db_path
        self.pipeline = ProcessPipeline(options)
        self._db: Any = None
        self._lock = threading.Lock()
        self._current: tuple[int, CancelToken] | None = None
        self._cancelled: set[int] = set()
        self._stopping = False
        self._pending: ImportOptions | None = None
        self._wake.connect(self.process)

    # ---- called from the UI thread -------------------------------------------
    def wake(self) -> None:
        """Ask the worker (in its thread) to look at the queue."""
        self._wake.emit()

    def cancel(self, item_id: int) -> None:
        with self._lock:
            self._cancelled.add(item_id)
            if self._current is not None and self._current[0] == item_id:
                self._current[1].cancel()

    def stop(self) -> None:
        """Finish as soon as possible: the running file is cancelled and goes back to the queue."""
        with self._lock:
            self._stopping = True
            if self._current is not None:
                self._current[1].cancel()

    def current_item(self) -> int | None:
        with self._lock:
            return self._current[0] if self._current else None

    def set_options(self, options: ImportOptions) -> None:
        """New settings (pack, model, language, channels, threads) for the files after the running one."""
        with self._lock:
            self._pending = options

    def options(self) -> ImportOptions:
        """What the next file will be imported with."""
        with self._lock:
            return self._pending or self.pipeline.options

    # ---- worker thread ---------------------------------------------------------
    def _database(self) -> Any:
        if self._db is None:
            from qa_desktop.storage.database import Database

            self._db = Database.open(self.db_path)
        return self._db

    @Slot()
    def process(self) -> None:
        try:
            db = self._database()
        except QAError as exc:
            log.error("import worker cannot open the database: %s", exc)
            self.idle.emit()
            return
        while not self._stopping:
            item = db.next_queued()
            if item is None:
                break
            self._apply_options()
            self._run_one(db, item.id, item.path)
        if self._stopping:
            self.pipeline.close()
            if self._db is not None:
                self._db.close()
                self._db = None
        self.idle.emit()

    def _apply_options(self) -> None:
        """Between files: a changed setting gets a new pipeline (the child reloads the model once)."""
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is not None and pending != self.pipeline.options:
            log.info("import settings changed: %s", pending)
            self.pipeline.close()
            self.pipeline = ProcessPipeline(pending)

    def _run_one(self, db: Any, item_id: int, path: str) -> None:
        token = CancelToken()
        with self._lock:
            if item_id in self._cancelled:
                db.set_queue_state(item_id, "cancelled")
                self.itemCancelled.emit(item_id)
                return
            self._current = (item_id, token)
        db.set_queue_state(item_id, "running")
        self.itemStarted.emit(item_id, path)
        started = time.monotonic()
        last = [0.0]

        def progress(fraction: float, message: str) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL_S or fraction >= 1.0:
                last[0] = now
                self.itemProgress.emit(item_id, fraction, message, eta_seconds(started, fraction, now))

        try:
            pk = self.pipeline.process(db, path, progress, token)
        except Cancelled:
            stopping = self._stopping and item_id not in self._cancelled
            db.set_queue_state(item_id, "queued" if stopping else "cancelled")
            if not stopping:
                self.itemCancelled.emit(item_id)
        except QAError as exc:
            log.warning("import failed: %s", exc)
            db.set_queue_state(item_id, "failed", str(exc))
            self.itemFailed.emit(item_id, str(exc))
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the queue
            log.exception("unexpected failure importing %s", path)
            reason = f"{path}: unexpected {type(exc).__name__}: {exc} (details in {log_file()})"
            db.set_queue_state(item_id, "failed", reason)
            self.itemFailed.emit(item_id, reason)
        else:
            db.set_queue_state(item_id, "done", "", pk)
            self.itemDone.emit(item_id, pk)
        finally:
            with self._lock:
                self._current = None


class ImportThread(QThread):
    """Owns the worker; `shutdown()` cancels the running file and waits for the thread."""

    def __init__(self, db_path: str, options: ImportOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-worker")
        self.worker = ImportWorker(db_path, options)
        self.worker.moveToThread(self)

    def shutdown(self, wait_ms: int = 30_000) -> None:
        self.worker.stop()
        self.quit()
        self.wait(wait_ms)
        self.worker.pipeline.close()  # the thread is done: safe to stop the child from here
