"""Throughput of `qa-desktop transcribe` against bare faster-whisper, in one run.

Both sides use the same bundled model, device, threads, beam size, temperature
and audio (every channel of every sample call). Bare faster-whisper uses its own
VAD filter and word timestamps; ours adds decoding, per-channel voice activity,
turn cutting, OpenCC and metrics. Prints seconds, × real time, and the ratio.

    python bench/transcribe.py [--threads 2] [--repeat 1] [FILES…]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted(
        p for p in (ROOT / "resources" / "sample_calls").iterdir() if p.suffix in {".flac", ".wav", ".mp3"}
    )

    from qa_desktop.audio import decode
    from qa_desktop.transcription import Transcriber

    ours = Transcriber(threads=args.threads)
    model = ours.model  # the very same loaded model for the baseline
    audio_seconds = sum(decode(f).duration for f in files) * args.repeat

    def bare() -> None:
        for f in files:
            chans = decode(f).channels
            for ch in chans:
                segments, info = model.transcribe(
                    ch, language=None, beam_size=ours.beam_size, word_timestamps=True, condition_on_previous_text=False,
                    vad_filter=True, temperature=0.0,
                )
                list(segments)

    def full() -> None:
        for f in files:
            ours.transcribe(f)

    results = {}
    for name, fn in (("bare faster-whisper", bare), ("qa-desktop transcribe", full)):
        start = time.perf_counter()
        for _ in range(args.repeat):
            fn()
        results[name] = time.perf_counter() - start
        print(f"{name:24s} {results[name]:7.1f} s  {audio_seconds / results[name]:5.1f}× real time")
    ratio = results["bare faster-whisper"] / results["qa-desktop transcribe"]
    print(f"throughput ratio (ours / bare): {ratio:.2f}×   over {audio_seconds:.0f} s of audio, {len(files)} files")


if __name__ == "__main__":
    main()
