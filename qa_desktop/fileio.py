"""Writing reports so that a full disk or a killed process never leaves half a file.

The text goes to a temporary file beside the target (same file system), is
fsynced, then renamed over it; missing parent folders are created. Failures
become a QAError naming the file and the reason.
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from qa_desktop.errors import QAError


@contextmanager
def atomic_output(path: str | Path, what: str = "file") -> Iterator[str]:
    """A temporary file's name to write `path`'s content to (by a library: openpyxl, reportlab); on
    success it is fsynced and renamed over `path`, on any failure removed, and `path` (an older good
    export) is left as it was. OSError becomes a QAError naming `path`."""
    path = Path(path)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        os.close(fd)
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise QAError(path, f"cannot write the {what}: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


def atomic_write_text(path: str | Path, text: str, what: str = "file", encoding: str = "utf-8") -> None:
    with atomic_output(path, what) as tmp, open(tmp, "w", encoding=encoding, newline="") as fh:
        fh.write(text)


_SPECIAL_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                  (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def special_kind(path: str | Path) -> str | None:
    """What a path is when it exists but is neither a regular file nor a folder ("a named pipe (FIFO)").

    Reading a FIFO blocks until something writes to it, and its size is 0: it
    must be reported for what it is before anything opens or hashes it, not as
    a missing or empty recording.
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    for test, kind in _SPECIAL_KINDS:
        if test(mode):
            return kind
    return "not a regular file"


def not_a_file_reason(path: str | Path) -> str | None:
    """The reason in words when `path` is a special file, for an error message; None for a file or folder."""
    kind = special_kind(path)
    return None if kind is None else f"is {kind}, not a recording file"
