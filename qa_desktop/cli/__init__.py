"""Command line entry point: `qa-desktop SUBCOMMAND …`, or the GUI with no arguments.

Each subcommand lives in its own module exposing `register(subparsers)`, which
adds a parser whose `func(args) -> int` does the work. Errors the user can act
on (`QAError`) are printed as one line naming the file and the reason; anything
else is logged with its traceback and summarised, never dumped on the user.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path

from qa_desktop import __version__
from qa_desktop.errors import QAError
from qa_desktop.logs import log_file, setup_logging

SUBCOMMAND_MODULES = (
    "transcribe",
    "models",
    "score",
    "rules",
    "audit",
    "rescore",
    "export",
    "team",  # assign, workload, dispute
    "repeats",
    "calibration",
)

log = logging.getLogger(__name__)


class _Version(argparse.Action):
    """The version, and whether the scorer runs compiled (the installers' build, packaging/native.py) or
    as Python: worked out only when asked, since it imports the scorer."""

    def __call__(self, parser, namespace, values, option_string=None):
        from qa_desktop.scoring import matchers

        form = "compiled" if Path(matchers.__file__ or "").suffix in (".so", ".pyd") else "Python"
        print(f"qa-desktop {__version__} (scorer: {form})")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qa-desktop",
        description="Transcribe, score and review customer-service calls on this workstation. "
        "Run without arguments to open the desktop app.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and how the scorer was built")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(f"qa_desktop.cli.{name}")
        except ModuleNotFoundError as exc:  # a subcommand not built yet
            if exc.name != f"qa_desktop.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


def _run_gui() -> int:
    try:
        from qa_desktop.ui.app import run
    except ModuleNotFoundError as exc:
        print(f"error: the desktop app is not available ({exc}); see `qa-desktop --help`", file=sys.stderr)
        return 2
    return run()


def _printable_streams() -> None:
    """Never let printing stop a command: a file name or transcript the terminal's encoding cannot show
    (LANG=C, PYTHONIOENCODING=ascii, a GBK console) comes out as backslash escapes instead."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        utf8 = (getattr(stream, "encoding", "") or "").lower().replace("-", "") in ("utf8", "utf8sig")
        if reconfigure is not None and not (utf8 and getattr(stream, "errors", "") == "surrogateescape"):
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a stream already written to in another encoding, or closed
                pass


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _printable_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(verbose=args.verbose)
    if not args.command:
        return _run_gui()
    try:
        return int(args.func(args) or 0)
    except QAError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `qa-desktop … | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        log.exception("unexpected failure in %s", args.command)
        print(
            f"error: unexpected {type(exc).__name__}: {exc} (details in {log_file()})",
            file=sys.stderr,
        )
        return 1
