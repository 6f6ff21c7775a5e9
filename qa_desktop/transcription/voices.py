"""Mono calls: turns cut by voice, not only by pauses.

With both parties on one channel, a pause of 0.4 s is as likely a breath as
the other person answering. Once the speech regions are split into the call's
two voices (audio.diarize), each voice is treated as a stereo channel would
be: its regions become turns exactly as on a stereo call, each word goes to
the voice speaking where it was heard, and every turn keeps which voice it is
and how clearly. Whisper still hears the whole mixed channel in one pass
(measured on the sample calls mixed down: transcribing each voice on its own
lost words at the start of turns, "工号二零六" heard as "Gooho 206"). Which
voice is the agent is decided at scoring time, from the rule pack's script
cues (scoring.speakers); until then the turns are `unknown`. When only one
voice is heard (audio.diarize found no second), every turn is that voice's
(voice 0) and Metrics.voices says 1, so scoring names it from its script alone
and invents no second party.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qa_desktop.audio.activity import Region
from qa_desktop.audio.decode import SAMPLE_RATE
from qa_desktop.audio.diarize import Diarization, diarize
from qa_desktop.audio.overlap import late_overlaps
from qa_desktop.audio.voice import frame_pitches, pitch_of_frames
from qa_desktop.domain import Overlap, Utterance, Word
from qa_desktop.transcription.metrics import MIN_OVERLAP

VOICES = ("voice0", "voice1")


@dataclass(slots=True)
class VoiceSplit:
    samples: np.ndarray
    diarization: Diarization
    regions: dict[str, list[Region]]  # per voice, like per channel

    @property
    def voices(self) -> int:
        return self.diarization.voices

    def words(self, words: list[Word]) -> dict[str, list[Word]]:
        """Each word with the voice speaking where it was heard (the nearest one in a gap)."""
        spans = [(s.start, s.end, s.voice) for s in self.diarization.spans if s.voice >= 0]
        out: dict[str, list[Word]] = {name: [] for name in VOICES}
        for w in words:
            mid = (w.start + w.end) / 2
            voice = min(spans, key=lambda s: 0.0 if s[0] <= mid <= s[1] else min(abs(mid - s[0]), abs(mid - s[1])))[2]
            out[VOICES[voice]].append(w)
        return out

    def overlaps(self) -> list[Overlap]:
        """Where one voice took over from the other mid-speech, or was heard in the end of the other's
        stretch before answering (audio.overlap); speakers named at scoring."""
        found = [(a, b, new) for a, b, new, _old in self.diarization.takeovers]
        found += [(o.start, o.end, o.new) for o in late_overlaps(self.samples, self.diarization)]
        return sorted((Overlap(round(a, 3), round(b, 3), "unknown", "unknown", interrupter_voice=new)
                       for a, b, new in found if b - a >= MIN_OVERLAP), key=lambda o: o.start)

    def label(self, utterances: list[Utterance]) -> None:
        """Turn voice0/voice1 turns into unknown-speaker turns that keep their voice, its clarity and pitch."""
        spans = self.diarization.spans
        for u in utterances:
            voice = VOICES.index(u.speaker)
            score = [0.0, 0.0]
            total = 0.0
            for s in spans:
                overlap = min(u.end, s.end) - max(u.start, s.start)
                if overlap > 0 and s.voice >= 0:
                    score[s.voice] += overlap * s.confidence
                    total += overlap
            u.speaker, u.voice, u.channel = "unknown", voice, 0
            u.voice_confidence = round(max(0.0, (score[voice] - score[1 - voice]) / total), 3) if total else 0.0
            pitch = pitch_of_frames(frame_pitches(self.samples[int(u.start * SAMPLE_RATE):int(u.end * SAMPLE_RATE)]))
            u.pitch = None if pitch is None else round(pitch, 1)


def split_voices(samples: np.ndarray, speech: list[Region]) -> VoiceSplit | None:
    """The mono channel's speech regions as two voices, or as its one voice; None when no stretch
    of speech could be given a voice."""
    diar = diarize(samples, speech)
    regions: dict[str, list[Region]] = {name: [] for name in VOICES}
    for s in diar.spans:
        if s.voice >= 0 and s.confidence > 0:
            regions[VOICES[s.voice]].append((s.start, s.end))
    if not regions[VOICES[0]] or (diar.voices == 2 and not regions[VOICES[1]]):
        return None
    return VoiceSplit(samples, diar, regions)
