"""The recording under review as a waveform: decoded on a pool thread, drawn when it arrives — unless the
inspector has moved on to another call by then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QObject

from qa_desktop.domain import Transcript
from qa_desktop.ui.review.waveform import WaveformView
from qa_desktop.ui.workers import run_in_background

log = logging.getLogger("qa_desktop.ui.review.review_screen")  # as before the screen was split


def decode_channels(path: str) -> list[np.ndarray]:
    """Per-channel float32 16 kHz samples for the waveform (runs on a pool thread)."""
    from qa_desktop.audio import decode

    result: Any = decode(path)
    for attr in ("channels", "samples", "data"):
        if hasattr(result, attr):
            result = getattr(result, attr)
            break
    if isinstance(result, np.ndarray):
        return [result] if result.ndim == 1 else [result[i] for i in range(result.shape[0])]
    return [np.asarray(c, dtype=np.float32) for c in result]


class WaveformLoader:
    """Decodes a call's recording for `waveform`; only the latest request is drawn."""

    def __init__(self, waveform: WaveformView, evidence: Callable[[], Any], owner: QObject) -> None:
        self.waveform = waveform
        self.evidence = evidence  # the scorecard's evidence, read when the samples arrive
        self.owner = owner
        self._token = 0

    def load(self, path: str, transcript: Transcript) -> None:
        self._token += 1
        token = self._token

        def done(channels: list[np.ndarray]) -> None:
            if token == self._token:
                self.waveform.show_call(transcript, channels, evidence=self.evidence())

        def failed(exc: BaseException) -> None:
            log.info("no waveform for %s: %s", path, exc)

        run_in_background(lambda: decode_channels(path), done, failed, owner=self.owner)
