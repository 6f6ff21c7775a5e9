"""Synthetic scored calls with known agents, dates, scores and verdicts, saved
through the real storage API into a real SQLite file (trends, sampling tests)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from qa_desktop.domain import (
    CallMeta,
    CallScore,
    Escalation,
    Evidence,
    Metrics,
    RuleResult,
    SectionScore,
    Transcript,
    Utterance,
)
from qa_desktop.storage import Database


@dataclass
class SynthPack:
    """What storage keeps of a rule pack."""

    name: str = "zh-ecommerce"
    language: str = "zh"
    version: str = "1"
    content_hash: str = "synth-pack"
    path: str = ""
    source: str = "name: zh-ecommerce\n"


@dataclass
class Spec:
    agent: str
    team: str
    day: str
    score: float
    critical: bool = False
    category: str = "refund"
    confidence: float = 0.9
    greeting: str = "pass"
    closing: str = "pass"
    pack: str = "zh-ecommerce"  # an "en-…" pack scores with English titles (the same rule ids)
    problem: str | None = None  # the informational rule (customer raised a problem): pass = found
    escalation: str = ""  # none | low | high ("" not assessed)


TEXT = "您好，欢迎致电优品生活馆，请问有什么可以帮您？"


def transcript_for(i: int, spec: Spec) -> Transcript:
    utt = [Utterance("agent", 0.5, 3.0, TEXT, confidence=0.9),
           Utterance("customer", 3.5, 6.0, "我想退款。", channel=1)]
    return Transcript(file=f"/calls/{spec.day.replace('-', '')}_{spec.agent}_{700000 + i}.wav", duration=30.0,
                      language="zh", layout="stereo", utterances=utt, metrics=Metrics(),
                      meta=CallMeta(call_id=str(700000 + i), agent=spec.agent, team=spec.team, date=spec.day),
                      content_hash=f"synth-{i}", model="base", channels=["agent", "customer"])


def save(db: Database, i: int, spec: Spec) -> int:
    """Save a call whose score and verdicts are exactly those of `spec` (no engine involved)."""
    transcript = transcript_for(i, spec)
    text = TEXT
    en = spec.pack.startswith("en")
    titles = ({"greeting": "Greeting", "forbidden": "Forbidden words", "closing": "Closing",
               "customer_problem": "Customer raised a problem"} if en else
              {"greeting": "开场白", "forbidden": "服务禁语", "closing": "结束语", "customer_problem": "客户反映问题"})
    results = [
        RuleResult("greeting", titles["greeting"], "opening", spec.greeting,
                   10.0 if spec.greeting == "pass" else 0.0, 10.0,
                   evidence=[Evidence("agent", 0.5, 3.0, text, "您好", 0, 2, 100.0, "您好", "exact")],
                   confidence=spec.confidence),
        RuleResult("forbidden", titles["forbidden"], "manner", "fail" if spec.critical else "pass", 0.0, 0.0,
                   critical=True, confidence=0.95),
        RuleResult("closing", titles["closing"], "closing", spec.closing, 10.0 if spec.closing == "pass" else 0.0,
                   10.0, confidence=0.8),
    ]
    if spec.problem is not None:  # informational: no points possible, not critical
        results.append(RuleResult("customer_problem", titles["customer_problem"], "handling", spec.problem, 0.0, 0.0,
                                  confidence=0.9))
    if en:
        transcript.language = "en"
    pack_hash = "synth-pack" if spec.pack == "zh-ecommerce" else f"synth-{spec.pack}"
    score = CallScore(pack=spec.pack, pack_version="1", pack_hash=pack_hash, score=spec.score,
                      sections=[SectionScore("opening", "开场", spec.score, spec.score / 10, 10.0)],
                      results=results, category=spec.category,
                      critical_failed=["forbidden"] if spec.critical else [])
    if spec.escalation:
        level_score = {"none": 0.05, "low": 0.45, "high": 0.9}[spec.escalation]
        evidence = [] if spec.escalation == "none" else [
            Evidence("customer", 3.5, 6.0, "我要投诉到12315！", "投诉到12315", 3, 11, 88.0, "我要去消协投诉", "meaning",
                     note="resembles “我要去消协投诉” (88)")]
        score.escalation = Escalation(spec.escalation, level_score, evidence)
    return db.save_call(transcript, score, SynthPack(name=spec.pack, language="en" if en else "zh",
                                                    content_hash=pack_hash))


def build(path: Path, specs: list[Spec]) -> tuple[Database, list[int]]:
    db = Database.open(path)
    return db, [save(db, i, s) for i, s in enumerate(specs)]


def wait_for_list(qtbot, model, timeout: int = 10_000) -> None:
    """Until the call list model has read its (background) list of calls."""
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=timeout)


def wait_for_trends(qtbot, page, timeout: int = 10_000) -> None:
    """Until the trends page has drawn the answer to its latest filters (read on a pool thread)."""
    qtbot.waitUntil(lambda: not page.is_refreshing(), timeout=timeout)


def grow(db: Database, total: int) -> None:
    """Copy call 1 in SQL until the database holds `total` calls, spread over 250 agents, 12 teams,
    300 days, scores 0-100 and the five categories, with their rule verdicts and the per-day rule
    roll-up, so the call list and every chart read a realistic 100,000-call file (built in seconds)."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    have = conn.execute("SELECT count(*) FROM calls").fetchone()[0]
    conn.execute(
        """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
        INSERT INTO calls (file, content_hash, model_id, call_id, agent, team, date, duration, language, layout,
                           status, score_id, created_at, updated_at)
        SELECT c.file, c.content_hash || '-' || n.i, c.model_id, printf('C%06d', n.i),
               printf('A%03d', n.i % 250), printf('T%02d', n.i % 12),
               date('2026-01-01', '+' || (n.i % 300) || ' days'), 30 + n.i % 900, c.language, c.layout,
               CASE n.i % 7 WHEN 0 THEN 'reviewed' WHEN 1 THEN 'disputed' ELSE 'to-review' END,
               c.score_id, c.created_at, c.updated_at
        FROM n JOIN calls c ON c.id = 1""", (total - have,))
    conn.execute(
        """INSERT INTO call_summary (call_pk, score_id, date, week, month, agent, team, score, machine_score,
                                     n_critical, category, status, duration)
        SELECT c.id, c.score_id, c.date, date(c.date, '-' || ((strftime('%w', c.date) + 6) % 7) || ' days'),
               date(c.date, 'start of month'), c.agent, c.team,
               (c.id * 37) % 101, (c.id * 37) % 101, c.id % 3 = 0,
               CASE c.id % 5 WHEN 0 THEN 'logistics' WHEN 1 THEN 'refund' WHEN 2 THEN 'size' WHEN 3 THEN 'quality'
                             ELSE 'other' END, c.status, c.duration
        FROM calls c WHERE c.id NOT IN (SELECT call_pk FROM call_summary)""")
    conn.execute("DELETE FROM rule_rollup")
    conn.execute(
        """INSERT INTO rule_rollup (date, week, month, team, rule, title, n_fail, n_applicable)
        SELECT s.date, s.week, s.month, s.team, r.rule, r.title,
               sum(CASE WHEN r.rule = 'greeting' THEN s.call_pk % 4 = 0 ELSE s.n_critical > 0 END), count(*)
        FROM call_summary s JOIN rule_results r ON r.score_id = (SELECT score_id FROM calls WHERE id = 1)
        GROUP BY s.date, s.team, r.rule""")
    conn.execute("DELETE FROM rule_rollup_pack")
    conn.execute(
        """INSERT INTO rule_rollup_pack (date, week, month, team, pack, rule, title, informational, n_fail,
                                         n_applicable)
        SELECT date, week, month, team, 'zh-ecommerce', rule, title, 0, n_fail, n_applicable FROM rule_rollup""")
    conn.execute("COMMIT")


