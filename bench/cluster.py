"""Throughput of batch audits through Ray (1 and 2 workers on a local Ray
instance) against the local engine (1 and 2 worker processes), on the same
files, in one run.

Each run audits the same copies into its own fresh database with the same
rule pack. The bundled model is assembled into the model cache before any
timing (a one-off per machine, which the first run would otherwise pay).
Times are whole batches as a user sees them: for Ray that includes starting
the local instance, and for every engine loading the model in each worker,
so short file sets understate what a long batch gets. Prints seconds, × real
time (audio seconds per wall second), and each ratio against the local
engine with one worker (the baseline); the per-CPU real-time factor is what
docs/cluster.md sizes a cluster from.

    python bench/cluster.py [--local-threads 0] [--repeat 1] [FILES…]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--local-threads", type=int, default=0, help="local engine's Whisper threads (0: every core)")
    ap.add_argument("--repeat", type=int, default=1, help="copies of each file (distinct recordings)")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted(
        p for p in (ROOT / "resources" / "sample_calls").iterdir() if p.suffix in {".flac", ".wav", ".mp3"})

    from qa_desktop.audit import AuditConfig, run_audit
    from qa_desktop.audit.ray_engine import RayDispatcher, RayOptions
    from qa_desktop.paths import model_cache_dir
    from qa_desktop.storage import Database
    from qa_desktop.transcription.model_store import ensure_bundled_model

    work = Path(tempfile.mkdtemp(prefix="qa-bench-cluster-"))
    os.environ.setdefault("QA_DESKTOP_MODEL_CACHE", str(model_cache_dir()))  # the user's: assembled once
    os.environ.setdefault("QA_DESKTOP_HOME", str(work / "home"))
    ensure_bundled_model()  # not timed: a one-off per machine
    folder = work / "calls"
    folder.mkdir()
    for i in range(args.repeat):
        for f in files:
            data = f.read_bytes()
            # a distinct recording per copy (content hash differs), the same audio for the decoder
            target = folder / (f"{f.stem}_{i}{f.suffix}" if i else f.name)
            target.write_bytes(data if i == 0 else data + b"\0" * i)
    pack = work / "pack.yaml"
    shutil.copy(ROOT / "rules" / "zh-ecommerce.yaml", pack)
    cpus = os.cpu_count() or 1

    def run(name: str, config: AuditConfig, dispatch=None, workers: int = 1) -> tuple[float, float]:  # noqa: ANN001
        db = Database.open(work / f"{name}.sqlite")
        started = time.perf_counter()
        try:
            summary = run_audit([folder], db, config, dispatch=dispatch, workers=workers)
        finally:
            db.close()
        wall = time.perf_counter() - started
        assert summary.failed == 0, [r["error"] for r in summary.reports if r.get("error")]
        return wall, summary.audio_seconds

    rows = []
    wall, audio = run("local", AuditConfig(rules=str(pack), threads=args.local_threads))
    rows.append((f"local engine, 1 process x {args.local_threads or cpus} threads", wall))
    w, _ = run("local2", AuditConfig(rules=str(pack)), workers=2)
    rows.append((f"local engine, 2 processes x {max(1, cpus // 2)} threads", w))
    for workers in (1, 2):
        w, _ = run(f"ray{workers}", AuditConfig(rules=str(pack)), RayDispatcher(RayOptions(workers=workers)))
        rows.append((f"ray, {workers} worker(s) x 1 CPU", w))
    shutil.rmtree(work, ignore_errors=True)

    base = rows[0][1]
    print(f"{len(files) * args.repeat} files, {audio / 60:.1f} min of audio, {cpus} CPUs")
    for name, w in rows:
        print(f"{name:40s} {w:7.1f} s  {audio / w:6.1f}x real time  throughput ratio vs local {base / w:5.2f}")
    ray1 = rows[2][1]
    print(f"one Ray worker (1 CPU) audits {audio / ray1:.1f} s of audio per second "
          f"(real-time factor {ray1 / audio:.3f}, start-up included)")
    best_name, best = min(rows, key=lambda r: r[1])
    print(f"fastest with every CPU busy: {best_name}, {audio / best / cpus:.1f} s of audio per CPU-second")


if __name__ == "__main__":
    main()
