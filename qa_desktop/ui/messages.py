"""What the core says, in the UI language.

Verdict reasons and evidence notes are catalogue messages (a key and its
arguments, qa_desktop.scoring.messages). They are shown through Qt
translations in the "ScoringMessages" context: the source text is the English
template and the key is the disambiguation, so the .ts gets one entry per key
(tools/update_translations.py writes them from the catalogue) and a
translator sees the English they translate. Arguments that are words of the
engine (a match mode, a status, an event, a metric) are translated here;
phrases, spans and titles are the pack's own text and stay as they are. Calls
stored before the catalogue existed have no keys and show their English.

Errors (QAError: "subject: reason") are matched on their stable reason texts
and shown translated with the subject (the file) kept as it is; a reason we
do not know is shown in English rather than not at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from qa_desktop.scoring.messages import CATALOGUE, render, render_parts

CONTEXT = "ScoringMessages"


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def lookup(key: str) -> str | None:
    """The catalogue template for `key` in the UI language (its English when untranslated)."""
    template = CATALOGUE.get(key)
    return None if template is None else QCoreApplication.translate(CONTEXT, template, key)


# ---- words the engine puts in arguments ---------------------------------------------------
def language_label(code: str) -> str:
    """A call's or a pack's language (zh, en) by name."""
    return {"zh": _t("Mandarin"), "en": _t("English"), "de": _t("German"), "fr": _t("French"),
            "ja": _t("Japanese"), "ko": _t("Korean"), "es": _t("Spanish"), "yue": _t("Cantonese"),
            "": _t("unknown language")}.get(code, code)


def languages_text(transcript) -> str:
    """The call's language, or every language heard when it changes language ("English, then German")."""
    languages = list(getattr(transcript, "languages", None) or [transcript.language or ""])
    if len(languages) < 2:
        return language_label(languages[0] if languages else "")
    return _t("%1 (changes language: %2)").replace("%1", language_label(languages[0])).replace(
        "%2", ", ".join(language_label(code) for code in languages))


def mode_label(mode: str) -> str:
    return {"exact": _t("exact"), "fuzzy": _t("fuzzy"), "phonetic": _t("phonetic"), "regex": _t("pattern"),
            "metric": _t("measured")}.get(mode, mode)


def status_label(status: str) -> str:
    return {"pass": _t("pass"), "fail": _t("fail"), "na": _t("not applicable")}.get(status, status)


def event_label(event: str) -> str:
    return {"hold": _t("hold")}.get(event, event)


def layout_label(layout: str) -> str:
    return {"mono": _t("mono"), "stereo": _t("stereo")}.get(layout, layout)


def metric_label(metric: str) -> str:
    return {"longest_silence": _t("longest silence"), "silence_total": _t("total silence"),
            "interruptions": _t("interruptions"), "talk_ratio": _t("agent talk ratio"),
            "speech_rate": _t("speech rate")}.get(metric, metric)


def unit_label(unit: str) -> str:
    return {"s": _t("s"), "chars/min": _t("chars/min"), "words/min": _t("words/min")}.get(unit, unit)


def category_label(category: str) -> str:
    from qa_desktop.ui.call_list_model import category_label as label

    return label(category)


_METRIC_TEXT = re.compile(r"^(?P<metric>[a-z_]+) = (?P<value>-?[\d.]+)(?: (?P<unit>\S+))?$")
_SILENCE_TEXT = re.compile(r"^silence (?P<seconds>[\d.]+) s$")


def metric_text(text: str) -> str:
    """"speech_rate = 231.00 chars/min" / "silence 3.2 s" (evidence of measured rules) in the UI language."""
    m = _METRIC_TEXT.match(text or "")
    if m:
        unit = f" {unit_label(m['unit'])}" if m["unit"] else ""
        return f"{metric_label(m['metric'])} = {m['value']}{unit}"
    m = _SILENCE_TEXT.match(text or "")
    if m:
        return _t("silence %1 s").replace("%1", m["seconds"])
    return text


def _each(label: Callable[[str], str]) -> Callable[[str, dict[str, str]], str]:
    return lambda value, _titles: "/".join(label(v) for v in value.split("/"))