@pytest.fixture
def english(qapp):
    """The UI in English with its plural forms ("1 call", "2 calls"), as the app installs it."""
    from qa_desktop.ui.i18n import install_translator

    yield install_translator(qapp, "en")


@pytest.fixture
def chinese(qapp):
    """The UI in Simplified Chinese (and back to English afterwards)."""
    from qa_desktop.ui.i18n import install_translator

    yield install_translator(qapp, "zh_CN")
    install_translator(qapp, "en")


CALL_LIST_PACK = {"name": "test-pack", "content_hash": "test-pack-hash", "source": "name: test\n", "version": "1",
                  "language": "zh", "path": ""}


def call_list_db(path: Path, total: int) -> Path:
    """A file of `total` calls for the call list, trends and sampling: three seed calls of agent SEED with
    searchable text ("快递" in one) and three categories, grown by SQL copies (`grow`)."""
    import copy
    from types import SimpleNamespace

    from qa_desktop.domain import CategoryScore
    from tests.test_ui_review_widgets import make_call

    db = Database.open(path)
    t, score = make_call()
    score.category = "refund"
    score.categories = [CategoryScore("refund", 1.3), CategoryScore("quality", 0.6), CategoryScore("size", 0.0)]
    for i, text in enumerate(["我要退款，东西质量太差了", "快递什么时候到", "I want a refund for the shoes"]):
        t2, s2 = copy.deepcopy(t), copy.deepcopy(score)
        t2.content_hash = f"seed-{i}"
        t2.file = f"/calls/seed{i}.flac"
        t2.utterances[1].text = text
        t2.meta.agent = "SEED"
        db.save_call(t2, s2, SimpleNamespace(**CALL_LIST_PACK))
    grow(db, total)
    db.close()
    return path


