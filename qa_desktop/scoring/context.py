"""Everything about one call that several rules need, computed once.

Each utterance is normalised once (and pinyin-encoded lazily, once); holds
are found once; on mono calls each utterance's speaker is inferred once.

Mono calls (no diarization: every speaker "unknown") — the documented policy,
which the shipped packs' header comments repeat for QA leads:
- each turn's role is inferred (roles.py): by its words (agent-script phrases
  vs customer phrases), else by its voice (pitch clearly nearer the agent's or
  the customer's word-identified turns), else it stays undetermined — turn
  order is noted as a hint only (Whisper splits one turn into several);
- steps the agent must do (greeting, apology, closing…) are looked for in
  every turn except those identified as the customer's: an undetermined turn
  may well be the agent's, and a missed step is not worth a false fail;
- what counts *against* a speaker (expect: absent — forbidden phrases) counts
  only in turns identified as theirs by words or voice, so the customer's
  words never cost the agent points. Phrases heard only in undetermined turns
  do not zero the call on a guess either way: the rule is `na`, with those
  hits as evidence and the lowest confidence, so sampling puts the call in
  front of an inspector first;
- every piece of evidence from a mono call says how its speaker was decided,
  and mono verdicts carry a lower confidence so sampling reviews them first;
- who talked over whom cannot be measured on one channel (overlapping voices
  are not separated): na. Talk ratio and speech rate are measured when every
  turn's speaker was settled by voice (speakers.py), else na.

Mono calls whose two voices transcription told apart (Utterance.voice) first
get each turn's speaker from its voice (speakers.py: the voice with more agent
script is the agent); turns settled that way count as the speaker's own, with
a note saying so, and only the turns left `unknown` go through the inference
above. A mono recording with only one voice (speakers.one_voice) has no second
party: an unnamed voice's turns are all undetermined (no turn is made the
customer's by its words), and per-party figures are `na`, saying so.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Callable

from qa_desktop.domain import Silence, Transcript, Utterance
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.matchers import Haystack, Searchable
from qa_desktop.scoring.messages import ROLE, Message, Rendered, msg, rendered
from qa_desktop.scoring.normalize import normalize_many
from qa_desktop.scoring.roles import infer_roles
from qa_desktop.scoring.speakers import INSPECTOR, VOICE, one_voice, settle_speakers


RUN_ON_GAP = 0.6  # seconds: a shorter pause inside one speaker's speech does not end a sentence
_START, _END, _SPEAKER = attrgetter("start"), attrgetter("end"), attrgetter("speaker")


@dataclass(slots=True)
class CallContext:
    transcript: Transcript
    utts: list[Utterance]
    items: list[Searchable]
    roles: list[str]  # agent | customer (given or inferred)
    attributed: list[bool]  # mono: role shown by the turn's words or voice, not guessed from order
    role_notes: list[Message | Callable[[], Message] | None]  # why, for inferred roles (see roles.Roles)
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
    _notes: dict[int, Rendered] = field(default_factory=dict)
    _times: dict[str, tuple[list[float], list[float]]] = field(default_factory=dict)
    meaning_cache: dict[str, Any] = field(default_factory=dict)  # sentences and vectors (meaning model)
    # mono: every turn's speaker settled by voice (or an inspector), so per-party figures can be measured
    separated: bool = False
    one_voice: bool = False  # mono: only one voice was heard (speakers.one_voice)
    split: float | None = None  # where a short call's opening ends and its closing begins (windows.split)

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

    def in_window(self, speaker: str, start: float, end: float) -> list[int]:
        """The scope's turns that start inside [start, end) or are still going at `start` (a greeting
        begun at 14 s counts for "first 15 s")."""
        idx = self.scope(speaker)
        if start <= 0.0 and end >= self.end:
            return idx
        starts, reach = self._timeline(speaker)
        lo = bisect.bisect_left(starts, start)
        inside = idx[lo:bisect.bisect_left(starts, end, lo)]
        if lo == 0 or reach[lo - 1] <= start:  # nothing earlier runs into the window (the usual case)
            return inside
        utts = self.utts
        # (turns before the first whose running latest end passes `start` all ended before it)
        first = bisect.bisect_right(reach, start, 0, lo)
        return [i for i in idx[first:lo] if utts[i].end > start] + inside

    def _timeline(self, speaker: str) -> tuple[list[float], list[float]]:
        """Start times of the scope's turns, and the latest end so far at each (for in_window)."""
        cached = self._times.get(speaker)
        if cached is None:
            turns = [self.utts[i] for i in self.scope(speaker)]
            cached = self._times[speaker] = ([u.start for u in turns], _running_max([u.end for u in turns]))
        return cached

    def _scope(self, speaker: str) -> list[int]:
        if speaker == "any":
            return list(range(len(self.utts)))
        # the speaker's own turns, and on mono calls every turn but those shown to be the other party's
        return [i for i, (u, role, shown) in enumerate(zip(self.utts, self.roles, self.attributed))
                if u.speaker == speaker or u.speaker == "unknown" and (role == speaker or not shown)]

    def role_note(self, i: int) -> Rendered | None:
        """How turn i's speaker was decided, rendered once however many hits in it are evidence."""
        why = self.role_notes[i]
        if why is None:
            return None
        done = self._notes.get(i)
        if done is None:
            done = self._notes[i] = rendered(why() if callable(why) else why)
        return done

    def undetermined(self, i: int) -> bool:
        """A mono turn whose speaker neither words nor voice showed (see the policy above)."""
        return self.utts[i].speaker == "unknown" and not self.attributed[i]


