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

import bisect
import math
import statistics
from dataclasses import dataclass
from operator import itemgetter
from typing import Callable

from qa_desktop.domain import Utterance
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.matchers import Haystack, PhraseMatcher, Searchable
from qa_desktop.scoring.messages import ROLE, Message, msg
from qa_desktop.scoring.spans import word_bounded

# Semitones by which an uncued turn's pitch must be nearer one side's word-identified turns than
# the other side's. Measured on the six sample mono calls (base-model transcripts, 15 uncued turns
# with a pitch): turns pointing the right way did so by 3.9-4.6 st in Mandarin (10.5 st in
# English); those pointing the wrong way by 0.9-1.3 st (short customer answers read out at
# 225-250 Hz, "零八零八", "15800314476", against customer medians of 195-213 Hz and agent medians
# of 246-271 Hz). 2.5 st lies in that gap with about 1.2 st to spare on either side. One turn no
# margin below the right-way figures can save: in 900009 the agent is identified by a single turn
# (246 Hz) and the agitated customer's "运费谁出" at 250 Hz points at the agent by 4.0 st (it holds
# no forbidden phrase; a voice is weaker evidence than words, and the evidence says which it was).
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


@dataclass(slots=True)
class Cue:
    """A turn whose words show its speaker: the side, and the longest cue phrase it said."""

    role: str
    phrase: str | None  # None: only its length was counted (word-for-word cues), found on request
    matcher: PhraseMatcher
    text: str

    def note(self) -> Message:
        said = self.phrase if self.phrase is not None else self.matcher.longest_in(self.text)
        return msg("mono.cue", role=ROLE[self.role], phrase=said)


def cue_weights(turns: list[int], items: list[Searchable], compiled: CompiledPack) -> dict[str, list[float]]:
    """Each side's cue weight in each of these turns (matched characters, by similarity)."""
    return _cue_weights(turns, items, compiled)[0]


def _cue_weights(unknown: list[int], items: list[Searchable], compiled: CompiledPack,
                 shared: dict[tuple[int, ...], Haystack] | None = None):
    """See cue_weights; `shared`: the call's haystacks by turns (CallContext's, when its turns are
    joined without gluing, as here), so the rules reuse these turns' joined text and sounds."""
    # each side's cue weight is the length of what it matched: "你好" (anyone) loses to "充不进电"
    n = len(unknown)
    weight = {"agent": [0.0] * n, "customer": [0.0] * n}
    best: dict[str, list[str] | None] = {"agent": [""] * n, "customer": [""] * n}
    matchers = {"agent": compiled.agent_cues, "customer": compiled.customer_cues}
    hay = shared.get(tuple(unknown)) if shared is not None else None
    if hay is None:
        hay = Haystack([items[i] for i in unknown])
        if shared is not None:
            shared[tuple(unknown)] = hay
    for role, matcher in matchers.items():
        if matcher is None:
            continue
        cover = matcher.exact_cover(hay)
        if cover is not None:  # word for word only: lengths now, the phrase itself when a note needs it
            weight[role] = [float(c) for c in cover]
            best[role] = None
            continue
        found = _sound_cover(matcher, hay)
        if found is not None:
            weight[role], best[role] = found
            continue
        w, longest = weight[role], best[role]
        for h in matcher.search(hay, every=True):
            w[h.item] += (h.b - h.a) * h.similarity / 100.0
            if len(h.phrase) > len(longest[h.item]):
                longest[h.item] = h.phrase
    return weight, best, matchers, hay


