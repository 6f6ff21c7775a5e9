"""The stretches of a call a phrase rule looks in, each with the words that describe it.

`first`/`last` give one stretch; `before`/`after: hold` one per hold, and
each hold needs its own notice or thanks; `before`/`after: RULE` one around
each hit of that rule (overlapping ones merged), e.g. the apology within 30 s
after the customer states the problem — any time they state it, so one hit in
any of those stretches is enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from qa_desktop.rules.model import Rule
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.matchers import Hit
from qa_desktop.scoring.messages import Message, msg

# anchor rule, start, end → (turn indices searched, every occurrence of its phrases in them)
HitsOf = Callable[[Rule, float, float], tuple[list[int], list[Hit]]]
SIDE = {"before": msg("side.before"), "after": msg("side.after")}


@dataclass(slots=True)
class Windows:
    stretches: list[tuple[Message, float, float]]  # (where, start, end)
    every: bool  # each stretch needs its own hit (holds), or one in any of them (a rule's hits)
    missing: Message | None = None  # why there is no stretch at all (no hold, no hit of the anchor)


def windows(rule: Rule, ctx: CallContext, rules: dict[str, Rule], hits_of: HitsOf) -> Windows:
    w = rule.window
    if w is None:
        return Windows([(msg("window.call"), 0.0, ctx.end)], True)
    if w.first is not None:
        return Windows([(msg("window.first", seconds=w.first), 0.0, w.first)], True)
    if w.last is not None:
        return Windows([(msg("window.last", seconds=w.last), max(0.0, ctx.end - w.last), ctx.end)], True)
    if w.event == "hold":
        out = []
        for h in ctx.holds:
            if w.before:
                out.append((msg("window.before_hold", within=w.within, duration=h.duration, start=h.start),
                            h.start - w.within, h.start + 0.5))
            else:
                out.append((msg("window.after_hold", within=w.within, duration=h.duration, end=h.end),
                            h.end - 0.5, h.end + w.within))
        return Windows(out, True, None if out else msg("note.no_event", event="hold"))
    anchor = rules[w.anchor]
    side = "before" if w.before else "after"
    around = []
    for i, hit in anchor_hits(anchor, ctx, rules, hits_of):
        u = ctx.utts[i]
        around.append(((u.start - w.within, u.start + 0.5) if w.before else (u.end - 0.5, u.end + w.within), i, hit))
    out: list[tuple[Message, float, float]] = []
    for (start, end), i, hit in sorted(around, key=lambda x: x[0]):
        if out and start <= out[-1][2]:  # overlaps the previous stretch: one stretch
            out[-1] = (out[-1][0], out[-1][1], max(end, out[-1][2]))
            continue
        u = ctx.utts[i]
        a, b = ctx.items[i].norm.span(hit.a, hit.b)
        out.append((msg(f"window.{side}_rule", within=w.within, title=anchor.title, span=u.text[a:b],
                        start=u.start), start, end))
    return Windows(out, False, None if out else msg("note.no_anchor", title=anchor.title, side=SIDE[side]))


def anchor_hits(anchor: Rule, ctx: CallContext, rules: dict[str, Rule], hits_of: HitsOf) -> list[tuple[int, Hit]]:
    """Every hit of the anchor rule (not just the first that settled its verdict), in time order."""
    status = ctx.statuses.get(anchor.id, "na")
    if status == "na" or (anchor.expect == "present" and status != "pass"):
        return []  # nothing was found, so a full search would find nothing either
    found: dict[int, Hit] = {}
    for _, start, end in windows(anchor, ctx, rules, hits_of).stretches:
        idx, hits = hits_of(anchor, start, end)
        for h in hits:
            found.setdefault(idx[h.item], h)
    return sorted(found.items())
