"""The message catalogue: every reason and evidence note the engine writes, by id.

Why: verdicts are read by inspectors in Simplified Chinese as well as in
English, and the engine must not know about Qt or about languages. So the
engine never writes free text; it stores a message *id* and its *arguments*
next to the rendered English:

- `RuleResult.reason` (English) + `reason_key` / `reason_args`;
- `Evidence.note` (English) + `note_parts`: a list of `{"key", "args"}`, one
  per clause; the English note is the clauses joined with "; " (a hit's own
  note, then how its speaker was decided on a mono call, for example).

A translation supplies its own template for each key below and renders with
`render(message, lookup)` / `render_parts(parts, lookup, sep)`, where `lookup`
maps a key to the translated template (or None to fall back to English) —
e.g. a Qt translator behind a lambda in the UI.

Templates are `str.format` templates with named placeholders; a translation
must keep the placeholder names and their format specs (`{start:.1f}`) and may
reorder them. Argument values are

- numbers (seconds, Hz, counts, similarity 0–100) and plain text (a phrase,
  a span, a rule id or title as the pack writes it, a metric name);
- a nested message `{"key", "args"}` (a window, a condition, a role), rendered
  first with the same lookup;
- a list, whose items (text or nested messages) are rendered and joined with
  ", " — or with the template of `list.separator` when the lookup gives one.

Stored calls scored before this catalogue existed have no keys: show
`reason` / `note` as they are. The keys and English templates:

"""

from __future__ import annotations

from collections.abc import Mapping
from keyword import iskeyword
from string import Formatter
from typing import Any, Callable, TypedDict


class Message(TypedDict):
    key: str
    args: dict[str, Any]


Lookup = Callable[[str], "str | None"]

