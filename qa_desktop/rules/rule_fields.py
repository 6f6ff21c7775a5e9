"""One rule of a pack: its fields read and checked, its window and conditions with their lines.

References to other rules are checked later (validate._cross_check), once
every rule id is known; each record keeps the line they were written on so
those errors point at the `when:` or `window:` line, not at the rule's start.
"""

from __future__ import annotations

import re
from typing import Any

from qa_desktop.rules.checker import Checker
from qa_desktop.rules.model import EVENTS, EXPECTS, MATCH_MODES, METRICS, RULE_TYPES, SCOPES, Condition, Rule, Window
from qa_desktop.rules.safe_regex import UnsafeRegex, compile_regex
from qa_desktop.rules.yaml_lines import LineDict, LineList

ID = re.compile(r"^[a-z][a-z0-9_]*$")
RULE_KEYS = {
    "id", "title", "section", "type", "points", "critical", "informational", "description",
    "speaker", "expect", "match", "threshold", "phrases", "regex", "unless", "window", "when",
    "role_cue", "min_seconds", "announced_by", "max_count", "metric", "min", "max", "metric_target",
    "lower_is_better", "ignore", "target", "examples", "unless_examples",
    "hand_over", "commit_cues", "deflect_cues", "contempt_cues", "empathy_cues", "ironic_cues",
}
STANCE_KEYS = ("commit_cues", "deflect_cues", "contempt_cues", "empathy_cues", "ironic_cues")
WINDOW_KEYS = {"first", "last", "before", "after", "within"}
CONDITION_KEYS = {"rule", "status", "category", "event", "layout"}
# fields of other parts of a pack, written inside a rule by mistake
MISPLACED = {
    "hold": "a pack setting: hold: {min_seconds: S} at the top level",
    "weight": "a section field; a rule has points",
    "keywords": "a category field; a rule has phrases",
    "speaker_weights": "a categories setting",
    **{k: "goes inside window: {…}" for k in WINDOW_KEYS},
    **{k: "goes inside when: {…}" for k in CONDITION_KEYS - {"rule"}},
}


def build_rule(chk: Checker, d: LineDict, i: int, section_ids: set[str]) -> Rule:
    rid = chk.text(d, "id", f"rules[{i}].", required=True) or f"rule{i}"
    w = f"rule {rid}: "
    chk.known_keys(d, RULE_KEYS, w, MISPLACED)
    if not ID.match(rid):
        chk.add(d.line_of("id"), w + "id", "must be lower_snake_case")
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
        window=_window(chk, d, w), when=_conditions(chk, d, w),
        role_cue=chk.flag(d, "role_cue", w), min_seconds=chk.number(d, "min_seconds", w, 0.0) or 0.0,
        announced_by=chk.text(d, "announced_by", w) or None,
        max_count=int(chk.number(d, "max_count", w, 0.0) or 0),
        metric=chk.text(d, "metric", w) or None, minimum=chk.number(d, "min", w, None, None),
        maximum=chk.number(d, "max", w, None, None), metric_target=chk.number(d, "metric_target", w, None),
        lower_is_better=chk.flag(d, "lower_is_better", w), ignore=chk.strings(d, "ignore", w),
        target=chk.rate(d, "target", w), examples=chk.strings(d, "examples", w),
        unless_examples=chk.strings(d, "unless_examples", w), hand_over=chk.strings(d, "hand_over", w),
        commit_cues=chk.strings(d, "commit_cues", w), deflect_cues=chk.strings(d, "deflect_cues", w),
        contempt_cues=chk.strings(d, "contempt_cues", w), empathy_cues=chk.strings(d, "empathy_cues", w),
        ironic_cues=chk.strings(d, "ironic_cues", w),
        line=d.line,
    )
    _check(chk, d, r, w)
    return r


