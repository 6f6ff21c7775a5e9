"""Schema as an ordered list of migrations keyed by ``PRAGMA user_version``.

Why a list and not "create if missing": inspectors keep months of reviews in
one file, and a new release must carry that file forward, not start over.
Migration *n* takes a version *n-1* database to version *n*; a file is backed
up (SQLite backup API, consistent even while another process writes) before
any migration runs, so a failed upgrade never costs a reviewed call.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from qa_desktop.errors import StorageError

Migration = Callable[[sqlite3.Connection], None]

_V1 = """
CREATE TABLE rule_packs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    model_id TEXT NOT NULL,
    call_id TEXT NOT NULL DEFAULT '',
    agent TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    duration REAL NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT '',
    layout TEXT NOT NULL DEFAULT '',
    channels TEXT NOT NULL DEFAULT '[]',
    customer_phone TEXT NOT NULL DEFAULT '',
    meta_extra TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'to-review'
        CHECK (status IN ('to-review', 'reviewed', 'disputed')),
    score_id INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (content_hash)
);
CREATE INDEX calls_agent ON calls(agent);
CREATE TABLE utterances (
    id INTEGER PRIMARY KEY,
    call_pk INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    start REAL NOT NULL,
    "end" REAL NOT NULL,
    text TEXT NOT NULL,
    confidence REAL NOT NULL DEFAULT 1,
    channel INTEGER NOT NULL DEFAULT 0,
    words TEXT NOT NULL DEFAULT '[]',
    UNIQUE (call_pk, idx)
);
CREATE TABLE metrics (
    call_pk INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
    longest_silence REAL NOT NULL DEFAULT 0,
    agent_talk_ratio REAL NOT NULL DEFAULT 0,
    agent_interruptions INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL
);
CREATE TABLE scores (
    id INTEGER PRIMARY KEY,
    call_pk INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    pack_id INTEGER NOT NULL REFERENCES rule_packs(id),
    machine_score REAL NOT NULL,
    score REAL NOT NULL,
    category TEXT NOT NULL DEFAULT 'other',
    critical_failed TEXT NOT NULL DEFAULT '[]',
    machine TEXT NOT NULL,
    effective TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (call_pk, pack_id)
);
CREATE TABLE rule_results (
    id INTEGER PRIMARY KEY,
    score_id INTEGER NOT NULL REFERENCES scores(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    final_status TEXT NOT NULL,
    points REAL NOT NULL DEFAULT 0,
    max_points REAL NOT NULL DEFAULT 0,
    critical INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1,
    evidence TEXT NOT NULL DEFAULT '[]',
    UNIQUE (score_id, rule)
);
CREATE INDEX rule_results_rule ON rule_results(rule, final_status);
CREATE TABLE overrides (
    id INTEGER PRIMARY KEY,
    score_id INTEGER NOT NULL REFERENCES scores(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'na')),
    comment TEXT NOT NULL DEFAULT '',
    inspector TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (score_id, rule)
);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    call_pk INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    inspector TEXT NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    changes TEXT NOT NULL DEFAULT '{}',
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviews_call ON reviews(call_pk);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    call_pk INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    old TEXT,
    new TEXT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_call ON audit_log(call_pk);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE VIRTUAL TABLE calls_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
