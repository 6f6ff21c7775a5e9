"""The rough edges a first week of use found (issue 14, desktop app): checked on the real widgets, the
way an inspector would read them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from qa_desktop.domain import Evidence, RuleResult  # noqa: E402
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
    heard = Evidence("customer", 3.4, 7.0, "你好，我的快递三天了还没到。", "还没到", 10, 13, 100.0, "还没到", "fuzzy")
    found = replace(score, results=[replace(r, status="pass", evidence=[heard]) if r.rule == "customer_problem"
                                    else r for r in score.results])
    panel.show_score(found)
    panel.select_rule("customer_problem")
    assert panel.tree.currentItem().text(1) == "Found"
    # on the waveform strip its evidence is "found here" (blue), not a passed rule (green)
    assert (heard, "info") in panel.all_evidence() and (heard, "pass") not in panel.all_evidence()
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
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(text)
    shown = doc.toPlainText().replace("\xa0", " ")  # what the label reads
    for label in ("rule passed here (evidence)", "rule failed here (evidence)", "silence", "talking over each other"):
        assert label in shown


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
    assert bar.notice.text().startswith("Cannot play: this computer has no audio output device")
    qtbot.wait(300)
    assert not player.is_playing() and player.position() == 0.0  # no play head moving in silence
    player.clear()


def _window(qtbot, home: Path):
    import copy

    from tests.test_ui_app import PACK, _settings
    from qa_desktop.storage import Database
    from qa_desktop.ui.main_window import MainWindow
    from tests.ui_synth import wait_for_list

    db = Database.open(home / "qa.sqlite")
    t, score = make_call()
    for i in range(2):
        t2 = copy.deepcopy(t)
        t2.content_hash = f"w{i}"
        t2.meta.call_id = f"90000{i}"
        db.save_call(t2, copy.deepcopy(score), PACK)
    window = MainWindow(_settings(home), db)
    qtbot.addWidget(window)
    window.show()
    wait_for_list(qtbot, window.calls.model)
    return window, db


def _click_sidebar(qtbot, window, row: int) -> None:
    from PySide6.QtCore import Qt

    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_sidebars_calls_entry_leaves_a_review(qtbot, _isolated_home: Path, english) -> None:
    window, db = _window(qtbot, _isolated_home)
    window.open_call(window.calls.model.row_at(0).pk)
    assert window.calls_stack.currentWidget() is window.review
    _click_sidebar(qtbot, window, 0)  # "Calls", already the current entry
    assert window.calls_stack.currentWidget() is window.calls
    window.open_call(window.calls.model.row_at(0).pk)
    _click_sidebar(qtbot, window, 1)  # Trends, then back to Calls: the list, not the review left open
    assert window.pages.currentIndex() == 1
    _click_sidebar(qtbot, window, 0)
    assert window.pages.currentIndex() == 0 and window.calls_stack.currentWidget() is window.calls
    window.close()
    db.close()


@pytest.mark.parametrize("lang, calls, product", [("en", "Calls", "QA Desktop"),
                                                   ("zh_CN", "通话", "QA Desktop 通话质检")])
def test_the_window_title_names_the_page_and_the_product_once(qtbot, _isolated_home: Path, qapp, lang, calls,
                                                              product) -> None:
    from qa_desktop.ui.i18n import install_translator

    install_translator(qapp, lang)
    try:
        window, db = _window(qtbot, _isolated_home)
        assert window.full_title() == f"{calls} — {product}"
        window.open_call(window.calls.model.row_at(0).pk)
        title = window.full_title()
        assert "900000" in title or "900001" in title  # the call under review
        assert title.count("QA Desktop") == 1
        window.show_list()
        assert window.full_title() == f"{calls} — {product}"
        _click_sidebar(qtbot, window, 1)
        assert window.full_title().endswith(f" — {product}") and window.full_title().count("QA Desktop") == 1
        window.close()
        db.close()
    finally:
        install_translator(qapp, "en")


@pytest.mark.parametrize("lang, written", [("en", "3/2/2026"), ("zh_CN", "2026/3/2")])
def test_one_date_format_on_every_page(qtbot, tmp_path: Path, qapp, lang, written) -> None:
    """The same day reads the same in the call list, the review queue, the review screen, the trend
    charts' axis and tooltips: the UI locale's short date, with the full year."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    from qa_desktop.ui.call_list_model import COLUMNS
    from qa_desktop.ui.call_list_page import CallListPage
    from qa_desktop.ui.i18n import install_translator
    from qa_desktop.ui.review.review_screen import ReviewScreen
    from qa_desktop.ui.sampling import SamplingPage
    from qa_desktop.ui.trends.plotting import LocaleDateAxis, fmt_period
    from tests.ui_synth import Spec, build, wait_for_list

    install_translator(qapp, lang)
    try:
        db, pks = build(tmp_path / "qa.sqlite", [Spec("Z3001", "East", "2026-03-02", 50.0, critical=True)])
        calls = CallListPage(lambda: db)
        qtbot.addWidget(calls)
        calls.reload()
        wait_for_list(qtbot, calls.model)
        date_col = [c.key for c in COLUMNS].index("date")
        assert calls.model.data(calls.model.index(0, date_col)) == written
        assert calls.filter_bar.date_from.displayFormat() in ("M/d/yyyy", "yyyy/M/d")

        sampling = SamplingPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(sampling)
        qtbot.waitUntil(lambda: sampling.date_to.date() == QDate(2026, 3, 2), timeout=10_000)
        assert sampling.date_to.text() == written
        sampling.use_critical.setChecked(True)
        with qtbot.waitSignal(sampling.built, timeout=10_000):
            sampling.build()
        assert sampling.model.text(0, 3) == written

        review = ReviewScreen(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(review)
        review.open_call(pks[0])
        assert written in review.title_label.text()

        axis = LocaleDateAxis(orientation="bottom")
        day = QDateTime(QDate(2026, 3, 2), QTime(0, 0)).toSecsSinceEpoch()
        assert axis.tickStrings([day], 1.0, 7 * 86400) == [written]
        assert fmt_period("week", "2026-03-02") == written
        db.close()
    finally:
        install_translator(qapp, "en")


def test_a_search_shows_where_each_call_matched(qtbot, tmp_path: Path, english) -> None:
    import copy

    from qa_desktop.storage import Database
    from qa_desktop.ui.call_list_model import MATCH_COLUMN, CallListModel
    from qa_desktop.ui.call_list_page import CallListPage
    from tests.test_ui_app import PACK
    from tests.ui_synth import wait_for_list

    db = Database.open(tmp_path / "qa.sqlite")
    t, score = make_call()
    lines = ["你好，我上周买的鞋子想申请退款，可以吗", "I would like a refund for the shoes I bought last week, please",
             "快递什么时候到"]
    for i, line in enumerate(lines):
        t2 = copy.deepcopy(t)
        t2.content_hash = f"s{i}"
        t2.utterances[3].text = line
        db.save_call(t2, copy.deepcopy(score), PACK)
    page = CallListPage(lambda: db)
    qtbot.addWidget(page)
    page.resize(1300, 500)
    page.show()
    page.reload()
    wait_for_list(qtbot, page.model)
    assert page.table.isColumnHidden(MATCH_COLUMN)  # nothing searched: no empty column
    with qtbot.waitSignal(page.model.listReady, timeout=5000):
        page.filter_bar.search.setText("退款")
    model = page.model
    assert model.total() == 1 and not page.table.isColumnHidden(MATCH_COLUMN)
    assert model.headerData(MATCH_COLUMN, Qt.Orientation.Horizontal) == "Where the search matched"
    shown = model.data(model.index(0, MATCH_COLUMN))
    assert "想申请退款" in shown  # the Chinese reads as written, not as the index spaces it
    html = model.data(model.index(0, MATCH_COLUMN), CallListModel.SnippetRole)
    assert 'font-weight:bold">退款</span>' in html  # the match itself is highlighted
    with qtbot.waitSignal(page.model.listReady, timeout=5000):
        page.filter_bar.search.setText("refund")
    shown = model.data(model.index(0, MATCH_COLUMN))
    assert "like a refund for the shoes" in shown
    assert 'font-weight:bold">refund</span>' in model.data(model.index(0, MATCH_COLUMN), CallListModel.SnippetRole)
    page.grab()  # the highlighted cell paints
    with qtbot.waitSignal(page.model.listReady, timeout=5000):
        page.filter_bar.search.clear()
    assert page.table.isColumnHidden(MATCH_COLUMN)
    db.close()
