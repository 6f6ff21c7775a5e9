"""Everything QA Desktop keeps: one SQLite file shared by the GUI and the CLI.

API (names are a contract with the GUI; all dates are ISO ``YYYY-MM-DD``):

- ``Database.open(path=None) -> Database`` — opens (default
  ``paths.default_db_path()``), creates and migrates; a migrated file is first
  copied to ``<name>.v<old>-<stamp>.bak`` (``db.backup_path``).
- ``has_call(content_hash, model_id, pack_hash) -> bool`` — already transcribed by
  this model *and* currently scored with this rule pack (the batch audit skips it).
- ``save_call(transcript, score, pack) -> int`` — one transaction; returns the
  call pk. Same recording + model again updates the same call.
- ``query_calls(filters: CallFilter, order_by, descending, offset, limit) -> list[CallRow]``
  and ``count_calls(filters)``; ``CallFilter`` fields: agent, team, date_from,
  date_to, score_min, score_max, status, category, failed_rule, text (full-text,
  Chinese of any length, e.g. 退款), language, pks. A date that is not
  YYYY-MM-DD raises StorageError. ``order_by`` is a key of ``queries.ORDER_COLUMNS``.
- ``load_call(pk) -> StoredCall`` — transcript, machine score, effective score
  (after overrides), overrides with comments, reviews, status, file, pack.
- ``update_meta(pk, meta, actor, detail) -> list[str]`` — new agent/team/date/…
  for a stored call (a manifest added later); changed fields go to the audit log.
- ``override(pk, rule, status, comment, inspector) -> CallScore`` (effective),
  ``sign_off(pk, inspector, comment)``, ``set_status(pk, status, inspector, comment)``;
  each appends to the reviews and the append-only ``audit_log`` (``audit_log(pk)``).
- ``rescore(pack, filters, progress, cancel) -> RescoreSummary`` — stored
  transcripts scored again, overrides carried over; calls heard in another
  language than the pack's are skipped (``skipped``, ``skipped_reason``).
- Charts: ``trend(group='agent'|'team'|'all', period='day'|'week'|'month',
  date_from, date_to, key=None) -> list[TrendPoint]``; ``calls_for_point(group,
  period, period_start, key) -> list[int]``; ``rule_failure_trend(period, date_from,
  date_to, agent, team, rule) -> list[RuleRatePoint]``; ``rule_failure_rates(...)``;
  ``category_mix(date_from, date_to, agent, team) -> list[CategoryCount]``;
  ``agent_ranking(date_from, date_to, team) -> list[AgentRank]``; ``agents()``.
- Import queue (survives restarts): ``enqueue(paths) -> ids``, ``next_queued()``,
  ``set_queue_state(id, state, error, call_pk)`` with state
  queued/running/done/failed/cancelled, ``queue_items(states)``,
  ``requeue_interrupted()`` (call at start-up), ``clear_finished()``.

Concurrency: WAL mode, a 60 s busy timeout and ``BEGIN IMMEDIATE`` per write, so
the GUI and ``qa-desktop audit`` can use one file at once. Use one ``Database``
per thread.
"""

from qa_desktop.storage.database import Database, RescoreSummary
from qa_desktop.storage.records import (AgentRank, CallFilter, CallRow, CategoryCount, Override, QueueItem, Review,
                                        RuleRatePoint, StoredCall, TrendPoint)

__all__ = [
    "AgentRank", "CallFilter", "CallRow", "CategoryCount", "Database", "Override", "QueueItem", "RescoreSummary",
    "Review", "RuleRatePoint", "StoredCall", "TrendPoint",
]
