"""What inspectors teach: category corrections and the example sentences learned from them.

Why per team: teams sell different things and their customers say things
differently ("鞋码" in footwear, "尺寸" in furniture); an inspector's correction
is evidence about that team's calls, so it becomes an example for that team's
future scoring only. A category correction is kept per call (it outlives
re-scoring, like an override); the examples live in `learned_examples`, one
row per sentence, and every add and removal goes to the audit trail.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Any

from qa_desktop.domain import CallScore, LearnedExample, Transcript, primary_language
from qa_desktop.errors import StorageError
from qa_desktop.storage.packs import now
from qa_desktop.storage.verdicts import log

MAX_SENTENCES = 2  # per correction: the customer's first complaint weighs most
MIN_CHARS_ZH, MIN_WORDS_EN = 6, 4  # shorter turns ("喂你好", "yes please") say nothing of the problem
KINDS = ("category", "conduct")


@dataclass(slots=True)
class StoredExample:
    """A learned example as the Rules page lists it."""

    id: int
    kind: str
    label: str
    text: str
    language: str
    team: str
    source_call: int | None
    inspector: str
    at: str
    impact: dict[str, Any] = field(default_factory=dict)  # what re-scoring the team's calls with it changed

    def example(self) -> LearnedExample:
        return LearnedExample(self.kind, self.label, self.text, self.language, self.team,
                              "" if self.source_call is None else str(self.source_call))


def _substantive(text: str, language: str) -> bool:
    if primary_language(language) == "zh":
        return len(re.sub(r"[\s\W]", "", text)) >= MIN_CHARS_ZH
    return len(text.split()) >= MIN_WORDS_EN


def customer_statements(transcript: Transcript, score: CallScore | None = None) -> list[str]:
    """The customer's sentences that state the problem: those the machine's category evidence points
    at first, then the customer's first substantive turns (the first complaint weighs most)."""
    said = [u for u in transcript.utterances if u.speaker == "customer" and _substantive(u.text, transcript.language)]
    # a mono call's turns are all "unknown": the engine's category evidence then says which were the customer's
    mono = not any(u.speaker in ("agent", "customer") for u in transcript.utterances)
    speakers = ("customer", "unknown") if mono else ("customer",)
    picked: list[str] = []
    if score is not None:
        for cat in score.categories:
            for ev in cat.evidence:
                if ev.speaker in speakers and ev.text and _substantive(ev.text, transcript.language):
                    picked.append(ev.text)
    picked += [u.text for u in said]
    return list(dict.fromkeys(t.strip() for t in picked if t.strip()))[:MAX_SENTENCES]


def agent_statements(transcript: Transcript, evidence: list[Any]) -> list[str]:
    """The agent's sentences a conduct verdict rests on (its evidence), else none."""
    texts = [e.text for e in evidence if getattr(e, "speaker", "") in ("agent", "unknown") and e.text]
    return list(dict.fromkeys(t.strip() for t in texts if t.strip()))[:MAX_SENTENCES]


