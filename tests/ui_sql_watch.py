"""Which thread runs every SQL statement of the app, and how much work SQLite does for each.

Why: the window freezes when the UI thread reads a large table, and that is a fact about the code, not
about the machine. Timing the UI thread (a 20 ms QTimer) measured it, but failed whenever another process
took the CPU away; counting what the UI thread asks SQLite to do gives the same answer on any machine. The
work of a statement is counted in SQLite virtual-machine steps (a progress handler every `GRAIN` steps),
and its plan is read with EXPLAIN QUERY PLAN: a statement on the UI thread must neither scan one of the
large tables nor take more than `UI_STEP_BUDGET` steps. Timings live in bench/ui_responsiveness.py.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

GRAIN = 100  # virtual-machine steps between two calls of the progress handler
# A page of the call list read by primary key (its rows, then their categories) takes ~6,000 steps at any
# depth; reading every one of 100,000 calls takes several million. A statement under this budget cannot
# hold the UI thread for long on any machine.
UI_STEP_BUDGET = 300_000
# The tables that grow with the number of calls (a scan of one is as slow as the file is big).
LARGE_TABLES = ("calls", "call_summary", "scores", "rule_results", "metrics", "utterances", "calls_fts", "reviews",
                "overrides", "audit_log", "assignments", "disputes", "repeat_links", "contact_keys", "contact_scan",
                "rule_rollup", "rule_rollup_pack", "import_queue")
_connect = sqlite3.connect  # the real one, for reading plans without watching them


@dataclass
class Statement:
    thread: int
    sql: str
    steps: int = 0


class SqlWatch:
    """Installed with `monkeypatch`: every connection opened from then on (sqlite3.connect, which the
    storage layer and the pool threads' readers call) and the ones given are watched."""

    def __init__(self, monkeypatch, *connections: sqlite3.Connection) -> None:  # noqa: ANN001
        self.ui_thread = threading.get_ident()
        self.statements: list[Statement] = []
        self._current: dict[int, Statement] = {}
        self._lock = threading.Lock()
        real = sqlite3.connect

        def connect(*args, **kwargs) -> sqlite3.Connection:  # noqa: ANN002, ANN003
            conn = real(*args, **kwargs)
            self.watch(conn)
            return conn

        monkeypatch.setattr(sqlite3, "connect", connect)
        for conn in connections:
            self.watch(conn)

    def watch(self, conn: sqlite3.Connection) -> None:
        conn.set_trace_callback(self._started)
        conn.set_progress_handler(self._stepped, GRAIN)

    def _started(self, sql: str) -> None:
        st = Statement(threading.get_ident(), sql)
        with self._lock:
            self.statements.append(st)
            self._current[st.thread] = st

    def _stepped(self, *_: object) -> int:
        st = self._current.get(threading.get_ident())
        if st is not None:
            st.steps += GRAIN
        return 0  # go on

    @contextmanager
    def step(self) -> Iterator[list[Statement]]:
        """The statements run while the block runs (filled in when it ends)."""
        got: list[Statement] = []
        start = len(self.statements)
        yield got
        with self._lock:
            got.extend(self.statements[start:])

    def on_ui_thread(self, statements: list[Statement]) -> list[Statement]:
        return [s for s in statements if s.thread == self.ui_thread]


def scans_of_large_tables(path: Path, sql: str) -> list[str]:
    """The lines of the statement's query plan that read a large table from end to end."""
    if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
        return []
    conn = _connect(f"file:{path}?mode=ro", uri=True)
    try:
        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
    except sqlite3.Error:
        return []  # a statement that cannot be planned alone (temp tables of its connection)
    finally:
        conn.close()
    return [line for line in plan if line.startswith("SCAN ") and line.split()[1] in LARGE_TABLES
            and not _one_row_of_full_text(line)]


def _one_row_of_full_text(line: str) -> bool:
    """An FTS5 table is planned as "SCAN calls_fts VIRTUAL TABLE INDEX 0:=M1": `=` in its index string
    is a rowid equality (the snippet of one call), not a search of every call."""
    return "VIRTUAL TABLE INDEX" in line and "=" in line.split("INDEX", 1)[1]


def ui_thread_problems(watch: SqlWatch, statements: list[Statement], path: Path) -> list[str]:
    """Why the UI thread could freeze during these statements: each statement it ran that scans a large
    table or takes more than UI_STEP_BUDGET steps, with its plan or its steps (empty: none)."""
    out = []
    for st in watch.on_ui_thread(statements):
        scans = scans_of_large_tables(path, st.sql)
        if scans or st.steps > UI_STEP_BUDGET:
            out.append(f"{st.steps:,} steps, {'; '.join(scans) or 'no scan'}: {st.sql[:300]}")
    return out