_WORD_ARGS: dict[str, Callable[[str, dict[str, str]], str]] = {
    "mode": lambda v, _: mode_label(v),
    "status": _each(status_label),
    "event": lambda v, _: event_label(v),
    "layout": _each(layout_label),
    "metric": lambda v, _: metric_label(v),
    "category": _each(category_label),
    "rule": lambda v, titles: titles.get(v, v),
    "text": lambda v, _: metric_text(v),
}


def _localized(message: dict[str, Any], titles: dict[str, str]) -> dict[str, Any]:
    def value(name: str, v: Any) -> Any:
        if isinstance(v, dict) and "key" in v:
            return _localized(v, titles)
        if isinstance(v, list):
            return [value(name, x) for x in v]
        if isinstance(v, str) and name in _WORD_ARGS:
            return _WORD_ARGS[name](v, titles)
        return v

    return {"key": message.get("key", ""), "args": {k: value(k, v) for k, v in (message.get("args") or {}).items()}}


def message_text(message: dict[str, Any], titles: dict[str, str] | None = None) -> str:
    return render(_localized(message, titles or {}), lookup)  # type: ignore[arg-type]


def reason_text(result: Any, titles: dict[str, str] | None = None) -> str:
    """A RuleResult's reason in the UI language (stored English when it has no key)."""
    key = getattr(result, "reason_key", "")
    if not key or key not in CATALOGUE:
        return result.reason
    return message_text({"key": key, "args": getattr(result, "reason_args", {}) or {}}, titles)


def note_text(evidence: Any, titles: dict[str, str] | None = None) -> str:
    """An Evidence note in the UI language (stored English when it has no parts)."""
    parts = getattr(evidence, "note_parts", None) or []
    if not parts or any(p.get("key") not in CATALOGUE for p in parts):
        return evidence.note
    return render_parts([_localized(p, titles or {}) for p in parts], lookup,  # type: ignore[list-item]
                        _t("; "))


def evidence_text(evidence: Any) -> str:
    """What an Evidence shows as its text: the matched span, the utterance, or a measurement."""
    if evidence.mode == "metric" and evidence.text and not evidence.span:
        return metric_text(evidence.text)
    return evidence.span or evidence.text


def rule_titles(results: Iterable[Any]) -> dict[str, str]:
    return {r.rule: r.title for r in results}


# ---- errors ---------------------------------------------------------------------------------
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """(reason pattern, translated template with %1.. for the pattern's groups), most specific first."""
    table = [
        # recordings (audio decoding, transcription, the import queue)
        (r"file not found", _t("file not found")),
        (r"the file does not exist \(moved or deleted\?\)", _t("the file does not exist (moved or deleted?)")),
        (r"is a folder, not a recording", _t("is a folder, not a recording")),
        (r"(?:the )?file is empty \(0 bytes\)", _t("the file is empty (0 bytes)")),
        (r"not an audio file, or its header is corrupt", _t("not an audio file, or its header is corrupt")),
        (r"cannot open as audio \((.*)\)", _t("cannot open as audio (%1)")),
        (r"contains no audio stream", _t("contains no audio stream")),
        (r"audio data is corrupt and cannot be decoded \((.*)\)", _t("audio data is corrupt and cannot be decoded (%1)")),
        (r"contains no audio samples \(zero length\)", _t("contains no audio samples (zero length)")),
        (r"audio is too short to transcribe \(([\d.]+) s\)", _t("audio is too short to transcribe (%1 s)")),
        (r"recording is silent: no signal on any channel", _t("the recording is silent: no signal on any channel")),
        (r"no speech found in the recording \(only silence or noise\)",
         _t("no speech found in the recording (only silence or noise)")),
        (r"unsupported (?:audio )?format.*", _t("unsupported audio format")),
        (r"cannot read the file: (.*)", _t("cannot read the file: %1")),
        (r"cannot read the file \((.*)\)", _t("cannot read the file (%1)")),
        (r"the call was processed but not stored", _t("the call was processed but not stored")),
        (r"could not be imported", _t("could not be imported")),
        (r"the speech engine stopped unexpectedly \(details in (.*)\)",
         _t("the speech engine stopped unexpectedly (details in %1)")),
        (r"the speech engine stopped while loading \(details in (.*)\)",
         _t("the speech engine stopped while loading (details in %1)")),
        (r"the speech model took too long to load", _t("the speech model took too long to load")),
        (r"cannot load the speech model: (.*)", _t("cannot load the speech model: %1")),
        (r"unexpected (\w+): (.*) \(details in (.*)\)", _t("unexpected error (%1: %2); details are in %3")),
        (r"unexpected (\w+): (.*)", _t("unexpected error (%1: %2)")),
        # the database
        (r"database is busy or read-only: (.*)", _t("the database is busy or read-only: %1")),
        (r"could not write to the database: (.*)", _t("could not write to the database: %1")),
        (r"cannot open the database: (.*)", _t("cannot open the database: %1")),
        # rule packs
        (r"no such rule pack file", _t("no such rule pack file")),
        (r"no such rule pack file or shipped pack \(shipped: (.*)\)",
         _t("no such rule pack file or shipped pack (shipped: %1)")),
        (r"not UTF-8 text \(byte (\d+)\)", _t("not UTF-8 text (byte %1)")),
        (r"the file is empty", _t("the file is empty")),
        (r"a rule pack must be a YAML mapping with name, language, sections and rules",
         _t("a rule pack must be a YAML mapping with name, language, sections and rules")),
        # sampling, scorecards, exports
        (r"choose at least one way to sample", _t("choose at least one way to sample")),
        (r"counts must be zero or more", _t("counts must be zero or more")),
        (r"no scored calls in that date range", _t("no scored calls in that date range")),
        (r"name exactly one agent or one team", _t("name exactly one agent or one team")),
        (r"cannot write the PDF: (.*)", _t("cannot write the PDF: %1")),
        (r"cannot write the Excel file: (.*)", _t("cannot write the Excel file: %1")),
        (r"cannot write the image \((.*)\)", _t("cannot write the image (%1)")),
    ]
    return [(re.compile(p + r"$", re.S), t) for p, t in table]


