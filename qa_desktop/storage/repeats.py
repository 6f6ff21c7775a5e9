"""Repeat contacts: each call's customer keys and the links between calls of one customer.

Links are kept, not computed per query, so the call list, the review screen
and the trends read them with an index lookup at any database size. They are
moved incrementally: storing a call (or new metadata for it) re-reads its
keys and relinks just that call, inside the same transaction. A database
written before this existed is linked by `backfill` (batches, resumable), and
a new window relinks everything in one set-based statement (`relink_all`).

A call B is a *repeat* of an earlier call A when both carry the same key and
B is at most `window` days after A (same day counts; on one day the call
stored first is the earlier). A call that no later call repeats within the
window was resolved at first contact. Both rules live in `_LINK_SQL` and
`link_call`, which must say the same thing (a test holds them to it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from qa_desktop.errors import StorageError
from qa_desktop.repeats import DEFAULT_WINDOW_DAYS, ContactKey, contact_keys
from qa_desktop.storage.connection import transaction
from qa_desktop.storage.packs import now
from qa_desktop.storage.periods import period_keys, scored_where

MAX_CALLS_PER_KEY = 50  # a number this many calls share is not one customer's (a shop line, a promo code)
MAX_WINDOW_DAYS = 365
BACKFILL_BATCH = 200
REPEAT_GROUPS = ("agent", "team", "category", "all")


@dataclass(slots=True)
class LinkedCall:
    """Another contact of the same customer, as the review screen lists it."""

    pk: int
    call_id: str
    file: str
    date: str
    agent: str
    category: str
    score: float | None
    keys: list[tuple[str, str]] = field(default_factory=list)  # (kind, key) shared with the call
    earlier: bool = True  # before the call under review (False: a later call repeated it)


@dataclass(slots=True)
class RepeatRate:
    """Repeat contacts of one agent / team / category (or everyone) in a date range."""

    key: str
    n_calls: int
    n_repeats: int  # calls that repeat an earlier contact of the customer
    n_repeated: int  # calls followed by another contact within the window (not resolved at first contact)

    @property
    def repeat_rate(self) -> float:
        return self.n_repeats / self.n_calls if self.n_calls else 0.0

    @property
    def fcr(self) -> float:
        """First-contact resolution: share of calls no later contact of the customer followed."""
        return 1.0 - self.n_repeated / self.n_calls if self.n_calls else 0.0


# -- the window ------------------------------------------------------------------------
def window_days(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT window_days FROM repeat_config WHERE id = 1").fetchone()
    return int(row[0]) if row else DEFAULT_WINDOW_DAYS


def check_window(days: Any) -> int:
    try:
        value = int(days)
    except (TypeError, ValueError):
        raise StorageError("repeat window", f"must be a whole number of days, not {days!r}") from None
    if not 0 <= value <= MAX_WINDOW_DAYS:
        raise StorageError("repeat window", f"must be between 0 and {MAX_WINDOW_DAYS} days, not {value}")
    return value


def set_window(db: Any, days: int) -> bool:
    """Store a new window and relink every call under it; False when it was already the window."""
    days = check_window(days)
    with transaction(db.db, "repeat window") as conn:
        if window_days(conn) == days:
            return False
        conn.execute("INSERT INTO repeat_config (id, window_days) VALUES (1, ?)"
                     " ON CONFLICT (id) DO UPDATE SET window_days = excluded.window_days", (days,))
        relink_all(conn)
    return True


# -- one call, incrementally -----------------------------------------------------------
def _call_day(conn: sqlite3.Connection, pk: int) -> str | None:
    row = conn.execute("SELECT date, created_at FROM calls WHERE id = ?", (pk,)).fetchone()
    return None if row is None else period_keys(row[0] or row[1])[0]


def _keys_of(conn: sqlite3.Connection, pk: int) -> list[ContactKey]:
    (phone,) = conn.execute("SELECT customer_phone FROM calls WHERE id = ?", (pk,)).fetchone()
    texts = [t for (t,) in conn.execute("SELECT text FROM utterances WHERE call_pk = ? ORDER BY idx", (pk,))]
    return contact_keys(phone, texts)


def scan_call(conn: sqlite3.Connection, pk: int) -> None:
    """Store the call's keys (phone, numbers read out) with its day."""
    day = _call_day(conn, pk)
    if day is None:
        return
    conn.execute("DELETE FROM contact_keys WHERE call_pk = ?", (pk,))
    conn.executemany("INSERT INTO contact_keys (call_pk, key, kind, day) VALUES (?, ?, ?, ?)",
                     [(pk, k.key, k.kind, day) for k in _keys_of(conn, pk)])
    conn.execute("INSERT OR REPLACE INTO contact_scan (call_pk, at) VALUES (?, ?)", (pk, now()))


