"""Escalation heard in the voice: a real recording made to rise, against the same recording left flat."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qa_desktop.audio.activity import channel_activity
from qa_desktop.audio.decode import SAMPLE_RATE, decode
from qa_desktop.audio.loudness import speech_loudness
from qa_desktop.domain import CallMeta, Metrics, Transcript, Utterance
from qa_desktop.scoring.voice_rise import voice_escalation
from qa_desktop.storage.database import Database
from qa_desktop.transcription.voice_measures import measure_voices
from tests.voice_synth import rise_from

READ_SPEECH = Path(__file__).parent / "data" / "recordings" / "multilingual.mp3"  # 60 s of real read speech


@pytest.fixture(scope="module")
def voice() -> np.ndarray:
    return decode(READ_SPEECH).channels[0]


def customer_call(signal: np.ndarray) -> Transcript:
    """The recording as a customer's side of a stereo call, one turn per stretch of speech."""
    turns: list[list[float]] = []
    for a, b in channel_activity(signal).regions:
        if turns and a - turns[-1][1] < 0.25:
            turns[-1][1] = b
        else:
            turns.append([a, b])
    utts = [Utterance("customer", a, b, f"turn {i}") for i, (a, b) in enumerate(turns)]
    measure_voices(utts, {"agent": np.zeros_like(signal), "customer": signal})
    return Transcript("call.wav", len(signal) / SAMPLE_RATE, "en", "stereo", utts, Metrics(),
                      meta=CallMeta(agent="A1", team="T1", date="2026-08-12"), content_hash="h-" + str(len(utts)),
                      channels=["agent", "customer"])


def test_loudness_follows_the_gain_of_the_speech(voice) -> None:
    part = voice[: 5 * SAMPLE_RATE]
    assert speech_loudness(part * 0.5) == pytest.approx(speech_loudness(part) - 6.0, abs=0.1)
    assert speech_loudness(np.zeros(SAMPLE_RATE, dtype=np.float32)) is None


def test_a_flat_call_shows_no_rise(voice) -> None:
    score, evidence = voice_escalation(customer_call(voice))
    assert score < 0.1 and evidence == []


def test_a_customer_getting_louder_and_higher_is_named_with_the_rise(voice) -> None:
    rising = rise_from(voice, len(voice) // 2, gain_db=8.0, semitones=3.0)
    call = customer_call(rising)
    score, evidence = voice_escalation(call)
    assert score >= 0.5
    assert evidence and all(e.start >= len(voice) / 2 / SAMPLE_RATE - 1 for e in evidence)
    first = evidence[0]
    assert first.mode == "voice" and first.speaker == "customer" and first.text.startswith("turn ")
    assert "dB" in first.note and "semitones" in first.note and "customer's first" in first.note
    louder = first.note_parts[0]["args"]["loudness"]
    assert 4.0 <= louder <= 10.0 and first.note_parts[0]["args"]["pitch"] >= 2.0


def test_a_quiet_start_is_not_taken_for_the_reference(voice) -> None:
    quiet_start = voice.copy()
    quiet_start[: 3 * SAMPLE_RATE] *= 10 ** (-10 / 20)  # the first words mumbled, 10 dB down
    assert voice_escalation(customer_call(quiet_start))[0] < 0.1


def test_one_loud_turn_is_not_a_trend(voice) -> None:
    call = customer_call(voice)
    late = [u for u in call.utterances if u.start > 30][-1]
    late.loudness += 12.0
    assert voice_escalation(call)[0] < 0.1


def test_louder_without_pitch_counts_less_than_louder_and_higher(voice) -> None:
    louder = voice_escalation(customer_call(rise_from(voice, len(voice) // 2, 8.0, 0.0)))[0]
    both = voice_escalation(customer_call(rise_from(voice, len(voice) // 2, 8.0, 3.0)))[0]
    assert 0.0 < louder < both


def test_loudness_and_pitch_are_stored_with_each_turn(voice, tmp_path) -> None:
    call = customer_call(voice)
    from qa_desktop.storage import calls
    from qa_desktop.storage.connection import transaction

    with Database.open(tmp_path / "qa.db") as db:
        with transaction(db.db, "test") as conn:
            pk = calls.upsert_transcript(conn, call)
    with Database.open(tmp_path / "qa.db") as db:
        stored = calls.load_transcript(db.conn, pk)
    assert [u.loudness for u in stored.utterances] == [u.loudness for u in call.utterances]
    assert all(u.loudness is not None and u.pitch for u in stored.utterances)
    assert voice_escalation(stored) == voice_escalation(call)


@pytest.mark.slow
def test_transcribing_a_real_call_stores_loudness_and_flags_a_rising_customer(transcriber, voice, tmp_path) -> None:
    """The whole path: a stereo call made of real recordings (a Mandarin agent line, then a phrase of the
    read speech as the customer, in turn) transcribed with the real model and scored with the shipped
    pack: left flat it stays none; with the customer louder and higher from the middle on, it is at risk."""
    import soundfile as sf

    from qa_desktop.rules import load_pack
    from qa_desktop.scoring import score
    from tests.voice_synth import dialogue

    agent_line = decode(Path(__file__).parent / "data" / "recordings" / "aishell-BAC009S0724W0121.wav").channels[0]
    phrases: list[list[float]] = []
    for a, b in channel_activity(voice[: 32 * SAMPLE_RATE]).regions:
        if phrases and (a - phrases[-1][1] < 0.25 or phrases[-1][1] - phrases[-1][0] < 2.5):
            phrases[-1][1] = b
        else:
            phrases.append([a, b])
    pack = load_pack(Path(__file__).resolve().parents[1] / "rules" / "en-retail.yaml")
    levels = {}
    for name, rise in (("flat", None), ("rising", len(phrases) // 2)):
        agent, customer = dialogue(voice, agent_line, [tuple(p) for p in phrases], rise)
        path = tmp_path / f"{name}.wav"
        sf.write(path, np.stack([agent, customer], axis=1), SAMPLE_RATE)
        t = transcriber.transcribe(path)
        said = [u for u in t.utterances if u.speaker == "customer"]
        assert len(said) >= 4 and all(u.loudness is not None for u in said)
        levels[name] = score(t, pack).escalation
    # the voice left flat raises nothing (the words may: this customer reads a software licence aloud, and
    # the trained reading takes "The above copyright notice…" for a legal threat on some CPUs' hearing)
    assert not [e for e in levels["flat"].evidence if e.mode == "voice"], levels["flat"]
    assert levels["rising"].level in ("low", "high")
    voice_evidence = [e for e in levels["rising"].evidence if e.mode == "voice"]
    assert voice_evidence and "dB" in voice_evidence[0].note


def test_on_a_mono_line_the_turns_shown_to_be_the_customers_are_compared(voice) -> None:
    rising = customer_call(rise_from(voice, len(voice) // 2, gain_db=8.0, semitones=3.0))
    for u in rising.utterances:
        u.speaker = "unknown"
    assert voice_escalation(rising) == (0.0, [])  # no roles: nothing to compare
    score, evidence = voice_escalation(rising, [(u, "customer") for u in rising.utterances])
    assert score >= 0.5 and evidence[0].speaker == "customer"
    assert voice_escalation(rising, [(u, "unknown") for u in rising.utterances])[0] == 0.0
