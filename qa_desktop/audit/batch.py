"""Batch audit: find recordings, skip what is stored, transcribe + score the
rest (in this process or a pool), store each result as it arrives.

Workers: each pool process loads the Whisper model once, and the model itself
runs on several threads, so on a small machine one worker using all cores is
as fast as several and needs one model's memory; more workers pay off on
machines with many cores (each gets cores // workers threads). The default is
one worker. Only this (driver) process writes the database. A worker
process that dies mid-file is replaced and its file retried (`pool.py`).

The driver resolves the model's id (for skipping) without loading it, so
with a pool only the workers hold a model in memory.

The GUI reuses the parts: `AuditWorker.process_file` (with progress and
cancel) and `store.store_result`; the Ray engine plugs in as `dispatch`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from qa_desktop.audit import store
from qa_desktop.audit.discovery import content_hash, find_recordings, probe_seconds
from qa_desktop.audit.manifest import Manifest
from qa_desktop.audit.pool import run_pool
from qa_desktop.audit.worker import AuditConfig, AuditWorker, FileResult, pack_for
from qa_desktop.errors import QAError
from qa_desktop.names import shown, shown_data
from qa_desktop.progress import CancelToken
from qa_desktop.storage import Database


@dataclass(slots=True)
class BatchProgress:
    """The whole batch's state, in two phases.

    "scan": every file is hashed and its length read (`files_scanned` of
    `files_total`; `audio_total` grows) and what is already stored is skipped;
    on a big rerun that is minutes of work the user must see. "audit": the rest
    is transcribed and scored. Time left comes from the audit phase's own rate,
    so files skipped in no time do not make it look shorter than it is.
    """

    files_done: int
    files_total: int
    audio_done: float  # seconds of audio finished (processed, skipped or failed)
    audio_total: float
    elapsed: float
    current: str = ""
    current_seconds: float = 0.0  # length of the file being worked on (in this process)
    current_fraction: float = 0.0  # how far that file is
    workers_alive: int = 0  # set by a cluster engine (`dispatch`); 0 for the local engine
    phase: str = "scan"  # scan | audit
    files_scanned: int = 0
    audio_scanned_off: float = 0.0  # audio finished during the scan (skipped, rescored): not work done
    scan_seconds: float = 0.0  # how long the scan took

    @property
    def seconds_left(self) -> float | None:
        """From the audio still to do at the audit phase's rate; None until something was processed."""
        done = self.audio_done + self.current_fraction * self.current_seconds
        worked, spent = done - self.audio_scanned_off, self.elapsed - self.scan_seconds
        if self.phase != "audit" or worked <= 0 or spent < 1:
            return None
        return max(0.0, (self.audio_total - done) * spent / worked)


