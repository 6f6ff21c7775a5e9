"""Storing and reloading a call's transcript (utterances, metrics, search text).

A call is one recording (by content hash): the same file under another name
or path is the same call, and charts must count it once. Transcribing it
again with another model replaces its transcript (keeping its reviews);
scoring it again under a new rule pack needs no audio.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict

from qa_desktop.domain import CallMeta, Metrics, Transcript, Utterance, Word
from qa_desktop.errors import StorageError
from qa_desktop.storage.fts import index_text
from qa_desktop.storage.packs import now


def find_call(conn: sqlite3.Connection, content_hash: str, model_id: str | None = None) -> int | None:
    """The call for a recording; with `model_id`, only if that model transcribed it."""
    if model_id is None:
        row = conn.execute("SELECT id FROM calls WHERE content_hash = ?", (content_hash,)).fetchone()
    else:
        row = conn.execute("SELECT id FROM calls WHERE content_hash = ? AND model_id = ?",
                           (content_hash, model_id)).fetchone()
    return int(row[0]) if row else None


def _meta_values(m: CallMeta) -> dict[str, str]:
    """The `calls` columns that hold a call's metadata."""
    return {"call_id": m.call_id, "agent": m.agent, "team": m.team, "date": m.date,
            "customer_phone": m.customer_phone, "meta_extra": json.dumps(m.extra, ensure_ascii=False)}


def update_meta(conn: sqlite3.Connection, pk: int, meta: CallMeta) -> dict[str, tuple[str, str]]:
    """Replace a stored call's metadata; returns column -> (old, new) for what changed."""
    new = _meta_values(meta)
    row = conn.execute(f"SELECT {', '.join(new)} FROM calls WHERE id = ?", (pk,)).fetchone()
    if row is None:
        raise StorageError(f"call #{pk}", "not in the database")
    old = dict(zip(new, row))

    def differs(column: str) -> bool:
        if column == "meta_extra":  # compared as data: key order or spacing is no change
            return json.loads(old[column] or "{}") != meta.extra
        return old[column] != new[column]

    changes = {k: (old[k], new[k]) for k in new if differs(k)}
    if changes:
        conn.execute(f"UPDATE calls SET {', '.join(f'{k} = ?' for k in changes)}, updated_at = ? WHERE id = ?",
                     (*(v for _, v in changes.values()), now(), pk))
    return changes


def upsert_transcript(conn: sqlite3.Connection, t: Transcript) -> int:
    """Insert or refresh the call row and replace its utterances, metrics and FTS text."""
    if not t.content_hash:
        raise StorageError(t.file, "transcript has no content hash; cannot store it")
    values = {
        "file": t.file,
        **_meta_values(t.meta),
        "duration": t.duration,
        "language": t.language,
        "layout": t.layout,
        "channels": json.dumps(t.channels),
        "model_id": t.model,
        "updated_at": now(),
    }
    pk = find_call(conn, t.content_hash)
    if pk is None:
        cols = ["content_hash", "created_at", *values]
        cur = conn.execute(
            f"INSERT INTO calls ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            (t.content_hash, values["updated_at"], *values.values()),
        )
        pk = int(cur.lastrowid)
    else:
        conn.execute(
            f"UPDATE calls SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?", (*values.values(), pk)
        )
        conn.execute("DELETE FROM utterances WHERE call_pk = ?", (pk,))
        conn.execute("DELETE FROM calls_fts WHERE rowid = ?", (pk,))
    conn.executemany(
        'INSERT INTO utterances (call_pk, idx, speaker, start, "end", text, confidence, channel, words, pitch,'
        " language, voice, voice_confidence, speaker_confidence, speaker_source, loudness)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (pk, i, u.speaker, u.start, u.end, u.text, u.confidence, u.channel,
             json.dumps([asdict(w) for w in u.words], ensure_ascii=False), u.pitch, u.language,
             u.voice, u.voice_confidence, u.speaker_confidence, u.speaker_source, u.loudness)
            for i, u in enumerate(t.utterances)
        ],
    )
    mt = t.metrics
    conn.execute(
        "INSERT OR REPLACE INTO metrics (call_pk, longest_silence, agent_talk_ratio, agent_interruptions, data)"
        " VALUES (?, ?, ?, ?, ?)",
        (pk, mt.longest_silence, mt.talk_ratio("agent"), len(mt.interruptions("agent")),
         json.dumps(mt.to_dict(), ensure_ascii=False)),
    )
    body = "\n".join(index_text(u.text) for u in t.utterances)
    conn.execute("INSERT INTO calls_fts (rowid, body) VALUES (?, ?)", (pk, body))
    return pk


def load_transcript(conn: sqlite3.Connection, pk: int) -> Transcript:
    row = conn.execute(
        "SELECT file, duration, language, layout, channels, content_hash, model_id, call_id, agent, team,"
        " date, customer_phone, meta_extra FROM calls WHERE id = ?",
        (pk,),
    ).fetchone()
    if row is None:
        raise StorageError(f"call #{pk}", "not in the database")
    (file, duration, language, layout, channels, content_hash, model_id, call_id, agent, team, day, phone, extra) = row
    utterances = [
        Utterance(speaker=s, start=a, end=b, text=text, confidence=conf, channel=ch,
                  words=[Word(**w) for w in json.loads(words)], pitch=pitch, language=lang, voice=voice,
                  voice_confidence=voice_conf, speaker_confidence=speaker_conf, speaker_source=source or "",
                  loudness=loudness)
        for s, a, b, text, conf, ch, words, pitch, lang, voice, voice_conf, speaker_conf, source, loudness
        in conn.execute(
            'SELECT speaker, start, "end", text, confidence, channel, words, pitch, language, voice, voice_confidence,'
            " speaker_confidence, speaker_source, loudness FROM utterances WHERE call_pk = ? ORDER BY idx",
            (pk,),
        )
    ]
    mrow = conn.execute("SELECT data FROM metrics WHERE call_pk = ?", (pk,)).fetchone()
    return Transcript(
        file=file,
        duration=duration,
        language=language,
        layout=layout,
        utterances=utterances,
        metrics=Metrics.from_dict(json.loads(mrow[0])) if mrow else Metrics(),
        meta=CallMeta(call_id=call_id, agent=agent, team=team, date=day, customer_phone=phone,
                      extra=json.loads(extra)),
        content_hash=content_hash,
        model=model_id,
        channels=json.loads(channels),
    )
