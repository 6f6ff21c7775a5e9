"""Everything about one call that several rules need, computed once.

Each utterance is normalised once (and pinyin-encoded lazily, once); holds
are found once; on mono calls each utterance's speaker is inferred once.

Mono calls (no diarization: every speaker "unknown") — the documented policy:
- each turn's role is inferred: a turn whose words are agent-script phrases
  (rules with role_cue, the pack's roles.agent list) is the agent; one whose words
  are customer phrases (customer-scoped rules, roles.customer: 我买的, 你们, 差评…)
  is the customer — the side with more matched characters wins; turns without
  such cues are guessed from turn order (the first turn of an inbound call is
  the agent, then alternation) and marked as a guess;
- agent rules (script steps AND forbidden phrases) look at every turn except
  those whose own words show they are the customer: order-based guesses are too
  weak to clear or convict anyone (Whisper splits one turn into several
  segments), while a customer complaining "你怎么这样说话" is recognised by
  what they say and never costs the agent points;
- every piece of evidence from a mono call says how its speaker was decided,
  and mono verdicts carry a lower confidence so sampling reviews them first;
- who talked over whom, talk ratio and speech rate cannot be measured: na.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qa_desktop.domain import Silence, Transcript, Utterance
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.matchers import Haystack, Searchable
from qa_desktop.scoring.messages import Message, msg
from qa_desktop.scoring.normalize import normalize_many


RUN_ON_GAP = 0.6  # seconds: a shorter pause inside one speaker's speech does not end a sentence


@dataclass(slots=True)
class CallContext:
    transcript: Transcript
    utts: list[Utterance]
    items: list[Searchable]
    roles: list[str]  # agent | customer (given or inferred)
    cued: list[bool]  # role inferred from what was said (strong), not from turn order
    role_notes: list[Message | None]  # why, for inferred roles (None when the channel says so)
    mono: bool
    end: float
    holds: list[Silence]
    silences: list[Silence]  # between the first and the last turn (ringing and hang-up excluded)
    statuses: dict[str, str] = field(default_factory=dict)
    hits: dict[str, list] = field(default_factory=dict)  # rule id → hits (for announced_by)
    category: str = "other"
    _scopes: dict[str, list[int]] = field(default_factory=dict)
    _hay: dict[tuple[int, ...], Haystack] = field(default_factory=dict)
    searched: dict[tuple, tuple] = field(default_factory=dict)  # (rule, start, end, first_only) → hits
    runs_on: list[bool] = field(default_factory=list)  # turn i continues into turn i+1 (see RUN_ON_GAP)

    def haystack(self, idx: list[int]) -> Haystack:
        """The joined text of these turns, built once per call however many rules search it."""
        key = tuple(idx)
        hay = self._hay.get(key)
        if hay is None:
            runs = self.runs_on
            glued = [j == i + 1 and runs[i] for i, j in zip(idx, idx[1:])] if any(runs) else None
            hay = self._hay[key] = Haystack([self.items[i] for i in idx], glued)
        return hay

    def scope(self, speaker: str) -> list[int]:
        """Indices of the turns a rule for this speaker looks at (mono policy above)."""
        cached = self._scopes.get(speaker)
        if cached is not None:
            return cached
        out = self._scopes[speaker] = self._scope(speaker)
        return out

    def _scope(self, speaker: str) -> list[int]:
        if speaker == "any":
            return list(range(len(self.utts)))
        out = []
        for i, u in enumerate(self.utts):
            if u.speaker == speaker:
                out.append(i)
            elif u.speaker == "unknown":
                # every turn but those whose own words show they are the other party: turn
                # order is too weak a guess (Whisper splits one turn into several segments)
                if self.roles[i] == speaker or not self.cued[i]:
                    out.append(i)
        return out


def _infer_roles(utts: list[Utterance], items: list[Searchable],
                 compiled: CompiledPack) -> tuple[list[str], list[Message | None], list[bool]]:
    roles = [u.speaker for u in utts]
    notes: list[Message | None] = [None] * len(utts)
    cued = [False] * len(utts)
    unknown = [i for i, u in enumerate(utts) if u.speaker not in ("agent", "customer")]
    if not unknown:
        return roles, notes, cued
    # each side's cue weight is the length of what it matched: "你好" (anyone) loses to "充不进电"
    weight: dict[int, dict[str, float]] = {}
    best: dict[int, dict[str, str]] = {}
    sub = [items[i] for i in unknown]
    for role, matcher in (("agent", compiled.agent_cues), ("customer", compiled.customer_cues)):
        if matcher is None:
            continue
        for h in matcher.search(sub, every=True):
            i = unknown[h.item]
            w = (h.b - h.a) * h.similarity / 100.0
            weight.setdefault(i, {}).setdefault(role, 0.0)
            weight[i][role] += w
            cur = best.setdefault(i, {})
            if len(h.phrase) > len(cur.get(role, "")):
                cur[role] = h.phrase
    cue = {}
    for i, w in weight.items():
        a, c = w.get("agent", 0.0), w.get("customer", 0.0)
        if a != c:
            role = "agent" if a > c else "customer"
            cue[i] = (role, best[i][role])
    prev = None
    for n, i in enumerate(unknown):
        if i in cue:
            role, phrase = cue[i]
            notes[i] = msg("mono.cue", role=msg("role." + role), phrase=phrase)
            cued[i] = True
        elif prev is None:
            role = "agent"
            notes[i] = msg("mono.first_turn", role=msg("role.agent"))
        else:
            role = "customer" if prev == "agent" else "agent"
            notes[i] = msg("mono.turn_order", role=msg("role." + role))
        roles[i] = role
        prev = role
    return roles, notes, cued


def _gaps(utts: list[Utterance], minimum: float) -> list[Silence]:
    """Stretches of at least `minimum` seconds in which the transcript has nobody speaking."""
    out = []
    reach = utts[0].end if utts else 0.0
    for u in utts[1:]:
        if u.start - reach >= minimum:
            out.append(Silence(reach, u.start))
        if u.end > reach:
            reach = u.end
    return out


def _union(spans: list[Silence]) -> list[Silence]:
    if len(spans) < 2:
        return spans
    out: list[Silence] = []
    for s in sorted(spans, key=lambda s: s.start):
        if out and s.start <= out[-1].end:
            if s.end > out[-1].end:
                out[-1] = Silence(out[-1].start, s.end)
        else:
            out.append(s)
    return out


def build_context(transcript: Transcript, compiled: CompiledPack) -> CallContext:
    utts = sorted(transcript.utterances, key=lambda u: u.start)
    items = [Searchable(n) for n in normalize_many([u.text for u in utts])]
    mono = not any(u.speaker in ("agent", "customer") for u in utts)
    roles, notes, cued = _infer_roles(utts, items, compiled)
    first = utts[0].start if utts else 0.0
    last = max((u.end for u in utts), default=0.0)
    end = max(transcript.duration or 0.0, last)
    hold_min = compiled.pack.hold_min_seconds
    # voice activity misses silences under office noise, and Whisper misses words: a stretch
    # counts as silence when either witness says so
    silences = _union(list(transcript.metrics.silences) + _gaps(utts, 2.0))
    inner = [s for s in silences if s.start >= first - 0.5 and s.end <= last + 0.5]
    holds = [s for s in inner if s.end - s.start >= hold_min]
    runs_on = [a.speaker == b.speaker and 0.0 <= b.start - a.end < RUN_ON_GAP for a, b in zip(utts, utts[1:])]
    return CallContext(transcript, utts, items, roles, cued, notes, mono, end, holds, inner, runs_on=runs_on)
