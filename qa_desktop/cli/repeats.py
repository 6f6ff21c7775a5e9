"""`qa-desktop repeats`: repeat-contact rates, the repeat window, linking calls stored earlier."""

from __future__ import annotations

import argparse
import json

from qa_desktop.cli.options import iso_date


def _window(value: str) -> int:
    from qa_desktop.errors import StorageError
    from qa_desktop.storage.repeats import check_window

    try:
        return check_window(value)
    except StorageError as exc:
        raise argparse.ArgumentTypeError(exc.reason) from None


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "repeats", help="repeat contacts: rates per agent/team/category, the window, linking older calls",
        description="A call is a repeat contact when the same customer (phone number from the file name or "
                    "manifest, or a number read out in the call, e.g. an order number) called within the window "
                    "before it. Calls are linked as they are stored; --link links calls stored before this "
                    "existed.")
    p.add_argument("--db", help="database file (default: the user's QA Desktop database)")
    p.add_argument("--window", type=_window, metavar="DAYS",
                   help="set the repeat window for everyone using this database (default 7) and relink all calls")
    p.add_argument("--link", action="store_true", help="link calls stored before repeat contacts existed")
    p.add_argument("--per", choices=("agent", "team", "category", "all"), default="agent",
                   help="group the rates (default: agent)")
    p.add_argument("--agent")
    p.add_argument("--team")
    p.add_argument("--from", dest="date_from", metavar="DATE", type=iso_date)
    p.add_argument("--to", dest="date_to", metavar="DATE", type=iso_date)
    p.add_argument("--json", metavar="OUT", help="write the rates as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from qa_desktop.fileio import atomic_write_text
    from qa_desktop.storage import Database
    from qa_desktop.storage import repeats

    with Database.open(args.db) as db:
        if args.link:
            n = repeats.backfill(db)
            print(f"linked {n} calls stored earlier")
        if args.window is not None:
            changed = repeats.set_window(db, args.window)
            print(f"repeat window: {args.window} days" + (" (all calls relinked)" if changed else " (unchanged)"))
        left = repeats.unscanned(db.conn)
        window = repeats.window_days(db.conn)
        rates = repeats.repeat_rates(db.conn, args.per, args.date_from, args.date_to, args.agent, args.team)
    print(f"{args.per:<16} {'calls':>7} {'repeats':>8} {'rate':>6} {'FCR':>6}   (window {window} days)")
    for r in rates:
        print(f"{r.key or '-':<16} {r.n_calls:>7} {r.n_repeats:>8} {100 * r.repeat_rate:>5.1f}% {100 * r.fcr:>5.1f}%")
    if left:
        print(f"note: {left} calls stored before repeat contacts existed are not linked; run with --link")
    if args.json:
        payload = {"window_days": window, "per": args.per, "rates": [
            {"key": r.key, "calls": r.n_calls, "repeats": r.n_repeats, "repeat_rate": r.repeat_rate,
             "followed_by_another": r.n_repeated, "first_contact_resolution": r.fcr} for r in rates]}
        atomic_write_text(args.json, json.dumps(payload, ensure_ascii=False, indent=2), "JSON report")
    return 0
