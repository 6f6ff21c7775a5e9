"""`qa-desktop assign`, `qa-desktop workload`, `qa-desktop dispute …`: the team workflow from a shell.

The same storage calls as the desktop app's Workload and Disputes pages, for a
lead who plans the week in a script or an arbitrator working through disputes
on a server: every write names who did it (`--by`), and goes to the audit
trail like the app's.
"""

from __future__ import annotations

import argparse

from qa_desktop.cli.options import iso_date


def register(subparsers: argparse._SubParsersAction) -> None:
    from qa_desktop.review_plans import PLANS

    a = subparsers.add_parser("assign", help="draw a review plan and assign its calls to inspectors",
                              description="Draw a review plan (random calls per agent per week, critical "
                                          "failures) and hand its calls to inspectors, optionally signing off "
                                          "first the calls the machine was sure of.")
    a.add_argument("--db", help="database file (default: the user's QA Desktop database)")
    a.add_argument("--by", required=True, help="who assigns (the team lead's name, recorded in the audit trail)")
    a.add_argument("--inspectors", required=True, help="inspectors' names, separated by commas")
    a.add_argument("--plan", default="critical_first", choices=sorted(PLANS), help="review plan (default %(default)s)")
    a.add_argument("--per-agent-week", type=int, default=2, help="random calls per agent per week (default 2)")
    a.add_argument("--no-critical", action="store_true", help="do not add every call with a failed critical rule")
    a.add_argument("--team", help="only this team's calls")
    a.add_argument("--since", metavar="DATE", type=iso_date, help="calls on or after this date (YYYY-MM-DD)")
    a.add_argument("--until", metavar="DATE", type=iso_date, help="calls on or before this date (YYYY-MM-DD)")
    a.add_argument("--mode", default="round_robin", choices=("round_robin", "least_loaded"))
    a.add_argument("--reassign", action="store_true", help="take calls back from whoever has them")
    a.add_argument("--bulk-sign-off", metavar="CONFIDENCE", type=float,
                   help="first sign off the plan's calls the machine scored at least this sure (0-1) with no "
                        "critical failure, as a bulk machine-confidence sign-off")
    a.set_defaults(func=run_assign)

    w = subparsers.add_parser("workload", help="progress per inspector, or one inspector's queue",
                              description="Calls assigned / reviewed / remaining per inspector; with "
                                          "--inspector, the calls left in that inspector's queue.")
    w.add_argument("--db", help="database file (default: the user's QA Desktop database)")
    w.add_argument("--inspector", help="list this inspector's calls left to review, in order")
    w.set_defaults(func=run_workload)

    d = subparsers.add_parser("dispute", help="agents' disputes of verdicts: list, open, decide",
                              description="Record an agent's dispute of one rule's verdict, list disputes, and "
                                          "decide them (upheld / overturned; not by the call's first reviewer).")
    sub = d.add_subparsers(dest="dispute_command", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="disputes, open ones by default",
                         description="List agents' disputes (open ones unless told otherwise), per team, with the "
                                     "rule, the reason, who entered it and who may arbitrate.")
    lst.add_argument("--db")
    lst.add_argument("--state", default="open", choices=("open", "upheld", "overturned", "all"))
    lst.add_argument("--team", help="only this team's disputes")
    lst.set_defaults(func=run_dispute_list)
    op = sub.add_parser("open", help="record an agent's dispute of a verdict",
                        description="Record an agent's dispute of one rule's verdict on a call, with its reason; "
                                    "the call waits for an arbitrator other than its first reviewer.")
    op.add_argument("call", type=int, help="the call's number (as `dispute list` and exports show it)")
    op.add_argument("rule", help="rule id whose verdict is disputed")
    op.add_argument("--reason", required=True, help="the agent's reason")
    op.add_argument("--by", required=True, help="who enters the dispute")
    op.add_argument("--db")
    op.set_defaults(func=run_dispute_open)
    de = sub.add_parser("decide", help="arbitrate a dispute",
                        description="Uphold or overturn a dispute (not as the call's first reviewer); overturning "
                                    "flips the verdict and recomputes the call's score. Both decisions stay in the "
                                    "audit trail.")
    de.add_argument("id", type=int, help="dispute number")
    de.add_argument("outcome", choices=("upheld", "overturned"))
    de.add_argument("--comment", required=True, help="the arbitrator's reason")
    de.add_argument("--by", required=True, help="the arbitrator (not the call's first reviewer)")
    de.add_argument("--db")
    de.set_defaults(func=run_dispute_decide)


