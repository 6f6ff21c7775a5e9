"""Complaint category from keyword evidence, weighted by who said it.

The customer's own words name the problem; the agent repeats or answers them
("快递员明天上门取件" in a call about a broken lamp), so agent words weigh
less. Each keyword counts once per call; the highest total wins if it reaches
min_score, else the fallback ("other").
"""

from __future__ import annotations

from qa_desktop.domain import CategoryScore
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.matchers import distinct
from qa_desktop.scoring.messages import msg


EVIDENCE_PER_CATEGORY = 3  # enough to see why; the total still counts every keyword


def score_categories(compiled: CompiledPack, ctx: CallContext) -> tuple[str, list[CategoryScore]]:
    from qa_desktop.scoring.engine import hit_evidence

    settings = compiled.pack.categories
    weights = settings.speaker_weights
    totals = {c.id: 0.0 for c in settings.items}
    evidence: dict[str, list] = {c.id: [] for c in settings.items}
    matcher = compiled.all_keywords
    hits = matcher.search(ctx.haystack(list(range(len(ctx.items))))) if matcher is not None else []
    owner = dict(zip(matcher.raw, compiled.keyword_category)) if matcher is not None else {}
    for h in distinct(hits):  # "快递员" absorbs "快递"
        cat = owner[h.phrase]
        speaker = ctx.utts[h.item].speaker
        if speaker in ("agent", "customer"):
            w = weights.get(speaker, 1.0)
        else:  # mono: an inferred agent weighs as an agent; anyone else as "unknown"
            w = weights.get("agent", 0.3) if ctx.roles[h.item] == "agent" else weights.get("unknown", 0.7)
        totals[cat] += w * h.similarity / 100.0
        if len(evidence[cat]) < EVIDENCE_PER_CATEGORY:
            evidence[cat].append(hit_evidence(ctx, h.item, h, msg("note.weight", weight=w)))
    out = [CategoryScore(c.id, round(totals[c.id], 2), evidence[c.id]) for c in settings.items]
    ranked = sorted(out, key=lambda c: -c.score)  # stable: pack order breaks ties
    primary = ranked[0].category if ranked and ranked[0].score >= settings.min_score else settings.fallback
    return primary, ranked