def add_examples(conn: sqlite3.Connection, examples: list[LearnedExample], source_pk: int | None,
                 inspector: str) -> list[int]:
    """Store new examples (a sentence already known for that team and label is not added twice)."""
    ids = []
    for ex in examples:
        if ex.kind not in KINDS:
            raise StorageError("learned example", f"kind must be category or conduct, not {ex.kind!r}")
        cur = conn.execute(
            "INSERT OR IGNORE INTO learned_examples (kind, label, text, language, team, source_call, inspector, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (ex.kind, ex.label, ex.text, primary_language(ex.language), ex.team, source_pk, inspector, now()))
        if cur.rowcount:
            ids.append(int(cur.lastrowid))
            log(conn, source_pk or 0, inspector, "learn_example", f"{ex.kind}:{ex.label}", None, ex.text,
                f"team {ex.team or '(none)'}")
    return ids


def remove_example(conn: sqlite3.Connection, example_id: int, actor: str) -> StoredExample:
    found = [e for e in list_examples(conn) if e.id == example_id]
    if not found:
        raise StorageError(f"learned example #{example_id}", "not in the database")
    ex = found[0]
    conn.execute("DELETE FROM learned_examples WHERE id = ?", (example_id,))
    log(conn, ex.source_call or 0, actor, "unlearn_example", f"{ex.kind}:{ex.label}", ex.text, None,
        f"team {ex.team or '(none)'}")
    return ex


def list_examples(conn: sqlite3.Connection, team: str | None = None) -> list[StoredExample]:
    sql = ("SELECT id, kind, label, text, language, team, source_call, inspector, at, impact FROM learned_examples"
           + (" WHERE team = ?" if team is not None else "") + " ORDER BY team, kind, label, id")
    return [StoredExample(*row[:9], json.loads(row[9] or "{}"))
            for row in conn.execute(sql, (team,) if team is not None else ())]


def examples_for(conn: sqlite3.Connection, team: str, language: str) -> list[LearnedExample]:
    """The examples the engine gets for a call of this team in this language."""
    return [LearnedExample(k, label, text, lang, t, "" if src is None else str(src))
            for k, label, text, lang, t, src in conn.execute(
                "SELECT kind, label, text, language, team, source_call FROM learned_examples"
                " WHERE team = ? AND language = ? ORDER BY id", (team, primary_language(language)))]


def set_impact(conn: sqlite3.Connection, ids: list[int], impact: dict[str, Any]) -> None:
    conn.executemany("UPDATE learned_examples SET impact = ? WHERE id = ?",
                     [(json.dumps(impact), i) for i in ids])


def corrected_category(conn: sqlite3.Connection, call_pk: int) -> str | None:
    row = conn.execute("SELECT category FROM category_corrections WHERE call_pk = ?", (call_pk,)).fetchone()
    return row[0] if row else None


def with_correction(conn: sqlite3.Connection, call_pk: int, effective: CallScore) -> CallScore:
    """The effective score with the inspector's category, if they corrected it (a copy: the machine's
    score, which `effective` may be, is never edited)."""
    category = corrected_category(conn, call_pk)
    return effective if category is None or category == effective.category else replace(effective, category=category)


def correct_category(conn: sqlite3.Connection, call_pk: int, category: str, comment: str, inspector: str) -> str:
    """Set the call's category as the inspector heard it; returns the category it had."""
    if not inspector.strip():
        raise StorageError(f"call #{call_pk}", "a correction needs the inspector's name")
    if not category.strip():
        raise StorageError(f"call #{call_pk}", "choose the category the call is about")
    row = conn.execute("SELECT s.id, s.category, s.machine, s.effective FROM calls c JOIN scores s"
                       " ON s.id = c.score_id WHERE c.id = ?", (call_pk,)).fetchone()
    if row is None:
        raise StorageError(f"call #{call_pk}", "the call has no score to correct")
    score_id, old, machine, effective = row
    machine_category = json.loads(machine).get("category", "")
    conn.execute(
        "INSERT INTO category_corrections (call_pk, category, machine_category, comment, inspector, at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (call_pk) DO UPDATE SET category = excluded.category,"
        " comment = excluded.comment, inspector = excluded.inspector, at = excluded.at",
        (call_pk, category, machine_category, comment, inspector, now()))
    data = json.loads(effective)
    data["category"] = category
    conn.execute("UPDATE scores SET category = ?, effective = ? WHERE id = ?",
                 (category, json.dumps(data, ensure_ascii=False), score_id))
    conn.execute(
        "INSERT INTO reviews (call_pk, inspector, at, action, changes, comment) VALUES (?, ?, ?, 'category', ?, ?)",
        (call_pk, inspector, now(), json.dumps({"category_from": old, "category_to": category}), comment))
    log(conn, call_pk, inspector, "category", "category", old, category, comment)
    return old
