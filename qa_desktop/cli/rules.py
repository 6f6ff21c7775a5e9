"""`qa-desktop rules check FILE…` and `qa-desktop rules list`: for QA leads editing packs.

`check` prints OK with a summary of what the pack contains, or every problem as
file:line: field: reason, and exits non-zero so a pack can be checked in CI.
"""

from __future__ import annotations

import argparse
import sys

from qa_desktop.plural import plural


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("rules", help="check and list rule packs",
                              description="Check rule-pack YAML files, or list the shipped packs.")
    sub = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="validate rule pack files (exit code 1 if any has problems)",
                           description="Validate rule-pack YAML files: every problem as file:line: field: reason, "
                                       "or OK with the pack's sections, weights and rules (exit code 1 if any file "
                                       "has problems, so packs can be checked in CI).")
    check.add_argument("files", nargs="+", metavar="FILE", help="rule pack YAML files")
    check.set_defaults(func=run_check)
    lst = sub.add_parser("list", help="list the shipped rule packs",
                         description="List the rule packs shipped with QA Desktop and what each contains.")
    lst.set_defaults(func=run_list)
    tryp = sub.add_parser("try", help="show which rules' phrases match a sentence",
                          description="Show which rules' phrases match a sentence, and how closely (exact, fuzzy "
                                      "or phonetic), to test a phrase list without a recording.")
    tryp.add_argument("text", help="the sentence, as an agent or customer would say it")
    tryp.add_argument("--rules", required=True, metavar="PACK", help="pack file or shipped pack name")
    tryp.add_argument("--speaker", default="agent", choices=("agent", "customer", "unknown"))
    tryp.set_defaults(func=run_try)


def run_check(args: argparse.Namespace) -> int:
    from qa_desktop.errors import RulePackError
    from qa_desktop.rules import load_pack

    failed = 0
    for file in args.files:
        try:
            pack = load_pack(file)
        except RulePackError as exc:
            failed += 1
            problems = getattr(exc, "problems", None) or [str(exc)]
            print(f"FAILED {file}: {plural(len(problems), 'problem')}")
            for line in problems:
                print(f"  {line}")
            continue
        print(f"OK {file}: {pack.summary()}")
        for sec in pack.sections:
            rules = [r for r in pack.rules if r.section == sec.id]
            scored = [r for r in rules if not r.informational]
            print(f"  {sec.id} ({sec.title}, weight {sec.weight:g}): "
                  + ", ".join(f"{r.id} {r.title}{' (critical)' if r.critical else ''}" for r in scored)
                  + (f" [+{len(rules) - len(scored)} informational]" if len(rules) > len(scored) else ""))
    if failed:
        print(f"{failed} of {plural(len(args.files), 'pack')} {'has' if failed == 1 else 'have'} problems",
              file=sys.stderr)
    return 1 if failed else 0


def run_list(args: argparse.Namespace) -> int:  # noqa: ARG001
    from qa_desktop.errors import RulePackError
    from qa_desktop.rules import available_packs, load_pack

    for path in available_packs():
        try:
            print(f"{path.stem}: {load_pack(path).summary()}")
        except RulePackError as exc:
            print(f"{path.stem}: INVALID ({exc})")
    return 0


def run_try(args: argparse.Namespace) -> int:
    from qa_desktop.rules import resolve_pack
    from qa_desktop.scoring import try_text

    pack = resolve_pack(args.rules)
    titles = {r.id: r.title for r in pack.rules}
    matches = try_text(args.text, pack, speaker=args.speaker)
    if not matches:
        print("no rule matches")
        return 0
    for m in matches:
        kind = "FORBIDDEN " if m.expect == "absent" else ""
        print(f"{kind}{m.rule} {titles.get(m.rule, '')}: “{m.span}” ≈ “{m.phrase}” ({m.mode} {m.similarity:.0f})")
    return 0
