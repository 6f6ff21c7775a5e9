"""The call list, trends and sampling over a real SQLite file of 100,000 calls:
paging at any depth, SQL sorting, filters and full-text search, every call's
categories, and a window that never freezes while the list is sorted, searched
and scrolled to its end, the trend charts are drawn and a review sample is
drawn: the UI thread never reads the large tables (tests/ui_sql_watch.py; the
timings are in bench/ui_responsiveness.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from qa_desktop.storage import CallFilter, Database  # noqa: E402
from qa_desktop.ui.call_list_filters import CallFilterBar  # noqa: E402
from qa_desktop.ui.call_list_model import COLUMNS, PAGE_SIZE, CallListModel  # noqa: E402
from qa_desktop.ui.call_list_page import CallListPage  # noqa: E402
from qa_desktop.ui.sampling import SamplingPage  # noqa: E402
from tests.ui_sql_watch import SqlWatch, ui_thread_problems  # noqa: E402
from tests.ui_synth import call_list_db, wait_for_list  # noqa: E402

N_CALLS = 100_000


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once for this module (in seconds: SQL copies, see ui_synth.grow)."""
    return call_list_db(tmp_path_factory.mktemp("bigdb") / "calls.sqlite", N_CALLS)


def _column(key: str) -> int:
    return [c.key for c in COLUMNS].index(key)


def test_rows_are_read_a_page_at_a_time_at_any_depth(qtbot, big_db: Path, monkeypatch) -> None:
    db = Database.open(big_db)
    watch = SqlWatch(monkeypatch, db.conn)
    model = CallListModel(lambda: db)
    model.set_filters(CallFilter())
    wait_for_list(qtbot, model)
    assert model.total() == N_CALLS and model.rowCount() == N_CALLS  # the scroll bar is the whole list
    assert len(model._pages) == 0  # nothing read until a row is shown

    with watch.step() as ran:
        deepest = model.row_at(N_CALLS - 1)
    ui = watch.on_ui_thread(ran)
    print(f"\nthe last page of {N_CALLS:,} calls: {len(ui)} statements, {sum(s.steps for s in ui):,} steps on the UI thread")
    assert deepest is not None and ui and not ui_thread_problems(watch, ran, big_db)  # read by key, not by OFFSET
    by_sql = db.query_calls(CallFilter(), "date", True, N_CALLS - 1, 1)[0]
    assert deepest.pk == by_sql.pk  # the same order as storage's own paging
    assert len(model._pages) == 1

    score_col = _column("score")
    model.sort(score_col, Qt.SortOrder.DescendingOrder)
    wait_for_list(qtbot, model)
    top = [model.row_at(i).score for i in range(PAGE_SIZE + 50)]  # across a page boundary
    assert top == sorted(top, reverse=True) and top[0] == 100
    model.sort(score_col, Qt.SortOrder.AscendingOrder)
    wait_for_list(qtbot, model)
    assert model.row_at(0).score == 0
    assert model.data(model.index(0, score_col)) == "0"

    # next/previous in review walk the same order, across pages, and stop at the ends
    last_of_page = model.row_at(PAGE_SIZE - 1).pk
    assert model.neighbour(last_of_page, 1) == model.row_at(PAGE_SIZE).pk
    assert model.neighbour(model.row_at(0).pk, -1) is None
    assert model.neighbour(model.row_at(N_CALLS - 1).pk, 1) is None
    db.close()


def test_filters_and_full_text_search(qtbot, big_db: Path) -> None:
    db = Database.open(big_db)
    model = CallListModel(lambda: db)
    bar = CallFilterBar()
    qtbot.addWidget(bar)
    bar.filtersChanged.connect(model.set_filters)

    with qtbot.waitSignal(model.listReady, timeout=5000):
        bar.search.setText("退款")
    assert model.total() == 1
    assert model.row_at(0).agent == "SEED"

    with qtbot.waitSignal(model.listReady, timeout=5000):
        bar.search.clear()
        bar.agent.setText("A007")
    assert 0 < model.total() < N_CALLS
    assert all(model.row_at(i).agent == "A007" for i in range(model.rowCount()))

    with qtbot.waitSignal(model.listReady, timeout=5000):
        bar.score_min.setValue(95)
    assert all(model.row_at(i).score >= 95 for i in range(model.rowCount()))
    with qtbot.waitSignal(model.listReady, timeout=5000):
        bar.clear()
    assert model.total() == N_CALLS
    db.close()


