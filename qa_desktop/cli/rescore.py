"""`qa-desktop rescore --rules PACK`: score stored transcripts again, no audio needed.

For a rule pack that was edited or replaced: every selected call gets a new
score under the pack, inspector overrides are carried over, each changed
verdict goes to the audit log, and the command prints how many changed.
Calls heard in another language than the pack's are never rescored with it
(the command says how many were skipped); `--language` narrows the selection
explicitly.
"""

from __future__ import annotations

import argparse

from qa_desktop.cli.options import check_range, iso_date
from qa_desktop.plural import plural


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("rescore", help="score stored calls again with a new or edited rule pack",
                              description="Score stored transcripts again with a rule pack, without transcribing. "
                                          "Only calls in the pack's language are rescored.")
    p.add_argument("--rules", required=True, help="rule pack file or shipped pack name")
    p.add_argument("--db", help="database file (default: the user's QA Desktop database)")
    p.add_argument("--agent", help="only this agent's calls")
    p.add_argument("--team", help="only this team's calls")
    p.add_argument("--language", help="only calls heard in this language (zh, en)")
    p.add_argument("--since", metavar="DATE", type=iso_date, help="only calls on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", type=iso_date, help="only calls on or before this date (YYYY-MM-DD)")
    p.set_defaults(func=run, parser=p)


def run(args: argparse.Namespace) -> int:
    from rich.progress import Progress

    from qa_desktop.rules import resolve_pack
    from qa_desktop.storage import CallFilter, Database

    check_range(args.parser, args.since, args.until, ("--since", "--until"))
    pack = resolve_pack(args.rules)
    filters = CallFilter(agent=args.agent, team=args.team, date_from=args.since, date_to=args.until,
                         language=args.language)
    with Database.open(args.db) as db, Progress(transient=True) as bar:
        task = bar.add_task("rescoring", total=1.0)
        summary = db.rescore(pack, filters, progress=lambda f, _m: bar.update(task, completed=f))
    print(f"{plural(summary.calls, 'call')} rescored with {pack.name} {getattr(pack, 'version', '')}: "
          f"{plural(summary.verdicts_changed, 'verdict')} changed in {plural(summary.calls_changed, 'call')}")
    if summary.skipped:
        print(summary.skipped_reason)
    return 0
