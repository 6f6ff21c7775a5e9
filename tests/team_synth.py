"""Calls scored by the real scoring engine under a small real rule pack, stored in a real SQLite
file, for the team workflow tests (assignment, bulk sign-off, disputes): an overturned dispute
must change the effective score by the same arithmetic as any override, so the pack is real."""

from __future__ import annotations

from pathlib import Path

from qa_desktop.rules import load_pack
from qa_desktop.scoring import score
from qa_desktop.storage import Database
from test_storage_basic import make_call
from test_storage_verdicts import write_pack

#: (agent, team, day, agent's first line); 你自己看吧 fails the critical forbidden-phrase rule.
CALLS = [
    ("Z3001", "East", "2026-08-10", "您好，欢迎致电优品生活馆，请问有什么可以帮您？"),  # greeting pass, verify fail
    ("Z3001", "East", "2026-08-11", "好的，麻烦您提供一下订单号。"),  # greeting fail, verify pass
    ("Z3002", "West", "2026-08-11", "您好，你自己看吧。"),  # critical failure
    ("Z3002", "West", "2026-08-12", "您好，麻烦您提供一下订单号。"),  # all pass
    ("Z3003", "East", "2026-08-12", "请您稍等，我帮您查询一下。"),  # greeting and verify fail
    ("Z3003", "East", "2026-08-13", "您好，请问订单号是多少？"),  # all pass
]


def build_team_db(folder: Path, path: Path | None = None) -> tuple[Database, list[int], object]:
    folder.mkdir(parents=True, exist_ok=True)
    pack = load_pack(write_pack(folder))
    db = Database.open(path or folder / "team.sqlite")
    pks = []
    for i, (agent, team, day, line) in enumerate(CALLS):
        transcript, _ = make_call(i, agent=agent, team=team, day=day, text=line)
        pks.append(db.save_call(transcript, score(transcript, pack), pack))
    return db, pks, pack
