"""Run short background jobs (decoding a waveform, loading a call) off the UI thread.

Results come back through a Qt signal, i.e. on the UI thread; a `Task` whose
receiver has moved on (the inspector opened the next call) is simply ignored
by comparing tokens, instead of being cancelled mid-decode. A task given an
`owner` reports nothing once that widget or model is gone (a window closed
while its list was being read).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the UI thread; its bound-method slots make Qt queue the results there.

    (A plain function connected to a signal emitted on a pool thread would run
    on that pool thread, where touching a widget crashes.)
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, task: "Task", on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None, owner: QObject | None = None) -> None:
        super().__init__()
        self._task = task
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)
        if owner is not None:
            owner.destroyed.connect(self._drop)

    def _drop(self, *_: Any) -> None:
        self._on_done = self._on_error = None

    def _deliver_done(self, result: Any) -> None:
        _tasks.discard(self._task)
        if self._on_done is not None:
            self._on_done(result)

    def _deliver_failed(self, exc: BaseException) -> None:
        _tasks.discard(self._task)
        if self._on_error is not None:
            self._on_error(exc)


class Task(QRunnable):
    """`fn()` on a pool thread; `on_done(result)` or `on_error(exc)` back on the UI thread."""

    def __init__(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self.fn = fn
        self.relay = _Relay(self, on_done, on_error, owner)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI, which explains it
            log.debug("background task failed", exc_info=True)
            self.relay.failed.emit(exc)
            return
        self.relay.done.emit(result)


_tasks: set[Task] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    owner: QObject | None = None,
) -> Task:
    """Start `fn` on the global pool; the task (and its relay) lives until it reports.

    With an `owner`, nothing is delivered after the owner was deleted."""
    task = Task(fn, on_done, on_error, owner)
    task.setAutoDelete(False)
    _tasks.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_background(msecs: int = 30_000) -> bool:
    """Block until pool work is finished (app exit and tests only)."""
    return QThreadPool.globalInstance().waitForDone(msecs)


def read_in_background(
    db: Any,
    read: Callable[[Any], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    owner: QObject | None = None,
) -> None:
    """`read(database)` on a pool thread, over a connection of its own to `db`'s file (one SQLite
    connection is not shared between threads); an in-memory database, which only its own
    connection can see, is read right here instead."""
    path = getattr(db, "path", None)
    if path is None:
        try:
            result = read(db)
        except Exception as exc:  # noqa: BLE001 - reported like a background failure
            on_error(exc)
            return
        on_done(result)
        return

    def in_file() -> Any:
        from qa_desktop.storage import Database

        with Database.open(path) as own:
            return read(own)

    run_in_background(in_file, on_done, on_error, owner)
