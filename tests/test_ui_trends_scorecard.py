"""Scorecard export from the app: the preview shows the real PDF; PDF and XLSX open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from qa_desktop.ui.scorecard_export import ScorecardDialog
from tests.ui_synth import Spec, build

SPECS = [
    Spec("Z3001", "East", "2026-03-02", 80.0),
    Spec("Z3001", "East", "2026-03-04", 60.0, critical=True),
    Spec("Z3002", "East", "2026-03-03", 50.0),
]


@pytest.fixture
def dialog(qtbot, tmp_path: Path):
    db, _ = build(tmp_path / "qa.sqlite", SPECS)
    d = ScorecardDialog(lambda: db, None, None, "agent", "Z3001", "2026-03-01", "2026-03-31")
    qtbot.addWidget(d)
    yield d
    db.close()


def test_preview_renders_the_scorecard_pdf(dialog) -> None:
    assert dialog.preview()
    image = dialog.rendered_page(0, 600)
    assert image.width() == 600 and image.height() > 600
    colours = {image.pixel(x, y) for x in range(0, 600, 5) for y in range(0, image.height(), 5)}
    assert len(colours) > 5  # text and tables on white paper
    assert not dialog.image.pixmap().isNull()


def test_exported_pdf_names_the_agent_and_the_scores(dialog, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = dialog.export(tmp_path / "card.pdf")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Z3001" in text and "70" in text  # average of 80 and 60
    assert "Z3002" not in text


def test_exported_xlsx_opens(dialog, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = dialog.export(tmp_path / "card.xlsx")
    wb = load_workbook(out)
    cells = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("Z3001" in c for c in cells)


def test_team_scorecard_and_an_empty_range_explains_itself(dialog) -> None:
    dialog.subject.setCurrentIndex(dialog.subject.findData("team"))
    assert [dialog.name.itemText(i) for i in range(dialog.name.count())] == ["East"]
    assert dialog.preview()
    dialog.date_from.setDate(QDate(2025, 1, 1))
    dialog.date_to.setDate(QDate(2025, 1, 31))
    assert not dialog.preview()
    assert "no scored calls" in dialog.message.text()
