"""Rule packs: YAML files QA leads write, loaded into validated RulePack records.

Public API: load_pack, load_pack_text, resolve_pack, default_pack_for,
available_packs, and the model records (RulePack, Rule, Section, Category,
Window, Condition). Errors: RulePackError, whose `problems` lists every
"file:line: field: reason".

Pack format (see rules/zh-ecommerce.yaml for a full example):

    name, language (zh | en …), version, description
    hold: {min_seconds: 10}           # a silence this long between turns is a hold
    sections: [{id, title, weight, target}]   # call score = weighted mean of section scores
    rules:
      - id, title, section, points, critical (failing zeroes the call),
        informational (shown, usable in conditions and windows, never scored),
        target: 0-1 (pass-rate target: scorecard exports weigh weight × actual / target)
        type: phrase (default) | silence | overlap | metric
        # phrase rules
        speaker: agent | customer | any;  expect: present | absent (forbidden)
        match: exact | fuzzy | phonetic;  threshold: 0-100 (default: by phrase length)
        phrases: [...];  regex: [...] (on normalised text);  unless: [...] (masked first)
        window: {first: S} | {last: S} | {before|after: hold, within: S}   (each hold)
              | {before|after: RULE, within: S}   (around any hit of that phrase rule)
        when: {rule: ID, status: [pass]} | {category: [...]} | {event: hold} | {layout: [...]}
              (unmet → na; a step done although not required still passes)
        role_cue: true                # its phrases mark the agent on mono calls
        # silence:  min_seconds, announced_by: RULE (a hold notice excuses the silence)
        # overlap:  speaker (who interrupts), min_seconds, max_count, ignore: [back-channels]
        # metric:   metric: longest_silence | silence_total | interruptions | talk_ratio |
        #           speech_rate; min / max; metric_target (points × actual / metric_target,
        #           or × metric_target / actual with lower_is_better: true)
    roles: {agent: [...], customer: [...]}   # extra mono role cues
    categories: {match, threshold, min_score, fallback, speaker_weights, items: [{id, title,
                 keywords, unless}]}

Every field is checked: unknown or misplaced ones are errors (with the nearest
known name), and a pack needs at least one section and one rule.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from qa_desktop.domain import primary_language
from qa_desktop.errors import RulePackError
from qa_desktop.paths import rules_dir
from qa_desktop.rules.model import Category, CategorySettings, Condition, Rule, RulePack, Section, Window
from qa_desktop.rules.validate import build_pack
from qa_desktop.rules.yaml_lines import MAX_PACK_BYTES, parse

__all__ = [
    "Category", "CategorySettings", "Condition", "Rule", "RulePack", "Section", "Window",
    "available_packs", "default_pack_for", "load_pack", "load_pack_text", "resolve_pack",
]


def load_pack_text(text: str, source_name: str = "<text>") -> RulePack:
    """Validate pack text (e.g. from the database or the GUI editor)."""
    data, error, line = parse(text)
    if error:
        err = RulePackError(f"{source_name}:{line}", error)
        err.problems = [f"{source_name}:{line}: {error}"]  # type: ignore[attr-defined]
        raise err
    if data is None:
        raise RulePackError(source_name, "the file is empty")
    pack = build_pack(data, source_name)
    pack.source = text
    pack.content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return pack


def load_pack(path: str | Path) -> RulePack:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:  # not read at all: a huge file is no rule pack
            raise RulePackError(path, f"the file is {size / 1048576:.1f} MB; a rule pack is at most "
                                      f"{MAX_PACK_BYTES // 1048576} MB")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RulePackError(path, "no such rule pack file") from None
    except OSError as exc:
        raise RulePackError(path, f"cannot read the file ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RulePackError(path, f"not UTF-8 text (byte {exc.start})") from None
    pack = load_pack_text(text, str(path))
    pack.content_hash = hashlib.sha256(raw).hexdigest()
    pack.path = path
    return pack


def available_packs(folder: Path | None = None) -> list[Path]:
    """Pack files shipped in (or added to) the rules folder, sorted by name."""
    folder = folder or rules_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def resolve_pack(name_or_path: str | Path) -> RulePack:
    """A pack file path, or the name of a shipped pack ("zh-ecommerce")."""
    path = Path(name_or_path)
    if path.is_file():
        return _cached(path)
    for candidate in (rules_dir() / path.name, rules_dir() / f"{path.name}.yaml"):
        if candidate.is_file():
            return _cached(candidate)
    names = ", ".join(p.stem for p in available_packs()) or "none"
    raise RulePackError(name_or_path, f"no such rule pack file or shipped pack (shipped: {names})")


_cache: dict[tuple[str, int, int], RulePack] = {}


def _cached(path: Path) -> RulePack:
    """Load once per file version: scoring a folder must not re-parse the pack per call."""
    st = path.stat()
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    pack = _cache.get(key)
    if pack is None:
        pack = _cache[key] = load_pack(path)
    return pack


def default_pack_for(language: str) -> RulePack:
    """The first pack in the rules folder whose `language` matches the call's (zh, en…)."""
    lang = primary_language(language)
    seen = []
    for path in available_packs():
        pack = _cached(path)
        seen.append(f"{path.name} ({pack.language})")
        if primary_language(pack.language) == lang:
            return pack
    raise RulePackError(
        rules_dir(),
        f"no rule pack for language {language!r}; found: {', '.join(seen) or 'none'}",
    )
