"""How much a correction taught: re-scoring a team's stored calls with and without its examples.

Why: an inspector who corrects a call should see whether it mattered ("3 of
the team's 40 calls would now be filed under size"), and a QA lead removing
an example on the Rules page should know what it was doing. Nothing is
stored by the measurement itself: it scores in memory (Rules → Re-score
applies the examples to stored calls). Qt-free; the GUI runs it on a pool
thread over a connection of its own.
"""

from __future__ import annotations

from typing import Any

from qa_desktop.domain import primary_language

MAX_CALLS = 150  # the team's most recent calls: enough to show the effect; at ~40-100 ms a scoring, twice
# per call, a minute at most on a pool thread


def conduct_rules(pack: Any) -> set[str]:
    """The pack's forbidden-conduct rules: agent phrases that must be absent (or rules marked conduct)."""
    out = set()
    for r in getattr(pack, "rules", []):
        if getattr(r, "conduct", False) or (getattr(r, "type", "") == "phrase" and getattr(r, "expect", "") == "absent"
                                            and getattr(r, "speaker", "") == "agent"):
            out.add(r.id)
    return out


def measure_impact(db: Any, team: str, language: str, ids: list[int]) -> dict[str, Any]:
    """Score the team's stored calls in `language` with all its examples and without `ids`; count the calls
    whose category and whose conduct verdict differ."""
    from qa_desktop.scoring import score
    from qa_desktop.storage import calls
    from qa_desktop.storage.packs import load_stored_pack

    lang = primary_language(language)
    stored = db.learned_examples(team)
    with_ids = [e.example() for e in stored if e.language == lang]
    without = [e.example() for e in stored if e.language == lang and e.id not in set(ids)]
    rows = db.conn.execute(
        "SELECT c.id, s.pack_id FROM calls c JOIN scores s ON s.id = c.score_id WHERE c.team = ?"
        " ORDER BY c.date DESC, c.id DESC", (team,)).fetchall()
    impact = {"team": team, "calls": 0, "category_changed": 0, "conduct_changed": 0}
    for pk, pack_id in rows:
        if impact["calls"] >= MAX_CALLS:
            break
        transcript = calls.load_transcript(db.conn, pk)
        if primary_language(transcript.language) != lang:
            continue
        pack = load_stored_pack(db.conn, pack_id)
        before, after = score(transcript, pack, without), score(transcript, pack, with_ids)
        impact["calls"] += 1
        impact["category_changed"] += before.category != after.category
        rules = conduct_rules(pack)
        impact["conduct_changed"] += any(
            (before.result(r) and before.result(r).status) != (after.result(r) and after.result(r).status)
            for r in rules)
    return impact
