"""Review queue page: builds the sample from the on-screen plan and opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSettings

from qa_desktop.ui.sampling import SamplingPage
from tests.ui_synth import Spec, build


def test_sampling_page_builds_and_opens_the_queue(qtbot, tmp_path: Path) -> None:
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
    queue = page.build()
    assert [c.pk for c in queue] == [pks[1], pks[2]]
    assert page.table.rowCount() == 2 and page.table.item(0, 0).text() == "Z3001"
    assert page.count.text() == "2 calls to review"
    with qtbot.waitSignal(page.openCalls) as blocker:
        page.open_button.click()
    assert blocker.args[0] == [pks[1], pks[2]]
    again = SamplingPage(lambda: db, settings)  # the plan is remembered
    qtbot.addWidget(again)
    assert again.use_below.isChecked() and not again.use_random.isChecked() and again.below.value() == 60
    db.close()