def _sound_cover(matcher: PhraseMatcher, hay: Haystack) -> tuple[list[float], list[str]] | None:
    """Each turn's cue weight and longest phrase as `search(hay, every=True)` gives them to
    `_cue_weights`, without a Hit per occurrence (mono calls score every turn this way).

    Only for what customer cues are (homophones at threshold 100: each phrase word for word,
    else every occurrence of its exact sounds; no unless, no regex, no fuzzy pass); None for
    anything else. Every hit then has similarity 100, so its weight is its length; the
    longest phrase is the first longest in position order, exact hits before homophones."""
    if (matcher.mode != "phonetic" or matcher.regex or matcher.unless or matcher.fuzzy_idx
            or not all(matcher.phon_exact)):
        return None
    texts, bounds, joined = hay.texts, hay.bounds, hay.joined
    weight = [0.0] * len(texts)
    hits: list[tuple[int, int, str]] = []  # (turn, start, phrase as written), in search's order
    found = [False] * len(matcher.norms)
    phrase, latin, raw, contained = matcher.exact_phrase, matcher.latin, matcher.raw, matcher.contained
    k, last = 0, len(texts) - 1
    for p, pos, end in hay.exact(matcher.exact):
        i = phrase[p]
        if latin[i] and not word_bounded(joined, pos, end):
            continue
        while k < last and bounds[k + 1] <= pos:  # matches come in order
            k += 1
        a = pos - bounds[k]
        weight[k] += min(end - bounds[k], len(texts[k])) - a
        hits.append((k, a, raw[i]))
        found[i] = True
        for j in contained[i]:
            found[j] = True
    todo = [i for i in matcher.phon_idx if not found[i]]
    if todo:
        at = matcher.sounds.starts(hay.homophones)
        for i in todo:
            size = len(matcher.norms[i])
            for pos in at.get(matcher.sound[i], ()):
                k = bisect.bisect_right(bounds, pos) - 1
                a = pos - bounds[k]
                weight[k] += min(a + size, len(texts[k])) - a
                hits.append((k, a, raw[i]))
    longest = [""] * len(texts)
    hits.sort(key=_TURN_START)
    for k, _, said in hits:
        if len(said) > len(longest[k]):
            longest[k] = said
    return weight, longest


_TURN_START = itemgetter(0, 1)


def _word_cues(unknown: list[int], items: list[Searchable], compiled: CompiledPack,
               shared: dict[tuple[int, ...], Haystack] | None = None) -> dict[int, Cue]:
    """The turns where one side's cue phrases outweigh the other's."""
    weight, best, matchers, hay = _cue_weights(unknown, items, compiled, shared)
    out = {}
    for k, (a, c) in enumerate(zip(weight["agent"], weight["customer"])):
        if a != c:
            role = "agent" if a > c else "customer"
            said = best[role]
            out[unknown[k]] = Cue(role, None if said is None else said[k], matchers[role], hay.texts[k])
    return out


def _voices(utts: list[Utterance], cues: dict[int, Cue]) -> dict[str, float]:
    """Median pitch of each side's word-cued turns (both sides, or nothing)."""
    pitches: dict[str, list[float]] = {"agent": [], "customer": []}
    for i, cue in cues.items():
        if utts[i].pitch:
            pitches[cue.role].append(utts[i].pitch)
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


def infer_roles(utts: list[Utterance], items: list[Searchable], compiled: CompiledPack,
                shared: dict[tuple[int, ...], Haystack] | None = None) -> Roles:
    """Each turn's role; `shared` (optional): haystacks to reuse and fill, by turns (see _cue_weights)."""
    roles = [u.speaker for u in utts]
    notes: list[Message | Callable[[], Message] | None] = [None] * len(utts)
    attributed = [False] * len(utts)
    unknown = [i for i, u in enumerate(utts) if u.speaker not in ("agent", "customer")]
    if not unknown:
        return Roles(roles, attributed, notes)
    cues = _word_cues(unknown, items, compiled, shared)
    voices = _voices(utts, cues)
    prev = None
    for i in unknown:
        cue = cues.get(i)
        voice = None if cue is not None or not voices else _by_voice(utts[i].pitch, voices)
        if cue is not None:
            role, why = cue.role, cue.note
        elif voice is not None:
            role, why = voice
        elif prev is None:
            role = "agent"
            why = msg("mono.first_turn", role=ROLE["agent"])
        else:
            role = "customer" if prev == "agent" else "agent"
            why = msg("mono.turn_order", role=ROLE[role])
        notes[i] = why
        attributed[i] = cue is not None or voice is not None
        roles[i] = role
        prev = role
    return Roles(roles, attributed, notes)
