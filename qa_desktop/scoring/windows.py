"""The stretches of a call a phrase rule looks in, each with the words that describe it.

`first`/`last` give one stretch; `before`/`after: hold` one per hold, and
each hold needs its own notice or thanks; `before`/`after: RULE` one around
each hit of that rule (overlapping ones merged), e.g. the apology within 30 s
after the customer states the problem — any time they state it, so one hit in
any of those stretches is enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Callable

from qa_desktop.rules.model import Rule
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.matchers import Hit
from qa_desktop.scoring.messages import Message, constant, msg

# anchor rule, start, end → (turn indices searched, every word-for-word occurrence of its phrases)
HitsOf = Callable[[Rule, float, float], tuple[list[int], list[Hit]]]
SIDE = {"before": constant(msg("side.before")), "after": constant(msg("side.after"))}
WINDOW_CALL = constant(msg("window.call"))
_BOUNDS = itemgetter(0)  # the whole call as a window (shared, like ROLE: never changed)


@dataclass(slots=True)
class Stretch:
    start: float
    end: float
    _where: Message | None = None
    _describe: Callable[[], Message] | None = None  # built only when evidence needs it

    @property
    def where(self) -> Message:
        if self._where is None and self._describe is not None:
            self._where = self._describe()
        return self._where  # type: ignore[return-value]


@dataclass(slots=True)
class Windows:
    stretches: list[Stretch]
    every: bool  # each stretch needs its own hit (holds), or one in any of them (a rule's hits)
    missing: Message | None = None  # why there is no stretch at all (no hold, no hit of the anchor)


def whole_call(ctx: CallContext) -> Windows:
    return Windows([Stretch(0.0, ctx.end, WINDOW_CALL)], True)


def windows(rule: Rule, ctx: CallContext, rules: dict[str, Rule], hits_of: HitsOf) -> Windows:
    w = rule.window
    if w is None:
        return whole_call(ctx)
    if w.first is not None or w.last is not None:
        return Windows([opening_or_closing(w.first, w.last, ctx)], True)
    if w.event == "hold":
        out: list[Stretch] = []
        for h in ctx.holds:
            if w.before:
                out.append(Stretch(h.start - w.within, h.start + 0.5, msg(
                    "window.before_hold", within=w.within, duration=h.duration, start=h.start)))
            else:
                out.append(Stretch(h.end - 0.5, h.end + w.within, msg(
                    "window.after_hold", within=w.within, duration=h.duration, end=h.end)))
        return Windows(out, True, None if out else msg("note.no_event", event="hold"))
    anchor = rules[w.anchor or ""]  # (a window anchored on a rule: the validator checked it names one)
    side = "before" if w.before else "after"

    def describer(i: int, hit: Hit) -> Callable[[], Message]:
        def describe() -> Message:
            u = ctx.utts[i]
            a, b = ctx.items[i].norm.span(hit.a, hit.b)
            return msg(f"window.{side}_rule", within=w.within, title=anchor.title, span=u.text[a:b], start=u.start)
        return describe

    utts, within = ctx.utts, w.within
    found = anchor_hits(anchor, ctx, rules, hits_of)
    if w.before:
        around = [((utts[i].start - within, utts[i].start + 0.5), i, hit) for i, hit in found]
    else:
        around = [((utts[i].end - 0.5, utts[i].end + within), i, hit) for i, hit in found]
    around.sort(key=_BOUNDS)  # (stable: by start, then end)
    out = []
    for (start, end), i, hit in around:
        if out and start <= out[-1].end:  # overlaps the previous stretch: one stretch
            if end > out[-1].end:  # noqa: PLR1730
                out[-1].end = end
        else:
            out.append(Stretch(start, end, None, describer(i, hit)))
    return Windows(out, False, None if out else msg("note.no_anchor", title=anchor.title, side=SIDE[side]))


def opening_or_closing(first: float | None, last: float | None, ctx: CallContext) -> Stretch:
    """The first or last N seconds — but never past the split of the call (see `split`): on a call
    shorter than the opening and closing stretches together they would overlap, and the agent's opening
    "thank you for calling" would pass for a farewell that was never said (or a closing line for a
    greeting). Each turn counts for the opening or for the closing, never for both."""
    start, end, short = edges(first, last, ctx)
    if first is not None:
        return Stretch(start, end, msg("window.first_short", seconds=first, end=end) if short
                       else msg("window.first", seconds=first))
    return Stretch(start, end, msg("window.last_short", seconds=last, start=start) if short
                   else msg("window.last", seconds=last))


def edges(first: float | None, last: float | None, ctx: CallContext) -> tuple[float, float, bool]:
    """Start and end of the first or last N seconds (`opening_or_closing`), and whether the split
    cut them short (otherwise their description is the rule's own, the same in every call)."""
    s = split(ctx)
    if first is not None:
        return (0.0, first, False) if first <= s else (0.0, s, True)
    start = ctx.end - last  # type: ignore[operator]
    return (start, ctx.end, False) if start >= s else (s, ctx.end, True)


def split(ctx: CallContext) -> float:
    """Where the opening half of a call ends and the closing half begins: of the turn starts that every
    earlier turn has ended by (so no turn is in both halves), the one nearest the middle of the call; the
    middle itself when talk never pauses (a one-turn call). Found once per call."""
    if ctx.split is None:
        middle = ctx.end / 2
        best: float | None = None
        off = 0.0  # how far best is from the middle
        reach: float | None = None  # the latest end of the turns so far
        for u in ctx.utts:  # (comparisons, not abs / max: this Python parses their arguments as keywords)
            start = u.start
            if reach is not None and reach <= start:
                d = start - middle if start >= middle else middle - start
                if best is None or d < off:
                    best, off = start, d
                if start >= middle:
                    break  # later starts are farther from the middle
            end = u.end
            if reach is None or end > reach:
                reach = end
        ctx.split = middle if best is None else best
    return ctx.split


def anchor_hits(anchor: Rule, ctx: CallContext, rules: dict[str, Rule], hits_of: HitsOf) -> list[tuple[int, Hit]]:
    """The turns where the anchor rule was found, in time order: those of the hits that settled its
    verdict (fuzzy or by sound), and every turn holding one of its phrases word for word."""
    status = ctx.statuses.get(anchor.id, "na")
    if status == "na" or (anchor.expect == "present" and status != "pass"):
        return []  # nothing was found
    found: dict[int, Hit] = {}
    for i, h in ctx.hits.get(anchor.id, []):
        found.setdefault(i, h)
    stretches = (((0.0, ctx.end),) if anchor.window is None  # (the whole call, as `windows` gives it)
                 else [(st.start, st.end) for st in windows(anchor, ctx, rules, hits_of).stretches])
    for start, end in stretches:
        idx, hits = hits_of(anchor, start, end)
        for h in hits:
            found.setdefault(idx[h.item], h)
    return sorted(found.items())
