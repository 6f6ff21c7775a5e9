"""Phrase rules: where to look, what was found there, and the evidence an inspector reads.

A present rule (a script step) passes on its first hit in each stretch it must
cover; an absent rule (forbidden phrases) reports every occurrence, and on a
mono call counts only those in turns shown to be the speaker's (context.py).
A fail names what was looked for — the first few phrases as written — and
where; every hit names its phrase, span, similarity and, when the window is
anchored on a hold or another rule, that stretch.
"""

from __future__ import annotations

from functools import lru_cache

from qa_desktop.domain import Evidence
from qa_desktop.rules.model import Rule
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.matchers import Hit, distinct
from qa_desktop.scoring.messages import (
    CATALOGUE,
    ROLE,
    Message,
    Rendered,
    msg,
    note,
    render,
    rendered,
)
from qa_desktop.scoring.plan import RulePlan, plan_of
from qa_desktop.scoring.windows import (
    WINDOW_CALL,
    Stretch,
    edges,
    opening_or_closing,
    windows,
)

NONE_FOUND: Rendered = rendered(msg("reason.none_found"))  # (shared, like ROLE: never changed)

LOOKED_FOR_SHOWN = 5  # phrases named in a fail's evidence; the rest are counted


def hit_evidence(ctx: CallContext, index: int, hit: Hit, why: Message | Rendered | None = None) -> Evidence:
    """A hit as evidence (speaker as recorded; on mono calls the inferred role is in the note).

    Built field by field, the note's clauses joined here as `note` would: every phrase hit of a
    call, the categories' keywords included, comes through here."""
    u = ctx.utts[index]
    text = u.text
    a, b = ctx.items[index].norm.span(hit.a, hit.b)
    role = ctx.role_note(index)
    if why is None:
        if role is None:
            return Evidence(u.speaker, u.start, u.end, text, text[a:b], a, b, hit.similarity, hit.phrase, hit.mode)
        return Evidence(u.speaker, u.start, u.end, text, text[a:b], a, b, hit.similarity, hit.phrase, hit.mode,
                        role[1], [role[0]])
    if isinstance(why, tuple):
        clause, said = why
    else:
        clause, said = why, render(why)
    if role is None:
        return Evidence(u.speaker, u.start, u.end, text, text[a:b], a, b, hit.similarity, hit.phrase, hit.mode,
                        said, [clause])
    return Evidence(u.speaker, u.start, u.end, text, text[a:b], a, b, hit.similarity, hit.phrase, hit.mode,
                    said + "; " + role[1], [clause, role[0]])


def phrase_hits(rule: Rule, compiled: CompiledPack, ctx: CallContext, start: float, end: float,
                first_only: bool, exact_every: bool = False) -> tuple[list[int], list[Hit]]:
    """Hits of a phrase rule in a stretch of the call (cached: dead air re-asks the hold notice).

    Forbidden phrases report each occurrence; `exact_every` asks for every word-for-word
    occurrence only (the turns a window is anchored on, without another fuzzy pass). Cached by the
    stretch's bounds, which say which turns it holds without listing them for a key.
    """
    key = (rule.id, start, end, first_only, exact_every)
    cached = ctx.searched.get(key)
    if cached is None:
        cached = ctx.searched[key] = _search(rule, compiled, ctx, ctx.in_window(rule.speaker, start, end),
                                             first_only, exact_every)
    return cached


def search_turns(rule: Rule, compiled: CompiledPack, ctx: CallContext, idx: list[int], first_only: bool,
                 exact_every: bool = False) -> tuple[list[int], list[Hit]]:
    """Hits of a phrase rule in these turns (the union of several stretches), cached by the turns."""
    key = (rule.id, tuple(idx), first_only, exact_every)
    cached = ctx.searched.get(key)
    if cached is None:
        cached = ctx.searched[key] = _search(rule, compiled, ctx, idx, first_only, exact_every)
    return cached


def _search(rule: Rule, compiled: CompiledPack, ctx: CallContext, idx: list[int], first_only: bool,
            exact_every: bool) -> tuple[list[int], list[Hit]]:
    hits = compiled.matchers[rule.id].search(ctx.haystack(idx), first_only=first_only,
                                             every=exact_every or rule.expect == "absent", exact_only=exact_every)
    # (word-for-word occurrences never overlap: nothing for distinct to merge)
    return idx, (hits if first_only or exact_every else distinct(hits))


@lru_cache(maxsize=64)
def _who(speaker: str, mono: bool, expect: str) -> Message:
    if speaker == "any":
        return msg("scope.call")
    key = "scope.speech" if not mono else "scope.mono" if expect == "present" else "scope.mono_shown"
    return msg(key, role=ROLE[speaker])


@lru_cache(maxsize=256)
def _counted(phrases: int, patterns: int) -> list[Message]:
    return [msg("looked.phrases", count=phrases)] + ([msg("looked.patterns", count=patterns)] if patterns else [])


