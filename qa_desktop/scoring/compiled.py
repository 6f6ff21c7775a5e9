"""A rule pack turned into ready-to-run matchers, built once per pack.

Normalising and pinyin-encoding phrases is the slow part of matching; doing it
once per pack (not per call) is what lets scoring run at thousands of calls
per second. The result is cached on the RulePack object itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qa_desktop.rules.model import Rule, RulePack
from qa_desktop.scoring.literals import Alphabet, Literals
from qa_desktop.scoring.matchers import PhraseMatcher


@dataclass(slots=True)
class CompiledPack:
    pack: RulePack
    matchers: dict[str, PhraseMatcher]  # phrase rules by id
    categories: dict[str, PhraseMatcher]  # per category (try_text)
    keywords: list[PhraseMatcher]  # every category's keywords, one matcher per match mode (one pass each)
    keyword_category: dict[str, str]  # keyword as written → its category
    category_unless: dict[str, list[str]]  # category → its normalised unless phrases (its keywords only)
    agent_cues: PhraseMatcher | None  # phrases that only an agent says (mono role inference)
    customer_cues: PhraseMatcher | None
    order: list[Rule]  # rules in dependency order (conditions, window anchors, announcements first)
    by_id: dict[str, Rule]
    ignore: dict[str, set[str]]  # overlap rules: normalised back-channels
    escalation: PhraseMatcher | None = None  # the customer's threat keywords (12315, 消协, BBB…)
    escalation_settings: Any = None  # the pack's EscalationSettings (channel × intent cues, escalation.py)
    meaning: dict[Any, Any] = field(default_factory=dict)  # learned examples → meaning.Meaning (built lazily)
    category_scan: Any = None  # categories.py's own per-pack state (built on the pack's first call)
    plans: dict[str, Any] = field(default_factory=dict)  # rule id → plan.RulePlan (built on its first call)


def _order(pack: RulePack) -> list[Rule]:
    by_id = {r.id: r for r in pack.rules}
    done: set[str] = set()
    out: list[Rule] = []

    def visit(r: Rule) -> None:
        if r.id in done:
            return
        done.add(r.id)
        for dep in r.depends_on():
            if dep in by_id:
                visit(by_id[dep])
        out.append(r)

    for r in pack.rules:
        visit(r)
    return out


def _characters(lit: Literals) -> int:
    return len(set("".join(lit.phrases)))


def share_alphabets(automata: list[Literals]) -> list[Alphabet]:
    """Give automata that scan the same texts a few shared alphabets (literals.Alphabet), so a text
    many of them scan is translated once per alphabet, not once per automaton.

    First fit, in the order given (those that scan the whole call first, so they share the first
    alphabet). An automaton of ASCII phrases, or with more characters than an alphabet holds,
    keeps its own way of scanning."""
    alphabets: list[set[str]] = []
    placed: list[tuple[Literals, int]] = []
    for lit in dict.fromkeys(automata):
        if lit.alphabet is None:  # (ASCII phrases, or too many characters)
            continue
        chars = set("".join(lit.phrases))
        for k, have in enumerate(alphabets):
            if len(have | chars) <= Alphabet.LIMIT:
                have |= chars
                break
        else:
            k = len(alphabets)
            alphabets.append(set(chars))
        placed.append((lit, k))
    out = [Alphabet("".join(have)) for have in alphabets]
    for lit, k in placed:
        lit.share(out[k])
    return out


def compile_pack(pack: RulePack) -> CompiledPack:
    cached = pack._compiled
    if isinstance(cached, CompiledPack):
        return cached
    from qa_desktop.scoring.normalize import norm

    matchers = {
        r.id: PhraseMatcher(r.phrases, r.match, r.threshold, r.unless, r.regex)
        for r in pack.rules
        if r.type == "phrase"
    }
    settings = pack.categories
    # a category's own match / threshold, else the categories setting
    mode = {c.id: (c.match or settings.match, settings.threshold if c.threshold is None else c.threshold)
            for c in settings.items}
    cats = {c.id: PhraseMatcher(c.keywords, *mode[c.id], c.unless) for c in settings.items}
    # no unless here: one category's exceptions must not hide another's keywords (see categories.py)
    keywords = [PhraseMatcher([k for c in settings.items if mode[c.id] == m for k in c.keywords], *m)
                for m in dict.fromkeys(mode.values())]
    owners = {k: c.id for c in reversed(pack.categories.items) for k in c.keywords}  # first category wins
    agent_phrases = [p for r in pack.rules if r.type == "phrase" and r.role_cue and r.speaker == "agent"
                     for p in r.phrases] + pack.role_cues.get("agent", [])
    customer_phrases = [p for r in pack.rules if r.type == "phrase" and r.speaker == "customer"
                        for p in r.phrases] + pack.role_cues.get("customer", [])
    compiled = CompiledPack(
        pack=pack,
        matchers=matchers,
        categories=cats,
        keywords=keywords,
        keyword_category=owners,
        category_unless={c.id: [n for n in (norm(u) for u in c.unless) if n] for c in pack.categories.items
                         if c.unless},
        # agent cues as written (the agent's script is what Whisper knows best); customer cues
        # also as exact homophones (充不进电 heard as 冲不进店)
        agent_cues=PhraseMatcher(agent_phrases, "exact") if agent_phrases else None,
        customer_cues=PhraseMatcher(customer_phrases, "phonetic", 100) if customer_phrases else None,
        order=_order(pack),
        by_id={r.id: r for r in pack.rules},
        ignore={r.id: {norm(x) for x in r.ignore} for r in pack.rules if r.type == "overlap"},
        escalation=(PhraseMatcher(pack.escalation.keywords, pack.escalation.match, pack.escalation.threshold,
                                  pack.escalation.unless) if pack.escalation.keywords else None),
        escalation_settings=pack.escalation,
    )
    # the automata that scan a call's text, and those that scan it written by sound (matchers.py):
    # mono role cues and category keywords scan the whole call, so they come first; rules, mostly
    # windows of it, after (the larger automaton of a matcher first)
    every = [m for m in (compiled.agent_cues, compiled.customer_cues, *keywords, compiled.escalation,
                         *cats.values(), *matchers.values()) if m is not None]
    share_alphabets([lit for m in every for lit in sorted((m.exact, m.char_pieces), key=_characters, reverse=True)])
    share_alphabets([m.sounds for m in every])
    pack._compiled = compiled
    return compiled
