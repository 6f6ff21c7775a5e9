"""`qa-desktop score TRANSCRIPT.json [--rules PACK] [--json OUT]`: score saved transcripts.

Input is what `qa-desktop transcribe --json` writes (one Transcript.to_dict()
or a list of them). Without --rules each call gets the shipped pack for its
language. Prints a scorecard per call; --json writes domain.call_report()
per call (a list when there is more than one call). A broken file or call is
reported and the rest go on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from qa_desktop.cli.options import add_mask_option
from qa_desktop.errors import QAError
from qa_desktop.fileio import atomic_write_text
from qa_desktop.plural import plural, rule_label

STATUS_STYLE = {"pass": "green", "fail": "bold red", "na": "dim"}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("score", help="score transcripts (JSON from `transcribe --json`) against a rule pack",
                              description="Score saved transcripts against a rule pack and print a scorecard.")
    p.add_argument("transcripts", nargs="+", metavar="TRANSCRIPT.json", help="transcripts written by transcribe --json")
    p.add_argument("--rules", metavar="PACK", help="rule pack file or shipped pack name (default: by call language)")
    p.add_argument("--json", dest="json_out", metavar="OUT", help="write the per-call reports to this JSON file")
    p.add_argument("--quiet", action="store_true", help="no scorecard tables, one line per call")
    add_mask_option(p, "the printed scorecards and the JSON")
    p.set_defaults(func=run)


def read_transcripts(path: Path) -> list[Any]:
    """Transcripts in a file; a call that cannot be read comes back as a QAError in its place."""
    from qa_desktop.domain import Transcript

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QAError(path, "no such transcript file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QAError(path, f"cannot read the file ({exc})") from None
    except json.JSONDecodeError as exc:
        raise QAError(path, f"not JSON (line {exc.lineno}: {exc.msg})") from None
    items = data if isinstance(data, list) else [data]
    out: list[Any] = []
    for i, item in enumerate(items):
        try:
            out.append(Transcript.from_dict(item))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            out.append(QAError(f"{path} (call {i + 1})", f"not a transcript: {type(exc).__name__} {exc}"))
    return out


def print_scorecard(console: Any, transcript: Any, score: Any) -> None:
    from rich.table import Table

    title = (f"{Path(transcript.file).name}  agent {transcript.meta.agent or '?'}  {transcript.language}  "
             f"{transcript.layout}  pack {score.pack} v{score.pack_version}")
    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column("section")
    table.add_column("rule")
    table.add_column("status")
    table.add_column("points", justify="right")
    table.add_column("why")
    titles = {s.section: s.title for s in score.sections}
    for r in score.results:
        style = STATUS_STYLE.get(r.status, "")
        pts = "" if r.max_points == 0 else "—" if r.status == "na" else f"{r.points:g}/{r.max_points:g}"
        table.add_row(titles.get(r.section, r.section), r.title + (" (!)" if r.critical else ""),
                      f"[{style}]{r.status}[/]", pts, r.reason)
    console.print(table)
    secs = "  ".join(f"{s.title} {s.score:.0f}" for s in score.sections if s.possible > 0)
    names = {r.rule: r.title for r in score.results}
    crit = (f"  [bold red]critical failed: {', '.join(rule_label(c, names.get(c)) for c in score.critical_failed)}[/]"
            if score.critical_failed else "")
    console.print(f"[bold]score {score.score:.1f}[/]  category {score.category}  |  {secs}{crit}\n")


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from qa_desktop.domain import call_report
    from qa_desktop.export.masking import mask_score, mask_transcript
    from qa_desktop.rules import default_pack_for, resolve_pack
    from qa_desktop.scoring import score as score_call

    console = Console()
    pack = resolve_pack(args.rules) if args.rules else None
    reports: list[dict[str, Any]] = []
    errors = 0
    for name in args.transcripts:
        try:
            calls = read_transcripts(Path(name))
        except QAError as exc:
            errors += 1
            print(f"error: {exc}", file=sys.stderr)
            reports.append({"file": name, "error": str(exc)})
            continue
        for t in calls:
            if isinstance(t, QAError):
                errors += 1
                print(f"error: {t}", file=sys.stderr)
                reports.append({"file": name, "error": str(t)})
                continue
            try:
                result = score_call(t, pack or default_pack_for(t.language))
            except QAError as exc:
                errors += 1
                print(f"error: {t.file}: {exc}", file=sys.stderr)
                reports.append({"file": t.file, "error": str(exc)})
                continue
            if args.mask:  # scored on the real text (a rule may look for numbers), masked on the way out
                t, result = mask_transcript(t), mask_score(result)
            reports.append(call_report(t, result))
            if args.quiet:
                console.print(f"{Path(t.file).name}: {result.score:.1f} ({result.category})")
            else:
                print_scorecard(console, t, result)
    if args.json_out:
        out = Path(args.json_out)
        payload = reports[0] if len(reports) == 1 else reports
        atomic_write_text(out, json.dumps(payload, ensure_ascii=False, indent=2), "JSON report")
        console.print(f"wrote {plural(len(reports), 'report')} to {out}")
    return 1 if errors else 0
