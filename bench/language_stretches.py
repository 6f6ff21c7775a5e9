"""What looking for a change of language costs: auto (per-window detection) against a named language.

Same model, same files; `--language auto` detects the call's language and then
checks every 30 s window of each channel's speech (language_stretches), the
named language skips both. Prints seconds for each and the ratio.

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

    from qa_desktop.transcription import Transcriber

    auto = Transcriber(threads=args.threads)
    languages = {f: auto.transcribe(f).language for f in files}  # warm-up, and each file's language
    named = {}
    for lang in set(languages.values()):
        named[lang] = Transcriber(language=lang, threads=args.threads)
        named[lang].model = auto.model  # the very same loaded model
    results = {}
    for name, run in (("language named", lambda f: named[languages[f]].transcribe(f)),
                      ("auto, per-stretch check", auto.transcribe)):
        start = time.perf_counter()
        for f in files:
            run(f)
        results[name] = time.perf_counter() - start
        print(f"{name:24s} {results[name]:7.1f} s")
    print(f"cost of the language check: {results['auto, per-stretch check'] / results['language named']:.2f}× "
          f"over {len(files)} files")


if __name__ == "__main__":
    main()
