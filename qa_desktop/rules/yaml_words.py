"""PyYAML's syntax errors in words a QA lead can act on.

"mapping values are not allowed here" or "expected ',' or ']', but got ':'"
say what the parser saw, not what the author got wrong. A pack is written by
hand by a team lead, not a programmer: the usual slips are an indentation that
does not line up, a tab, an unclosed bracket or quotation mark, a text with
": " in it. Each known parser message maps to a sentence saying which of those
it is; the parser's own words follow in brackets for whoever wants them.
"""

from __future__ import annotations

from typing import Any

_INDENT = "the indentation of this line does not line up with the lines above it (indent with spaces, "\
          "the same number for items of one list or mapping)"
# (parser problem starts with, context starts with or "", plain words); {open} is the line something was opened on
_PLAIN: tuple[tuple[str, str, str], ...] = (
    ("found character '\\t'", "", "a tab character: indent with spaces, not tabs"),
    ("found unexpected end of stream", "while scanning a quoted", "a quotation mark opened on line {open} is never "
                                                                  "closed"),
    ("expected ',' or ']'", "", "a list in [brackets] opened on line {open} is not closed with ']' (or a comma is "
                                "missing between its items)"),
    ("expected ',' or '}'", "", "a mapping in {{braces}} opened on line {open} is not closed with '}}' (or a comma "
                                "is missing between its items)"),
    ("mapping values are not allowed here", "", "a ': ' where no key can start: check this line's indentation, "
                                                "or put a text that contains ': ' in quotes"),
    ("could not find expected ':'", "", "a line that is neither 'key: value' nor '- item' (a ':' is missing, or a "
                                        "text runs over several lines without quotes)"),
    ("did not find expected '-' indicator", "", "this line breaks a list: every item starts with '- ' at the same "
                                                "indentation"),
    ("did not find expected key", "", _INDENT),
    ("expected <block end>", "", _INDENT),
    ("did not find expected node content", "", "a value is missing here (after '- ' or ': '), or a text starts "
                                               "with a character that needs quotes"),
    ("found undefined alias", "", "'*name' refers to an anchor '&name' that is not defined"),
    ("found unknown escape character", "", "a backslash in a \"double-quoted\" text: use 'single quotes' or write "
                                           "two backslashes"),
    ("found character '@'", "", "a text starting with '@' must be in quotes"),
    ("found character '`'", "", "a text starting with '`' must be in quotes"),
    ("found character '%'", "", "a text starting with '%' must be in quotes"),
)


def plain_words(exc: Any) -> str:
    """One sentence for a yaml.MarkedYAMLError (its problem and context marks), the parser's words in brackets."""
    problem = str(getattr(exc, "problem", "") or "").strip()
    context = str(getattr(exc, "context", "") or "").strip()
    mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
    opened = mark.line + 1 if mark is not None else "?"
    raw = "; ".join(p for p in (context, problem) if p) or str(exc)
    for start, ctx, words in _PLAIN:
        if problem.startswith(start) and context.startswith(ctx):
            return f"{words.format(open=opened)} (YAML parser: {raw})"
    return f"YAML parser: {raw}"


def error_line(exc: Any) -> int:
    """The line to show beside the file: where the parser stopped, except for a key without its ':',
    which the parser only notices on the next line (the key's own line is the one to fix)."""
    problem = str(getattr(exc, "problem", "") or "")
    context_mark = getattr(exc, "context_mark", None)
    mark = getattr(exc, "problem_mark", None) or context_mark
    if problem.startswith("could not find expected ':'") and context_mark is not None:
        mark = context_mark
    return mark.line + 1 if mark is not None else 0
