"""Rules on the acoustic metrics: dead air, interruptions, talk ratio, speech rate.

These read `Transcript.metrics` (voice activity of each channel), not the
text, so they hold even when recognition is poor. Mono recordings cannot say
who talked over whom (one channel: overlapping voices are not separated), and
say who talked how long only when every turn's speaker was settled by voice
(scoring.speakers); otherwise those rules are `na` there, saying why. A mono
recording with one voice has no talk ratio or interruptions at all (the other
party was not heard): `na`, saying "one voice".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from qa_desktop.domain import Evidence, Silence
from qa_desktop.rules.model import Rule
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.messages import (
    ROLE,
    Message,
    Rendered,
    msg,
    note,
    render,
    render_list,
    rendered,
)

_NONE: frozenset[str] = frozenset()


def evaluate_silences(rule: Rule, compiled: CompiledPack, ctx: CallContext,
                      announced: Callable[[Silence], Evidence | None]) -> tuple[str, list[Evidence], Message]:
    seconds = rule.min_seconds
    long = [s for s in ctx.silences if s.end - s.start >= seconds]
    evidence: list[Evidence] = []
    bad = 0
    for s in long:
        notice = announced(s)
        if notice is not None:
            why = msg("note.silence_announced", start=notice.start, span=notice.span)
        else:
            bad += 1
            why = msg("note.dead_air", duration=s.duration, seconds=rule.min_seconds, role=ROLE["agent"])
        evidence.append(Evidence("", s.start, s.end, f"silence {s.duration:.1f} s", mode="metric", note=render(why),
                                 note_parts=[why]))
    if bad:
        return "fail", evidence, msg("reason.dead_air", count=bad, seconds=rule.min_seconds)
    if not evidence:
        longest = max((s.end - s.start for s in ctx.silences), default=0.0)
        evidence.append(Evidence(start=0.0, end=ctx.end, mode="metric", **note(
            msg("note.no_long_silence", seconds=rule.min_seconds, longest=longest))))
    return "pass", evidence, msg("reason.no_dead_air")


def _speaker_turn_at(ctx: CallContext, speaker: str, t: float) -> int | None:
    """The speaker's turn under time t (the one starting nearest it), as an index into ctx.utts."""
    best = None
    utts = ctx.utts
    for i, u in enumerate(utts):
        if u.start - 0.3 > t:
            break  # (turns are in start order: none later starts in time)
        if u.speaker == speaker and t <= u.end:
            if best is None or abs(u.start - t) < abs(utts[best].start - t):
                best = i
    return best


def agent_interruptions(rule: Rule, compiled: CompiledPack, ctx: CallContext) -> list[Evidence]:
    """Overlaps the `speaker` started, longer than min_seconds, that are not back-channels ("嗯", "okay")."""
    ignore = compiled.ignore.get(rule.id) or _NONE
    out = []
    for o in ctx.transcript.metrics.overlaps:
        if o.interrupter != rule.speaker or o.duration < rule.min_seconds:
            continue
        i = _speaker_turn_at(ctx, o.interrupter, o.start)
        text = ctx.utts[i].text if i is not None else ""
        # (the turn's text as the context normalised it once: no second normalisation per overlap)
        if i is not None and text and ctx.items[i].norm.text in ignore:
            continue
        # the other party must already be talking (a transcribed turn begun before), not line
        # noise on their channel or a turn both started together
        if not _talking(ctx, o.interrupted, o.start):
            continue
        out.append(Evidence(speaker=o.interrupter, start=o.start, end=o.end, text=text, mode="metric",
                            similarity=100.0, **note(msg(
                                "note.interrupted", interrupter=ROLE[o.interrupter],
                                interrupted=ROLE[o.interrupted], duration=o.duration))))
    return out


def _talking(ctx: CallContext, speaker: str, t: float) -> bool:
    """A turn of `speaker` begun before t (by more than 0.1 s) and not over by then (0.2 s leeway)."""
    before = t - 0.1
    for u in ctx.utts:
        if u.start >= before:
            return False  # (turns are in start order: none later begins before t)
        if u.speaker == speaker and t <= u.end + 0.2:
            return True
    return False


