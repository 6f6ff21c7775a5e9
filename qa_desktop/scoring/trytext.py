"""The GUI's "Try a rule" tool: which phrases of which rules match a typed sentence.

Windows and conditions are ignored on purpose: the QA lead is testing the
phrase lists and thresholds, not a whole call.
"""

from __future__ import annotations

from dataclasses import dataclass

from qa_desktop.rules.model import RulePack
from qa_desktop.scoring.compiled import compile_pack
from qa_desktop.scoring.matchers import Searchable
from qa_desktop.scoring.normalize import normalize


@dataclass(slots=True)
class RuleMatch:
    rule: str  # rule id, or "category:<id>"
    phrase: str
    mode: str  # exact | fuzzy | phonetic | regex
    similarity: float
    span: str  # the matched part of the typed text
    span_start: int
    span_end: int
    expect: str = "present"  # "absent": this is a forbidden phrase


def try_text(text: str, pack: RulePack, speaker: str = "agent") -> list[RuleMatch]:
    compiled = compile_pack(pack)
    item = Searchable(normalize(text))
    out: list[RuleMatch] = []

    def add(rule_id: str, hits, expect: str) -> None:
        for h in hits:
            a, b = item.norm.span(h.a, h.b)
            out.append(RuleMatch(rule_id, h.phrase, h.mode, h.similarity, text[a:b], a, b, expect))

    for rule in pack.rules:
        if rule.type != "phrase":
            continue
        if rule.speaker not in ("any", speaker) and speaker != "unknown":
            continue
        add(rule.id, compiled.matchers[rule.id].search([item]), rule.expect)
    for cat in pack.categories.items:
        add(f"category:{cat.id}", compiled.categories[cat.id].search([item]), "present")
    return out
