"""Transcription in a child process, so the window never waits for Python's GIL.

Loading Whisper (tokenizer, CTranslate2) and voice-activity detection run C
code that holds the GIL for a few hundred milliseconds at a time; in a thread
that freezes the window, in a process it cannot. The child loads the model
once and serves files until told to stop; the parent keeps the database (one
writer) and turns the child's messages into progress, results and errors.
Qt-free: the child never imports Qt.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import queue
import sys
import time
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from qa_desktop.errors import Cancelled, QAError
from qa_desktop.logs import log_file
from qa_desktop.progress import CancelToken, ProgressFn
from qa_desktop.ui.import_pipeline import ImportOptions, read_digest, scaled, store, stored_pk

log = logging.getLogger(__name__)

POLL_S = 0.1
MODEL_TIMEOUT_S = 900.0  # the first run may assemble the bundled model


@contextmanager
def _without_main_module() -> Iterator[None]:
    """Start the child without re-running our `__main__` in it.

    "spawn" normally imports the parent's main module in the child; for
    `python -m qa_desktop` that would open a second window. The child only
    needs `child_main`, which it imports by name, so it is shown a bare
    `__main__` while it is being started.
    """
    real = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = real


class SharedCancel(CancelToken):
    """Cancel token of the child: cancelled when the parent writes this job's id."""

    def __init__(self, cancel_id: Any, job_id: int) -> None:
        super().__init__()
        self._shared = cancel_id
        self._job = job_id

    def cancel(self) -> None:
        self._shared.value = self._job

    @property
    def cancelled(self) -> bool:
        return self._shared.value == self._job

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


def child_main(options: ImportOptions, jobs: Any, events: Any, cancel_id: Any) -> None:
    """The child's loop: load the model, then transcribe + score each job it is sent."""
    import os
    from dataclasses import replace

    from qa_desktop.audit import AuditWorker
    from qa_desktop.logs import setup_logging

    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the app; it stops us
    from qa_desktop.audit.parent_watch import die_with_parent

    die_with_parent(os.getppid(), kernel_signal=False)  # a killed app must not leave a model in memory
    setup_logging()
    try:  # background work: the inspector's clicks come first
        os.nice(10)
    except (AttributeError, OSError):  # Windows has no nice(); the process still works
        pass
    if not options.threads:  # leave one core to the window
        options = replace(options, threads=max(1, (os.cpu_count() or 2) - 1))
    worker = AuditWorker(options.audit_config())
    try:
        events.put(("ready", str(worker.model_id)))
    except QAError as exc:
        events.put(("model_error", str(exc)))
        return
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which names the file
        logging.getLogger(__name__).exception("cannot load the speech model")
        events.put(("model_error", f"cannot load the speech model: {type(exc).__name__}: {exc}"))
        return
    parent = os.getppid()
    while True:
        try:
            job = jobs.get(timeout=1.0)
        except queue.Empty:
            if os.getppid() != parent:  # the app died without telling us: do not linger
                return
            continue
        if job is None:
            return
        job_id, path, digest = job
        last = [0.0]

        def progress(fraction: float, message: str, job_id: int = job_id) -> None:
            now = time.monotonic()
            if now - last[0] >= POLL_S or fraction >= 1.0:
                last[0] = now
                events.put(("progress", job_id, fraction, message))

        try:
            result = worker.process_file(path, digest, progress=progress, cancel=SharedCancel(cancel_id, job_id))
        except Cancelled:
            events.put(("cancelled", job_id))
            continue
        events.put(("result", job_id, result))


class ProcessPipeline:
    """Same contract as ImportPipeline.process, with the heavy work in a child process."""

    def __init__(self, options: ImportOptions) -> None:
        self.options = options
        self._config: Any = None  # built in the worker thread (imports the batch core)
        self._ctx = mp.get_context("spawn")
        self._proc: Any = None
        self._jobs: Any = None
        self._events: Any = None
        self._cancel_id: Any = None
        self.model_id: str | None = None
        self._job_counter = 0

    @property
    def config(self) -> Any:
        if self._config is None:
            self._config = self.options.audit_config()
        return self._config

    def close(self) -> None:
        """Stop the child (it finishes or abandons the current file)."""
        if self._proc is None:
            return
        try:
            self._cancel_id.value = -2
            self._jobs.put(None)
        except (OSError, ValueError):
            pass
        self._proc.join(5)
        if self._proc.is_alive():
            self._proc.terminate()
            self._proc.join(5)
        self._proc = None
        self.model_id = None

    def _start(self, cancel: CancelToken, progress: ProgressFn) -> str:
        if self._proc is not None and self._proc.is_alive() and self.model_id:
            return self.model_id
        self.close()
        self._jobs, self._events = self._ctx.Queue(), self._ctx.Queue()
        self._cancel_id = self._ctx.Value("q", -1)
        self._proc = self._ctx.Process(target=child_main, name="qa-desktop-transcriber", daemon=True,
                                       args=(self.options, self._jobs, self._events, self._cancel_id))
        with _without_main_module():
            self._proc.start()
        progress(0.01, "loading model")
        deadline = time.monotonic() + MODEL_TIMEOUT_S
        while time.monotonic() < deadline:
            if cancel.cancelled:
                self.close()
                raise Cancelled()
            try:
                msg = self._events.get(timeout=POLL_S)
            except queue.Empty:
                if not self._proc.is_alive():
                    self._proc = None
                    raise QAError(None, f"the speech engine stopped while loading (details in {log_file()})")
                continue
            if msg[0] == "ready":
                self.model_id = msg[1]
                return self.model_id
            if msg[0] == "model_error":
                self.close()
                raise QAError(None, msg[1])
        self.close()
        raise QAError(None, "the speech model took too long to load")

    def process(self, db: Any, path: str | Path, progress: ProgressFn, cancel: CancelToken) -> int:
        """Import one file into `db`; returns the call's pk. Raises QAError (naming the file) or Cancelled."""
        file, digest = read_digest(path, progress)
        cancel.check()
        pk = stored_pk(db, digest, self._start(cancel, progress), self.config, progress)
        if pk is not None:
            return pk
        self._job_counter += 1
        job_id = self._job_counter
        self._jobs.put((job_id, str(file), digest))
        report = scaled(progress)
        while True:
            if cancel.cancelled:
                self._cancel_id.value = job_id
            try:
                msg = self._events.get(timeout=POLL_S)
            except queue.Empty:
                if not self._proc.is_alive():
                    self._proc = None
                    self.model_id = None
                    raise QAError(file, f"the speech engine stopped unexpectedly (details in {log_file()})")
                continue
            if msg[1] != job_id:
                continue  # a late message about an abandoned job
            if msg[0] == "progress":
                report(msg[2], msg[3])
            elif msg[0] == "cancelled":
                raise Cancelled()
            elif msg[0] == "result":
                return store(db, file, msg[2], self.config, progress)