def _running_max(values: list[float]) -> list[float]:
    """The largest value so far at each position: a plain loop, since in this Python `max(a, b)`
    parses its arguments as keywords on every call (accumulate(values, max) cost 20× more)."""
    out = []
    top = float("-inf")
    for v in values:
        if v > top:  # noqa: PLR1730
            top = v
        out.append(top)
    return out


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
    for s in sorted(spans, key=_START):
        if out and s.start <= out[-1].end:
            if s.end > out[-1].end:
                out[-1] = Silence(out[-1].start, s.end)
        else:
            out.append(s)
    return out


def build_context(transcript: Transcript, compiled: CompiledPack) -> CallContext:
    utts = sorted(transcript.utterances, key=_START)
    items = [Searchable(n) for n in normalize_many([u.text for u in utts])]
    naming = settle_speakers(transcript, utts, items, compiled)  # mono turns named by voice (in place)
    speakers = list(map(_SPEAKER, utts))
    mono = naming is not None or ("agent" not in speakers and "customer" not in speakers)
    runs_on = [a.speaker == b.speaker and 0.0 <= b.start - a.end < RUN_ON_GAP for a, b in zip(utts, utts[1:])]
    # the turns whose roles are inferred, joined as the rules join them when nothing runs on: once
    hays: dict[tuple[int, ...], Haystack] = {}
    who = infer_roles(utts, items, compiled, None if any(runs_on) else hays)
    if naming is not None:
        for i, u in enumerate(utts):
            if u.speaker in ("agent", "customer") and u.speaker_source in (VOICE, INSPECTOR):
                who.notes[i] = (msg("mono.inspector", role=ROLE[u.speaker]) if u.speaker_source == INSPECTOR
                                else msg("mono.one_voice_id" if naming.voices == 1 else "mono.voice_id",
                                         role=ROLE[u.speaker], confidence=round(100 * (u.speaker_confidence or 0.0))))
            elif naming.voices == 1 and u.speaker == "unknown" and u.voice == 0:
                who.attributed[i] = False  # one person spoke every turn: no turn is the other party's by its words
                who.notes[i] = msg("mono.one_voice")
    first = utts[0].start if utts else 0.0
    last = max(map(_END, utts), default=0.0)
    end = max(transcript.duration or 0.0, last)
    hold_min = compiled.pack.hold_min_seconds
    # voice activity misses silences under office noise, and Whisper misses words: a stretch
    # counts as silence when either witness says so
    silences = _union(list(transcript.metrics.silences) + _gaps(utts, 2.0))
    inner = [s for s in silences if s.start >= first - 0.5 and s.end <= last + 0.5]
    holds = [s for s in inner if s.end - s.start >= hold_min]
    separated = naming is not None and all(u.speaker in ("agent", "customer") for u in utts)
    return CallContext(transcript, utts, items, who.roles, who.attributed, who.notes, mono, end, holds, inner,
                       runs_on=runs_on, separated=separated, one_voice=one_voice(transcript), _hay=hays)
