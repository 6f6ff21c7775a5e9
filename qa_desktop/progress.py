"""Progress reporting and cancellation for long work, without Qt.

The core reports through a plain callback so the CLI can drive a rich progress
bar and the GUI can forward to a Qt signal from its worker thread. Progress is
structured (fraction + message), never scraped from stderr.
"""

from __future__ import annotations

import threading
from typing import Callable, Protocol

from qa_desktop.errors import Cancelled

ProgressFn = Callable[[float, str], None]


class CancelToken:
    """Set from any thread; checked by the worker between chunks of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class SupportsCancel(Protocol):
    def check(self) -> None: ...


def noop_progress(fraction: float, message: str) -> None:  # noqa: ARG001
    """Default when the caller does not care."""
