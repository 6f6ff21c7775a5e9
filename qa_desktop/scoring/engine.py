"""The rule engine: one verdict (pass / fail / na) with evidence per rule.

Rules run in dependency order so a condition ("apology only when the customer
reported a problem", "hold etiquette only when there was a hold") can read the
verdict it depends on; an unmet condition gives `na`, which the scorecard
leaves out of the denominator.
"""

from __future__ import annotations

from qa_desktop.domain import Evidence, RuleResult, Silence
from qa_desktop.rules.model import Condition, Rule
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.matchers import Hit, distinct
from qa_desktop.scoring.metrics import evaluate_metric, evaluate_overlaps, evaluate_silences


def _cond_text(c: Condition) -> str:
    if c.rule:
        return f"{c.rule} is {'/'.join(c.status)}"
    if c.category:
        return f"category is {'/'.join(c.category)}"
    if c.event:
        return f"the call has a {c.event}"
    return f"layout is {'/'.join(c.layout)}"


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


def hit_evidence(ctx: CallContext, index: int, hit: Hit, note: str = "") -> Evidence:
    u = ctx.utts[index]
    item = ctx.items[index]
    a, b = item.norm.span(hit.a, hit.b)
    extra = ctx.speaker_note(index)
    return Evidence(
        speaker=u.speaker,  # as recorded; on mono calls the inferred role is in the note
        start=u.start, end=u.end, text=u.text, span=u.text[a:b], span_start=a, span_end=b,
        similarity=hit.similarity, phrase=hit.phrase, mode=hit.mode,
        note="; ".join(x for x in (note, extra) if x),
    )


def _groups(rule: Rule, ctx: CallContext) -> list[tuple[str, float, float]]:
    """(description, start, end) of each stretch the rule must find its phrase in."""
    w = rule.window
    if w is None:
        return [("in the call", 0.0, ctx.end)]
    if w.first is not None:
        return [(f"within the first {w.first:g} s", 0.0, w.first)]
    if w.last is not None:
        return [(f"within the last {w.last:g} s", max(0.0, ctx.end - w.last), ctx.end)]
    out = []
    for h in ctx.holds:
        if w.before:
            out.append((f"within {w.within:g} s before the {h.duration:.0f} s hold at {h.start:.1f} s",
                        h.start - w.within, h.start + 0.5))
        else:
            out.append((f"within {w.within:g} s after the {h.duration:.0f} s hold ending at {h.end:.1f} s",
                        h.end - 0.5, h.end + w.within))
    return out


def _in_window(ctx: CallContext, idx: list[int], start: float, end: float) -> list[int]:
    # an utterance counts if it starts inside the window (a greeting begun at 14 s counts for "first 15 s")
    if start <= 0.0 and end >= ctx.end:
        return idx
    return [i for i in idx if start <= ctx.utts[i].start < end or (ctx.utts[i].start < start < ctx.utts[i].end)]


def phrase_hits(rule: Rule, compiled: CompiledPack, ctx: CallContext, start: float, end: float,
                first_only: bool) -> tuple[list[int], list[Hit]]:
    """Hits of a phrase rule in a stretch of the call (cached: dead air re-asks the hold notice)."""
    key = (rule.id, start, end, first_only)
    cached = ctx.searched.get(key)
    if cached is None:
        cached = ctx.searched[key] = _phrase_hits(rule, compiled, ctx, start, end, first_only)
    return cached


def _phrase_hits(rule: Rule, compiled: CompiledPack, ctx: CallContext, start: float, end: float,
                 first_only: bool) -> tuple[list[int], list[Hit]]:
    idx = _in_window(ctx, ctx.scope(rule.speaker), start, end)
    hits = compiled.matchers[rule.id].search(ctx.haystack(idx), first_only=first_only,
                                             every=rule.expect == "absent")
    return idx, (hits if first_only else distinct(hits))


def _who(rule: Rule, ctx: CallContext) -> str:
    who = {"agent": "agent speech", "customer": "customer speech", "any": "the call"}[rule.speaker]
    if ctx.mono and rule.speaker != "any":
        who += f" (mono call: every turn not recognisably the other party's counted as possibly the {rule.speaker})"
    return who


