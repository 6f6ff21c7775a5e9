"""Full-text search that works for Mandarin as well as English.

FTS5's tokenizers do not segment Chinese: ``unicode61`` would index a whole
run of Han characters as one token, and ``trigram`` cannot match a
two-character word such as 退款. So every CJK character is indexed as its own
token and a query becomes an FTS5 *phrase* of those characters: "退款" is the
phrase "退 款", which matches exactly the calls where 退 is directly followed
by 款, at any query length, using the index (no LIKE scan). Latin words and
digits stay whole words. Traditional characters are folded to Simplified on
both sides, so a search for 订单 also finds calls transcribed as 訂單.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Han (incl. extension A, compatibility), kana, hangul: scripts without spaces.
_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")
_TERM = re.compile(r"[\w\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


@lru_cache(maxsize=1)
def _to_simplified():
    try:
        import opencc

        return opencc.OpenCC("t2s").convert
    except Exception:  # noqa: BLE001 - folding is a nicety; search works without it
        return lambda text: text


def index_text(text: str) -> str:
    """What goes into the FTS index for `text`: CJK characters split apart."""
    return _CJK.sub(r" \1 ", _to_simplified()(text))


def match_query(query: str) -> str | None:
    """An FTS5 MATCH expression for what a user typed (all terms must occur).

    Each whitespace-separated term becomes a quoted phrase, so punctuation or
    FTS5 operators typed by a user can never make the query invalid.
    """
    phrases = []
    for term in _to_simplified()(query).split():
        tokens = []
        for chunk in _TERM.findall(term):
            tokens.extend(t for t in _CJK.sub(r" \1 ", chunk).split() if t)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"')
    return " AND ".join(phrases) if phrases else None
