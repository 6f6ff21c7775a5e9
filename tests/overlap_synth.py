"""Mono mini-calls built from two real single-voice recordings, with one known overlap or gap.

Two sources (a channel of a recording each) are cut into turns of about 3 s of speech; the turns
alternate (Y, X, Y, X, ...) with 0.6 s pauses, except at the first change from Y to X: there X
starts `shift` seconds after Y's last word (negative: X talks over the end of Y for -shift s), says a
first piece lasting until 0.2 s after Y stopped (at least 0.5 s alone when it starts after Y), takes
a breath (0.35 s) and goes on. This is what a listener hears when the agent cuts in with "sure, sure"
and carries on once the customer gives way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa_desktop.audio.activity import channel_activity
from qa_desktop.audio.decode import SAMPLE_RATE as SR
from qa_desktop.audio.decode import decode

ROOT = Path(__file__).resolve().parent.parent
CALLS = ROOT / "resources" / "sample_calls"
RECORDINGS = ROOT / "tests" / "data" / "recordings"

# interrupter X, interrupted Y: (file, channel)
PAIRS = {
    "zh_tts": ((CALLS / "20260814_Y4002_900006.flac", 0), (CALLS / "20260812_Z3001_900001.flac", 1)),
    "en_tts": ((CALLS / "20260814_Y4001_900005.flac", 0), (CALLS / "20260817_Z3006_900012.flac", 1)),
    "real_en_en": ((RECORDINGS / "jfk.flac", 0), (RECORDINGS / "multilingual.mp3", 0)),
    "real_en_zh": ((RECORDINGS / "multilingual.mp3", 0), (RECORDINGS / "aishell-BAC009S0724W0121.wav", 0)),
    "real_en_en2": ((RECORDINGS / "stereo_diarization.wav", 0), (RECORDINGS / "stereo_diarization.wav", 1)),
    "real_en_tts": ((RECORDINGS / "jfk.flac", 0), (CALLS / "20260815_Z3004_900007.flac", 1)),
}


@dataclass
class MiniCall:
    samples: np.ndarray
    overlap: tuple[float, float] | None  # X over Y (seconds), None for a gap
    x_turn: tuple[float, float]  # X's last turn: its voice is the interrupter's


def turns_of(x: np.ndarray, length: float = 3.0, n: int = 4) -> list[np.ndarray]:
    """Up to n pieces of about `length` s of speech, each from a region start to a region end."""
    regs = channel_activity(x).regions
    out, i = [], 0
    while i < len(regs) and len(out) < n:
        a, j = regs[i][0], i
        while j + 1 < len(regs) and regs[j][1] - a < length and regs[j + 1][0] - regs[j][1] < 0.7:
            j += 1
        if regs[j][1] - a >= 1.2:
            piece = x[int(max(0.0, a - 0.05) * SR):int((regs[j][1] + 0.05) * SR)]
            out.append(piece / max(1e-6, float(np.sqrt(np.mean(piece**2)))) * 0.05)  # equal loudness
        i = j + 1
    return out


def mini_call(pair: str, shift: float, pause: float = 0.35, gap: float = 0.6) -> MiniCall:
    (xp, xc), (yp, yc) = PAIRS[pair]
    xs = turns_of(decode(xp).channels[xc].astype(np.float32))
    ys = turns_of(decode(yp).channels[yc].astype(np.float32))
    seq = []
    for k in range(max(len(xs), len(ys))):
        seq += [("y", ys[k])] if k < len(ys) else []
        seq += [("x", xs[k])] if k < len(xs) else []
    out = np.zeros(int((sum(len(p) for _, p in seq) / SR + gap * len(seq) + 4) * SR), np.float32)
    t, prev_end, overlap, first_x, x_turn = 0.5, 0.0, None, True, (0.0, 0.0)
    for who, p in seq:
        if prev_end:
            t = prev_end + (shift if who == "x" and first_x else gap)
        if who == "x" and first_x:
            first_x = False
            overlap = (t, prev_end) if shift < 0 else None
            n1 = min(int((prev_end + max(0.2, shift + 0.5) - t) * SR), len(p) - SR // 2)
            out[int(t * SR):int(t * SR) + n1] += p[:n1]
            t = t + n1 / SR + pause
            p = p[n1:]
        out[int(t * SR):int(t * SR) + len(p)] += p
        prev_end = t + len(p) / SR
        if who == "x":
            x_turn = (t, prev_end)
    out = out[:int((prev_end + 0.5) * SR)]
    out += np.random.default_rng(0).normal(0, 0.0015, len(out)).astype(np.float32)  # line hiss
    return MiniCall(out, overlap, x_turn)
