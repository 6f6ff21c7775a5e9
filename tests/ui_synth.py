"""Synthetic scored calls with known agents, dates, scores and verdicts, saved
through the real storage API into a real SQLite file (trends, sampling tests)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qa_desktop.domain import (
    CallMeta,
    CallScore,
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
    results = [
        RuleResult("greeting", "开场白", "opening", spec.greeting, 10.0 if spec.greeting == "pass" else 0.0, 10.0,
                   evidence=[Evidence("agent", 0.5, 3.0, text, "您好", 0, 2, 100.0, "您好", "exact")],
                   confidence=spec.confidence),
        RuleResult("forbidden", "服务禁语", "manner", "fail" if spec.critical else "pass", 0.0, 0.0,
                   critical=True, confidence=0.95),
        RuleResult("closing", "结束语", "closing", spec.closing, 10.0 if spec.closing == "pass" else 0.0, 10.0,
                   confidence=0.8),
    ]
    score = CallScore(pack="zh-ecommerce", pack_version="1", pack_hash="synth-pack", score=spec.score,
                      sections=[SectionScore("opening", "开场", spec.score, spec.score / 10, 10.0)],
                      results=results, category=spec.category,
                      critical_failed=["forbidden"] if spec.critical else [])
    return db.save_call(transcript, score, SynthPack())


def build(path: Path, specs: list[Spec]) -> tuple[Database, list[int]]:
    db = Database.open(path)
    return db, [save(db, i, s) for i, s in enumerate(specs)]