"""

# Version 2: a narrow per-call summary for the charts (one row per call with
# its current effective score and the period keys precomputed, covered by an
# index on date), per-day rule failure counts, and the GUI's persistent
# import queue.
_V2 = """
CREATE TABLE call_summary (
    call_pk INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
    score_id INTEGER,
    date TEXT NOT NULL,
    week TEXT NOT NULL,
    month TEXT NOT NULL,
    agent TEXT NOT NULL,
    team TEXT NOT NULL,
    score REAL,
    machine_score REAL,
    n_critical INTEGER NOT NULL DEFAULT 0,
    category TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    duration REAL NOT NULL DEFAULT 0,
    rules TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX call_summary_date ON call_summary(date, week, month, agent, team, score, n_critical, category);
CREATE INDEX call_summary_agent ON call_summary(agent, date);
CREATE INDEX call_summary_team ON call_summary(team, date);
CREATE INDEX call_summary_score ON call_summary(score_id);
CREATE TABLE rule_rollup (
    date TEXT NOT NULL,
    week TEXT NOT NULL,
    month TEXT NOT NULL,
    team TEXT NOT NULL,
    rule TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    n_fail INTEGER NOT NULL DEFAULT 0,
    n_applicable INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (date, team, rule)
) WITHOUT ROWID;
CREATE TABLE import_queue (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    error TEXT NOT NULL DEFAULT '',
    call_pk INTEGER,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX import_queue_state ON import_queue(state, id);
"""


# Version 3: each utterance's voice pitch (mono calls tell their two speakers
# apart by it; NULL for calls stored before, which score as they did).
_V3 = """
ALTER TABLE utterances ADD COLUMN pitch REAL;
"""


# Issue 13b: each utterance's loudness (dBFS over its speech frames; the voice
# sign of an escalating customer, beside the pitch of v3), the call's escalation
# level and score in the chart summary (call list filter, trends, the "at risk
# first" review queue), the inspectors' category corrections (kept across
# rescoring) and the examples the engine learns from them, per team.
_ISSUE13B = """
ALTER TABLE utterances ADD COLUMN loudness REAL;
ALTER TABLE call_summary ADD COLUMN escalation TEXT NOT NULL DEFAULT '';
ALTER TABLE call_summary ADD COLUMN escalation_score REAL;
CREATE INDEX call_summary_escalation ON call_summary(escalation, date);
CREATE TABLE category_corrections (
    call_pk INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    machine_category TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    inspector TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE learned_examples (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('category', 'conduct')),
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    source_call INTEGER REFERENCES calls(id) ON DELETE SET NULL,
    inspector TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    impact TEXT NOT NULL DEFAULT '{}',
    UNIQUE (kind, label, text, team)
);
CREATE INDEX learned_examples_team ON learned_examples(team, language);
"""


def _v1(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V1)


def _v2(conn: sqlite3.Connection) -> None:
    from qa_desktop.storage.summary import rebuild_summaries

    _run_script(conn, _V2)
    rebuild_summaries(conn)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """executescript() would COMMIT our migration transaction; run statement by statement."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""


def _v3(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V3)


def _issue14_utterance_language(conn: sqlite3.Connection) -> None:
    """Each utterance's language when a call changes language half-way ('' = the call's own)."""
    _run_script(conn, "ALTER TABLE utterances ADD COLUMN language TEXT NOT NULL DEFAULT '';\n")


def _issue14b_pack_rule_rollup(conn: sqlite3.Connection) -> None:
    """Rule failure counts per pack, so packs sharing rule ids are charted apart (storage.pack_rollup)."""
    from qa_desktop.storage import pack_rollup

    pack_rollup.create(conn)


# Issue 12: mono calls' turns keep which of the two voices spoke them, how clearly, how sure
# their speaker is and what decided it (voice / inspector); NULL / '' for calls stored before.
_ISSUE12 = """
ALTER TABLE utterances ADD COLUMN voice INTEGER;
ALTER TABLE utterances ADD COLUMN voice_confidence REAL;
ALTER TABLE utterances ADD COLUMN speaker_confidence REAL;
ALTER TABLE utterances ADD COLUMN speaker_source TEXT NOT NULL DEFAULT '';
"""


def _issue12_speakers(conn: sqlite3.Connection) -> None:
    _run_script(conn, _ISSUE12)


def _issue13b_loudness(conn: sqlite3.Connection) -> None:
    _run_script(conn, _ISSUE13B)


# Issue 15a, team workflow: who reviews which call (one inspector per call,
# the plan that drew it and the lead who assigned it), and agents' disputes of
# a verdict with their arbitration. Who did each action is also in the reviews
# and the append-only audit_log; these tables hold the current state. A narrow
# (call, status) index lets progress per inspector read 40,000 assigned calls'
# status without touching the wide summary rows (6x faster at 100,000 calls).
_ISSUE15A = """
CREATE TABLE assignments (
    call_pk INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
    inspector TEXT NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0,
    plan TEXT NOT NULL DEFAULT '',
    assigned_by TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX assignments_inspector ON assignments(inspector, seq);
CREATE TABLE disputes (
    id INTEGER PRIMARY KEY,
    call_pk INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    entered_by TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    first_reviewer TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'upheld', 'overturned')),
    arbitrator TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    decided_at TEXT
);
CREATE INDEX disputes_state ON disputes(state, opened_at);
CREATE INDEX disputes_call ON disputes(call_pk, rule);
CREATE INDEX IF NOT EXISTS call_summary_status ON call_summary(call_pk, status);
"""


def _issue15a_workflow(conn: sqlite3.Connection) -> None:
    _run_script(conn, _ISSUE15A)


# Issue 15b: calibration sessions (the lead's set of calls, each inspector's
# blind verdicts) and repeat contacts (the numbers that identify a customer in
# each call, and the links between calls of one customer within the window).
# Existing calls are linked by a backfill (storage.repeats.backfill), not here:
# reading every transcript of a large file would hold up the upgrade.
_ISSUE15B = """
CREATE TABLE calibration_sessions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE calibration_calls (
    session_id INTEGER NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
    call_pk INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, call_pk)
);
CREATE TABLE calibration_verdicts (
    session_id INTEGER NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
    call_pk INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    inspector TEXT NOT NULL,
    rule TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'na')),
    comment TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    PRIMARY KEY (session_id, call_pk, inspector, rule)
);
CREATE TABLE contact_keys (
    call_pk INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    PRIMARY KEY (call_pk, key)
) WITHOUT ROWID;
CREATE INDEX contact_keys_key ON contact_keys(key, day, call_pk);
CREATE TABLE contact_scan (
    call_pk INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
    at TEXT NOT NULL
);
CREATE TABLE repeat_links (
    call_pk INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    earlier_pk INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    days INTEGER NOT NULL,
    PRIMARY KEY (call_pk, earlier_pk, key)
) WITHOUT ROWID;
CREATE INDEX repeat_links_earlier ON repeat_links(earlier_pk);
CREATE TABLE repeat_config (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    window_days INTEGER NOT NULL DEFAULT 7
);
INSERT INTO repeat_config (id, window_days) VALUES (1, 7);
"""


def _issue15b_calibration_repeats(conn: sqlite3.Connection) -> None:
    _run_script(conn, _ISSUE15B)


MIGRATIONS: list[Migration] = [_v1, _v2, _v3, _issue14_utterance_language, _issue14b_pack_rule_rollup,
                               _issue12_speakers, _issue13b_loudness, _issue15b_calibration_repeats,
                               _issue15a_workflow]
LATEST = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the live database beside itself before changing its schema."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(conn: sqlite3.Connection, path: Path | None, upto: int = LATEST) -> Path | None:
    """Bring the file to version `upto`, each step in its own transaction.

    Returns the backup file's path when an existing database was migrated.
    """
    current = user_version(conn)
    if current > LATEST:
        raise StorageError(path, f"database schema version {current} is newer than this program ({LATEST}); update QA Desktop")
    if current >= upto:
        return None
    backup_path = backup(conn, path, current) if (path is not None and current > 0) else None
    for version in range(current + 1, upto + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            if user_version(conn) >= version:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StorageError(path, f"migration to schema version {version} failed: {exc}") from exc
    return backup_path
