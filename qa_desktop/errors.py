"""Errors the user can act on.

Every failure that reaches a person names the file (or thing) involved and the
reason in words, so a batch report or an error dialog never says "Unknown error".
The CLI prints `str(error)` and carries on with the next file; tracebacks are
kept for the log only.
"""

from __future__ import annotations

from pathlib import Path


class QAError(Exception):
    """Base for errors with a subject (file, rule pack, database) and a reason."""

    def __init__(self, subject: str | Path | None, reason: str) -> None:
        from qa_desktop.names import shown  # a GBK file name must not make the error itself unprintable

        self.subject = shown(subject) if subject is not None else None
        self.reason = shown(reason)
        super().__init__(f"{self.subject}: {reason}" if self.subject else reason)


class AudioError(QAError):
    """A recording cannot be decoded or holds nothing to transcribe."""


class ModelError(QAError):
    """No usable Whisper model could be found or assembled."""


class RulePackError(QAError):
    """A rule pack file is missing, not YAML, or fails validation."""


class StorageError(QAError):
    """The database cannot be opened, migrated or written."""


class Cancelled(Exception):
    """Raised inside long work when the user pressed cancel."""
