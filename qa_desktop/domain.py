"""Domain records shared by every part of QA Desktop.

These are the contract between the transcription core, the scoring engine,
storage, the CLI and the GUI: plain data classes with a stable JSON shape
(`to_dict` / `from_dict`), so a transcript written by `qa-desktop transcribe`
can be scored later, stored, and reloaded without the audio.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Speaker = Literal["agent", "customer", "unknown"]
Status = Literal["pass", "fail", "na"]
SPEAKERS: tuple[str, ...] = ("agent", "customer", "unknown")
STATUSES: tuple[str, ...] = ("pass", "fail", "na")


def field_values(record: Any) -> tuple[Any, ...]:
    """A dataclass record's fields in order: the arguments its __init__ takes, for `__reduce__` on the records
    whose __init__ the compiled scorer (packaging/native.py) runs natively and needs arguments for."""
    return tuple(getattr(record, f.name) for f in fields(record))


def primary_language(tag: str | None) -> str:
    """The language part of a tag: zh-CN, zh_Hans and ZH are all "zh" (packs and calls compare by it)."""
    return (tag or "").strip().lower().replace("_", "-").split("-")[0]


@dataclass(slots=True)
class Word:
    start: float
    end: float
    text: str
    probability: float = 1.0


@dataclass(slots=True)
class Utterance:
    """One turn of one speaker, cut at that speaker's own pauses."""

    speaker: str
    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)
    confidence: float = 1.0
    channel: int = 0
    # median voice pitch (Hz): on mono calls the main clue to which of the two
    # people is speaking, on every call a sign of a rising voice; None on unvoiced
    # turns (and on stereo calls transcribed before it was measured there)
    pitch: float | None = None
    # the language this turn was heard (and transcribed) in, when the call changes language
    # half-way (transcription.language_stretches); "" means the call's own language
    language: str = ""
    # mono calls: which of the call's two voices spoke the turn (0/1, from voice embeddings; None on
    # stereo calls or where the voices could not be told apart), how sure the speaker is (0-1), and
    # what decided it: "voice" (the voice, named agent/customer by the script), "inspector", or ""
    voice: int | None = None
    voice_confidence: float | None = None  # how clearly the turn is that voice (0-1)
    speaker_confidence: float | None = None
    speaker_source: str = ""
    # RMS level of the turn's speech frames (dBFS), to tell a voice getting louder
    # against the same speaker's start of call; None in calls stored before
    loudness: float | None = None

    @property
    def duration(self) -> float:
        d = self.end - self.start  # (not max(): scoring asks every silence, and max parses keywords per call)
        return d if d > 0.0 else 0.0  # noqa: FURB136

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Utterance":
        words = [Word(**w) for w in d.get("words", [])]
        return cls(
            speaker=d["speaker"],
            start=float(d["start"]),
            end=float(d["end"]),
            text=d.get("text", ""),
            words=words,
            confidence=float(d.get("confidence", 1.0)),
            channel=int(d.get("channel", 0)),
            pitch=None if d.get("pitch") is None else float(d["pitch"]),
            language=d.get("language") or "",
            voice=None if d.get("voice") is None else int(d["voice"]),
            voice_confidence=None if d.get("voice_confidence") is None else float(d["voice_confidence"]),
            speaker_confidence=None if d.get("speaker_confidence") is None else float(d["speaker_confidence"]),
            speaker_source=str(d.get("speaker_source") or ""),
            loudness=None if d.get("loudness") is None else float(d["loudness"]),
        )


@dataclass(slots=True)
class Silence:
    """A stretch where nobody speaks, measured from voice activity."""

    start: float
    end: float

    @property
    def duration(self) -> float:
        d = self.end - self.start  # (not max(): scoring asks every silence, and max parses keywords per call)
        return d if d > 0.0 else 0.0  # noqa: FURB136


@dataclass(slots=True)
class Overlap:
    """Both parties speak at once; `interrupter` started while `interrupted` was talking."""

    start: float
    end: float
    interrupter: str
    interrupted: str
    # mono calls: the voice (0/1) that took over mid-speech; the names above follow the speakers
    # scoring gives the voices (scoring.speakers)
    interrupter_voice: int | None = None

    @property
    def duration(self) -> float:
        d = self.end - self.start  # (not max(): scoring asks every silence, and max parses keywords per call)
        return d if d > 0.0 else 0.0  # noqa: FURB136