CATALOGUE: dict[str, str] = {
    # -- roles (nested in other messages)
    "role.agent": "agent",
    "role.customer": "customer",
    "list.separator": ", ",
    # -- where a phrase rule looked (nested as {where})
    "window.call": "in the call",
    "window.first": "within the first {seconds:g} s",
    "window.last": "within the last {seconds:g} s",
    "window.first_short": "within the first {seconds:g} s, up to {end:.1f} s (a short call: after that is its closing)",
    "window.last_short": "within the last {seconds:g} s, from {start:.1f} s (a short call: before that is its opening)",
    "window.before_hold": "within {within:g} s before the {duration:.0f} s hold at {start:.1f} s",
    "window.after_hold": "within {within:g} s after the {duration:.0f} s hold ending at {end:.1f} s",
    "window.before_rule": "within {within:g} s before {title} (“{span}” at {start:.1f} s)",
    "window.after_rule": "within {within:g} s after {title} (“{span}” at {start:.1f} s)",
    "window.several": "in the windows",
    "side.before": "before",
    "side.after": "after",
    # -- whose speech a phrase rule looked at (nested as {who})
    "scope.speech": "{role} speech",
    "scope.call": "the call",
    "scope.mono": "{role} speech (mono call: every turn not recognisably the other party's "
                  "counted as possibly the {role})",
    "scope.mono_shown": "{role} speech (mono call: turns recognisably the {role}'s by words or voice)",
    # -- conditions (nested as {condition})
    "condition.rule": "{rule} is {status}",
    "condition.category": "category is {category}",
    "condition.event": "the call has a {event}",
    "condition.layout": "layout is {layout}",
    # -- phrase rules: reasons
    "reason.found": "“{span}” at {start:.1f} s ({mode} {similarity:.0f})",
    "reason.not_found": "not found {where}",
    "reason.said": "“{span}” at {start:.1f} s",
    "reason.said_more": "“{span}” at {start:.1f} s and {more} more",
    "reason.none_found": "none found",
    "reason.undetermined": "“{span}” at {start:.1f} s in a turn whose speaker is undetermined (mono call): "
                           "for an inspector to decide",
    "reason.no_event": "no {event} in this call",
    "reason.done_anyway": "{found} (done although it applies only when {condition})",
    "reason.not_applicable": "applies only when {condition}",
    # -- phrase rules: evidence notes
    "note.not_found": "no {title} phrase in {who} {where}",
    "note.looked_for": "looked for {phrases}",
    "note.none_of": "none of {looked} in {who} {where}",
    "note.no_event": "no {event} in this call",
    "note.no_anchor": "no {title} in this call to look {side}",
    "note.not_applicable": "applies only when {condition}",
    "note.announced": "announced",
    "note.weight": "weight {weight:g}",
    # -- the meaning model (example sentences)
    "note.resembles": "resembles the example “{example}” ({similarity:.0f} %), weight {weight:g}",
    "note.head": "a reading trained on {lines} labelled lines puts this at {share:.0f} % {category}, weight {weight:g}",
    "note.contrast": "a claim (“{claim}”) set against what arrived (“{reality}”), weight {weight:g}",
    "note.refusal": "an agent sentence like the refusal “{example}” ({similarity:.0f} %), "
                    "more than any polite or ordinary agent line ({polite:.0f} %)",
    "note.polite": "“{phrase}” said while handing the case on, like “{example}” ({similarity:.0f} %): not counted",
    "note.stance_deflect": "deflects: “{cue}”; no action offered; like the refusal “{example}” ({similarity:.0f} %)",
    "note.stance_contempt": "blames or belittles the customer: “{cue}”; like the refusal “{example}” "
                            "({similarity:.0f} %)",
    "note.stance_ironic": "kind words when said sincerely; the stance head reads this sentence at "
                          "{probability:.0f} % refusal, so they are taken as said in contempt",
    "note.stance_head": "a reading trained on the labelled agent lines of many authors puts this sentence at "
                        "{probability:.0f} % refusal, blame or contempt",
    "note.heard_unclearly": "the recogniser heard this turn at {heard}%: listen before you trust the reading",
    "note.stance_commit": "“{phrase}” said in a sentence that commits to an action (“{cue}”): not counted",
    "note.stance_unnegated": "“{phrase}” refuses by a negation this sentence does not say: not counted",
    "note.swapped_word": "“{phrase}” matched loosely, but said with “{word}” in place of one of its words: not counted",
    "reason.refusal": "refusal in other words: “{span}” at {start:.1f} s",
    "note.threat": "the customer threatens to take it further: like “{example}” ({similarity:.0f} %)",
    "note.threat_word": "the customer names “{phrase}”",
    "note.threat_intent": "the customer means to take it to “{channel}” (“{intent}”)",
    "note.threat_head": "the customer threatens to take it further: a reading trained on {lines} labelled lines "
                        "puts this at {probability:.0f} % threat",
    # -- what was looked for (items of the lists above)
    "looked.more": "… and {count} more",
    "looked.phrases": "{count} phrases",
    "looked.patterns": "{count} patterns",
    # -- mono calls: how a turn's speaker was decided
    "mono.cue": "mono call: speaker inferred as {role} (says “{phrase}”)",
    "mono.first_turn": "mono call: speaker inferred as {role} (first turn of an inbound call)",
    "mono.voice": "mono call: speaker inferred as {role} (voice like the {role}'s turns: "
                  "{pitch:.0f} Hz vs agent {agent:.0f} Hz / customer {customer:.0f} Hz)",
    "mono.voice_id": "mono call: the {role}'s voice ({confidence}% sure)",
    "mono.one_voice_id": "mono recording with one voice: the {role}'s, by its script ({confidence}% sure)",
    "mono.one_voice": "mono recording with one voice: its script does not show whose it is (no agent "
                      "greeting, introduction or closing), so its speaker is undetermined",
    "mono.inspector": "mono call: speaker set to {role} by an inspector",
    "mono.turn_order": "mono call: speaker not identified by words or voice (turn order suggests the {role})",
    # -- silences
    "reason.dead_air": "{count} unannounced silence(s) ≥ {seconds:g} s",
    "reason.no_dead_air": "no unannounced long silence",
    "note.silence_announced": "announced at {start:.1f} s: “{span}”",
    "note.dead_air": "silence of {duration:.1f} s (≥ {seconds:g} s) the {role} did not announce",
    "note.no_long_silence": "no silence ≥ {seconds:g} s (longest {longest:.1f} s)",
    # -- interruptions
    "reason.mono": "mono recording",
    "note.mono_overlap": "mono recording: who talks over whom cannot be measured",
    "note.mono_overlap_unseen": "mono recording: no voice took over from the other mid-speech; talking over "
                                "each other on one channel is not always visible, so it is not measured",
    "reason.one_voice": "mono recording with one voice: the other party was not heard, so this cannot be measured",
    "note.one_voice_overlap": "mono recording with one voice: nobody else was heard, so who talks over whom "
                              "cannot be measured",
    "reason.interruptions": "{count} interruption(s) (allowed {allowed})",
    "note.interruptions": "{count} interruption(s) of at least {seconds:g} s (allowed {allowed})",
    "note.interrupted": "{interrupter} started talking over the {interrupted} for {duration:.1f} s",
    # -- metric rules
    "reason.not_measured": "metric not measured for this call",
    "reason.mono_roles": "mono recording: not every turn's speaker is known, so per-party figures cannot be measured",
    "note.metric_na": "{metric}: {why}",
    "note.metric": "{text} (expected {bounds})",
    "bound.min": "≥ {value:g}",
    "bound.max": "≤ {value:g}",
    "bound.target": "target {value:g}",
    # -- escalation heard in the voice (scoring/voice_rise.py)
    "escalation.voice": "voice rising: {loudness:+.0f} dB, {pitch:+.1f} semitones vs. the {role}'s first "
                        "{seconds:.0f} s",
    "escalation.voice_louder": "voice rising: {loudness:+.0f} dB vs. the {role}'s first {seconds:.0f} s "
                               "(pitch not measured)",
}

