"""Cost of hearing each voice of a noisy mono call again (transcription.voice_redecode), in one run.

Run by hand: python bench/voice_redecode.py [FILE…] (default: the two-channel sample calls mixed
down to mono). Each file is transcribed twice with the same loaded model: with the second hearing
and without it; CPU seconds of both and their ratio are printed. Only noisy lines are heard again,
so a clean file's ratio is about 1.0.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import qa_desktop.transcription.transcriber as transcriber_module  # noqa: E402
from qa_desktop.audio.decode import SAMPLE_RATE, decode  # noqa: E402
from qa_desktop.transcription import Transcriber  # noqa: E402

SAMPLE_CALLS = ROOT / "resources" / "sample_calls"


def _once(_model, _samples, _split, heard, *_args, **_kwargs):
    """The line's own hearing only, as before voice_redecode."""
    return heard


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="qa_redecode_"))
    files = [Path(p) for p in sys.argv[1:]]
    if not files:
        for src in sorted(SAMPLE_CALLS.glob("*.flac")):
            chans = decode(src).channels
            if len(chans) == 2:
                files.append(folder / src.name)
                sf.write(files[-1], np.mean(chans, axis=0), SAMPLE_RATE)
    ours = Transcriber(threads=2)
    again = transcriber_module.redecode_voices
    totals = {"once": 0.0, "again": 0.0}
    for f in files:
        row = {}
        for name, fn in (("once", _once), ("again", again)):
            transcriber_module.redecode_voices = fn
            start = time.process_time()
            ours.transcribe(f)
            row[name] = time.process_time() - start
            totals[name] += row[name]
        print(f"{f.name:32s} heard once {row['once']:6.1f} s CPU, each voice again {row['again']:6.1f} s "
              f"({row['again'] / row['once']:.2f}×)")
    transcriber_module.redecode_voices = again
    print(f"all: {totals['again'] / totals['once']:.2f}× the CPU of hearing the line once, over {len(files)} files")


if __name__ == "__main__":
    main()
