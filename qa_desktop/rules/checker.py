"""Typed reads of parsed YAML that record a problem (file line, field, why) instead of raising.

A QA lead fixing a pack wants the whole list at once, so every getter reports
what is wrong and returns a usable default, and validation goes on.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass
from typing import Any, Iterable

from qa_desktop.rules.yaml_lines import LineDict, LineList


@dataclass(slots=True)
class Problem:
    line: int
    field: str
    message: str

    def render(self, source: str) -> str:
        return f"{source}:{self.line}: {self.field}: {self.message}"


class Checker:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def add(self, line: int, field_name: str, message: str) -> None:
        self.problems.append(Problem(line, field_name, message))

    def known_keys(self, d: LineDict, allowed: Iterable[str], where: str,
                   misplaced: dict[str, str] | None = None) -> None:
        """Unknown fields are errors: a misplaced one says where it belongs, a misspelt one the
        nearest known name."""
        allowed = sorted(allowed)
        for key in d:
            if key in allowed:
                continue
            near = difflib.get_close_matches(key, allowed, n=1, cutoff=0.7)
            if misplaced and key in misplaced:
                hint = misplaced[key]
            elif near:
                hint = f"did you mean {near[0]!r}?"
            else:
                hint = f"expected one of {', '.join(allowed)}"
            self.add(d.line_of(key), f"{where}{key}", f"unknown field ({hint})")

    def mapping(self, d: LineDict, key: str, where: str, what: str) -> LineDict | None:
        """`d[key]` when it is a mapping; a scalar or list there is reported on its own line."""
        value = d.get(key)
        if value is None:
            return None
        if not isinstance(value, LineDict):
            self.add(d.line_of(key), f"{where}{key}", f"must be a mapping ({what}), not {value!r}")
            return None
        return value

    def text(self, d: LineDict, key: str, where: str, required: bool = False, default: str = "",
             strict: bool = False) -> str:
        """`strict`: only YAML text will do (a `language: 1` or `language: .nan` is a mistake, not "1")."""
        if key not in d or d[key] is None:
            if required:
                self.add(d.line, f"{where}{key}", "is required")
            return default
        value = d[key]
        if isinstance(value, (dict, list)) or (strict and not isinstance(value, str)):
            self.add(d.line_of(key), f"{where}{key}", f"must be text, not {value!r}")
            return default
        return str(value)

    def number(self, d: LineDict, key: str, where: str, default: float | None, low: float | None = 0.0,
               high: float | None = None) -> float | None:
        if key not in d or d[key] is None:
            return default
        value = d[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(d.line_of(key), f"{where}{key}", f"must be a number, not {value!r}")
            return default
        if not math.isfinite(value):  # .nan / .inf: would store a NULL score and write invalid JSON
            self.add(d.line_of(key), f"{where}{key}", f"must be a finite number, not {value!r}")
            return default
        if (low is not None and value < low) or (high is not None and value > high):
            rng = f"{low if low is not None else '-inf'}..{high if high is not None else 'inf'}"
            self.add(d.line_of(key), f"{where}{key}", f"{value} is outside {rng}")
            return default
        return float(value)

    def rate(self, d: LineDict, key: str, where: str) -> float | None:
        """A pass-rate target: a share of calls above 0 and at most 1 (0.95, not 95)."""
        value = self.number(d, key, where, None, low=None)
        if value is not None and not 0.0 < value <= 1.0:
            self.add(d.line_of(key), f"{where}{key}", f"{value:g} is not a pass rate above 0 and at most 1 (e.g. 0.95)")
            return None
        return value

    def flag(self, d: LineDict, key: str, where: str, default: bool = False) -> bool:
        if key not in d:
            return default
        if not isinstance(d[key], bool):
            self.add(d.line_of(key), f"{where}{key}", "must be true or false")
            return default
        return d[key]

    def choice(self, d: LineDict, key: str, where: str, options: tuple[str, ...], default: str) -> str:
        value = self.text(d, key, where, default=default)
        if value not in options:
            self.add(d.line_of(key), f"{where}{key}", f"{value!r} is not one of {', '.join(options)}")
            return default
        return value

    def strings(self, d: LineDict, key: str, where: str) -> list[str]:
        if key not in d or d[key] is None:
            return []
        value: Any = d[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.add(d.line_of(key), f"{where}{key}", "must be a list of phrases")
            return []
        out = []
        for i, item in enumerate(value):
            line = value.line_of(i) if isinstance(value, LineList) else d.line_of(key)
            if isinstance(item, (dict, list)) or item is None or str(item).strip() == "":
                self.add(line, f"{where}{key}[{i}]", "must be a non-empty phrase")
                continue
            out.append(str(item))
        return out
