"""An inspector's correction of who spoke on a mono call, and the re-score it causes.

The machine may name the two voices the wrong way round, or put one turn with
the wrong voice. The inspector swaps the voices for the whole call or sets one
turn's speaker; the call is scored again at once from the stored transcript
(with the pack its current score was computed with), and every change goes
to the audit trail. Corrected turns keep speaker_source "inspector", which
scoring never overrides, so a later rescore keeps the correction.
"""

from __future__ import annotations

import json
import sqlite3

from qa_desktop.domain import Transcript
from qa_desktop.errors import StorageError
from qa_desktop.scoring.speakers import agent_voice
from qa_desktop.storage import calls, verdicts
from qa_desktop.storage.packs import load_stored_pack, now

INSPECTOR = "inspector"
OTHER = {"agent": "customer", "customer": "agent"}


def write_speakers(conn: sqlite3.Connection, pk: int, t: Transcript) -> None:
    """Store the speakers scoring settled (or an inspector set) and the per-party metrics they allow."""
    conn.executemany(
        "UPDATE utterances SET speaker = ?, speaker_confidence = ?, speaker_source = ? WHERE call_pk = ? AND idx = ?",
        [(u.speaker, u.speaker_confidence, u.speaker_source, pk, i) for i, u in enumerate(t.utterances)])
    mt = t.metrics
    conn.execute("UPDATE metrics SET agent_talk_ratio = ?, data = ? WHERE call_pk = ?",
                 (mt.talk_ratio("agent"), json.dumps(mt.to_dict(), ensure_ascii=False), pk))


def _swap(t: Transcript) -> tuple[str, str]:
    """Every turn's speaker the other way round (turns of a voice follow the voice)."""
    old = agent_voice(t.utterances)
    for u in t.utterances:
        if u.speaker in OTHER:
            u.speaker = OTHER[u.speaker]
        elif u.voice in (0, 1) and old is not None:
            u.speaker = "customer" if u.voice == old else "agent"
        else:
            continue
        u.speaker_source, u.speaker_confidence = INSPECTOR, 1.0
    return _voice_text(old), _voice_text(agent_voice(t.utterances))


def _voice_text(voice: int | None) -> str:
    return "agent = voice ?" if voice is None else f"agent = voice {voice + 1}"


def correct_speakers(conn: sqlite3.Connection, pk: int, inspector: str, *, swap: bool = False,
                     turn: int | None = None, speaker: str | None = None):
    """Apply the correction, re-score, store and log it; returns the machine score. One transaction (caller's)."""
    t = calls.load_transcript(conn, pk)
    if t.layout == "stereo":
        raise StorageError(f"call #{pk}", "a stereo call's speakers are its channels; they cannot be corrected")
    if not inspector.strip():
        raise StorageError(f"call #{pk}", "a speaker correction needs the inspector's name")
    if swap:
        old, new = _swap(t)
        change = {"swap": True, "from": old, "to": new}
        verdicts.log(conn, pk, inspector, "speakers", "swap voices", old, new)
    else:
        if turn is None or not 0 <= turn < len(t.utterances):
            raise StorageError(f"call #{pk}", f"has no turn {turn}")
        if speaker not in OTHER:
            raise StorageError(f"call #{pk}", f"a speaker is agent or customer, not {speaker!r}")
        u = t.utterances[turn]
        change = {"turn": turn, "start": u.start, "from": u.speaker, "to": speaker}
        verdicts.log(conn, pk, inspector, "speakers", f"turn {turn + 1} at {u.start:.1f} s", u.speaker, speaker)
        u.speaker, u.speaker_source, u.speaker_confidence = speaker, INSPECTOR, 1.0
    row = conn.execute("SELECT s.pack_id FROM calls c JOIN scores s ON s.id = c.score_id WHERE c.id = ?",
                       (pk,)).fetchone()
    if row is None:
        raise StorageError(f"call #{pk}", "has no score to redo")
    pack = load_stored_pack(conn, row[0])
    from qa_desktop.scoring import score

    machine = score(t, pack)
    write_speakers(conn, pk, t)
    before = conn.execute("SELECT score FROM scores s JOIN calls c ON c.score_id = s.id WHERE c.id = ?",
                          (pk,)).fetchone()
    verdicts.store_score(conn, pk, machine, pack, actor=inspector, action="speakers")
    after = conn.execute("SELECT score FROM scores s JOIN calls c ON c.score_id = s.id WHERE c.id = ?",
                         (pk,)).fetchone()
    change.update(score_from=before[0] if before else None, score_to=after[0] if after else None)
    conn.execute("INSERT INTO reviews (call_pk, inspector, at, action, changes, comment) VALUES (?, ?, ?, ?, ?, ?)",
                 (pk, inspector, now(), "speakers", json.dumps(change, ensure_ascii=False), ""))
    return machine
