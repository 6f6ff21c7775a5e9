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
    mode: str  # exact | fuzzy | phonetic | regex | meaning (phrase: the example sentence it resembles)
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
    out += _meaning_matches(text, pack, speaker)
    return out


def _meaning_matches(text: str, pack: RulePack, speaker: str) -> list[RuleMatch]:
    """What the meaning model makes of the sentence (mode "meaning", the example it resembles as the
    phrase): a category or a threat when the customer says it, a refusal when the agent does."""
    from qa_desktop.domain import Metrics, Transcript, Utterance
    from qa_desktop.scoring import score
    from qa_desktop.scoring.meaning import meaning_of

    if not text.strip() or meaning_of(compile_pack(pack)) is None:
        return []
    out: list[RuleMatch] = []
    for role in ("customer", "agent"):
        if speaker not in (role, "unknown", "any"):
            continue
        s = score(Transcript("try", 5.0, pack.language, "stereo", [Utterance(role, 0.0, 4.0, text)], Metrics()), pack)
        found = []
        if role == "customer":
            found += [(f"category:{c.category}", e, "present") for c in s.categories for e in c.evidence]
            found += [("escalation", e, "present") for e in s.escalation.evidence]
        else:
            found += [(r.rule, e, "absent") for r in s.results for e in r.evidence]
        out += [RuleMatch(rule, e.phrase, e.mode, e.similarity, e.span, e.span_start, e.span_end, expect)
                for rule, e, expect in found if e.mode == "meaning"]
    return out
