"""Call metadata from file names, the way call recorders name their files.

The pattern is a sequence of field names separated by the characters that
separate them in the file name, e.g. DATE_AGENTID_CALLID or
TEAM-AGENTID-DATE-CALLID. A name that does not fit is not an error: the call
simply has no agent/date, and its id falls back to the file stem.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from qa_desktop.domain import CallMeta

DEFAULT_PATTERN = "DATE_AGENTID_CALLID"
FIELDS = {"DATE", "AGENTID", "CALLID", "TEAM", "PHONE", "IGNORE"}
_DATE_FORMATS = ("%Y%m%d", "%Y-%m-%d", "%Y%m%d%H%M%S", "%Y%m%d-%H%M%S")


def _pattern_regex(pattern: str) -> tuple[re.Pattern[str], list[str]]:
    tokens = re.split(r"([A-Z]+)", pattern)
    regex, names = "", []
    for tok in tokens:
        if not tok:
            continue
        if tok in FIELDS:
            names.append(tok)
            regex += r"(.+?)" if tok != "DATE" else r"(\d{8}(?:[-T]?\d{6})?|\d{4}-\d{2}-\d{2})"
        else:
            regex += re.escape(tok)
    return re.compile(f"^{regex}$"), names


def _iso_date(text: str) -> str:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return ""


def parse_filename(path: str | Path, pattern: str = DEFAULT_PATTERN) -> CallMeta:
    stem = Path(path).stem
    regex, names = _pattern_regex(pattern)
    meta = CallMeta(call_id=stem)
    match = regex.match(stem)
    if not match:
        return meta
    for name, value in zip(names, match.groups()):
        if name == "DATE":
            meta.date = _iso_date(value)
        elif name == "AGENTID":
            meta.agent = value
        elif name == "CALLID":
            meta.call_id = value
        elif name == "TEAM":
            meta.team = value
        elif name == "PHONE":
            meta.customer_phone = value
    return meta
