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
    rule_pack: str = ""  # a pack file or shipped name; "" = the default pack for the call's language

    def audit_config(self) -> Any:
        from qa_desktop.audit import AuditConfig

        model = None if self.model in ("", "base") else self.model
        return AuditConfig(model=model, language=self.language or "auto",
                           channels=CHANNEL_ORDERS.get(self.channel_map, "agent,customer"),
                           threads=int(self.threads or 0), rules=self.rule_pack or None)


class ImportPipeline:
    """One file at a time into the database, reusing the loaded model."""

    def __init__(self, options: ImportOptions) -> None:
        from qa_desktop.audit import AuditWorker

        self.options = options
        self.config = options.audit_config()
        self.worker = AuditWorker(self.config)

    def process(self, db: Any, path: str | Path, progress: ProgressFn, cancel: CancelToken) -> int:
        """Import one file into `db`; returns the call's pk. Raises QAError (naming the file) or Cancelled."""
        from qa_desktop.audit import store_result
        from qa_desktop.audit.discovery import content_hash
        from qa_desktop.audit.store import already_stored, rescore_stored

        file = Path(path)
        if not file.is_file():
            raise AudioError(file, "the file does not exist (moved or deleted?)")
        progress(0.0, "reading file")
        try:
            digest = content_hash(file)
        except OSError as exc:
            raise AudioError(file, f"cannot read the file: {exc.strerror or exc}") from exc
        cancel.check()
        progress(0.01, "loading model")
        model_id = self.worker.model_id  # loads the model the first time (in this worker thread)
        pk, current = already_stored(db, digest, model_id, self.config)
        if pk is not None:
            if not current:
                rescore_stored(db, pk, self.config)
            progress(1.0, "already imported")
            return pk

        def transcribe_progress(fraction: float, message: str) -> None:
            progress(0.02 + 0.95 * max(0.0, min(1.0, fraction)), message)

        result = self.worker.process_file(file, digest, progress=transcribe_progress, cancel=cancel)
        cancel.check()
        if result.status != "ok":
            raise QAError(None, result.error or f"{file}: could not be imported")
        progress(0.98, "saving")
        store_result(db, result, self.config)
        if result.call_pk is None:
            raise QAError(file, "the call was processed but not stored")
        progress(1.0, "done")
        return int(result.call_pk)
