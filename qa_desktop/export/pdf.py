"""Scorecards as PDF, readable anywhere: the CJK font is embedded (subset).

The bundled Droid Sans Fallback (Apache-2.0, TrueType outlines) is used
because reportlab can only embed TrueType glyphs, and the common Noto CJK
fonts are CFF. It has no Latin letters, and reportlab has no font fallback,
so runs of CJK text are set in it and everything else in Helvetica. A team
lead opening the file on a phone sees the Chinese.

Each worst call's file name and each failed rule's time are links (PDF link
annotations) to the recording, the latter at that second (`file:…#t=12.5`).
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from qa_desktop.errors import QAError
from qa_desktop.export.scorecard import Scorecard, masked
from qa_desktop.fileio import atomic_output
from qa_desktop.paths import resources_dir
from qa_desktop.score_formula import AVERAGE_SCORE, FORMULA, TARGET_SCORE

FONT_NAME = "QACJK"
FONT_FILE = "DroidSansFallbackFull.ttf"


def register_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        path = resources_dir() / "fonts" / FONT_FILE
        if not path.is_file():
            raise QAError(path, "the bundled Chinese font is missing; reinstall QA Desktop")
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(path)))
    return FONT_NAME


_CJK_RUN = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+")


def markup(text: object) -> str:
    """Paragraph markup for `text`: escaped, CJK runs in the embedded CJK font, newlines kept."""
    escaped = escape(str(text))
    return _CJK_RUN.sub(lambda m: f'<font name="{FONT_NAME}">{m.group(0)}</font>', escaped).replace("\n", "<br/>")


def link(uri: str, label: object) -> str:
    """Paragraph markup of a clickable `label` that opens `uri`."""
    return f'<a href={quoteattr(uri)} color="#1a5fb4"><u>{markup(label)}</u></a>'


MAX_EVIDENCE_SHOWN = 6  # per failed rule of a worst call; the rest are counted, and all are in the workbook


def _failed_lines(failed: list, listen, subject: str) -> list[str]:
    """One line per failed rule: every piece of its evidence (each forbidden phrase said), or the first
    MAX_EVIDENCE_SHOWN and how many more there are and where to find them."""
    by_rule: dict[str, list] = {}
    for e in failed:
        by_rule.setdefault(e.rule, []).append(e)
    lines = []
    for items in by_rule.values():
        shown = [f"{listen(e.link, f'{e.start:.1f} s')}: {markup(e.text)}" for e in items[:MAX_EVIDENCE_SHOWN]]
        line = f"{markup(items[0].title or items[0].rule)} @ " + "; ".join(shown)
        if len(items) > MAX_EVIDENCE_SHOWN:
            line += markup(f"; … and {len(items) - MAX_EVIDENCE_SHOWN} more (all listed in the Excel scorecard's "
                           "Worst calls sheet and on the call's review screen)")
        lines.append(line)
    return lines


def _num(x: float) -> str:
    return f"{x:.1f}".removesuffix(".0")


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def write_scorecard_pdf(card: Scorecard, path: str | Path, mask: bool = False) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    register_font()
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=12, wordWrap="CJK")
    h1 = ParagraphStyle("h1", parent=body, fontSize=16, leading=20, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=body, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    note = ParagraphStyle("note", parent=body, fontSize=8, leading=10, spaceBefore=4, textColor="#444444")
    if mask:
        card = masked(card)

    def p(text: object, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(markup(text), style)

    def table(rows: list[list[object]], widths: list[float]) -> Table:
        cells = [[c if isinstance(c, Paragraph) else p(c) for c in row] for row in rows]
        t = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    story = [
        p(f"QA scorecard — {card.title}", h1),
        p(f"Period {card.date_from} – {card.date_to}"),
        p(f"Calls scored: {card.n_calls} · Reviewed by an inspector: {card.n_reviewed} · "
          f"Calls with a critical failure: {card.critical_calls}"),
        table([["Figure", "Value", "What it is"],
               ["Average score", f"{card.avg_score:.1f}", AVERAGE_SCORE],
               ["Score against targets", f"{card.target_score:.1f}", TARGET_SCORE]], [40, 18, 110]),
        p(f"How the numbers are computed: {FORMULA}", note),
    ]
    if card.agents:
        story += [p("Agents", h2),
                  table([["Agent", "Team", "Calls", "Average score", "Calls with a critical failure"]]
                        + [[a.agent, a.team, a.n_calls, f"{a.avg_score:.1f}", a.critical_calls] for a in card.agents],
                        [40, 40, 20, 30, 38])]
    story += [
        p("Weekly trend", h2),
        table([["Week of", "Calls", "Average score"]]
              + [[t.period, t.n_calls, f"{t.avg_score:.1f}"] for t in card.trend], [40, 25, 35]),
        p("Pass rates against targets", h2),
    ]
    rows: list[list[object]] = [["Section / rule", "Pass", "Fail", "Rate", "Target", "Weight", "Earned"]]
    for section in card.sections:
        rows.append([section.title or section.section, "", "", _pct(section.rate) if section.applicable else "n/a",
                     _pct(section.target) if section.target is not None else "", _num(section.weight),
                     f"{section.achieved:.1f}"])
        for r in section.rules:
            if r.informational:  # found or not found: no target to fail
                rows.append([f"    {r.title or r.rule} (informational)", "", "",
                             f"found in {r.n_pass} of {r.n_pass + r.n_fail}" if r.applicable else "n/a", "—", "—",
                             "—"])
                continue
            rows.append([f"    {r.title or r.rule}", r.n_pass, r.n_fail, _pct(r.rate) if r.applicable else "n/a",
                         _pct(r.target), _num(r.weight), f"{r.achieved:.1f}" if r.applicable else "—"])
    rules_table = table(rows, [62, 16, 16, 18, 18, 18, 20])
    section_rows = [i for i, row in enumerate(rows) if i and not str(row[0]).startswith(" ")]
    rules_table.setStyle(TableStyle([("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f3f3f3"))
                                     for i in section_rows]))
    story.append(rules_table)
    def listen(uri: str, label: object) -> str:
        return link(uri, label) if card.links else markup(label)

    story.append(p("Lowest-scoring calls", h2))
    worst: list[list[object]] = [["Call (click to listen)" if card.links else "Call", "Date", "Score",
                                 "Failed rules (click the time to listen)" if card.links else "Failed rules"]]
    for call in card.worst:
        failed = "<br/>".join(_failed_lines(call.failed, listen, card.subject)) or "—"
        worst.append([Paragraph(f"{markup(call.call_id or call.pk)}<br/>{listen(call.uri, call.file)}", body),
                      call.date, f"{call.score:.1f}", Paragraph(failed, body)])
    story.append(table(worst, [55, 22, 15, 76]))
    from qa_desktop.export.repeat_section import pdf_section

    story += pdf_section(card.repeats, p, table, h2)
    if card.comments:
        story.append(p("Inspector comments", h2))
        story.append(table([["When", "Inspector", "Call", "Comment"]]
                           + [[c.at[:16].replace("T", " "), c.inspector, c.call_id or Path(c.file).name, c.comment]
                              for c in card.comments], [30, 25, 30, 83]))
    with atomic_output(path, "PDF") as tmp:  # a full disk leaves the older export whole
        SimpleDocTemplate(tmp, pagesize=A4, title=f"QA scorecard {card.title}", leftMargin=14 * mm,
                          rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=14 * mm).build(story)
