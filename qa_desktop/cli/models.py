"""`qa-desktop models`: which Whisper models this machine can use, offline."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("models", help="list the Whisper models available here",
                              description="List the Whisper models this machine can use offline (the bundled "
                                          "base model, local folders, cached downloads) and where they are.")
    p.add_argument("--prepare", action="store_true", help="assemble the bundled base model now")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from qa_desktop.transcription.model_store import ensure_bundled_model, list_models

    if args.prepare:
        ensure_bundled_model()
    table = Table(title="Whisper models")
    for col in ("name", "source", "state", "path"):
        table.add_column(col)
    for row in list_models():
        table.add_row(row["name"], row["source"], row["state"], row["path"])
    console = Console()
    console.print(table)
    console.print(
        "Use --model base (bundled, default), --model /path/to/ctranslate2-folder, "
        "or a model name such as small or large-v3 (downloaded when online)."
    )
    return 0
