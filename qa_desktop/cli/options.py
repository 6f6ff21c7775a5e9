"""Arguments shared by subcommands: dates and --mask.

A date filter with a typo (2026-13-01, 12/08/2026) must stop the command with
one line saying so, before any work: silently matching nothing, or nothing
being filtered, would make `rescore` touch the wrong calls.
"""

from __future__ import annotations

import argparse
from datetime import date


def iso_date(value: str) -> str:
    """argparse `type=` for YYYY-MM-DD dates."""
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2026-08-31") from None


def threads(value: str) -> int:
    """argparse `type=` for --threads: 0 (automatic) or a positive count, never a model error later."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of threads") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{n} threads: use 0 (automatic) or a positive number")
    return n


def language(value: str) -> str:
    """argparse `type=` for --language: auto or a code Whisper knows, refused before any file is read."""
    from qa_desktop.transcription.languages import check_language

    try:
        return check_language(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def fraction(value: str) -> float:
    """argparse `type=` for a pass-rate target: a share between 0 and 1 (0.9 = 90 % of calls)."""
    try:
        number = float(value.strip().rstrip("%")) / (100 if value.strip().endswith("%") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number; give a share between 0 and 1, "
                                         "e.g. 0.9 for 90 %") from None
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError(f"{value} is outside 0–1: a target is the share of calls that should "
                                         "pass, e.g. 0.9 for 90 %")
    return number


def check_range(parser: argparse.ArgumentParser, first: str | None, last: str | None,
                names: tuple[str, str] = ("--from", "--to")) -> None:
    """Stop with one line when the date range is reversed (it would silently match nothing)."""
    if first and last and first > last:
        parser.error(f"the date range is reversed: {names[0]} {first} is after {names[1]} {last}")


def add_mask_option(p: argparse.ArgumentParser, what: str = "the output") -> None:
    """`--mask`: personal numbers hidden in what leaves the app (see export.masking)."""
    p.add_argument("--mask", action="store_true",
                   help=f"mask phone, ID-card, bank-card and order numbers in {what} (last 4 digits of long "
                        "numbers kept; names are not masked)")