__doc__ += "\n".join(f"    {key:<24} {template}" for key, template in CATALOGUE.items()) + "\n"


def msg(key: str, **args: Any) -> Message:
    """A message of the catalogue (a typo in a key fails the first test that reaches it)."""
    if key not in CATALOGUE:
        raise KeyError(f"no message {key!r} in the catalogue")
    return {"key": key, "args": args}


def _english(template: str) -> Callable[[dict[str, Any]], str]:
    """The English template as a function of the arguments: the same text as `format_map`, from an
    f-string compiled once, not a template parsed again on every call (a call renders dozens)."""
    fields = list(Formatter().parse(template))
    names = [f[1] for f in fields if f[1] is not None]
    if not all(n.isidentifier() and not iskeyword(n) and not n.startswith("_") for n in names):
        return template.format_map
    body = ""
    for literal, name, spec, conversion in fields:
        body += literal.replace("{", "{{").replace("}", "}}")
        if name is not None:
            if "{" in (spec or "") or "\\" in (spec or "") or "'" in (spec or "") or '"' in (spec or ""):
                return template.format_map  # (a nested or quoted spec: leave it to format_map)
            body += "{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
    unpack = "".join(f"    {n} = _args[{n!r}]\n" for n in dict.fromkeys(names))
    code = f"def _render(_args):\n{unpack}    return f{body!r}\n"
    scope: dict[str, Any] = {}
    exec(code, scope)  # noqa: S102 (the catalogue's own templates, checked above)
    return scope["_render"]


# the catalogue's English, compiled (render's path without a lookup)
_ENGLISH: dict[str, Callable[[dict[str, Any]], str]] = {k: _english(t) for k, t in CATALOGUE.items()}


def constant(message: Message) -> Message:
    """A message made once and shared (a role, the whole call as a window): its English is kept, so
    messages that nest it render it without rendering it again. It must never be changed."""
    _CONSTANT[id(message)] = (message, render(message))
    return message


_CONSTANT: dict[int, tuple[Message, str]] = {}  # id → (the message, kept alive so the id stays its own; English)

# a clause built once and reused (a rule's "looked for" list), with its English
Rendered = tuple[Message, str]


_NESTED = frozenset((dict, list, tuple))  # argument types rendered first (`_value`)


def _template(key: str, lookup: Lookup | None) -> str:
    template = lookup(key) if lookup is not None else None
    return template if template else CATALOGUE.get(key, key)


def _value(value: Any, lookup: Lookup | None) -> Any:
    if type(value) is dict:
        if lookup is None:
            known = _CONSTANT.get(id(value))
            if known is not None:
                return known[1]
        return render(value, lookup)
    return _template("list.separator", lookup).join(
        render(v, lookup) if type(v) is dict else str(v) for v in value)


def render(message: Mapping[str, Any], lookup: Lookup | None = None) -> str:
    """The message (a Message, or one read back from storage) in the lookup's language (English
    without one)."""
    args = message["args"]
    if not _NESTED.isdisjoint(map(type, args.values())):  # (one C-level test: most have no nested value)
        args = {k: _value(v, lookup) if type(v) in _NESTED else v for k, v in args.items()}
    if lookup is None:  # the engine's own path: every call renders a few dozen of these
        return _ENGLISH[message["key"]](args)
    try:
        return _template(message["key"], lookup).format_map(args)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: English
        return CATALOGUE.get(message["key"], message["key"]).format_map(args)


ROLE: dict[str, Message] = {r: constant(msg("role." + r)) for r in ("agent", "customer")}


def render_list(items: list[Any]) -> str:
    """A list argument's English, as `render` writes it nested in a message."""
    return _value(items, None)


def render_parts(parts: list[Message], lookup: Lookup | None = None, sep: str = "; ") -> str:
    return sep.join(render(p, lookup) for p in parts)


def rendered(message: Message) -> Rendered:
    return message, render(message)


def reason(message: Message) -> dict[str, Any]:
    """RuleResult fields for this reason: the English line plus its key and arguments."""
    return {"reason": render(message), "reason_key": message["key"], "reason_args": message["args"]}


def note(*parts: Message | Rendered | None) -> dict[str, Any]:
    """Evidence fields for these clauses (None clauses are skipped)."""
    kept: list[Message] = []
    texts: list[str] = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, tuple):
            kept.append(p[0])
            texts.append(p[1])
        else:
            kept.append(p)
            texts.append(render(p))
    return {"note": "; ".join(texts), "note_parts": kept}
