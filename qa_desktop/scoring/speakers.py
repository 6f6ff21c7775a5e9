"""Mono calls whose two voices were told apart: which voice is the agent, and each turn's speaker.

Transcription splits a mono call into two voices (audio.diarize) but cannot
say which is the agent: that is in the script. Here every turn's cue phrases
(rules with role_cue, the pack's roles) are summed per voice, agent cues
minus customer cues, and the voice with more agent script is the agent —
never "whoever speaks first" (a customer often opens with "喂"). How sure the
naming is grows with how much script tells the voices apart (HALF_WEIGHT);
each turn's confidence is that times how clearly its voice is the one it was
put with. A turn sure enough is stored as agent/customer; a weaker one stays
`unknown` (scored by the word/pitch inference of roles.py, `na` for forbidden
phrases). An inspector's correction (speaker_source "inspector") is kept as is.

A recording in which transcription heard only one voice (Metrics.voices 1)
has no second party to name: its voice is the agent's when its script says so
(an agent-side recording), else every turn stays `unknown`, saying why — never
the customer's by elimination, and no per-party figures (talk ratio) are made
up from it.

Runs inside scoring, on the transcript being scored, so what is stored after
scoring carries the speakers; it is recomputed from the voices on every
rescore, so a new pack's cues may name the voices better.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from qa_desktop.domain import Transcript, Utterance
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.matchers import Searchable
from qa_desktop.scoring.roles import cue_weights
from qa_desktop.transcription.text import count_units

VOICE = "voice"
INSPECTOR = "inspector"
_VOICE = attrgetter("voice")
# net characters of agent script (agent cues minus customer cues, one voice against the other) at
# which the naming is 50 % sure; a greeting with a self-introduction (≥ 15 characters) makes it ≥ 0.87
HALF_WEIGHT = 5.0
SURE = 0.5  # a turn's speaker is stored only this sure; below, it stays unknown
# one voice heard: it is named the agent only on this much script (net ≈ 12 characters of agent cues,
# a greeting or a self-introduction): a stray "for you" twice in a speech (jfk: 0.59) is not one
ONE_VOICE_NAMED = 0.8


@dataclass(slots=True)
class Naming:
    agent_voice: int | None  # None: the script does not tell the voices apart
    confidence: float
    net: tuple[float, float]  # each voice's agent-minus-customer cue weight
    voices: int = 2  # 1: only one voice was heard (voice 0)


def name_voices(utts: list[Utterance], items: list[Searchable], compiled: CompiledPack) -> Naming:
    idx = [i for i, u in enumerate(utts) if u.voice in (0, 1)]
    if not idx:
        return Naming(None, 0.0, (0.0, 0.0))
    w = cue_weights(idx, items, compiled)
    net = [0.0, 0.0]
    for k, i in enumerate(idx):
        net[utts[i].voice or 0] += w["agent"][k] - w["customer"][k]  # (0 or 1: see idx)
    d = net[0] - net[1]
    if abs(d) < 1e-9:
        return Naming(None, 0.0, (net[0], net[1]))
    return Naming(0 if d > 0 else 1, round(1.0 - 0.5 ** (abs(d) / HALF_WEIGHT), 3), (net[0], net[1]))


def settle_speakers(transcript: Transcript, utts: list[Utterance], items: list[Searchable],
                    compiled: CompiledPack) -> Naming | None:
    """Give a mono call's voice turns their speaker (in place); None when there is nothing to settle."""
    if transcript.layout == "stereo":
        return None
    voices = list(map(_VOICE, utts))  # (each turn's voice looked up in C: mono calls mostly have none)
    if 0 not in voices and 1 not in voices:
        return None
    # (an inspector's swap sets every voice turn; one corrected turn says nothing about its voice)
    naming = name_voices(utts, items, compiled)
    if one_voice(transcript):
        naming = _only_voice(naming)
    for u in utts:
        if u.voice not in (0, 1) or u.speaker_source == INSPECTOR:
            continue
        u.speaker_source = VOICE
        if naming.agent_voice is None:
            u.speaker, u.speaker_confidence = "unknown", 0.0
            continue
        conf = round(naming.confidence * (u.voice_confidence or 0.0), 3)
        role = "agent" if u.voice == naming.agent_voice else "customer"
        u.speaker, u.speaker_confidence = (role if conf >= SURE else "unknown"), conf
    _role_metrics(transcript, utts)
    _name_overlaps(transcript, utts)
    return naming


def one_voice(transcript: Transcript) -> bool:
    """A mono recording in which transcription heard only one voice."""
    return transcript.layout != "stereo" and transcript.metrics.voices == 1


def _only_voice(naming: Naming) -> Naming:
    """The one voice is the agent's only when its script clearly says so (ONE_VOICE_NAMED): with
    nothing to compare it against, a few generic cue words are not enough; customer cues do not name it."""
    if naming.agent_voice == 0 and naming.confidence >= ONE_VOICE_NAMED:
        return Naming(0, naming.confidence, naming.net, voices=1)
    return Naming(None, 0.0, naming.net, voices=1)


def agent_voice(utts: list[Utterance]) -> int | None:
    """The voice most of the agent's turns are in (as settled or corrected); None if undecided."""
    votes = [0, 0]
    for u in utts:
        if u.voice in (0, 1) and u.speaker in ("agent", "customer"):
            votes[u.voice if u.speaker == "agent" else 1 - u.voice] += 1
    return None if votes[0] == votes[1] else (0 if votes[0] > votes[1] else 1)


def _name_overlaps(transcript: Transcript, utts: list[Utterance]) -> None:
    """A voice that took over mid-speech is named like that voice's turns."""
    agent = agent_voice(utts)
    for o in transcript.metrics.overlaps:
        if o.interrupter_voice is None:
            continue
        if agent is None:
            o.interrupter = o.interrupted = "unknown"
        else:
            o.interrupter = "agent" if o.interrupter_voice == agent else "customer"
            o.interrupted = "customer" if o.interrupter == "agent" else "agent"


def _role_metrics(transcript: Transcript, utts: list[Utterance]) -> None:
    """Talk time and speech rate per party, from the speech inside each party's turns.

    Measured only when every turn with words has a speaker: a share of unknown
    speech would make both figures a guess (metrics.py then says "mono recording").
    With one voice only its speech rate is: a talk ratio needs the other party heard.
    """
    m = transcript.metrics
    for key in ("agent", "customer"):
        m.talk_time.pop(key, None)
        m.speech_rate.pop(key, None)
    if any(u.speaker not in ("agent", "customer") for u in utts):
        return
    only = one_voice(transcript)
    if not only:  # the two parties' figures replace the mixed channel's
        m.talk_time.pop("unknown", None)
        m.speech_rate.pop("unknown", None)
    speech = [r for regs in m.speech.values() for r in regs] or [(u.start, u.end) for u in utts]
    for role in ("agent", "customer"):
        mine = [u for u in utts if u.speaker == role]
        if only and not mine:  # one voice: its speech rate, but no share of a talk the other side is missing from
            continue
        seconds = sum(max(0.0, min(b, u.end) - max(a, u.start)) for u in mine for a, b in speech)
        units = sum(count_units(u.text, transcript.language) for u in mine)
        if not only:
            m.talk_time[role] = round(seconds, 3)
        m.speech_rate[role] = round(units / (seconds / 60.0), 1) if seconds > 0 else 0.0
