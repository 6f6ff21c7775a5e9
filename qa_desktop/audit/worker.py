"""Auditing one file, with no database: the unit a process pool (or later a
Ray cluster) runs.

`AuditWorker` is picklable (it carries only its settings); the Whisper model
and rule packs are loaded lazily, once per process, and kept. Its result is a
plain `FileResult` of dicts and strings, so it crosses process boundaries and
the driver alone writes the database (`store.store_result`).
"""

from __future__ import annotations

import logging
import os
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa_desktop.domain import CallScore, Transcript, primary_language
from qa_desktop.errors import Cancelled, QAError
from qa_desktop.fileio import not_a_file_reason
from qa_desktop.progress import CancelToken, ProgressFn

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # worker deaths on one file before it is reported failed (both engines)


@dataclass(frozen=True, slots=True)
class AuditConfig:
    """How files are transcribed and scored (the CLI flags / GUI settings)."""

    model: str | None = None
    language: str = "auto"
    channels: str = "agent,customer"
    threads: int = 0
    rules: str | None = None  # pack file or shipped pack name; None: default pack per call language
    # the GUI's "default pack" is for calls of its language; a call in another language gets the
    # shipped pack for that language (the CLI's --rules means every file, as asked)
    rules_same_language_only: bool = False


@dataclass(slots=True)
class FileResult:
    """What happened to one file; everything in it pickles."""

    path: str
    status: str  # ok | failed | skipped
    content_hash: str = ""
    transcript: dict[str, Any] | None = None
    score: dict[str, Any] | None = None
    error: str | None = None
    skipped: str | None = None  # why it was skipped
    audio_seconds: float = 0.0
    elapsed: float = 0.0
    call_pk: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def pack_for(config: AuditConfig, language: str) -> Any:
    """The explicit pack (file or shipped name), or the shipped default for the call's language.

    Both come from `qa_desktop.rules`, whose cache is keyed by the file's
    path, mtime and size: a worker that lives for a whole GUI session or a
    long batch picks up an edited pack file instead of scoring with the old one.
    """
    from qa_desktop.rules import default_pack_for, resolve_pack

    if config.rules:
        pack = resolve_pack(config.rules)
        if not config.rules_same_language_only or primary_language(pack.language) == primary_language(language):
            return pack
    return default_pack_for(language)


class AuditWorker:
    def __init__(self, config: AuditConfig) -> None:
        self.config = config
        self._transcriber: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {"config": self.config}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["config"])

    @property
    def transcriber(self) -> Any:
        if self._transcriber is None:
            from qa_desktop.transcription import Transcriber

            c = self.config
            self._transcriber = Transcriber(model=c.model, language=c.language, channels=c.channels,
                                            threads=c.threads)
        return self._transcriber

    @property
    def model_id(self) -> str:
        """Which model transcribes, without loading it (the pool's driver never needs the model)."""
        if self._transcriber is not None:
            return str(self._transcriber.model_id)
        from qa_desktop.transcription import resolve_model

        return str(resolve_model(self.config.model).model_id)

    def process_file(self, path: str | Path, content_hash: str = "", progress: ProgressFn | None = None,
                     cancel: CancelToken | None = None) -> FileResult:
        """Transcribe and score one file. Never raises for a bad file (only `Cancelled`)."""
        from qa_desktop.audit.discovery import content_hash as hash_file
        from qa_desktop.scoring import score

        started = time.monotonic()
        result = FileResult(path=str(path), status="failed", content_hash=content_hash)
        try:
            special = not_a_file_reason(path)
            if special:  # before hashing: reading a FIFO blocks
                raise QAError(path, special)
            if not result.content_hash:
                result.content_hash = hash_file(Path(path))
            if os.path.getsize(path) == 0:
                raise QAError(path, "the file is empty (0 bytes)")
            transcript: Transcript = self.transcriber.transcribe(Path(path), progress=progress, cancel=cancel)
            transcript.content_hash = result.content_hash
            transcript.model = transcript.model or self.model_id
            if cancel is not None:
                cancel.check()
            pack = pack_for(self.config, transcript.language)
            call_score: CallScore = score(transcript, pack)
            result.transcript = transcript.to_dict()
            result.score = call_score.to_dict()
            result.audio_seconds = transcript.duration
            result.status = "ok"
        except Cancelled:
            raise
        except QAError as exc:
            result.error = str(exc)
        except OSError as exc:
            result.error = f"{path}: cannot read the file: {exc.strerror or exc}"
        except Exception as exc:  # noqa: BLE001 - one bad file must not end the batch
            log.exception("unexpected failure auditing %s", path)
            result.error = f"{path}: unexpected {type(exc).__name__}: {exc}"
        result.elapsed = time.monotonic() - started
        return result


# -- process-pool plumbing: one worker (and one loaded model) per process ------------------
_worker: AuditWorker | None = None


def init_process(config: AuditConfig, parent_pid: int | None = None) -> None:
    """Pool initializer: end with the driver (`parent_pid`), then build the worker and load the model."""
    global _worker
    from qa_desktop.audit.parent_watch import die_with_parent

    die_with_parent(parent_pid)  # a killed driver must not leave workers holding a model for ever
    _worker = AuditWorker(config)
    try:
        _ = _worker.transcriber
    except QAError:  # reported per file instead
        pass


# Tests only: "a.wav,b.wav:1" makes a pool worker process kill itself (SIGKILL, as the OOM killer or a
# native crash would end it) when it gets a.wav, and b.wav on its first attempt only.
KILL_WORKER_ENV = "QA_DESKTOP_TEST_KILL_WORKER"


def _test_kill_hook(path: str, attempt: int) -> None:
    for item in filter(None, os.environ.get(KILL_WORKER_ENV, "").split(",")):
        name, _, attempts = item.partition(":")
        if name == Path(path).name and (not attempts or attempt <= int(attempts)):
            os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def process_file(path: str, content_hash: str = "", attempt: int = 1) -> FileResult:
    """Module-level, picklable entry point for process pools; `attempt` counts earlier worker deaths + 1."""
    if _worker is None:
        raise RuntimeError("init_process() was not called in this process")
    _test_kill_hook(path, attempt)
    if attempt > 1:
        log.info("auditing %s again (attempt %d): a worker process died on it before", path, attempt)
    return _worker.process_file(path, content_hash)
