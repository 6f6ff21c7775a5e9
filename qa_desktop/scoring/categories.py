"""Complaint category from keyword evidence, weighted by who said it.

The customer's own words name the problem; the agent repeats or answers them
("快递员明天上门取件" in a call about a broken lamp), so agent words weigh
less. Each keyword counts once per call; the highest total wins if it reaches
min_score, else the fallback ("other"). All keywords are found in one pass;
a category's `unless` phrases then void only that category's keywords inside
them ("不是质量问题" voids quality's 质量, never another category's word).
"""

from __future__ import annotations

from qa_desktop.domain import CategoryScore
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.matchers import Haystack, distinct
from qa_desktop.scoring.messages import msg
from qa_desktop.scoring.phrases import hit_evidence


EVIDENCE_PER_CATEGORY = 3  # enough to see why; the total still counts every keyword


def score_categories(compiled: CompiledPack, ctx: CallContext) -> tuple[str, list[CategoryScore]]:
    settings = compiled.pack.categories
    weights = settings.speaker_weights
    totals = {c.id: 0.0 for c in settings.items}
    evidence: dict[str, list] = {c.id: [] for c in settings.items}
    hay = ctx.haystack(list(range(len(ctx.items))))
    hits = [h for matcher in compiled.keywords for h in matcher.search(hay)]
    owner = compiled.keyword_category
    voided = _voided(compiled, hay)
    for h in distinct(hits):  # "快递员" absorbs "快递"
        cat = owner[h.phrase]
        if cat in voided and any(a < hay.bounds[h.item] + h.b and hay.bounds[h.item] + h.a < b
                                 for a, b in voided[cat]):
            continue
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


def _voided(compiled: CompiledPack, hay: Haystack) -> dict[str, list[tuple[int, int]]]:
    """Category → where in the joined text its unless phrases were said."""
    out: dict[str, list[tuple[int, int]]] = {}
    for cat, phrases in compiled.category_unless.items():
        for u in phrases:
            pos = hay.joined.find(u)
            while pos >= 0:
                out.setdefault(cat, []).append((pos, pos + len(u)))
                pos = hay.joined.find(u, pos + len(u))
    return out
