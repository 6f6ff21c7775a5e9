"""`Database`: the one object the GUI, the CLI and exports talk to.

It only delegates: schema/migrations (schema.py), connection and transactions
(connection.py), transcripts (calls.py), verdicts and audit trail
(verdicts.py), the call list (queries.py), charts (charts.py), search text
(fts.py) and the import queue (queue.py). Each public write is one
transaction.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils

from qa_desktop import paths
from qa_desktop.domain import CallMeta, CallScore, Transcript, primary_language
from qa_desktop.errors import StorageError
from qa_desktop.progress import CancelToken, ProgressFn
from qa_desktop.storage import calls, charts, learning, queries, queue, repeats, schema, verdicts
from qa_desktop.storage.connection import connect, transaction
from qa_desktop.storage.records import (AgentRank, CallFilter, CallRow, CategoryCount, Override, QueueItem, Review,
                                        RuleRatePoint, StoredCall, TrendPoint)
from qa_desktop.storage.summary import refresh_summary


@dataclass(slots=True)
class RescoreSummary:
    """What a rescore did; `skipped` calls were left alone because they are in another language."""

    calls: int = 0
    calls_changed: int = 0
    verdicts_changed: int = 0
    skipped: int = 0
    skipped_languages: dict[str, int] = field(default_factory=dict)  # language heard -> calls skipped
    pack_language: str = ""

    @property
    def skipped_reason(self) -> str:
        """One sentence for the user, "" when nothing was skipped."""
        if not self.skipped:
            return ""
        heard = ", ".join(f"{n} in {lang or 'an unknown language'}"
                          for lang, n in sorted(self.skipped_languages.items()))
        return (f"{self.skipped} {'call' if self.skipped == 1 else 'calls'} skipped: the pack is for {self.pack_language!r} calls and these were heard "
                f"in another language ({heard})")


class Database:
    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self.backup_path: Path | None = None

    # -- lifecycle -----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, *, memory: bool = False) -> "Database":
        """Open (creating and migrating as needed) the file; default: the user's database."""
        target = None if memory else Path(path) if path is not None else paths.default_db_path()
        if target is not None:
            check_writable(target)
        db = cls(connect(target), target)
        db.backup_path = schema.migrate(db.conn, target)
        return db

    @property
    def conn(self):  # noqa: ANN201 - sqlite3.Connection
        return self.db.conn

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes ------------------------------------------------------------------------
    def has_call(self, content_hash: str, model_id: str, pack_hash: str) -> bool:
        """True when this recording was transcribed by this model and its current score is under this pack."""
        return self.conn.execute(
            "SELECT 1 FROM calls c JOIN scores s ON s.id = c.score_id JOIN rule_packs p ON p.id = s.pack_id"
            " WHERE c.content_hash = ? AND c.model_id = ? AND p.content_hash = ?",
            (content_hash, model_id, pack_hash)).fetchone() is not None

    def find_call(self, content_hash: str, model_id: str | None = None) -> int | None:
        return calls.find_call(self.conn, content_hash, model_id)

    def save_call(self, transcript: Transcript, score: CallScore, pack: Any) -> int:
        """Store transcript + machine score in one transaction; returns the call's pk."""
        with transaction(self.db, transcript.file) as conn:
            pk = calls.upsert_transcript(conn, transcript)
            verdicts.store_score(conn, pk, score, pack)
            refresh_summary(conn, pk)
            repeats.link_call(conn, pk)  # the customer's other calls within the repeat window
        return pk

    def update_meta(self, pk: int, meta: CallMeta, actor: str = "manifest", detail: str = "") -> list[str]:
        """Lay new metadata (e.g. from a PBX/CRM manifest) over a stored call, in one transaction.

        Each changed field is appended to the audit log (a call moved to
        another agent or date changes that agent's numbers), and the chart
        summary follows. Returns the changed fields.
        """
        with transaction(self.db, f"call #{pk}") as conn:
            changes = calls.update_meta(conn, pk, meta)
            for column, (old, new) in changes.items():
                verdicts.log(conn, pk, actor, "metadata", column, old, new, detail)
            if changes:
                refresh_summary(conn, pk)
                repeats.link_call(conn, pk)  # a new phone number or date changes who it repeats
        return list(changes)

    def override(self, pk: int, rule: str, status: str, comment: str, inspector: str) -> CallScore:
        with transaction(self.db, f"call #{pk}") as conn:
            effective = verdicts.override(conn, pk, rule, status, comment, inspector)
            refresh_summary(conn, pk)
        return effective

    def correct_speakers(self, pk: int, inspector: str, *, swap: bool = False, turn: int | None = None,
                         speaker: str | None = None) -> None:
        """Mono call: swap its two voices, or set one turn's speaker; re-scored at once, logged."""
        from qa_desktop.storage.speakers import correct_speakers

        with transaction(self.db, f"call #{pk}") as conn:
            correct_speakers(conn, pk, inspector, swap=swap, turn=turn, speaker=speaker)
            refresh_summary(conn, pk)

    def sign_off(self, pk: int, inspector: str, comment: str = "") -> None:
        """The inspector accepts the (effective) verdicts: the call becomes `reviewed`."""
        self.set_status(pk, "reviewed", inspector, comment, action="sign_off")

    def set_status(self, pk: int, status: str, inspector: str, comment: str = "", action: str = "status") -> None:
        with transaction(self.db, f"call #{pk}") as conn:
            verdicts.set_status(conn, pk, status, inspector, comment, action)
            refresh_summary(conn, pk)

    def rescore(self, pack: Any, filters: CallFilter | None = None, progress: ProgressFn | None = None,
                cancel: CancelToken | None = None) -> RescoreSummary:
        """Score stored transcripts again under `pack` (no audio needed), one transaction per call.

        Only calls in the pack's language are rescored: a Mandarin pack's
        phrases never match an English call, so applying it would fail every
        rule and replace a meaningful score with a meaningless one. The others
        are counted in `skipped` / `skipped_languages`, and left as they were.
        """
        from qa_desktop.scoring import score as score_call

        summary = RescoreSummary(pack_language=primary_language(getattr(pack, "language", "")))
        pks = []
        for pk, language in queries.call_languages(self.conn, filters):
            heard = primary_language(language)
            if summary.pack_language and heard != summary.pack_language:
                summary.skipped += 1
                summary.skipped_languages[heard] = summary.skipped_languages.get(heard, 0) + 1
            else:
                pks.append(pk)
        for i, pk in enumerate(pks):
            if cancel is not None:
                cancel.check()
            transcript = calls.load_transcript(self.conn, pk)
            examples = self.learned_examples_for(transcript.meta.team, transcript.language)
            machine = score_call(transcript, pack, examples)
            with transaction(self.db, transcript.file) as conn:
                if transcript.layout != "stereo":  # mono speakers are settled again by the new pack's script
                    from qa_desktop.storage.speakers import write_speakers

                    write_speakers(conn, pk, transcript)
                changed = verdicts.store_score(conn, pk, machine, pack, actor="rescore", action="rescore")
                refresh_summary(conn, pk)
            summary.calls += 1
            summary.verdicts_changed += changed
            summary.calls_changed += bool(changed)
            if progress:
                progress((i + 1) / len(pks), transcript.file)
        return summary

    # -- what inspectors teach (storage/learning.py) -----------------------------------------
    def correct_category(self, pk: int, category: str, comment: str, inspector: str) -> list[int]:
        """Correct the call's category and learn the customer's problem statement(s) for its team;
        returns the new learned examples' ids (none when those sentences were known already)."""
        from qa_desktop.domain import LearnedExample

        with transaction(self.db, f"call #{pk}") as conn:
            learning.correct_category(conn, pk, category, comment, inspector)
            transcript = calls.load_transcript(conn, pk)
            _, machine, _ = verdicts.load_scores(conn, pk)
            texts = learning.customer_statements(transcript, machine)
            ids = learning.add_examples(
                conn, [LearnedExample("category", category, t, transcript.language, transcript.meta.team, str(pk))
                       for t in texts], pk, inspector)
            refresh_summary(conn, pk)
        return ids

    def learn_conduct(self, pk: int, rule: str, status: str, inspector: str,
                      texts: list[str] | None = None) -> list[int]:
        """After an override of a conduct verdict: the agent's sentence(s) become an example for the
        team ("refusal" when overridden to fail, "polite" when to pass); `texts` default to the
        machine verdict's evidence. Other rules, and overrides that agree with the machine, teach nothing."""
        from qa_desktop.domain import LearnedExample

        from qa_desktop.learning import conduct_rules
        from qa_desktop.storage.packs import load_stored_pack

        call = self.load_call(pk)
        result = call.machine.result(rule) if call.machine else None
        if result is None or status not in ("pass", "fail") or status == result.status:
            return []
        (pack_id,) = self.conn.execute("SELECT s.pack_id FROM calls c JOIN scores s ON s.id = c.score_id"
                                       " WHERE c.id = ?", (pk,)).fetchone()
        if rule not in conduct_rules(load_stored_pack(self.conn, pack_id)):
            return []
        if texts is None:
            texts = learning.agent_statements(call.transcript, result.evidence)
        label = "refusal" if status == "fail" else "polite"
        t = call.transcript
        with transaction(self.db, f"call #{pk}") as conn:
            return learning.add_examples(
                conn, [LearnedExample("conduct", label, x, t.language, t.meta.team, str(pk)) for x in texts if x],
                pk, inspector)

    def learned_examples(self, team: str | None = None) -> list[Any]:
        return learning.list_examples(self.conn, team)

    def learned_examples_for(self, team: str, language: str) -> list[Any]:
        return learning.examples_for(self.conn, team, language)

    def remove_learned_example(self, example_id: int, actor: str) -> Any:
        with transaction(self.db, f"learned example #{example_id}") as conn:
            return learning.remove_example(conn, example_id, actor)

    def set_example_impact(self, ids: list[int], impact: dict[str, Any]) -> None:
        with transaction(self.db, "learned examples") as conn:
            learning.set_impact(conn, ids, impact)

    # -- reads ---------------------------------------------------------------------------
    def load_call(self, pk: int) -> StoredCall:
        conn = self.conn
        transcript = calls.load_transcript(conn, pk)
        score_id, machine, effective = verdicts.load_scores(conn, pk)
        (status,) = conn.execute("SELECT status FROM calls WHERE id = ?", (pk,)).fetchone()
        overrides = []
        pack_name = pack_hash = ""
        if score_id is not None:
            overrides = [Override(rule, *v) for rule, v in verdicts.current_overrides(conn, score_id).items()]
            pack_name, pack_hash = conn.execute(
                "SELECT p.name, p.content_hash FROM scores s JOIN rule_packs p ON p.id = s.pack_id WHERE s.id = ?",
                (score_id,)).fetchone()
        reviews = [Review(i, at, a, json.loads(ch), c) for i, at, a, ch, c in conn.execute(
            "SELECT inspector, at, action, changes, comment FROM reviews WHERE call_pk = ? ORDER BY id", (pk,))]
        return StoredCall(pk, transcript.file, status, transcript, machine, effective, overrides, reviews,
                          pack_name, pack_hash)

    def query_calls(self, filters: CallFilter | None = None, order_by: str = "date", descending: bool = True,
                    offset: int = 0, limit: int = 100) -> list[CallRow]:
        return queries.query_calls(self.conn, filters, order_by, descending, offset, limit)

    def count_calls(self, filters: CallFilter | None = None) -> int:
        return queries.count_calls(self.conn, filters)

    def audit_log(self, pk: int | None = None) -> list[dict[str, Any]]:
        sql = "SELECT at, call_pk, actor, action, subject, old, new, detail FROM audit_log"
        rows = self.conn.execute(sql + (" WHERE call_pk = ? ORDER BY id" if pk else " ORDER BY id"),
                                 (pk,) if pk else ()).fetchall()
        keys = ("at", "call_pk", "actor", "action", "subject", "old", "new", "detail")
        return [dict(zip(keys, r)) for r in rows]

    def trend(self, group: str = "all", period: str = "week", date_from: str | date | None = None,
              date_to: str | date | None = None, key: str | None = None) -> list[TrendPoint]:
        return charts.trend(self.conn, group, period, date_from, date_to, key)

    def escalation_trend(self, group: str = "all", period: str = "week", date_from: str | date | None = None,
                         date_to: str | date | None = None, key: str | None = None) -> list[Any]:
        from qa_desktop.storage.escalation import escalation_trend

        return escalation_trend(self.conn, group, period, date_from, date_to, key)

    def calls_at_risk(self, group: str, period: str, period_start: str, key: str | None = None) -> list[int]:
        from qa_desktop.storage.escalation import calls_at_risk

        return calls_at_risk(self.conn, group, period, period_start, key)

    def calls_for_point(self, group: str, period: str, period_start: str, key: str | None = None) -> list[int]:
        return charts.calls_for_point(self.conn, group, period, period_start, key)

    def rule_failure_trend(self, period: str = "week", date_from: str | date | None = None,
                           date_to: str | date | None = None, agent: str | None = None, team: str | None = None,
                           rule: str | None = None) -> list[RuleRatePoint]:
        return charts.rule_failure_trend(self.conn, period, date_from, date_to, agent, team, rule)

    def rule_failure_rates(self, date_from: str | date | None = None, date_to: str | date | None = None,
                           agent: str | None = None, team: str | None = None) -> list[RuleRatePoint]:
        return charts.rule_failure_rates(self.conn, date_from, date_to, agent, team)

    def category_mix(self, date_from: str | date | None = None, date_to: str | date | None = None,
                     agent: str | None = None, team: str | None = None) -> list[CategoryCount]:
        return charts.category_mix(self.conn, date_from, date_to, agent, team)

    def agent_ranking(self, date_from: str | date | None = None, date_to: str | date | None = None,
                      team: str | None = None, min_calls: int = 1) -> list[AgentRank]:
        return charts.agent_ranking(self.conn, date_from, date_to, team, min_calls)

    def agents(self) -> list[tuple[str, str]]:
        """(agent, team) pairs that have calls, for filter drop-downs."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT agent, max(team) FROM call_summary GROUP BY agent ORDER BY agent")]

    # -- import queue -------------------------------------------------------------------
    def enqueue(self, paths_: list[str | Path]) -> list[int]:
        with transaction(self.db, "import queue") as conn:
            return queue.enqueue(conn, [str(p) for p in paths_])

    def set_queue_state(self, item_id: int, state: str, error: str = "", call_pk: int | None = None) -> None:
        with transaction(self.db, "import queue") as conn:
            queue.set_state(conn, item_id, state, error, call_pk)

    def queue_items(self, states: tuple[str, ...] | None = None) -> list[QueueItem]:
        return queue.items(self.conn, states)

    def next_queued(self) -> QueueItem | None:
        return queue.next_queued(self.conn)

    def requeue_interrupted(self) -> int:
        with transaction(self.db, "import queue") as conn:
            return queue.requeue_interrupted(conn)

    def clear_finished(self) -> int:
        with transaction(self.db, "import queue") as conn:
            return queue.clear_finished(conn)


def check_writable(target: Path) -> None:
    """Refuse a database this user cannot write, before any work: an audit would otherwise transcribe
    its first file and then fail with a traceback when storing it. SQLite also writes its journal
    (-wal, -shm) beside the file, so the folder must be writable too."""
    folder = target.parent if str(target.parent) else Path(".")
    if target.exists() and not os.access(target, os.W_OK):
        raise StorageError(target, "the database is read-only (this user may not write to the file); "
                                   "fix its permissions or use --db with another file")
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(target, f"the database's folder {folder} is read-only; SQLite needs to write "
                                   "its journal beside the file (fix the permissions or use --db elsewhere)")


def open_database(path: str | Path | None = None) -> Database:
    try:
        return Database.open(path)
    except StorageError:
        raise
    except OSError as exc:
        raise StorageError(path, str(exc)) from exc
