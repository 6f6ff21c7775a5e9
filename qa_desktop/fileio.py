"""Writing reports so that a full disk or a killed process never leaves half a file.

The text goes to a temporary file beside the target (same file system), is
fsynced, then renamed over it; missing parent folders are created. Failures
become a QAError naming the file and the reason.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from qa_desktop.errors import QAError


def atomic_write_text(path: str | Path, text: str, what: str = "file", encoding: str = "utf-8") -> None:
    path = Path(path)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise QAError(path, f"cannot write the {what}: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
