"""The local engine's worker processes dying mid-batch: real processes, really killed.

A test-only hook (`worker.KILL_WORKER_ENV`) makes a spawned worker process
SIGKILL itself when it is handed a named file, as the OOM killer or a segfault
in a native library would end it. Two short sample calls are transcribed by the
real model; the file that always kills its worker never reaches the model.
"""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest

from conftest import SAMPLE_CALLS
from qa_desktop.audit import AuditConfig, run_audit
from qa_desktop.audit.pool import exit_reason
from qa_desktop.audit.worker import KILL_WORKER_ENV
from qa_desktop.storage import Database

pytestmark = pytest.mark.slow

GOOD = "20260814_Y4002_900006.flac"
RETRIED = "20260812_Z3002_900002.flac"


def test_a_killed_worker_is_replaced_its_file_retried_and_a_file_that_keeps_killing_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "calls"
    folder.mkdir()
    shutil.copy(SAMPLE_CALLS / GOOD, folder / GOOD)
    shutil.copy(SAMPLE_CALLS / RETRIED, folder / "once.flac")  # kills its first worker, stored on the retry
    (folder / "always.flac").write_bytes((SAMPLE_CALLS / GOOD).read_bytes() + b"\0")  # another recording
    monkeypatch.setenv(KILL_WORKER_ENV, "always.flac,once.flac:1")
    with Database.open(tmp_path / "qa.sqlite") as db:
        summary = run_audit([folder], db, AuditConfig(threads=1), workers=2)
        stored = sorted(Path(f).name for (f,) in db.conn.execute("SELECT file FROM calls"))
        n_scores = db.conn.execute("SELECT count(*) FROM scores").fetchone()[0]
    always = str((folder / "always.flac").resolve())
    errors = {r["file"]: r["error"] for r in summary.reports if r["error"]}
    assert errors == {always: f"{always}: the worker process died (signal 9, SIGKILL) while transcribing it, 3 times"}
    assert (summary.succeeded, summary.failed, summary.skipped) == (2, 1, 0)  # the batch went on
    assert stored == sorted([GOOD, "once.flac"]) and n_scores == 2  # each stored once
    ok = {Path(r["file"]).name: r for r in summary.reports if not r["error"]}
    assert ok["once.flac"]["results"] and 0 <= ok["once.flac"]["score"] <= 100


@pytest.mark.parametrize("code,words", [(-signal.SIGKILL, "signal 9, SIGKILL"), (-signal.SIGSEGV, "signal 11, SIGSEGV"),
                                        (3, "exit status 3"), (None, "exit status unknown")])
def test_exit_reasons_in_words(code: int | None, words: str) -> None:
    assert exit_reason(code) == words