def _looked_for(rule: Rule, plan: RulePlan) -> Rendered:
    done = plan.clauses.get("looked_for")
    if done is None:
        done = plan.clauses["looked_for"] = _looked_for_cached(tuple(rule.phrases), len(rule.regex))
    return done


@lru_cache(maxsize=1024)
def _looked_for_cached(phrases: tuple[str, ...], patterns: int) -> Rendered:
    """A fail names what was looked for: the first few phrases as written, then counts (built once
    per phrase list: every failing call would otherwise render the same clause again)."""
    shown: list = [f"“{p}”" for p in phrases[:LOOKED_FOR_SHOWN]]
    if len(phrases) > LOOKED_FOR_SHOWN:
        shown.append(msg("looked.more", count=len(phrases) - LOOKED_FOR_SHOWN))
    if patterns:
        shown.append(msg("looked.patterns", count=patterns))
    return rendered(msg("note.looked_for", phrases=shown))


def evaluate_phrase(rule: Rule, compiled: CompiledPack, ctx: CallContext, whole_call: bool = False,
                    plan: RulePlan | None = None) -> tuple[str, list[Evidence], Message, str | None]:
    """A phrase rule's verdict; `whole_call` ignores its window (a step done although not required).

    The fourth value is the reason's English where it is already known (a clause the plan keeps),
    else None."""
    if plan is None:
        plan = plan_of(rule, compiled)
    mono = ctx.mono and not ctx.separated  # named by voice: their own turns
    if whole_call or rule.window is None:  # (the whole call: nothing to name a hit's stretch by)
        return _one_stretch(rule, compiled, ctx, plan, mono, 0.0, ctx.end, WINDOW_CALL, "call")
    fixed = plan.fixed_where  # (the first or last N seconds)
    if fixed is not None and not plan.anchored:
        start, end, short = edges(plan.first, plan.last, ctx)
        if short:
            where = opening_or_closing(plan.first, plan.last, ctx).where
            return _one_stretch(rule, compiled, ctx, plan, mono, start, end, where, None)
        return _one_stretch(rule, compiled, ctx, plan, mono, start, end, fixed, "fixed")
    return _around(rule, compiled, ctx, plan, mono)


def _one_stretch(rule: Rule, compiled: CompiledPack, ctx: CallContext, plan: RulePlan, mono: bool, start: float,
                 end: float, where: Message, key: str | None) -> tuple[str, list[Evidence], Message, str | None]:
    """The whole call or its first / last seconds: one stretch, its hits named without it. `key`
    names a `where` the same in every call (its clauses are kept in the plan)."""
    present = plan.present
    idx, hits = phrase_hits(rule, compiled, ctx, start, end, present)
    if present:
        if hits:
            h = hits[0]
            i = idx[h.item]
            ctx.hits[rule.id] = [(i, h)]
            best = hit_evidence(ctx, i, h)
            return "pass", [best], _found(best), None
        ctx.hits[rule.id] = []
        (said, said_text), looked, (why, why_text) = _not_found(rule, plan, mono, where, key)
        # (max and min as comparisons: they parse keywords on every call)
        return "fail", [Evidence(rule.speaker, start if start > 0.0 else 0.0, ctx.end if ctx.end < end else end,  # noqa: FURB136
                                 note=said_text + "; " + looked[1], note_parts=[said, looked[0]])], why, why_text
    evidence: list[Evidence] = []
    all_hits: list[tuple[int, Hit]] = []
    for h in hits:
        i = idx[h.item]
        all_hits.append((i, h))
        evidence.append(hit_evidence(ctx, i, h))
    ctx.hits[rule.id] = all_hits
    if all_hits:
        return _said(rule, ctx, all_hits, evidence)
    said, said_text = _none_of(rule, plan, mono, where, key)
    return "pass", [Evidence(rule.speaker, 0.0, ctx.end, note=said_text, note_parts=[said])], NONE_FOUND[0], \
        NONE_FOUND[1]


