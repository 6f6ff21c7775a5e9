"""The rule-pack model: what a QA lead writes in YAML, as typed records.

The engine never looks at raw YAML: the loader turns a file into these records
once, validated, so scoring a thousand calls never re-checks a typo and every
error is reported at load time with the file and line that caused it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from qa_desktop.plural import plural

MATCH_MODES: tuple[str, ...] = ("exact", "fuzzy", "phonetic")
SCOPES: tuple[str, ...] = ("agent", "customer", "any")
RULE_TYPES: tuple[str, ...] = ("phrase", "silence", "overlap", "metric")
EXPECTS: tuple[str, ...] = ("present", "absent")
EVENTS: tuple[str, ...] = ("hold",)  # what a window can be anchored on besides another rule's hits
METRICS: tuple[str, ...] = (
    "longest_silence",
    "silence_total",
    "interruptions",
    "talk_ratio",
    "speech_rate",
)


@dataclass(slots=True)
class Window:
    """Where in the call a phrase rule looks.

    `first`/`last` are seconds from the call's start/end (on a short call neither passes the turn
    boundary nearest its middle, so no turn is both opening and closing); `before`/`after`
    name an anchor — the event "hold", or another phrase rule whose hits
    (e.g. the customer stating the problem) open the window — and `within` is
    how many seconds around it count. Every hold needs its own hit; around a
    rule's hits, one hit in any of their windows is enough.
    """

    first: float | None = None
    last: float | None = None
    before: str | None = None
    after: str | None = None
    within: float = 20.0
    line: int = 0  # where `before`/`after` is written (reference errors point there)

    @property
    def anchor(self) -> str | None:
        return self.before or self.after

    @property
    def event(self) -> str | None:
        return self.anchor if self.anchor in EVENTS else None

    @property
    def rule(self) -> str | None:
        """The rule whose hits anchor the window, if it is not an event."""
        return self.anchor if self.anchor and self.anchor not in EVENTS else None


@dataclass(slots=True)
class Condition:
    """A rule applies only when this holds; otherwise its status is `na`."""

    rule: str | None = None  # another rule's id
    status: tuple[str, ...] = ("pass",)  # …and that rule's status is one of these
    category: tuple[str, ...] = ()  # or the call's primary category is one of these
    event: str | None = None  # or the call has this event ("hold")
    layout: tuple[str, ...] = ()  # or the call was recorded with one of these layouts
    line: int = 0  # where the condition is written


@dataclass(slots=True)
class Rule:
    id: str
    title: str
    section: str
    type: str = "phrase"
    points: float = 0.0
    critical: bool = False
    informational: bool = False  # shown and usable as a condition, never scored
    description: str = ""
    speaker: str = "agent"
    expect: str = "present"
    match: str = "fuzzy"
    threshold: float | None = None  # None: depends on each phrase's length
    phrases: list[str] = field(default_factory=list)
    regex: list[str] = field(default_factory=list)
    unless: list[str] = field(default_factory=list)
    window: Window | None = None
    when: list[Condition] = field(default_factory=list)
    role_cue: bool = False  # phrases mark their speaker as the agent on mono calls
    # silence / overlap / metric rules
    min_seconds: float = 0.0
    announced_by: str | None = None  # a phrase rule whose match before a silence excuses it
    max_count: int = 0
    metric: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    metric_target: float | None = None  # metric rules: weighted points = points × actual / metric_target
    lower_is_better: bool = False
    target: float | None = None  # pass-rate target (0–1) scorecard exports weigh against: weight × actual / target
    ignore: list[str] = field(default_factory=list)  # back-channels that are no interruption
    # forbidden (expect: absent) phrase rules: natural sentences of the conduct in any wording
    # (refusals, deflections, blame), and polite look-alikes that must pass; the meaning model
    # generalises from them (qa_desktop.scoring.conduct)
    examples: list[str] = field(default_factory=list)
    unless_examples: list[str] = field(default_factory=list)
    # words that promise action (帮您, 我马上, I'll): a clause with one, resembling the polite
    # examples, after a refusal-like clause hands the case on, so that clause is not counted
    hand_over: list[str] = field(default_factory=list)
    # stance cue patterns (qa_desktop.scoring.stance): a sentence that commits to an action is not a
    # refusal unless it shows contempt; one that pushes the problem away and offers nothing is
    commit_cues: list[str] = field(default_factory=list)
    deflect_cues: list[str] = field(default_factory=list)
    contempt_cues: list[str] = field(default_factory=list)
    # words a courteous agent also says sincerely (praise, good wishes, reassurance: 真讲究, "good luck with
    # that") whose contempt is only in the tone: read as contempt only where the stance head agrees
    # (qa_desktop.scoring.conduct)
    ironic_cues: list[str] = field(default_factory=list)
    # a sentence that acknowledges the customer's feelings or the company's fault ("that sounds really
    # stressful", 理解您的心情) with no "but" after it is not read as a refusal by its likeness alone
    empathy_cues: list[str] = field(default_factory=list)
    line: int = 0  # where the rule starts in its file

    def depends_on(self) -> list[str]:
        """Rules whose verdicts or hits this one reads: they are evaluated first."""
        out = [c.rule for c in self.when if c.rule]
        if self.window is not None and self.window.rule:
            out.append(self.window.rule)
        if self.announced_by:
            out.append(self.announced_by)
        return out


@dataclass(slots=True)
class Section:
    id: str
    title: str
    weight: float = 1.0
    line: int = 0
    target: float | None = None  # pass-rate target (0–1) for scorecard exports, like Rule.target


@dataclass(slots=True)
class Category:
    id: str
    title: str
    keywords: list[str] = field(default_factory=list)
    unless: list[str] = field(default_factory=list)
    line: int = 0
    # this category's own match mode / threshold (None: the categories setting), e.g. phonetic
    # for the words speech recognition mishears (快递 heard as 快地)
    match: str | None = None
    threshold: float | None = None
    # how customers describe this problem in their own words: the meaning model generalises
    # from these (qa_desktop.scoring.meaning), beside the keywords
    examples: list[str] = field(default_factory=list)
    # claim cues (说是, 号称, 详情页写): a customer sentence that sets a claim against what arrived
    # ("说是羊绒的，一烧全是塑料味") is this category, whatever the reality half's words say
    claims: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CategorySettings:
    """How keyword evidence becomes a primary complaint category."""

    items: list[Category] = field(default_factory=list)
    match: str = "fuzzy"
    threshold: float | None = None
    speaker_weights: dict[str, float] = field(
        default_factory=lambda: {"customer": 1.0, "unknown": 0.7, "agent": 0.3}
    )
    min_score: float = 1.0
    fallback: str = "other"
    # customer sentences that name no problem (greetings, order numbers, thanks): a sentence
    # nearer these than any category's examples votes for nothing
    neutral_examples: list[str] = field(default_factory=list)


@dataclass(slots=True)
class EscalationSettings:
    """What in the customer's words says they will take the complaint further."""

    keywords: list[str] = field(default_factory=list)  # 12315, 消协, BBB, lawyer…
    match: str = "fuzzy"
    threshold: float | None = None
    unless: list[str] = field(default_factory=list)  # 不想投诉: a keyword inside these does not count
    examples: list[str] = field(default_factory=list)  # threats and demands in natural wording
    calm_examples: list[str] = field(default_factory=list)  # look-alikes that are no threat
    # the channel × intent signal (escalation.py): a clause naming a channel (bank, court, followers…;
    # the keywords count too) with an intention cue (I'm going to, 我要…) is a threat in any wording;
    # a sentence with a harmless cue (I'm a…, my boss needs…, 地址) only mentions its channel
    channels: list[str] = field(default_factory=list)
    intents: list[str] = field(default_factory=list)
    harmless: list[str] = field(default_factory=list)
    # Chinese channel cues also matched by sound (ASR writes 消协 as 小协, 仲裁 as 中裁): only words
    # whose sound-alikes are no everyday word (工伤 is, so 工商 is listed with care), and only
    # where a clause also carries an intention
    sound_alike: list[str] = field(default_factory=list)
    # words that say the story will spread (捅出去, "she'll hear every detail", "run a piece"): a channel
    # named as a mere mention (我表哥在报社上班, "my cousin works at the paper") is a route when one follows
    spread: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RulePack:
    name: str
    language: str
    version: str
    sections: list[Section]
    rules: list[Rule]
    categories: CategorySettings
    description: str = ""
    hold_min_seconds: float = 10.0  # a silence this long between turns is a hold
    role_cues: dict[str, list[str]] = field(default_factory=dict)  # mono calls: words only agent / customer say
    escalation: EscalationSettings = field(default_factory=EscalationSettings)
    content_hash: str = ""  # sha256 of the file's bytes
    path: Path | None = None
    source: str = ""  # the file's text, kept so a stored score can be re-derived
    _compiled: Any = field(default=None, repr=False, compare=False)

    def __getstate__(self) -> list[Any]:
        """Copies and pickles leave the compiled matchers behind (scoring/compiled.py builds them again on
        first use): they are a cache of the pack, and the compiled scorer's (packaging/native.py) cannot
        be copied."""
        return [None if f.name == "_compiled" else getattr(self, f.name) for f in fields(self)]

    def __setstate__(self, state: list[Any]) -> None:
        for f, value in zip(fields(self), state):
            object.__setattr__(self, f.name, value)

    def keyword_only(self) -> RulePack:
        """A copy without its example sentences: what the pack scores without the meaning model (the speed
        floor of issue 13 is set for such packs; bench/score.py and the tests compare against it)."""
        bare = copy.deepcopy(self)  # (without the compiled matchers: __getstate__)
        bare.categories.neutral_examples = []
        for c in bare.categories.items:
            c.examples = []
        for r in bare.rules:
            r.examples, r.unless_examples, r.hand_over = [], [], []
        bare.escalation.examples, bare.escalation.calm_examples = [], []
        return bare

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def summary(self) -> str:
        kinds: dict[str, int] = {}
        for r in self.rules:
            kinds[r.type] = kinds.get(r.type, 0) + 1
        phrases = sum(len(r.phrases) for r in self.rules)
        kind_text = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        return (
            f"{self.name} v{self.version} ({self.language}): {plural(len(self.sections), 'section')}, "
            f"{plural(len(self.rules), 'rule')} ({kind_text}), {plural(phrases, 'phrase')}, "
            f"{plural(len(self.categories.items), 'category', 'categories')}"
        )
