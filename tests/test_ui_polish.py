"""The rough edges a first week of use found (issue 14, desktop app): checked on the real widgets, the
way an inspector would read them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from qa_desktop.domain import RuleResult  # noqa: E402
from qa_desktop.paths import rules_dir  # noqa: E402
from qa_desktop.rules import load_pack  # noqa: E402
from qa_desktop.rules.informational import is_informational  # noqa: E402
from qa_desktop.ui.review.colors import EVIDENCE_FAIL, EVIDENCE_PASS, STATUS_COLORS  # noqa: E402
from qa_desktop.ui.review.player import AudioPlayer, PlayerBar  # noqa: E402
from qa_desktop.ui.review.scorecard_panel import ScorecardPanel  # noqa: E402
from qa_desktop.ui.review.waveform import WaveformLegend  # noqa: E402
from tests.test_ui_review_widgets import make_call  # noqa: E402
from tests.ui_synth import english  # noqa: E402,F401 - a fixture

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample_calls"


def _informational_call():
    t, score = make_call()
    problem = RuleResult("customer_problem", "客户反映问题", "service", "fail", 0.0, 0.0, False, [],
                         "no complaint heard")
    return t, replace(score, results=[*score.results, problem])


def test_an_informational_rule_reads_found_or_not_found_not_fail(qtbot, english) -> None:
    _, score = _informational_call()
    assert is_informational(score.results[-1]) and not is_informational(score.results[1])  # critical, 10 pts
    panel = ScorecardPanel()
    qtbot.addWidget(panel)
    panel.show_score(score)
    assert panel.select_rule("customer_problem")
    item = panel.tree.currentItem()
    assert (item.text(1), item.text(2)) == ("Not found", "not scored")
    assert item.foreground(1).color() != QColor(STATUS_COLORS["fail"])  # not painted as a failure
    assert "Machine verdict: Not found" in panel.reason_label.text()
    found = replace(score, results=[replace(r, status="pass") if r.rule == "customer_problem" else r
                                    for r in score.results])
    panel.show_score(found)
    panel.select_rule("customer_problem")
    assert panel.tree.currentItem().text(1) == "Found"
    panel.select_rule("self_intro")  # a scored rule still passes or fails
    assert panel.tree.currentItem().text(1) == "Fail"


def test_the_rules_page_says_an_informational_rule_is_not_scored(qtbot, english) -> None:
    from qa_desktop.ui.rules_page.pack_tree import PackTree

    pack = load_pack(rules_dir() / "zh-ecommerce.yaml")
    assert is_informational(next(r for r in pack.rules if r.id == "customer_problem"))
    tree = PackTree()
    qtbot.addWidget(tree)
    tree.show_pack(pack)
    assert tree.rule_item("customer_problem").text(1) == "not scored: found / not found"
    assert tree.rule_item("greeting").text(1).endswith("pts")


def test_the_waveform_strip_has_a_legend(qtbot, english) -> None:
    legend = WaveformLegend()
    qtbot.addWidget(legend)
    assert legend.labels()[:2] == ["rule passed here (evidence)", "rule failed here (evidence)"]
    text = legend.text()
    r, g, b, _ = EVIDENCE_PASS
    assert f"rgba({r},{g},{b}" in text  # the swatch is the strip's own green …
    r, g, b, _ = EVIDENCE_FAIL
    assert f"rgba({r},{g},{b}" in text  # … and red
    assert "talking over each other" in text and "silence" in text


def test_play_without_an_audio_device_says_so(qtbot, english) -> None:
    """The offscreen test machine has no sound card: pressing play must say there is nothing to hear."""
    player = AudioPlayer()
    if not player.available:
        pytest.skip("Qt Multimedia is not installed")
    if player.has_output_device():
        pytest.skip("this machine has an audio output device")
    bar = PlayerBar(player)
    qtbot.addWidget(bar)
    bar.show()
    player.load(SAMPLE / sorted(p.name for p in SAMPLE.iterdir() if p.suffix == ".wav")[0], 10.0)
    assert not bar.notice.isVisible()
    with qtbot.waitSignal(player.noOutputDevice, timeout=2000):
        bar.play_button.click()
    assert bar.notice.isVisible()
    assert bar.notice.text().startswith("No sound: this computer has no audio output device")
    player.clear()
