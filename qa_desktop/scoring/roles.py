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
from functools import partial
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
        assert longest is not None  # (None only where exact_cover answered, and that continued above)
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
    longest phrase is the first longest in position order, exact hits before homophones
    (kept as each hit comes, by its place in that order: no list of hits to sort)."""
    if (matcher.mode != "phonetic" or matcher.regex or matcher.unless or matcher.fuzzy_idx
            or not all(matcher.phon_exact)):
        return None
    texts, bounds, joined = hay.texts, hay.bounds, hay.joined
    n = len(texts)
    weight = [0.0] * n
    longest = [""] * n
    size = [0] * n  # len(longest[k])
    first = [0] * n  # where longest[k] starts (ties: the earlier wins)
    found = [False] * len(matcher.norms)
    phrase, latin, raw, contained = matcher.exact_phrase, matcher.latin, matcher.raw, matcher.contained
    check = matcher.any_latin
    k, last = 0, n - 1
    for p, pos, end in hay.exact(matcher.exact):  # (in position order: the first longest wins)
        i = phrase[p]
        if check and latin[i] and not word_bounded(joined, pos, end):
            continue
        while k < last and bounds[k + 1] <= pos:  # matches come in order
            k += 1
        b = end - bounds[k]
        a = pos - bounds[k]
        weight[k] += (b if b < len(texts[k]) else len(texts[k])) - a  # noqa: FURB136 — (min() parses keywords per call)
        said = raw[i]
        if len(said) > size[k]:
            longest[k], size[k], first[k] = said, len(said), a
        found[i] = True
        for j in contained[i]:
            found[j] = True
    todo = [i for i in matcher.phon_idx if not found[i]]
    if todo:
        at = matcher.sounds.starts(hay.homophones)
        sound, norms = matcher.sound, matcher.norms
        for i in todo:
            where = at.get(sound[i])
            if where is None:
                continue
            length = len(norms[i])
            said = raw[i]
            for pos in where:
                k = bisect.bisect_right(bounds, pos) - 1
                a = pos - bounds[k]
                b = a + length
                weight[k] += (b if b < len(texts[k]) else len(texts[k])) - a  # noqa: FURB136
                # (after every exact hit and earlier phrases' homophones: longer, or as long and earlier)
                if len(said) > size[k] or len(said) == size[k] and a < first[k]:
                    longest[k], size[k], first[k] = said, len(said), a
    return weight, longest


def _cue_note(role: str, phrase: str | None, matcher: PhraseMatcher, text: str) -> Message:
    """Why a turn's words show its speaker: the longest cue phrase it said (found now if only its
    length was counted: word-for-word cues)."""
    said = phrase if phrase is not None else matcher.longest_in(text)
    return msg("mono.cue", role=ROLE[role], phrase=said)


def _voices(utts: list[Utterance], unknown: list[int], side: list[str | None]) -> dict[str, float]:
    """Median pitch of each side's word-cued turns (both sides, or nothing); `side[k]`: the side
    turn unknown[k]'s words show, if any."""
    pitches: dict[str, list[float]] = {"agent": [], "customer": []}
    for i, role in zip(unknown, side):
        pitch = utts[i].pitch
        if role is not None and pitch:
            pitches[role].append(pitch)
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


# the notes of turns placed by turn order only: the same for every such turn, so made once (messages
# are never changed once made; an uncued turn on a mono call is the common case)
_FIRST_TURN = msg("mono.first_turn", role=ROLE["agent"])
_TURN_ORDER = {role: msg("mono.turn_order", role=ROLE[role]) for role in ("agent", "customer")}


def infer_roles(utts: list[Utterance], items: list[Searchable], compiled: CompiledPack,
                shared: dict[tuple[int, ...], Haystack] | None = None) -> Roles:
    """Each turn's role; `shared` (optional): haystacks to reuse and fill, by turns (see _cue_weights)."""
    roles = [u.speaker for u in utts]
    notes: list[Message | Callable[[], Message] | None] = [None] * len(utts)
    attributed = [False] * len(utts)
    unknown = [i for i, role in enumerate(roles) if role != "agent" and role != "customer"]
    if not unknown:
        return Roles(roles, attributed, notes)
    weight, best, matchers, hay = _cue_weights(unknown, items, compiled, shared)
    # the side whose cue phrases outweigh the other's in each turn, if any
    side = ["agent" if a > c else "customer" if c > a else None for a, c in zip(weight["agent"], weight["customer"])]
    voices = _voices(utts, unknown, side)
    texts = hay.texts
    prev = None
    for k, i in enumerate(unknown):
        role = side[k]
        if role is not None:  # (the phrase said, for the note: looked up when evidence first needs it)
            said = best[role]
            notes[i] = partial(_cue_note, role, None if said is None else said[k], matchers[role], texts[k])
            attributed[i] = True
        else:
            voice = _by_voice(utts[i].pitch, voices) if voices else None
            if voice is not None:
                role, notes[i] = voice
                attributed[i] = True
            elif prev is None:
                role = "agent"
                notes[i] = _FIRST_TURN
            else:
                role = "customer" if prev == "agent" else "agent"
                notes[i] = _TURN_ORDER[role]
        roles[i] = role
        prev = role
    return Roles(roles, attributed, notes)
