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

from qa_desktop.errors import QAError
from qa_desktop.export.masking import mask_path, mask_phone, mask_text
from qa_desktop.fileio import atomic_write_text
from qa_desktop.storage import CallFilter, Database
from qa_desktop.storage.queries import where

CALL_COLUMNS = ("call_pk", "call_id", "file", "date", "agent", "team", "duration", "language", "score",
                "machine_score", "n_critical", "category", "status", "customer_phone", "pack", "pack_version")
RULE_COLUMNS = ("call_pk", "call_id", "file", "date", "agent", "team", "rule", "title", "section", "machine_status",
                "status", "overridden", "points", "max_points", "critical", "reason", "evidence_time", "evidence",
               "evidence_speaker")  # agent / customer (mono calls: as settled by voice or an inspector)


def call_rows(db: Database, filters: CallFilter | None = None, mask: bool = False) -> list[list[Any]]:
    cond, args = where(filters)
    rows = db.conn.execute(
        "SELECT s.call_pk, c.call_id, c.file, s.date, s.agent, s.team, s.duration, c.language, s.score,"
        " s.machine_score, s.n_critical, s.category, s.status, c.customer_phone, p.name, p.version"
        " FROM call_summary s JOIN calls c ON c.id = s.call_pk LEFT JOIN scores sc ON sc.id = s.score_id"
        f" LEFT JOIN rule_packs p ON p.id = sc.pack_id WHERE {cond} ORDER BY s.date, s.call_pk", args).fetchall()
    out = [list(r) for r in rows]
    if mask:
        for r in out:
            r[2] = mask_path(r[2])
            r[13] = mask_phone(r[13] or "")
    return out


def rule_rows(db: Database, filters: CallFilter | None = None, mask: bool = False) -> list[list[Any]]:
    cond, args = where(filters)
    out = []
    for row in db.conn.execute(
            "SELECT s.call_pk, c.call_id, c.file, s.date, s.agent, s.team, r.rule, r.title, r.section, r.status,"
            " r.final_status, r.status != r.final_status, r.points, r.max_points, r.critical, r.reason, r.evidence"
            " FROM call_summary s JOIN calls c ON c.id = s.call_pk JOIN rule_results r ON r.score_id = s.score_id"
            f" WHERE {cond} ORDER BY s.date, s.call_pk, r.id", args):
        *head, evidence = row
        ev = (json.loads(evidence) or [{}])[0]
        text = ev.get("text") or ev.get("note") or ""
        head[11] = bool(head[11])
        head[14] = bool(head[14])
        if mask:
            head[2], head[15] = mask_path(head[2]), mask_text(head[15])
        out.append([*head, round(float(ev.get("start", 0.0)), 1), mask_text(text) if mask else text,
                    ev.get("speaker") or ""])
    return out


def write_csv(path: str | Path, columns: Iterable[str], rows: list[list[Any]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(list(columns))
    writer.writerows([["" if v is None else v for v in r] for r in rows])
    atomic_write_text(path, buffer.getvalue(), "CSV file", encoding="utf-8-sig")


def write_xlsx(path: str | Path, sheets: dict[str, tuple[Iterable[str], list[list[Any]]]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for title, (columns, rows) in sheets.items():
        ws = wb.create_sheet(title[:31])
        ws.append(list(columns))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(row)
        ws.freeze_panes = "A2"
    try:
        wb.save(str(path))
    except OSError as exc:
        raise QAError(path, f"cannot write the Excel file: {exc.strerror or exc}") from exc


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
