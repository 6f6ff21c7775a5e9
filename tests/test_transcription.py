"""The real bundled Whisper base model on real recordings and the sample calls."""

from __future__ import annotations

import json
import re

import pytest
from rapidfuzz.distance import Levenshtein

from qa_desktop.transcription import parse_filename
from qa_desktop.transcription.model_store import BUNDLED_SHA256, bundled_dir

from conftest import RECORDINGS, SAMPLE_CALLS

TRADITIONAL_ONLY = set("廣產間協會說這們來電話麼謝開關時間號")


def _cer(hyp: str, ref: str) -> float:
    hyp = re.sub(r"[^\u4e00-\u9fff]", "", hyp)
    return Levenshtein.distance(hyp, ref) / len(ref)


def test_bundled_model_is_assembled_and_verified(transcriber):
    assert (bundled_dir() / "model.bin").stat().st_size == 145217532
    assert json.loads((bundled_dir() / ".verified").read_text())["sha256"] == BUNDLED_SHA256
    assert transcriber.model_id == f"whisper-base@{BUNDLED_SHA256[:8]}"


def test_aishell_mandarin_comes_out_simplified_and_accurate(transcriber):
    t = transcriber.transcribe(RECORDINGS / "aishell-BAC009S0724W0121.wav")
    text = "".join(u.text for u in t.utterances)
    assert t.language == "zh" and t.layout == "mono"
    assert not TRADITIONAL_ONLY & set(text), text
    assert _cer(text, "广州市房地产中介协会分析") <= 0.2, text


def test_each_stereo_channel_gives_its_own_speaker(transcriber):
    t = transcriber.transcribe(RECORDINGS / "stereo_diarization.wav")
    assert t.layout == "stereo" and t.language == "en"
    agent = " ".join(u.text for u in t.by("agent")).lower()
    customer = " ".join(u.text for u in t.by("customer")).lower()
    assert "wizard" in agent and "curtain" in agent and "horizon" not in agent
    assert "horizon" in customer and "distant" in customer and "wizard" not in customer


def test_identical_channels_are_one_unknown_speaker(transcriber):
    t = transcriber.transcribe(RECORDINGS / "jfk.flac")
    assert t.layout == "mono" and {u.speaker for u in t.utterances} == {"unknown"}
    assert "country" in " ".join(u.text for u in t.utterances).lower()


def _turn_found(seg: dict, transcript) -> bool:
    return any(
        (transcript.layout == "mono" or u.speaker == seg["who"])
        and abs(u.start - seg["start"]) <= 0.5
        and abs(u.end - seg["end"]) <= 0.5
        for u in transcript.utterances
    )


def test_turns_are_timed_within_half_a_second(sample_transcripts, truth):
    turns = [(cid, s) for cid, c in truth.items() for s in c["segments"] if s["who"] != "hold"]
    found = sum(_turn_found(s, sample_transcripts[cid]) for cid, s in turns)
    assert found / len(turns) >= 0.9, f"{found}/{len(turns)} turns timed within 0.5 s"


def test_babble_drowned_caller_is_heard_not_invented(sample_transcripts, truth):
    # 900013: office babble behind the customer makes Whisper loop over the
    # whole channel; the pieces of the lost window are decoded again one by one
    t = sample_transcripts["20260818_Y4003_900013"]
    customer = " ".join(u.text for u in t.by("customer")).lower()
    assert re.search(r"six\W+four\W+four\W+nine\W+zero", customer), customer
    assert "so glad you're here" not in customer  # babble decoded alone is not kept
    assert not any(u.text.lower().count("i'm sorry") > 2 for u in t.utterances)


def test_stereo_turns_are_timed_and_attributed(sample_transcripts, truth):
    turns = [
        (cid, s)
        for cid, c in truth.items()
        if c["layout"] == "stereo"
        for s in c["segments"]
        if s["who"] != "hold"
    ]
    found = sum(_turn_found(s, sample_transcripts[cid]) for cid, s in turns)
    assert found / len(turns) >= 0.9, f"{found}/{len(turns)} stereo turns"


def test_every_hold_is_a_silence(sample_transcripts, truth):
    for cid, call in truth.items():
        for seg in call["segments"]:
            if seg["who"] != "hold" or seg["end"] - seg["start"] < 15:
                continue
            silences = sample_transcripts[cid].metrics.silences
            assert any(
                abs(s.start - seg["start"]) <= 1.5 and abs(s.end - seg["end"]) <= 1.5 for s in silences
            ), f"{cid}: hold {seg['start']}–{seg['end']} not found in {silences}"


def test_agent_interruptions_found_and_none_invented(sample_transcripts, truth):
    for cid, call in truth.items():
        found = sample_transcripts[cid].metrics.interruptions("agent")
        assert len(found) == call["labels"]["agent_interrupts"], f"{cid}: {found}"
        for o in found:  # each one sits where the script has the agent cutting in
            assert any(
                s["who"] == "agent" and abs(s["start"] - o.start) <= 0.7 for s in call["segments"]
            ), f"{cid}: {o}"


def test_sample_calls_are_simplified_with_metadata_and_metrics(sample_transcripts, truth):
    for cid, call in truth.items():
        t = sample_transcripts[cid]
        assert t.language == call["lang"], cid
        assert t.layout == ("stereo" if call["layout"] == "stereo" else "mono"), cid
        assert t.meta.agent == call["agent"] and t.meta.date.startswith("2026-08")
        text = "".join(u.text for u in t.utterances)
        assert not TRADITIONAL_ONLY & set(text), (cid, text)
        if call["lang"] == "zh":  # Chinese punctuation, not Whisper's ASCII marks
            assert not re.search(r"[\u4e00-\u9fff][,?!;:]", text), (cid, text)
        assert len(t.content_hash) == 64
        for spk, seconds in t.metrics.talk_time.items():
            assert 0 < seconds < t.duration
            if t.by(spk):  # a rate needs words (900013's babble-drowned customer may have none)
                assert 0 < t.metrics.speech_rate[spk] < 600, (cid, spk)
        assert all(u.words and u.start <= u.words[0].start + 0.35 for u in t.utterances)


def test_filename_pattern_gives_call_metadata():
    meta = parse_filename(SAMPLE_CALLS / "20260812_Z3001_900001.flac")
    assert (meta.date, meta.agent, meta.call_id) == ("2026-08-12", "Z3001", "900001")
    meta = parse_filename("T7-A42-20260101-77.wav", pattern="TEAM-AGENTID-DATE-CALLID")
    assert (meta.team, meta.agent, meta.date, meta.call_id) == ("T7", "A42", "2026-01-01", "77")
    odd = parse_filename("recording.wav")
    assert odd.call_id == "recording" and odd.agent == "" and odd.date == ""
