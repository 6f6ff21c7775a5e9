"""`qa-desktop export scorecard|calls`: reports for people without the app."""

from __future__ import annotations

import argparse
import sys

from qa_desktop.cli.options import add_mask_option, check_range, fraction, iso_date
from qa_desktop.plural import plural


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("export", help="export scorecards (PDF/XLSX) and call lists (CSV/XLSX)",
                              description="Write reports for people without the app: scorecards as PDF or Excel, "
                                          "the call list and every rule result as CSV or Excel.")
    sub = p.add_subparsers(dest="what", metavar="WHAT", required=True)

    card = sub.add_parser("scorecard", help="an agent's, a team's or all agents' scorecard for a date range",
                          description="A scorecard for one agent, one team or all agents over a date range: "
                                      "average score, score against the pass-rate targets (weight x actual / "
                                      "target, with the rule pack's section weights), each rule's pass rate, the "
                                      "weekly trend, the lowest-scoring calls with their evidence, and the "
                                      "inspectors' comments.")
    who = card.add_mutually_exclusive_group(required=True)
    who.add_argument("--agent", help="agent id as stored")
    who.add_argument("--team", help="team name as stored")
    who.add_argument("--all", dest="everyone", action="store_true", help="all agents (with a line per agent)")
    card.add_argument("--from", dest="date_from", metavar="DATE", type=iso_date, help="first day (YYYY-MM-DD)")
    card.add_argument("--to", dest="date_to", metavar="DATE", type=iso_date, help="last day (YYYY-MM-DD)")
    card.add_argument("--pdf", metavar="OUT", help="write a PDF (Chinese font embedded)")
    card.add_argument("--xlsx", metavar="OUT", help="write an Excel workbook")
    card.add_argument("--target", type=fraction, default=0.9,
                      help="pass-rate target per rule, 0-1 (default 0.9): a rule earns weight x rate / target")
    _common(card)
    card.set_defaults(func=run_scorecard, parser=card)

    calls = sub.add_parser("calls", help="the call list (and every rule result) as CSV or XLSX",
                           description="The call list, filtered as in the app, as CSV (UTF-8 with BOM, opens in "
                                       "Excel) or an Excel workbook; --rules-csv and the workbook add one line per "
                                       "call and rule, with inspectors' overrides.")
    calls.add_argument("--csv", metavar="OUT", help="calls as CSV (UTF-8 with BOM)")
    calls.add_argument("--rules-csv", metavar="OUT", help="one line per call and rule as CSV")
    calls.add_argument("--xlsx", metavar="OUT", help="calls and rule results as an Excel workbook")
    calls.add_argument("--agent", help="only this agent's calls")
    calls.add_argument("--team", help="only this team's calls")
    calls.add_argument("--from", dest="date_from", metavar="DATE", type=iso_date, help="first day (YYYY-MM-DD)")
    calls.add_argument("--to", dest="date_to", metavar="DATE", type=iso_date, help="last day (YYYY-MM-DD)")
    calls.add_argument("--language", help="only calls heard in this language (zh, en)")
    calls.add_argument("--status", choices=("to-review", "reviewed", "disputed"), help="only calls in this state")
    calls.add_argument("--failed-rule", metavar="RULE", help="only calls that failed this rule (its id)")
    calls.add_argument("--text", help="only calls whose transcript contains this")
    _common(calls)
    calls.set_defaults(func=run_calls, parser=calls)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="database file (default: the user's QA Desktop database)")
    add_mask_option(p, "the export")


def run_scorecard(args: argparse.Namespace) -> int:
    from qa_desktop.export import build_scorecard, write_scorecard_pdf, write_scorecard_xlsx
    from qa_desktop.storage import Database

    check_range(args.parser, args.date_from, args.date_to)
    if not (args.pdf or args.xlsx):
        print("error: give --pdf OUT and/or --xlsx OUT", file=sys.stderr)
        return 2
    with Database.open(args.db) as db:
        card = build_scorecard(db, agent=args.agent, team=args.team, everyone=args.everyone,
                               date_from=args.date_from, date_to=args.date_to, default_target=args.target)
    for path, write in ((args.pdf, write_scorecard_pdf), (args.xlsx, write_scorecard_xlsx)):
        if path:
            write(card, path, mask=args.mask)
            print(f"wrote {path}")
    print(f"{card.title}: {plural(card.n_calls, 'call')}, average score {card.avg_score:.1f}, "
          f"score against targets {card.target_score:.1f}")
    return 0


def run_calls(args: argparse.Namespace) -> int:
    from qa_desktop.export import export_calls
    from qa_desktop.storage import CallFilter, Database

    check_range(args.parser, args.date_from, args.date_to)
    if not (args.csv or args.xlsx or args.rules_csv):
        print("error: give --csv OUT, --rules-csv OUT and/or --xlsx OUT", file=sys.stderr)
        return 2
    filters = CallFilter(agent=args.agent, team=args.team, date_from=args.date_from, date_to=args.date_to,
                         status=args.status, failed_rule=args.failed_rule, text=args.text,
                         language=args.language)
    with Database.open(args.db) as db:
        n = export_calls(db, filters, csv_path=args.csv, xlsx_path=args.xlsx, rules_csv_path=args.rules_csv,
                         mask=args.mask)
    print(f"exported {plural(n, 'call')}")
    return 0
