"""Repeat contacts in the desktop app, through the real widgets and a real database: the review
screen's links to the customer's other calls, the Trends tab's rates, the window and the backfill;
and at 100,000 calls the UI thread never reads the large tables."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from qa_desktop.storage import Database  # noqa: E402
from qa_desktop.storage import repeats as rp  # noqa: E402
from qa_desktop.ui.review.review_screen import ReviewScreen  # noqa: E402
from qa_desktop.ui.settings import open_settings  # noqa: E402
from qa_desktop.ui.trends import TrendsPage  # noqa: E402
from tests.repeat_data import grow_repeats, store  # noqa: E402
from tests.ui_sql_watch import SqlWatch, ui_thread_problems  # noqa: E402
from tests.ui_synth import grow  # noqa: E402


@pytest.fixture
def calls(_isolated_home: Path):  # noqa: ANN201
    db = Database.open(_isolated_home / "qa.sqlite")
    first = store(db, "20260812_Z3001_900001", team="East")  # order 44556612 read out
    again = store(db, "20260812_Z3001_900001", day="2026-08-14", agent="Z3002", team="East", tag="-cb")
    other = store(db, "20260815_Z3005_900008", team="West")
    yield db, first, again, other
    db.close()


def _hrefs(text: str) -> list[int]:
    return [int(x) for x in re.findall(r"href='call:(\d+)'", text)]


def test_the_review_screen_links_to_the_customers_other_calls(qtbot, calls) -> None:  # noqa: ANN001
    db, first, again, other = calls
    screen = ReviewScreen(lambda: db, open_settings())
    qtbot.addWidget(screen)
    screen.show()
    assert screen.open_call(again)
    bar = screen.repeats_bar
    assert bar.isVisible() and "Repeat contact: the customer called before" in bar.text()
    assert _hrefs(bar.text()) == [first]
    assert "900001" in bar.text() and "number …6612" in bar.text() and "44556612" not in bar.text()
    bar.linkActivated.emit(f"call:{first}")  # what a click on the link does
    assert screen.pk == first
    assert "Called again later" in bar.text() and _hrefs(bar.text()) == [again]
    assert screen.open_call(other) and not bar.isVisible()


def test_the_trends_tab_shows_rates_sets_the_window_and_links_old_calls(qtbot, calls, tmp_path: Path) -> None:  # noqa: ANN001
    db, first, again, other = calls
    page = TrendsPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    view = page.repeats
    page.set_range("2026-08-01", "2026-08-31")
    assert view.model.rowCount() == 0  # another tab on top: nothing read for this one yet
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        page.tabs.setCurrentWidget(view)
        page.show()
    rows = {view.model.text(r, 0): [view.model.text(r, c) for c in range(1, 5)] for r in range(view.model.rowCount())}
    assert rows == {"Z3002": ["1", "1", "100.0%", "100.0%"], "Z3001": ["1", "0", "0.0%", "0.0%"],
                    "Z3005": ["1", "0", "0.0%", "100.0%"]}
    assert "1 of 3 calls repeat an earlier contact" in view.note.text() and "within 7 days" in view.note.text()
    with qtbot.waitSignal(page.openCalls) as opened:
        view.table.doubleClicked.emit(view.model.index(0, 0))  # Z3002, the highest rate
    assert opened.args == [[again]]
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.per.setCurrentIndex(view.per.findData("team"))
    assert view.model.text(0, 0) == "East" and view.model.text(0, 3) == "50.0%"

    view.window_days.setValue(1)  # the callback was 2 days later: no longer a repeat
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.apply_window()
    assert rp.window_days(db.conn) == 1 and not rp.is_repeat(db.conn, again)
    assert "0 of 3 calls" in view.note.text()
    assert view.window_days.value() == 1

    # a database from before repeat contacts: nothing linked until the backfill
    rp.set_window(db, 7)
    for table in ("repeat_links", "contact_keys", "contact_scan"):
        db.conn.execute(f"DELETE FROM {table}")
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        page.refresh()
    assert not view.backfill_button.isHidden() and view.backfill_button.text() == "Link 3 older calls"
    with qtbot.waitSignal(view.refreshed, timeout=30_000):
        view.backfill_button.click()
    assert view.backfill_button.isHidden() and rp.is_repeat(db.conn, again)


def test_repeat_contacts_never_block_the_window_at_100000_calls(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Reading and regrouping the repeat contacts of 100,000 calls: every read of the large tables runs on
    a pool thread (timings: bench/ui_responsiveness.py)."""

    path = tmp_path / "big.sqlite"
    db = Database.open(path)
    store(db, "20260812_Z3001_900001")
    grow(db, 100_000)
    relink_s = grow_repeats(db)
    print(f"\nrelinking 100,000 calls: {relink_s * 1000:.0f} ms")
    assert rp.repeat_rates(db.conn, "all")[0].n_repeats > 10_000  # 13 % of calls
    page = TrendsPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.tabs.setCurrentWidget(page.repeats)
    view = page.repeats
    with qtbot.waitSignal(page.refreshed, timeout=60_000):  # the other charts: test_ui_call_list bounds them
        page.set_range("2026-01-01", "2026-12-31")
    qtbot.waitUntil(lambda: not view.is_refreshing(), timeout=60_000)
    watch = SqlWatch(monkeypatch, db.conn)

    def per(group: str) -> None:
        """Regroup and read again, once (the combo's own signal is held back)."""
        view.per.blockSignals(True)
        view.per.setCurrentIndex(view.per.findData(group))
        view.per.blockSignals(False)
        view.refresh("2026-01-01", "2026-12-31", None, None)

    for name, action in (("read the repeat contacts", lambda: per("agent")),
                         ("per category", lambda: per("category")), ("per team", lambda: per("team")),
                         ("per agent", lambda: per("agent"))):
        with watch.step() as ran:
            with qtbot.waitSignal(view.refreshed, timeout=60_000):
                action()
            for _ in range(5):
                qtbot.wait(25)
        ui = watch.on_ui_thread(ran)
        print(f"{name}: {len(ran) - len(ui)} statements on pool threads, {len(ui)} on the UI thread, "
              f"{view.model.rowCount()} rows")
        assert len(ran) > len(ui)  # it was read, and not here
        problems = ui_thread_problems(watch, ran, path)
        assert not problems, f"{name}: the UI thread read a large table:\n" + "\n".join(problems)
    assert view.model.rowCount() == 251  # 250 agents and the seed call's
    screen = ReviewScreen(lambda: db, open_settings())
    qtbot.addWidget(screen)
    started = time.thread_time()
    assert screen.open_call(30)  # a call in the middle of a customer's run of calls
    print(f"open a call with its repeat links: {(time.thread_time() - started) * 1000:.0f} ms of UI-thread time")
    assert not screen.repeats_bar.isHidden() and [c.pk for c in screen.repeats_bar.calls] == [31]
    db.close()
