"""The numpy voice encoder gives Resemblyzer's own embeddings, and tells voices apart.

tests/data/voice_encoder_reference.npz holds the embeddings Resemblyzer 0.1.4
(torch, in a throwaway environment, never a project dependency) computed for
the stretches below, as decoded by qa_desktop.audio.decode and normalised to
-30 dBFS, with partials every 80 frames (rate 1.25).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qa_desktop.audio.decode import SAMPLE_RATE, decode
from qa_desktop.audio.speaker_encoder import embed_stretches, mel_filters

DATA = Path(__file__).resolve().parent / "data"
STRETCHES = [("jfk.flac", 1.0, 0.7), ("jfk.flac", 2.0, 1.6), ("jfk.flac", 4.0, 2.5), ("jfk.flac", 6.5, 4.1),
             ("aishell-BAC009S0724W0121.wav", 0.3, 3.0)]


def _stretch(name: str, start: float, seconds: float) -> np.ndarray:
    samples = decode(DATA / "recordings" / name).channels[0]
    a = int(start * SAMPLE_RATE)
    return samples[a:a + int(seconds * SAMPLE_RATE)]


def test_embeddings_match_the_reference_implementation() -> None:
    reference = np.load(DATA / "voice_encoder_reference.npz")["embeddings"]
    ours = embed_stretches([_stretch(*s) for s in STRETCHES])
    assert ours.shape == reference.shape == (5, 256)
    assert np.all(np.sum(ours * reference, axis=1) > 0.9999)
    assert np.max(np.abs(ours - reference)) < 1e-4


def test_one_voice_is_nearer_itself_than_another_voice() -> None:
    emb = embed_stretches([_stretch(*s) for s in STRETCHES])
    same = emb[2] @ emb[3]  # two stretches of Kennedy
    other = emb[2] @ emb[4]  # Kennedy against an AISHELL speaker
    assert same > 0.85 and other < 0.6


def test_mel_filters_cover_the_band_without_gaps() -> None:
    fb = mel_filters()
    assert fb.shape == (40, 201) and np.all(fb >= 0)
    assert np.all(fb[:, 1:-1].sum(axis=0) > 0)  # every FFT bin but DC and Nyquist feeds some band


@pytest.mark.parametrize("seconds", [0.3, 1.6, 5.0])
def test_any_length_gives_one_unit_vector(seconds: float) -> None:
    emb = embed_stretches([_stretch("jfk.flac", 1.0, seconds)])
    assert emb.shape == (1, 256) and abs(float(np.linalg.norm(emb[0])) - 1.0) < 1e-5
