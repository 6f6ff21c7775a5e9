"""Claims set against reality: "说是羊绒的，一烧全是塑料味" is false advertising, whatever its keywords.

A customer sentence that sets a claim (a category's `claims` cue, "说是", "the listing said")
against what arrived is that category (categories.py weighs it and voids the reality half's
keywords of other categories). Reading where the claim ends and the reality begins, and which
claims are about something else (another service, the order's progress, money taken), is this
module's one job; finding the cues in the call's text stays with the category scan.
"""

from __future__ import annotations

import re

from qa_desktop.rules.model import CategorySettings
from qa_desktop.scoring.context import CallContext

CLAIM_CHARS = 6  # a claim without punctuation after it ("说是瑞士机芯打开是杂牌"): this many characters
REALITY_UNITS = 3  # …and the reality half must say this much (a bare "说是找不到了" contrasts nothing)


def units(text: str) -> int:
    """How much a sentence says: its Han characters plus its words in other scripts."""
    return len(_HAN.findall(text)) + len(_WORD.findall(text))


_HAN = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[^\W\d_\u4e00-\u9fff]+")


def contrasts(settings: CategorySettings, ctx: CallContext, cues: list[tuple[str, str, str]], sentences: int,
              forms: bool = False) -> list[tuple[str, int, str, int, int, int]]:
    """(category, turn, cue, claim start, reality start, reality end) for each of the customer's
    first sentences that sets a claim (a category's `claims` cue) against what arrived; `cues`:
    the claim cues (category, cue as written, lowered) the call said somewhere (categories.py's scan);
    `sentences`: how many of the customer's sentences are read (the complaint comes early). With `forms`
    (full packs: the meaning path, where a regular expression per sentence is cheap) a claim is also
    read by its form, whatever the words: "it says X and …", "the video showed X, mine …", "Solid oak,
    it said. It's chipboard …", "你们说这个鞋是真皮的，…", "说能去除甲醛，…"."""
    from qa_desktop.scoring.meaning import split

    owner = next((c.id for c in settings.items if c.claims), None) if forms else None
    if not cues and owner is None:  # (most calls: none)
        return []
    others = {c.id: [k.lower() for k in c.keywords] for c in settings.items}
    out: list[tuple[str, int, str, int, int, int]] = []
    n = 0
    for turn, role in enumerate(ctx.roles):
        if role != "customer":
            continue
        text = ctx.utts[turn].text
        low = text.lower()
        spans = split(text)
        for i, (a, b) in enumerate(spans):
            n += 1
            if n > sentences:
                return out
            found = min((hit for hit in ((low.find(lq, a, b), cat, q) for cat, q, lq in cues) if hit[0] >= 0),
                        default=None)
            after = m = None
            if found is None and owner is not None:
                after = _CLAIM_AFTER.match(text, a, b)  # the claim first: "Solid oak, it said." (reality after)
                m = _CLAIM_FORM.search(text, a, b) if after is None else None
                if m is not None:
                    found = (m.start(), owner, m.group())
            if after is not None and owner is not None:  # (after is only looked for with an owner)
                at, cat, cue = a, owner, after.group(1)
                rest = after.end()
                if units(text[rest:b]) >= REALITY_UNITS:
                    end_claim, end = rest, b
                elif i + 1 < len(spans):
                    end_claim, end = spans[i + 1]
                else:
                    continue
                if (units(text[end_claim:end]) < REALITY_UNITS or not_product(low[at:rest], cat, others, True)
                        or any(w in low[at:end] for w in _MONEY)):
                    continue
                out.append((cat, turn, cue, at, end_claim, end))
                continue
            if found is None:
                continue
            at, cat, cue = found
            start = at + len(cue)
            stop = _CLAIM_END.search(text, start, b)
            end_claim = stop.start() if stop and stop.start() > start else min(b, start + CLAIM_CHARS)
            if stop is None and (_WORD.search(text[start:b]) and not _HAN.search(text[start:b])):
                continue  # an unpunctuated sentence in a spaced script: no telling where the claim ends
            claim = low[a:end_claim]  # who made it too: "快递员说是放门口了" is about the courier
            if not_product(claim, cat, others, owner is not None) or (
                    m is not None and any(w in low[a:b] for w in _MONEY)):
                continue  # "说是发货了…": a claim about another service, not the product
            if units(text[end_claim:b]) < REALITY_UNITS:
                continue
            out.append((cat, turn, cue, at, end_claim, b))
    return out


