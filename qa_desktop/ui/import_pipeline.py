"""What importing one recording means for the GUI, in terms of the batch core
(qa_desktop.audit): skip what is already stored, otherwise transcribe and
score it with one long-lived AuditWorker (the Whisper model loads once per
session, not once per file) and store the result in one transaction.
Qt-free, so it is tested and reasoned about like the CLI's audit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa_desktop.errors import AudioError, QAError
from qa_desktop.progress import CancelToken, ProgressFn

log = logging.getLogger(__name__)

CHANNEL_ORDERS = {"agent-left": "agent,customer", "agent-right": "customer,agent", "mono": "mono"}


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """The Settings that change how a file is transcribed and scored."""

    model: str = "base"
    language: str = "auto"
    channel_map: str = "agent-left"
    threads: int = 0
    rule_pack: str = ""  # a pack file or shipped name for calls of its language; "" = the shipped pack per language

    def audit_config(self) -> Any:
        from qa_desktop.audit import AuditConfig

        model = None if self.model in ("", "base") else self.model
        return AuditConfig(model=model, language=self.language or "auto",
                           channels=CHANNEL_ORDERS.get(self.channel_map, "agent,customer"),
                           threads=int(self.threads or 0), rules=self.rule_pack or None,
                           rules_same_language_only=True)


def read_digest(path: str | Path, progress: ProgressFn) -> tuple[Path, str]:
    """The file and its content hash (the key for "already imported"), or an AudioError naming it."""
    from qa_desktop.audit.discovery import content_hash

    file = Path(path)
    if not file.is_file():
        raise AudioError(file, "the file does not exist (moved or deleted?)")
    progress(0.0, "reading file")
    try:
        return file, content_hash(file)
    except OSError as exc:
        raise AudioError(file, f"cannot read the file: {exc.strerror or exc}") from exc


def stored_pk(db: Any, digest: str, model_id: str, config: Any, progress: ProgressFn) -> int | None:
    """The call's pk when this recording was imported before with this model (re-scored if the pack changed)."""
    from qa_desktop.audit.store import already_stored, rescore_stored

    pk, current = already_stored(db, digest, model_id, config)
    if pk is not None:
        if not current:
            rescore_stored(db, pk, config)
        progress(1.0, "already imported")
    return pk


def store(db: Any, file: Path, result: Any, config: Any, progress: ProgressFn) -> int:
    """Save a worker's FileResult in one transaction; a failed result becomes a QAError naming the file."""
    from qa_desktop.audit import store_result

    if result.status != "ok":
        raise QAError(None, result.error or f"{file}: could not be imported")
    progress(0.98, "saving")
    store_result(db, result, config)
    if result.call_pk is None:
        raise QAError(file, "the call was processed but not stored")
    progress(1.0, "done")
    return int(result.call_pk)


def scaled(progress: ProgressFn) -> ProgressFn:
    """Transcription's 0-1 mapped into the file's 2-97 % (reading before, saving after)."""
    return lambda fraction, message: progress(0.02 + 0.95 * max(0.0, min(1.0, fraction)), message)


class ImportPipeline:
    """In-process variant (scripts, tools/screenshots.py); the app uses import_process.ProcessPipeline."""

    def __init__(self, options: ImportOptions) -> None:
        from qa_desktop.audit import AuditWorker

        self.options = options
        self.config = options.audit_config()
        self.worker = AuditWorker(self.config)

    def process(self, db: Any, path: str | Path, progress: ProgressFn, cancel: CancelToken) -> int:
        """Import one file into `db`; returns the call's pk. Raises QAError (naming the file) or Cancelled."""
        file, digest = read_digest(path, progress)
        cancel.check()
        progress(0.01, "loading model")
        pk = stored_pk(db, digest, self.worker.model_id, self.config, progress)
        if pk is not None:
            return pk
        result = self.worker.process_file(file, digest, progress=scaled(progress), cancel=cancel)
        cancel.check()
        return store(db, file, result, self.config, progress)
