"""The measurement of issue 12: every labelled sample call mixed down to one channel, and the
real two-speaker stereo_diarization.wav mixed down, through the real Whisper model and the real
voice encoder, scored by the default packs.

- ≥ 92 % of the scripted turns (truth.json segments) are stored with the right speaker: the
  stored turn that covers most of a scripted turn has that turn's speaker;
- every truth.json label is reproduced (forbidden phrases included), the agent's interruptions
  too: in 900005 one voice takes over from the other mid-speech (audio.diarize); in 900011 the
  agent's first words under the customer's are heard only at the end of the customer's stretch,
  before a breath (audio.overlap);
- 900013 (two office-noise lines mixed down, so half the signal-to-noise ratio) is heard again voice
  by voice (voice_redecode): its hold notice comes back ("while I contest the carrier"), and the
  "Thanks" that opens the agent's last turns is still lost at the voice's onset ("And for your
  patience", "And for calling Brightness"); the phrase matcher finds such words clipped at a turn's
  edge inside that turn, so every label of the call is reproduced but one that depends on the CPU's
  arithmetic (below);
- a noisy mono call whose farewell was cut off (900007) still fails the farewell: hearing each
  voice again adds no script line that was not said.

900013's polite agent mixed down is heard differently by each CPU code path ctranslate2 and MKL take
(the same int8 model, summed in another order), and the stance head reads some of those garbles as
refusals. Measured on one Sapphire Rapids machine (2026-12-07), five paths: the default (AVX2 kernels,
MKL's own dispatch) hears "I can't spot your patience." at 69 % and the head reads it 96 %; MKL_CBWR=AVX2
"What you might not hold in for a bit is why I can't just look at you." (62 %, 96 %); MKL_CBWR=SSE4_2
the hold request "…while I contest the carriage?" (73 %, 91 %); CT2_FORCE_CPU_ISA=AVX512 and
MKL_CBWR=COMPATIBLE (six times slower) hear "And for your patience." and pass. So a polite call's
forbidden-conduct verdict may be a fail only where it rests on the head alone, reading turns heard below
conduct_head.HEAD_CLEAR, and the machine says it is unsure: that verdict is the call's least sure (its
confidence no more than the hearing, engine._heard), so a least-sure-first review sample leads with it.

Real two-speaker speech, per turn: the reference turns are each channel's voice activity in the
stereo file itself, less the stretch where both channels speak (one channel cannot say who spoke
there; pieces under 0.3 s are not turns); a turn is right when the stored utterance covering most
of it has the voice of that turn's reader (voices are unnamed without a script: the readers are
matched to the voices the way that gets most turns right, as a diarization error rate does).

One voice: a real single speaker (jfk) and one side of a call (900012's agent channel), each a
mono recording of its own, are stored as one voice, not split into two parties.

Measured (2026-12): 101 of 104 scripted turns (97.1 %); every sample call mixed down heard as two
voices. stereo_diarization.wav mixed down: 1 of 1 reference turn right outside its 2.05 s overlap
(the left reader's "who had vanished behind the curtain on the left", 1.8 s; the two slivers outside
the overlap are under 0.2 s); the same two readers taking turns (5 turns, built from its channels):
5 of 5.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from scoring_synth import labels_of

from qa_desktop.audio.activity import Region, channel_activity
from qa_desktop.audio.decode import SAMPLE_RATE, decode
from qa_desktop.domain import Transcript
from qa_desktop.rules import default_pack_for
from qa_desktop.scoring.conduct_head import HEAD_CLEAR
from qa_desktop.scoring import score

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
RECORDINGS = HERE / "data" / "recordings"
SAMPLES = HERE.parent / "resources" / "sample_calls"
MIN_TURN = 0.3  # s: a reference piece shorter than this (a sliver beside the overlap) is not a turn


def _minus(regions: list[Region], cuts: list[Region]) -> list[Region]:
    out = []
    for a, b in regions:
        pieces = [(a, b)]
        for c, d in cuts:
            pieces = [p for x, y in pieces for p in ((x, min(y, c)), (max(x, d), y)) if p[1] > p[0]]
        out += pieces
    return out


def reference_turns(stereo: np.ndarray) -> tuple[list[tuple[float, float, int]], float]:
    """Each channel's speech outside the stretches both channels speak: (start, end, channel); and
    how long both speak (s)."""
    regions = [channel_activity(np.asarray(c, np.float32)).regions for c in stereo]
    both = [(max(a, c), min(b, d)) for a, b in regions[0] for c, d in regions[1] if min(b, d) > max(a, c)]
    turns = [(a, b, k) for k in (0, 1) for a, b in _minus(regions[k], both) if b - a >= MIN_TURN]
    return sorted(turns), sum(b - a for a, b in both)


def turns_right(t: Transcript, turns: list[tuple[float, float, int]]) -> int:
    """Reference turns whose covering stored utterance has its reader's voice (best matching)."""
    def covering(a: float, b: float):
        best = max(t.utterances, key=lambda u: min(u.end, b) - max(u.start, a))
        return best if min(best.end, b) - max(best.start, a) > 0 else None
    voices = [getattr(covering(a, b), "voice", None) for a, b, _k in turns]
    return max(sum(v == mapping[k] for v, (_a, _b, k) in zip(voices, turns))
               for mapping in itertools.permutations((0, 1)))