@dataclass(slots=True)
class BatchSummary:
    succeeded: int = 0
    failed: int = 0
    skipped: int = 0
    audio_seconds: float = 0.0
    meta_updated: int = 0  # stored calls whose metadata a manifest changed
    reports: list[dict[str, Any]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.succeeded + self.failed + self.skipped


BatchProgressFn = Callable[[BatchProgress], None]
ResultFn = Callable[[dict[str, Any]], None]
FileProgressFn = Callable[[str, float, str], None]  # file, fraction, message
# (jobs, config, handle(job, result), cancel, on_workers(alive)): runs the jobs elsewhere, e.g. on Ray
DispatchFn = Callable[[list, AuditConfig, Callable[[Any, FileResult], None], CancelToken | None,
                       Callable[[int], None]], None]


@dataclass(slots=True)
class _Job:
    path: Path
    content_hash: str
    seconds: float


def run_audit(paths: list[str | Path], db: Database, config: AuditConfig, *, workers: int = 1,
              manifest: Manifest | None = None, progress: BatchProgressFn | None = None,
              cancel: CancelToken | None = None, on_result: ResultFn | None = None,
              file_progress: FileProgressFn | None = None, dispatch: DispatchFn | None = None) -> BatchSummary:
    """Audit every recording under `paths`; a bad file is reported and the batch goes on.

    `progress` gets the whole batch's state, `file_progress` the running
    file's own progress (in-process work only), `on_result` each file's
    per-call report as soon as it is stored (or failed, or skipped).
    `dispatch` replaces the local workers (see `ray_engine.RayDispatcher`);
    skipping and storing stay here either way.

    Raises QAError only when nothing can start (bad rule pack, no model), and
    `Cancelled` when `cancel` is set (everything stored so far stays stored).
    """
    summary = BatchSummary()
    started = time.monotonic()
    found = find_recordings(paths)
    if config.rules:
        pack_for(config, config.language)  # a broken --rules pack stops the batch before any work
    worker = AuditWorker(config)
    model_id = worker.model_id
    state = BatchProgress(0, len(found.files) + len(found.missing), 0.0, 0.0, 0.0)

    def record(report: dict[str, Any], kind: str, audio: float) -> None:
        report = shown_data(report)  # GBK file names (in file, error, skipped) as \xNN: one name never stops a batch
        setattr(summary, kind, getattr(summary, kind) + 1)
        summary.meta_updated += bool(report.get("meta_updated"))
        summary.reports.append(report)
        state.files_done += 1
        state.audio_done += audio
        if state.phase == "scan":
            state.audio_scanned_off += audio
        state.current_fraction = 0.0
        state.elapsed = time.monotonic() - started
        if kind == "succeeded":
            summary.audio_seconds += audio
        if on_result:
            on_result(report)
        if progress:
            progress(state)

    for path, reason in found.missing:
        record(store.failed_report(str(path), f"{path}: {reason}"), "failed", 0.0)

    jobs: list[_Job] = []
    seen: dict[str, Path] = {}
    for path in found.files:
        if cancel is not None:
            cancel.check()
        state.current, state.files_scanned = str(path), state.files_scanned + 1
        seconds = probe_seconds(path)
        state.audio_total += seconds
        state.elapsed = time.monotonic() - started
        if progress:
            progress(state)
        try:
            digest = content_hash(path)
        except OSError as exc:
            record(store.failed_report(str(path), f"{path}: cannot read the file: {exc.strerror or exc}"), "failed", 0)
            continue
        if digest in seen:
            record(store.skipped_report(str(path), f"same recording as {seen[digest]}"), "skipped", seconds)
            continue
        seen[digest] = path
        pk, current = store.already_stored(db, digest, model_id, config)
        if pk is not None and current:
            record(store.skip_stored(db, pk, manifest, path), "skipped", seconds)
        elif pk is not None:  # transcribed before, other rule pack: score the stored transcript
            record(store.rescore_stored(db, pk, config, manifest, path), "succeeded", seconds)
        else:
            jobs.append(_Job(path, digest, seconds))
    state.phase, state.current = "audit", ""
    state.elapsed = state.scan_seconds = time.monotonic() - started
    if progress:
        progress(state)

    def handle(job: _Job, result: FileResult) -> None:
        audio = result.audio_seconds or job.seconds
        if result.status == "ok":
            try:
                record(store.store_result(db, result, config, manifest), "succeeded", audio)
            except QAError as exc:
                record(store.failed_report(str(job.path), str(exc)), "failed", audio)
        else:
            record(store.failed_report(str(job.path), result.error or "failed"), "failed", audio)

    def on_file(job: _Job) -> Callable[[float, str], None]:
        def report(fraction: float, message: str) -> None:
            state.current_fraction = max(0.0, min(1.0, fraction))
            state.elapsed = time.monotonic() - started
            if file_progress:
                file_progress(str(job.path), fraction, message)
            if progress:
                progress(state)
        return report

    def on_workers(alive: int) -> None:
        state.workers_alive = alive
        state.elapsed = time.monotonic() - started
        if progress:
            progress(state)

    if dispatch is not None:
        if jobs:
            dispatch(jobs, config, handle, cancel, on_workers)
    elif workers <= 1 or len(jobs) <= 1:
        if jobs:
            _ = worker.transcriber  # a missing model or bad --channels stops the batch here, once
        for job in jobs:
            if cancel is not None:
                cancel.check()
            state.current, state.current_seconds, state.current_fraction = str(job.path), job.seconds, 0.0
            if progress:
                progress(state)
            handle(job, worker.process_file(job.path, job.content_hash, progress=on_file(job), cancel=cancel))
    else:
        run_pool(jobs, workers, config, cancel, handle)
    order = {shown(p): i for i, p in enumerate([p for p, _ in found.missing] + found.files)}
    summary.reports.sort(key=lambda r: order.get(str(r.get("file")), len(order)))  # file order, not finish order
    return summary
