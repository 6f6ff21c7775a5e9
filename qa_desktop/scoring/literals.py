"""One regular expression for many literal phrases, factored as a trie.

Python's `re` tries every branch of an alternation at every position, so a
flat `a|b|c…` of a hundred English phrases costs a hundred attempts per
character. Factored by common prefixes ("not my (?:department|job|problem)")
only one branch can continue at each step, which made the pack's keyword and
forbidden-phrase scans 2–4× faster. At every node the longer continuation is
tried before stopping, so each match is the longest phrase starting at the
leftmost position — exactly what the flat longest-first alternation found.
"""

from __future__ import annotations

import re


def literal_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """A pattern matching any of `phrases` (leftmost, then longest); None for no phrases."""
    trie: dict = {}
    for p in phrases:
        if p:
            node = trie
            for ch in p:
                node = node.setdefault(ch, {})
            node[""] = {}
    if not trie:
        return None
    return re.compile(_pattern(trie))


def _pattern(node: dict) -> str:
    # no capture groups: they would switch off the regex engine's first-character skip
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
