"""Review queue page: builds the sample from the on-screen plan, and review walks
the sample in its own order (least sure first), not by date."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSettings

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
    assert page.model.rowCount() == 2 and page.model.text(0, 0) == "Z3001"
    assert page.model.text(0, 6) == "critical failure, low score" and page.model.text(1, 6) == "low score"
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
