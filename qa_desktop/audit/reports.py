"""Writing a batch's per-file reports as JSON or CSV.

The CSV is UTF-8 with a BOM so Excel on a Chinese Windows opens it with the
right characters, and has one column per rule so a supervisor can filter on it.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from qa_desktop.export.safe_cells import csv_row
from qa_desktop.fileio import atomic_write_text

BASE_COLUMNS = ("file", "outcome", "error", "call_id", "agent", "team", "date", "language", "duration", "score",
                "category", "critical_failed", "pack", "pack_version")


def outcome(report: dict[str, Any]) -> str:
    return "failed" if report.get("error") else "skipped" if report.get("skipped") else "ok"


def write_json(reports: list[dict[str, Any]], path: str | Path) -> None:
    atomic_write_text(path, json.dumps(reports, ensure_ascii=False, indent=2), "JSON report")


def write_csv(reports: list[dict[str, Any]], path: str | Path) -> None:
    rules: list[str] = []
    for report in reports:
        for result in report.get("results") or []:
            if result["rule"] not in rules:
                rules.append(result["rule"])
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*BASE_COLUMNS, *rules])
    for r in reports:
        verdicts = {x["rule"]: x["status"] for x in r.get("results") or []}
        row = {**{k: r.get(k) for k in BASE_COLUMNS}, "outcome": outcome(r),
               "error": r.get("error") or r.get("skipped") or "",
               "critical_failed": " ".join(r.get("critical_failed") or [])}
        writer.writerow(csv_row([row[k] for k in BASE_COLUMNS] + [verdicts.get(rule, "") for rule in rules]))
    atomic_write_text(path, buffer.getvalue(), "CSV report", encoding="utf-8-sig")
