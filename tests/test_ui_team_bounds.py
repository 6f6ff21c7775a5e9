"""The team workflow over a real SQLite file of 100,000 calls (40,000 assigned to eight
inspectors, 3,000 disputes): drawing a year's plan, progress, a bulk sign-off and an
assignment written on a pool thread, the disputes list and the trends page with the
dispute rates never freeze the window: the UI thread never reads or writes the large
tables (tests/ui_sql_watch.py; the timings are in bench/ui_responsiveness.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, QSettings  # noqa: E402

from qa_desktop.storage import Database, assignments  # noqa: E402
from qa_desktop.ui.disputes import DisputesPage  # noqa: E402
from qa_desktop.ui.settings import AppSettings  # noqa: E402
from qa_desktop.ui.workload import WorkloadPage  # noqa: E402
from tests.ui_sql_watch import SqlWatch, ui_thread_problems  # noqa: E402
from tests.ui_synth import team_db  # noqa: E402

N_CALLS = 100_000
INSPECTORS = [f"质检员{i}" for i in range(8)]


@pytest.fixture(scope="module")
def team_big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once for this module (SQL copies, see ui_synth.team_db)."""
    return team_db(tmp_path_factory.mktemp("teambig") / "calls.sqlite", N_CALLS)


def test_the_team_pages_never_freeze_at_100000_calls(qtbot, team_big_db: Path, tmp_path: Path, monkeypatch) -> None:
    from qa_desktop.ui.trends import TrendsPage

    db = Database.open(team_big_db)
    watch = SqlWatch(monkeypatch, db.conn)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    s = AppSettings.load(settings)
    s.inspector, s.role = "质检员3", "lead"
    s.save(settings)
    page = WorkloadPage(lambda: db, settings)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    disputes_page = DisputesPage(lambda: db, settings)
    qtbot.addWidget(disputes_page)
    disputes_page.resize(1200, 700)
    trends = TrendsPage(lambda: db, settings)
    qtbot.addWidget(trends)
    trends.resize(1200, 700)

    def step(name: str, action, done) -> None:  # noqa: ANN001
        """As the call list test: do it until `done` (and the view has painted); the UI thread ran no
        statement that scans a large table or takes more than UI_STEP_BUDGET steps."""
        with watch.step() as ran:
            with qtbot.waitSignal(done, timeout=120_000):
                action()
            for _ in range(5):
                qtbot.wait(25)
        ui = watch.on_ui_thread(ran)
        print(f"\n{name}: {len(ran) - len(ui)} statements on pool threads, {len(ui)} on the UI thread "
              f"(at most {max((s.steps for s in ui), default=0):,} steps)")
        problems = ui_thread_problems(watch, ran, team_big_db)
        assert not problems, f"{name}: the UI thread read a large table:\n" + "\n".join(problems)

    step("workload progress of 40,000 assigned calls", lambda: (page.hide(), page.show()), page.refreshed)
    assert page.table.rowCount() == 8 and [w.assigned for w in page.loads] == [5000] * 8
    assert page.my_queue == assignments.queue_of(db, "质检员3") and len(page.my_queue) > 3000

    page.per_week.setValue(1)
    page.use_critical.setChecked(True)
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 12, 31))
    page.confidence.setValue(0.8)
    step("draw a year's plan, critical failures first", page.draw, page.drawn)
    assert len(page.drawn_pks) > 20_000 and page.sure_pks

    page.use_critical.setChecked(False)
    page.per_week.setValue(5)
    page.date_to.setDate(QDate(2026, 3, 31))
    step("draw a quarter's plan", page.draw, page.drawn)
    month = list(page.drawn_pks)
    sure = list(page.sure_pks)
    assert 500 < len(month) < 5000 and sure

    page.drawn_pks = month[::3]
    step("bulk sign-off on a pool thread", page.bulk_sign_off, page.finished)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    signed = db.conn.execute("SELECT count(*) FROM reviews WHERE action = ?", (assignments.BULK_ACTION,)).fetchone()[0]
    assert 0 < signed <= len(sure) and "signed off as a bulk machine-confidence sign-off" in page.message.text()
    page.drawn_pks = month

    page.inspectors.setText(", ".join(INSPECTORS))
    page.reassign.setChecked(True)
    step("assign a quarter's plan on a pool thread", page.assign, page.finished)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    assert sum(w.assigned for w in assignments.workload(db)) >= 40_000

    step("open disputes of the team", lambda: (disputes_page.hide(), disputes_page.show()), disputes_page.refreshed)
    assert disputes_page.model.rowCount() == 1000
    step("every dispute", lambda: disputes_page.state.setCurrentIndex(disputes_page.state.findData(None)),
         disputes_page.refreshed)
    assert disputes_page.model.rowCount() == 3000

    trends.set_range("2026-01-01", "2026-12-31")
    trends.tabs.setCurrentWidget(trends.disputes)
    step("trends with the dispute rates", lambda: (trends.hide(), trends.show()), trends.refreshed)
    assert trends.disputes.table.rowCount() == 3
    qtbot.waitUntil(lambda: not page.is_busy() and not disputes_page.is_refreshing(), timeout=60_000)
    db.close()
