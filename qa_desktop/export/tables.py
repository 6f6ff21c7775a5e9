"""Call lists and rule results as CSV (UTF-8 with BOM) and XLSX.

Rows come straight from the database with the same filters as the GUI's call
list, so "export what I see" is one call. The BOM is what makes Excel on a
Chinese Windows read UTF-8 instead of guessing GBK.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Iterable

from qa_desktop.export.masking import mask_identifier, mask_path, mask_phone, mask_text
from qa_desktop.export.safe_cells import append_row, csv_row
from qa_desktop.export.sheets import as_date, finish
from qa_desktop.fileio import atomic_output, atomic_write_text
from qa_desktop.storage import CallFilter, Database
from qa_desktop.storage.queries import where

CALL_COLUMNS = ("call_pk", "call_id", "file", "date", "agent", "team", "duration", "language", "score",
                "machine_score", "n_critical", "category", "status", "customer_phone", "pack", "pack_version",
                "reviewer", "reviewed_at", "review_comment")
RULE_COLUMNS = ("call_pk", "call_id", "file", "date", "agent", "team", "rule", "title", "section", "machine_status",
                "status", "overridden", "points", "max_points", "critical", "reason", "evidence_time", "evidence",
                "machine_points", "overridden_by", "override_comment",
                "evidence_speaker")  # agent / customer (mono calls: as settled by voice or an inspector)
# what a team lead reads in a workbook's header (CSV keeps the stable keys above for scripts)
HEADERS = {
    "call_pk": "Call #", "call_id": "Call ID", "file": "Recording", "date": "Date", "agent": "Agent", "team": "Team",
    "duration": "Duration (s)", "language": "Language", "score": "Score", "machine_score": "Score before overrides",
    "n_critical": "Critical failures", "category": "Complaint category", "status": "Review status",
    "customer_phone": "Customer phone", "pack": "Rule pack", "pack_version": "Pack version", "reviewer": "Reviewer",
    "reviewed_at": "Last reviewed", "review_comment": "Review comment", "rule": "Rule", "title": "Rule title",
    "section": "Section", "machine_status": "Machine verdict", "overridden": "Overridden", "points": "Points",
    "max_points": "Max points", "critical": "Critical", "reason": "Reason", "evidence_time": "Evidence at (s)",
    "evidence": "Evidence", "machine_points": "Machine points", "overridden_by": "Overridden by",
    "override_comment": "Override comment", "evidence_speaker": "Evidence speaker",
}
RULE_HEADERS = {**HEADERS, "status": "Verdict"}  # on a rule's line, `status` is the (effective) verdict
FORMATS = {"Duration (s)": "0.0", "Score": "0.0", "Score before overrides": "0.0", "Points": "0.##",
           "Max points": "0.##", "Machine points": "0.##", "Evidence at (s)": "0.0"}
# the latest review of a call: who, when, and the latest thing an inspector wrote about it
_REVIEWS = (
    " (SELECT v.inspector FROM reviews v WHERE v.call_pk = s.call_pk ORDER BY v.at DESC, v.id DESC LIMIT 1),"
    " (SELECT max(v.at) FROM reviews v WHERE v.call_pk = s.call_pk),"
    " (SELECT v.comment FROM reviews v WHERE v.call_pk = s.call_pk AND v.comment != ''"
    " ORDER BY v.at DESC, v.id DESC LIMIT 1)")
# an inspector's verdict earns all the rule's points on pass and none otherwise (as scoring.apply_overrides)
_POINTS = ("CASE WHEN r.final_status = r.status THEN r.points WHEN r.final_status = 'pass' THEN r.max_points"
           " ELSE 0.0 END")


def call_rows(db: Database, filters: CallFilter | None = None, mask: bool = False) -> list[list[Any]]:
    cond, args = where(filters)
    rows = db.conn.execute(
        "SELECT s.call_pk, c.call_id, c.file, s.date, s.agent, s.team, s.duration, c.language, s.score,"
        f" s.machine_score, s.n_critical, s.category, s.status, c.customer_phone, p.name, p.version,{_REVIEWS}"
        " FROM call_summary s JOIN calls c ON c.id = s.call_pk LEFT JOIN scores sc ON sc.id = s.score_id"
        f" LEFT JOIN rule_packs p ON p.id = sc.pack_id WHERE {cond} ORDER BY s.date, s.call_pk", args).fetchall()
    out = [list(r) for r in rows]
    if mask:
        for r in out:
            r[1], r[2], r[4], r[5] = mask_identifier(r[1]), mask_path(r[2]), mask_identifier(r[4]), mask_identifier(r[5])
            r[13] = mask_phone(r[13] or "")
            r[18] = mask_text(r[18] or "")
    return out


def rule_rows(db: Database, filters: CallFilter | None = None, mask: bool = False) -> list[list[Any]]:
    cond, args = where(filters)
    out = []
    for row in db.conn.execute(
            "SELECT s.call_pk, c.call_id, c.file, s.date, s.agent, s.team, r.rule, r.title, r.section, r.status,"
            f" r.final_status, r.status != r.final_status, {_POINTS}, r.max_points, r.critical, r.reason, r.evidence,"
            " r.points, o.inspector, o.comment"
            " FROM call_summary s JOIN calls c ON c.id = s.call_pk JOIN rule_results r ON r.score_id = s.score_id"
            " LEFT JOIN overrides o ON o.score_id = r.score_id AND o.rule = r.rule"
            f" WHERE {cond} ORDER BY s.date, s.call_pk, r.id", args):
        *head, evidence, machine_points, by, comment = row
        ev = (json.loads(evidence) or [{}])[0]
        text = ev.get("text") or ev.get("note") or ""
        head[11] = bool(head[11])
        head[14] = bool(head[14])
        if not head[11]:  # an inspector who confirmed the machine's verdict did not override it
            by, comment = None, None
        if mask:
            head[1], head[2], head[15] = mask_identifier(head[1]), mask_path(head[2]), mask_text(head[15])
            head[4], head[5] = mask_identifier(head[4]), mask_identifier(head[5])
            comment = mask_text(comment or "")
        out.append([*head, round(float(ev.get("start", 0.0)), 1), mask_text(text) if mask else text,
                    machine_points, by or "", comment or "", ev.get("speaker") or ""])
    return out


def write_csv(path: str | Path, columns: Iterable[str], rows: list[list[Any]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(list(columns))
    writer.writerows([csv_row(r) for r in rows])  # a leading = + - @ is text, not a formula
    atomic_write_text(path, buffer.getvalue(), "CSV file", encoding="utf-8-sig")


def write_xlsx(path: str | Path, sheets: dict[str, tuple[Iterable[str], list[list[Any]]]]) -> None:
    """Friendly headers, real dates, widths and a frozen header row (sheets.finish)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for title, (columns, rows) in sheets.items():
        ws = wb.create_sheet(title[:31])
        columns = list(columns)
        names = RULE_HEADERS if "rule" in columns else HEADERS
        ws.append([names.get(c, c) for c in columns])
        dated = [i for i, c in enumerate(columns) if c in ("date", "reviewed_at")]
        for row in rows:
            row = list(row)
            for i in dated:
                row[i] = as_date(row[i])
            append_row(ws, row)  # a manifest's "=HYPERLINK(…)" agent stays text
        finish(ws, FORMATS)
    with atomic_output(path, "Excel file") as tmp:  # a full disk leaves the older export whole
        wb.save(tmp)


def export_calls(db: Database, filters: CallFilter | None = None, *, csv_path: str | Path | None = None,
                 xlsx_path: str | Path | None = None, rules_csv_path: str | Path | None = None,
                 mask: bool = False) -> int:
    """Write the filtered call list (and per-rule results); returns the number of calls."""
    calls = call_rows(db, filters, mask)
    if csv_path:
        write_csv(csv_path, CALL_COLUMNS, calls)
    if rules_csv_path or xlsx_path:
        rules = rule_rows(db, filters, mask)
        if rules_csv_path:
            write_csv(rules_csv_path, RULE_COLUMNS, rules)
        if xlsx_path:
            write_xlsx(xlsx_path, {"Calls": (CALL_COLUMNS, calls), "Rule results": (RULE_COLUMNS, rules)})
    return len(calls)
