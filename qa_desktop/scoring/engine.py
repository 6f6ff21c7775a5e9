"""The rule engine: one verdict (pass / fail / na) with evidence per rule.

Rules run in dependency order so a condition ("apology only when the customer
reported a problem", "hold etiquette only when there was a hold") can read the
verdict it depends on; an unmet condition gives `na`, which the scorecard
leaves out of the denominator.
"""

from __future__ import annotations

from functools import lru_cache

from qa_desktop.domain import Evidence, RuleResult, Silence
from qa_desktop.rules.model import Condition, Rule
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.matchers import Hit, distinct
from qa_desktop.scoring.messages import ROLE, Message, Rendered, msg, note, reason, rendered
from qa_desktop.scoring.metrics import evaluate_metric, evaluate_overlaps, evaluate_silences
from qa_desktop.scoring.windows import Windows, windows

PHRASE_MODES = ("exact", "fuzzy", "phonetic", "regex")
LOOKED_FOR_SHOWN = 5  # phrases named in a fail's evidence; the rest are counted
# a forbidden phrase heard only where a mono call's speaker is undetermined: below every other
# verdict's confidence (≥ 0.6), so sampling ("least sure first") shows it to an inspector first
UNDETERMINED_CONFIDENCE = 0.3


def _condition(c: Condition) -> Message:
    if c.rule:
        return msg("condition.rule", rule=c.rule, status="/".join(c.status))
    if c.category:
        return msg("condition.category", category="/".join(c.category))
    if c.event:
        return msg("condition.event", event=c.event)
    return msg("condition.layout", layout="/".join(c.layout))


def _unmet(rule: Rule, ctx: CallContext) -> Condition | None:
    for c in rule.when:
        if c.rule and ctx.statuses.get(c.rule, "na") not in c.status:
            return c
        if c.category and ctx.category not in c.category:
            return c
        if c.event == "hold" and not ctx.holds:
            return c
        if c.layout and ctx.transcript.layout not in c.layout:
            return c
    return None


def hit_evidence(ctx: CallContext, index: int, hit: Hit, why: Message | None = None) -> Evidence:
    u = ctx.utts[index]
    item = ctx.items[index]
    a, b = item.norm.span(hit.a, hit.b)
    return Evidence(
        speaker=u.speaker,  # as recorded; on mono calls the inferred role is in the note
        start=u.start, end=u.end, text=u.text, span=u.text[a:b], span_start=a, span_end=b,
        similarity=hit.similarity, phrase=hit.phrase, mode=hit.mode,
        **note(why, ctx.role_note(index)),
    )


def phrase_hits(rule: Rule, compiled: CompiledPack, ctx: CallContext, start: float, end: float,
                first_only: bool, every: bool | None = None) -> tuple[list[int], list[Hit]]:
    """Hits of a phrase rule in a stretch of the call (cached: dead air re-asks the hold notice).

    `every` (default: for forbidden phrases) reports each occurrence, not each phrase once.
    """
    every = rule.expect == "absent" if every is None else every
    key = (rule.id, start, end, first_only, every)
    cached = ctx.searched.get(key)
    if cached is None:
        idx = ctx.in_window(rule.speaker, start, end)
        hits = compiled.matchers[rule.id].search(ctx.haystack(idx), first_only=first_only, every=every)
        cached = ctx.searched[key] = idx, (hits if first_only else distinct(hits))
    return cached


@lru_cache(maxsize=64)
def _who(speaker: str, mono: bool, expect: str) -> Message:
    if speaker == "any":
        return msg("scope.call")
    key = "scope.speech" if not mono else "scope.mono" if expect == "present" else "scope.mono_shown"
    return msg(key, role=ROLE[speaker])


def _looked_for(rule: Rule) -> Rendered:
    return _looked_for_cached(tuple(rule.phrases), len(rule.regex))


