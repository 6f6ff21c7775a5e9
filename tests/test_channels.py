"""Files with more than two channels: refused with the reason, or mapped with --channels
agent=N,customer=M; never mixed down. The 4-channel file is made with soundfile from a real
stereo sample call (agent on channel 0, customer on channel 3, a mix and silence between)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from qa_desktop.audio.decode import decode
from qa_desktop.errors import AudioError, QAError
from qa_desktop.transcription.channels import parse_channels, select_channels

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "sample_calls"
STEREO_CALL = SAMPLES / "20260812_Z3002_900002.flac"  # short zh stereo call, agent left


@pytest.fixture(scope="module")
def four_channels(tmp_path_factory: pytest.TempPathFactory) -> Path:
    agent, customer = decode(STEREO_CALL).channels
    mix = (agent + customer) / 2
    data = np.stack([agent, mix, np.zeros_like(agent), customer], axis=1)
    path = tmp_path_factory.mktemp("multi") / "20260812_Z3002_900002_4ch.wav"
    sf.write(path, data, 16000, subtype="PCM_16")
    return path


def test_decoding_keeps_every_channel_apart(four_channels: Path) -> None:
    audio = decode(four_channels)
    assert audio.source_channels == 4 and len(audio.channels) == 4
    reference = decode(STEREO_CALL).channels
    assert np.max(np.abs(audio.channels[3] - reference[1])) < 1e-3  # channel 3 is still the customer alone


def test_more_than_two_channels_without_a_mapping_are_refused(four_channels: Path) -> None:
    audio = decode(four_channels)
    for spec in ("agent,customer", "customer,agent", "mono"):
        with pytest.raises(AudioError) as err:
            select_channels(audio, parse_channels(spec))
        text = str(err.value)
        assert str(four_channels) in text and "has 4 channels" in text
        assert "--channels agent=N,customer=M" in text and "from 0 to 3" in text


def test_a_mapping_picks_the_two_parties_channels(four_channels: Path) -> None:
    audio = decode(four_channels)
    stereo, speakers, signals = select_channels(audio, parse_channels("agent=0,customer=3"))
    assert stereo and speakers == ["agent", "customer"]
    assert signals["agent"] is audio.channels[0] and signals["customer"] is audio.channels[3]
    stereo, speakers, signals = select_channels(audio, parse_channels("customer=0, agent=3"))
    assert signals["agent"] is audio.channels[3]
    with pytest.raises(AudioError, match="has 4 channel.*puts the customer on channel 7"):
        select_channels(audio, parse_channels("agent=0,customer=7"))


@pytest.mark.parametrize("spec,problem", [("agent=1,agent=2", "names the agent twice"),
                                          ("agent=1,customer=1", "puts both parties on channel 1"),
                                          ("left,right", "must be agent,customer")])
def test_bad_mappings_say_what_is_wrong(spec: str, problem: str) -> None:
    with pytest.raises(QAError, match=problem):
        parse_channels(spec)


@pytest.mark.slow
def test_transcribe_cli_refuses_then_transcribes_with_the_mapping(four_channels: Path, tmp_path: Path,
                                                                  truth: dict) -> None:
    refused = subprocess.run([sys.executable, "-m", "qa_desktop", "transcribe", str(four_channels)],
                             capture_output=True, text=True, timeout=600)
    assert refused.returncode != 0
    assert "has 4 channels" in refused.stdout + refused.stderr
    out = tmp_path / "t.json"
    done = subprocess.run([sys.executable, "-m", "qa_desktop", "transcribe", str(four_channels),
                           "--channels", "agent=0,customer=3", "--json", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    t = data[0] if isinstance(data, list) else data
    assert t["layout"] == "stereo"
    said = [(u["speaker"], u["channel"]) for u in t["utterances"]]
    expected = [s["who"] for s in truth["20260812_Z3002_900002"]["segments"] if s["who"] in ("agent", "customer")]
    assert [s for s, _ in said] == expected
    assert {ch for s, ch in said if s == "customer"} == {3}