def team_db(path: Path, total: int) -> Path:
    """A file of `total` calls for the team pages: every other call of the first 80 % assigned to eight
    inspectors in turn, and disputes on 3 % of the calls (a third still open)."""
    db, _ = build(path, [Spec("A001", "T01", "2026-01-05", 80, confidence=0.9)])
    grow(db, total)
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO assignments (call_pk, inspector, seq, plan, assigned_by, at)"
        " SELECT id, '质检员' || ((id / 2) % 8), id, 'sample', '组长', '2026-01-01T00:00:00+00:00' FROM calls"
        " WHERE id % 2 = 0 AND id <= ?", (total * 8 // 10,))
    conn.execute(
        "INSERT INTO disputes (call_pk, rule, title, reason, entered_by, opened_at, first_reviewer, verdict, state,"
        " arbitrator, comment, decided_at)"
        " SELECT id, CASE (id / 33) % 3 WHEN 0 THEN 'greeting' WHEN 1 THEN 'closing' ELSE 'forbidden' END, '', '不同意',"
        " '组长', '2026-02-01T00:00:00+00:00', '质检员1', 'fail',"
        " CASE (id / 33) % 3 WHEN 0 THEN 'open' WHEN 1 THEN 'upheld' ELSE 'overturned' END, '', '', NULL"
        " FROM calls WHERE id % 33 = 0 LIMIT ?", (total * 3 // 100,))
    conn.execute("COMMIT")
    db.close()
    return path


class GapMeter:
    """Largest interval between 20 ms ticks on the UI thread = longest freeze (`max_gap`, wall clock),
    and the most CPU time the UI thread itself used between two ticks (`max_busy`): a freeze with
    little CPU is the machine being busy elsewhere, not work on the UI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.last = self.last_cpu = 0.0
        self.max_gap = self.max_busy = 0.0

    def start(self) -> None:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.max_gap

    def reset(self) -> None:
        self.max_gap = self.max_busy = 0.0

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.max_gap = max(self.max_gap, now - self.last)
        self.max_busy = max(self.max_busy, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu
