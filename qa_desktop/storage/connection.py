"""Opening the database file so that several processes can share it safely.

The GUI and a command-line audit may use the same file at once: WAL mode lets
readers go on while one process writes, ``busy_timeout`` makes a second writer
wait instead of failing, and every write runs in one ``BEGIN IMMEDIATE``
transaction so a killed process leaves either the whole call or nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from qa_desktop.errors import StorageError

BUSY_TIMEOUT_MS = 60_000


def connect(path: Path | None) -> sqlite_utils.Database:
    """A sqlite-utils handle on `path` (None: in memory) with our pragmas set.

    The connection runs in autocommit mode; `transaction()` opens explicit
    transactions, and sqlite-utils' own writes nest inside them as savepoints.
    """
    try:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            str(path) if path is not None else ":memory:",
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if path is not None:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError(path, f"cannot switch the database to WAL mode (got {mode})")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        return sqlite_utils.Database(conn, execute_plugins=False)
    except sqlite3.DatabaseError as exc:
        raise StorageError(path, f"cannot open the database: {exc}") from exc
    except OSError as exc:
        raise StorageError(path, f"cannot create the database folder: {exc.strerror or exc}") from exc


@contextmanager
def transaction(db: sqlite_utils.Database, subject: str | Path | None = None) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it lands, or (on any error or kill) none of it."""
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise StorageError(subject, f"database is busy or read-only: {exc}") from exc
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StorageError(subject, f"could not write to the database: {exc}") from exc
