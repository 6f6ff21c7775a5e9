"""Calls built from the sample calls' real dialogue (truth.json), scored by the shipped rule
packs, stored in a real database: the material of the repeat-contact and calibration tests.

A "callback" is a sample call's dialogue again on another day (the customer calling about
the same order, reading out the same number), under its own recording hash.
"""

from __future__ import annotations

import json
from pathlib import Path

from qa_desktop.domain import CallMeta, Metrics, Transcript, Utterance
from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import score
from qa_desktop.storage import Database
from qa_desktop.transcription.metadata import parse_filename

SAMPLE_CALLS = Path(__file__).resolve().parent.parent / "resources" / "sample_calls"
TRUTH = {c["id"]: c for c in json.loads((SAMPLE_CALLS / "truth.json").read_text(encoding="utf-8"))}


def truth_transcript(call_id: str, *, day: str | None = None, agent: str | None = None, team: str = "",
                     phone: str = "", tag: str = "") -> Transcript:
    """The sample call's dialogue as a stored transcript; `day`/`agent`/`phone` override its metadata."""
    c = TRUTH[call_id]
    utterances = [Utterance(s["who"], s["start"], s["end"], s["text"], channel=int(s["who"] == "customer"))
                  for s in c["segments"] if s.get("text")]
    meta = parse_filename(c["file"])
    meta = CallMeta(call_id=meta.call_id + tag, agent=agent or meta.agent, team=team,
                    date=day or meta.date, customer_phone=phone)
    return Transcript(file=str(SAMPLE_CALLS / c["file"]), duration=c["duration"], language=c["lang"],
                      layout="stereo", utterances=utterances, metrics=Metrics(), meta=meta,
                      content_hash=f"truth-{call_id}{tag}", model="truth", channels=["agent", "customer"])


def store(db: Database, call_id: str, **kw) -> int:  # noqa: ANN003
    t = truth_transcript(call_id, **kw)
    pack = default_pack_for(t.language)
    return db.save_call(t, score(t, pack), pack)


def grow_repeats(db: Database) -> float:
    """Give every call of a grown (SQL-copied) database a caller's phone, two in five calls sharing
    theirs with the neighbouring calls (a day or two apart), and link them all; returns the seconds
    the full relink took."""
    import time

    from qa_desktop.storage import repeats as rp

    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM contact_keys")
    conn.execute(
        """INSERT INTO contact_keys (call_pk, key, kind, day)
           SELECT c.id, printf('138%08d', CASE WHEN c.id % 5 < 2 THEN c.id / 3 ELSE 50000000 + c.id END), 'phone',
                  coalesce(nullif(c.date, ''), substr(c.created_at, 1, 10)) FROM calls c""")
    conn.execute("INSERT OR REPLACE INTO contact_scan (call_pk, at) SELECT id, '2026-01-01' FROM calls")
    started = time.perf_counter()
    rp.relink_all(conn)
    took = time.perf_counter() - started
    conn.execute("COMMIT")
    return took
