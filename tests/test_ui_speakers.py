"""The inspector corrects who spoke on a mono call through the review screen's real widgets:
the Swap voices button, and a dialogue line's "Who said this?" menu. The call is re-scored at
once, and the dialogue, the waveform lane colours and the evidence rows follow."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from speakers_synth import mono_call  # noqa: E402

from qa_desktop.rules import default_pack_for  # noqa: E402
from qa_desktop.scoring import score  # noqa: E402
from qa_desktop.storage import Database  # noqa: E402
from qa_desktop.ui.review.colors import SPEAKER_COLORS  # noqa: E402
from qa_desktop.ui.review.review_screen import ReviewScreen  # noqa: E402
from qa_desktop.ui.settings import open_settings  # noqa: E402


@pytest.fixture
def screen(qtbot, _isolated_home: Path) -> tuple[ReviewScreen, Database, int]:
    db = Database.open(_isolated_home / "qa.sqlite")
    t = mono_call(middle="我也没办法，你自己去查。")
    pack = default_pack_for("zh")
    pk = db.save_call(t, score(t, pack), pack)
    settings = open_settings()
    settings.setValue("review/inspector", "Chen Jing")
    view = ReviewScreen(lambda: db, settings)
    qtbot.addWidget(view)
    assert view.open_call(pk)
    return view, db, pk


def evidence_rows(view: ReviewScreen, rule: str) -> list[str]:
    view.scorecard.select_rule(rule)
    rows = view.scorecard.evidence_list
    return [rows.item(i).text() for i in range(rows.count())]


def test_mono_roles_show_in_the_dialogue_waveform_and_evidence(screen) -> None:
    view, db, pk = screen
    assert view.swap_button.isVisibleTo(view)
    line = view.transcript_view.html_for_line(1)
    assert "Agent" in line and "by voice, 9" in line  # named by voice, with how sure
    assert "Customer" in view.transcript_view.html_for_line(0)
    colours = [c for _, _, c in view.waveform.speech_blocks("mixed")]
    assert colours == [SPEAKER_COLORS["customer"], SPEAKER_COLORS["agent"]] * 4
    rows = evidence_rows(view, "forbidden_phrases")
    assert rows and "Agent" in rows[0] and "the agent's voice" in rows[0]


def test_swap_voices_button_rescores_and_redraws(qtbot, screen) -> None:
    view, db, pk = screen
    before = view.scorecard.score_label.text()
    qtbot.mouseClick(view.swap_button, Qt.MouseButton.LeftButton)
    call = db.load_call(pk)
    assert [u.speaker for u in call.transcript.utterances] == ["agent", "customer"] * 4
    assert view.scorecard.score_label.text() == f"{call.effective.score:.0f}" != before
    assert "set by inspector" in view.transcript_view.html_for_line(0)
    assert "Agent" in view.transcript_view.html_for_line(0)
    colours = [c for _, _, c in view.waveform.speech_blocks("mixed")]
    assert colours == [SPEAKER_COLORS["agent"], SPEAKER_COLORS["customer"]] * 4
    assert any(e["subject"] == "swap voices" for e in db.audit_log(pk))


def test_a_lines_menu_sets_that_turns_speaker(qtbot, screen) -> None:
    view, db, pk = screen
    menu = view.transcript_view.speaker_menu(5)
    actions = {a.data(): a for a in menu.actions() if a.data()}
    assert actions["agent"].isChecked() and not actions["customer"].isChecked()
    actions["customer"].trigger()
    call = db.load_call(pk)
    assert call.transcript.utterances[5].speaker == "customer"
    assert call.machine.result("forbidden_phrases").status == "pass"
    assert "Customer" in view.transcript_view.html_for_line(5)
    assert view.scorecard.score_label.text() == f"{call.effective.score:.0f}"
    assert "Chen Jing · speakers corrected" in view.scorecard.history_label.text()


def test_a_stereo_call_offers_no_speaker_correction(qtbot, _isolated_home: Path) -> None:
    from tests.test_ui_review_widgets import make_call

    db = Database.open(_isolated_home / "stereo.sqlite")
    t, _ = make_call()
    pack = default_pack_for("zh")
    pk = db.save_call(t, score(t, pack), pack)
    view = ReviewScreen(lambda: db, open_settings())
    qtbot.addWidget(view)
    assert view.open_call(pk)
    assert not view.swap_button.isVisibleTo(view)
    assert not [a for a in view.transcript_view.speaker_menu(0).actions() if a.data()]
    assert "by voice" not in view.transcript_view.html_for_line(0)
