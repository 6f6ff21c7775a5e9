"""File ▸ Export reports…: scorecards (all agents too), the call list on screen and rule results,
written off the UI thread and opened the way a team lead would open them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from openpyxl import load_workbook  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from qa_desktop.storage import CallFilter  # noqa: E402
from qa_desktop.ui.report_export import ReportExportDialog  # noqa: E402
from qa_desktop.ui.scorecard_export import ScorecardDialog  # noqa: E402
from tests.ui_synth import Spec, build  # noqa: E402

SPECS = [
    Spec("Z3001", "East", "2026-03-02", 80.0),
    Spec("Z3001", "East", "2026-03-04", 60.0, critical=True),
    Spec("Z3002", "East", "2026-03-03", 50.0),
    Spec("Y4001", "West", "2026-03-05", 95.0),
]


@pytest.fixture
def db(tmp_path: Path):
    database, _ = build(tmp_path / "qa.sqlite", SPECS)
    yield database
    database.close()


def test_the_file_menu_has_an_export_item(qtbot, _isolated_home: Path, db) -> None:
    from tests.test_ui_app import _settings

    from qa_desktop.ui.main_window import MainWindow

    window = MainWindow(_settings(_isolated_home), db)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Export reports…" in texts
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.close()


def test_call_list_on_screen_exports_to_excel_off_the_ui_thread(qtbot, db, tmp_path: Path) -> None:
    dialog = ReportExportDialog(lambda: db, lambda: CallFilter(team="East"))
    qtbot.addWidget(dialog)
    dialog.calls.setChecked(True)
    out = tmp_path / "calls.xlsx"
    dialog.start(out)
    assert dialog.busy and not dialog.export_button.isEnabled()  # working, window still responsive
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.message.text() == f"Exported 3 calls to {out}"
    wb = load_workbook(out)
    header = [c.value for c in wb["Calls"][1]]
    assert header[:3] == ["Call #", "Call ID", "Recording"] and wb["Calls"].max_row == 4
    assert {r[header.index("Agent")] for r in wb["Calls"].iter_rows(min_row=2, values_only=True)} == {"Z3001", "Z3002"}


def test_rule_results_export_as_csv(qtbot, db, tmp_path: Path) -> None:
    dialog = ReportExportDialog(lambda: db, lambda: CallFilter(agent="Y4001"))
    qtbot.addWidget(dialog)
    dialog.rules.setChecked(True)
    out = tmp_path / "rules.csv"
    dialog.start(out)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.message.text() == f"Exported 1 call to {out}"
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows and {r["agent"] for r in rows} == {"Y4001"} and "overridden_by" in rows[0]


def test_an_unwritable_place_is_said_in_the_dialog(qtbot, db, tmp_path: Path) -> None:
    dialog = ReportExportDialog(lambda: db)
    qtbot.addWidget(dialog)
    dialog.calls.setChecked(True)
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    dialog.start(blocker / "calls.csv")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "calls.csv" in dialog.message.text() and dialog.export_button.isEnabled()


def test_all_agents_scorecard_from_the_dialog(qtbot, db, tmp_path: Path) -> None:
    dialog = ScorecardDialog(lambda: db, None, None, "agent", "Z3001", "2026-03-01", "2026-03-31")
    qtbot.addWidget(dialog)
    dialog.subject.setCurrentIndex(dialog.subject.findData("all"))
    assert not dialog.name.isEnabled()
    out = dialog.export(tmp_path / "all.pdf")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "all agents" in text and all(a in text for a in ("Z3001", "Z3002", "Y4001"))
    assert "weight × actual / target" in " ".join(text.split())


def test_rules_page_explains_the_same_weights_the_scorecard_uses(qtbot) -> None:
    import re

    from qa_desktop.paths import rules_dir
    from qa_desktop.rules import load_pack
    from qa_desktop.ui.rules_page.pack_tree import PackTree

    pack = load_pack(rules_dir() / "zh-ecommerce.yaml")
    tree = PackTree()
    qtbot.addWidget(tree)
    tree.show_pack(pack)
    handling = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                    if tree.topLevelItem(i).text(4) == "handling")
    assert handling.toolTip(1).startswith("25 of 100 in a call's score")
    tips = [handling.child(i).toolTip(1) for i in range(handling.childCount())]
    scored = [tip for tip in tips if not tip.startswith("Informational rule")]
    shares = [float(re.match(r"([\d.]+) of the section's weight 25", tip).group(1)) for tip in scored]
    assert shares and abs(sum(shares) - 25) < 0.3  # the rules share the pack's 25, not their points' sum
    assert all("weight × actual / target" in tip for tip in scored)
    # an informational rule (0 points) has no share of the weight: it is found or not found
    assert any("never scored" in tip for tip in tips if tip not in scored)
