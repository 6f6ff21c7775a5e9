"""The review screen over a real database, rule pack and scoring engine (no
Whisper: the transcript is built by hand): override with a comment updates
the score at once and keeps the machine verdict; sign-off and disputes are
stored with the inspector's name."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QTimer  # noqa: E402

from qa_desktop.rules import default_pack_for  # noqa: E402
from qa_desktop.scoring import score  # noqa: E402
from qa_desktop.storage import Database, disputes  # noqa: E402
from qa_desktop.ui.review.review_screen import ReviewScreen  # noqa: E402
from qa_desktop.ui.settings import open_settings  # noqa: E402
from tests.test_ui_review_widgets import make_call  # noqa: E402


@pytest.fixture
def stored(_isolated_home: Path) -> tuple[Database, int]:
    db = Database.open(_isolated_home / "qa.sqlite")
    t, _ = make_call()
    pack = default_pack_for("zh")
    pk = db.save_call(t, score(t, pack), pack)
    return db, pk


def test_override_sign_off_and_dispute(qtbot, stored: tuple[Database, int]) -> None:
    db, pk = stored
    settings = open_settings()
    settings.setValue("review/inspector", "Chen Jing")
    screen = ReviewScreen(lambda: db, settings)
    qtbot.addWidget(screen)
    changed: list[int] = []
    screen.callChanged.connect(changed.append)
    assert screen.open_call(pk)
    machine = db.load_call(pk).machine
    panel = screen.scorecard
    assert panel.score_label.text() == f"{machine.score:.0f}"
    assert "Recording not found" in screen.player_bar.notice.text()  # audio moved: review still works

    failed = next(r for r in machine.results if r.status == "fail")
    panel.select_rule(failed.rule)
    panel.override_status.setCurrentIndex(panel.override_status.findData("pass"))
    panel.override_comment.setText("closing question was asked, ASR missed it")
    qtbot.mouseClick(panel.override_button, Qt.MouseButton.LeftButton)

    call = db.load_call(pk)
    assert call.effective.result(failed.rule).status == "pass"
    assert call.machine.result(failed.rule).status == "fail"  # the machine verdict is kept
    assert call.effective.score > machine.score
    assert panel.score_label.text() == f"{call.effective.score:.0f}"  # on screen at once
    assert panel.tree.currentItem().text(1) == "Fail → Pass"
    assert call.overrides[0].inspector == "Chen Jing" and "ASR missed it" in call.overrides[0].comment
    assert changed == [pk]

    panel.signoff_comment.setText("ok")
    qtbot.mouseClick(panel.signoff_button, Qt.MouseButton.LeftButton)
    call = db.load_call(pk)
    assert call.status == "reviewed"
    assert (call.reviews[-1].action, call.reviews[-1].inspector, call.reviews[-1].comment) == (
        "sign_off", "Chen Jing", "ok")
    assert "Reviewed" in panel.status_label.text()

    # the agent disputes the overridden verdict: entered from review, against that rule, with the reason
    panel.select_rule(failed.rule)
    enter_dispute(screen, "the agent says the closing was fine")
    qtbot.mouseClick(panel.dispute_button, Qt.MouseButton.LeftButton)
    call = db.load_call(pk)
    assert call.status == "disputed" and call.reviews[-1].action == "dispute_opened"
    dispute = disputes.list_disputes(db)[0]
    assert (dispute.rule, dispute.verdict, dispute.reason, dispute.entered_by, dispute.first_reviewer) == (
        failed.rule, "pass", "the agent says the closing was fine", "Chen Jing", "Chen Jing")
    assert "Disputed" in panel.status_label.text() and "dispute entered" in panel.history_label.text()


def enter_dispute(screen: ReviewScreen, reason: str) -> None:
    """Fill in and accept the dispute dialog the next click opens (it is modal)."""
    def fill() -> None:
        dialog = screen.dispute_dialog
        dialog.reason.setPlainText(reason)
        dialog.accept()

    QTimer.singleShot(0, fill)


def test_override_without_comment_is_not_possible(qtbot, stored: tuple[Database, int]) -> None:
    db, pk = stored
    screen = ReviewScreen(lambda: db, open_settings())
    qtbot.addWidget(screen)
    screen.open_call(pk)
    screen.scorecard.select_rule("greeting")
    assert not screen.scorecard.override_button.isEnabled()
    screen.scorecard.override_comment.setText("   ")
    assert not screen.scorecard.override_button.isEnabled()
    assert db.load_call(pk).overrides == []
