"""`qa-desktop rescore --rules PACK`: score stored transcripts again, no audio needed.

For a rule pack that was edited or replaced: every selected call gets a new
score under the pack, inspector overrides are carried over, each changed
verdict goes to the audit log, and the command prints how many changed.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("rescore", help="score stored calls again with a new or edited rule pack",
                              description="Score stored transcripts again with a rule pack, without transcribing.")
    p.add_argument("--rules", required=True, help="rule pack file or shipped pack name")
    p.add_argument("--db", help="database file (default: the user's QA Desktop database)")
    p.add_argument("--agent", help="only this agent's calls")
    p.add_argument("--team", help="only this team's calls")
    p.add_argument("--since", metavar="DATE", help="only calls on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="only calls on or before this date (YYYY-MM-DD)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.progress import Progress

    from qa_desktop.audit.worker import load_pack_cached, resolve_pack_path
    from qa_desktop.storage import CallFilter, Database

    pack = load_pack_cached(resolve_pack_path(args.rules))
    filters = CallFilter(agent=args.agent, team=args.team, date_from=args.since, date_to=args.until)
    with Database.open(args.db) as db, Progress(transient=True) as bar:
        task = bar.add_task("rescoring", total=1.0)
        summary = db.rescore(pack, filters, progress=lambda f, _m: bar.update(task, completed=f))
    print(f"{summary.calls} calls rescored with {pack.name} {getattr(pack, 'version', '')}: "
          f"{summary.verdicts_changed} verdicts changed in {summary.calls_changed} calls")
    return 0
