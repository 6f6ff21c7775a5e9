"""The call list, trends and sampling over a real SQLite file of 100,000 calls:
paging at any depth, SQL sorting, filters and full-text search, every call's
categories, and a window that never freezes for 100 ms (measured with a 20 ms
QTimer, as the import test does) while the list is sorted, searched and
scrolled to its end, the trend charts are drawn and a review sample is drawn."""

from __future__ import annotations

import copy
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from qa_desktop.domain import CategoryScore  # noqa: E402
from qa_desktop.storage import CallFilter, Database  # noqa: E402
from qa_desktop.ui.call_list_filters import CallFilterBar  # noqa: E402
from qa_desktop.ui.call_list_model import COLUMNS, PAGE_SIZE, CallListModel  # noqa: E402
from qa_desktop.ui.call_list_page import CallListPage  # noqa: E402
from qa_desktop.ui.sampling import SamplingPage  # noqa: E402
from tests.test_ui_review_widgets import make_call  # noqa: E402
from tests.ui_synth import GapMeter, grow, wait_for_list  # noqa: E402

PACK = SimpleNamespace(name="test-pack", content_hash="test-pack-hash", source="name: test\n", version="1",
                       language="zh", path="")
N_CALLS = 100_000
MAX_GAP_S = 0.1  # the bound for a blocked UI thread


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bigdb") / "calls.sqlite"
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
        db.save_call(t2, s2, PACK)
    grow(db, N_CALLS)
    db.close()
    return path


def _column(key: str) -> int:
    return [c.key for c in COLUMNS].index(key)


def test_rows_are_read_a_page_at_a_time_at_any_depth(qtbot, big_db: Path) -> None:
    db = Database.open(big_db)
    model = CallListModel(lambda: db)
    model.set_filters(CallFilter())
    wait_for_list(qtbot, model)
    assert model.total() == N_CALLS and model.rowCount() == N_CALLS  # the scroll bar is the whole list
    assert len(model._pages) == 0  # nothing read until a row is shown

    started = time.perf_counter()
    deepest = model.row_at(N_CALLS - 1)
    deep_ms = (time.perf_counter() - started) * 1000
    print(f"\nthe last page of {N_CALLS:,} calls: {deep_ms:.1f} ms on the UI thread")
    assert deepest is not None and deep_ms < 50
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


def test_the_window_never_freezes_at_100000_calls(qtbot, big_db: Path, tmp_path: Path) -> None:
    """Sorting by an unindexed column, searching, jumping to the last row and drawing every trend
    chart over 100,000 calls: the UI thread never stops answering for 100 ms."""
    from qa_desktop.ui.trends import TrendsPage

    db = Database.open(big_db)
    page = CallListPage(lambda: db)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    trends = TrendsPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(trends)
    trends.resize(1200, 700)
    meter = GapMeter()
    meter.start()
    steps: list[tuple[str, float, float]] = []

    def step(name: str, action, done=None, bound: float = MAX_GAP_S) -> None:  # noqa: ANN001
        """Do it (until `done` is signalled) and measure the longest freeze; on a loaded machine (other
        processes can take the CPU away for 100 ms) it is done and measured again, up to three times,
        and the shortest freeze counts."""
        best = (float("inf"), 0.0)
        for _ in range(3):
            meter.reset()
            if done is None:
                action()
            else:
                with qtbot.waitSignal(done, timeout=30_000):
                    action()
            for _ in range(5):  # let the view paint what arrived
                qtbot.wait(25)
            best = min(best, (meter.max_gap, meter.max_busy))
            if best[0] < bound:
                break
        steps.append((name, best[0] * 1000, best[1] * 1000))
        print(f"\n{name}: largest UI-thread gap {best[0] * 1000:.0f} ms (UI thread busy {best[1] * 1000:.0f} ms)")
        assert best[0] < bound, f"{name}: the window froze for {best[0] * 1000:.0f} ms"

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
    meter.stop()
    assert model.total() == N_CALLS
    assert trends.score_chart.series and trends.category_chart.bars
    assert sampling.model.rowCount() > 30_000  # 250 agents' weekly samples and every critical failure
    QApplication.processEvents()
    db.close()
