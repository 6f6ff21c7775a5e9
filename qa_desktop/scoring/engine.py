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
from qa_desktop.scoring.conduct import review
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.messages import Message, Rendered, msg, render, rendered
from qa_desktop.scoring.metrics import (
    evaluate_metric,
    evaluate_overlaps,
    evaluate_silences,
)
from qa_desktop.scoring.phrases import evaluate_phrase, hit_evidence, phrase_hits
from qa_desktop.scoring.plan import RulePlan, plan_of

PHRASE_MODES = frozenset(("exact", "fuzzy", "phonetic", "regex", "meaning"))
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


def evaluate_rule(rule: Rule, compiled: CompiledPack, ctx: CallContext, meaning=None) -> RuleResult:
    plan = plan_of(rule, compiled)
    max_points = plan.max_points
    unmet = _unmet(rule, ctx) if rule.when else None
    text = None  # the reason's English, where already known
    if unmet is not None:
        done_anyway = None
        if rule.type == "phrase" and plan.present and plan.event is None:
            # a step done although not required (an apology when no complaint was recognised,
            # e.g. the customer's channel was unintelligible) is credited, never held against; with
            # nothing to anchor its window on, it is looked for in the whole call
            status, evidence, why, _ = evaluate_phrase(rule, compiled, ctx, plan.anchor_rule is not None, plan)
            if status == "pass":
                done_anyway = evidence, msg("reason.done_anyway", found=why, condition=_condition(unmet))
        if done_anyway is not None:
            status, (evidence, why) = "pass", done_anyway
            points = max_points
        else:
            (why, text), said = _not_applicable(plan, unmet)
            status, evidence, points = "na", [Evidence(note=said[1], note_parts=[said[0]])], 0.0
            ctx.hits[rule.id] = []
    else:
        kind = rule.type
        if kind == "phrase":
            status, evidence, why, text = evaluate_phrase(rule, compiled, ctx, False, plan)
            if rule.examples and meaning is not None:  # forbidden conduct in any wording (conduct.py)
                status, evidence, why = review(rule, ctx, meaning, status, evidence, why)
                text = None
        elif kind == "silence":
            status, evidence, why = evaluate_silences(rule, compiled, ctx, announced=_announced(rule, compiled, ctx))
        elif kind == "overlap":
            status, evidence, why = evaluate_overlaps(rule, compiled, ctx)
        else:
            status, evidence, why, fraction = evaluate_metric(rule, ctx)
            points = round(max_points * fraction, 2) if status != "na" else 0.0
        if kind != "metric":
            points = max_points if status == "pass" else 0.0
    ctx.statuses[rule.id] = status
    key = why["key"]
    if text is None:
        text = _reason(why, evidence)
    return RuleResult(rule.id, rule.title, rule.section, status, points, max_points, plan.critical, evidence, text,
                      UNDETERMINED_CONFIDENCE if key == "reason.undetermined" else _confidence(status, evidence, ctx),
                      key, why["args"])


def _not_applicable(plan: RulePlan, unmet: Condition) -> tuple[Rendered, Rendered]:
    """An unmet condition's reason and note, with their English (kept in the plan: the same in every
    call that misses it)."""
    key = ("na", id(unmet))  # (the condition lives on the rule, as long as the plan)
    done = plan.clauses.get(key)
    if done is None:
        condition = _condition(unmet)
        done = plan.clauses[key] = (rendered(msg("reason.not_applicable", condition=condition)),
                                    rendered(msg("note.not_applicable", condition=condition)))
    return done


def _reason(why: Message, evidence: list[Evidence]) -> str:
    """The verdict's reason in English. Where the reason is the one clause of the only evidence (a metric
    rule's "speech_rate = 4.1 (expected ≥ 2, ≤ 6)"), that evidence's note is its English already:
    rendering it again, bounds and all, cost as much as the rest of the rule."""
    if len(evidence) == 1 and len(evidence[0].note_parts) == 1 and evidence[0].note_parts[0] is why:
        return evidence[0].note
    return render(why)


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


def _heard(e: Evidence, ctx: CallContext) -> float:
    """How clearly the recogniser heard the turn a reading of meaning rests on (0-100). A phrase match's
    similarity already pays for misheard words; the meaning model reads whatever words came out, and
    sure of a garbled line ("I can't spot your patience", thank you for your patience on a noisy mixed-
    down call: 96 % refusal, heard at 69 %) it is no surer than the hearing."""
    for u in ctx.utts:
        if u.start == e.start and u.speaker == e.speaker:
            return u.confidence * 100.0
    return 100.0


def _confidence(status: str, evidence: list[Evidence], ctx: CallContext) -> float:
    lowest = None  # the least similar phrase hit (metric evidence has no similarity); a plain loop:
    for e in evidence:  # this runs for every verdict, and a list or generator costs more than the test
        if e.mode in PHRASE_MODES:
            sure = e.similarity if e.mode != "meaning" else min(e.similarity, _heard(e, ctx))
            if lowest is None or sure < lowest:
                lowest = sure
    conf = lowest / 100.0 if lowest is not None else (0.85 if status == "fail" else 0.9)
    if ctx.mono:
        conf *= 0.8  # roles are inferred, not measured
    done = _ROUNDED.get(conf)
    if done is None:  # (rounding to digits formats the number: a few values recur in every call)
        done = round(conf, 3)
        if len(_ROUNDED) < 4096:
            _ROUNDED[conf] = done
    return done


_ROUNDED: dict[float, float] = {}
