"""Who speaks each turn of a mono call: by their words, else by their voice, else unknown.

Words first: a turn holding agent-script phrases (rules with role_cue, the
pack's roles.agent) is the agent's, one holding customer phrases
(customer-scoped rules, roles.customer) the customer's — the side with more
matched characters wins.

Voice next: the transcription core stores each mono turn's median pitch. Once
both sides have turns identified by their words, an uncued turn whose pitch
is clearly nearer one side's than the other's is that side's (see
VOICE_MARGIN). Everything else is undetermined; turn order is only noted as a
hint, because Whisper splits one person's turn into several segments.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from typing import Callable

from qa_desktop.domain import Utterance
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.matchers import Haystack, Searchable
from qa_desktop.scoring.messages import ROLE, Message, msg

# Semitones by which an uncued turn's pitch must be nearer one side's cued turns than the
# other side's. Measured on the sample mono calls (base-model transcripts, 6 calls, 12 uncued
# turns with pitch): the turns whose voice pointed the wrong way did so by at most 1.3 st
# (short customer answers read out at 242–250 Hz, "零八零八", "15800314476", against a
# customer median of 208–213 Hz and an agent median of 262–271 Hz); the turns pointing the
# right way did so by 3.9–4.6 st. 2.5 st lies in that gap with about 1.2 st to spare on the
# wrong side (a pitch track is a median over noisy frames) and still catches every right one.
VOICE_MARGIN = 2.5


@dataclass(slots=True)
class Roles:
    roles: list[str]  # agent | customer: as recorded, or inferred (best guess, turn order last)
    attributed: list[bool]  # the role was shown by the turn's words or voice, not guessed from order
    # how an inferred role was decided (None when the channel says so; a function: built when
    # evidence first needs it, since finding the phrase said costs a regex pass per turn)
    notes: list[Message | Callable[[], Message] | None]


def _semitones(a: float, b: float) -> float:
    return abs(12.0 * math.log2(a / b))


def _word_cues(unknown: list[int], items: list[Searchable],
               compiled: CompiledPack) -> dict[int, tuple[str, Callable[[], str]]]:
    """Turn index → (role, the longest cue phrase it said, when asked), where one side's cues outweigh
    the other's."""
    # each side's cue weight is the length of what it matched: "你好" (anyone) loses to "充不进电"
    n = len(unknown)
    weight = {"agent": [0.0] * n, "customer": [0.0] * n}
    best: dict[str, list[str] | None] = {"agent": [""] * n, "customer": [""] * n}
    hay = Haystack([items[i] for i in unknown])
    for role, matcher in (("agent", compiled.agent_cues), ("customer", compiled.customer_cues)):
        if matcher is None:
            continue
        cover = matcher.exact_cover(hay)
        if cover is not None:  # word for word only: lengths now, the phrase itself when a note needs it
            weight[role] = [float(c) for c in cover]
            best[role] = None
            continue
        w, longest = weight[role], best[role]
        for h in matcher.search(hay, every=True):
            w[h.item] += (h.b - h.a) * h.similarity / 100.0
            if len(h.phrase) > len(longest[h.item]):
                longest[h.item] = h.phrase
    out = {}
    for k, (a, c) in enumerate(zip(weight["agent"], weight["customer"])):
        if a != c:
            role = "agent" if a > c else "customer"
            said = best[role]
            if said is not None:
                out[unknown[k]] = (role, lambda phrase=said[k]: phrase)
            else:
                matcher = compiled.agent_cues if role == "agent" else compiled.customer_cues
                out[unknown[k]] = (role, lambda m=matcher, text=hay.texts[k]: m.longest_in(text))
    return out


def _voices(utts: list[Utterance], cues: dict[int, tuple[str, str]]) -> dict[str, float]:
    """Median pitch of each side's word-cued turns (both sides, or nothing)."""
    pitches: dict[str, list[float]] = {"agent": [], "customer": []}
    for i, (role, _) in cues.items():
        if utts[i].pitch:
            pitches[role].append(utts[i].pitch)
    if not (pitches["agent"] and pitches["customer"]):
        return {}
    return {role: statistics.median(p) for role, p in pitches.items()}


def _by_voice(pitch: float | None, voices: dict[str, float]) -> tuple[str, Message] | None:
    if not pitch or not voices:
        return None
    to_agent, to_customer = _semitones(pitch, voices["agent"]), _semitones(pitch, voices["customer"])
    if abs(to_agent - to_customer) < VOICE_MARGIN:
        return None
    role = "agent" if to_agent < to_customer else "customer"
    return role, msg("mono.voice", role=ROLE[role], pitch=pitch, agent=voices["agent"],
                     customer=voices["customer"])


def infer_roles(utts: list[Utterance], items: list[Searchable], compiled: CompiledPack) -> Roles:
    roles = [u.speaker for u in utts]
    notes: list[Message | Callable[[], Message] | None] = [None] * len(utts)
    attributed = [False] * len(utts)
    unknown = [i for i, u in enumerate(utts) if u.speaker not in ("agent", "customer")]
    if not unknown:
        return Roles(roles, attributed, notes)
    cues = _word_cues(unknown, items, compiled)
    voices = _voices(utts, cues)
    prev = None
    for i in unknown:
        voice = None if i in cues else _by_voice(utts[i].pitch, voices)
        if i in cues:
            role, phrase = cues[i]
            why = lambda role=role, phrase=phrase: msg("mono.cue", role=ROLE[role], phrase=phrase())  # noqa: E731
        elif voice is not None:
            role, why = voice
        elif prev is None:
            role = "agent"
            why = msg("mono.first_turn", role=ROLE["agent"])
        else:
            role = "customer" if prev == "agent" else "agent"
            why = msg("mono.turn_order", role=ROLE[role])
        notes[i] = why
        attributed[i] = i in cues or voice is not None
        roles[i] = role
        prev = role
    return Roles(roles, attributed, notes)
