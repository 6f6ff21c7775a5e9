"""Shared test set-up.

Every test runs with its own QA_DESKTOP_HOME (database, logs, settings), but
the assembled Whisper model stays in the real user model cache so it is built
once per machine, exactly as it is for a user.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CALLS = ROOT / "resources" / "sample_calls"
RECORDINGS = Path(__file__).resolve().parent / "data" / "recordings"

if "QA_DESKTOP_MODEL_CACHE" not in os.environ:
    from qa_desktop.paths import model_cache_dir

    os.environ["QA_DESKTOP_MODEL_CACHE"] = str(model_cache_dir())


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("QA_DESKTOP_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def truth() -> dict[str, dict]:
    """truth.json of the sample calls, keyed by call id (file stem)."""
    calls = json.loads((SAMPLE_CALLS / "truth.json").read_text(encoding="utf-8"))
    return {c["id"]: c for c in calls}


@pytest.fixture(scope="session")
def transcriber():
    """One loaded bundled model for the whole session, as a batch or the GUI keeps one."""
    from qa_desktop.transcription import Transcriber

    return Transcriber()


@pytest.fixture(scope="session")
def sample_transcripts(transcriber) -> dict:
    """Every sample call transcribed once per session with the real model: call id → Transcript."""
    truth_calls = json.loads((SAMPLE_CALLS / "truth.json").read_text(encoding="utf-8"))
    return {c["id"]: transcriber.transcribe(SAMPLE_CALLS / c["file"]) for c in truth_calls}


@pytest.fixture(scope="session")
def mono_sample_transcripts(transcriber, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every sample call mixed down to one channel (the mean of its channels, as a PBX that records
    both parties on one line), plus the two-speaker stereo_diarization.wav mixed down, transcribed
    once per session with the real model: name → Transcript."""
    import numpy as np
    import soundfile as sf

    from qa_desktop.audio.decode import SAMPLE_RATE, decode

    folder = tmp_path_factory.mktemp("mono_mix")
    sources = [SAMPLE_CALLS / c["file"] for c in json.loads((SAMPLE_CALLS / "truth.json").read_text("utf-8"))]
    sources.append(RECORDINGS / "stereo_diarization.wav")
    out = {}
    for src in sources:
        chans = decode(src).channels
        if len(chans) == 1:  # recorded mono already (telephony, A-law, GSM, MP3): as it is
            out[src.stem] = transcriber.transcribe(src)
            continue
        target = folder / f"{src.stem}.flac"
        sf.write(target, np.mean(chans, axis=0), SAMPLE_RATE)
        out[src.stem] = transcriber.transcribe(target)
    return out


@pytest.fixture(scope="module")
def en():
    """The shipped English pack, fresh for each test module (tests may teach it examples)."""
    from qa_desktop.rules import default_pack_for

    return default_pack_for("en")


@pytest.fixture(scope="module")
def zh():
    """The shipped Chinese pack, fresh for each test module (tests may teach it examples)."""
    from qa_desktop.rules import default_pack_for

    return default_pack_for("zh")
