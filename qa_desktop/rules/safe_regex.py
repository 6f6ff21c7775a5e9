"""Rule-pack regexes run on RE2, so no pattern can hang scoring.

Python's `re` backtracks: a pattern such as `^(\\w+\\s?)*#$` takes time
exponential in the length of a turn it almost matches, and one such rule in a
pack stops `score`, `rescore` and every audit for ever. RE2 (the
`google-re2` package) matches in time linear in the text, always; the price
is that it cannot run what needs backtracking (backreferences `\\1`,
look-ahead `(?=…)`, look-behind `(?<=…)`, possessive `a++`). The validator
refuses those with a message naming the pack file and line, so a pack that
passes `rules check` is a pack that scores.

Pack authors write Python-style patterns (that is what the docs and the
shipped packs use), so a few spellings are translated to RE2's with the same
meaning on Chinese text: `\\uXXXX` → `\\x{XXXX}`, and `\\d \\w \\s` (Unicode
in Python, ASCII in RE2) → their Unicode classes. `\\b` stays ASCII-only.
"""

from __future__ import annotations

import functools
from typing import Any

_CLASS_BODY = {  # Python's Unicode meaning, as RE2 class members
    "d": r"\p{Nd}", "w": r"\p{L}\p{N}_", "s": r"\s\p{Z}\x{0b}\x{85}",
}
_NEGATED = {"D": "d", "W": "w", "S": "s"}
_HEX = set("0123456789abcdefABCDEF")


class UnsafeRegex(ValueError):
    """A pattern RE2 cannot run; the message says why in words."""


def translate(pattern: str) -> str:
    """A Python-syntax pattern in RE2's syntax (see the module doc for what changes)."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt in "uU":
                width = 4 if nxt == "u" else 8
                digits = pattern[i + 2:i + 2 + width]
                if len(digits) == width and set(digits) <= _HEX:
                    out.append(f"\\x{{{digits}}}")
                    i += 2 + width
                    continue
            elif nxt in _CLASS_BODY:
                out.append(_CLASS_BODY[nxt] if in_class else f"[{_CLASS_BODY[nxt]}]")
                i += 2
                continue
            elif nxt in _NEGATED and not in_class:
                out.append(f"[^{_CLASS_BODY[_NEGATED[nxt]]}]")
                i += 2
                continue
            elif nxt == "Z":
                out.append(r"\z")
                i += 2
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            i += 1
            # a ']' right after '[' or '[^' is a literal member
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":
                out.append(r"\]")
                i += 1
            continue
        if ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def _plain_reason(message: str) -> str:
    if "(?=" in message or "(?!" in message:
        return "look-ahead (?=…) / (?!…) is not supported: it can make matching take forever; rewrite without it"
    if "(?<" in message:
        return "look-behind (?<=…) / (?<!…) is not supported: rewrite without it"
    if "invalid escape sequence: \\" in message and message[-1:].isdigit():
        return "backreferences (\\1, \\2 …) are not supported: they can make matching take forever"
    if "bad repetition operator" in message:
        return f"possessive or doubled repetition is not supported ({message})"
    return message


@functools.lru_cache(maxsize=1024)
def compile_regex(pattern: str) -> Any:
    """The RE2 object for a pack pattern; `UnsafeRegex` (with a reason in words) when RE2 cannot run it."""
    import re2

    options = re2.Options()
    options.log_errors = False  # RE2 would print every refused pattern on stderr
    try:
        return re2.compile(translate(pattern), options)
    except re2.error as exc:
        raw = exc.args[0] if exc.args else exc
        message = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        raise UnsafeRegex("not a regular expression the linear-time engine (RE2) can run: "
                          + _plain_reason(message)) from None
