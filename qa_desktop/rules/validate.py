"""Turn parsed YAML into a RulePack, collecting every problem with its line.

A QA lead fixing a pack wants the whole list at once (file:line field: why),
not one error per run, so validation keeps going after the first problem and
raises a single RulePackError that carries them all in `problems`. Unknown
fields are errors too (with the nearest known name): a misspelt `min_secnds`
silently ignored would be a rule that never does what its author wrote.
"""

from __future__ import annotations

import difflib
from typing import Any

from qa_desktop.errors import RulePackError
from qa_desktop.plural import plural
from qa_desktop.rules.checker import Checker
from qa_desktop.rules.model import (
    MATCH_MODES, Category, CategorySettings, EscalationSettings, Rule, RulePack, Section,
)
from qa_desktop.rules.rule_fields import ID, build_rule
from qa_desktop.rules.yaml_lines import LineDict, LineList

PACK_KEYS = {"name", "language", "version", "description", "sections", "rules", "categories", "hold", "roles",
             "escalation"}
SECTION_KEYS = {"id", "title", "weight", "target"}
CATEGORY_SETTINGS_KEYS = {"match", "min_score", "threshold", "fallback", "speaker_weights", "items",
                          "neutral_examples"}
CATEGORY_KEYS = {"id", "title", "keywords", "unless", "match", "threshold", "examples", "claims"}
ESCALATION_KEYS = {"keywords", "match", "threshold", "unless", "examples", "calm_examples", "channels", "intents",
                   "harmless", "sound_alike", "spread"}


def build_pack(data: Any, source: str) -> RulePack:
    chk = Checker(source)
    if not isinstance(data, LineDict):
        raise RulePackError(source, "a rule pack must be a YAML mapping with name, language, sections and rules")
    chk.known_keys(data, PACK_KEYS, "")
    name = chk.text(data, "name", "", required=True)
    language = chk.text(data, "language", "", required=True, strict=True)
    version = chk.text(data, "version", "", required=True)
    hold = chk.mapping(data, "hold", "", "min_seconds: S") or LineDict()
    chk.known_keys(hold, {"min_seconds"}, "hold.")
    hold_min = chk.number(hold, "min_seconds", "hold.", 10.0, low=1.0) or 10.0
    sections = _sections(chk, data)
    rules = _rules(chk, data, {s.id for s in sections})
    categories = _categories(chk, data)
    _cross_check(chk, rules, categories)
    role_cues = _roles(chk, data)
    escalation = _escalation(chk, data)
    if chk.problems:
        first = chk.problems[0]
        err = RulePackError(
            f"{source}:{first.line}",
            f"{first.field}: {first.message}"
            + (f" (and {plural(len(chk.problems) - 1, 'more problem')})" if len(chk.problems) > 1 else ""),
        )
        err.problems = [p.render(source) for p in chk.problems]  # type: ignore[attr-defined]
        raise err
    return RulePack(
        name=name, language=language, version=version, sections=sections, rules=rules,
        categories=categories, description=chk.text(data, "description", ""), hold_min_seconds=hold_min,
        role_cues=role_cues, escalation=escalation,
    )


def _items(chk: Checker, data: LineDict, key: str, what: str) -> list[tuple[int, LineDict]]:
    """The mappings of a required, non-empty list (a pack without sections or rules scores nothing)."""
    value = data.get(key)
    if value is None:
        chk.add(data.line, key, "is required")
        return []
    if not isinstance(value, LineList):
        chk.add(data.line_of(key), key, "must be a list")
        return []
    if not value:
        chk.add(data.line_of(key), key, f"needs at least one {what}")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, LineDict):
            chk.add(value.line_of(i), f"{key}[{i}]", "must be a mapping")
            continue
        out.append((i, item))
    return out


def _sections(chk: Checker, data: LineDict) -> list[Section]:
    out: list[Section] = []
    for i, d in _items(chk, data, "sections", "section"):
        sid = chk.text(d, "id", f"sections[{i}].", required=True)
        where = f"section {sid}: " if sid else f"sections[{i}]."
        chk.known_keys(d, SECTION_KEYS, where)
        if sid and not ID.match(sid):
            chk.add(d.line_of("id"), f"sections[{i}].id", f"{sid!r} must be lower_snake_case")
        if any(s.id == sid for s in out):
            chk.add(d.line_of("id"), f"sections[{i}].id", f"duplicate section {sid!r}")
        weight = chk.number(d, "weight", where, 1.0) or 0.0
        out.append(Section(sid, chk.text(d, "title", "", default=sid), weight, d.line, chk.rate(d, "target", where)))
    return out


