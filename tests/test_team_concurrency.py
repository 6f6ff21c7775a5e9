"""Several inspectors, one database file, and a real `qa-desktop audit` writing into it meanwhile.

The CLI transcribes and stores real sample calls (the real Whisper model) into the
file a team is working in; while it runs, a lead draws a plan, signs off in bulk and
assigns through the Workload page, an inspector overrides and signs off in review, and
an arbitrator decides a dispute. Everything lands, under the right names, next to every
call the audit stored; the file stays intact.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, Qt  # noqa: E402

from qa_desktop.storage import Database, assignments, disputes  # noqa: E402
from qa_desktop.ui.disputes import DisputesPage  # noqa: E402
from qa_desktop.ui.review.review_screen import ReviewScreen  # noqa: E402
from qa_desktop.ui.settings import AppSettings, open_settings  # noqa: E402
from qa_desktop.ui.workload import WorkloadPage  # noqa: E402
from team_synth import build_team_db  # noqa: E402
from tests.conftest import SAMPLE_CALLS  # noqa: E402
from tests.ui_synth import english  # noqa: E402, F401 - a fixture

pytestmark = pytest.mark.slow

AUDITED = ["20260815_Z3005_900008.wav", "20260816_Z3006_900009.wav", "20260818_Y4004_900014.wav"]


def as_user(settings, name: str, role: str) -> None:
    s = AppSettings.load(settings)
    s.inspector, s.role = name, role
    s.save(settings)


def test_team_works_in_the_file_a_cli_audit_is_writing(qtbot, tmp_path: Path, english) -> None:
    path = tmp_path / "team.sqlite"
    db, pks, _ = build_team_db(tmp_path / "calls", path)
    folder = tmp_path / "recordings"
    folder.mkdir()
    for name in AUDITED:
        shutil.copy(SAMPLE_CALLS / name, folder / name)
    env = {**os.environ, "QA_DESKTOP_HOME": str(tmp_path / "cli-home"), "PYTHONUNBUFFERED": "1"}
    log = tmp_path / "audit.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "qa_desktop", "audit", str(folder), "--db", str(path)],
                                env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and proc.poll() is None and b"stored " not in log.read_bytes():
            time.sleep(0.05)
        assert proc.poll() is None, f"the audit ended before the team started: {log.read_text(errors='replace')}"

        settings = open_settings()
        as_user(settings, "陈组长", "lead")
        page = WorkloadPage(lambda: db, settings)
        qtbot.addWidget(page)
        page.per_week.setValue(5)
        page.date_from.setDate(QDate(2026, 8, 1))
        page.date_to.setDate(QDate(2026, 8, 31))
        page.confidence.setValue(0.9)
        with qtbot.waitSignal(page.drawn, timeout=60_000):
            qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
        first_plan = {Path(db.load_call(pk).file).name for pk in page.drawn_pks}  # the audit's first call too
        with qtbot.waitSignal(page.drawn, timeout=60_000):
            qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
        assert "signed off as a bulk machine-confidence sign-off by 陈组长" in page.message.text()
        page.inspectors.setText("王芳, 李娜")
        with qtbot.waitSignal(page.finished, timeout=60_000):
            qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
        assert " assigned (王芳 " in page.message.text(), page.message.text()

        as_user(settings, "王芳", "inspector")
        review = ReviewScreen(lambda: db, settings)
        qtbot.addWidget(review)
        mine = assignments.queue_of(db, "王芳")
        assert review.open_call(mine[0])
        review.scorecard.request_override("verify", "pass", "听录音核实了订单号")
        review.scorecard.signoff_comment.setText("ok")
        qtbot.mouseClick(review.scorecard.signoff_button, Qt.MouseButton.LeftButton)
        dispute = disputes.open_dispute(db, mine[0], "greeting", "坐席说问候过", entered_by="陈组长")

        as_user(settings, "周仲裁", "arbitrator")
        arbitration = DisputesPage(lambda: db, settings)
        qtbot.addWidget(arbitration)
        with qtbot.waitSignal(arbitration.refreshed, timeout=60_000):
            arbitration.refresh()
        arbitration.table.selectRow(0)
        arbitration.comment.setText("维持")
        with qtbot.waitSignal(arbitration.decided, timeout=60_000):
            qtbot.mouseClick(arbitration.decide_button, Qt.MouseButton.LeftButton)
        assert disputes.get(db, dispute.id).state == "upheld"
        still_auditing = proc.poll() is None
        stored_meanwhile = log.read_bytes().count(b"stored ")

        assert proc.wait(timeout=900) == 0, log.read_text(errors="replace")
    finally:
        if proc.poll() is None:
            proc.kill()
    output = log.read_text(errors="replace")
    assert output.count("stored ") == len(AUDITED), output
    assert still_auditing or stored_meanwhile < len(AUDITED), "the audit was not running alongside the team"

    with Database.open(path) as fresh:  # what another inspector opening the file now sees
        assert fresh.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert fresh.count_calls() == len(pks) + len(AUDITED)
        loads = {w.inspector: (w.assigned, w.reviewed) for w in assignments.workload(fresh)}
        assert set(loads) == {"王芳", "李娜"} and loads["王芳"][1] == 1
        call = fresh.load_call(mine[0])
        assert call.status == "reviewed" and call.overrides[0].inspector == "王芳"
        actors = {(e["actor"], e["action"]) for e in fresh.audit_log()}
        assert {("陈组长", "assign"), ("陈组长", "bulk_machine_sign_off"), ("王芳", "override"), ("王芳", "sign_off"),
                ("陈组长", "dispute_opened"), ("周仲裁", "dispute_upheld"), ("machine", "score")} <= actors
        audited = {Path(r.file).name for r in fresh.query_calls(limit=100)} & set(AUDITED)
        assert audited == set(AUDITED)
        # the lead's next plan draws the calls the audit stored meanwhile
        later = WorkloadPage(lambda: fresh, settings)
        qtbot.addWidget(later)
        as_user(settings, "陈组长", "lead")
        later.per_week.setValue(5)
        later.use_critical.setChecked(False)
        later.date_from.setDate(QDate(2026, 8, 1))
        later.date_to.setDate(QDate(2026, 8, 31))
        with qtbot.waitSignal(later.drawn, timeout=60_000):
            later.draw()
        new = {Path(fresh.load_call(pk).file).name for pk in later.drawn_pks if assignments.assignee(fresh, pk) is None}
        assert set(AUDITED) <= first_plan | new and new & set(AUDITED)
    db.close()