def run_assign(args: argparse.Namespace) -> int:
    from qa_desktop.review_plans import draw_plan
    from qa_desktop.sampling import SamplePlan
    from qa_desktop.storage import Database, assignments

    methods = (("random",) if args.per_agent_week > 0 else ()) + (() if args.no_critical else ("critical",))
    plan = SamplePlan(methods=methods, per_agent_week=args.per_agent_week, date_from=args.since,
                      date_to=args.until, team=args.team, only_to_review=True)
    names = [n.strip() for n in args.inspectors.replace("，", ",").split(",") if n.strip()]
    with Database.open(args.db) as db:
        pks = [c.pk for c in draw_plan(db, args.plan, plan)]
        print(f"{len(pks)} calls drawn ({args.plan})")
        if args.bulk_sign_off is not None:
            n = assignments.bulk_sign_off(db, pks, args.by, args.bulk_sign_off)
            print(f"{n} calls signed off by {args.by} as a bulk machine-confidence sign-off "
                  f"(confidence >= {args.bulk_sign_off:.2f}, no critical failure)")
        result = assignments.assign(db, pks, names, args.by, args.plan, args.mode, args.reassign)
    shares = ", ".join(f"{name} {n}" for name, n in result.assigned.items())
    print(f"{result.total} calls assigned ({shares}); {result.already_assigned} already had an inspector, "
          f"{result.already_reviewed} already reviewed")
    return 0


def run_workload(args: argparse.Namespace) -> int:
    from qa_desktop.storage import Database, assignments

    with Database.open(args.db) as db:
        if args.inspector:
            for pk in assignments.queue_of(db, args.inspector):
                row = db.query_calls(_only(pk), limit=1)[0]
                print(f"{pk}\t{row.date}\t{row.agent}\t{row.call_id}\t{'' if row.score is None else round(row.score)}")
            return 0
        loads = assignments.workload(db)
    print("inspector\tassigned\treviewed\tremaining")
    for w in loads:
        print(f"{w.inspector}\t{w.assigned}\t{w.reviewed}\t{w.remaining}")
    return 0


def _only(pk: int):  # noqa: ANN202
    from qa_desktop.storage import CallFilter

    return CallFilter(pks=(pk,))


def run_dispute_list(args: argparse.Namespace) -> int:
    from qa_desktop.storage import Database, disputes

    with Database.open(args.db) as db:
        rows = disputes.list_disputes(db, None if args.state == "all" else args.state, args.team)
    print("id\tcall\tagent\tteam\trule\tverdict\tstate\tentered_by\tfirst_reviewer\tarbitrator\treason\tcomment")
    for d in rows:
        print("\t".join(str(x) for x in (d.id, d.call_pk, d.agent, d.team, d.rule, d.verdict, d.state, d.entered_by,
                                         d.first_reviewer, d.arbitrator, d.reason, d.comment)))
    return 0


def run_dispute_open(args: argparse.Namespace) -> int:
    from qa_desktop.storage import Database, disputes

    with Database.open(args.db) as db:
        d = disputes.open_dispute(db, args.call, args.rule, args.reason, args.by)
    print(f"dispute #{d.id} opened on call {d.call_pk}, rule {d.rule} ({d.verdict}), by {d.entered_by}")
    return 0


def run_dispute_decide(args: argparse.Namespace) -> int:
    from qa_desktop.storage import Database, disputes

    with Database.open(args.db) as db:
        d = disputes.decide(db, args.id, args.outcome, args.comment, args.by)
        score = db.load_call(d.call_pk).effective
    print(f"dispute #{d.id} {d.state} by {d.arbitrator}; call {d.call_pk} now scores "
          f"{'' if score is None else f'{score.score:.1f}'}")
    return 0