def _rules(chk: Checker, data: LineDict, section_ids: set[str]) -> list[Rule]:
    out: list[Rule] = []
    for i, d in _items(chk, data, "rules", "rule"):
        r = build_rule(chk, d, i, section_ids)
        if any(x.id == r.id for x in out):
            chk.add(d.line_of("id"), f"rule {r.id}: id", "duplicate rule id")
        out.append(r)
    return out


def _categories(chk: Checker, data: LineDict) -> CategorySettings:
    settings = CategorySettings()
    d = chk.mapping(data, "categories", "", "match, min_score, fallback, speaker_weights, items")
    if d is None:
        return settings
    chk.known_keys(d, CATEGORY_SETTINGS_KEYS, "categories.")
    settings.match = chk.choice(d, "match", "categories.", MATCH_MODES, "fuzzy")
    settings.min_score = chk.number(d, "min_score", "categories.", 1.0) or 0.0
    settings.threshold = chk.number(d, "threshold", "categories.", None, 0, 100)
    settings.fallback = chk.text(d, "fallback", "categories.", default="other")
    settings.neutral_examples = chk.strings(d, "neutral_examples", "categories.")
    weights = chk.mapping(d, "speaker_weights", "categories.", "agent / customer / unknown: weight")
    if weights is not None:
        chk.known_keys(weights, {"agent", "customer", "unknown"}, "categories.speaker_weights.")
        for k in weights:
            if k in ("agent", "customer", "unknown"):
                settings.speaker_weights[k] = chk.number(weights, k, "categories.speaker_weights.", 0.0) or 0.0
    for i, c in _items(chk, d, "items", "category"):
        cid = chk.text(c, "id", f"categories.items[{i}].", required=True)
        chk.known_keys(c, CATEGORY_KEYS, f"category {cid}: ")
        keywords = chk.strings(c, "keywords", f"category {cid}: ")
        examples = chk.strings(c, "examples", f"category {cid}: ")
        if not keywords and not examples:
            chk.add(c.line, f"category {cid}: keywords", "a category needs keywords or examples")
        if any(x.id == cid for x in settings.items):
            chk.add(c.line_of("id"), f"category {cid}: id", "duplicate category")
        where = f"category {cid}: "
        settings.items.append(Category(
            cid, chk.text(c, "title", "", default=cid), keywords, chk.strings(c, "unless", where), c.line,
            chk.choice(c, "match", where, MATCH_MODES, settings.match) if "match" in c else None,
            chk.number(c, "threshold", where, None, 0, 100), examples, chk.strings(c, "claims", where)))
    if any(c.examples for c in settings.items) and not settings.neutral_examples:
        chk.add(d.line, "categories.neutral_examples",
                "categories with examples need neutral_examples too (customer sentences that name no "
                "problem), or every greeting would vote for the nearest category")
    return settings