@dataclass(slots=True)
class Metrics:
    """Acoustic facts from the audio itself (voice activity), not from text."""

    silences: list[Silence] = field(default_factory=list)
    overlaps: list[Overlap] = field(default_factory=list)
    talk_time: dict[str, float] = field(default_factory=dict)
    speech_rate: dict[str, float] = field(default_factory=dict)
    rate_unit: str = "chars/min"
    speech: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    # mono calls: how many voices were heard (audio.diarize): 1 means nobody else spoke, so per-party
    # figures cannot be measured; None on stereo calls, undiarized ones and those stored before
    voices: int | None = None

    def interruptions(self, by: str = "agent") -> list[Overlap]:
        return [o for o in self.overlaps if o.interrupter == by]

    @property
    def longest_silence(self) -> float:
        return max((s.duration for s in self.silences), default=0.0)

    def talk_ratio(self, speaker: str = "agent") -> float:
        total = sum(self.talk_time.values())
        return self.talk_time.get(speaker, 0.0) / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "silences": [asdict(s) for s in self.silences],
            "overlaps": [asdict(o) for o in self.overlaps],
            "talk_time": dict(self.talk_time),
            "speech_rate": dict(self.speech_rate),
            "rate_unit": self.rate_unit,
            "speech": {k: [list(p) for p in v] for k, v in self.speech.items()},
            "voices": self.voices,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Metrics":
        return cls(
            silences=[Silence(**s) for s in d.get("silences", [])],
            overlaps=[Overlap(**o) for o in d.get("overlaps", [])],
            talk_time={k: float(v) for k, v in d.get("talk_time", {}).items()},
            speech_rate={k: float(v) for k, v in d.get("speech_rate", {}).items()},
            rate_unit=d.get("rate_unit", "chars/min"),
            speech={k: [(float(a), float(b)) for a, b in v] for k, v in d.get("speech", {}).items()},
            voices=None if d.get("voices") is None else int(d["voices"]),
        )


@dataclass(slots=True)
class CallMeta:
    """Who and when, from the file name pattern and/or a PBX/CRM manifest."""

    call_id: str = ""
    agent: str = ""
    team: str = ""
    date: str = ""  # ISO date, YYYY-MM-DD
    customer_phone: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Transcript:
    """A call as a dialogue plus its acoustic metrics: the input of scoring."""

    file: str
    duration: float
    language: str
    layout: str  # "stereo" | "mono"
    utterances: list[Utterance]
    metrics: Metrics
    meta: CallMeta = field(default_factory=CallMeta)
    content_hash: str = ""  # sha256 of the recording's bytes
    model: str = ""  # which Whisper model produced the text
    channels: list[str] = field(default_factory=list)  # speaker per channel

    def by(self, speaker: str) -> list[Utterance]:
        return [u for u in self.utterances if u.speaker == speaker]

    @property
    def languages(self) -> list[str]:
        """Every language heard, the call's own first (more than one: the call changed language)."""
        found = [self.language] if self.language else []
        for u in self.utterances:
            if u.language and u.language not in found:
                found.append(u.language)
        return found

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "duration": self.duration,
            "language": self.language,
            "layout": self.layout,
            "channels": list(self.channels),
            "content_hash": self.content_hash,
            "model": self.model,
            "meta": asdict(self.meta),
            "utterances": [u.to_dict() for u in self.utterances],
            "metrics": self.metrics.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Transcript":
        return cls(
            file=d["file"],
            duration=float(d["duration"]),
            language=d.get("language", ""),
            layout=d.get("layout", "mono"),
            utterances=[Utterance.from_dict(u) for u in d.get("utterances", [])],
            metrics=Metrics.from_dict(d.get("metrics", {})),
            meta=CallMeta(**d.get("meta", {})),
            content_hash=d.get("content_hash", ""),
            model=d.get("model", ""),
            channels=list(d.get("channels", [])),
        )


@dataclass(slots=True)
class Evidence:
    """Why a verdict is what it is: where in the call, what was said, what matched.

    For a `fail`, `note` says what was looked for and where (e.g. "no greeting
    phrase in agent speech within the first 15 s"), and the time fields point
    at the window that was searched. `note` is English; `note_parts` holds the
    same clauses as catalogue messages ({"key", "args"}, see
    qa_desktop.scoring.messages) so the UI can show them in another language.
    """

    speaker: str = ""
    start: float = 0.0
    end: float = 0.0
    text: str = ""  # the utterance text (or a metric description)
    span: str = ""  # the matched part of `text`
    span_start: int = -1  # character offsets of `span` in `text`
    span_end: int = -1
    similarity: float = 0.0  # 0-100
    phrase: str = ""  # which rule phrase matched
    mode: str = ""  # exact | fuzzy | phonetic | regex | metric
    note: str = ""
    note_parts: list[Mapping[str, Any]] = field(default_factory=list)  # [] in calls stored before messages

    def __init__(self, speaker: str = "", start: float = 0.0, end: float = 0.0, text: str = "", span: str = "",
                 span_start: int = -1, span_end: int = -1, similarity: float = 0.0, phrase: str = "", mode: str = "",
                 note: str = "", note_parts: list[Mapping[str, Any]] | None = None) -> None:
        # (written out: mypyc compiles this one, and would run the one dataclass writes as Python; the
        # fields and defaults are the dataclass's, which test_native_scorer.py checks)
        self.speaker, self.start, self.end, self.text, self.span = speaker, start, end, text, span
        self.span_start, self.span_end, self.similarity, self.phrase = span_start, span_end, similarity, phrase
        self.mode, self.note, self.note_parts = mode, note, [] if note_parts is None else note_parts

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Evidence":
        return cls(**d)