def _check(chk: Checker, d: LineDict, r: Rule, w: str) -> None:
    """What the fields mean together: a rule that cannot do what it says."""
    for j, pattern in enumerate(r.regex):
        line = d["regex"].line_of(j) if isinstance(d["regex"], LineList) else d.line_of("regex")
        try:
            re.compile(pattern)
        except re.error as exc:
            chk.add(line, f"{w}regex[{j}]", f"not a valid regular expression: {exc}")
            continue
        try:  # scoring runs it on RE2 (linear time): what RE2 cannot run would hang `re`
            compile_regex(pattern)
        except UnsafeRegex as exc:
            chk.add(line, f"{w}regex[{j}]", str(exc))
    if r.type == "phrase" and not (r.phrases or r.regex):
        chk.add(d.line, w + "phrases", "a phrase rule needs phrases or regex")
    if r.type == "metric":
        if r.metric not in METRICS:
            chk.add(d.line_of("metric"), w + "metric", f"{r.metric!r} is not one of {', '.join(METRICS)}")
        if r.minimum is None and r.maximum is None and r.metric_target is None:
            chk.add(d.line, w + "metric", "a metric rule needs min, max or metric_target")
    elif r.metric_target is not None:
        chk.add(d.line_of("metric_target"), w + "metric_target", "only metric rules have a metric_target")
    if r.type == "silence" and r.min_seconds <= 0:
        chk.add(d.line, w + "min_seconds", "a silence rule needs min_seconds > 0")
    if r.metric_target is not None and r.metric_target <= 0:
        chk.add(d.line_of("metric_target"), w + "metric_target", "must be above 0")
    if not r.informational and r.points <= 0:
        chk.add(d.line_of("points"), w + "points", "a scored rule needs points > 0 (or informational: true)")
    if (r.examples or r.unless_examples) and not (r.type == "phrase" and r.expect == "absent"):
        chk.add(d.line_of("examples" if r.examples else "unless_examples"), w + "examples",
                "example sentences are for forbidden-conduct rules (type: phrase, expect: absent)")
    if r.hand_over and not r.unless_examples:
        chk.add(d.line_of("hand_over"), w + "hand_over",
                "hand-over words need polite look-alikes (unless_examples:) to compare against")
    from qa_desktop.scoring.stance import bad_cues  # here: scoring imports the rules package

    for key in STANCE_KEYS:
        cues = getattr(r, key)
        if cues and not r.examples:
            chk.add(d.line_of(key), w + key, "stance cues belong to a forbidden-conduct rule with examples:")
        for j, problem in bad_cues(cues):
            line = d[key].line_of(j) if isinstance(d[key], LineList) else d.line_of(key)
            chk.add(line, f"{w}{key}[{j}]", f"the cue {cues[j]!r}: {problem}")
    if r.unless_examples and not r.examples:
        chk.add(d.line_of("unless_examples"), w + "unless_examples",
                "look-alikes that pass need examples of the conduct itself (examples:)")
    if r.informational and r.target is not None:
        chk.add(d.line_of("target"), w + "target", "an informational rule is not scored, so it has no pass-rate target")


def _window(chk: Checker, rule: LineDict, where: str) -> Window | None:
    d = chk.mapping(rule, "window", where, "first / last / before / after + within")
    if d is None:
        return None
    chk.known_keys(d, WINDOW_KEYS, where + "window.")
    w = Window(
        first=chk.number(d, "first", where + "window.", None),
        last=chk.number(d, "last", where + "window.", None),
        before=chk.text(d, "before", where + "window.") or None,
        after=chk.text(d, "after", where + "window.") or None,
        within=chk.number(d, "within", where + "window.", 20.0) or 20.0,
    )
    w.line = d.line_of("before" if w.before else "after")
    given = [k for k in ("first", "last", "before", "after") if getattr(w, k) is not None]
    if len(given) != 1:
        chk.add(d.line, where + "window", "give exactly one of first, last, before, after")
    return w  # before/after: the event "hold" or a rule id, checked once all rules are known


def _conditions(chk: Checker, rule: LineDict, where: str) -> list[Condition]:
    d: Any = rule.get("when")
    if d is None:
        return []
    items = d if isinstance(d, LineList) else [d]
    out = []
    for i, c in enumerate(items):
        line = d.line_of(i) if isinstance(d, LineList) else rule.line_of("when")
        if not isinstance(c, LineDict):
            chk.add(line, where + "when", f"each condition is a mapping with rule/category/event/layout, not {c!r}")
            continue
        chk.known_keys(c, CONDITION_KEYS, where + "when.")
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
            line=line,
        )
        if not (cond.rule or cond.category or cond.event or cond.layout):
            chk.add(line, where + "when", "a condition needs rule, category, event or layout")
        if cond.event and cond.event not in EVENTS:
            chk.add(c.line_of("event"), where + "when.event", f"unknown event {cond.event!r} (known: {', '.join(EVENTS)})")
        out.append(cond)
    return out
