"""Batch audits on a Ray cluster: the same planning, skipping and storing as
the local engine (`run_audit`), with the transcription done by Ray actors.

Why actors and not tasks: a task would load the Whisper model for every file;
an actor loads it once and then takes file after file. The driver keeps one
file in flight per actor, so a dead actor costs at most one file's work, and
files already stored never leave the driver (the skip happens in `run_audit`
before anything is dispatched).

Faults: when an actor dies mid-file (process killed, node lost) its file goes
back to the front of the queue and a fresh actor is started in its place
(Ray puts it wherever there is room). A file on which workers died
`max_attempts` times is reported as failed with that reason; the batch goes
on. Ctrl-C / cancel stops dispatching and kills the actors; every call
stored so far stays stored, and a rerun continues with the rest.

Ray is an optional extra (`pip install 'qa-desktop[cluster]'`); everything
here imports it lazily so the local engine never needs it.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from qa_desktop.audit.worker import MAX_ATTEMPTS, AuditConfig, FileResult
from qa_desktop.errors import Cancelled, ModelError, QAError
from qa_desktop.progress import CancelToken

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install 'qa-desktop[cluster]'"


def _not_installed_reason() -> str:
    if getattr(sys, "frozen", False):  # the installed desktop bundle carries no Ray and cannot pip-install it
        return ("the desktop installer does not include the cluster engine; install QA Desktop with pip "
                f"({INSTALL_HINT}) on the machines that run cluster audits")
    return f"Ray is not installed; install it with: {INSTALL_HINT}"


class RayUnavailable(QAError):
    """Ray is not installed, or the cluster cannot be reached."""


@dataclass(frozen=True, slots=True)
class RayOptions:
    address: str | None = None  # None: start a local Ray instance; "auto", "ray://host:10001"…
    workers: int | None = None  # actors; None: as many as the cluster has CPUs for
    cpus_per_worker: int = 1  # CPUs each actor reserves (and Whisper threads it uses)
    shared_path: bool = False  # files are at the same path on every node: send paths, not bytes
    max_attempts: int = MAX_ATTEMPTS  # how many workers may die on one file before it is reported failed
    start_timeout: float = 300.0  # seconds to wait for a worker when none is alive


def import_ray() -> Any:
    """Ray, quiet and offline (no usage stats), or one clear error line."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable("--engine ray", _not_installed_reason()) from exc
    return ray


def connect(options: RayOptions) -> bool:
    """Join the cluster at `options.address` (or start a local instance); True if this call started Ray.

    Without an address Ray itself would join a cluster already running on
    the machine, but refuses the CPU count we give a local instance; rather
    than silently auditing on a cluster nobody named, that is an error that
    says how to use it.
    """
    ray = import_ray()
    if ray.is_initialized():
        return False
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
    if options.address:
        kwargs.pop("include_dashboard")  # a cluster's dashboard is the cluster's business
        try:
            ray.init(address=options.address, **kwargs)
        except Exception as exc:  # noqa: BLE001 - Ray raises ConnectionError, RuntimeError, ValueError…
            raise RayUnavailable(options.address, f"cannot connect to the Ray cluster: {exc}") from exc
        return True
    cpus = os.cpu_count() or 1
    if options.workers:
        cpus = max(cpus, options.workers * options.cpus_per_worker)
    try:
        ray.init(num_cpus=cpus, **kwargs)
    except Exception as exc:  # noqa: BLE001 - Ray raises ValueError, RuntimeError, ConnectionError…
        if isinstance(exc, ValueError) and "existing cluster" in str(exc):  # `ray start` ran here, or RAY_ADDRESS
            raise RayUnavailable("--engine ray", "a Ray cluster is already running on this machine (`ray start` "
                                                 "or RAY_ADDRESS); pass --address auto to audit on it, or stop it "
                                                 "with `ray stop`") from exc
        raise RayUnavailable("--engine ray", f"cannot start a local Ray instance: {exc}") from exc
    return True