@dataclass(slots=True)
class RuleResult:
    rule: str
    title: str
    section: str
    status: str  # pass | fail | na
    points: float  # earned
    max_points: float
    critical: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""  # one line an inspector reads (English)
    confidence: float = 1.0  # how sure the machine is (0-1): sampling reviews the least sure first
    # `reason` as a catalogue message (qa_desktop.scoring.messages), for other languages;
    # empty in calls stored before messages existed
    reason_key: str = ""
    reason_args: dict[str, Any] = field(default_factory=dict)

    def __init__(self, rule: str, title: str, section: str, status: str, points: float, max_points: float,
                 critical: bool = False, evidence: list[Evidence] | None = None, reason: str = "",
                 confidence: float = 1.0, reason_key: str = "", reason_args: dict[str, Any] | None = None) -> None:
        # (written out: mypyc compiles this one, and would run the one dataclass writes as Python; the
        # fields and defaults are the dataclass's, which test_native_scorer.py checks)
        self.rule, self.title, self.section, self.status, self.points = rule, title, section, status, points
        self.max_points, self.critical, self.evidence = max_points, critical, [] if evidence is None else evidence
        self.reason, self.confidence, self.reason_key = reason, confidence, reason_key
        self.reason_args = {} if reason_args is None else reason_args

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return type(self), field_values(self)  # (compiled, copies and pickles would call __init__ with no arguments)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "RuleResult":
        d = dict(d)
        d["evidence"] = [Evidence.from_dict(e) for e in d.get("evidence", [])]
        return cls(**d)


@dataclass(slots=True)
class SectionScore:
    section: str
    title: str
    score: float  # 0-100
    earned: float
    possible: float


@dataclass(slots=True)
class CategoryScore:
    category: str
    score: float
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Escalation:
    """How likely the customer is to take the complaint further (regulator, media, supervisor, lawyer).

    From the customer's words (qa_desktop.scoring.escalation) combined with how their voice
    rises (qa_desktop.scoring.voice_rise); `evidence` names the sentences and why.
    """

    level: str = "none"  # none | low | high
    score: float = 0.0  # 0-1
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Escalation":
        d = d or {}
        return cls(level=str(d.get("level", "none")), score=float(d.get("score", 0.0)),
                   evidence=[Evidence.from_dict(e) for e in d.get("evidence", [])])


@dataclass(slots=True)
class LearnedExample:
    """A sentence an inspector's correction taught: scored like the pack's own examples.

    kind "category": `label` is a category id; kind "conduct": `label` is "refusal" or "polite".
    """

    kind: str  # "category" | "conduct"
    label: str
    text: str
    language: str
    team: str = ""
    source_call: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "LearnedExample":
        return cls(**{k: d[k] for k in ("kind", "label", "text", "language", "team", "source_call") if k in d})


@dataclass(slots=True)
class CallScore:
    """The machine's verdicts for one call under one rule pack."""

    pack: str
    pack_version: str
    pack_hash: str
    score: float  # 0-100 after critical items
    sections: list[SectionScore]
    results: list[RuleResult]
    category: str = "other"  # primary complaint category
    categories: list[CategoryScore] = field(default_factory=list)
    critical_failed: list[str] = field(default_factory=list)
    category_confidence: float = 0.0  # 0-1: how clearly the primary category beat the others
    secondary_category: str = ""  # a second problem the customer raised, "" if none
    escalation: Escalation = field(default_factory=Escalation)

    def result(self, rule: str) -> RuleResult | None:
        return next((r for r in self.results if r.rule == rule), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "CallScore":
        return cls(
            pack=d["pack"],
            pack_version=d.get("pack_version", ""),
            pack_hash=d.get("pack_hash", ""),
            score=float(d["score"]),
            sections=[SectionScore(**s) for s in d.get("sections", [])],
            results=[RuleResult.from_dict(r) for r in d.get("results", [])],
            category=d.get("category", "other"),
            categories=[
                CategoryScore(c["category"], float(c["score"]), [Evidence.from_dict(e) for e in c.get("evidence", [])])
                for c in d.get("categories", [])
            ],
            critical_failed=list(d.get("critical_failed", [])),
            category_confidence=float(d.get("category_confidence", 0.0)),
            secondary_category=str(d.get("secondary_category", "")),
            escalation=Escalation.from_dict(d.get("escalation")),
        )


def call_report(transcript: Transcript, score: CallScore) -> dict[str, Any]:
    """The per-call JSON of `score` and `audit`: one shape everywhere."""
    return {
        "file": transcript.file,
        "call_id": transcript.meta.call_id,
        "agent": transcript.meta.agent,
        "team": transcript.meta.team,
        "date": transcript.meta.date,
        "language": transcript.language,
        "duration": transcript.duration,
        "layout": transcript.layout,
        **score.to_dict(),
        "error": None,
    }
