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


def add_mask_option(p: argparse.ArgumentParser, what: str = "the output") -> None:
    """`--mask`: personal numbers hidden in what leaves the app (see export.masking)."""
    p.add_argument("--mask", action="store_true",
                   help=f"mask phone, ID-card, bank-card and order numbers in {what} (last 4 digits of long "
                        "numbers kept; names are not masked)")
