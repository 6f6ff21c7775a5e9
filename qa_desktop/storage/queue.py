"""The GUI's persistent import queue.

Queued recordings are rows, not memory, so closing the app (or a crash) does
not lose what an inspector asked to import: on start the GUI calls
`requeue_interrupted()` and carries on where it stopped.
"""

from __future__ import annotations

import sqlite3

from qa_desktop.errors import StorageError
from qa_desktop.storage.packs import now
from qa_desktop.storage.records import QueueItem

STATES = ("queued", "running", "done", "failed", "cancelled")
_COLS = "id, path, state, error, call_pk"


def enqueue(conn: sqlite3.Connection, paths: list[str]) -> list[int]:
    """Add files (a file already queued or running is not added twice)."""
    ids = []
    for path in paths:
        row = conn.execute("SELECT id FROM import_queue WHERE path = ? AND state IN ('queued', 'running')",
                           (path,)).fetchone()
        if row:
            ids.append(int(row[0]))
            continue
        cur = conn.execute("INSERT INTO import_queue (path, state, added_at, updated_at) VALUES (?, 'queued', ?, ?)",
                           (path, now(), now()))
        ids.append(int(cur.lastrowid))
    return ids


def set_state(conn: sqlite3.Connection, item_id: int, state: str, error: str = "", call_pk: int | None = None) -> None:
    if state not in STATES:
        raise StorageError(f"import #{item_id}", f"unknown queue state {state!r}")
    cur = conn.execute("UPDATE import_queue SET state = ?, error = ?, call_pk = coalesce(?, call_pk), updated_at = ?"
                       " WHERE id = ?", (state, error, call_pk, now(), item_id))
    if cur.rowcount == 0:
        raise StorageError(f"import #{item_id}", "not in the import queue")


def items(conn: sqlite3.Connection, states: tuple[str, ...] | None = None) -> list[QueueItem]:
    if states:
        sql = f"SELECT {_COLS} FROM import_queue WHERE state IN ({', '.join('?' * len(states))}) ORDER BY id"
        return [QueueItem(*r) for r in conn.execute(sql, states)]
    return [QueueItem(*r) for r in conn.execute(f"SELECT {_COLS} FROM import_queue ORDER BY id")]


def next_queued(conn: sqlite3.Connection) -> QueueItem | None:
    row = conn.execute(f"SELECT {_COLS} FROM import_queue WHERE state = 'queued' ORDER BY id LIMIT 1").fetchone()
    return QueueItem(*row) if row else None


def requeue_interrupted(conn: sqlite3.Connection) -> int:
    """Items left `running` by a closed or crashed app go back to `queued`."""
    return conn.execute("UPDATE import_queue SET state = 'queued', updated_at = ? WHERE state = 'running'",
                        (now(),)).rowcount


def clear_finished(conn: sqlite3.Connection) -> int:
    return conn.execute("DELETE FROM import_queue WHERE state IN ('done', 'cancelled')").rowcount
