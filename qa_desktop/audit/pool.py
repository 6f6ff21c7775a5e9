"""The local engine's worker processes, surviving the death of one of them.

Why one single-process executor per worker rather than one pool of N: when
a process of a `ProcessPoolExecutor` dies (SIGKILL, a segfault in a native
library, the OOM killer) the executor declares itself broken and fails every
pending future, so one bad file would fail the rest of the batch, and nothing
would say which file it was. With one executor per worker a death breaks only
that worker's executor, the file it was running is known, and the process's
exit code says how it died. The dead worker is replaced (the new process loads
the model again) and its file retried, at most `max_attempts` times, as the
Ray engine does; then the file is reported failed with that reason and the
batch goes on. Each worker has one file at a time, so a death costs at most
one file's work.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Any, Callable

from qa_desktop.audit.worker import MAX_ATTEMPTS, AuditConfig, FileResult, init_process, process_file
from qa_desktop.errors import Cancelled
from qa_desktop.progress import CancelToken

log = logging.getLogger(__name__)


def exit_reason(code: int | None) -> str:
    """How a process ended, in words: "signal 9, SIGKILL", "exit status 3"."""
    if code is None:
        return "exit status unknown"
    if code < 0:
        try:
            return f"signal {-code}, {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit status {code}"


def _exit_code(executor: ProcessPoolExecutor) -> int | None:
    """The exit code of a broken single-process executor's process (None if it cannot be known).

    `_processes` is private but has been there since Python 3.2; shutdown()
    drops it, so the process is taken before and read after the join.
    """
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=True)
    return processes[0].exitcode if processes else None


def run_pool(jobs: list[Any], workers: int, config: AuditConfig, cancel: CancelToken | None,
             handle: Callable[[Any, FileResult], None], max_attempts: int = MAX_ATTEMPTS) -> None:
    """Audit `jobs` (with .path and .content_hash) on `workers` processes; `handle` gets every result."""
    threads = config.threads or max(1, (os.cpu_count() or 1) // workers)
    pool_config = replace(config, threads=threads)
    context = multiprocessing.get_context("spawn")  # no fork: the model's threads do not survive it

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=init_process,
                                   initargs=(pool_config, os.getpid()))

    queue: deque[Any] = deque(jobs)
    deaths: dict[str, int] = {}
    idle = [start() for _ in range(min(workers, len(jobs)))]
    running: dict[Future, tuple[ProcessPoolExecutor, Any]] = {}
    try:
        while queue or running:
            while idle and queue:
                executor, job = idle.pop(), queue.popleft()
                attempt = deaths.get(str(job.path), 0) + 1
                running[executor.submit(process_file, str(job.path), job.content_hash, attempt)] = (executor, job)
            done, _ = wait(running, timeout=0.5, return_when=FIRST_COMPLETED)
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            for future in done:
                executor, job = running.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    path = str(job.path)
                    how = exit_reason(_exit_code(executor))
                    deaths[path] = deaths.get(path, 0) + 1
                    log.warning("worker process died (%s) on %s, attempt %d of %d", how, path, deaths[path],
                                max_attempts)
                    idle.append(start())
                    if deaths[path] < max_attempts:
                        queue.appendleft(job)
                    else:
                        handle(job, FileResult(path, "failed", job.content_hash,
                                               error=f"{path}: the worker process died ({how}) while transcribing "
                                                     f"it, {deaths[path]} times"))
                    continue
                except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be unpickled: this file fails
                    log.exception("worker failed on %s", job.path)
                    result = FileResult(str(job.path), "failed", job.content_hash,
                                        error=f"{job.path}: worker process failed: {type(exc).__name__}: {exc}")
                idle.append(executor)
                handle(job, result)
    finally:
        for executor in [*idle, *(e for e, _ in running.values())]:
            executor.shutdown(wait=True, cancel_futures=True)
