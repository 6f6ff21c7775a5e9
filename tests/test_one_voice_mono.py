"""A mono recording that holds only one voice is not split into two parties.

Real encoder on real audio (no Whisper): real single speakers (jfk, each reader of
stereo_diarization.wav, an AISHELL utterance), one side of a sample call, and the same through a
μ-law telephone line, are found to be one voice; two real readers one after the other, and sample
calls mixed down, still two. Then scoring of a one-voice transcript: an agent-side recording is the
agent's by its script; without agent script nobody is named (and no turn becomes the customer's by
its words); talk ratio and interruptions are `na`, saying "one voice".
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from speakers_synth import TURNS

from qa_desktop.audio.activity import channel_activity
from qa_desktop.audio.decode import decode
from qa_desktop.audio.diarize import diarize
from qa_desktop.domain import CallMeta, Metrics, Transcript, Utterance
from qa_desktop.rules import default_pack_for, load_pack_text
from qa_desktop.scoring import score

HERE = Path(__file__).resolve().parent
RECORDINGS = HERE / "data" / "recordings"
SAMPLES = HERE.parent / "resources" / "sample_calls"
GAP = np.zeros(8000, np.float32)  # 0.5 s of silence between two recordings played one after the other


def channel(path: Path, k: int | None = None) -> np.ndarray:
    chans = decode(path).channels
    return (np.mean(chans, axis=0) if k is None else chans[k]).astype(np.float32)


def telephone(x: np.ndarray) -> np.ndarray:
    """Through an 8 kHz μ-law line and back (G.711: band-limited by the decimation, 8-bit companded)."""
    narrow = x[: len(x) // 2 * 2].reshape(-1, 2).mean(axis=1)
    mu = 255.0
    coded = np.sign(narrow) * np.log1p(mu * np.minimum(np.abs(narrow), 1.0)) / np.log1p(mu)
    coded = np.round(coded * 127) / 127
    back = np.sign(coded) * np.expm1(np.abs(coded) * np.log1p(mu)) / mu
    return np.repeat(back, 2).astype(np.float32)


def voices_in(samples: np.ndarray) -> int:
    return diarize(samples, channel_activity(samples).regions).voices


ONE_VOICE = {
    "jfk": lambda: channel(RECORDINGS / "jfk.flac"),
    "jfk through a telephone line": lambda: telephone(channel(RECORDINGS / "jfk.flac")),
    "stereo_diarization left reader": lambda: channel(RECORDINGS / "stereo_diarization.wav", 0),
    "stereo_diarization right reader": lambda: channel(RECORDINGS / "stereo_diarization.wav", 1),
    "aishell utterance": lambda: channel(RECORDINGS / "aishell-BAC009S0724W0121.wav"),
    "agent side of a call": lambda: channel(SAMPLES / "20260812_Z3001_900001.flac", 0),
    "customer side of a call": lambda: channel(SAMPLES / "20260814_Y4001_900005.flac", 1),
}

TWO_VOICES = {
    "stereo_diarization mixed down": lambda: channel(RECORDINGS / "stereo_diarization.wav"),
    "the two readers one after the other": lambda: np.concatenate(
        [channel(RECORDINGS / "stereo_diarization.wav", 0), GAP, channel(RECORDINGS / "stereo_diarization.wav", 1)]),
    "jfk then a Mandarin speaker": lambda: np.concatenate(
        [channel(RECORDINGS / "jfk.flac"), GAP, channel(RECORDINGS / "aishell-BAC009S0724W0121.wav")]),
    "telephony call recorded mono": lambda: channel(SAMPLES / "20260813_Z3003_900004.wav"),
    "call mixed down (voices most alike)": lambda: channel(SAMPLES / "20260817_Z3005_900011.flac"),
}


@pytest.mark.parametrize("name", list(ONE_VOICE))
def test_a_recording_of_one_person_is_one_voice(name: str) -> None:
    samples = ONE_VOICE[name]()
    diar = diarize(samples, channel_activity(samples).regions)
    assert diar.voices == 1, diar.second_voice
    assert {s.voice for s in diar.spans} == {0} and not diar.takeovers


@pytest.mark.parametrize("name", list(TWO_VOICES))
def test_two_people_on_one_channel_are_still_two_voices(name: str) -> None:
    samples = TWO_VOICES[name]()
    diar = diarize(samples, channel_activity(samples).regions)
    assert diar.voices == 2, diar.second_voice
    assert {s.voice for s in diar.spans} >= {0, 1}


def one_voice_call(texts: list[str]) -> Transcript:
    """A mono recording as transcription leaves it when it heard one voice: every turn voice 0."""
    utts = [Utterance("unknown", 4.0 * k, 4.0 * k + 3.0, text, voice=0, voice_confidence=0.95, pitch=260.0)
            for k, text in enumerate(texts)]
    speech = [(u.start, u.end) for u in utts]
    metrics = Metrics(talk_time={"unknown": 3.0 * len(utts)}, speech_rate={"unknown": 100.0},
                      speech={"unknown": speech}, voices=1)
    return Transcript("one_voice.wav", 4.0 * len(utts), "zh", "mono", utts, metrics,
                      meta=CallMeta(call_id="OV1", agent="Z9001", date="2026-08-20"),
                      content_hash="one-voice-1", model="base", channels=["unknown"])


AGENT_SIDE = [text.format(middle="已经给您加急处理了，明天就能送到。") for voice, text in TURNS if voice == 1]


@pytest.fixture(scope="module")
def zh():
    return default_pack_for("zh")


FIGURES = load_pack_text("""\
name: figures
language: zh
version: "1"
sections: [{id: s, title: S}]
rules:
  - {id: greeting, title: 问候, section: s, speaker: agent, points: 10, role_cue: true,
     phrases: [您好欢迎致电, 我是客服, 请问有什么可以帮您]}
  - {id: ratio, title: 坐席说话占比, section: s, type: metric, metric: talk_ratio, speaker: agent, points: 10, max: 0.7}
  - {id: rate, title: 语速, section: s, type: metric, metric: speech_rate, speaker: agent, points: 10, max: 420}
