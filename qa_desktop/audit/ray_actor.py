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
A `--rules` pack file travels the same way (its bytes, restored name), so
workers need no copy of it.
"""

from __future__ import annotations

import hashlib
import os
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

    def __init__(self, config: AuditConfig, pack: tuple[str, bytes] | None = None) -> None:
        """`pack`: (the driver's path of the --rules file, its bytes)."""
        self.renames: list[tuple[str, str]] = []  # (path here, path on the driver)
        if pack is not None:
            driver_path, data = pack
            folder = Path(tempfile.gettempdir()) / "qa-audit-packs" / hashlib.sha256(data).hexdigest()[:16]
            folder.mkdir(parents=True, exist_ok=True)  # one copy per pack content, shared by the node's actors
            local = folder / Path(driver_path).name
            if not local.is_file():
                fd, tmp = tempfile.mkstemp(dir=folder)
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(tmp, local)
            config = replace(config, rules=str(local))
            self.renames.append((str(local), driver_path))
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
        return _renamed(self.worker.process_file(path, content_hash), self.renames)

    def audit_bytes(self, path: str, data: bytes, content_hash: str) -> FileResult:
        folder = Path(tempfile.mkdtemp(prefix="qa-audit-"))
        local = folder / Path(path).name
        try:
            local.write_bytes(data)
            result = self.worker.process_file(local, content_hash)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        result = _renamed(result, [(str(local), path), *self.renames])
        result.path = path
        return result


def _renamed(result: FileResult, renames: list[tuple[str, str]]) -> FileResult:
    """The result as if the worker had read the driver's files itself."""
    def fix(value: Any) -> Any:
        if isinstance(value, str):
            for here, there in renames:
                value = value.replace(here, there)
            return value
        if isinstance(value, dict):
            return {k: fix(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fix(v) for v in value]
        return value

    if not renames:
        return result
    return replace(result, transcript=fix(result.transcript), score=fix(result.score), error=fix(result.error))
