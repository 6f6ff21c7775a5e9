"""From a recording to a Transcript: decode, voice activity, Whisper per channel, turns, metrics.

One Transcriber holds one loaded model and is reused for every file of a batch
(loading costs seconds; a Ray actor or the GUI worker keeps one).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from threadpoolctl import threadpool_limits

from qa_desktop.audio.activity import channel_activity
from qa_desktop.audio.decode import SAMPLE_RATE, decode, file_sha256
from qa_desktop.audio.voice import frame_pitches
from qa_desktop.domain import Transcript, Word
from qa_desktop.errors import AudioError, ModelError, QAError
from qa_desktop.progress import CancelToken, ProgressFn
from qa_desktop.names import shown
from qa_desktop.transcription.channels import parse_channels, select_channels
from qa_desktop.transcription.languages import check_language
from qa_desktop.transcription.metadata import DEFAULT_PATTERN, parse_filename
from qa_desktop.transcription.metrics import compute_metrics
from qa_desktop.transcription.model_store import ModelInfo, resolve_model
from qa_desktop.transcription.utterances import build_utterances, confirm_regions, group_turns
from qa_desktop.transcription.language_stretches import Stretch, label_utterances, transcribe_in_languages
from qa_desktop.transcription.voice_measures import measure_voices
from qa_desktop.transcription.voice_redecode import redecode_voices
from qa_desktop.transcription.voices import split_voices
from qa_desktop.transcription.whisper_run import detect_language, join_regions

log = logging.getLogger(__name__)

PACK_LANGUAGES = ("zh", "en")
# Beam 3 over greedy: measured on the sample calls it costs about 20 % of the
# time and recovers words greedy decoding loses on noisy lines ("Thanks for
# calling …, goodbye" heard as "you can stop this fool calling …").
DEFAULT_BEAM_SIZE = 3


def _device() -> tuple[str, str]:
    try:
        import ctranslate2

        if ctranslate2.get_cuda_device_count() > 0:
            return "cuda", "float16"
    except Exception:  # noqa: BLE001 - no CUDA runtime is the normal case
        pass
    return "cpu", "int8"


def _pitch_reader(samples: np.ndarray) -> Callable[[tuple[float, float]], np.ndarray]:
    def pitches_of(region: tuple[float, float]) -> np.ndarray:
        return frame_pitches(samples[int(region[0] * SAMPLE_RATE) : int(region[1] * SAMPLE_RATE)])

    return pitches_of


class Transcriber:
    def __init__(
        self,
        model: str | None = None,
        language: str = "auto",
        channels: str = "agent,customer",
        threads: int = 0,
        device: str = "auto",
        filename_pattern: str = DEFAULT_PATTERN,
        hotwords: str | None = None,
        beam_size: int = DEFAULT_BEAM_SIZE,
    ) -> None:
        self.channel_map = parse_channels(channels)
        if threads < 0:  # ctranslate2 would fail to load, and the message would blame the model files
            raise QAError("--threads", f"{threads} threads: use 0 (automatic) or a positive number")
        try:
            language = check_language(language)
        except ValueError as exc:
            raise QAError("--language", str(exc)) from None
        self.language = language
        self.channels = channels
        self.filename_pattern = filename_pattern
        self.hotwords = hotwords
        self.beam_size = beam_size
        self.info: ModelInfo = resolve_model(model)
        self.model_id = self.info.model_id
        dev, compute = _device() if device == "auto" else (device, "int8" if device == "cpu" else "float16")
        self._load(dev, compute, threads or min(4, os.cpu_count() or 1))

    def _load(self, device: str, compute_type: str, threads: int) -> None:
        from faster_whisper import WhisperModel

        try:
            self.model = WhisperModel(
                self.info.path, device=device, compute_type=compute_type, cpu_threads=threads
            )
        except Exception as exc:  # noqa: BLE001 - ctranslate2/hub errors come in many types
            how = (
                "it is not downloaded and this machine is offline; use the bundled model "
                "(--model base) or a local CTranslate2 folder"
                if self.info.source == "hub"
                else "the model files are damaged; delete the folder to have it rebuilt"
            )
            raise ModelError(self.info.path, f"cannot load Whisper model {self.info.name!r}: {how} ({exc})") from exc

    def transcribe(
        self, path: str | Path, progress: ProgressFn | None = None, cancel: CancelToken | None = None
    ) -> Transcript:
        # faster-whisper's mel spectrogram is a numpy matmul, and OpenBLAS sums it
        # in a different order for each thread count: Ray's OMP_NUM_THREADS=1 alone
        # flipped words ("Right mate," / "Right, mate.") against a local run. One
        # BLAS thread makes a file's transcript the same on every machine and engine.
        with threadpool_limits(limits=1, user_api="blas"):
            return self._transcribe(Path(path), progress, cancel)

    def _transcribe(self, path: Path, progress: ProgressFn | None, cancel: CancelToken | None) -> Transcript:
        report = progress or (lambda f, m: None)
        report(0.0, "decoding")
        audio = decode(path)
        stereo, speakers, signals = select_channels(audio, self.channel_map)
        if cancel:
            cancel.check()
        report(0.05, "finding speech")
        activity = {spk: channel_activity(sig) for spk, sig in signals.items()}
        regions = {spk: act.regions for spk, act in activity.items()}
        if not any(regions.values()):
            raise AudioError(path, "no speech found in the recording (only silence or noise)")
        joined = {spk: join_regions(sig, regions[spk]) for spk, sig in signals.items()}
        language = self.language
        auto = language in ("", "auto", None)
        busiest = max(joined, key=lambda s: len(joined[s].audio))
        first_window: dict[str, float] = {}
        if auto:
            language = detect_language(self.model, joined[busiest].audio, PACK_LANGUAGES, first_window)
        words: dict[str, list[Word]] = {}
        stretches: dict[str, list[Stretch]] = {}
        total_speech = sum(len(j.audio) for j in joined.values()) or 1
        done = 0
        for spk, j in joined.items():
            if cancel:
                cancel.check()
            share = len(j.audio) / total_speech
            base = done

            def sub(fraction: float, _msg: str, base: float = base, share: float = share) -> None:
                report(0.1 + 0.85 * (base + fraction * share), "transcribing")

            # a call that changes language half-way: each stretch in its own language (language_stretches)
            words[spk], stretches[spk] = transcribe_in_languages(
                self.model, j, language, detect=auto, hotwords=self.hotwords, beam_size=self.beam_size,
                progress=sub, cancel=cancel, first_window=first_window if spk == busiest else None
            )
            done += share
        regions = {
            spk: confirm_regions(regs, words.get(spk, [])) if activity[spk].noisy else regs
            for spk, regs in regions.items()
        }
        # mono: the call's two voices, each cut into turns like a stereo channel (named at scoring)
        split = None if stereo else split_voices(signals["unknown"], regions["unknown"])
        if split is not None:
            words = split.words(words["unknown"])
            turns = group_turns(split.regions, mono=False, words=words)
            heard_in = {s.language for s in stretches["unknown"]}
            if activity["unknown"].noisy and len(heard_in) <= 1:  # each voice heard again alone (voice_redecode)
                words = redecode_voices(self.model, signals["unknown"], split, words, turns,
                                        heard_in.pop() if heard_in else language, hotwords=self.hotwords,
                                        beam_size=self.beam_size, cancel=cancel)
        else:
            pitches_of = None if stereo else _pitch_reader(signals["unknown"])
            turns = group_turns(regions, mono=not stereo, pitches_of=pitches_of, words=words)
        channel_of = {spk: i for i, spk in enumerate(speakers)}
        channel_of.update({who: ch for who, ch in self.channel_map.index})
        utterances = build_utterances(turns, words, channel_of, language)
        by_channel = {channel_of.get(spk, 0): spans for spk, spans in stretches.items()}
        language = label_utterances(utterances, by_channel, language, PACK_LANGUAGES)
        if split is not None:
            split.label(utterances)
        measure_voices(utterances, signals)
        metrics = compute_metrics(regions, utterances, audio.duration, language)
        if split is not None:
            metrics.overlaps = split.overlaps()
            metrics.voices = split.voices
        report(1.0, "done")
        return Transcript(
            file=shown(path),  # a GBK name as \xNN escapes: storable, printable (names.py)
            duration=round(audio.duration, 3),
            language=language,
            layout="stereo" if stereo else "mono",
            utterances=utterances,
            metrics=metrics,
            meta=parse_filename(shown(path), self.filename_pattern),
            content_hash=file_sha256(path),
            model=self.model_id,
            channels=list(speakers),
        )
