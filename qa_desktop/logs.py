"""One log file per user, shared by the CLI and the GUI, so an error dialog or a
batch summary can point at the full details."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from qa_desktop.paths import log_dir

_configured = False


def log_file() -> Path:
    return log_dir() / "qa-desktop.log"


def setup_logging(verbose: bool = False) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    fmt = logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    try:
        log_file().parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=5_000_000, backupCount=3, encoding="utf-8",
            errors="backslashreplace",  # a GBK file name in a message is logged, never an error
        )
        handler.setLevel(logging.INFO)
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError:
        pass  # a read-only or full disk must not stop the work; stderr still gets warnings
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
