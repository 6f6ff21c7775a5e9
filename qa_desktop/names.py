"""File names are bytes: showing, storing and finding them again when they are not UTF-8.

Archives unzipped from Chinese Windows carry GBK file names. On Linux and
macOS Python hands such a name over with each undecodable byte as a lone
surrogate (PEP 383), which SQLite, JSON files, the terminal and every export
refuse with UnicodeEncodeError: one such name used to abort a whole batch.

`shown()` turns each undecodable byte into a visible `\\xNN` escape (so
`客服.wav` saved as GBK reads `\\xbf\\xcd\\xb7\\xfe.wav`): valid text
everywhere, and still telling the user which file it is. That text is what
is stored and printed; `fs_path()` turns a stored name back into the real
file to open it (the review screen's player).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_SURROGATE = re.compile("[\udc80-\udcff]")
_ESCAPE = re.compile(r"(\\x[0-9a-f]{2})")
_PART = re.compile(r"[^/\\]+")


def _escape_part(m: re.Match[str]) -> str:
    """One path component that is not UTF-8: every non-ASCII byte escaped, so the name reads the same
    whatever the bytes happen to spell (some GBK pairs are also valid UTF-8: "ͷ" for 客's second byte)."""
    part = m.group(0)
    if not _SURROGATE.search(part):
        return part
    return os.fsencode(part).decode("ascii", "backslashreplace")


def shown(value: str | os.PathLike[str] | bytes | None) -> str:
    """`value` as valid Unicode text: in each file-name component that is not UTF-8, bytes as `\\xNN`."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else os.fsdecode(value)
    return _PART.sub(_escape_part, text) if _SURROGATE.search(text) else text


def shown_data(value: object) -> object:
    """A copy of JSON-like data with every string `shown()` (keys too)."""
    if isinstance(value, str):
        return shown(value) if _SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {shown_data(k): shown_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shown_data(v) for v in value]
    return value


def _unescape(text: str) -> str:
    raw = b"".join(bytes([int(tok[2:], 16)]) if _ESCAPE.fullmatch(tok) else tok.encode("utf-8", "surrogateescape")
                   for tok in _ESCAPE.split(text) if tok)
    return os.fsdecode(raw)


def fs_path(stored: str | os.PathLike[str]) -> Path:
    """The file a stored (shown) name refers to: itself when it exists, else with its `\\xNN` escapes
    turned back into the original bytes."""
    path = Path(stored)
    if path.exists() or "\\x" not in str(stored):
        return path
    return Path(_unescape(str(stored)))
