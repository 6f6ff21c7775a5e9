"""The team workflow through the real widgets and a real SQLite file: a lead draws a plan,
signs off in bulk what the machine was sure of and assigns the rest; an inspector works
through "my queue" in review; an agent's dispute is entered in review and arbitrated on the
Disputes page (refused for the first reviewer); trends show dispute and overturn rates."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, Qt  # noqa: E402

from qa_desktop.storage import assignments, disputes  # noqa: E402
from qa_desktop.ui.disputes import DisputesPage  # noqa: E402
from qa_desktop.ui.settings import AppSettings, open_settings  # noqa: E402
from qa_desktop.ui.workload import WorkloadPage  # noqa: E402
from team_synth import build_team_db  # noqa: E402
from tests.test_ui_review_screen import enter_dispute  # noqa: E402
from tests.ui_synth import chinese, english, wait_for_list, wait_for_trends  # noqa: E402, F401 - fixtures


def as_user(settings, name: str, role: str) -> None:
    s = AppSettings.load(settings)
    s.inspector, s.role = name, role
    s.save(settings)


def test_lead_plans_signs_off_in_bulk_and_assigns_then_an_inspector_works_her_queue(
        qtbot, _isolated_home: Path, english) -> None:
    from qa_desktop.ui.main_window import MainWindow

    db, pks, _ = build_team_db(_isolated_home / "calls", _isolated_home / "team.sqlite")
    settings = open_settings()
    s = AppSettings.load(settings)
    s.db_path = str(_isolated_home / "team.sqlite")
    s.save(settings)
    as_user(settings, "陈组长", "lead")
    window = MainWindow(settings, db)
    qtbot.addWidget(window)
    window.show()
    page: WorkloadPage = window.workload
    window.sidebar.setCurrentRow(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    assert page.draw_button.isEnabled() and not page.lead_hint.isVisible()

    page.plan.setCurrentIndex(page.plan.findData("critical_first"))
    page.per_week.setValue(2)
    page.date_from.setDate(QDate(2026, 8, 1))
    page.date_to.setDate(QDate(2026, 8, 31))
    page.confidence.setValue(0.9)
    with qtbot.waitSignal(page.drawn, timeout=10_000):
        qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
    assert page.drawn_pks[0] == pks[2] and sorted(page.drawn_pks) == sorted(pks)  # the critical failure first
    assert page.sure_pks == [pks[3], pks[5]]
    assert page.drawn_label.text() == "6 calls to review; the machine is sure of 2"

    with qtbot.waitSignal(page.drawn, timeout=10_000):  # signed off, then the plan is drawn again
        qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "2 calls signed off as a bulk machine-confidence sign-off by 陈组长"
    assert [db.load_call(pk).reviews[-1].action for pk in (pks[3], pks[5])] == [assignments.BULK_ACTION] * 2
    assert len(page.drawn_pks) == 4

    page.inspectors.setText("王芳，李娜")  # a full-width comma, as typed with a Chinese input method
    with qtbot.waitSignal(page.drawn, timeout=10_000):
        qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "4 calls assigned (王芳 2, 李娜 2)"
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    table = [[page.table.item(r, c).text() for c in range(4)] for r in range(page.table.rowCount())]
    assert table == [["李娜", "2", "0", "2"], ["王芳", "2", "0", "2"]]
    queue = assignments.queue_of(db, "王芳")
    assert queue[0] == pks[2]  # her queue keeps the plan's order: the critical failure first

    # 王芳 at the same database: her queue, in review, in its order
    as_user(settings, "王芳", "inspector")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert page.my_label.text() == "My queue (王芳): 2 calls left"
    assert not page.assign_button.parentWidget().isEnabled() and page.lead_hint.isVisible()
    qtbot.mouseClick(page.my_button, Qt.MouseButton.LeftButton)
    review = window.review
    assert window.calls_stack.currentWidget() is review and review.pk == queue[0]
    wait_for_list(qtbot, window.calls.model)
    assert window.calls.model.pks() == queue
    review.scorecard.signoff_comment.setText("听过了")
    qtbot.mouseClick(review.scorecard.signoff_button, Qt.MouseButton.LeftButton)
    assert db.load_call(queue[0]).reviews[-1].inspector == "王芳"
    window.sidebar.setCurrentRow(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.my_label.text() == "My queue (王芳): 1 call left", timeout=10_000)
    rows = {page.table.item(r, 0).text(): page.table.item(r, 2).text() for r in range(page.table.rowCount())}
    assert rows == {"李娜": "0", "王芳": "1"}
    actors = {(e["actor"], e["action"]) for e in db.audit_log()}
    assert {("陈组长", "assign"), ("陈组长", "bulk_machine_sign_off"), ("王芳", "sign_off")} <= actors
    window.close()
    db.close()


def test_no_name_no_assignment(qtbot, tmp_path: Path, english) -> None:
    db, pks, _ = build_team_db(tmp_path)
    settings = open_settings()
    as_user(settings, "", "lead")
    page = WorkloadPage(lambda: db, settings)
    qtbot.addWidget(page)
    page.drawn_pks = list(pks)
    page.inspectors.setText("王芳")
    page.assign()
    assert "Set your name in Settings first" in page.message.text()
    assert assignments.workload(db) == []
    db.close()


def test_dispute_entered_in_review_and_arbitrated_by_someone_else(qtbot, _isolated_home: Path, english) -> None:
    from qa_desktop.ui.main_window import MainWindow
    from qa_desktop.ui.trends import TrendsPage

    db, pks, _ = build_team_db(_isolated_home / "calls", _isolated_home / "team.sqlite")
    settings = open_settings()
    s = AppSettings.load(settings)
    s.db_path = str(_isolated_home / "team.sqlite")
    s.save(settings)
    as_user(settings, "王芳", "inspector")
    window = MainWindow(settings, db)
    qtbot.addWidget(window)
    window.show()
    window.open_call(pks[0])  # verify failed: 66.7
    review = window.review
    review.scorecard.signoff_comment.setText("ok")
    qtbot.mouseClick(review.scorecard.signoff_button, Qt.MouseButton.LeftButton)

    as_user(settings, "陈组长", "lead")  # the lead enters the agent's dispute
    review.scorecard.select_rule("verify")
    enter_dispute(review, "我核实过订单号")
    qtbot.mouseClick(review.scorecard.dispute_button, Qt.MouseButton.LeftButton)
    assert db.load_call(pks[0]).status == "disputed"

    page: DisputesPage = window.disputes
    as_user(settings, "王芳", "arbitrator")  # the first reviewer may not arbitrate
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        window.sidebar.setCurrentRow(window.pages.indexOf(page))
    assert page.model.rowCount() == 1 and page.count.text() == "1 open dispute"
    assert [page.model.text(0, c) for c in (1, 2, 4, 5, 6, 7, 8)] == [
        "Z3001", "East", "核实订单", "Fail", "我核实过订单号", "陈组长", "王芳"]
    assert page.team.itemText(1) == "East (1)"
    page.table.selectRow(0)
    page.outcome.setCurrentIndex(page.outcome.findData("overturned"))
    page.comment.setText("录音里坐席核实了订单号")
    with qtbot.waitSignal(page.decided) as refused:
        qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    assert refused.args[0] == ("dispute #1: 王芳 reviewed this call first; an arbitrator other than the first "
                               "reviewer must decide the dispute")
    assert disputes.get(db, 1).state == "open" and db.load_call(pks[0]).effective.score == pytest.approx(66.7)

    as_user(settings, "周仲裁", "arbitrator")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == ("Dispute overturned by 周仲裁: the verdict is now Pass and the call's score "
                                   "recomputed.")
    assert page.model.rowCount() == 0 and page.count.text() == "0 open disputes"
    call = db.load_call(pks[0])
    assert call.effective.score == 100.0 and call.status == "reviewed"
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.state.setCurrentIndex(page.state.findData("decided"))
    assert page.model.text(0, 9) == "Overturned · 周仲裁"

    with qtbot.waitSignal(page.openCalls) as opened:  # listen again from the list
        page.table.selectRow(0)
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [[pks[0]]] and review.pk == pks[0]
    assert "dispute overturned" in review.scorecard.history_label.text()

    trends: TrendsPage = window.trends
    trends.set_range("2026-08-01", "2026-08-31")
    wait_for_trends(qtbot, trends)
    view = trends.disputes
    assert view.table.rowCount() == 1
    assert [view.table.item(0, c).text() for c in range(7)] == ["核实订单", "6", "1", "16.7 %", "1", "1", "100.0 %"]
    trends.tabs.setCurrentWidget(view)
    assert trends.export_png(_isolated_home / "disputes.png").stat().st_size > 0
    window.close()
    db.close()


def test_refusals_and_pages_in_chinese(qtbot, tmp_path: Path, chinese) -> None:
    from qa_desktop.errors import StorageError
    from qa_desktop.ui.team import team_error_text

    db, pks, _ = build_team_db(tmp_path)
    db.sign_off(pks[0], "王芳")
    d = disputes.open_dispute(db, pks[0], "verify", "核实过", entered_by="陈组长")
    with pytest.raises(StorageError) as refused:
        disputes.decide(db, d.id, "upheld", "维持", arbitrator="王芳")
    assert team_error_text(refused.value) == "dispute #1：王芳 是这通电话的初审人；申诉须由初审人以外的仲裁人裁决"
    settings = open_settings()
    as_user(settings, "陈组长", "lead")
    page = DisputesPage(lambda: db, settings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert page.count.text() == "1 条待裁决申诉" and page.model.text(0, 5) == "未通过"
    workload = WorkloadPage(lambda: db, settings)
    qtbot.addWidget(workload)
    assert workload.plan.itemText(workload.plan.findData("critical_first")) == "关键项失败优先"
    db.close()
