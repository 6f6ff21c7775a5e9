"""Batch audit end to end: the real CLI, the real Whisper model, real files, a real database.

Kept cheap: two short sample calls (19 s and 20 s) are transcribed by the
first batch; every later check reuses that database or only skips, fails or
resumes. The batches score with a snapshot of the shipped pack taken at the
start, so an edit of rules/ while the tests run cannot make two runs differ;
the last test checks the per-language default packs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_CALLS

pytestmark = pytest.mark.slow

GOOD = ["20260816_Z3006_900009.wav", "20260818_Y4004_900014.wav"]


def cli(*args: str, env_home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QA_DESKTOP_HOME": str(env_home), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "qa_desktop", *args], capture_output=True, text=True, env=env,
                          timeout=900)


def content(db_path: Path) -> dict[str, dict]:
    """What a batch stored, by recording hash: everything but row ids, paths and timestamps."""
    conn = sqlite3.connect(str(db_path))
    out = {}
    for pk, digest, agent, team, day, duration, language, layout in conn.execute(
            "SELECT id, content_hash, agent, team, date, duration, language, layout FROM calls"):
        utterances = conn.execute('SELECT speaker, start, "end", text FROM utterances WHERE call_pk = ? ORDER BY idx',
                                  (pk,)).fetchall()
        scores = conn.execute("SELECT s.machine_score, s.score, s.category FROM scores s WHERE s.call_pk = ?",
                              (pk,)).fetchall()
        results = conn.execute("SELECT r.rule, r.status, r.points, r.evidence FROM rule_results r JOIN scores s"
                               " ON s.id = r.score_id WHERE s.call_pk = ? ORDER BY r.rule", (pk,)).fetchall()
        out[digest] = {"meta": (agent, team, day, duration, language, layout), "utterances": utterances,
                       "scores": scores, "results": results}
    conn.close()
    return out


def copy_database(src: Path, dest: Path) -> Path:
    source, target = sqlite3.connect(str(src)), sqlite3.connect(str(dest))
    source.backup(target)
    source.close()
    target.close()
    return dest


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("batch")
    folder = root / "recordings"
    (folder / "day2").mkdir(parents=True)
    for name in GOOD:
        shutil.copy(SAMPLE_CALLS / name, folder / name)
    shutil.copy(SAMPLE_CALLS / GOOD[0], folder / "day2" / "copy_of_900009.wav")  # duplicate recording
    (folder / "day2" / "empty.wav").write_bytes(b"")
    (folder / "day2" / "corrupt.flac").write_bytes((SAMPLE_CALLS / "20260812_Z3002_900002.flac").read_bytes()[:300])
    (folder / "notes.mp3").write_text("this is a meeting note, not a recording", encoding="utf-8")
    (folder / "readme.txt").write_text("not audio and not named like audio", encoding="utf-8")
    manifest = root / "pbx.csv"
    manifest.write_bytes("通话ID,坐席工号,班组,通话时间\r\n900009,Z3006,华南二组,2026/8/16 09:00\r\n".encode("gbk"))
    pack = root / "pack.yaml"
    shutil.copy(ROOT / "rules" / "zh-ecommerce.yaml", pack)
    db = root / "qa.sqlite"
    run = cli("audit", str(folder), "--db", str(db), "--manifest", str(manifest), "--json", str(root / "out.json"),
              "--csv", str(root / "out.csv"), "--rules", str(pack), env_home=root / "home")
    return {"root": root, "folder": folder, "db": db, "run": run, "pack": pack,
            "reports": json.loads((root / "out.json").read_text(encoding="utf-8"))}


def test_batch_counts_and_exit_code(batch: dict) -> None:
    run = batch["run"]
    assert "6 files: 2 succeeded, 3 failed, 1 skipped" in run.stdout, run.stdout + run.stderr
    assert run.returncode == 1  # some files failed


def test_every_good_file_stored_once_every_bad_one_reported(batch: dict) -> None:
    reports = {Path(r["file"]).name: r for r in batch["reports"]}
    assert set(reports) == {*GOOD, "copy_of_900009.wav", "empty.wav", "corrupt.flac", "notes.mp3"}
    for name in ("empty.wav", "corrupt.flac", "notes.mp3"):
        assert name in reports[name]["error"] and reports[name]["score"] is None
    assert "empty" in reports["empty.wav"]["error"]
    assert reports["copy_of_900009.wav"]["skipped"].startswith("same recording as")
    assert reports["copy_of_900009.wav"]["error"] is None
    for name in GOOD:
        r = reports[name]
        assert r["error"] is None and r["skipped"] is None and 0 <= r["score"] <= 100 and r["results"]
    assert reports[GOOD[0]]["team"] == "华南二组" and reports[GOOD[0]]["date"] == "2026-08-16"  # from the manifest
    conn = sqlite3.connect(str(batch["db"]))
    files = sorted(Path(f).name for (f,) in conn.execute("SELECT file FROM calls"))
    assert files == sorted(GOOD)
    assert conn.execute("SELECT count(*) FROM scores").fetchone()[0] == 2
    assert conn.execute("SELECT team FROM calls WHERE call_id = '900009'").fetchone()[0] == "华南二组"
    conn.close()
    csv_text = (batch["root"] / "out.csv").read_text(encoding="utf-8-sig")
    assert csv_text.count("\nfailed") + csv_text.count(",failed,") >= 3


def test_second_run_skips_everything_stored(batch: dict) -> None:
    before = content(batch["db"])
    run = cli("audit", str(batch["folder"]), "--db", str(batch["db"]), "--json", str(batch["root"] / "again.json"),
              "--rules", str(batch["pack"]), env_home=batch["root"] / "home")
    assert "6 files: 0 succeeded, 3 failed, 3 skipped" in run.stdout, run.stdout + run.stderr
    assert content(batch["db"]) == before
    again = {Path(r["file"]).name: r for r in json.loads((batch["root"] / "again.json").read_text("utf-8"))}
    assert again[GOOD[1]]["skipped"].startswith("already stored") and again[GOOD[1]]["score"] is not None


def test_a_manifest_given_on_a_rerun_updates_the_calls_stored_before(batch: dict, tmp_path: Path) -> None:
    from qa_desktop.audit import AuditConfig, Manifest, run_audit
    from qa_desktop.storage import Database

    db = copy_database(batch["db"], tmp_path / "copy.sqlite")
    manifest = tmp_path / "crm.csv"
    manifest.write_text("call_id,agent,team,date\n900014,Y4004,北美一组,2026-08-19\n", encoding="utf-8")
    run = cli("audit", str(batch["folder"]), "--db", str(db), "--rules", str(batch["pack"]), "--manifest",
              str(manifest), env_home=tmp_path / "home")
    assert "6 files: 0 succeeded, 3 failed, 3 skipped" in run.stdout, run.stdout + run.stderr
    assert "manifest metadata updated on 1 stored call\n" in run.stdout  # one call, not "1 calls"
    assert re.search(rf"updated {GOOD[1]}: team, date\s+from the manifest", run.stdout), run.stdout
    conn = sqlite3.connect(str(db))
    assert conn.execute("SELECT team, date FROM calls WHERE call_id = '900014'").fetchone() == ("北美一组", "2026-08-19")
    assert conn.execute("SELECT s.team, s.date FROM call_summary s JOIN calls c ON c.id = s.call_pk"
                        " WHERE c.call_id = '900014'").fetchone() == ("北美一组", "2026-08-19")
    logged = conn.execute("SELECT actor, subject, new, detail FROM audit_log WHERE action = 'metadata'").fetchall()
    assert sorted(logged) == [("manifest", "date", "2026-08-19", str(manifest)),
                              ("manifest", "team", "北美一组", str(manifest))]
    conn.close()
    with Database.open(db) as database:  # the same manifest again: nothing left to change, nothing logged
        summary = run_audit([batch["folder"]], database, AuditConfig(rules=str(batch["pack"])),
                            manifest=Manifest.load(manifest))
        assert (summary.skipped, summary.meta_updated) == (3, 0)
        assert len([e for e in database.audit_log() if e["action"] == "metadata"]) == 2


NUMBER_PACK = r"""name: test-en
language: en
version: "1"
sections:
  - id: handling
    title: Handling
