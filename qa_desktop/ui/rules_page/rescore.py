"""Re-score every stored call with the pack on screen, in the background.

The worker opens its own Database on the same file (storage wants one
connection per thread), reports progress through a signal and can be
cancelled between calls; each call is its own transaction, so a cancelled run
leaves every call either fully re-scored or untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.errors import Cancelled, QAError
from qa_desktop.progress import CancelToken
from qa_desktop.ui.locale_fmt import fmt_int
from qa_desktop.ui.messages import error_text, language_label


class RescoreWorker(QThread):
    progressed = Signal(float, str)
    finishedOk = Signal(object)  # RescoreSummary
    failed = Signal(str)

    def __init__(self, db_path: Any, pack: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.pack = pack
        self.cancel_token = CancelToken()

    def run(self) -> None:
        from qa_desktop.storage import Database

        try:
            with Database.open(self.db_path) as db:
                summary = db.rescore(self.pack, None, lambda f, m: self.progressed.emit(f, m), self.cancel_token)
        except Cancelled:
            self.failed.emit(self.tr("Re-scoring was cancelled; calls done so far keep their new verdicts."))
            return
        except QAError as exc:
            self.failed.emit(error_text(str(exc)))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user; the log has the traceback
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finishedOk.emit(summary)


class RescorePanel(QGroupBox):
    """Start/cancel button, a progress bar and what changed."""

    rescored = Signal(object)

    def __init__(self, db_provider: Callable[[], Any], pack_provider: Callable[[], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Re-score stored calls"))
        self.db_provider = db_provider
        self.pack_provider = pack_provider
        self.worker: RescoreWorker | None = None
        self.explain = QLabel(self.tr("Score every stored transcript again with the pack shown here. "
                                      "Inspectors' overrides are kept."), self)
        self.explain.setWordWrap(True)
        self.button = QPushButton(self.tr("Re-score all calls"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.bar, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.explain)
        lay.addLayout(row)
        lay.addWidget(self.result)
        self.button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)

    def start(self) -> RescoreWorker | None:
        pack = self.pack_provider()
        db = self.db_provider()
        if pack is None or self.worker is not None:
            return None
        if db.path is None:
            self.result.setText(self.tr("This database lives in memory and cannot be re-scored in the background."))
            return None
        self.worker = RescoreWorker(db.path, pack, self)
        self.worker.progressed.connect(self._progress)
        self.worker.finishedOk.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._cleanup)
        self.button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.bar.setValue(0)
        self.result.setText(self.tr("Re-scoring…"))
        self.worker.start()
        return self.worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_token.cancel()

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        self.bar.setFormat(f"%p% — {message.rsplit('/', 1)[-1]}")

    def _done(self, summary: Any) -> None:
        self.bar.setValue(1000)
        self.bar.setFormat("%p%")
        text = self.tr("%1 calls re-scored: the verdict changed on %2 calls (%3 rule verdicts).").replace(
            "%1", fmt_int(summary.calls)).replace("%2", fmt_int(summary.calls_changed)).replace(
            "%3", fmt_int(summary.verdicts_changed))
        skipped = int(getattr(summary, "skipped", 0) or 0)  # calls in another language than the pack's
        if skipped:
            text += " " + self.tr("%1 calls were left as they were: they are not in the pack's language (%2).").replace(
                "%1", fmt_int(skipped)).replace("%2", self._languages(getattr(summary, "skipped_languages", {})))
        self.result.setText(text)
        self.rescored.emit(summary)

    def _languages(self, counts: dict[str, int]) -> str:
        return self.tr(", ").join(self.tr("%1: %2").replace("%1", language_label(lang)).replace("%2", fmt_int(n))
                                  for lang, n in sorted(counts.items()))

    def _failed(self, message: str) -> None:
        self.result.setText(message)

    def _cleanup(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self.button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def shutdown(self) -> None:
        """Stop a running re-score (window closing)."""
        if self.worker is not None:
            self.worker.cancel_token.cancel()
            self.worker.wait(30_000)