def _escalation(chk: Checker, data: LineDict) -> EscalationSettings:
    d = chk.mapping(data, "escalation", "", "keywords, examples, calm_examples")
    if d is None:
        return EscalationSettings()
    chk.known_keys(d, ESCALATION_KEYS, "escalation.")
    out = EscalationSettings(
        keywords=chk.strings(d, "keywords", "escalation."),
        match=chk.choice(d, "match", "escalation.", MATCH_MODES, "fuzzy"),
        threshold=chk.number(d, "threshold", "escalation.", None, 0, 100),
        unless=chk.strings(d, "unless", "escalation."),
        examples=chk.strings(d, "examples", "escalation."),
        calm_examples=chk.strings(d, "calm_examples", "escalation."),
        channels=chk.strings(d, "channels", "escalation."),
        intents=chk.strings(d, "intents", "escalation."),
        harmless=chk.strings(d, "harmless", "escalation."),
        sound_alike=chk.strings(d, "sound_alike", "escalation."),
        spread=chk.strings(d, "spread", "escalation."),
    )
    for j, cue in enumerate(out.sound_alike):
        if len(cue) < 2 or cue.isascii() or cue not in out.channels + out.keywords:
            line = d["sound_alike"].line_of(j) if isinstance(d["sound_alike"], LineList) else d.line_of("sound_alike")
            chk.add(line, f"escalation.sound_alike[{j}]",
                    f"{cue!r} must be a Chinese channel or keyword of two characters or more, listed there too")
    for key in ("channels", "intents", "harmless", "spread"):
        cues = getattr(out, key)
        if cues and not out.examples:
            chk.add(d.line_of(key), "escalation." + key,
                    "channel and intent cues are read beside the meaning model: they need examples: (threats) too")
        for j, cue in enumerate(cues):
            if not any(ch.isalnum() for ch in cue):
                line = d[key].line_of(j) if isinstance(d[key], LineList) else d.line_of(key)
                chk.add(line, f"escalation.{key}[{j}]", f"the cue {cue!r} has no word to match on")
    if out.channels and not out.intents:
        chk.add(d.line_of("channels"), "escalation.intents",
                "channels need intents too (I'm going to, 我要…): a channel named without an intention is no threat")
    if out.examples and not out.calm_examples:
        chk.add(d.line_of("examples"), "escalation.calm_examples",
                "examples of threats need calm look-alikes too (calm_examples:), to compare against")
    if not (out.keywords or out.examples):
        chk.add(d.line, "escalation", "needs keywords or examples")
    return out


def _roles(chk: Checker, data: LineDict) -> dict[str, list[str]]:
    roles = chk.mapping(data, "roles", "", "agent / customer phrase lists")
    if roles is None:
        return {}
    chk.known_keys(roles, {"agent", "customer"}, "roles.")
    return {key: chk.strings(roles, key, "roles.") for key in roles if key in ("agent", "customer")}


def _cross_check(chk: Checker, rules: list[Rule], categories: CategorySettings) -> None:
    """References between rules (conditions, windows, announcements) exist and do not loop."""
    by_id = {r.id: r for r in rules}
    cats = {c.id for c in categories.items} | {categories.fallback}
    for r in rules:
        for c in r.when:
            if c.rule and c.rule not in by_id:
                chk.add(c.line, f"rule {r.id}: when.rule", f"no rule {c.rule!r} in this pack{_near(c.rule, by_id)}")
            if c.rule == r.id:
                chk.add(c.line, f"rule {r.id}: when.rule", "a rule cannot depend on itself")
            for cat in c.category:
                if cat not in cats:
                    chk.add(c.line, f"rule {r.id}: when.category", f"no category {cat!r} in this pack{_near(cat, cats)}")
        anchor = r.window.rule if r.window else None
        if anchor:
            side = "before" if r.window.before else "after"
            field_name = f"rule {r.id}: window.{side}"
            if anchor == r.id:
                chk.add(r.window.line, field_name, "a window cannot be anchored on its own rule")
            elif anchor not in by_id:
                chk.add(r.window.line, field_name,
                        f"no rule {anchor!r} in this pack and no event of that name (events: hold)"
                        f"{_near(anchor, by_id)}")
            elif by_id[anchor].type != "phrase":
                chk.add(r.window.line, field_name, f"rule {anchor!r} is a {by_id[anchor].type} rule: "
                        "a window opens around the hits of a phrase rule")
        if r.announced_by and r.announced_by not in by_id:
            chk.add(r.line, f"rule {r.id}: announced_by",
                    f"no rule {r.announced_by!r} in this pack{_near(r.announced_by, by_id)}")
    _check_loops(chk, rules)


def _near(name: str, known: Any) -> str:
    near = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean {near[0]!r}?)" if near else ""


def _check_loops(chk: Checker, rules: list[Rule]) -> None:
    """Dependencies must not loop, so the engine can order rules (conditions, anchors first)."""
    deps = {r.id: set(r.depends_on()) for r in rules}
    state: dict[str, int] = {}

    def visit(rid: str) -> bool:
        if state.get(rid) == 1:
            return False
        if state.get(rid) == 2:
            return True
        state[rid] = 1
        ok = all(visit(d) for d in deps.get(rid, ()) if d in deps)
        state[rid] = 2
        return ok

    for r in rules:
        if not visit(r.id):
            chk.add(r.line, f"rule {r.id}: when", "conditions, windows or announcements form a loop")
            break

