"""Decoding call recordings to per-channel 16 kHz float32.

Call recorders write many formats (PCM/mu-law/A-law/GSM WAV, MP3, M4A, FLAC,
Opus); PyAV (FFmpeg, already a faster-whisper dependency) reads them all. The
channels are kept apart because in a stereo recording each one is a speaker.
Every way a file can be unusable becomes an AudioError that says which.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from qa_desktop.errors import AudioError
from qa_desktop.fileio import not_a_file_reason

SAMPLE_RATE = 16000
AUDIO_EXTENSIONS = frozenset(
    {".wav", ".mp3", ".m4a", ".aac", ".mp4", ".flac", ".ogg", ".oga", ".opus", ".wma", ".amr", ".webm", ".gsm"}
)
_SILENCE_PEAK = 1e-4  # below -80 dBFS everywhere: nothing was recorded


@dataclass(slots=True)
class DecodedAudio:
    path: Path
    channels: list[np.ndarray]  # float32 mono arrays at SAMPLE_RATE, one per channel
    source_rate: int
    source_channels: int
    codec: str

    @property
    def duration(self) -> float:
        return len(self.channels[0]) / SAMPLE_RATE if self.channels else 0.0


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check_file(path: Path) -> None:
    special = not_a_file_reason(path)
    if special:  # a FIFO would block the decoder for ever, and "empty" would be wrong
        raise AudioError(path, special)
    if not path.exists():
        raise AudioError(path, "file not found")
    if path.is_dir():
        raise AudioError(path, "is a folder, not a recording")
    if path.stat().st_size == 0:
        raise AudioError(path, "file is empty (0 bytes)")


def decode(path: str | Path) -> DecodedAudio:
    """Read a recording; raise AudioError naming the file and what is wrong with it."""
    path = Path(path)
    _check_file(path)
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except av.error.InvalidDataError as exc:
        raise AudioError(path, "not an audio file, or its header is corrupt") from exc
    except (av.error.FFmpegError, OSError, UnicodeDecodeError) as exc:
        raise AudioError(path, f"cannot open as audio ({exc})") from exc
    with container:
        if not container.streams.audio:
            raise AudioError(path, "contains no audio stream")
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate or 0
        n_channels = stream.codec_context.channels or 1
        codec = stream.codec_context.name
        # more than two channels are kept apart too: which two are the parties is the user's to say
        # (--channels agent=N,customer=M); downmixing would put one party's words in the other's turns
        layout = stream.codec_context.layout if n_channels > 2 else ("stereo" if n_channels == 2 else "mono")
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=SAMPLE_RATE)
        chunks: list[np.ndarray] = []
        try:
            for frame in container.decode(stream):
                frame.pts = None
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray())
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray())
        except (av.error.FFmpegError, ValueError) as exc:
            if not chunks:
                raise AudioError(path, f"audio data is corrupt and cannot be decoded ({exc})") from exc
            # a truncated tail (recorder killed mid-call): keep what decoded
    if not chunks:
        raise AudioError(path, "contains no audio samples (zero length)")
    data = np.concatenate(chunks, axis=1).astype(np.float32, copy=False)
    if data.shape[1] < SAMPLE_RATE // 10:
        raise AudioError(path, f"audio is too short to transcribe ({data.shape[1] / SAMPLE_RATE:.2f} s)")
    if float(np.max(np.abs(data))) < _SILENCE_PEAK:
        raise AudioError(path, "recording is silent: no signal on any channel")
    return DecodedAudio(
        path=path,
        channels=[np.ascontiguousarray(c) for c in data],
        source_rate=rate,
        source_channels=n_channels,
        codec=codec,
    )


def channels_identical(a: np.ndarray, b: np.ndarray) -> bool:
    """A 'stereo' file that is really mono (both channels carry the same mix)."""
    n = min(len(a), len(b))
    if n == 0:
        return True
    a, b = a[:n], b[:n]
    if np.allclose(a, b, atol=1e-3):
        return True
    denom = float(np.sqrt(np.dot(a, a) * np.dot(b, b)))
    return denom > 0 and float(np.dot(a, b)) / denom > 0.98
