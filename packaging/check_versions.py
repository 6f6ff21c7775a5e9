"""Fails when an installer file disagrees with qa_desktop.__version__; build.py
runs it so Windows/macOS installers cannot drift from the Linux one."""

from __future__ import annotations

import re
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
sys.path.insert(0, str(PACKAGING.parent))

from qa_desktop import __version__  # noqa: E402


def mismatches() -> list[str]:
    iss = (PACKAGING / "qa_desktop.iss").read_text(encoding="utf-8")
    found = re.search(r'#define AppVersion "([^"]+)"', iss)
    pyproject = (PACKAGING.parent / "pyproject.toml").read_text(encoding="utf-8")
    declared = re.search(r'^version = "([^"]+)"', pyproject, re.M)
    problems = []
    if not found or found.group(1) != __version__:
        problems.append(f"qa_desktop.iss AppVersion {found and found.group(1)} != {__version__}")
    if not declared or declared.group(1) != __version__:
        problems.append(f"pyproject.toml version {declared and declared.group(1)} != {__version__}")
    return problems


if __name__ == "__main__":
    bad = mismatches()
    for line in bad:
        print(f"version mismatch: {line}", file=sys.stderr)
    sys.exit(1 if bad else 0)
