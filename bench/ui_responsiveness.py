"""How long the UI thread stops answering while the big pages work, at 100,000 calls against 1,000.

    QT_QPA_PLATFORM=offscreen python bench/ui_responsiveness.py [--calls 100000] [--baseline 1000]

The tests (test_ui_call_list, test_ui_team_bounds, test_ui_repeats) check what guarantees a responsive
window — the UI thread never reads the large tables (tests/ui_sql_watch.py) — because a wall-clock bound
fails whenever another process takes the CPU. This script measures the wall clock itself: the largest
interval between the ticks of a 20 ms QTimer on the UI thread (tests/ui_synth.GapMeter) during each step —
sorting, searching and scrolling the call list, the trend charts, a review sample, the workload, disputes
and repeat-contact pages — on a database of `--calls` calls and, in the same run, on one of `--baseline`
calls (the same steps on a small file: the ratio shows what the size costs the UI thread). Each step is
done three times and the smallest gap counts (a busy machine only ever makes a gap longer).

FLOOR: a gap near the timer's 20 ms at both sizes (ratio ≈ 1), and under the 100 ms a user notices.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QDate, QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from qa_desktop.storage import Database  # noqa: E402
from qa_desktop.ui.workers import wait_for_background  # noqa: E402
from tests.repeat_data import grow_repeats  # noqa: E402
from tests.ui_synth import GapMeter, call_list_db, team_db  # noqa: E402

Step = tuple[str, Callable[[], object], object]  # name, action, the signal that says it is done (or None)


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def run(action: Callable[[], object], done: object, timeout_ms: int = 120_000) -> None:
    """Do it and let the event loop run until `done` is emitted (and the views have painted)."""
    if done is not None:
        loop = QEventLoop()
        done.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(timeout_ms, loop.quit)
        action()
        loop.exec()
        done.disconnect(loop.quit)  # type: ignore[attr-defined]
    else:
        action()
    settle(125)


def measure(steps: list[Step], rounds: int = 3) -> dict[str, tuple[float, float]]:
    """Of each step, the smallest of `rounds` largest UI-thread gaps (ms), with the most CPU the UI
    thread itself used between two ticks in that round (ms: a gap with little CPU is the machine
    busy elsewhere, not work on the UI thread)."""
    meter = GapMeter()
    meter.start()
    out: dict[str, tuple[float, float]] = {}
    for name, action, done in steps:
        best = (float("inf"), 0.0)
        for _ in range(rounds):
            meter.reset()
            run(action, done)
            best = min(best, (meter.max_gap * 1000, meter.max_busy * 1000))
        out[name] = best
    meter.stop()
    wait_for_background()
    return out


def call_list_steps(db: Database, folder: Path) -> tuple[list[Step], list]:
    from qa_desktop.ui.call_list_model import COLUMNS
    from qa_desktop.ui.call_list_page import CallListPage
    from qa_desktop.ui.sampling import SamplingPage
    from qa_desktop.ui.trends import TrendsPage

    col = {c.key: i for i, c in enumerate(COLUMNS)}
    page = CallListPage(lambda: db)
    page.resize(1200, 700)
    page.show()
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    trends = TrendsPage(lambda: db, settings)
    trends.resize(1200, 700)
    trends.set_range("2026-01-01", "2026-12-31")
    sampling = SamplingPage(lambda: db, settings)
    sampling.date_from.setDate(QDate(2026, 1, 1))
    sampling.date_to.setDate(QDate(2026, 12, 31))
    sampling.use_random.setChecked(True)
    sampling.use_critical.setChecked(True)
    sampling.show()
    model = page.model

    def per_agent_per_day() -> None:
        trends.group.setCurrentIndex(trends.group.findData("agent"))
        trends.period.setCurrentIndex(trends.period.findData("day"))
        trends.refresh()

    return [
        ("call list: open", page.reload, model.listReady),
        ("call list: sort by status", lambda: model.sort(col["status"], Qt.SortOrder.AscendingOrder), model.listReady),
        ("call list: scroll to the last call", lambda: (page.table.scrollToTop(), page.table.scrollToBottom()), None),
        ("call list: search transcripts",
         lambda: (page.filter_bar.search.setText(""), page.filter_bar.search.setText("快递")), model.listReady),
        ("call list: clear the search", page.filter_bar.clear, model.listReady),
        ("call list: sort by category", lambda: model.sort(col["category"], Qt.SortOrder.DescendingOrder),
         model.listReady),
        ("trends: show", lambda: (trends.hide(), trends.show()), trends.refreshed),
        ("trends: per agent, per day", per_agent_per_day, trends.refreshed),
        ("sampling: a year of calls", sampling.build, sampling.built),
    ], [page, trends, sampling]


def team_steps(db: Database, folder: Path) -> tuple[list[Step], list]:
    from qa_desktop.ui.disputes import DisputesPage
    from qa_desktop.ui.settings import AppSettings
    from qa_desktop.ui.trends import TrendsPage
    from qa_desktop.ui.workload import WorkloadPage

    settings = QSettings(str(folder / "team.ini"), QSettings.Format.IniFormat)
    s = AppSettings.load(settings)
    s.inspector, s.role = "质检员3", "lead"
    s.save(settings)
    page = WorkloadPage(lambda: db, settings)
    page.resize(1200, 700)
    disputes = DisputesPage(lambda: db, settings)
    disputes.resize(1200, 700)
    trends = TrendsPage(lambda: db, settings)
    trends.resize(1200, 700)
    trends.set_range("2026-01-01", "2026-12-31")
    trends.tabs.setCurrentWidget(trends.disputes)
    page.per_week.setValue(1)
    page.use_critical.setChecked(True)
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 12, 31))
    page.confidence.setValue(0.8)
    return [
        ("workload: progress", lambda: (page.hide(), page.show()), page.refreshed),
        ("workload: draw a year's plan", page.draw, page.drawn),
        ("disputes: open ones", lambda: (disputes.hide(), disputes.show()), disputes.refreshed),
        ("trends: dispute rates", lambda: (trends.hide(), trends.show()), trends.refreshed),
    ], [page, disputes, trends]


def repeat_steps(db: Database, folder: Path) -> tuple[list[Step], list]:
    from qa_desktop.ui.trends import TrendsPage

    grow_repeats(db)
    page = TrendsPage(lambda: db, QSettings(str(folder / "r.ini"), QSettings.Format.IniFormat))
    page.resize(1200, 700)
    page.show()
    page.tabs.setCurrentWidget(page.repeats)
    view = page.repeats
    run(lambda: page.set_range("2026-01-01", "2026-12-31"), page.refreshed)

    def per(group: str) -> Callable[[], None]:
        def regroup() -> None:
            view.per.blockSignals(True)
            view.per.setCurrentIndex(view.per.findData(group))
            view.per.blockSignals(False)
            view.refresh("2026-01-01", "2026-12-31", None, None)
        return regroup

    return [(f"repeats: per {g}", per(g), view.refreshed) for g in ("agent", "category", "team")], [page]


def at_size(total: int, folder: Path) -> dict[str, tuple[float, float]]:
    out: dict[str, tuple[float, float]] = {}
    for name, build, steps_of in (("list", call_list_db, call_list_steps), ("team", team_db, team_steps),
                                  ("repeats", call_list_db, repeat_steps)):
        path = build(folder / f"{name}_{total}.sqlite", total)
        db = Database.open(path)
        steps, keep = steps_of(db, folder)
        out.update(measure(steps))
        for w in keep:
            w.close()
            w.deleteLater()
        wait_for_background()
        QApplication.processEvents()
        db.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=100_000)
    ap.add_argument("--baseline", type=int, default=1_000)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])  # noqa: F841 - the widgets need it
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = at_size(args.baseline, folder)
        big = at_size(args.calls, folder)
    print(f"largest UI-thread gap per step, ms (best of 3; a 20 ms timer), and [the UI thread's own CPU in it]:"
          f" {args.baseline:,} calls vs {args.calls:,}")
    for name in small:
        (a, ca), (b, cb) = small[name], big[name]
        print(f"  {name:<38} {a:5.0f} [{ca:4.0f}] {b:6.0f} [{cb:4.0f}]   ×{b / max(a, 1e-9):.2f}")
    worst = max(g for g, _ in big.values())
    print(f"worst at {args.calls:,} calls: {worst:.0f} ms (bound a user notices: 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