def not_product(claim: str, cat: str, others: dict[str, list[str]], status: bool) -> bool:
    """The claim names another category's service ("说是发货了"), or (`status`: the full packs' reading)
    the order's progress ("钱说是退了", "it says processed"), not the product."""
    return any(k in claim for other, ks in others.items() if other != cat for k in ks) or (
        status and (any(w in claim for w in _STATUS) or _FIT.search(claim) is not None))


# what a claim about the order's own progress says (the money, the parcel), not about the product
# or about the fit, which is its own category ("你们说XL能穿，结果…")
_STATUS = ("钱", "退了", "退款", "到账", "发货", "发了", "签收", "理赔", "审核", "码", "能穿", "processed", "refund",
           "delivered", "dispatched", "shipped", "approved", "pending", "completed", "received", "arrived",
           "collected", "locker", "handed", "signed for", "left with", "left at", "neighbour", "neighbor",
           "in transit", "tracking", "on its way", "out for delivery", "true to size", "fits")
# a claim of a size or measure ("说是一米八的", "标的是250毫米", "the chart says 32 inches") is about the fit:
# what arrived not matching it is a size problem, not a false claim about the product (a capacity is
# a claim: "能装十五寸电脑", "2 in 1")
_FIT = re.compile(r"(?i)[\d一二三四五六七八九十两半]\s*(?:码|号|米|厘米|公分|毫米)|\d\s*(?:cm|mm|inch|inches)\b"
                  r"|(?<![a-z])(?:size|sized|sizing|XS|XL|XXL)(?![a-z])|尺码|尺寸|码数|腰围|胸围|内长")
# a claim read by its form in a sentence about money ("it showed the discount, but the receipt shows full
# price", "the sale page showed 59 and I paid 79") is about the charge, not the product
_MONEY = ("paid", "pay ", "charged", "price", "discount", "receipt", "money", "refund", "£", "$", "钱", "付", "扣", "退")
_SOURCE = (r"(?:it|they|the\s+(?:\w+\s+)?(?:ad|advert|advertisement|listing|label|tag|box|packaging|website|site|"
           r"page|description|video|photos?|pictures?|images?|picture|seller|brand|manufacturer))")
_CLAIM_FORM = re.compile(  # a claim, then what arrived after a comma or "and/but"
    rf"(?i)\b{_SOURCE}\s+(?:said|says|showed|shows|claimed|claims|promised|promises)\b"
    r"|(?:你们|商家|店家|卖家|店里|人家|他们)都?说(?=[^，,。？！?!]{1,12}?(?:是|能|可以|有))"
    r"|(?:^|(?<=[，,。？！?!\s]))说(?=能|可以|会|有)")
_CLAIM_AFTER = re.compile(rf"(?i)\s*([^,.!?]{{3,60}}),\s*{_SOURCE}\s+(?:said|says|claimed|claims)(?:[,.!;]|\s*$)\s*")


def sentence_spans(ctx: CallContext, contrast) -> list[tuple[int, int]]:
    """[a, b) in its turn of each of the contrast's sentences (the claim's, and the reality's when it follows)."""
    from qa_desktop.scoring.meaning import split

    _cat, turn, _cue, at, _r, end = contrast
    return [(a, b) for a, b in split(ctx.utts[turn].text) if a < end and at < b]


def sentences_of(ctx: CallContext, contrast) -> list[tuple[int, int]]:
    """(turn, sentence start) of the contrast's sentences."""
    return [(contrast[1], a) for a, _ in sentence_spans(ctx, contrast)]


_CLAIM_END = re.compile(r"[，,、:：;；]|\s(?:but|and|and then|only|when)\s|结果|实际|其实|但|可是|却|收到|拿到|打开|一看")
