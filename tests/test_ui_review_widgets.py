"""The review widgets on their own: dialogue, waveform, scorecard, player keys.

Built from domain records (no database, no model) so each behaviour an
inspector relies on is checked directly: the line being played is highlighted,
clicking seeks, matched phrases are marked, overrides carry a comment.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QUrl  # noqa: E402

from qa_desktop.domain import (  # noqa: E402
    CallMeta,
    CallScore,
    Evidence,
    Metrics,
    Overlap,
    RuleResult,
    SectionScore,
    Silence,
    Transcript,
    Utterance,
)
from qa_desktop.ui.review.player import SPEEDS, AudioPlayer  # noqa: E402
from qa_desktop.ui.review.scorecard_panel import OverrideView, ScorecardPanel  # noqa: E402
from qa_desktop.ui.review.transcript_view import TranscriptView, mark_spans  # noqa: E402
from qa_desktop.ui.review.waveform import WaveformView, envelope  # noqa: E402

GREETING = "您好，欢迎致电，我是客服小王。"


def make_call() -> tuple[Transcript, CallScore]:
    utts = [
        Utterance("agent", 0.5, 3.0, GREETING),
        Utterance("customer", 3.4, 7.0, "你好，我的快递三天了还没到。"),
        Utterance("agent", 7.2, 10.0, "非常抱歉，请问您的订单号是多少？"),
        Utterance("customer", 10.5, 13.0, "订单号是123456。"),
    ]
    t = Transcript("/nonexistent/call.flac", 14.0, "zh", "stereo", utts,
                   Metrics(silences=[Silence(13.0, 14.0)], overlaps=[Overlap(3.2, 3.4, "customer", "agent")]),
                   CallMeta("900002", "Z3002", "T1", "2026-08-12"), content_hash="made-up-call",
                   channels=["agent", "customer"])
    ev = Evidence("agent", 0.5, 3.0, GREETING, "您好", 0, 2, 100.0, "您好", "exact")
    apology = Evidence("agent", 7.2, 10.0, utts[2].text, "抱歉", 2, 4, 100.0, "抱歉", "exact")
    results = [
        RuleResult("greeting", "Greeting", "opening", "pass", 10, 10, False, [ev], "greeted within 15 s"),
        RuleResult("self_intro", "Self introduction", "opening", "fail", 0, 10, True,
                   [Evidence("agent", 0.0, 15.0, note="no name or staff number in the first 15 s")], "no name"),
        RuleResult("apology", "Apology", "service", "pass", 10, 10, False, [apology], "apologised"),
    ]
    score = CallScore("zh-ecommerce", "1", "hash", 66.7,
                      [SectionScore("opening", "Opening", 50.0, 10, 20), SectionScore("service", "Service", 100, 10, 10)],
                      results, critical_failed=["self_intro"])
    return t, score


def test_mark_spans_merges_and_escapes() -> None:
    assert mark_spans("a<b>c", [(0, 1)]).endswith("&lt;b&gt;c")
    html = mark_spans("您好，欢迎", [(0, 2), (1, 3)])
    assert html.count("<span") == 1 and "您好，</span>" in html


def test_transcript_highlights_playing_line_and_seeks_on_click(qtbot) -> None:
    t, score = make_call()
    view = TranscriptView()
    qtbot.addWidget(view)
    view.show_transcript(t, [ev for r in score.results for ev in r.evidence])
    view.set_position(8.0)
    assert view.current_index() == 2
    assert "fff4c2" in view.html_for_line(2).lower()  # the current-line colour
    assert "fff4c2" not in view.html_for_line(1).lower()
    assert "您好</span>" in view.html_for_line(0)  # evidence span marked in the greeting
    assert "抱歉</span>" in view.html_for_line(2)
    with qtbot.waitSignal(view.seekRequested) as blocker:
        view.anchorClicked.emit(QUrl("utt:3"))
    assert blocker.args == [10.5]


def test_waveform_has_a_lane_per_speaker_and_click_seeks(qtbot) -> None:
    import numpy as np

    t, score = make_call()
    view = WaveformView()
    qtbot.addWidget(view)
    rate = 16000
    channels = [np.sin(np.linspace(0, 800, rate * 14)).astype("float32"), np.zeros(rate * 14, "float32")]
    view.show_call(t, channels, rate, evidence=[(ev, r.status) for r in score.results for ev in r.evidence])
    assert view.lanes() == ["agent", "customer"]
    with qtbot.waitSignal(view.seekRequested) as blocker:
        view.seek_to_x(6.25)
    assert blocker.args == [6.25]
    view.set_position(9.0)
    assert view.position() == pytest.approx(9.0)
    xs, ys = envelope(channels[0], rate, points=100)
    assert len(xs) == len(ys) and ys.max() == pytest.approx(1.0)


def test_scorecard_override_needs_a_comment_and_keeps_machine_verdict(qtbot) -> None:
    t, score = make_call()
    panel = ScorecardPanel()
    qtbot.addWidget(panel)
    panel.show_score(score)
    assert panel.score_label.text() == "67"
    assert panel.select_rule("self_intro")
    assert not panel.override_button.isEnabled()  # no comment yet
    panel.override_comment.setText("agent said the staff number at 0:02")
    assert panel.override_button.isEnabled()
    with qtbot.waitSignal(panel.overrideRequested) as blocker:
        panel.override_status.setCurrentIndex(panel.override_status.findData("pass"))
        qtbot.mouseClick(panel.override_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["self_intro", "pass", "agent said the staff number at 0:02"]

    # the screen hands back the effective score: the row shows machine → override
    from dataclasses import replace

    effective = replace(score, score=90.0, critical_failed=[],
                        results=[replace(r, status="pass", points=r.max_points) if r.rule == "self_intro" else r
                                 for r in score.results])
    panel.show_score(score, effective, [OverrideView("self_intro", "pass", "staff number said", "Li")],
                     keep_selection=True)
    assert panel.score_label.text() == "90"
    assert panel.selected_rule() == "self_intro"
    item = panel.tree.currentItem()
    assert item.text(1) == "Fail → Pass"
    assert "Machine verdict: Fail" in panel.reason_label.text()


def test_scorecard_evidence_click_seeks(qtbot) -> None:
    _, score = make_call()
    panel = ScorecardPanel()
    qtbot.addWidget(panel)
    panel.show_score(score)
    panel.select_rule("apology")
    item = panel.evidence_list.item(0)
    with qtbot.waitSignal(panel.seekRequested) as blocker:
        panel.evidence_list.itemClicked.emit(item)
    assert blocker.args == [7.2]


def test_player_speed_steps_and_virtual_seek(qtbot) -> None:
    player = AudioPlayer()
    player.load(None, 30.0)
    player.seek(12.0)
    assert player.position() == 12.0
    player.skip(-20.0)
    assert player.position() == 0.0
    player.seek(99.0)
    assert player.position() == 30.0
    for expected in SPEEDS[1:]:
        player.step_rate(1)
        assert player.rate() == expected
    player.step_rate(1)
    assert player.rate() == SPEEDS[-1]
    player.step_rate(-1)
    assert player.rate() == SPEEDS[-2]


def test_clicking_the_seek_slider_track_jumps_there(qtbot) -> None:
    from PySide6.QtCore import QPoint

    from qa_desktop.ui.review.player import PlayerBar

    player = AudioPlayer()
    bar = PlayerBar(player)
    qtbot.addWidget(bar)
    bar.resize(600, 40)
    bar.show()
    qtbot.waitExposed(bar)
    player.load(None, 100.0)
    slider = bar.slider
    y = slider.height() // 2
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(int(slider.width() * 0.75), y))
    assert player.position() == pytest.approx(75.0, abs=3.0)  # not one page step (10 %) from 0
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(int(slider.width() * 0.2), y))
    assert player.position() == pytest.approx(20.0, abs=3.0)
    assert slider.value() == int(player.position() * 1000)


def test_a_mono_call_has_one_lane_coloured_by_each_turns_speaker(qtbot) -> None:
    import copy

    import numpy as np

    from qa_desktop.ui.review.colors import SPEAKER_COLORS

    t, _ = make_call()
    mono = copy.deepcopy(t)
    mono.layout, mono.channels = "mono", []
    view = WaveformView()
    qtbot.addWidget(view)
    view.show_call(mono)  # before the audio is decoded …
    assert view.lanes() == ["mixed"]
    view.show_call(mono, [np.zeros(16000 * 14, "float32")])  # … and after: the same single lane
    assert view.lanes() == ["mixed"]
    colours = [c for _, _, c in view.speech_blocks("mixed")]
    assert colours == [SPEAKER_COLORS[u.speaker] for u in mono.utterances]  # agent blue, customer green
    for u in mono.utterances:  # without roles (as transcribed): one neutral colour
        u.speaker = "unknown"
    view.show_call(mono)
    assert {c for _, _, c in view.speech_blocks("mixed")} == {SPEAKER_COLORS["unknown"]}
