"""The code a Ray worker runs: one `AuditWorker` per actor, model and rule
packs loaded once, then file after file.

Kept apart from `ray_engine` (the driver's scheduling) and free of any Ray
import, so the actor class is importable on every node that has the package
and the driver never pays for loading a model.

Audio arrives either as a path every node can read (a shared mount) or as the
file's bytes from the driver. Bytes are written under a temporary folder with
the original file name (the name carries agent/date metadata), and every
mention of that temporary path in the result is turned back into the
driver's path, so the database holds what the local engine would store.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from qa_desktop.audit.worker import AuditConfig, AuditWorker, FileResult
from qa_desktop.errors import QAError


class AuditActor:
    """Wrapped by `ray.remote` on the driver; one instance holds one loaded model."""

    def __init__(self, config: AuditConfig) -> None:
        self.worker = AuditWorker(config)
        self.load_error: str | None = None
        try:
            _ = self.worker.transcriber  # load the model now, once, not per file
        except QAError as exc:
            self.load_error = str(exc)

    def ready(self) -> tuple[str, str | None]:
        """(this node's host name, why the model could not load or None)."""
        return socket.gethostname(), self.load_error

    def audit_path(self, path: str, content_hash: str) -> FileResult:
        return self.worker.process_file(path, content_hash)

    def audit_bytes(self, path: str, data: bytes, content_hash: str) -> FileResult:
        folder = Path(tempfile.mkdtemp(prefix="qa-audit-"))
        local = folder / Path(path).name
        try:
            local.write_bytes(data)
            result = self.worker.process_file(local, content_hash)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return _renamed(result, str(local), path)


def _renamed(result: FileResult, local: str, original: str) -> FileResult:
    """The result as if the worker had read `original` itself."""
    def fix(value: Any) -> Any:
        if isinstance(value, str):
            return value.replace(local, original)
        if isinstance(value, dict):
            return {k: fix(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fix(v) for v in value]
        return value

    return replace(result, path=original, transcript=fix(result.transcript), score=fix(result.score),
                   error=fix(result.error))
