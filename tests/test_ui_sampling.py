"""Review queue page: builds the sample from the on-screen plan, and review walks
the sample in its own order (least sure first), not by date."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt

from qa_desktop.ui.sampling import SamplingPage
from tests.ui_synth import Spec, build, english, wait_for_list  # noqa: F401 - english: a fixture


def test_sampling_page_builds_and_opens_the_queue(qtbot, tmp_path: Path, english) -> None:
    db, pks = build(tmp_path / "qa.sqlite", [Spec("Z3001", "East", "2026-03-02", 90),
                                             Spec("Z3001", "East", "2026-03-03", 45, critical=True),
                                             Spec("Z3002", "West", "2026-03-03", 58)])
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = SamplingPage(lambda: db, settings)
    qtbot.addWidget(page)
    page.date_from.setDate(QDate(2026, 3, 1))
    page.date_to.setDate(QDate(2026, 3, 31))
    page.use_random.setChecked(False)
    page.use_critical.setChecked(True)
    page.use_below.setChecked(True)
    page.below.setValue(60)
    with qtbot.waitSignal(page.built, timeout=10_000):
        page.build()  # drawn on a pool thread
    assert [c.pk for c in page.queue] == [pks[1], pks[2]]
    assert page.model.rowCount() == 2 and page.model.text(0, 1) == "Z3001"
    assert page.model.text(0, 7) == "critical failure, low score" and page.model.text(1, 7) == "low score"
    assert page.count.text() == "2 calls to review"
    with qtbot.waitSignal(page.reviewCalls) as blocker:
        page.open_button.click()
    assert blocker.args == [[pks[1], pks[2]], 0]
    with qtbot.waitSignal(page.reviewCalls) as blocker:
        page.table.doubleClicked.emit(page.model.index(1, 0))
    assert blocker.args == [[pks[1], pks[2]], 1]
    again = SamplingPage(lambda: db, settings)  # the plan is remembered
    qtbot.addWidget(again)
    assert again.use_below.isChecked() and not again.use_random.isChecked() and again.below.value() == 60
    db.close()


def test_review_keeps_the_least_sure_first_order(qtbot, _isolated_home: Path) -> None:
    """Dates and confidences disagree on purpose: by date the order would be 0, 1, 2, 3."""
    from qa_desktop.ui.main_window import MainWindow
    from qa_desktop.ui.settings import AppSettings, open_settings

    db, pks = build(_isolated_home / "qa.sqlite", [Spec("Z3001", "East", "2026-03-02", 90, confidence=0.7),
                                                   Spec("Z3001", "East", "2026-03-03", 80, confidence=0.3),
                                                   Spec("Z3002", "West", "2026-03-04", 70, confidence=0.9),
                                                   Spec("Z3002", "West", "2026-03-05", 60, confidence=0.5)])
    settings = open_settings()
    s = AppSettings.load(settings)
    s.db_path, s.inspector = str(_isolated_home / "qa.sqlite"), "Li Na"
    s.save(settings)
    window = MainWindow(settings, db)
    qtbot.addWidget(window)
    window.show()
    page = window.sampling
    page.date_from.setDate(QDate(2026, 3, 1))
    page.date_to.setDate(QDate(2026, 3, 31))
    for box in (page.use_random, page.use_critical, page.use_below):
        box.setChecked(False)
    page.use_confidence.setChecked(True)
    page.confidence_n.setValue(10)
    with qtbot.waitSignal(page.built, timeout=10_000):
        page.build()
    sampled = [c.pk for c in page.queue]
    assert sampled == [pks[1], pks[3], pks[0], pks[2]]  # least sure first

    page.table.doubleClicked.emit(page.model.index(1, 0))  # the second call of the queue opens in review
    review = window.review
    assert window.calls_stack.currentWidget() is review and review.pk == sampled[1]
    seen = [review.pk]
    while review.next_button.isEnabled():
        review.go(1)
        seen.append(review.pk)
    assert seen == sampled[1:]
    review.go(-1)
    review.go(-1)
    review.go(-1)
    assert review.pk == sampled[0] and not review.prev_button.isEnabled()
    # the list behind review shows the queue in the same order, no column sorted
    model = window.calls.model
    assert [model.row_at(i).pk for i in range(model.rowCount())] == sampled
    assert window.calls.table.horizontalHeader().sortIndicatorSection() == -1
    # sorting by a column re-sorts these calls (and only these)
    score_col = 4
    window.calls.table.sortByColumn(score_col, window.calls.table.horizontalHeader().sortIndicatorOrder())
    wait_for_list(qtbot, model)
    assert sorted(model.pks()) == sorted(sampled) and model.pks() != sampled
    window.close()
    db.close()


def _page(qtbot, db, tmp_path: Path) -> SamplingPage:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = SamplingPage(lambda: db, settings)
    qtbot.addWidget(page)
    return page


def test_default_dates_follow_the_calls_not_the_calendar(qtbot, tmp_path: Path, english) -> None:
    """Calls from an archive of last March: the default range is the week up to the newest call, so
    Build gives a queue right away instead of an empty "last 7 days"."""
    db, pks = build(tmp_path / "qa.sqlite", [Spec("Z3001", "East", "2025-03-02", 90, critical=True),
                                             Spec("Z3001", "East", "2025-03-10", 45, critical=True),
                                             Spec("Z3002", "West", "2025-03-12", 58, confidence=0.42)])
    page = _page(qtbot, db, tmp_path)
    qtbot.waitUntil(lambda: page.date_to.date() == QDate(2025, 3, 12), timeout=10_000)
    assert page.date_from.date() == QDate(2025, 3, 6)
    assert page.date_from.text() == "3/6/2025"  # the locale's format
    page.use_random.setChecked(True)
    with qtbot.waitSignal(page.built, timeout=10_000):
        page.build()
    assert sorted(c.pk for c in page.queue) == [pks[1], pks[2]]
    row = next(i for i, c in enumerate(page.queue) if c.pk == pks[2])
    # the call id is shown, and the confidence is filled for every way of sampling (random here)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Call ID"
    assert page.model.text(row, 0) == "700002"
    assert page.model.headerData(6, Qt.Orientation.Horizontal) == "Confidence"
    assert all(page.model.text(i, 6) for i in range(page.model.rowCount()))
    assert page.model.text(row, 6) == "0.42"
    db.close()


def test_an_empty_queue_says_why(qtbot, tmp_path: Path, english) -> None:
    db, _ = build(tmp_path / "qa.sqlite", [Spec("Z3001", "East", "2025-03-02", 90),
                                           Spec("Z3001", "East", "2025-03-10", 95)])
    page = _page(qtbot, db, tmp_path)
    page.date_from.setDate(QDate(2026, 1, 1))  # the user picks dates that hold no call
    page.date_to.setDate(QDate(2026, 1, 31))
    page.use_random.setChecked(True)
    with qtbot.waitSignal(page.built, timeout=10_000):
        page.build()
    assert page.queue == []
    assert page.count.text() == ("No scored calls from 1/1/2026 to 1/31/2026. Your calls are dated 3/2/2025 to"
                                 " 3/10/2025: change From and To.")
    page.date_from.setDate(QDate(2025, 3, 1))
    page.use_random.setChecked(False)
    page.use_critical.setChecked(True)  # none failed a critical rule
    with qtbot.waitSignal(page.built, timeout=10_000):
        page.build()
    assert page.count.text() == "None of the 2 scored calls from 3/1/2025 to 1/31/2026 is picked by the ways to " \
                                "sample chosen."
    db.close()


def test_an_empty_database_says_to_import(qtbot, tmp_path: Path, english) -> None:
    db, _ = build(tmp_path / "qa.sqlite", [])
    page = _page(qtbot, db, tmp_path)
    with qtbot.waitSignal(page.built, timeout=10_000):
        page.build()
    assert page.count.text() == "No scored calls yet: import recordings first."
    db.close()
