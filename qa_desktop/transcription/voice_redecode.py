"""Noisy mono calls: each voice's speech decoded again on its own, and the surer hearing kept per turn.

One pass over a mixed noisy line decodes each 30 s window with both parties in
it, so the agent's words are heard in the context of the customer's turns and
the babble behind them. On 20260818_Y4003_900013 mixed down (office noise on
both lines, babble) the agent's "… while I contact the carrier" came out as
"… while I can't test the carrier"; the agent's turns joined on their own (as
a stereo channel is) were heard right.

Neither hearing is better everywhere: a voice decoded alone loses words at the
start of turns on clean lines (voices.py), so this is done only on noisy lines
(audio.activity's `noisy`), and each turn keeps whichever hearing Whisper was
surer of (mean word probability). Measured on 21 noisy mono calls (900007, 900012
and 900013 mixed down; the eight two-channel sample calls mixed down with babble
or pink noise added 12–14 dB under the speech; two cut before their farewell):
word/character error 0.232 → 0.199, lower on 16, higher on 3, truth.json labels
as often right (a hold notice gained on 900013, a hold thanks lost on its
pink-noise variant); on 900013 itself the hold notice is now heard. It costs
one more decode of the speech, on noisy mono calls only: 1.65–1.89× the CPU of
hearing the line once on the three noisy sample mixes, 1.0× on the clean ones
(bench/voice_redecode.py).

No prompt is used: prompted with the pack's script lines, Whisper wrote
"Thank you very much. Thank you." over the customer's "No, that's it", so a
missing farewell would pass. Noise reduction before the second hearing
(spectral gating, noise measured in the call's silences) did no better (0.200)
and turned a garbled Mandarin turn of 900007 into one the meaning model took
for a refusal, so it is not done; nor before the single pass (on 900013:
gating, Wiener filtering and RNNoise lost the same three steps).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from qa_desktop.domain import Word
from qa_desktop.progress import CancelToken
from qa_desktop.transcription.utterances import SLACK, Turn
from qa_desktop.transcription.voices import VoiceSplit
from qa_desktop.transcription.whisper_run import join_regions, transcribe_words


def _inside(words: Iterable[Word], start: float, end: float) -> list[Word]:
    return [w for w in words if start - SLACK <= (w.start + w.end) / 2 <= end + SLACK]


def _sureness(words: list[Word]) -> float:
    return sum(w.probability for w in words) / len(words) if words else 0.0


def redecode_voices(
    model,
    samples: np.ndarray,
    split: VoiceSplit,
    heard: dict[str, list[Word]],
    turns: list[Turn],
    language: str,
    *,
    hotwords: str | None = None,
    beam_size: int = 3,
    cancel: CancelToken | None = None,
) -> dict[str, list[Word]]:
    """Per voice, the words of each turn from whichever hearing is surer of them: `heard` (the
    whole line's words, by voice) or that voice's own speech decoded alone."""
    alone: dict[str, list[Word]] = {}
    for voice, regions in split.regions.items():
        alone[voice], _ = transcribe_words(model, join_regions(samples, regions), language,
                                           hotwords=hotwords, beam_size=beam_size, cancel=cancel)
    out: dict[str, list[Word]] = {voice: [] for voice in heard}
    for voice, start, end, _pitch in turns:
        first = _inside(heard.get(voice, []), start, end)
        again = _inside(alone.get(voice, []), start, end)
        out.setdefault(voice, []).extend(again if _sureness(again) > _sureness(first) else first)
    for voice in out:
        out[voice].sort(key=lambda w: w.start)
    return out
