"""Batch audits through Ray: a local Ray instance of 2 CPUs, the real model, real files, real databases.

One Ray instance for the module (started here, shut down at the end), actors
of one CPU and one Whisper thread, three short sample calls and one corrupt
file. The local engine's database on the same folder is the reference: the
Ray engine must store the same content (row ids and timestamps aside).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SAMPLE_CALLS

os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
ray = pytest.importorskip("ray")

from qa_desktop.audit import AuditConfig, run_audit  # noqa: E402
from qa_desktop.audit.ray_engine import RayDispatcher, RayOptions  # noqa: E402
from qa_desktop.storage import Database  # noqa: E402

pytestmark = pytest.mark.slow

GOOD = ["20260816_Z3006_900009.wav", "20260818_Y4004_900014.wav", "20260812_Z3002_900002.flac"]
VOLATILE = {"id", "call_pk", "score_id", "pack_id", "created_at", "updated_at"}


@pytest.fixture(scope="module", autouse=True)
def ray_instance():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ray")
    folder = root / "recordings"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(SAMPLE_CALLS / name, folder / name)
    (folder / "00_corrupt.flac").write_bytes((SAMPLE_CALLS / GOOD[2]).read_bytes()[:300])
    shutil.copy(ROOT / "rules" / "zh-ecommerce.yaml", root / "pack.yaml")  # snapshot: both engines score alike
    return folder


@pytest.fixture(scope="module")
def config(folder: Path) -> AuditConfig:
    return AuditConfig(rules=str(folder.parent / "pack.yaml"), threads=1)


def audit(folder: Path, db_path: Path, config: AuditConfig, dispatch: Any = None, **kw: Any):
    db = Database.open(db_path)
    try:
        return run_audit([folder], db, config, dispatch=dispatch, **kw)
    finally:
        db.close()


def rows(conn: sqlite3.Connection, sql: str, *args: Any) -> list[dict]:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [{k: v for k, v in zip(names, r) if k not in VOLATILE} for r in cur.fetchall()]


def content(db_path: Path) -> dict[str, dict]:
    """Everything stored per recording hash, row ids and timestamps left out."""
    conn = sqlite3.connect(str(db_path))
    out = {}
    for pk, digest in conn.execute("SELECT id, content_hash FROM calls").fetchall():
        out[digest] = {
            "call": rows(conn, "SELECT * FROM calls WHERE id = ?", pk),
            "utterances": rows(conn, "SELECT * FROM utterances WHERE call_pk = ? ORDER BY idx", pk),
            "metrics": rows(conn, "SELECT * FROM metrics WHERE call_pk = ?", pk),
            "scores": rows(conn, "SELECT * FROM scores WHERE call_pk = ?", pk),
            "verdicts": rows(conn, "SELECT r.* FROM rule_results r JOIN scores s ON s.id = r.score_id"
                                   " WHERE s.call_pk = ? ORDER BY r.rule", pk),
        }
    conn.close()
    return out


def stored_hashes(db_path: Path) -> list[str]:
    conn = sqlite3.connect(str(db_path))
    try:
        return sorted(r[0] for r in conn.execute("SELECT content_hash FROM calls"))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def local(folder: Path, config: AuditConfig) -> dict:
    db = folder.parent / "local.sqlite"
    return {"db": db, "summary": audit(folder, db, config)}


@pytest.fixture(scope="module")
def on_ray(folder: Path, config: AuditConfig) -> dict:
    db = folder.parent / "ray.sqlite"
    alive: list[int] = []
    summary = audit(folder, db, config, RayDispatcher(RayOptions(workers=2)),
                    progress=lambda p: alive.append(p.workers_alive))
    return {"db": db, "summary": summary, "alive": alive}


def test_ray_stores_the_same_content_as_the_local_engine(local: dict, on_ray: dict) -> None:
    assert (on_ray["summary"].succeeded, on_ray["summary"].failed) == (3, 1)
    expected = content(local["db"])
    assert len(expected) == 3 and all(c["utterances"] and c["verdicts"] for c in expected.values())
    assert content(on_ray["db"]) == expected
    assert max(on_ray["alive"]) == 2  # the progress saw both workers


def test_bad_file_is_reported_with_the_same_reason(local: dict, on_ray: dict, folder: Path) -> None:
    def failures(summary) -> list[tuple[str, str]]:
        return [(r["file"], r["error"]) for r in summary.reports if r.get("error")]

    assert failures(on_ray["summary"]) == failures(local["summary"])
    [(file, reason)] = failures(on_ray["summary"])
    assert file == str(folder / "00_corrupt.flac") and reason.startswith(f"{folder / '00_corrupt.flac'}: ")
    assert "qa-audit-" not in reason  # the worker's temporary copy is not what the user sees


def test_rerun_sends_nothing_already_stored(on_ray: dict, folder: Path, config: AuditConfig) -> None:
    dispatcher = RayDispatcher(RayOptions(workers=2))
    sent: list[list] = []

    def spy(jobs, *args):
        sent.append([str(j.path) for j in jobs])
        return dispatcher(jobs, *args)

    summary = audit(folder, on_ray["db"], config, spy)
    assert (summary.skipped, summary.failed) == (3, 1)
    assert sent == [[str(folder / "00_corrupt.flac")]]  # only the file that never got stored goes out again


def kill_one_busy_actor(dispatcher: RayDispatcher, killed: list[str]):
    def on_result(report: dict) -> None:
        if not killed and dispatcher.busy:
            actor, path = next(iter(dispatcher.busy.items()))
            ray.kill(actor)
            killed.append(path)
    return on_result


def test_killed_worker_file_is_retried_and_every_file_stored_once(folder: Path, config: AuditConfig,
                                                                  local: dict) -> None:
    db = folder.parent / "killed.sqlite"
    dispatcher = RayDispatcher(RayOptions(workers=2))
    killed: list[str] = []
    summary = audit(folder, db, config, dispatcher, on_result=kill_one_busy_actor(dispatcher, killed))
    assert killed, "no worker was busy when the first result came back"
    assert (summary.succeeded, summary.failed) == (3, 1)
    assert stored_hashes(db) == sorted(content(local["db"]))
    assert content(db) == content(local["db"])


def test_file_that_keeps_killing_workers_fails_with_its_reason_and_a_rerun_stores_it(
        folder: Path, config: AuditConfig) -> None:
    db = folder.parent / "fragile.sqlite"
    dispatcher = RayDispatcher(RayOptions(workers=2, max_attempts=1))
    killed: list[str] = []
    summary = audit(folder, db, config, dispatcher, on_result=kill_one_busy_actor(dispatcher, killed))
    assert killed
    errors = {r["file"]: r["error"] for r in summary.reports if r.get("error")}
    assert "died 1 times" in errors[killed[0]] and errors[killed[0]].startswith(killed[0])
    assert (summary.succeeded, summary.failed) == (2, 2)  # the batch went on
    again = audit(folder, db, config, RayDispatcher(RayOptions(workers=2)))
    assert (again.succeeded, again.skipped, again.failed) == (1, 2, 1)
    assert len(stored_hashes(db)) == len(set(stored_hashes(db))) == 3


def test_cancel_keeps_what_is_stored_and_a_rerun_continues(folder: Path, config: AuditConfig,
                                                          local: dict) -> None:
    from qa_desktop.errors import Cancelled
    from qa_desktop.progress import CancelToken

    db = folder.parent / "cancelled.sqlite"
    token = CancelToken()
    stored: list[str] = []

    def on_result(report: dict) -> None:
        if report.get("call_pk"):
            stored.append(report["file"])
            token.cancel()  # as Ctrl-C after the first stored call

    with pytest.raises(Cancelled):
        audit(folder, db, config, RayDispatcher(RayOptions(workers=2)), cancel=token, on_result=on_result)
    assert 1 <= len(stored_hashes(db)) < 3  # stopped early, what was stored stays
    again = audit(folder, db, config, RayDispatcher(RayOptions(workers=2)))
    assert again.skipped == len(stored) and again.succeeded == 3 - len(stored)
    assert content(db) == content(local["db"])


def test_cli_on_a_running_cluster_with_shared_path(folder: Path, local: dict, tmp_path: Path) -> None:
    import subprocess

    address = ray.get_runtime_context().gcs_address
    db = tmp_path / "cli.sqlite"
    env = {**os.environ, "QA_DESKTOP_HOME": str(tmp_path / "home"), "COLUMNS": "200"}
    run = subprocess.run([sys.executable, "-m", "qa_desktop", "audit", str(folder), "--db", str(db), "--engine", "ray",
                          "--address", address, "--shared-path", "--threads", "1", "--rules",
                          str(folder.parent / "pack.yaml")], check=False, capture_output=True, text=True, env=env,
                         timeout=600)
    assert run.returncode == 1, run.stderr  # the corrupt file failed, the rest stored
    assert "4 files: 3 succeeded, 1 failed" in run.stdout
    assert "00_corrupt.flac" in run.stdout + run.stderr
    assert content(db) == content(local["db"])


def test_cli_without_an_address_on_a_machine_running_a_cluster_says_to_pass_address_auto(
        folder: Path, tmp_path: Path) -> None:
    import subprocess

    env = {**os.environ, "QA_DESKTOP_HOME": str(tmp_path / "home"), "COLUMNS": "200",
           "RAY_ADDRESS": ray.get_runtime_context().gcs_address}  # as after `ray start --head` on this machine
    run = subprocess.run([sys.executable, "-m", "qa_desktop", "audit", str(folder), "--db", str(tmp_path / "x.sqlite"),
                          "--engine", "ray", "--threads", "1"], check=False, capture_output=True, text=True, env=env,
                         timeout=600)
    assert run.returncode == 2, run.stdout + run.stderr
    [line] = run.stderr.strip().splitlines()
    assert "already running" in line and "--address auto" in line and "Traceback" not in run.stderr


def test_cli_without_ray_says_how_to_install(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
                                             folder: Path, tmp_path: Path) -> None:
    from qa_desktop.cli import main

    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    code = main(["audit", str(folder), "--db", str(tmp_path / "x.sqlite"), "--engine", "ray"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.count("\n") == 0 and "pip install 'qa-desktop[cluster]'" in err
    assert not (tmp_path / "x.sqlite").exists()  # nothing started


def test_frozen_desktop_app_says_the_cluster_engine_needs_the_pip_package(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, folder: Path, tmp_path: Path) -> None:
    from qa_desktop.cli import main

    monkeypatch.setitem(sys.modules, "ray", None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # as PyInstaller's bundle sets it
    code = main(["audit", str(folder), "--db", str(tmp_path / "x.sqlite"), "--engine", "ray"])
    err = capsys.readouterr().err
    assert code == 2 and "desktop installer does not include the cluster engine" in err
