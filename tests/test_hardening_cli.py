"""Bad input at the command line (issue #16 items 1, 8, 11): real files, real subprocesses, real SQLite.

Each probe is what a careless user or a hostile archive does: a GBK file name,
a read-only database, a typo in an option, a named pipe where a recording
should be. None may stop a batch, and each error names the file and the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "sample_calls"
SHORT_ZH = SAMPLES / "20260816_Z3006_900009.wav"  # 19 s each: the cheapest real calls
SHORT_EN = SAMPLES / "20260818_Y4004_900014.wav"
GBK_NAME = "20260816_Z3006_客服录音.wav".encode("gbk")  # what an archive from Chinese Windows unzips to
GBK_SHOWN = "20260816_Z3006_\\xbf\\xcd\\xb7\\xfe\\xc2\\xbc\\xd2\\xf4.wav"


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 600,
        **kw: object) -> subprocess.CompletedProcess[bytes]:
    """`qa-desktop ARGS` in a subprocess; output kept as bytes (the encoding is part of what is tested)."""
    return subprocess.run([sys.executable, "-m", "qa_desktop", *args], capture_output=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, **kw)


def text(done: subprocess.CompletedProcess[bytes]) -> str:
    return (done.stdout + done.stderr).decode("utf-8", "backslashreplace")


# -- item 1: GBK file names ------------------------------------------------------------------------

@pytest.fixture
def gbk_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "from_windows"
    folder.mkdir()
    shutil.copy(SHORT_ZH, os.path.join(os.fsencode(folder), GBK_NAME))
    shutil.copy(SHORT_EN, folder / "zz_after_it.wav")  # audited after the GBK one (sorted by name)
    return folder


def test_a_gbk_file_name_never_stops_an_audit_nor_its_reports(gbk_folder: Path, tmp_path: Path) -> None:
    db, report, table = tmp_path / "qa.sqlite", tmp_path / "a.json", tmp_path / "a.csv"
    (gbk_folder / "zzz[bold].wav").write_bytes(b"not audio")  # a name that is also terminal markup
    done = cli("audit", str(gbk_folder), "--db", str(db), "--json", str(report), "--csv", str(table))
    assert done.returncode == 1, text(done)
    assert "2 succeeded, 1 failed" in text(done)
    assert GBK_SHOWN in text(done)  # printed, escaped: the user sees which file it is
    assert f"{gbk_folder / 'zzz[bold].wav'}: not an audio file" in text(done)
    reports = json.loads(report.read_text(encoding="utf-8"))[:2]
    files = [r["file"] for r in reports]
    assert files == [str(gbk_folder / GBK_SHOWN), str(gbk_folder / "zz_after_it.wav")]
    assert reports[0]["agent"] == "Z3006" and reports[0]["score"] is not None
    assert GBK_SHOWN in table.read_text(encoding="utf-8-sig")
    with sqlite3.connect(db) as conn:
        stored = sorted(f for (f,) in conn.execute("SELECT file FROM calls"))
    assert stored == files
    # the stored name still finds the real file (the review screen plays it)
    from qa_desktop.names import fs_path

    assert fs_path(stored[0]).read_bytes() == SHORT_ZH.read_bytes()

    # a rerun skips both (it used to die at the same file every time), under a C locale and an ASCII terminal
    again = cli("audit", str(gbk_folder), "--db", str(db), env={"LANG": "C", "LC_ALL": "C",
                                                                  "PYTHONIOENCODING": "ascii"})
    assert again.returncode == 1, text(again)
    assert b"0 succeeded, 1 failed, 2 skipped" in again.stdout

    # and the exports of what was stored: CSV, XLSX, PDF
    xlsx, pdf = tmp_path / "calls.xlsx", tmp_path / "card.pdf"
    assert cli("export", "calls", "--db", str(db), "--xlsx", str(xlsx)).returncode == 0
    cells = [c.value for row in load_workbook(xlsx)["Calls"].iter_rows() for c in row]
    assert str(gbk_folder / GBK_SHOWN) in cells
    card = cli("export", "scorecard", "--agent", "Z3006", "--db", str(db), "--pdf", str(pdf))
    assert card.returncode == 0, text(card)
    assert "Z3006" in "".join(page.extract_text() for page in PdfReader(pdf).pages)


@pytest.mark.parametrize("env", [
    {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
    {"LANG": "C", "LC_ALL": "C"},
    {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "ascii"},
], ids=["utf8", "C", "ascii-terminal"])
def test_transcribe_json_with_a_gbk_file_name(gbk_folder: Path, tmp_path: Path, env: dict[str, str]) -> None:
    gbk = os.path.join(os.fsencode(gbk_folder), GBK_NAME)
    out = tmp_path / "t.json"
    done = subprocess.run([os.fsencode(sys.executable), b"-m", b"qa_desktop", b"transcribe", gbk, b"--json",
                           os.fsencode(out), b"--beam-size", b"1"], capture_output=True, timeout=600,
                          env={**os.environ, **env})
    assert done.returncode == 0, text(done)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["file"] == str(gbk_folder / GBK_SHOWN) and data["utterances"]
    assert GBK_SHOWN.encode() in done.stdout or b"\\xbf" in done.stdout


# -- item 8: a read-only database ------------------------------------------------------------------

def _without_root_override() -> dict[str, object]:
    """Root writes any file whatever its mode: as root, the probe runs without CAP_DAC_OVERRIDE (dropped
    from the bounding set, so it stays dropped across exec) and file permissions apply to it as to a user."""
    if os.geteuid() != 0:
        return {}
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)

    def drop() -> None:
        if libc.prctl(24, 1, 0, 0, 0) != 0:  # PR_CAPBSET_DROP, CAP_DAC_OVERRIDE
            raise OSError(ctypes.get_errno(), "cannot drop CAP_DAC_OVERRIDE")
    try:
        subprocess.run([sys.executable, "-c", "pass"], preexec_fn=drop, check=True)
    except (OSError, subprocess.SubprocessError):  # a sandbox without CAP_SETPCAP
        pytest.skip("root here cannot drop CAP_DAC_OVERRIDE, so no file is read-only to it")
    return {"preexec_fn": drop}


def test_a_read_only_database_is_refused_before_any_work(tmp_path: Path) -> None:
    db = tmp_path / "qa.sqlite"
    made = cli("export", "calls", "--db", str(db), "--csv", str(tmp_path / "x.csv"))  # creates and migrates it
    assert made.returncode == 0, text(made)
    db.chmod(0o444)
    calls = tmp_path / "calls"
    calls.mkdir()
    shutil.copy(SHORT_EN, calls / "call.wav")
    try:
        done = cli("audit", str(calls), "--db", str(db), "--json", str(tmp_path / "a.json"), timeout=300,
                   **_without_root_override())
    finally:
        db.chmod(0o644)
    out = text(done)
    assert done.returncode == 2, out
    assert f"error: {db}: the database is read-only" in out
    assert "Traceback" not in out and "auditing" not in out  # refused before transcribing anything
    assert not (tmp_path / "a.json").exists()


# -- item 11: options and special files ------------------------------------------------------------

def test_negative_threads_are_refused_as_an_option_not_blamed_on_the_model(tmp_path: Path) -> None:
    for command in (["transcribe", str(SHORT_EN)], ["audit", str(SHORT_EN), "--db", str(tmp_path / "d.sqlite")]):
        done = cli(*command, "--threads", "-5", timeout=120)
        assert done.returncode == 2
        assert "--threads: -5 threads: use 0 (automatic) or a positive number" in text(done)
        assert "damaged" not in text(done)
    assert not (tmp_path / "d.sqlite").exists()


def test_an_unknown_language_is_refused_at_start_with_the_valid_codes(tmp_path: Path) -> None:
    for command in (["transcribe", str(SHORT_EN)], ["audit", str(SHORT_EN), "--db", str(tmp_path / "d.sqlite")]):
        done = cli(*command, "--language", "xx", timeout=120)
        assert done.returncode == 2
        out = text(done)
        assert "'xx' is not a language Whisper knows; use auto or one of:" in out
        assert " en, " in out and " zh" in out
    assert not (tmp_path / "d.sqlite").exists()  # nothing was started


def test_a_fifo_is_reported_as_a_fifo_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "calls"
    folder.mkdir()
    os.mkfifo(folder / "pipe.wav")  # nobody writes to it: opening it for reading would block for ever
    shutil.copy(SHORT_EN, folder / "real.wav")
    report = tmp_path / "a.json"
    done = cli("audit", str(folder), str(folder / "pipe.wav"), "--db", str(tmp_path / "d.sqlite"),
               "--json", str(report), timeout=600)
    out = text(done)
    assert done.returncode == 1, out
    assert f"{folder / 'pipe.wav'}: is a named pipe (FIFO), not a recording file" in out
    assert "1 succeeded, 1 failed" in out
    assert [r["error"] is None for r in json.loads(report.read_text(encoding="utf-8"))].count(True) == 1
    single = cli("transcribe", str(folder / "pipe.wav"), timeout=300)
    assert single.returncode == 1
    assert "is a named pipe (FIFO), not a recording file" in text(single)


# -- item 6: workers die with their driver ---------------------------------------------------------

def _children(pid: int) -> list[int]:
    """Pool worker processes of `pid` (spawned Python processes), from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid and b"spawn_main" in cmdline:
            found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for a reaper holds no memory and counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _wait(condition, seconds: float) -> bool:  # noqa: ANN001 - a predicate
    """Poll `condition` until it holds (True) or `seconds` pass (False): waits for events, asserts nothing
    about speed."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killing_the_audit_driver_ends_its_workers(tmp_path: Path, sig: signal.Signals) -> None:
    folder = tmp_path / "calls"
    folder.mkdir()
    for i, src in enumerate((SHORT_ZH, SHORT_EN, SAMPLES / "20260815_Z3005_900008.wav")):
        shutil.copy(src, folder / f"call_{i}.wav")
    driver = subprocess.Popen([sys.executable, "-m", "qa_desktop", "audit", str(folder), "--workers", "2",
                               "--threads", "1", "--db", str(tmp_path / "d.sqlite")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        # both workers started and holding a loaded model (what a leaked worker costs)
        assert _wait(lambda: len(_children(driver.pid)) == 2, 180), "the pool never started"
        workers = _children(driver.pid)
        assert _wait(lambda: all(_rss_mb(w) > 150 for w in workers), 300), [_rss_mb(w) for w in workers]
        driver.send_signal(sig)
        driver.wait(timeout=60)
        assert _wait(lambda: not any(_alive(w) for w in workers), 60), \
            f"workers {[w for w in workers if _alive(w)]} outlived their driver"
    finally:
        if driver.poll() is None:
            driver.kill()
            driver.wait()
        for w in workers:  # never leave a leaked worker behind, whatever the test said
            if _alive(w):
                os.kill(w, signal.SIGKILL)


def test_the_portable_watcher_alone_ends_an_orphaned_worker(tmp_path: Path) -> None:
    """macOS and Windows have no PR_SET_PDEATHSIG: the watcher thread must do it by itself."""
    pid_file = tmp_path / "grandchild.pid"
    child = ("import os, sys, time\n"
             "from qa_desktop.audit.parent_watch import die_with_parent\n"
             "die_with_parent(os.getppid(), kernel_signal=False)\n"
             f"open({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
             "time.sleep(600)\n")
    parent = subprocess.Popen([sys.executable, "-c",
                               "import subprocess, sys, time\n"
                               f"subprocess.Popen([sys.executable, '-c', {child!r}])\n"
                               "time.sleep(600)\n"])
    try:
        assert _wait(lambda: pid_file.exists() and pid_file.read_text().strip(), 60)
        worker = int(pid_file.read_text())
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        assert _wait(lambda: not _alive(worker), 30), "the orphan outlived its parent"
    finally:
        if parent.poll() is None:
            parent.kill()
        if pid_file.exists() and pid_file.read_text().strip() and _alive(int(pid_file.read_text())):
            os.kill(int(pid_file.read_text()), signal.SIGKILL)
