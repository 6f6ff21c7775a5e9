"""`qa-desktop calibration list|report`: calibration sessions and their agreement report."""

from __future__ import annotations

import argparse
import sys

from qa_desktop.cli.options import add_mask_option


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("calibration", help="calibration sessions: list them, export the agreement report",
                              description="Calibration sessions: several inspectors score the same calls blind; "
                                          "list the sessions or export their agreement report.")
    sub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    ls = sub.add_parser("list", help="the sessions, their calls and who scored them",
                        description="List calibration sessions with their calls and the inspectors who scored them.")
    ls.add_argument("--db", help="database file (default: the user's QA Desktop database)")
    ls.set_defaults(func=run_list)
    rep = sub.add_parser("report", help="agreement per rule and inspector, with the machine, and split calls",
                         description="Export a session's agreement report (percent agreement and kappa per rule "
                                     "and inspector, agreement with the machine, the calls that split the team) "
                                     "as PDF and/or XLSX.")
    rep.add_argument("session", help="session name (or number)")
    rep.add_argument("--db", help="database file (default: the user's QA Desktop database)")
    rep.add_argument("--pdf", metavar="OUT", help="write the report as PDF")
    rep.add_argument("--xlsx", metavar="OUT", help="write the report as an Excel workbook")
    add_mask_option(rep, "the report")
    rep.set_defaults(func=run_report)


def run_list(args: argparse.Namespace) -> int:
    from qa_desktop.storage import Database
    from qa_desktop.storage import calibration as cal

    with Database.open(args.db) as db:
        sessions = cal.sessions(db.conn)
    for s in sessions:
        print(f"{s.id:>4}  {s.name}  ({s.n_calls} calls, set up by {s.created_by} on {s.created_at[:10]}; "
              f"scored by: {', '.join(s.inspectors) or 'nobody yet'})")
    if not sessions:
        print("no calibration sessions; a team lead creates them on the Calibration page")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from qa_desktop.calibration import build_report
    from qa_desktop.export.calibration_report import kappa_text, pct, write_calibration_pdf, write_calibration_xlsx
    from qa_desktop.storage import Database

    session = int(args.session) if args.session.isdigit() else args.session
    with Database.open(args.db) as db:
        report = build_report(db, session)
    print(f"{report.session.name}: {report.n_calls} calls, inspectors {', '.join(report.inspectors) or '-'}; "
          f"agreement {pct(report.agreement)}, kappa {kappa_text(report.kappa)} ({report.kappa_method}), "
          f"with the machine {pct(report.machine_agreement)}")
    for r in report.rules:
        print(f"  {r.rule:<22} agreement {pct(r.agreement):>5}  kappa {kappa_text(r.kappa):>5}  "
              f"split calls {r.n_split}  with machine {pct(r.machine_agreement):>5}")
    print(f"calls that split the team: {len(report.splits)}")
    for path, write in ((args.pdf, write_calibration_pdf), (args.xlsx, write_calibration_xlsx)):
        if path:
            write(report, path, mask=args.mask)
            print(f"wrote {path}")
    if not (args.pdf or args.xlsx):
        print("(give --pdf OUT and/or --xlsx OUT to export it)", file=sys.stderr)
    return 0