def link_call(conn: sqlite3.Connection, pk: int) -> None:
    """Re-read one call's keys and relink it (run inside the transaction that stored the call)."""
    scan_call(conn, pk)
    conn.execute("DELETE FROM repeat_links WHERE call_pk = ? OR earlier_pk = ?", (pk, pk))
    window = window_days(conn)
    for key, kind, day in conn.execute("SELECT key, kind, day FROM contact_keys WHERE call_pk = ?",
                                       (pk,)).fetchall():
        (n,) = conn.execute("SELECT count(*) FROM contact_keys WHERE key = ?", (key,)).fetchone()
        if n > MAX_CALLS_PER_KEY:
            conn.execute("DELETE FROM repeat_links WHERE key = ?", (key,))  # it just became a common number
            continue
        d = date.fromisoformat(day)
        lo, hi = (d - timedelta(days=window)).isoformat(), (d + timedelta(days=window)).isoformat()
        rows = []
        for other, other_kind, other_day in conn.execute(
                "SELECT call_pk, kind, day FROM contact_keys WHERE key = ? AND day BETWEEN ? AND ? AND call_pk != ?",
                (key, lo, hi, pk)):
            link_kind = "phone" if "phone" in (kind, other_kind) else "number"
            gap = abs((date.fromisoformat(other_day) - d).days)
            later, earlier = (pk, other) if (other_day, other) < (day, pk) else (other, pk)
            rows.append((later, earlier, key, link_kind, gap))
        conn.executemany("INSERT OR IGNORE INTO repeat_links (call_pk, earlier_pk, key, kind, days)"
                         " VALUES (?, ?, ?, ?, ?)", rows)


# -- everything at once ----------------------------------------------------------------
_LINK_SQL = """
INSERT INTO repeat_links (call_pk, earlier_pk, key, kind, days)
SELECT b.call_pk, a.call_pk, a.key,
       CASE WHEN a.kind = 'phone' OR b.kind = 'phone' THEN 'phone' ELSE 'number' END,
       CAST(julianday(b.day) - julianday(a.day) AS INTEGER)
FROM contact_keys a JOIN contact_keys b ON b.key = a.key
     AND b.day BETWEEN a.day AND date(a.day, '+' || ? || ' days')
     AND (b.day > a.day OR b.call_pk > a.call_pk)
WHERE a.key NOT IN (SELECT key FROM contact_keys GROUP BY key HAVING count(*) > ?)
"""


def relink_all(conn: sqlite3.Connection) -> int:
    """Links of every scanned call under the current window, in one statement; returns how many."""
    conn.execute("DELETE FROM repeat_links")
    conn.execute(_LINK_SQL, (window_days(conn), MAX_CALLS_PER_KEY))
    return int(conn.execute("SELECT count(*) FROM repeat_links").fetchone()[0])


def unscanned(conn: sqlite3.Connection) -> int:
    """Calls whose keys were never read (stored before repeat contacts existed)."""
    return int(conn.execute("SELECT count(*) FROM calls WHERE id NOT IN (SELECT call_pk FROM contact_scan)")
               .fetchone()[0])