""", "figures.yaml")


def speaker_notes(s) -> set[str]:
    """How the speaker of each piece of evidence was decided (the mono.* clauses of its note)."""
    return {p["key"] for r in s.results for e in r.evidence for p in e.note_parts if p["key"].startswith("mono.")}


def test_an_agent_side_recording_is_the_agents_and_says_it_is_one_voice(zh) -> None:
    t = one_voice_call(AGENT_SIDE)
    s = score(t, zh)
    assert {u.speaker for u in t.utterances} == {"agent"}
    assert all(u.speaker_source == "voice" and u.speaker_confidence >= 0.5 for u in t.utterances)
    assert speaker_notes(s) == {"mono.one_voice_id"}
    assert s.result("greeting").status == "pass" and s.result("self_intro").status == "pass"
    inter = s.result("interruption")
    assert inter.status == "na" and inter.reason_key == "reason.one_voice" and "one voice" in inter.reason
    assert "customer" not in t.metrics.talk_time and "agent" not in t.metrics.talk_time
    figures = score(t, FIGURES)
    ratio, rate = figures.result("ratio"), figures.result("rate")
    assert ratio.status == "na" and ratio.reason_key == "reason.one_voice"  # the other party was not heard
    assert rate.status == "pass" and t.metrics.speech_rate["agent"] > 0  # one person's pace is measured


def test_a_forbidden_phrase_in_an_agent_side_recording_fails(zh) -> None:
    t = one_voice_call(AGENT_SIDE[:3] + ["我也没办法，你自己去查。"])
    s = score(t, zh)
    assert s.result("forbidden_phrases").status == "fail"


def test_without_agent_script_the_one_voice_is_not_named_and_no_second_party_is_invented(zh) -> None:
    # a customer's voice message: customer phrases, but with one voice heard it is not made the
    # customer by elimination, and none of its turns becomes the customer's by its words
    t = one_voice_call(["喂，你好。", "我买的衣服一直没收到，已经一个星期了。", "我要投诉，你们太慢了。",
                        "麻烦尽快给我回电话，谢谢。"])
    s = score(t, zh)
    assert {u.speaker for u in t.utterances} == {"unknown"}
    assert speaker_notes(s) == {"mono.one_voice"}
    assert s.result("interruption").reason_key == "reason.one_voice"
    assert score(t, FIGURES).result("ratio").reason_key == "reason.one_voice"


def test_two_voice_calls_are_unchanged_by_the_one_voice_policy(zh) -> None:
    t = one_voice_call(AGENT_SIDE)
    t.metrics.voices = 2  # as a two-voice call whose other voice said nothing Whisper kept
    score(t, zh)
    assert {u.speaker for u in t.utterances} == {"agent"}
    assert t.metrics.talk_time.get("agent", 0) > 0  # per-party figures as on any separated call


def test_the_voice_count_is_stored_with_the_metrics() -> None:
    t = one_voice_call(AGENT_SIDE)
    again = Transcript.from_dict(t.to_dict())
    assert again.metrics.voices == 1
    assert Metrics.from_dict({}).voices is None  # stored before: not known