rules:
  - id: number_read_out
    title: The caller read out a number
    section: handling
    points: 10
    speaker: customer
    regex: ['\d{3,}']
"""


def test_mask_hides_numbers_quoted_in_the_reports(tmp_path: Path) -> None:
    call = SAMPLE_CALLS / "20260814_Y4001_900005.flac"  # the caller reads out order number 8125
    pack = tmp_path / "numbers.yaml"
    pack.write_text(NUMBER_PACK, encoding="utf-8")
    out = tmp_path / "out.json"
    run = cli("audit", str(call), "--db", str(tmp_path / "qa.sqlite"), "--rules", str(pack), "--json", str(out),
              "--csv", str(tmp_path / "out.csv"), "--mask", env_home=tmp_path / "home")
    assert run.returncode == 0, run.stdout + run.stderr
    [report] = json.loads(out.read_text(encoding="utf-8"))
    [evidence] = report["results"][0]["evidence"]
    assert report["results"][0]["status"] == "pass"  # found on the real text
    assert "*" in evidence["text"] and not re.search(r"\d{3}", evidence["text"] + evidence["span"]), evidence
    assert not re.search(r"8\W?1\W?2\W?5", out.read_text(encoding="utf-8"))
    assert report["file"] == str(call) and report["call_id"] == "900005"  # identifiers kept


def test_killed_batch_resumes_to_the_same_database(batch: dict, tmp_path: Path) -> None:
    folder = tmp_path / "recordings"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(SAMPLE_CALLS / name, folder / name)
    db = tmp_path / "killed.sqlite"
    env = {**os.environ, "QA_DESKTOP_HOME": str(tmp_path / "home"), "PYTHONUNBUFFERED": "1"}
    manifest = batch["root"] / "pbx.csv"
    args = [sys.executable, "-m", "qa_desktop", "audit", str(folder), "--db", str(db), "--manifest", str(manifest),
            "--rules", str(batch["pack"])]
    output = tmp_path / "killed.log"
    with open(output, "wb") as log:
        proc = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
    # the CLI prints "stored FILE" once a call's transaction has committed: kill right after the first
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and proc.poll() is None and b"stored " not in output.read_bytes():
        time.sleep(0.05)
    assert proc.poll() is None, (f"the batch finished (exit {proc.returncode}) before it could be"
                                 f" killed: {output.read_text(errors='replace')[-2000:]}")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(str(db))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n_calls = conn.execute("SELECT count(*) FROM calls").fetchone()[0]
    assert 1 <= n_calls < len(GOOD)  # killed mid-batch, not before or after it
    assert n_calls == conn.execute("SELECT count(*) FROM call_summary WHERE score IS NOT NULL").fetchone()[0]
    assert n_calls == conn.execute("SELECT count(DISTINCT call_pk) FROM utterances").fetchone()[0]
    conn.close()
    rerun = subprocess.run(args, env=env, capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert f"{n_calls} skipped" in rerun.stdout
    resumed, uninterrupted = content(db), content(batch["db"])
    assert resumed.keys() == uninterrupted.keys()
    for digest in resumed:  # as if it had never been interrupted
        for part in ("meta", "utterances", "scores", "results"):
            assert resumed[digest][part] == uninterrupted[digest][part], (digest, part)


def test_worker_pool_reports_bad_files_and_skips_stored_ones(batch: dict) -> None:
    from qa_desktop.audit import AuditConfig, run_audit
    from qa_desktop.storage import Database

    seen = []
    with Database.open(batch["db"]) as db:
        summary = run_audit([batch["folder"]], db, AuditConfig(rules=str(batch["pack"])), workers=2,
                            on_result=seen.append)
    assert (summary.succeeded, summary.failed, summary.skipped) == (0, 3, 3)
    assert sorted(Path(r["file"]).name for r in seen if r["error"]) == ["corrupt.flac", "empty.wav", "notes.mp3"]


def test_progress_shows_the_scan_of_every_file_before_the_audit(batch: dict) -> None:
    from qa_desktop.audit import AuditConfig, run_audit
    from qa_desktop.cli.audit import bar_fields
    from qa_desktop.storage import Database

    shown: list[tuple[str, dict]] = []
    with Database.open(batch["db"]) as db:
        run_audit([batch["folder"]], db, AuditConfig(rules=str(batch["pack"])),
                  progress=lambda p: shown.append((p.phase, bar_fields(p))))
    scan = [fields for phase, fields in shown if phase == "scan"]
    assert {f["description"] for f in scan} == {"scanning 6 files"}
    assert sorted({f["completed"] for f in scan}) == [1, 2, 3, 4, 5, 6]  # one step per file hashed and probed
    assert scan[-1]["hours"] != "0.00 h audio found"
    phases = [phase for phase, _ in shown]
    assert phases == ["scan"] * phases.count("scan") + ["audit"] * phases.count("audit")  # scan first, then audit
    assert shown[-1][1]["description"] == "auditing" and shown[-1][1]["left"] == "done"


def test_time_left_comes_from_the_audit_rate_not_from_files_skipped_in_no_time() -> None:
    from qa_desktop.audit import BatchProgress

    # 100 s of audio: 50 s skipped during a 10 s scan, then 10 s audited in 20 s: 40 s to go at 0.5x
    p = BatchProgress(files_done=3, files_total=5, audio_done=60, audio_total=100, elapsed=30, phase="audit",
                      audio_scanned_off=50, scan_seconds=10)
    assert p.seconds_left == 80
    assert BatchProgress(0, 5, 50, 100, 10, phase="scan", audio_scanned_off=50).seconds_left is None


def test_other_rule_packs_score_stored_transcripts_without_transcribing(batch: dict, tmp_path: Path) -> None:
    from test_storage_verdicts import write_pack

    db = copy_database(batch["db"], tmp_path / "copy.sqlite")
    pack = write_pack(tmp_path)
    run = cli("audit", str(batch["folder"]), "--db", str(db), "--rules", str(pack), "--json",
              str(tmp_path / "o.json"), env_home=tmp_path / "home")
    assert "6 files: 2 succeeded, 3 failed, 1 skipped" in run.stdout, run.stdout + run.stderr
    reports = [r for r in json.loads((tmp_path / "o.json").read_text("utf-8")) if r["score"] is not None]
    assert {r["pack"] for r in reports} == {"test-zh"} and len(reports) == 2
    conn = sqlite3.connect(str(db))
    assert conn.execute("SELECT count(*) FROM scores").fetchone()[0] == 4  # both packs' scores kept
    assert conn.execute("SELECT count(*) FROM calls").fetchone()[0] == 2
    conn.close()
    before = content(db)
    again = cli("audit", str(batch["folder"]), "--db", str(db), "--rules", str(pack), env_home=tmp_path / "home")
    assert "0 succeeded, 3 failed, 3 skipped" in again.stdout
    assert content(db) == before
    # no --rules: each call gets the shipped pack for the language it was heard in
    default = cli("audit", str(batch["folder"]), "--db", str(db), "--json", str(tmp_path / "d.json"),
                  env_home=tmp_path / "home")
    # the zh call was scored with a snapshot of the same shipped pack: skipped (unless rules/ was edited since)
    assert re.search(r"6 files: [12] succeeded, 3 failed, [12] skipped", default.stdout), default.stdout
    packs = {Path(r["file"]).name: (r["language"], r["pack"])
             for r in json.loads((tmp_path / "d.json").read_text("utf-8")) if r["score"] is not None}
    assert packs == {GOOD[0]: ("zh", "zh-ecommerce"), GOOD[1]: ("en", "en-retail")}


def test_the_last_lines_say_which_pack_where_everything_went_and_how_each_agent_did(batch: dict) -> None:
    lines = batch["run"].stdout.rstrip().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Rule pack"))
    root = batch["root"]
    assert lines[start] == "Rule pack: zh-ecommerce 1.1 (2 calls)"  # the two stored calls; failures scored nothing
    assert lines[start + 1] == f"Database: {batch['db'].resolve()}"
    assert lines[start + 2] == f"Reports: JSON {(root / 'out.json').resolve()}, CSV {(root / 'out.csv').resolve()}"
    assert lines[start + 3].split() == ["Agent", "Calls", "Average", "score", "Critical", "failures"]
    rows = {row.split()[0]: row.split()[1:] for row in lines[start + 4:]}
    assert set(rows) == {"Z3006", "Y4004"} and all(r[0] == "1" for r in rows.values())
    scores = {r["agent"]: r["score"] for r in batch["reports"] if r.get("score") is not None}
    assert {a: float(r[1]) for a, r in rows.items()} == {a: round(s, 1) for a, s in scores.items()}