def backfill(db: Any, progress: Callable[[float, str], None] | None = None, cancel: Any = None) -> int:
    """Read the keys of every call not scanned yet (batches, one transaction each: a stopped
    backfill keeps what it did and goes on from there), then relink everything. Returns calls scanned."""
    todo = [pk for (pk,) in db.conn.execute(
        "SELECT id FROM calls WHERE id NOT IN (SELECT call_pk FROM contact_scan) ORDER BY id").fetchall()]
    for i in range(0, len(todo), BACKFILL_BATCH):
        if cancel is not None:
            cancel.check()
        with transaction(db.db, "repeat contacts") as conn:
            for pk in todo[i:i + BACKFILL_BATCH]:
                scan_call(conn, pk)
        if progress:
            progress(min(1.0, (i + BACKFILL_BATCH) / len(todo)), f"{min(len(todo), i + BACKFILL_BATCH)} calls")
    with transaction(db.db, "repeat contacts") as conn:
        relink_all(conn)
    return len(todo)


# -- reads -----------------------------------------------------------------------------
def linked_calls(conn: sqlite3.Connection, pk: int) -> list[LinkedCall]:
    """The customer's other contacts within the window around call `pk`: earlier ones first, newest first."""
    found: dict[tuple[int, bool], LinkedCall] = {}
    for other, earlier, kind, key in conn.execute(
            "SELECT earlier_pk, 1, kind, key FROM repeat_links WHERE call_pk = ?"
            " UNION ALL SELECT call_pk, 0, kind, key FROM repeat_links WHERE earlier_pk = ?", (pk, pk)).fetchall():
        item = found.get((other, bool(earlier)))
        if item is None:
            row = conn.execute(
                "SELECT c.call_id, c.file, coalesce(s.date, c.date), c.agent, coalesce(s.category, ''), s.score"
                " FROM calls c LEFT JOIN call_summary s ON s.call_pk = c.id WHERE c.id = ?", (other,)).fetchone()
            if row is None:
                continue
            item = found[(other, bool(earlier))] = LinkedCall(other, *row, earlier=bool(earlier))
        item.keys.append((kind, key))
    calls = list(found.values())
    return (sorted((c for c in calls if c.earlier), key=lambda c: (c.date, c.pk), reverse=True)
            + sorted((c for c in calls if not c.earlier), key=lambda c: (c.date, c.pk)))


def is_repeat(conn: sqlite3.Connection, pk: int) -> bool:
    return conn.execute("SELECT 1 FROM repeat_links WHERE call_pk = ? LIMIT 1", (pk,)).fetchone() is not None


_GROUP_KEY = {"agent": "s.agent", "team": "s.team", "category": "coalesce(nullif(s.category, ''), 'other')",
              "all": "'all'"}


def repeat_rates(conn: sqlite3.Connection, group: str = "agent", date_from: Any = None, date_to: Any = None,
                 agent: str | None = None, team: str | None = None) -> list[RepeatRate]:
    """Repeat-contact rate and first-contact resolution per agent, team or category (scored calls)."""
    if group not in _GROUP_KEY:
        raise StorageError("repeat contacts", f"group must be one of {', '.join(REPEAT_GROUPS)}, not {group!r}")
    cond, args = scored_where(date_from, date_to, agent, team)
    key = _GROUP_KEY[group]
    sql = (f"SELECT {key} AS k, count(*),"
           " sum(EXISTS (SELECT 1 FROM repeat_links l WHERE l.call_pk = s.call_pk)),"
           " sum(EXISTS (SELECT 1 FROM repeat_links l WHERE l.earlier_pk = s.call_pk))"
           f" FROM call_summary s WHERE {cond} GROUP BY k ORDER BY k")
    return [RepeatRate(k or "", int(n), int(r or 0), int(f or 0)) for k, n, r, f in conn.execute(sql, args)]


def repeat_calls(conn: sqlite3.Connection, date_from: Any = None, date_to: Any = None, agent: str | None = None,
                 team: str | None = None, category: str | None = None) -> list[int]:
    """The repeat calls behind a RepeatRate (for listing them)."""
    cond, args = scored_where(date_from, date_to, agent, team)
    if category:
        cond += f" AND {_GROUP_KEY['category']} = ?"
        args.append(category)
    return [r[0] for r in conn.execute(
        f"SELECT s.call_pk FROM call_summary s WHERE {cond}"
        " AND EXISTS (SELECT 1 FROM repeat_links l WHERE l.call_pk = s.call_pk) ORDER BY s.date, s.call_pk", args)]