@lru_cache(maxsize=256)
def _counted(phrases: int, patterns: int) -> list[Message]:
    return [msg("looked.phrases", count=phrases)] + ([msg("looked.patterns", count=patterns)] if patterns else [])


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
        return phrase_hits(anchor, compiled, ctx, start, end, first_only=False, every=True)

    if whole_call:
        found = Windows([(msg("window.call"), 0.0, ctx.end)], True)
    else:
        found = windows(rule, ctx, compiled.by_id, hits_of)
    if not found.stretches:
        why = msg("reason.no_event", event="hold") if rule.window.event else found.missing
        return "na", [Evidence(**note(found.missing))], why
    # around holds or another rule's hits, each hit's evidence says which stretch it was in
    anchored = not whole_call and rule.window is not None and rule.window.anchor is not None
    who = _who(rule.speaker, ctx.mono, rule.expect)
    evidence: list[Evidence] = []
    all_hits: list[tuple[int, Hit]] = []
    missing = []
    for where, start, end in found.stretches:
        idx, hits = phrase_hits(rule, compiled, ctx, start, end, first_only=rule.expect == "present")
        all_hits.extend((idx[h.item], h) for h in hits)
        context = where if anchored else None
        if rule.expect == "absent":
            evidence.extend(hit_evidence(ctx, idx[h.item], h, context) for h in hits)
        elif hits:
            evidence.append(hit_evidence(ctx, idx[hits[0].item], hits[0], context))
        else:
            missing.append(where)
            evidence.append(Evidence(speaker=rule.speaker, start=max(0.0, start), end=min(end, ctx.end), **note(
                msg("note.not_found", title=rule.title, who=who, where=where), _looked_for(rule))))
    ctx.hits[rule.id] = all_hits
    if rule.expect == "present":
        if missing and (found.every or len(missing) == len(found.stretches)):
            return "fail", evidence, msg("reason.not_found", where=missing[0])
        evidence = [e for e in evidence if e.mode]  # around a rule's hits, one stretch with the step is enough
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
    where = found.stretches[0][0] if len(found.stretches) == 1 else msg("window.several")
    looked = _counted(len(rule.phrases), len(rule.regex))
    return "pass", [Evidence(speaker=rule.speaker, start=0.0, end=ctx.end, **note(
        msg("note.none_of", looked=looked, who=who, where=where)))], msg("reason.none_found")


def evaluate_rule(rule: Rule, compiled: CompiledPack, ctx: CallContext) -> RuleResult:
    max_points = 0.0 if rule.informational else rule.points
    unmet = _unmet(rule, ctx)
    done_anyway = None
    if unmet is not None and rule.type == "phrase" and rule.expect == "present" and (
            rule.window is None or rule.window.event is None):
        # a step done although not required (an apology when no complaint was recognised,
        # e.g. the customer's channel was unintelligible) is credited, never held against; with
        # nothing to anchor its window on, it is looked for in the whole call
        status, evidence, why = evaluate_phrase(rule, compiled, ctx, whole_call=rule.window is not None
                                                and rule.window.rule is not None)
        if status == "pass":
            done_anyway = (evidence, msg("reason.done_anyway", found=why, condition=_condition(unmet)))
    if done_anyway is not None:
        status, (evidence, why) = "pass", done_anyway
        points = max_points
    elif unmet is not None:
        condition = _condition(unmet)
        why = msg("reason.not_applicable", condition=condition)
        status, evidence, points = "na", [Evidence(**note(msg("note.not_applicable", condition=condition)))], 0.0
        ctx.hits[rule.id] = []
    else:
        if rule.type == "phrase":
            status, evidence, why = evaluate_phrase(rule, compiled, ctx)
        elif rule.type == "silence":
            status, evidence, why = evaluate_silences(rule, compiled, ctx, announced=_announced(rule, compiled, ctx))
        elif rule.type == "overlap":
            status, evidence, why = evaluate_overlaps(rule, compiled, ctx)
        else:
            status, evidence, why, fraction = evaluate_metric(rule, ctx)
            points = round(max_points * fraction, 2) if status != "na" else 0.0
        if rule.type != "metric":
            points = max_points if status == "pass" else 0.0
    ctx.statuses[rule.id] = status
    return RuleResult(
        rule=rule.id, title=rule.title, section=rule.section, status=status, points=points,
        max_points=max_points, critical=rule.critical and not rule.informational, evidence=evidence,
        confidence=UNDETERMINED_CONFIDENCE if why["key"] == "reason.undetermined" else _confidence(status, evidence, ctx),
        **reason(why),
    )


def _announced(rule: Rule, compiled: CompiledPack, ctx: CallContext):
    """A predicate: did the agent announce this silence (the announced_by rule's phrases just before it)?"""
    if not rule.announced_by:
        return lambda s: None
    source = compiled.by_id.get(rule.announced_by)
    within = source.window.within if source and source.window else 20.0

    def check(s: Silence) -> Evidence | None:
        if source is None or source.type != "phrase":
            return None
        idx, hits = phrase_hits(source, compiled, ctx, s.start - within, s.start + 0.5, first_only=True)
        return hit_evidence(ctx, idx[hits[0].item], hits[0], msg("note.announced")) if hits else None

    return check


def _confidence(status: str, evidence: list[Evidence], ctx: CallContext) -> float:
    sims = [e.similarity for e in evidence if e.mode in PHRASE_MODES]  # metric evidence has no similarity
    conf = min(sims) / 100.0 if sims else (0.85 if status == "fail" else 0.9)
    if ctx.mono:
        conf *= 0.8  # roles are inferred, not measured
    return round(conf, 3)
