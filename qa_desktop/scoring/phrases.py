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
from qa_desktop.scoring.messages import ROLE, Message, Rendered, msg, note, rendered
from qa_desktop.scoring.windows import windows
from qa_desktop.scoring.windows import whole_call as whole_call_windows

LOOKED_FOR_SHOWN = 5  # phrases named in a fail's evidence; the rest are counted


def hit_evidence(ctx: CallContext, index: int, hit: Hit, why: Message | None = None) -> Evidence:
    u = ctx.utts[index]
    a, b = ctx.items[index].norm.span(hit.a, hit.b)
    role = ctx.role_note(index)
    return Evidence(
        u.speaker, u.start, u.end, u.text, u.text[a:b], a, b, hit.similarity, hit.phrase, hit.mode,
        # (speaker as recorded; on mono calls the inferred role is in the note)
        **(note(why, role) if why is not None or role is not None else {}),
    )


def phrase_hits(rule: Rule, compiled: CompiledPack, ctx: CallContext, start: float, end: float,
                first_only: bool, exact_every: bool = False) -> tuple[list[int], list[Hit]]:
    """Hits of a phrase rule in a stretch of the call (cached: dead air re-asks the hold notice).

    Forbidden phrases report each occurrence; `exact_every` asks for every word-for-word
    occurrence only (the turns a window is anchored on, without another fuzzy pass).
    """
    return search_turns(rule, compiled, ctx, ctx.in_window(rule.speaker, start, end), first_only, exact_every)


def search_turns(rule: Rule, compiled: CompiledPack, ctx: CallContext, idx: list[int], first_only: bool,
                 exact_every: bool = False) -> tuple[list[int], list[Hit]]:
    key = (rule.id, tuple(idx), first_only, exact_every)
    cached = ctx.searched.get(key)
    if cached is None:
        hits = compiled.matchers[rule.id].search(ctx.haystack(idx), first_only=first_only,
                                                 every=exact_every or rule.expect == "absent", exact_only=exact_every)
        # (word-for-word occurrences never overlap: nothing for distinct to merge)
        cached = ctx.searched[key] = idx, (hits if first_only or exact_every else distinct(hits))
    return cached


@lru_cache(maxsize=64)
def _who(speaker: str, mono: bool, expect: str) -> Message:
    if speaker == "any":
        return msg("scope.call")
    key = "scope.speech" if not mono else "scope.mono" if expect == "present" else "scope.mono_shown"
    return msg(key, role=ROLE[speaker])


@lru_cache(maxsize=256)
def _counted(phrases: int, patterns: int) -> list[Message]:
    return [msg("looked.phrases", count=phrases)] + ([msg("looked.patterns", count=patterns)] if patterns else [])


def _looked_for(rule: Rule) -> Rendered:
    return _looked_for_cached(tuple(rule.phrases), len(rule.regex))


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


def evaluate_phrase(rule: Rule, compiled: CompiledPack, ctx: CallContext,
                    whole_call: bool = False) -> tuple[str, list[Evidence], Message]:
    """A phrase rule's verdict; `whole_call` ignores its window (a step done although not required)."""
    def hits_of(anchor: Rule, start: float, end: float) -> tuple[list[int], list[Hit]]:
        return phrase_hits(anchor, compiled, ctx, start, end, first_only=False, exact_every=True)

    present = rule.expect == "present"
    found = whole_call_windows(ctx) if whole_call else windows(rule, ctx, compiled.by_id, hits_of)
    if not found.stretches:
        why = msg("reason.no_event", event="hold") if rule.window.event else found.missing
        return "na", [Evidence(**note(found.missing))], why
    # around holds or another rule's hits, each hit's evidence says which stretch it was in
    anchored = not whole_call and rule.window is not None and rule.window.anchor is not None
    who = _who(rule.speaker, ctx.mono and not ctx.separated, rule.expect)  # named by voice: their own turns
    stretches = [(st, ctx.in_window(rule.speaker, st.start, st.end)) for st in found.stretches]
    # each hold is searched on its own; around a rule's hits one search covers all their stretches
    searches = [[s] for s in stretches] if found.every else [stretches]
    evidence: list[Evidence] = []
    all_hits: list[tuple[int, Hit]] = []
    missing = []
    for group in searches:
        turns = group[0][1] if len(group) == 1 else sorted({i for _, idx in group for i in idx})
        idx, hits = search_turns(rule, compiled, ctx, turns, first_only=present)
        for h in hits[:1] if present else hits:
            i = idx[h.item]
            all_hits.append((i, h))
            where = next(st.where for st, t in group if i in t) if anchored else None
            evidence.append(hit_evidence(ctx, i, h, where))
        if present and not hits:
            for st, _ in group:
                missing.append(st.where)
                evidence.append(Evidence(speaker=rule.speaker, start=max(0.0, st.start), end=min(st.end, ctx.end),
                                         **note(msg("note.not_found", title=rule.title, who=who, where=st.where),
                                                _looked_for(rule))))
    ctx.hits[rule.id] = all_hits
    if present:
        if missing:
            return "fail", evidence, msg("reason.not_found", where=missing[0])
        best = evidence[0]
        return "pass", evidence, msg("reason.found", span=best.span, start=best.start, mode=best.mode,
                                     similarity=best.similarity)
    if all_hits:
        # mono policy (context.py): only turns shown to be the speaker's count against them
        counted = [e for (i, _), e in zip(all_hits, evidence) if rule.speaker == "any" or not ctx.undetermined(i)]
        first = (counted or evidence)[0]
        if not counted:
            return "na", evidence, msg("reason.undetermined", span=first.span, start=first.start)
        if len(counted) > 1:
            return "fail", evidence, msg("reason.said_more", span=first.span, start=first.start,
                                         more=len(counted) - 1)
        return "fail", evidence, msg("reason.said", span=first.span, start=first.start)
    where = found.stretches[0].where if len(found.stretches) == 1 else msg("window.several")
    looked = _counted(len(rule.phrases), len(rule.regex))
    return "pass", [Evidence(speaker=rule.speaker, start=0.0, end=ctx.end, **note(
        msg("note.none_of", looked=looked, who=who, where=where)))], msg("reason.none_found")