def evaluate_phrase(rule: Rule, compiled: CompiledPack, ctx: CallContext) -> tuple[str, list[Evidence], str]:
    groups = _groups(rule, ctx)
    if not groups:
        return "na", [Evidence(note=f"no {rule.window.event} in this call")], f"no {rule.window.event} in this call"
    looked = f"{len(rule.phrases)} phrases" + (f" / {len(rule.regex)} patterns" if rule.regex else "")
    evidence: list[Evidence] = []
    all_hits: list[tuple[int, Hit]] = []
    missing = []
    for desc, start, end in groups:
        idx, hits = phrase_hits(rule, compiled, ctx, start, end, first_only=rule.expect == "present")
        all_hits.extend((idx[h.item], h) for h in hits)
        if rule.expect == "present":
            if hits:
                evidence.append(hit_evidence(ctx, idx[hits[0].item], hits[0]))
            else:
                missing.append(desc)
                evidence.append(Evidence(speaker=rule.speaker, start=max(0.0, start), end=min(end, ctx.end),
                                         note=f"no {rule.title} phrase ({looked}) in {_who(rule, ctx)} {desc}"))
        else:
            evidence.extend(hit_evidence(ctx, idx[h.item], h) for h in hits)
    ctx.hits[rule.id] = all_hits
    if rule.expect == "present":
        if missing:
            return "fail", evidence, f"not found {missing[0]}"
        best = evidence[0]
        return "pass", evidence, f"“{best.span}” at {best.start:.1f} s ({best.mode} {best.similarity:.0f})"
    if all_hits:
        first = evidence[0]
        return "fail", evidence, f"“{first.span}” at {first.start:.1f} s" + (
            f" and {len(all_hits) - 1} more" if len(all_hits) > 1 else "")
    desc = groups[0][0] if len(groups) == 1 else "in the windows"
    return "pass", [Evidence(speaker=rule.speaker, start=0.0, end=ctx.end,
                             note=f"none of {looked} in {_who(rule, ctx)} {desc}")], "none found"


def evaluate_rule(rule: Rule, compiled: CompiledPack, ctx: CallContext) -> RuleResult:
    max_points = 0.0 if rule.informational else rule.points
    unmet = _unmet(rule, ctx)
    done_anyway = None
    if unmet is not None and rule.type == "phrase" and rule.expect == "present" and (
            rule.window is None or rule.window.event is None):
        # a step done although not required (an apology when no complaint was recognised,
        # e.g. the customer's channel was unintelligible) is credited, never held against
        status, evidence, reason = evaluate_phrase(rule, compiled, ctx)
        if status == "pass":
            done_anyway = (evidence, reason + f" (done although it applies only when {_cond_text(unmet)})")
    if done_anyway is not None:
        status, (evidence, reason) = "pass", done_anyway
        points = max_points
    elif unmet is not None:
        reason = f"applies only when {_cond_text(unmet)}"
        status, evidence, points = "na", [Evidence(note=reason)], 0.0
        ctx.hits[rule.id] = []
    else:
        if rule.type == "phrase":
            status, evidence, reason = evaluate_phrase(rule, compiled, ctx)
        elif rule.type == "silence":
            status, evidence, reason = evaluate_silences(rule, compiled, ctx, announced=_announced(rule, compiled, ctx))
        elif rule.type == "overlap":
            status, evidence, reason = evaluate_overlaps(rule, compiled, ctx)
        else:
            status, evidence, reason, fraction = evaluate_metric(rule, ctx)
            points = round(max_points * fraction, 2) if status != "na" else 0.0
        if rule.type != "metric":
            points = max_points if status == "pass" else 0.0
    ctx.statuses[rule.id] = status
    return RuleResult(
        rule=rule.id, title=rule.title, section=rule.section, status=status, points=points,
        max_points=max_points, critical=rule.critical and not rule.informational, evidence=evidence,
        reason=reason, confidence=_confidence(status, evidence, ctx),
    )


def _announced(rule: Rule, compiled: CompiledPack, ctx: CallContext):
    """A predicate: did the agent announce this silence (the announced_by rule's phrases just before it)?"""
    if not rule.announced_by:
        return lambda s: None
    source = compiled.pack.rule(rule.announced_by)
    within = source.window.within if source and source.window else 20.0

    def check(s: Silence) -> Evidence | None:
        if source is None or source.type != "phrase":
            return None
        idx, hits = phrase_hits(source, compiled, ctx, s.start - within, s.start + 0.5, first_only=True)
        return hit_evidence(ctx, idx[hits[0].item], hits[0], note="announced") if hits else None

    return check


def _confidence(status: str, evidence: list[Evidence], ctx: CallContext) -> float:
    sims = [e.similarity for e in evidence if e.mode]
    conf = min(sims) / 100.0 if sims else (0.85 if status == "fail" else 0.9)
    if ctx.mono:
        conf *= 0.8  # roles are inferred, not measured
    return round(conf, 3)
