"""`qa-desktop audit PATH…`: transcribe, score and store every recording under the paths.

Exit status: 0 when every file was stored or skipped, 1 when at least one
file failed (the summary line gives the counts), 2 when the batch could not
start (bad rule pack, manifest or database).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from qa_desktop.audit import AuditConfig, BatchProgress, Manifest, run_audit
from qa_desktop.audit.reports import write_csv, write_json
from qa_desktop.audit.closing import closing_lines, critical_labels
from qa_desktop.cli.options import add_mask_option, language, threads
from qa_desktop.names import shown
from qa_desktop.plural import plural


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "audit", help="audit folders of recordings into the database",
        description="Find recordings under folders (wav mp3 m4a aac flac ogg opus wma amr …), transcribe, score "
                    "and store them. Files already stored with the same model and rule pack are skipped, so an "
                    "interrupted batch can simply be run again.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="recording files or folders (searched recursively)")
    p.add_argument("--db", help="database file (default: the user's QA Desktop database)")
    p.add_argument("--rules", help="rule pack file or shipped pack name (default: per call language)")
    p.add_argument("--workers", type=int, default=None,
                   help="parallel workers, each loading the model once (local default 1: the model already "
                        "uses every core; more workers help only on many-core machines and cost memory; "
                        "ray default: one per CPU of the cluster)")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local: process pool on this machine (default); ray: actors on a Ray cluster "
                        "(needs pip install 'qa-desktop[cluster]')")
    p.add_argument("--address", help="Ray cluster to use: auto, host:6379 or ray://host:10001 "
                                     "(default: start a local Ray instance)")
    p.add_argument("--shared-path", action="store_true",
                   help="ray: every worker reads the files at the same path (shared mount) instead of "
                        "getting their bytes from this machine")
    p.add_argument("--json", metavar="OUT", help="write the per-call reports as JSON")
    p.add_argument("--csv", metavar="OUT", help="write one CSV line per file (UTF-8 with BOM)")
    add_mask_option(p, "the JSON and CSV reports and what is printed")
    p.add_argument("--manifest", metavar="CSV", help="PBX/CRM export with call_id/file, agent, team, date columns")
    p.add_argument("--model", help="Whisper model: bundled name, local folder, or hub name")
    p.add_argument("--language", default="auto", type=language, help="zh, en or auto (default)")
    p.add_argument("--channels", default="agent,customer",
                   help="speaker per channel of stereo files (default agent,customer)")
    p.add_argument("--threads", type=threads, default=0, help="threads per worker (0: automatic)")
    p.set_defaults(func=run)


def _progress_bar():  # noqa: ANN202 - rich objects
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[hours]}"), TextColumn("{task.fields[left]}"),
                    TextColumn("{task.fields[current]}", style="dim"), transient=False)


def _fmt_left(seconds: float | None) -> str:
    if seconds is None:
        return "time left: …"
    h, rest = divmod(int(seconds), 3600)
    return f"time left: {h}:{rest // 60:02d}:{rest % 60:02d}"


def bar_fields(p: BatchProgress, cluster: bool = False) -> dict[str, Any]:
    """What the progress bar shows for a batch state: the scan of every file first, then the audit."""
    name = shown(Path(p.current).name) if p.current and p.files_done < p.files_total else ""
    if p.phase == "scan":
        return {"description": f"scanning {plural(p.files_total, 'file')}", "total": p.files_total,
                "completed": p.files_scanned, "hours": f"{p.audio_total / 3600:.2f} h audio found",
                "left": "hashing, skipping what is stored", "current": name}
    done = p.audio_done + p.current_fraction * p.current_seconds
    return {"description": "auditing", "total": p.files_total, "completed": p.files_done,
            "hours": f"{done / 3600:.2f}/{p.audio_total / 3600:.2f} h audio",
            "left": ("done" if p.files_done == p.files_total else _fmt_left(p.seconds_left))
                    + (f", {plural(p.workers_alive, 'worker')}" if cluster else ""),
            "current": name}


def run(args: argparse.Namespace) -> int:
    from qa_desktop.storage import Database

    if args.workers is not None and args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.engine != "ray" and (args.address or args.shared_path):
        print("error: --address and --shared-path need --engine ray", file=sys.stderr)
        return 2
    dispatch = None
    if args.engine == "ray":
        from qa_desktop.audit.ray_engine import RayDispatcher, RayOptions, import_ray

        import_ray()  # not installed: one line with the install command, exit 2
        dispatch = RayDispatcher(RayOptions(address=args.address, workers=args.workers,
                                            cpus_per_worker=max(1, args.threads), shared_path=args.shared_path))
    config = AuditConfig(model=args.model, language=args.language, channels=args.channels, threads=args.threads,
                         rules=args.rules)
    if args.rules:  # a broken pack is one error line before any work starts
        from qa_desktop.audit.worker import pack_for

        pack_for(config, args.language)
    manifest = Manifest.load(args.manifest) if args.manifest else None
    db = Database.open(args.db)
    db_path = db.path
    bar = _progress_bar()
    task = bar.add_task("finding recordings", total=None, hours="", left="", current="")

    def on_progress(p: BatchProgress) -> None:
        bar.update(task, **bar_fields(p, cluster=dispatch is not None))

    def on_result(report: dict) -> None:
        from rich.markup import escape  # a file named "call[/b].wav" is a name, not markup

        if args.mask:  # what is printed is masked like the reports (phone numbers in names and ids)
            from qa_desktop.export.masking import mask_data

            report = mask_data(report)
        if report.get("error"):
            # unwrapped: the file's path stays whole for copying and grep
            bar.console.print(f"[red]failed[/red] {escape(report['error'])}", highlight=False, soft_wrap=True)
            return
        name = escape(Path(report["file"]).name)
        if report.get("meta_updated"):
            bar.console.print(f"updated {name}: {', '.join(report['meta_updated'])} "
                              "from the manifest", highlight=False, soft_wrap=True)
        if not report.get("skipped") and report.get("score") is not None:
            critical = critical_labels(report)
            bar.console.print(
                f"stored  {name}  agent {escape(str(report.get('agent') or '?'))}  "
                f"score {report['score']:.0f}  {report.get('category', '')}"
                + (f"  [red]critical: {critical}[/red]" if critical else ""),
                highlight=False,
                soft_wrap=True,
            )

    try:
        with bar:
            summary = run_audit(args.paths, db, config, workers=args.workers or 1, manifest=manifest,
                                progress=on_progress, cancel=None, on_result=on_result, dispatch=dispatch)
    finally:
        db.close()
    for warning in manifest.warnings if manifest else []:
        print(f"warning: {warning}", file=sys.stderr)
    reports = summary.reports
    if args.mask:
        from qa_desktop.export.masking import mask_data

        reports = mask_data(reports)
    if args.json:
        write_json(reports, args.json)
    if args.csv:
        write_csv(reports, args.csv)
    print(f"{plural(summary.total, 'file')}: {summary.succeeded} succeeded, {summary.failed} failed, "
          f"{summary.skipped} skipped ({summary.audio_seconds / 3600:.2f} h of audio audited)"
          + (f"; manifest metadata updated on {plural(summary.meta_updated, 'stored call')}"
             if summary.meta_updated else ""))
    for line in closing_lines(summary.reports, db_path, {"JSON": args.json, "CSV": args.csv}):
        print(line)
    return 1 if summary.failed else 0
