"""Voice embeddings: who is speaking, as a 256-number vector, with numpy only.

A mono call puts both parties on one channel; their words and pitch often do
not say who is who, their voices do. This runs Resemblyzer's GE2E speaker
encoder (Apache-2.0, weights converted once by tools/convert_voice_encoder.py
to data/voice_encoder.npz; see data/LICENSE): a 40-band mel power
spectrogram (25 ms window, 10 ms hop at 16 kHz), three LSTM layers of 256,
a linear layer with ReLU, L2-normalised. As in Resemblyzer, a stretch of
speech is cut into 1.6 s partials overlapping by half and the partials'
embeddings are averaged. No torch: the LSTM is a loop over 160 frames of
matrix products, all partials of a call at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from qa_desktop.audio.decode import SAMPLE_RATE
from qa_desktop.errors import ModelError

WEIGHTS = Path(__file__).resolve().parent / "data" / "voice_encoder.npz"
N_FFT = 400  # 25 ms
HOP = 160  # 10 ms
N_MELS = 40
PARTIAL_FRAMES = 160  # 1.6 s
PARTIAL_STEP = 80  # frames: partials overlap by half
MIN_COVERAGE = 0.75  # a last partial with less real audio than this is dropped (unless it is the only one)
TARGET_DBFS = -30.0  # the encoder was trained on speech normalised to this loudness
LAYERS = 3


def _hz_to_mel(f: np.ndarray) -> np.ndarray:
    """Slaney's mel scale (linear below 1 kHz, logarithmic above), as librosa's default."""
    f = np.asarray(f, dtype=np.float64)
    mel = f / (200.0 / 3)
    log_part = 15.0 + np.log(np.maximum(f, 1e-10) / 1000.0) / (np.log(6.4) / 27.0)
    return np.where(f >= 1000.0, log_part, mel)


def _mel_to_hz(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float64)
    return np.where(m >= 15.0, 1000.0 * np.exp((np.log(6.4) / 27.0) * (m - 15.0)), m * (200.0 / 3))


@lru_cache(maxsize=1)
def mel_filters() -> np.ndarray:
    """(N_MELS, N_FFT//2+1) triangular filters with Slaney area normalisation."""
    mel_f = _mel_to_hz(np.linspace(_hz_to_mel(0.0), _hz_to_mel(SAMPLE_RATE / 2), N_MELS + 2))
    freqs = np.linspace(0, SAMPLE_RATE / 2, 1 + N_FFT // 2)
    fdiff = np.diff(mel_f)
    ramps = mel_f[:, None] - freqs[None, :]
    lower = -ramps[:-2] / fdiff[:-1, None]
    upper = ramps[2:] / fdiff[1:, None]
    weights = np.maximum(0.0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_f[2:] - mel_f[:-2]))[:, None]
    return weights.astype(np.float32)


def mel_spectrogram(wav: np.ndarray) -> np.ndarray:
    """(frames, 40) mel power spectrogram; frame k is centred on sample k*HOP (zero padded)."""
    padded = np.pad(wav.astype(np.float32), N_FFT // 2)
    n_frames = 1 + (len(padded) - N_FFT) // HOP
    idx = np.arange(n_frames)[:, None] * HOP + np.arange(N_FFT)[None, :]
    window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)  # periodic Hann
    power = np.abs(np.fft.rfft(padded[idx] * window, axis=1)) ** 2
    return (power.astype(np.float32) @ mel_filters().T).astype(np.float32)


def normalize_volume(wav: np.ndarray, target_dbfs: float = TARGET_DBFS) -> np.ndarray:
    rms = float(np.sqrt(np.mean(wav.astype(np.float64) ** 2))) if len(wav) else 0.0
    if rms <= 1e-6:
        return wav
    return (wav * (10 ** (target_dbfs / 20) / rms)).astype(np.float32)


def partial_starts(n_samples: int) -> list[int]:
    """Mel-frame starts of a stretch's 1.6 s partials (Resemblyzer's compute_partial_slices)."""
    n_frames = int(np.ceil((n_samples + 1) / HOP))
    steps = max(1, n_frames - PARTIAL_FRAMES + PARTIAL_STEP + 1)
    starts = list(range(0, steps, PARTIAL_STEP))
    coverage = (n_samples - starts[-1] * HOP) / (PARTIAL_FRAMES * HOP)
    if coverage < MIN_COVERAGE and len(starts) > 1:
        starts.pop()
    return starts


@dataclass(slots=True)
class _Weights:
    w_ih: list[np.ndarray]
    w_hh: list[np.ndarray]
    b: list[np.ndarray]
    w_out: np.ndarray
    b_out: np.ndarray


@lru_cache(maxsize=1)
def _weights() -> _Weights:
    try:
        with np.load(WEIGHTS) as z:
            return _Weights([z[f"w_ih{k}"] for k in range(LAYERS)], [z[f"w_hh{k}"] for k in range(LAYERS)],
                            [z[f"b{k}"] for k in range(LAYERS)], z["w_out"], z["b_out"])
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(WEIGHTS, f"the voice encoder weights are missing or damaged ({exc}); reinstall") from exc


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * np.tanh(0.5 * x) + 0.5


def embed_mels(mels: np.ndarray) -> np.ndarray:
    """(B, 160, 40) mel partials → (B, 256) L2-normalised embeddings."""
    w = _weights()
    x = mels.astype(np.float32, copy=False)
    batch, steps, _ = x.shape
    h = np.zeros((batch, 256), np.float32)
    for layer in range(LAYERS):
        pre = (x.reshape(batch * steps, -1) @ w.w_ih[layer] + w.b[layer]).reshape(batch, steps, -1)
        h = np.zeros((batch, 256), np.float32)
        c = np.zeros((batch, 256), np.float32)
        out = np.empty((batch, steps, 256), np.float32) if layer < LAYERS - 1 else None
        w_hh = w.w_hh[layer]
        for t in range(steps):
            gates = pre[:, t] + h @ w_hh
            i = _sigmoid(gates[:, :256])
            f = _sigmoid(gates[:, 256:512])
            g = np.tanh(gates[:, 512:768])
            o = _sigmoid(gates[:, 768:])
            c = f * c + i * g
            h = o * np.tanh(c)
            if out is not None:
                out[:, t] = h
        if out is not None:
            x = out
    raw = np.maximum(h @ w.w_out + w.b_out, 0.0)
    return raw / np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-12)


def embed_stretches(stretches: list[np.ndarray], normalize: bool = True) -> np.ndarray:
    """One embedding per stretch of speech (16 kHz samples): its partials' mean, L2-normalised.

    All partials of all stretches go through the LSTM together (one batch).
    """
    if not stretches:
        return np.zeros((0, 256), np.float32)
    partials: list[np.ndarray] = []
    owner: list[int] = []
    for k, wav in enumerate(stretches):
        wav = normalize_volume(wav) if normalize else wav
        starts = partial_starts(len(wav))
        need = (starts[-1] + PARTIAL_FRAMES) * HOP
        mel = mel_spectrogram(np.pad(wav, (0, max(0, need - len(wav)))))
        for s in starts:
            partials.append(mel[s:s + PARTIAL_FRAMES])
            owner.append(k)
    emb = embed_mels(np.stack(partials))
    owner_a = np.asarray(owner)
    sums = np.zeros((len(stretches), emb.shape[1]), np.float32)
    np.add.at(sums, owner_a, emb)
    return sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