def _around(rule: Rule, compiled: CompiledPack, ctx: CallContext, plan: RulePlan,
            mono: bool) -> tuple[str, list[Evidence], Message, str | None]:
    """Around each hold, or around another rule's hits: hits name the stretch they were in."""
    def hits_of(anchor: Rule, start: float, end: float) -> tuple[list[int], list[Hit]]:
        return phrase_hits(anchor, compiled, ctx, start, end, first_only=False, exact_every=True)

    present = plan.present
    found = windows(rule, ctx, compiled.by_id, hits_of)
    if not found.stretches:
        why = found.missing if found.missing is not None and not plan.event else msg("reason.no_event", event="hold")
        return "na", [Evidence(**note(found.missing))], why, None
    speaker = rule.speaker
    # each hold is searched on its own; around a rule's hits one search covers all their stretches
    # (the turns of each are listed only to join several)
    if found.every or len(found.stretches) == 1:
        searches: list[list[tuple[Stretch, list[int] | None]]] = [[(st, None)] for st in found.stretches]
    else:
        searches = [[(st, ctx.in_window(speaker, st.start, st.end)) for st in found.stretches]]
    evidence: list[Evidence] = []
    all_hits: list[tuple[int, Hit]] = []
    missing: list[Rendered] = []
    for group in searches:
        if len(group) == 1:
            idx, hits = phrase_hits(rule, compiled, ctx, group[0][0].start, group[0][0].end, present)
        else:
            idx, hits = search_turns(rule, compiled, ctx, sorted({i for _, t in group if t is not None for i in t}),
                                      present)
        for h in hits[:1] if present else hits:
            i = idx[h.item]
            all_hits.append((i, h))
            if not plan.anchored:
                where = None
            elif len(group) == 1:
                where = group[0][0].where
            else:
                where = next(st.where for st, t in group if t is not None and i in t)
            evidence.append(hit_evidence(ctx, i, h, where))
        if present and not hits:
            for st, _ in group:
                (said, said_text), looked, not_found = _not_found(rule, plan, mono, st.where, None)
                missing.append(not_found)
                evidence.append(Evidence(speaker, st.start if st.start > 0.0 else 0.0,  # noqa: FURB136
                                         ctx.end if ctx.end < st.end else st.end,  # noqa: FURB136
                                         note=said_text + "; " + looked[1], note_parts=[said, looked[0]]))
    ctx.hits[rule.id] = all_hits
    if present:
        if missing:
            return "fail", evidence, missing[0][0], missing[0][1]
        return "pass", evidence, _found(evidence[0]), None
    if all_hits:
        return _said(rule, ctx, all_hits, evidence)
    where = found.stretches[0].where if len(found.stretches) == 1 else msg("window.several")
    said, said_text = _none_of(rule, plan, mono, where, None)
    return "pass", [Evidence(speaker, 0.0, ctx.end, note=said_text, note_parts=[said])], NONE_FOUND[0], NONE_FOUND[1]


def _found(best: Evidence) -> Message:
    return msg("reason.found", span=best.span, start=best.start, mode=best.mode, similarity=best.similarity)


def _said(rule: Rule, ctx: CallContext, all_hits: list[tuple[int, Hit]],
          evidence: list[Evidence]) -> tuple[str, list[Evidence], Message, str | None]:
    """Forbidden phrases heard. Mono policy (context.py): only turns shown to be the speaker's
    count against them."""
    if rule.speaker == "any":
        counted = evidence
    else:
        counted = [e for (i, _), e in zip(all_hits, evidence) if not ctx.undetermined(i)]
    first = (counted or evidence)[0]
    if not counted:
        return "na", evidence, msg("reason.undetermined", span=first.span, start=first.start), None
    if len(counted) > 1:
        return "fail", evidence, msg("reason.said_more", span=first.span, start=first.start,
                                     more=len(counted) - 1), None
    return "fail", evidence, msg("reason.said", span=first.span, start=first.start), None


def _who_rendered(rule: Rule, plan: RulePlan, mono: bool) -> Rendered:
    """Whose speech the rule looked at, with its English (kept in the plan)."""
    key = ("who", mono)
    done = plan.clauses.get(key)
    if done is None:
        done = plan.clauses[key] = rendered(_who(rule.speaker, mono, rule.expect))
    return done


def _not_found(rule: Rule, plan: RulePlan, mono: bool, where: Message,
               key: str | None) -> tuple[Rendered, Rendered, Rendered]:
    """A missing step's note ("no greeting phrase in agent speech within the first 15 s"), what was
    looked for, and the reason ("not found within the first 15 s"), each with its English: kept in
    the plan where `key` says `where` is the same in every call; `where` rendered once for both."""
    done = plan.clauses.get(("not_found", key, mono)) if key is not None else None
    if done is None:
        who, who_text = _who_rendered(rule, plan, mono)
        where_text = render(where)
        said = msg("note.not_found", title=rule.title, who=who, where=where)
        why = msg("reason.not_found", where=where)
        done = ((said, CATALOGUE["note.not_found"].format_map({"title": rule.title, "who": who_text,
                                                                "where": where_text})),
                _looked_for(rule, plan),
                (why, CATALOGUE["reason.not_found"].format_map({"where": where_text})))
        if key is not None:
            plan.clauses[("not_found", key, mono)] = done
    return done


def _none_of(rule: Rule, plan: RulePlan, mono: bool, where: Message, key: str | None) -> Rendered:
    """A forbidden-phrase rule's "none of 12 phrases in agent speech in the call", with its English."""
    done = plan.clauses.get(("none_of", key, mono)) if key is not None else None
    if done is None:
        who = _who(rule.speaker, mono, rule.expect)
        done = rendered(msg("note.none_of", looked=_counted(len(rule.phrases), len(rule.regex)), who=who,
                            where=where))
        if key is not None:
            plan.clauses[("none_of", key, mono)] = done
    return done
