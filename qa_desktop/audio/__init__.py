"""Audio: decoding any call recording, and voice activity per channel."""

from qa_desktop.audio.decode import SAMPLE_RATE, DecodedAudio, decode, file_sha256

__all__ = ["SAMPLE_RATE", "DecodedAudio", "decode", "file_sha256"]