def two_readers_taking_turns() -> np.ndarray:
    """stereo_diarization.wav's two readers one after the other (no overlap), each on its own channel."""
    left, right = decode(RECORDINGS / "stereo_diarization.wav").channels

    def cut(x: np.ndarray, a: float, b: float) -> np.ndarray:
        return x[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE)]

    l1, l2, r1 = cut(left, 0.2, 2.5), cut(left, 2.6, 4.6), cut(right, 0.25, 2.7)
    gap = np.zeros(int(0.7 * SAMPLE_RATE), np.float32)
    out: list[list[np.ndarray]] = [[], []]
    for k, piece in [(0, l1), (1, r1), (0, l2), (1, r1), (0, l1)]:
        out[k] += [piece, gap]
        out[1 - k] += [np.zeros_like(piece), gap]
    return np.stack([np.concatenate(c) for c in out])


@pytest.fixture(scope="module")
def more_mono(transcriber, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Mono recordings beyond the sample calls, transcribed once: name → (Transcript, stereo source)."""
    folder = tmp_path_factory.mktemp("more_mono")
    sources = {
        "jfk": np.mean(decode(RECORDINGS / "jfk.flac").channels, axis=0)[None],
        "agent side of 900012": decode(SAMPLES / "20260817_Z3006_900012.flac").channels[:1],
        "two readers taking turns": two_readers_taking_turns(),
    }
    out = {}
    for name, chans in sources.items():
        target = folder / f"{name.replace(' ', '_')}.flac"
        sf.write(target, np.mean(chans, axis=0), SAMPLE_RATE)
        out[name] = (transcriber.transcribe(target), chans)
    return out


@pytest.fixture(scope="module")
def scored(mono_sample_transcripts):
    out = {}
    for name, t in mono_sample_transcripts.items():
        out[name] = (t, score(t, default_pack_for(t.language)))  # names the voices, as storing does
    return out


def test_at_least_92_percent_of_scripted_turns_get_the_right_speaker(scored, truth) -> None:
    right = total = 0
    wrong = []
    for cid, call in truth.items():
        t, _ = scored[cid]
        assert t.layout == "mono" and t.metrics.voices == 2, cid  # both parties heard, not one voice
        for seg in call["segments"]:
            if seg["who"] not in ("agent", "customer"):
                continue
            total += 1
            best = max(t.utterances, key=lambda u: min(u.end, seg["end"]) - max(u.start, seg["start"]))
            if min(best.end, seg["end"]) - max(best.start, seg["start"]) > 0 and best.speaker == seg["who"]:
                right += 1
            else:
                wrong.append((cid, seg["start"], seg["who"], best.speaker))
    assert right / total >= 0.92, wrong
    assert total >= 100


def flagged_misreading(t: Transcript, s) -> bool:
    """Is the forbidden-conduct fail of call `s` the stance head's reading of poorly heard turns alone,
    given as the call's least sure verdict (see the module's docstring)?"""
    r = s.result("forbidden_phrases")
    heard = {(u.speaker, u.start): u.confidence for u in t.utterances}
    misread = r.status == "fail" and r.evidence and all(
        e.phrase == "stance head" and heard[(e.speaker, e.start)] < HEAD_CLEAR for e in r.evidence)
    least_sure = min(x.confidence for x in s.results if x.status != "na" and x is not r)
    return bool(misread) and r.confidence <= min(heard[(e.speaker, e.start)] for e in r.evidence) \
        and r.confidence < least_sure


def test_every_label_is_reproduced_on_the_mixed_down_calls(scored, truth) -> None:
    wrong = {}
    for cid, call in truth.items():
        t, s = scored[cid]
        got = labels_of(s)
        expected = dict(call["labels"])
        diff = {k: (got[k], v) for k, v in expected.items() if got[k] != v}
        if diff == {"forbidden": (True, False)} and flagged_misreading(t, s):
            continue
        if diff:
            wrong[cid] = diff
    assert not wrong


def test_forbidden_phrases_get_pass_or_fail_not_na(scored, truth) -> None:
    for cid, call in truth.items():
        t, s = scored[cid]
        status = s.result("forbidden_phrases").status
        if call["labels"]["forbidden"]:
            assert status == "fail", cid
        else:
            assert status == "pass" or flagged_misreading(t, s), cid


def test_two_real_speakers_talking_at_once_are_not_given_roles_without_a_script(scored) -> None:
    # stereo_diarization.wav: two read sentences (no call script), mostly spoken at the same time;
    # mixed down, Whisper hears the louder one. Nothing says who is the agent: nobody is named.
    t, s = scored["stereo_diarization"]
    assert t.utterances and {u.speaker for u in t.utterances} == {"unknown"}
    assert all(u.voice in (0, 1) for u in t.utterances)
    assert s.result("forbidden_phrases").status == "pass"


def test_real_two_speaker_speech_mixed_down_gets_each_turn_outside_the_overlap_right(scored) -> None:
    stereo = decode(RECORDINGS / "stereo_diarization.wav").channels
    turns, overlapped = reference_turns(stereo)
    assert 1.5 < overlapped < 2.5  # the two readers speak at once for about 2 s of the 5 s
    t, _ = scored["stereo_diarization"]
    assert t.metrics.voices == 2
    assert len(turns) >= 1 and turns_right(t, turns) / len(turns) >= 0.92, (turns, t.utterances)
    # the phrase read alone is a turn of its own, not run on from the stretch where both read
    for a, b, _k in turns:
        u = max(t.utterances, key=lambda u: min(u.end, b) - max(u.start, a))
        assert u.start >= a - 0.3 and (u.voice_confidence or 0) >= 0.5


def test_two_real_readers_taking_turns_on_one_channel_get_every_turn_right(more_mono) -> None:
    t, stereo = more_mono["two readers taking turns"]
    turns, overlapped = reference_turns(stereo)
    assert overlapped == 0 and len(turns) == 5
    assert t.metrics.voices == 2
    assert turns_right(t, turns) / len(turns) >= 0.92, (turns, [(u.start, u.end, u.voice) for u in t.utterances])


def test_one_real_speaker_on_a_mono_recording_is_one_voice_and_nobody_is_named(more_mono) -> None:
    t, _ = more_mono["jfk"]
    s = score(t, default_pack_for(t.language))
    assert t.metrics.voices == 1 and {u.voice for u in t.utterances} == {0}
    assert {u.speaker for u in t.utterances} == {"unknown"}  # a speech, no call script: not the agent
    inter = s.result("interruption")
    assert inter.status == "na" and inter.reason_key == "reason.one_voice"


def test_an_agent_side_recording_is_one_voice_and_the_agents(more_mono) -> None:
    t, _ = more_mono["agent side of 900012"]
    s = score(t, default_pack_for(t.language))
    assert t.metrics.voices == 1
    assert {u.speaker for u in t.utterances} == {"agent"}
    for rule in ("greeting", "self_intro", "closing", "farewell"):
        assert s.result(rule).status == "pass", rule
    assert s.result("interruption").reason_key == "reason.one_voice"
    assert "agent" not in t.metrics.talk_time and t.metrics.speech_rate.get("agent", 0) > 0


def test_a_noisy_mono_call_without_its_farewell_fails_the_farewell(transcriber, truth, tmp_path) -> None:
    # 900007 mixed down is a noisy line (each voice is decoded again) whose farewell is heard
    # (the label check above); cut just before the agent's "好的，祝您周末愉快，再见。" it must fail,
    # while the agent's "请问还有什么问题我可以帮您？" just before still passes
    import numpy as np
    import soundfile as sf

    from conftest import SAMPLE_CALLS
    from qa_desktop.audio.decode import SAMPLE_RATE, decode

    call = truth["20260815_Z3004_900007"]
    farewell = call["segments"][-1]
    assert farewell["who"] == "agent" and "再见" in farewell["text"] and call["labels"]["farewell"]
    mixed = np.mean(decode(SAMPLE_CALLS / call["file"]).channels, axis=0)
    sf.write(tmp_path / "900007_no_farewell.flac", mixed[: int((farewell["start"] - 0.2) * SAMPLE_RATE)], SAMPLE_RATE)
    t = transcriber.transcribe(tmp_path / "900007_no_farewell.flac")
    s = score(t, default_pack_for(t.language))
    assert s.result("farewell").status == "fail", [u.text for u in t.utterances]
    assert s.result("closing").status == "pass", [u.text for u in t.utterances]
