"""Scores a fixed corpus of calls and prints each result (deep-copied and pickled first) as one JSON line:
run once with the Python scorer and once with the compiled one (packaging/native.py), by
test_native_scorer.py, which compares the two outputs line for line. The first line says which scorer
modules were loaded compiled.

    python tests/native_corpus.py   # with the qa_desktop to measure first on PYTHONPATH
"""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(1, str(HERE))  # (after PYTHONPATH's qa_desktop: the helpers below import it)
sys.path.insert(1, str(HERE.parent / "packaging"))

import meaning_eval  # noqa: E402
import speakers_synth  # noqa: E402
from native import MODULES, compiled  # noqa: E402
from scoring_synth import ASR_ERRORS, transcript_from_truth  # noqa: E402

from qa_desktop.domain import LearnedExample  # noqa: E402
from qa_desktop.rules import default_pack_for  # noqa: E402
from qa_desktop.scoring import score, try_text  # noqa: E402

SAMPLES = HERE.parent / "resources" / "sample_calls" / "truth.json"
# held-out lines of every kind: complaints, refusals, polite look-alikes, compliments, threats, in both languages
HELDOUT = [HERE / "heldout" / name for name in ["meaning.yaml"] + [f"meaning_fresh{n}.yaml" for n in (
    477, 478, 486, 487, 490, 491, 492, 493)]]


def _mono(call: dict) -> dict:
    return {**call, "layout": "mono"}


def calls():
    """(name, transcript, pack, learned examples)."""
    truth = json.loads(SAMPLES.read_text(encoding="utf-8"))
    for c in truth:
        pack = default_pack_for(c["lang"])
        for label, variant in (("", c), (" mono", _mono(c))):
            yield c["id"] + label, transcript_from_truth(variant), pack, ()
            yield c["id"] + label + " keyword-only", transcript_from_truth(variant), pack.keyword_only(), ()
        yield c["id"] + " misheard", transcript_from_truth(c, ASR_ERRORS), pack, ()
    zh = default_pack_for("zh")
    yield "mono two voices", speakers_synth.mono_call(), zh, ()
    yield "mono weak voices", speakers_synth.mono_call(weak=(1, 3)), zh, ()
    learned = (LearnedExample("category", "size", "这双鞋穿着挤脚", "zh"),
               LearnedExample("conduct", "refusal", "这事你自己看着办吧", "zh"))
    yield "learned examples", speakers_synth.mono_call("这双鞋穿着挤脚，你自己看着办吧。"), zh, learned
    for path in HELDOUT:
        data = meaning_eval.load(path)
        for lang, cats in data.get("complaints", {}).items():
            for cat, lines in cats.items():
                for k, text in enumerate(lines):
                    yield (f"{path.name} {lang} {cat} {k}", meaning_eval.complaint_call(lang, text),
                           default_pack_for(lang), ())
        for lang, kinds in data.get("conduct", {}).items():
            for kind, lines in kinds.items():
                for k, text in enumerate(lines):
                    yield (f"{path.name} {lang} {kind} {k}", meaning_eval.agent_call(lang, text, 0.8),
                           default_pack_for(lang), ())
        for lang, kinds in data.get("escalation", {}).items():
            for kind, lines in kinds.items():
                for k, text in enumerate(lines):
                    yield (f"{path.name} {lang} esc {kind} {k}", meaning_eval.complaint_call(lang, text),
                           default_pack_for(lang), ())


def main() -> None:
    import qa_desktop.scoring  # noqa: F401 (loads every scorer module)

    loaded = {m: compiled(sys.modules[m[:-3].replace("/", ".")]) for m in MODULES}
    print(json.dumps({"compiled": loaded}))
    for name, transcript, pack, learned in calls():
        scored = score(transcript, pack, learned)
        # (each result as a copy and a pickle of it would be: the GUI copies scores and workers send them)
        result = dataclasses.asdict(pickle.loads(pickle.dumps(copy.deepcopy(scored))))
        speakers = [(u.speaker, u.speaker_source) for u in transcript.utterances]
        print(json.dumps({"call": name, "score": result, "speakers": speakers}, ensure_ascii=False, sort_keys=True,
                         default=repr))
    for lang, text in (("zh", "您好，我是客服小王，这事跟我们没关系"), ("en", "That's not our problem, call the courier.")):
        tried = [dataclasses.asdict(m) for m in try_text(text, default_pack_for(lang))]
        print(json.dumps({"call": f"try_text {lang}", "score": tried}, ensure_ascii=False, sort_keys=True,
                         default=repr))


if __name__ == "__main__":
    main()