def test_the_categories_column_lists_every_category_of_the_call(qtbot, big_db: Path) -> None:
    db = Database.open(big_db)
    model = CallListModel(lambda: db)
    model.set_filters(CallFilter(agent="SEED"))
    wait_for_list(qtbot, model)
    assert model.total() == 3
    cell = model.data(model.index(0, _column("category")))
    assert cell == "Refund, Quality"  # the primary category first; "size" had no keyword evidence
    db.close()


def test_the_window_never_freezes_at_100000_calls(qtbot, big_db: Path, tmp_path: Path, monkeypatch) -> None:
    """Sorting by an unindexed column, searching, jumping to the last row, drawing every trend chart and
    drawing a review sample over 100,000 calls: every read of the large tables runs on a pool thread, and
    what the UI thread asks of SQLite is a page looked up by key (how long that takes on this machine:
    bench/ui_responsiveness.py)."""
    from qa_desktop.ui.trends import TrendsPage

    db = Database.open(big_db)
    watch = SqlWatch(monkeypatch, db.conn)
    page = CallListPage(lambda: db)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    trends = TrendsPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(trends)
    trends.resize(1200, 700)

    def step(name: str, action, done=None) -> None:  # noqa: ANN001
        """Do it (until `done` is signalled, and the view has painted what arrived): the UI thread ran
        no statement that scans a large table or takes more than UI_STEP_BUDGET steps."""
        with watch.step() as ran:
            if done is None:
                action()
            else:
                with qtbot.waitSignal(done, timeout=60_000):
                    action()
            for _ in range(5):  # let the view paint (and read the rows of) what arrived
                qtbot.wait(25)
        ui = watch.on_ui_thread(ran)
        print(f"\n{name}: {len(ran) - len(ui)} statements on pool threads, {len(ui)} on the UI thread "
              f"(at most {max((s.steps for s in ui), default=0):,} steps)")
        problems = ui_thread_problems(watch, ran, big_db)
        assert not problems, f"{name}: the UI thread read a large table:\n" + "\n".join(problems)

    model = page.model
    step("open the list", page.reload, model.listReady)
    step("sort by status", lambda: model.sort(_column("status"), Qt.SortOrder.AscendingOrder), model.listReady)
    step("scroll to the last call", lambda: (page.table.scrollToTop(), page.table.scrollToBottom()))
    last = model.rowCount() - 1
    assert page.table.rowAt(page.table.viewport().height() - 5) in range(last - 40, last + 1)  # really at the end
    assert model.data(model.index(last, 0))  # and its rows were read
    step("search transcripts", lambda: (page.filter_bar.search.setText(""), page.filter_bar.search.setText("快递")),
         model.listReady)
    assert model.total() == 1
    assert "快递" in model.data(model.index(0, _column("match")))  # where it matched, read with the page
    step("clear the search", page.filter_bar.clear, model.listReady)
    step("sort by category, descending", lambda: model.sort(_column("category"), Qt.SortOrder.DescendingOrder),
         model.listReady)
    trends.set_range("2026-01-01", "2026-12-31")
    step("show the trends page", lambda: (trends.hide(), trends.show()), trends.refreshed)

    def per_agent_per_day() -> None:
        trends.group.setCurrentIndex(trends.group.findData("agent"))
        trends.period.setCurrentIndex(trends.period.findData("day"))
        trends.refresh()

    step("trends per agent, per day", per_agent_per_day, trends.refreshed)
    sampling = SamplingPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(sampling)
    sampling.date_from.setDate(QDate(2026, 1, 1))
    sampling.date_to.setDate(QDate(2026, 12, 31))
    sampling.use_random.setChecked(True)
    sampling.use_critical.setChecked(True)
    sampling.show()
    step("sample a year of calls", sampling.build, sampling.built)
    assert model.total() == N_CALLS
    assert trends.score_chart.series and trends.category_chart.bars
    assert sampling.model.rowCount() > 30_000  # 250 agents' weekly samples and every critical failure
    QApplication.processEvents()
    db.close()
