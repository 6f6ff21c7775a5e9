"""Synthetic transcripts from truth.json, for scoring tests that must not wait for Whisper.

Hold segments become Metrics.silences, gaps between turns become silences too
(as voice activity would report them), and a turn that starts before the other
party's turn ended becomes an Overlap. Mono layouts get speaker "unknown", no
overlaps and each turn's voice pitch, as the transcription core produces them
(one typical pitch per role, measured on the sample calls' mono recordings).
"""

from __future__ import annotations

from qa_desktop.domain import CallMeta, Metrics, Overlap, Silence, Transcript, Utterance
from qa_desktop.transcription.metrics import count_units

MONO_LAYOUTS = {"mono", "telephony", "alaw", "gsm", "mp3"}
# errors the base model makes on the sample calls (measured), for robustness tests
ASR_ERRORS = {"致电": "这店", "非常抱歉": "被长报欠", "快递": "快地", "客服": "克夫", "添麻烦": "天马返"}
# median turn pitch (Hz) on the mono sample calls: agent 239–294 vs customer 165–250 (Mandarin),
# agent ≈200 vs customer ≈105 (English)
VOICE = {"zh": {"agent": 265.0, "customer": 205.0}, "en": {"agent": 200.0, "customer": 105.0}}


def transcript_from_truth(call: dict, errors: dict[str, str] | None = None) -> Transcript:
    mono = call["layout"] in MONO_LAYOUTS
    utts: list[Utterance] = []
    silences: list[Silence] = []
    overlaps: list[Overlap] = []
    talk: dict[str, float] = {}
    chars: dict[str, int] = {}
    last_end: dict[str, float] = {}
    reach = 0.0
    for seg in call["segments"]:
        if seg["who"] == "hold":
            silences.append(Silence(seg["start"], seg["end"]))
            reach = max(reach, seg["end"])
            continue
        text = seg["text"]
        for wrong_from, wrong_to in (errors or {}).items():
            text = text.replace(wrong_from, wrong_to)
        who = seg["who"]
        other = "customer" if who == "agent" else "agent"
        if not mono and last_end.get(other, 0.0) > seg["start"]:
            overlaps.append(Overlap(seg["start"], last_end[other], who, other))
        elif seg["start"] - reach >= 0.3 and not silences or (silences and seg["start"] - reach >= 0.3
                                                              and silences[-1].end < seg["start"] - 0.3):
            if reach > 0:
                silences.append(Silence(reach, seg["start"]))
        reach = max(reach, seg["end"])
        last_end[who] = seg["end"]
        talk[who] = talk.get(who, 0.0) + seg["end"] - seg["start"]
        chars[who] = chars.get(who, 0) + count_units(text, call["lang"])  # as the core counts them
        utts.append(Utterance("unknown" if mono else who, seg["start"], seg["end"], text,
                              pitch=VOICE[call["lang"]][who] if mono else None))
    silences.sort(key=lambda s: s.start)
    rate = {k: chars[k] / (talk[k] / 60.0) for k in talk if talk[k] > 0}
    metrics = Metrics(silences=silences, overlaps=overlaps, talk_time={} if mono else talk,
                      speech_rate={} if mono else rate, rate_unit="chars/min" if call["lang"] == "zh" else "words/min")
    date, agent, call_id = call["id"].split("_")
    return Transcript(
        file=call["file"], duration=call["duration"], language=call["lang"],
        layout="mono" if mono else "stereo", utterances=utts, metrics=metrics,
        meta=CallMeta(call_id=call_id, agent=agent, date=f"{date[:4]}-{date[4:6]}-{date[6:]}"),
        channels=[] if mono else ["agent", "customer"],
    )


def labels_of(score) -> dict:
    """The truth.json label set as the default packs' verdicts imply it."""
    status = {r.rule: r.status for r in score.results}
    out = {k: status.get(k) == "pass" for k in
           ("greeting", "self_intro", "apology", "hold_notice", "hold_thanks", "closing", "farewell")}
    out["verify"] = status.get("verify_identity") == "pass"
    out["forbidden"] = status.get("forbidden_phrases") == "fail"
    out["dead_air"] = status.get("dead_air") == "fail"
    inter = score.result("interruption")
    out["agent_interrupts"] = sum(1 for e in inter.evidence if e.speaker == "agent" and e.mode == "metric"
                                  and e.note.startswith("agent started")) if inter else 0
    out["category"] = score.category
    return out
