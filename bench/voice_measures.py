"""Cost of measuring each turn's loudness and pitch at transcription (the voice sign of escalation).

    python bench/voice_measures.py [FILE]

Prints the time of `measure_voices` over a stereo sample call's turns (from
truth.json) and, as the baseline measured in the same run, the time of
decoding that file: the measurement should stay a small fraction of decoding
(and a tiny one of transcription, which costs many times decoding).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desktop.audio.decode import decode  # noqa: E402
from qa_desktop.domain import Utterance  # noqa: E402
from qa_desktop.transcription.voice_measures import measure_voices  # noqa: E402

REPEAT = 5


def main() -> None:
    calls = json.loads((ROOT / "resources" / "sample_calls" / "truth.json").read_text("utf-8"))
    call = next(c for c in calls if c["layout"] == "stereo" and (len(sys.argv) < 2 or c["file"] == sys.argv[1]))
    path = ROOT / "resources" / "sample_calls" / call["file"]
    t0 = time.perf_counter()
    for _ in range(REPEAT):
        audio = decode(path)
    decode_s = (time.perf_counter() - t0) / REPEAT
    signals = {"agent": audio.channels[0], "customer": audio.channels[1]}
    turns = [(s["who"], s["start"], s["end"]) for s in call["segments"] if s["who"] in ("agent", "customer")]
    t0 = time.perf_counter()
    for _ in range(REPEAT):
        measure_voices([Utterance(w, a, b, "") for w, a, b in turns], signals)
    measure_s = (time.perf_counter() - t0) / REPEAT
    print(f"{call['file']}: {audio.duration:.0f} s, {len(turns)} turns")
    print(f"decode        {decode_s * 1000:8.1f} ms  (baseline)")
    print(f"measure_voices{measure_s * 1000:8.1f} ms  = {measure_s / decode_s:.2f}× decoding,"
          f" {measure_s / audio.duration * 300:.2f} s per 5-minute call")


if __name__ == "__main__":
    main()