def evaluate_overlaps(rule: Rule, compiled: CompiledPack, ctx: CallContext) -> tuple[str, list[Evidence], Message]:
    if ctx.mono and ctx.one_voice:
        return "na", [Evidence(**note(msg("note.one_voice_overlap")))], msg("reason.one_voice")
    if ctx.mono:
        # one channel shows an overlap only where one voice takes over from the other mid-speech
        # (audio.diarize) or is heard under the other's before answering (audio.overlap); where none
        # did, talking over each other cannot be ruled out
        seen = [o for o in ctx.transcript.metrics.overlaps
                if o.interrupter_voice is not None and o.interrupter in ("agent", "customer")]
        if not seen:
            key = "note.mono_overlap_unseen" if ctx.separated else "note.mono_overlap"
            return "na", [Evidence(**note(msg(key)))], msg("reason.mono")
    found = agent_interruptions(rule, compiled, ctx)
    if len(found) > rule.max_count:
        return "fail", found, msg("reason.interruptions", count=len(found), allowed=rule.max_count)
    why = msg("note.interruptions", count=len(found), seconds=rule.min_seconds, allowed=rule.max_count)
    return "pass", found or [Evidence(start=0.0, end=ctx.end, mode="metric", **note(why))], why


def metric_value(rule: Rule, ctx: CallContext) -> float | None:
    m = ctx.transcript.metrics
    name = rule.metric
    if name == "longest_silence":
        return max((s.duration for s in ctx.silences), default=0.0)
    if name == "silence_total":
        return sum(s.duration for s in ctx.silences)
    if ctx.mono and ctx.one_voice and name in ("talk_ratio", "interruptions"):
        return None  # a share of the talk, or talking over, needs the other party heard
    if ctx.mono and (name == "interruptions" or not ctx.separated):
        return None  # per-speaker figures need each turn's speaker; overlaps need one channel per speaker
    if name == "interruptions":
        return float(len(m.interruptions(rule.speaker if rule.speaker != "any" else "agent")))
    speaker = rule.speaker if rule.speaker != "any" else "agent"
    if name == "talk_ratio":
        return m.talk_ratio(speaker) if m.talk_time else None
    if name == "speech_rate":
        return m.speech_rate.get(speaker)
    return None


def evaluate_metric(rule: Rule, ctx: CallContext) -> tuple[str, list[Evidence], Message, float]:
    """Status, evidence, reason and the fraction of points earned (targets give partial credit)."""
    value = metric_value(rule, ctx)
    if value is None:
        if ctx.mono and ctx.one_voice:
            key = "reason.one_voice"
        else:
            key = (("reason.mono_roles" if not ctx.separated and rule.metric != "interruptions" else "reason.mono")
                   if ctx.mono else "reason.not_measured")
        why, (said, said_text) = _not_measured(rule.metric, key)
        return "na", [Evidence(note=said_text, note_parts=[said])], why, 0.0
    unit = ctx.transcript.metrics.rate_unit if rule.metric == "speech_rate" else (
        "" if rule.metric in ("talk_ratio", "interruptions") else "s")
    text = f"{rule.metric} = {value:.2f}{(' ' + unit) if unit else ''}"
    ok = (rule.minimum is None or value >= rule.minimum) and (rule.maximum is None or value <= rule.maximum)
    fraction = 1.0 if ok else 0.0
    target = rule.metric_target
    bounds, bounds_text = _bounds(rule.minimum, rule.maximum, target)
    if target is not None:
        if rule.lower_is_better:
            fraction = 1.0 if value <= target else target / value
        else:
            fraction = min(1.0, value / target)
        ok = ok and fraction >= 1.0
        if rule.minimum is None and rule.maximum is None:
            fraction = max(0.0, fraction)
        else:
            fraction = fraction if (rule.minimum is None or value >= rule.minimum) and (
                rule.maximum is None or value <= rule.maximum) else 0.0
    why = msg("note.metric", text=text, bounds=bounds)
    said_text = render({"key": "note.metric", "args": {"text": text, "bounds": bounds_text}})  # (bounds rendered once)
    ev = [Evidence(rule.speaker, 0.0, ctx.end, text, mode="metric", note=said_text, note_parts=[why])]
    return ("pass" if ok else "fail"), ev, why, fraction


@lru_cache(maxsize=256)
def _not_measured(metric: str | None, key: str) -> tuple[Message, Rendered]:
    """Why a metric was not measured, and its evidence note with the English (the same in every call
    that misses it; shared, like ROLE: never changed)."""
    why = msg(key)
    return why, rendered(msg("note.metric_na", metric=metric, why=why))


@lru_cache(maxsize=256, typed=True)  # (typed: a bound of 1 and one of 1.0 are stored as written)
def _bounds(minimum: float | None, maximum: float | None, target: float | None) -> tuple[list[Message], str]:
    """A metric rule's bounds ("≥ 120", "≤ 420", "target 250") and their English: the same in every
    call (shared, like ROLE: never changed)."""
    bounds = []
    if minimum is not None:
        bounds.append(msg("bound.min", value=minimum))
    if maximum is not None:
        bounds.append(msg("bound.max", value=maximum))
    if target is not None:
        bounds.append(msg("bound.target", value=target))
    return bounds, render_list(bounds)
