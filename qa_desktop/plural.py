"""Counts in English words: "1 call", "2 calls", "1 more problem". Every printed count goes through here."""

from __future__ import annotations

_IRREGULAR = {"was": "were", "has": "have", "is": "are"}


def plural(n: int, word: str, many: str | None = None) -> str:
    """`n` and `word`, in the plural unless n is 1 ("1 call", "0 calls", "3 verdicts")."""
    if n == 1:
        return f"{n} {word}"
    return f"{n} {many or _IRREGULAR.get(word) or word + 's'}"


def rule_label(rule: str, title: str | None) -> str:
    """A rule's id with its title beside it ("forbidden (服务禁语)"), as the CLI prints rules."""
    return f"{rule} ({title})" if title and title != rule else rule
