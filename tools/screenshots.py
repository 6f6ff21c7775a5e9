"""Take the documentation screenshots of the desktop app: the call list and the
review screen, in English and Simplified Chinese.

    python tools/screenshots.py                 # imports the sample calls into a scratch database
    python tools/screenshots.py --db my.sqlite  # or uses calls already stored
    xvfb-run -a python tools/screenshots.py     # same, on a virtual X screen

Runs on Qt's offscreen platform when there is no display. Images go to
docs/screenshots/{main_window,review_screen}[_zh_CN].png. Each language's
review screenshot shows a call in that language scored by that language's
pack (a Mandarin call in the Chinese one), stereo, with a failed rule or two
to look at: a typical call an inspector opens, not the worst one.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1440, 900)


def prepare_database(db_path: Path, n_calls: int) -> None:
    """Import the shortest sample calls with the real pipeline (model, rules, storage)."""
    from qa_desktop.paths import sample_calls_dir
    from qa_desktop.progress import CancelToken
    from qa_desktop.storage import Database
    from qa_desktop.ui.import_pipeline import ImportOptions, ImportPipeline
    from qa_desktop.ui.import_queue import AUDIO_SUFFIXES

    db = Database.open(db_path)
    if db.count_calls() >= n_calls:
        return
    files = sorted((p for p in sample_calls_dir().iterdir() if p.suffix.lower() in AUDIO_SUFFIXES),
                   key=lambda p: p.stat().st_size)[:n_calls]
    pipeline = ImportPipeline(ImportOptions())
    for f in files:
        print(f"importing {f.name}…", flush=True)
        pipeline.process(db, f, lambda *_: None, CancelToken())
    db.close()


def showcase_call(db: object, pks: list[int], language: str) -> int | None:
    """The call to show in review: in `language` and scored by that language's pack, stereo (agent and
    customer in their own colours), a score an ordinary call gets (50-95) with one to three failed rules,
    the longest of those; relaxing each wish in turn when no call meets it."""
    calls = [db.load_call(pk) for pk in pks]  # type: ignore[attr-defined]
    calls = [c for c in calls if c.effective is not None]

    def fails(c: object) -> int:
        return sum(r.status == "fail" for r in c.effective.results)  # type: ignore[attr-defined]

    wishes = [lambda c: c.transcript.language == language and c.pack_name.startswith(language),
              lambda c: c.transcript.layout == "stereo",
              lambda c: 50 <= c.effective.score <= 95,
              lambda c: 1 <= fails(c) <= 3]
    for n in range(len(wishes), 0, -1):
        chosen = [c for c in calls if all(w(c) for w in wishes[:n])]
        if chosen:
            return max(chosen, key=lambda c: c.transcript.duration).pk
    return calls[0].pk if calls else None


def shoot(db_path: Path, locale: str, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from qa_desktop.ui.app import create_app
    from qa_desktop.ui.i18n import install_translator
    from qa_desktop.ui.main_window import MainWindow
    from qa_desktop.ui.settings import AppSettings, open_settings
    from qa_desktop.ui.workers import wait_for_background

    app = create_app([sys.argv[0]])
    settings = open_settings()
    s = AppSettings.load(settings)
    s.db_path, s.inspector, s.ui_language = str(db_path), "李娜", locale
    s.save(settings)
    install_translator(app, locale)
    window = MainWindow(settings)
    window.resize(*SIZE)
    window.show()
    suffix = "" if locale.startswith("en") else f"_{locale}"

    def settle() -> None:
        for _ in range(20):
            QApplication.processEvents()
        wait_for_background(20_000)
        for _ in range(20):
            QApplication.processEvents()

    settle()
    while window.calls.model.is_loading():  # the list is read on a pool thread
        QApplication.processEvents()
    if window.calls.model.rowCount():
        window.calls.table.selectRow(0)
    settle()
    window.grab().save(str(out / f"main_window{suffix}.png"))

    # review: a typical call in the UI's language, its first failed rule selected, play head on its evidence
    db = window.db()
    pk = showcase_call(db, [window.calls.model.row_at(i).pk for i in range(window.calls.model.rowCount())],
                       "zh" if locale.startswith("zh") else "en")
    if pk is not None:
        window.open_call(pk)
        review = window.review
        stored = review.stored
        failed = [r for r in stored.effective.results if r.status == "fail" and r.evidence]
        failed.sort(key=lambda r: r.max_points <= 0)  # one that costs points first
        target = failed[0] if failed else stored.effective.results[0]
        review.scorecard.select_rule(target.rule)
        mid = stored.transcript.utterances[min(3, len(stored.transcript.utterances) - 1)].start
        review.player.seek(target.evidence[0].start if target.evidence and target.evidence[0].start > 0 else mid)
        settle()
        window.grab().save(str(out / f"review_screen{suffix}.png"))
    window.close()
    print(f"screenshots for {locale} in {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="use the calls in this database instead of importing samples")
    parser.add_argument("--calls", type=int, default=14, help="sample calls to import (shortest first)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--locale", action="append", help="en, zh_CN (default: both)")
    parser.add_argument("--_child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "QA_DESKTOP_MODEL_CACHE" not in os.environ:  # keep using the user's assembled model
        from qa_desktop.paths import model_cache_dir

        os.environ["QA_DESKTOP_MODEL_CACHE"] = str(model_cache_dir())
    os.environ.setdefault("QA_DESKTOP_HOME", tempfile.mkdtemp(prefix="qa-shots-"))
    args.out.mkdir(parents=True, exist_ok=True)
    db_path = args.db or Path(os.environ["QA_DESKTOP_HOME"]) / "screenshots.sqlite"
    if args._child:
        shoot(db_path, args.locale[0], args.out)
        return 0
    if args.db is None:
        prepare_database(db_path, args.calls)
        print(f"database: {db_path} (reuse with --db)")
    # one process per locale: translators are installed before any widget exists
    for locale in args.locale or ["en", "zh_CN"]:
        cmd = [sys.executable, __file__, "--_child", "--db", str(db_path), "--out", str(args.out), "--locale", locale]
        subprocess.run(cmd, check=True, env=os.environ.copy())
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