class RayDispatcher:
    """Sends `run_audit`'s jobs to Ray actors and hands each result to the driver's `handle`.

    Pass an instance as `run_audit(..., dispatch=...)`. `busy` maps each actor
    with a file in flight to that file's path (tests kill one mid-file).
    """

    def __init__(self, options: RayOptions) -> None:
        self.options = options
        self.busy: dict[Any, str] = {}

    def __call__(self, jobs: list[Any], config: AuditConfig, handle: Callable[[Any, FileResult], None],
                 cancel: CancelToken | None, on_workers: Callable[[int], None]) -> None:
        ray = import_ray()
        started_here = connect(self.options)
        try:
            self._run(ray, jobs, config, handle, cancel, on_workers)
        finally:
            if started_here:
                ray.shutdown()

    def _size(self, ray: Any, jobs: int) -> int:
        if self.options.workers:
            return max(1, min(self.options.workers, jobs))
        cpus = int(ray.cluster_resources().get("CPU", 1))
        return max(1, min(cpus // max(1, self.options.cpus_per_worker), jobs))

    def _run(self, ray: Any, jobs: list[Any], config: AuditConfig, handle: Callable[[Any, FileResult], None],
             cancel: CancelToken | None, on_workers: Callable[[int], None]) -> None:
        from ray.exceptions import GetTimeoutError, RayActorError, RayTaskError

        from qa_desktop.audit.ray_actor import AuditActor

        opts = self.options
        actor_cls = ray.remote(AuditActor).options(num_cpus=opts.cpus_per_worker, max_restarts=0,
                                                   max_task_retries=0)
        actor_config = replace(config, threads=config.threads or opts.cpus_per_worker)
        pack = _pack_file(config)
        queue: deque[Any] = deque(jobs)
        deaths: dict[str, int] = {}
        last_death: dict[str, str] = {}
        idle: list[Any] = []
        starting: dict[Any, Any] = {}  # ready() ref -> actor
        running: dict[Any, tuple[Any, Any]] = {}  # audit ref -> (actor, job)
        size = self._size(ray, len(jobs))
        spares = size * opts.max_attempts  # replacements we allow before giving up on the cluster
        waiting_since = time.monotonic()

        def spawn() -> None:
            actor = actor_cls.remote(actor_config, pack)
            starting[actor.ready.remote()] = actor

        def alive() -> int:
            return len(idle) + len(running)

        def submit(actor: Any, job: Any) -> None:
            path = str(job.path)
            if opts.shared_path:
                ref = actor.audit_path.remote(str(Path(path).resolve()), job.content_hash)
            else:
                try:
                    data = Path(path).read_bytes()
                except OSError as exc:
                    idle.append(actor)
                    handle(job, FileResult(path, "failed", job.content_hash,
                                           error=f"{path}: cannot read the file: {exc.strerror or exc}"))
                    return
                ref = actor.audit_bytes.remote(path, ray.put(data), job.content_hash)
            running[ref] = (actor, job)
            self.busy[actor] = path

        def worker_died(actor: Any, job: Any, exc: Exception) -> None:
            nonlocal spares
            path = str(job.path)
            self.busy.pop(actor, None)
            deaths[path] = deaths.get(path, 0) + 1
            last_death[path] = _first_line(exc)
            log.warning("Ray worker died on %s (%d of %d): %s", path, deaths[path], opts.max_attempts,
                        last_death[path])
            if deaths[path] >= opts.max_attempts:
                handle(job, FileResult(path, "failed", job.content_hash,
                                       error=f"{path}: the Ray worker died {deaths[path]} times while auditing this "
                                             f"file (last: {last_death[path]})"))
            else:
                queue.appendleft(job)
            if spares > 0:
                spares -= 1
                spawn()

        for _ in range(size):
            spawn()
        try:
            while queue or running:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                while idle and queue:
                    submit(idle.pop(), queue.popleft())
                on_workers(alive())
                if alive():
                    waiting_since = time.monotonic()
                if not running and not starting and queue:
                    _fail_all(queue, handle, "no Ray worker is left to audit it (workers kept dying)")
                    break
                if alive() == 0 and time.monotonic() - waiting_since > opts.start_timeout:
                    _fail_all(queue, handle, f"no Ray worker started within {opts.start_timeout:.0f} s "
                                             "(does the cluster have free CPUs?)")
                    break
                refs = list(running) + list(starting)
                done, _ = ray.wait(refs, num_returns=1, timeout=0.5)
                for ref in done:
                    if ref in starting:
                        actor = starting.pop(ref)
                        try:
                            _host, error = ray.get(ref)
                        except RayActorError as exc:
                            log.warning("a Ray worker died while starting: %s", _first_line(exc))
                            if spares > 0:
                                spares -= 1
                                spawn()
                            continue
                        if error:
                            raise ModelError(None, f"a Ray worker cannot load the model: {error}")
                        idle.append(actor)
                        continue
                    actor, job = running.pop(ref)
                    try:
                        result = ray.get(ref)
                    except RayActorError as exc:
                        _kill(ray, actor)
                        worker_died(actor, job, exc)
                        continue
                    except RayTaskError as exc:  # process_file does not raise; this is Ray's own trouble
                        result = FileResult(str(job.path), "failed", job.content_hash,
                                            error=f"{job.path}: Ray worker failed: {_first_line(exc)}")
                    except GetTimeoutError:  # pragma: no cover - wait() said it was ready
                        running[ref] = (actor, job)
                        continue
                    self.busy.pop(actor, None)
                    idle.append(actor)
                    handle(job, result)
            on_workers(alive())
        finally:
            for actor in [*idle, *(a for a, _ in running.values()), *starting.values()]:
                _kill(ray, actor)
            self.busy.clear()


def _pack_file(config: AuditConfig) -> tuple[str, bytes] | None:
    """The --rules file as (driver path, bytes), so workers need no copy of it."""
    if not config.rules:
        return None
    from qa_desktop.rules import resolve_pack

    path = Path(resolve_pack(config.rules).path)
    try:
        return str(path), path.read_bytes()
    except OSError as exc:
        raise QAError(path, f"cannot read the rule pack: {exc.strerror or exc}") from exc


def _fail_all(queue: deque[Any], handle: Callable[[Any, FileResult], None], reason: str) -> None:
    while queue:
        job = queue.popleft()
        handle(job, FileResult(str(job.path), "failed", job.content_hash, error=f"{job.path}: {reason}"))


def _kill(ray: Any, actor: Any) -> None:
    try:
        ray.kill(actor)
    except Exception as exc:  # noqa: BLE001 - already gone
        log.debug("Ray actor already gone: %s", exc)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"
