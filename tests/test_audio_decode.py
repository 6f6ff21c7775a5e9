"""Every format a call recorder writes decodes; every unusable file says why."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from qa_desktop.audio import decode
from qa_desktop.audio.decode import channels_identical
from qa_desktop.errors import AudioError

from conftest import RECORDINGS, SAMPLE_CALLS

STEREO_CALL = SAMPLE_CALLS / "20260812_Z3002_900002.flac"


def _encode(src: Path, dst: Path, codec: str, rate: int, layout: str, fmt: str | None = None) -> Path:
    """Re-encode a real recording with PyAV, the way another recorder would have written it."""
    audio = decode(src)
    data = np.stack(audio.channels if layout == "stereo" else audio.channels[:1])
    with av.open(str(dst), "w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        frame = av.AudioFrame.from_ndarray(data.astype(np.float32), format="fltp", layout=layout)
        frame.sample_rate = 16000
        resampler = av.AudioResampler(format=stream.codec_context.format, layout=layout, rate=rate)
        for f in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(f):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return dst


@pytest.mark.parametrize(
    "name, codec, rate, layout, fmt",
    [
        ("mulaw.wav", "pcm_mulaw", 8000, "mono", "wav"),
        ("alaw.wav", "pcm_alaw", 8000, "mono", "wav"),
        ("pcm44k.wav", "pcm_s16le", 44100, "stereo", "wav"),
        ("call.mp3", "libmp3lame", 22050, "stereo", "mp3"),
        ("call.m4a", "aac", 48000, "stereo", "ipod"),
        ("call.ogg", "libopus", 48000, "stereo", "ogg"),
        ("call.flac", "flac", 8000, "mono", "flac"),
    ],
)
def test_recorder_formats_decode_to_16k_with_channels_kept(tmp_path, name, codec, rate, layout, fmt):
    path = _encode(STEREO_CALL, tmp_path / name, codec, rate, layout, fmt)
    audio = decode(path)
    assert audio.source_rate == rate
    assert len(audio.channels) == (2 if layout == "stereo" else 1)
    assert abs(audio.duration - 16.656) < 0.2
    if layout == "stereo":  # agent and customer stay apart
        assert not channels_identical(*audio.channels)


def test_sample_telephony_codecs_decode():
    for name, codec in [
        ("20260813_Z3003_900004.wav", "pcm_mulaw"),
        ("20260815_Z3005_900008.wav", "pcm_alaw"),
        ("20260816_Z3006_900009.wav", "gsm_ms"),
        ("20260816_Z3004_900010.mp3", "mp3"),
    ]:
        audio = decode(SAMPLE_CALLS / name)
        assert audio.codec.startswith(codec)
        assert audio.source_rate == 8000
        assert audio.duration > 15


def test_identical_stereo_channels_count_as_mono():
    jfk = decode(RECORDINGS / "jfk.flac")
    assert len(jfk.channels) == 2 and channels_identical(*jfk.channels)
    diar = decode(RECORDINGS / "stereo_diarization.wav")
    assert not channels_identical(*diar.channels)


def _write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        path.write_text(data)
    else:
        path.write_bytes(data)
    return path


def _wav_header_only(path: Path) -> Path:
    import soundfile

    soundfile.write(path, np.zeros(0, dtype=np.int16), 8000, subtype="PCM_16")
    assert path.stat().st_size > 0
    return path


def _silent_wav(path: Path) -> Path:
    import soundfile

    soundfile.write(path, np.zeros(8000 * 5, dtype=np.int16), 8000, subtype="PCM_16")
    return path


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda d: _write(d / "empty.wav", b""), "empty (0 bytes)"),
        (lambda d: d / "missing.wav", "file not found"),
        (lambda d: d, "is a folder"),
        (lambda d: _write(d / "notes.mp3", "call me back tomorrow"), "not an audio file"),
        (lambda d: _wav_header_only(d / "zero.wav"), "no audio samples"),
        (lambda d: _silent_wav(d / "silent.wav"), "silent"),
        (lambda d: _write(d / "garbage.flac", b"fLaC" + bytes(range(256)) * 40), ""),
    ],
)
def test_bad_files_name_the_file_and_the_reason(tmp_path, make, reason):
    path = make(tmp_path)
    with pytest.raises(AudioError) as info:
        decode(path)
    assert str(path) in str(info.value)
    assert reason in info.value.reason


def test_truncated_recording_keeps_what_decoded(tmp_path):
    data = (SAMPLE_CALLS / "20260813_Z3003_900004.wav").read_bytes()
    cut = tmp_path / "killed_recorder.wav"
    cut.write_bytes(data[: len(data) // 2])
    audio = decode(cut)
    assert 20 < audio.duration < 26
