"""Scoring: a Transcript and a RulePack in, a CallScore with evidence out.

Public API: score, apply_overrides, try_text (+ RuleMatch).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext

from qa_desktop.domain import CallScore, LearnedExample, Transcript
from qa_desktop.rules.model import RulePack
from qa_desktop.scoring.categories import categorise
from qa_desktop.scoring.compiled import compile_pack
from qa_desktop.scoring.context import build_context
from qa_desktop.scoring.engine import evaluate_rule
from qa_desktop.scoring.escalation import assess, words_escalation
from qa_desktop.scoring.encoder import one_blas_thread
from qa_desktop.scoring.meaning import meaning_of
from qa_desktop.scoring.scorecard import apply_overrides, assemble
from qa_desktop.scoring.trytext import RuleMatch, try_text

__all__ = ["RuleMatch", "apply_overrides", "score", "try_text"]


def score(transcript: Transcript, pack: RulePack, examples: Sequence[LearnedExample] = ()) -> CallScore:
    """Every rule's verdict with evidence, section scores and the call score.

    `examples` are sentences inspectors' corrections taught (same team): the meaning
    model adds them to the pack's own category and conduct examples.
    """
    compiled = compile_pack(pack)
    ctx = build_context(transcript, compiled)
    meaning = meaning_of(compiled, examples)  # None for keyword-only packs
    with one_blas_thread() if meaning is not None else nullcontext():
        verdict = categorise(compiled, ctx, meaning)
        ctx.category = verdict.primary
        by_id = {}
        for rule in compiled.order:
            by_id[rule.id] = evaluate_rule(rule, compiled, ctx, meaning)
        words = words_escalation(compiled, ctx, meaning)
    results = [by_id[r.id] for r in pack.rules]  # the pack's order, as the QA lead wrote it
    out = assemble(pack, results, ctx.category, verdict.ranked)
    out.category_confidence, out.secondary_category = verdict.confidence, verdict.secondary
    out.escalation = assess(transcript, ctx, words)
    return out
