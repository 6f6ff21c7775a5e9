"""Cost of telling the two voices of a mono call apart, against transcribing the same audio.

Run by hand: python bench/diarize.py [FILE…] (default: the sample calls, mixed down to mono).
For each file: CPU seconds of the voice split (encoder + clustering + pitch, one BLAS thread, as
in transcription), then of the overlap search at each change of voice (audio.overlap), per minute
of audio (before = the split alone, after = split + overlaps), and as a share of the Whisper
transcription of the same mixed-down audio measured in the same run (that transcription
includes the split itself). The budget is 1.5 s of CPU per minute of audio.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desktop.audio.activity import channel_activity  # noqa: E402
from qa_desktop.audio.decode import SAMPLE_RATE, decode  # noqa: E402
from qa_desktop.audio.diarize import diarize  # noqa: E402
from qa_desktop.audio.overlap import late_overlaps  # noqa: E402
from qa_desktop.transcription import Transcriber  # noqa: E402


def cpu(fn):
    start = time.process_time()
    out = fn()
    return out, time.process_time() - start


def main() -> None:
    if len(sys.argv) > 1:
        files = [Path(p) for p in sys.argv[1:]]
    else:
        calls = json.loads((ROOT / "resources" / "sample_calls" / "truth.json").read_text(encoding="utf-8"))
        files = [ROOT / "resources" / "sample_calls" / c["file"] for c in calls]
    transcriber = Transcriber(threads=1)
    total_audio = total_split = total_whisper = total_overlap = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'file':<32}{'audio s':>9}{'split s':>9}{'overlap s':>10}{'s/min':>8}{'transcribe s':>13}{'ratio':>8}")
        for path in files:
            chans = decode(path).channels
            mono = np.mean(chans, axis=0).astype(np.float32) if len(chans) > 1 else chans[0]
            mixed = Path(tmp) / f"{path.stem}.flac"
            sf.write(mixed, mono, SAMPLE_RATE)
            regions = channel_activity(mono).regions
            with threadpool_limits(limits=1, user_api="blas"):
                diarize(mono, regions[:2])  # warm: weights loaded once per process
                diar, split = cpu(lambda: diarize(mono, regions))
                _, overlap = cpu(lambda: late_overlaps(mono, diar))
            split_all = split + overlap
            total_overlap += overlap
            _, whisper = cpu(lambda: transcriber.transcribe(mixed))
            seconds = len(mono) / SAMPLE_RATE
            total_audio, total_split, total_whisper = total_audio + seconds, total_split + split, total_whisper + whisper
            print(f"{path.name[:31]:<32}{seconds:9.1f}{split:9.2f}{overlap:10.2f}{split_all / seconds * 60:8.2f}"
                  f"{whisper:13.2f}{split_all / whisper:8.1%}")
    both = total_split + total_overlap
    print(f"{'all':<32}{total_audio:9.1f}{total_split:9.2f}{total_overlap:10.2f}{both / total_audio * 60:8.2f}"
          f"{total_whisper:13.2f}{both / total_whisper:8.1%}")
    print("voice split CPU per minute of audio (budget 1.5 s):", f"{total_split / total_audio * 60:.2f} s before,",
          f"{both / total_audio * 60:.2f} s with the overlap search ({both / max(total_split, 1e-9):.2f}x)")


if __name__ == "__main__":
    main()