def _problems() -> list[tuple[re.Pattern[str], str]]:
    """Rule-pack validation messages (after "field: ")."""
    table = [
        (r"is required", _t("is required")),
        (r"must be a mapping \((.*)\), not (.*)", _t("must be a mapping (%1), not %2")),
        (r"(.*) is not a pass rate above 0 and at most 1 \(e\.g\. 0\.95\)",
         _t("%1 is not a pass rate above 0 and at most 1 (e.g. 0.95)")),
        (r"(.*) is not pass, fail or na", _t("%1 is not pass, fail or na")),
        (r"unknown field \(did you mean (.*)\?\)", _t("unknown field (did you mean %1?)")),
        (r"unknown event (.*) \(known: (.*)\)", _t("unknown event %1 (known: %2)")),
        (r"a metric rule needs min, max or metric_target", _t("a metric rule needs min, max or metric_target")),
        (r"only metric rules have a metric_target", _t("only metric rules have a metric_target")),
        (r"an informational rule is not scored, so it has no pass-rate target",
         _t("an informational rule is not scored, so it has no pass-rate target")),
        (r"each condition is a mapping with rule/category/event/layout, not (.*)",
         _t("each condition is a mapping with rule/category/event/layout, not %1")),
        (r"conditions, windows or announcements form a loop", _t("conditions, windows or announcements form a loop")),
        (r"a window cannot be anchored on its own rule", _t("a window cannot be anchored on its own rule")),
        (r"no rule (.*) in this pack and no event of that name \(events: (.*)\)",
         _t("no rule %1 in this pack and no event of that name (events: %2)")),
        (r"rule (.*) is a (\w+) rule: a window opens around the hits of a phrase rule",
         _t("rule %1 is a %2 rule: a window opens around the hits of a phrase rule")),
        (r"must be text", _t("must be text")),
        (r"must be a number, not (.*)", _t("must be a number, not %1")),
        (r"(.*) is outside (.*)", _t("%1 is outside %2")),
        (r"must be true or false", _t("must be true or false")),
        (r"(.*) is not one of (.*)", _t("%1 is not one of %2")),
        (r"must be a list of phrases", _t("must be a list of phrases")),
        (r"must be a non-empty phrase", _t("must be a non-empty phrase")),
        (r"must be a list", _t("must be a list")),
        (r"must be a mapping", _t("must be a mapping")),
        (r"unknown field \(expected one of (.*)\)", _t("unknown field (expected one of %1)")),
        (r"unknown field \((.*)\)", _t("unknown field (%1)")),
        (r"unknown field", _t("unknown field")),
        (r"(.*) must be lower_snake_case", _t("%1 must be lower_snake_case")),
        (r"must be lower_snake_case", _t("must be lower_snake_case")),
        (r"duplicate section (.*)", _t("duplicate section %1")),
        (r"duplicate rule id", _t("duplicate rule id")),
        (r"duplicate category", _t("duplicate category")),
        (r"no section (.*) in this pack", _t("no section %1 in this pack")),
        (r"no rule (.*) in this pack", _t("no rule %1 in this pack")),
        (r"no category (.*) in this pack", _t("no category %1 in this pack")),
        (r"a phrase rule needs phrases or regex", _t("a phrase rule needs phrases or regex")),
        (r"a silence rule needs min_seconds > 0", _t("a silence rule needs min_seconds > 0")),
        (r"must be above 0", _t("must be above 0")),
        (r"a scored rule needs points > 0 \(or informational: true\)",
         _t("a scored rule needs points > 0 (or informational: true)")),
        (r"give exactly one of first, last, before, after", _t("give exactly one of first, last, before, after")),
        (r"unknown event (.*)", _t("unknown event %1")),
        (r"a condition needs rule, category, event or layout", _t("a condition needs rule, category, event or layout")),
        (r"a rule cannot depend on itself", _t("a rule cannot depend on itself")),
        (r"a category needs keywords", _t("a category needs keywords")),
    ]
    return [(re.compile(p + r"$", re.S), t) for p, t in table]


