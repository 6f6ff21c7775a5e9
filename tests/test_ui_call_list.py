"""The call list over a real SQLite file: lazy paging, SQL sorting, filters and
full-text search, with 100,000 stored calls."""

from __future__ import annotations

import copy
from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QModelIndex, Qt  # noqa: E402

from qa_desktop.storage import CallFilter, Database  # noqa: E402
from qa_desktop.ui.call_list_filters import CallFilterBar  # noqa: E402
from qa_desktop.ui.call_list_model import COLUMNS, PAGE_SIZE, CallListModel  # noqa: E402
from tests.test_ui_review_widgets import make_call  # noqa: E402

PACK = SimpleNamespace(name="test-pack", content_hash="test-pack-hash", source="name: test\n", version="1",
                       language="zh", path="")
N_CALLS = 100_000


def _clone_calls(db: Database, total: int) -> None:
    """Grow the database to `total` calls by copying the stored ones in SQL (fast, same shape)."""
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
               c.status, c.score_id, c.created_at, c.updated_at
        FROM n JOIN calls c ON c.id = 1""", (total - have,))
    conn.execute(
        """INSERT INTO call_summary (call_pk, score_id, date, week, month, agent, team, score, machine_score,
                                     n_critical, category, status, duration)
        SELECT c.id, c.score_id, c.date, c.date, substr(c.date, 1, 7), c.agent, c.team,
               (c.id * 37) % 101, (c.id * 37) % 101, c.id % 3 = 0, 'other', c.status, c.duration
        FROM calls c WHERE c.id NOT IN (SELECT call_pk FROM call_summary)""")
    conn.execute("COMMIT")


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bigdb") / "calls.sqlite"
    db = Database.open(path)
    t, score = make_call()
    for i, text in enumerate(["我要退款，东西质量太差了", "快递什么时候到", "I want a refund for the shoes"]):
        t2, s2 = copy.deepcopy(t), copy.deepcopy(score)
        t2.content_hash = f"seed-{i}"
        t2.file = f"/calls/seed{i}.flac"
        t2.utterances[1].text = text
        t2.meta.agent = "SEED"
        db.save_call(t2, s2, PACK)
    _clone_calls(db, N_CALLS)
    db.close()
    return path


def test_model_loads_lazily_and_sorts_in_sql(qtbot, big_db: Path) -> None:
    db = Database.open(big_db)
    model = CallListModel(lambda: db)
    model.set_filters(CallFilter())
    assert model.total() == N_CALLS
    assert model.rowCount() == PAGE_SIZE  # one page, not 100,000 rows
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE

    score_col = [c.key for c in COLUMNS].index("score")
    model.sort(score_col, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE_SIZE
    top = [model.row_at(i).score for i in range(PAGE_SIZE)]
    assert top == sorted(top, reverse=True) and top[0] == 100
    model.sort(score_col, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0).score == 0
    assert model.data(model.index(0, score_col)) == "0"

    # next/previous in the list crosses page boundaries by fetching the next page
    last = model.row_at(PAGE_SIZE - 1).pk
    following = model.neighbour(last, 1)
    assert following is not None and model.rowCount() == 2 * PAGE_SIZE
    assert model.neighbour(model.row_at(0).pk, -1) is None
    db.close()


def test_filters_and_full_text_search(qtbot, big_db: Path) -> None:
    db = Database.open(big_db)
    model = CallListModel(lambda: db)
    bar = CallFilterBar()
    qtbot.addWidget(bar)
    bar.filtersChanged.connect(model.set_filters)

    with qtbot.waitSignal(bar.filtersChanged, timeout=3000):
        bar.search.setText("退款")
    assert model.total() == 1
    assert model.row_at(0).agent == "SEED"

    bar.search.clear()
    with qtbot.waitSignal(bar.filtersChanged, timeout=3000):
        bar.agent.setText("A007")
    assert 0 < model.total() < N_CALLS
    assert all(model.row_at(i).agent == "A007" for i in range(model.rowCount()))

    with qtbot.waitSignal(bar.filtersChanged, timeout=3000):
        bar.score_min.setValue(95)
    assert all(model.row_at(i).score >= 95 for i in range(model.rowCount()))
    with qtbot.waitSignal(bar.filtersChanged, timeout=3000):
        bar.clear()
    assert model.total() == N_CALLS
    db.close()
