"""Calibration through the real widgets on a real database: the lead sets up a session, three
inspectors score it blind, the agreement report shows what the hand computation says."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from qa_desktop.storage import Database  # noqa: E402
from qa_desktop.ui.calibration import CalibrationPage  # noqa: E402
from qa_desktop.ui.calibration.tables import cell_texts  # noqa: E402
from qa_desktop.ui.review.colors import MATCH_HIGHLIGHT  # noqa: E402
from qa_desktop.ui.settings import open_settings  # noqa: E402
from tests.repeat_data import store  # noqa: E402
from tests.test_calibration import APOLOGY, CALLS, GREETING  # noqa: E402
from tests.ui_synth import chinese  # noqa: E402,F401 - the zh_CN fixture


@pytest.fixture
def page(qtbot, _isolated_home: Path):  # noqa: ANN001, ANN201
    db = Database.open(_isolated_home / "qa.sqlite")
    pks = [store(db, cid) for cid in CALLS]
    settings = open_settings()
    settings.setValue("review/inspector", "Lead Wang")
    p = CalibrationPage(lambda: db, settings)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    yield p, db, pks, settings
    db.close()


def _as(page: CalibrationPage, settings, who: str) -> None:  # noqa: ANN001
    settings.setValue("review/inspector", who)
    page.reload()


def test_lead_sets_up_a_session_inspectors_score_blind_and_read_the_agreement(qtbot, page) -> None:  # noqa: ANN001
    p, db, pks, settings = page
    assert p.session_combo.count() == 0
    assert "No calibration session yet" in p.results.summary.text()
    dialog = p.new_session()
    dialog.date_from.setDate(QDate(2026, 8, 1))
    dialog.date_to.setDate(QDate(2026, 8, 31))
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.calls.count() == 4
    dialog.set_checked(pks)
    dialog.name.setText("August week 2")
    assert dialog.count_label.text() == "4 of 4 calls ticked"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: p.session_combo.count() == 1)
    assert p.session_combo.currentText() == "August week 2 (4 calls)"

    # blind: the rules come with no verdict, the transcript with no evidence marked
    scoring = p.scoring
    assert scoring.calls.count() == 4 and scoring.pk == pks[3]  # listed newest first, as ticked
    combo = scoring.verdict_combo("greeting")
    assert combo.currentData() == "" and combo.currentText() == "—"
    assert all(scoring.rules.topLevelItem(i).text(1) == "" for i in range(scoring.rules.topLevelItemCount()))
    assert MATCH_HIGHLIGHT not in scoring.transcript.toHtml() and "零八零八" in scoring.transcript.toPlainText()

    for who in ("A", "B", "C"):
        _as(p, settings, who)
        if who == "B":  # B has scored nothing: the results would unblind B
            p.tabs.setCurrentWidget(p.results)
            assert "Score the 4 call(s) left" in p.results.summary.text()
            assert p.results.rules.rowCount() == 0
            p.tabs.setCurrentWidget(p.scoring)
        for i, pk in enumerate(pks):
            assert scoring.select_call(pk) and scoring.pk == pk
            scoring.set_verdict("greeting", GREETING[who][i], "没有问候" if GREETING[who][i] == "fail" else "")
            scoring.set_verdict("apology", APOLOGY[i])
            qtbot.mouseClick(scoring.save_button, Qt.MouseButton.LeftButton)
            assert scoring.status.text() == "Saved 2 verdicts."
        assert all(scoring.calls.item(i).text().startswith("✓") for i in range(4))
    scoring.select_call(pks[1])  # own verdicts come back when the call is opened again
    assert scoring.verdict_combo("greeting").currentData() == "fail"
    assert scoring.comment_edit("greeting").text() == "没有问候"

    p.tabs.setCurrentWidget(p.results)
    r = p.results
    assert "3 calls" not in r.summary.text() and "inspectors: A, B, C" in r.summary.text()
    assert "2 call(s) split the team" in r.summary.text()
    greeting, apology = cell_texts(r.rules)  # in pack order
    assert greeting[1:6] == ["4", "66.7%", "0.33", "0.31", "2"]
    assert greeting[6] == "83.3%"  # A 4/4, B 3/4, C 3/4 with the machine
    assert apology[1:6] == ["4", "100.0%", "1.00", "1.00", "0"]
    people = {row[0]: row for row in cell_texts(r.people)}
    assert people["B"][1] == "8" and people["B"][2] in ("81.2%", "81.3%")  # 13 of 16 pairs
    splits = cell_texts(r.splits)
    # equally split calls in session order (as the lead ticked them: newest first)
    assert [(row[0], row[4]) for row in splits] == [("900004", "Fail: B; Pass: A, C"), ("900003", "Fail: C; Pass: A, B")]
    assert splits[1][6] == "C: 没有问候"
    with qtbot.waitSignal(r.openCalls) as opened:
        r.splits.cellDoubleClicked.emit(1, 0)
    assert opened.args == [[pks[2]]]
    out = r.export(Path(settings.fileName()).parent / "cal.xlsx", "xlsx")
    assert out.exists()
    db.close()


def test_calibration_and_repeat_contacts_speak_chinese(chinese, qtbot, page, tmp_path: Path) -> None:  # noqa: ANN001
    """Every string of the calibration page (scoring and results) and the repeat-contacts tab in zh_CN."""
    from PySide6.QtCore import QSettings

    from qa_desktop.rules import default_pack_for
    from qa_desktop.storage import calibration as cal
    from qa_desktop.ui.trends import TrendsPage
    from tests.test_ui_i18n import english_words, visible_texts
    from tests.ui_synth import wait_for_trends

    p, db, pks, settings = page
    sid = cal.create_session(db, "八月第二周", pks, lead="Lead Wang")
    for who, greetings in GREETING.items():
        for pk, g in zip(pks, greetings):
            cal.save_verdicts(db, sid, pk, who, {"greeting": (g, "没听到问候")})
    _as(p, settings, "A")
    p.tabs.setCurrentWidget(p.results)
    assert p.results.rules.rowCount() == 1
    trends = TrendsPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(trends)
    trends.tabs.setCurrentWidget(trends.repeats)
    trends.show()
    trends.set_range("2026-08-01", "2026-08-31")
    wait_for_trends(qtbot, trends)
    qtbot.waitUntil(lambda: not trends.repeats.is_refreshing(), timeout=10_000)
    assert trends.repeats.model.rowCount() == 3
    data = {"Lead", "Wang", "A", "B", "C", "Z3001", "Z3002", "Z3003"}
    data |= {r.id for r in default_pack_for("zh").rules}
    data |= {"Cohen's", "Light's", "Fleiss", "kappa"}  # the statistics' own names, given in brackets to look them up
    problems = []
    for root in (p, trends.repeats):
        for where, text in visible_texts(root):
            words = english_words(text, data)
            if words:
                problems.append(f"{where}: {text!r} ({', '.join(words)})")
    headers = [p.results.rules.horizontalHeaderItem(i).text() for i in range(p.results.rules.columnCount())]
    assert headers[3] == "卡帕系数" and "一致率" in p.results.summary.text()
    assert not problems, "untranslated:\n" + "\n".join(sorted(set(problems)))