_MORE = re.compile(r"^(?P<body>.*) \(and (?P<n>\d+) more problems?\)$", re.S)
_NEAR = re.compile(r"^(?P<body>.*) \(did you mean (?P<name>.*)\?\)$", re.S)
_FIELD = re.compile(r"^(?P<field>(?:(?:rule|category|section) [^:\s]+: )?[^:]+): (?P<message>.+)$", re.S)
_FIELD_OWNER = re.compile(r"^(?:(?P<kind>rule|category|section) (?P<id>[^:\s]+): (?P<key>.+)"
                          r"|section (?P<section>[^.\s]+)\.(?P<skey>.+))$")


def field_text(field: str) -> str:
    """A pack field as validation names it ("rule greeting: window.first") in the UI language;
    the YAML keys themselves stay as they are written in the file."""
    m = _FIELD_OWNER.match(field)
    if m is None:
        return field
    kind, owner, key = (m["kind"], m["id"], m["key"]) if m["kind"] else ("section", m["section"], m["skey"])
    template = {"rule": _t("rule %1: %2"), "category": _t("category %1: %2"), "section": _t("section %1: %2")}[kind]
    return template.replace("%1", owner).replace("%2", key)


def _problem(message: str) -> str | None:
    """A validation message (after "field: "), with a "did you mean" suggestion kept."""
    near = _NEAR.match(message)
    if near and not message.startswith("unknown field"):
        body = _problem(near["body"])
        return None if body is None else body + _t(" (did you mean %1?)").replace("%1", near["name"])
    return _match(message, _problems())


def _fill(template: str, groups: Iterable[str | None]) -> str:
    out = template
    for i, g in enumerate(groups, 1):
        out = out.replace(f"%{i}", g or "")
    return out


def _match(text: str, table: list[tuple[re.Pattern[str], str]]) -> str | None:
    for pattern, template in table:
        m = pattern.match(text)
        if m:
            return _fill(template, m.groups())
    return None


def reason_of(reason: str) -> str | None:
    """A known reason (or a pack problem "field: message") in the UI language, None when unknown."""
    more = _MORE.match(reason)
    if more:
        body = reason_of(more["body"])
        more_text = _t(" (and 1 more problem)") if more["n"] == "1" else _t(" (and %1 more problems)")
        return None if body is None else body + more_text.replace("%1", more["n"])
    found = _match(reason, _patterns())
    if found is not None:
        return found
    field = _FIELD.match(reason)
    if field:
        message = _problem(field["message"])
        if message is not None:
            return f"{field_text(field['field'])}{_t(': ')}{message}"
    return None


def error_text(text: str) -> str:
    """A QAError's text ("subject: reason") with the reason in the UI language and the subject kept."""
    text = str(text or "")
    whole = reason_of(text)
    if whole is not None:
        return whole
    # the subject (a file, "file:line") ends at the first ": " after which a known reason follows
    for m in re.finditer(r": ", text):
        translated = reason_of(text[m.end():])
        if translated is not None:
            return f"{text[:m.start()]}{_t(': ')}{translated}"
    return text
