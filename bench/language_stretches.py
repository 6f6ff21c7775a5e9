"""What looking for a change of language costs, in one run on the same loaded model.

Three ways over the same files: the language named (no detection at all); auto
as before per-stretch checking (the call's language from its first 30 s only);
auto with the per-stretch check (language_stretches: every further 30 s window
of each channel's speech). Prints seconds and the ratio of the last two.

    python bench/language_stretches.py [--threads 2] [FILES…]
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
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted(
        p for p in (ROOT / "resources" / "sample_calls").iterdir() if p.suffix in {".flac", ".wav", ".mp3"})

    from qa_desktop.transcription import Transcriber, language_stretches

    auto = Transcriber(threads=args.threads)
    languages = {f: auto.transcribe(f).language for f in files}  # warm-up, and each file's language
    named = {}
    for lang in set(languages.values()):
        named[lang] = Transcriber(language=lang, threads=args.threads)
        named[lang].model = auto.model  # the very same loaded model
    real_find = language_stretches.find_stretches

    def call_language_only(model, joined, home, first_window=None):  # auto as it was: one stretch
        n = len(joined.joined_starts)
        return [language_stretches._stretch(joined, home, 0, n - 1)] if n else []

    results = {}
    for name, run, finder in (("language named", lambda f: named[languages[f]].transcribe(f), real_find),
                              ("auto, call language only", auto.transcribe, call_language_only),
                              ("auto, per-stretch check", auto.transcribe, real_find)):
        language_stretches.find_stretches = finder
        start = time.perf_counter()
        for f in files:
            run(f)
        results[name] = time.perf_counter() - start
        print(f"{name:26s} {results[name]:7.1f} s")
    language_stretches.find_stretches = real_find
    ratio = results["auto, per-stretch check"] / results["auto, call language only"]
    print(f"cost of the per-stretch check: {ratio:.2f}× over {len(files)} files")


if __name__ == "__main__":
    main()
