"""Turn parsed YAML into a RulePack, collecting every problem with its line.

A QA lead fixing a pack wants the whole list at once (file:line field: why),
not one error per run, so validation keeps going after the first problem and
raises a single RulePackError that carries them all in `problems`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from qa_desktop.errors import RulePackError
from qa_desktop.rules.model import (
    EXPECTS,
    MATCH_MODES,
    METRICS,
    RULE_TYPES,
    SCOPES,
    Category,
    CategorySettings,
    Condition,
    Rule,
    RulePack,
    Section,
    Window,
)
from qa_desktop.rules.yaml_lines import LineDict, LineList

EVENTS = ("hold",)
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
RULE_KEYS = {
    "id", "title", "section", "type", "points", "critical", "informational", "description",
    "speaker", "expect", "match", "threshold", "phrases", "regex", "unless", "window", "when",
    "role_cue", "min_seconds", "announced_by", "max_count", "metric", "min", "max", "target",
    "lower_is_better", "ignore",
}
PACK_KEYS = {"name", "language", "version", "description", "sections", "rules", "categories", "hold", "roles"}


@dataclass(slots=True)
class Problem:
    line: int
    field: str
    message: str

    def render(self, source: str) -> str:
        return f"{source}:{self.line}: {self.field}: {self.message}"


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def add(self, line: int, field_name: str, message: str) -> None:
        self.problems.append(Problem(line, field_name, message))

    # typed getters: each reports a problem and returns a usable default
    def text(self, d: LineDict, key: str, where: str, required: bool = False, default: str = "") -> str:
        if key not in d or d[key] is None:
            if required:
                self.add(d.line, f"{where}{key}", "is required")
            return default
        value = d[key]
        if isinstance(value, (dict, list)):
            self.add(d.line_of(key), f"{where}{key}", "must be text")
            return default
        return str(value)

    def number(self, d: LineDict, key: str, where: str, default: float | None, low: float | None = 0.0,
               high: float | None = None) -> float | None:
        if key not in d or d[key] is None:
            return default
        value = d[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(d.line_of(key), f"{where}{key}", f"must be a number, not {value!r}")
            return default
        if (low is not None and value < low) or (high is not None and value > high):
            rng = f"{low if low is not None else '-inf'}..{high if high is not None else 'inf'}"
            self.add(d.line_of(key), f"{where}{key}", f"{value} is outside {rng}")
            return default
        return float(value)

    def flag(self, d: LineDict, key: str, where: str, default: bool = False) -> bool:
        if key not in d:
            return default
        if not isinstance(d[key], bool):
            self.add(d.line_of(key), f"{where}{key}", "must be true or false")
            return default
        return d[key]

    def choice(self, d: LineDict, key: str, where: str, options: tuple[str, ...], default: str) -> str:
        value = self.text(d, key, where, default=default)
        if value not in options:
            self.add(d.line_of(key), f"{where}{key}", f"{value!r} is not one of {', '.join(options)}")
            return default
        return value

    def strings(self, d: LineDict, key: str, where: str) -> list[str]:
        if key not in d or d[key] is None:
            return []
        value = d[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.add(d.line_of(key), f"{where}{key}", "must be a list of phrases")
            return []
        out = []
        for i, item in enumerate(value):
            line = value.line_of(i) if isinstance(value, LineList) else d.line_of(key)
            if isinstance(item, (dict, list)) or item is None or str(item).strip() == "":
                self.add(line, f"{where}{key}[{i}]", "must be a non-empty phrase")
                continue
            out.append(str(item))
        return out


def build_pack(data: Any, source: str) -> RulePack:
    chk = _Checker(source)
    if not isinstance(data, LineDict):
        raise RulePackError(source, "a rule pack must be a YAML mapping with name, language, sections and rules")
    for key in data:
        if key not in PACK_KEYS:
            chk.add(data.line_of(key), key, f"unknown field (expected one of {', '.join(sorted(PACK_KEYS))})")
    name = chk.text(data, "name", "", required=True)
    language = chk.text(data, "language", "", required=True)
    version = chk.text(data, "version", "", required=True)
    hold = data.get("hold") if isinstance(data.get("hold"), LineDict) else LineDict()
    hold_min = chk.number(hold, "min_seconds", "hold.", 10.0, low=1.0) or 10.0
    sections = _sections(chk, data)
    rules = _rules(chk, data, {s.id for s in sections})
    categories = _categories(chk, data)
    _cross_check(chk, rules, categories)
    role_cues: dict[str, list[str]] = {}
    roles = data.get("roles")
    if roles is not None:
        if not isinstance(roles, LineDict):
            chk.add(data.line_of("roles"), "roles", "must be a mapping with agent / customer phrase lists")
        else:
            for key in roles:
                if key not in ("agent", "customer"):
                    chk.add(roles.line_of(key), f"roles.{key}", "must be agent or customer")
                    continue
                role_cues[key] = chk.strings(roles, key, "roles.")
    if chk.problems:
        first = chk.problems[0]
        err = RulePackError(
            f"{source}:{first.line}",
            f"{first.field}: {first.message}"
            + (f" (and {len(chk.problems) - 1} more problems)" if len(chk.problems) > 1 else ""),
        )
        err.problems = [p.render(source) for p in chk.problems]  # type: ignore[attr-defined]
        raise err
    return RulePack(
        name=name, language=language, version=version, sections=sections, rules=rules,
        categories=categories, description=chk.text(data, "description", ""), hold_min_seconds=hold_min,
        role_cues=role_cues,
    )


def _items(chk: _Checker, data: LineDict, key: str) -> list[tuple[int, LineDict]]:
    value = data.get(key)
    if value is None:
        chk.add(data.line, key, "is required")
        return []
    if not isinstance(value, LineList):
        chk.add(data.line_of(key), key, "must be a list")
        return []
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, LineDict):
            chk.add(value.line_of(i), f"{key}[{i}]", "must be a mapping")
            continue
        out.append((i, item))
    return out


def _sections(chk: _Checker, data: LineDict) -> list[Section]:
    out: list[Section] = []
    for i, d in _items(chk, data, "sections"):
        sid = chk.text(d, "id", f"sections[{i}].", required=True)
        if sid and not _ID.match(sid):
            chk.add(d.line_of("id"), f"sections[{i}].id", f"{sid!r} must be lower_snake_case")
        if any(s.id == sid for s in out):
            chk.add(d.line_of("id"), f"sections[{i}].id", f"duplicate section {sid!r}")
        weight = chk.number(d, "weight", f"section {sid}.", 1.0) or 0.0
        out.append(Section(sid, chk.text(d, "title", "", default=sid), weight, d.line))
    return out


def _window(chk: _Checker, d: Any, where: str) -> Window | None:
    if d is None:
        return None
    if not isinstance(d, LineDict):
        chk.add(getattr(d, "line", 0), where + "window", "must be a mapping (first / last / before / after + within)")
        return None
    w = Window(
        first=chk.number(d, "first", where + "window.", None),
        last=chk.number(d, "last", where + "window.", None),
        before=chk.text(d, "before", where + "window.") or None,
        after=chk.text(d, "after", where + "window.") or None,
        within=chk.number(d, "within", where + "window.", 20.0) or 20.0,
    )
    given = [k for k in ("first", "last", "before", "after") if getattr(w, k) is not None]
    if len(given) != 1:
        chk.add(d.line, where + "window", "give exactly one of first, last, before, after")
    for key in ("before", "after"):
        ev = getattr(w, key)
        if ev is not None and ev not in EVENTS:
            chk.add(d.line_of(key), f"{where}window.{key}", f"unknown event {ev!r} (known: {', '.join(EVENTS)})")
    return w


def _conditions(chk: _Checker, d: Any, where: str) -> list[Condition]:
    if d is None:
        return []
    items = d if isinstance(d, LineList) else LineList([d])
    if not isinstance(d, LineList):
        items.lines = [getattr(d, "line", 0)]
        items.line = getattr(d, "line", 0)
    out = []
    for i, c in enumerate(items):
        if not isinstance(c, LineDict):
            chk.add(items.line_of(i), where + "when", "each condition is a mapping with rule/category/event/layout")
            continue
        status = tuple(chk.strings(c, "status", where + "when.")) or ("pass",)
        for s in status:
            if s not in ("pass", "fail", "na"):
                chk.add(c.line_of("status"), where + "when.status", f"{s!r} is not pass, fail or na")
        cond = Condition(
            rule=chk.text(c, "rule", where + "when.") or None,
            status=status,
            category=tuple(chk.strings(c, "category", where + "when.")),
            event=chk.text(c, "event", where + "when.") or None,
            layout=tuple(chk.strings(c, "layout", where + "when.")),
        )
        if not (cond.rule or cond.category or cond.event or cond.layout):
            chk.add(c.line, where + "when", "a condition needs rule, category, event or layout")
        if cond.event and cond.event not in EVENTS:
            chk.add(c.line_of("event"), where + "when.event", f"unknown event {cond.event!r}")
        out.append(cond)
    return out


def _rules(chk: _Checker, data: LineDict, section_ids: set[str]) -> list[Rule]:
    out: list[Rule] = []
    for i, d in _items(chk, data, "rules"):
        rid = chk.text(d, "id", f"rules[{i}].", required=True) or f"rule{i}"
        w = f"rule {rid}: "
        for key in d:
            if key not in RULE_KEYS:
                chk.add(d.line_of(key), w + key, "unknown field")
        if not _ID.match(rid):
            chk.add(d.line_of("id"), w + "id", "must be lower_snake_case")
        if any(r.id == rid for r in out):
            chk.add(d.line_of("id"), w + "id", "duplicate rule id")
        section = chk.text(d, "section", w, required=True)
        if section and section not in section_ids:
            chk.add(d.line_of("section"), w + "section", f"no section {section!r} in this pack")
        r = Rule(
            id=rid, title=chk.text(d, "title", w, default=rid), section=section,
            type=chk.choice(d, "type", w, RULE_TYPES, "phrase"),
            points=chk.number(d, "points", w, 0.0) or 0.0,
            critical=chk.flag(d, "critical", w), informational=chk.flag(d, "informational", w),
            description=chk.text(d, "description", w), speaker=chk.choice(d, "speaker", w, SCOPES, "agent"),
            expect=chk.choice(d, "expect", w, EXPECTS, "present"), match=chk.choice(d, "match", w, MATCH_MODES, "fuzzy"),
            threshold=chk.number(d, "threshold", w, None, 0, 100), phrases=chk.strings(d, "phrases", w),
            regex=chk.strings(d, "regex", w), unless=chk.strings(d, "unless", w),
            window=_window(chk, d.get("window"), w), when=_conditions(chk, d.get("when"), w),
            role_cue=chk.flag(d, "role_cue", w), min_seconds=chk.number(d, "min_seconds", w, 0.0) or 0.0,
            announced_by=chk.text(d, "announced_by", w) or None,
            max_count=int(chk.number(d, "max_count", w, 0.0) or 0),
            metric=chk.text(d, "metric", w) or None, minimum=chk.number(d, "min", w, None, None),
            maximum=chk.number(d, "max", w, None, None), target=chk.number(d, "target", w, None),
            lower_is_better=chk.flag(d, "lower_is_better", w), ignore=chk.strings(d, "ignore", w), line=d.line,
        )
        for j, pattern in enumerate(r.regex):
            try:
                re.compile(pattern)
            except re.error as exc:
                chk.add(d["regex"].line_of(j) if isinstance(d["regex"], LineList) else d.line_of("regex"),
                        f"{w}regex[{j}]", f"not a valid regular expression: {exc}")
        if r.type == "phrase" and not (r.phrases or r.regex):
            chk.add(d.line, w + "phrases", "a phrase rule needs phrases or regex")
        if r.type == "metric":
            if r.metric not in METRICS:
                chk.add(d.line_of("metric"), w + "metric", f"{r.metric!r} is not one of {', '.join(METRICS)}")
            if r.minimum is None and r.maximum is None and r.target is None:
                chk.add(d.line, w + "metric", "a metric rule needs min, max or target")
        if r.type == "silence" and r.min_seconds <= 0:
            chk.add(d.line, w + "min_seconds", "a silence rule needs min_seconds > 0")
        if r.target is not None and r.target <= 0:
            chk.add(d.line_of("target"), w + "target", "must be above 0")
        if not r.informational and r.points <= 0 and r.target is None:
            chk.add(d.line_of("points"), w + "points", "a scored rule needs points > 0 (or informational: true)")
        out.append(r)
    return out


def _categories(chk: _Checker, data: LineDict) -> CategorySettings:
    d = data.get("categories")
    settings = CategorySettings()
    if d is None:
        return settings
    if not isinstance(d, LineDict):
        chk.add(data.line_of("categories"), "categories", "must be a mapping with items")
        return settings
    settings.match = chk.choice(d, "match", "categories.", MATCH_MODES, "fuzzy")
    settings.min_score = chk.number(d, "min_score", "categories.", 1.0) or 0.0
    settings.threshold = chk.number(d, "threshold", "categories.", None, 0, 100)
    for key in d:
        if key not in ("match", "min_score", "threshold", "fallback", "speaker_weights", "items"):
            chk.add(d.line_of(key), f"categories.{key}", "unknown field")
    settings.fallback = chk.text(d, "fallback", "categories.", default="other")
    weights = d.get("speaker_weights")
    if isinstance(weights, LineDict):
        for k in weights:
            if k not in ("agent", "customer", "unknown"):
                chk.add(weights.line_of(k), f"categories.speaker_weights.{k}", "must be agent, customer or unknown")
                continue
            settings.speaker_weights[k] = chk.number(weights, k, "categories.speaker_weights.", 0.0) or 0.0
    for i, c in _items(chk, d, "items"):
        cid = chk.text(c, "id", f"categories.items[{i}].", required=True)
        keywords = chk.strings(c, "keywords", f"category {cid}: ")
        if not keywords:
            chk.add(c.line, f"category {cid}: keywords", "a category needs keywords")
        if any(x.id == cid for x in settings.items):
            chk.add(c.line_of("id"), f"category {cid}: id", "duplicate category")
        settings.items.append(Category(cid, chk.text(c, "title", "", default=cid), keywords,
                                       chk.strings(c, "unless", f"category {cid}: "), c.line))
    return settings


def _cross_check(chk: _Checker, rules: list[Rule], categories: CategorySettings) -> None:
    ids = {r.id for r in rules}
    cats = {c.id for c in categories.items} | {categories.fallback}
    for r in rules:
        for c in r.when:
            if c.rule and c.rule not in ids:
                chk.add(r.line, f"rule {r.id}: when.rule", f"no rule {c.rule!r} in this pack")
            if c.rule == r.id:
                chk.add(r.line, f"rule {r.id}: when.rule", "a rule cannot depend on itself")
            for cat in c.category:
                if cat not in cats:
                    chk.add(r.line, f"rule {r.id}: when.category", f"no category {cat!r} in this pack")
        if r.announced_by and r.announced_by not in ids:
            chk.add(r.line, f"rule {r.id}: announced_by", f"no rule {r.announced_by!r} in this pack")
    # conditions must not loop, so the engine can order rules by dependency
    deps = {r.id: {c.rule for c in r.when if c.rule} | ({r.announced_by} if r.announced_by else set()) for r in rules}
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
            chk.add(r.line, f"rule {r.id}: when", "conditions form a loop")
            break
