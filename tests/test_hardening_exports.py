"""What a manifest or a file name carries must not leak into, or break, an export (issue #16 items 3, 5, 9, 10).

Real SQLite files, real workbooks read back with openpyxl, real PDFs read back
with pypdf, real CSV files; the full disk is a real write failure (the file
size limit, RLIMIT_FSIZE, makes the kernel refuse the write with EFBIG).
"""

from __future__ import annotations

import csv
import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from qa_desktop.audit.manifest import Manifest, ManifestError
from qa_desktop.audit.reports import write_csv as write_audit_csv
from qa_desktop.domain import CallMeta, call_report
from qa_desktop.errors import QAError
from qa_desktop.export import build_scorecard, write_scorecard_pdf, write_scorecard_xlsx
from qa_desktop.export.masking import mask_data
from qa_desktop.export.tables import CALL_COLUMNS, RULE_COLUMNS, call_rows, rule_rows, write_xlsx
from qa_desktop.storage import Database
from test_storage_basic import StoredPack, make_call

HOSTILE = {"agent": '=HYPERLINK("http://evil.example/x","click me")', "team": "=1+1"}
HOSTILE_2 = {"agent": "+1+2", "team": "@SUM(1)"}
PHONE_FILE = "/calls/20260815_Z3005_15800314476.wav"  # a PBX that names files by the caller's number
SPLIT_NUMBERS = "我的号码 one three eight 1234 5678，也就是 138 1234 and then 5678，单号 138_1234_5678"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qa_desktop", *args], capture_output=True, text=True, timeout=300)


def _db(tmp_path: Path) -> Path:
    path = tmp_path / "qa.sqlite"
    with Database.open(path) as db:
        for i, who in enumerate((HOSTILE, HOSTILE_2)):
            transcript, machine = make_call(i, agent=who["agent"], team=who["team"], day=f"2026-08-1{i}",
                                            critical_fail=True)
            db.save_call(transcript, machine, StoredPack())
        transcript, machine = make_call(5, agent="Z3005", team="华东一组", day="2026-08-15", text=SPLIT_NUMBERS,
                                        critical_fail=True, score=10.0)
        transcript.file = PHONE_FILE
        transcript.meta = CallMeta(call_id="15800314476", agent="Z3005", team="华东一组", date="2026-08-15")
        db.save_call(transcript, machine, StoredPack())
    return path


def _cells(path: Path) -> list:
    return [c for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row]


# -- item 3: formula injection ---------------------------------------------------------------------

def test_manifest_names_are_text_in_every_workbook_and_csv(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = {name: tmp_path / name for name in ("calls.xlsx", "calls.csv", "rules.csv", "agent.xlsx", "team.xlsx")}
    done = cli("export", "calls", "--db", str(db), "--xlsx", str(out["calls.xlsx"]), "--csv", str(out["calls.csv"]),
               "--rules-csv", str(out["rules.csv"]))
    assert done.returncode == 0, done.stderr
    assert cli("export", "scorecard", "--db", str(db), "--agent", HOSTILE["agent"],
               "--xlsx", str(out["agent.xlsx"])).returncode == 0
    assert cli("export", "scorecard", "--db", str(db), "--team", "=1+1", "--xlsx", str(out["team.xlsx"])).returncode == 0

    for book in ("calls.xlsx", "agent.xlsx", "team.xlsx"):
        cells = _cells(out[book])
        assert not [c.coordinate for c in cells if c.data_type == "f"], book  # no live formula anywhere
        values = {c.value for c in cells}
        assert HOSTILE["agent"] in values or "=1+1" in values, book  # the names themselves, as text
    assert {HOSTILE["agent"], "=1+1", "+1+2", "@SUM(1)"} <= {c.value for c in _cells(out["calls.xlsx"])}

    for table in ("calls.csv", "rules.csv"):
        rows = list(csv.DictReader(out[table].read_text(encoding="utf-8-sig").splitlines()))
        agents = {r["agent"] for r in rows}
        assert {"'" + HOSTILE["agent"], "'+1+2", "Z3005"} <= agents, table
        assert {"'=1+1", "'@SUM(1)"} <= {r["team"] for r in rows}, table
        assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values() if v), table


def test_the_audit_csv_neutralises_formulas_too(tmp_path: Path) -> None:
    reports = [{"file": "/x/a.wav", "agent": "=1+1", "team": "-2+3", "call_id": "@x", "error": "\tTAB",
                "results": [], "score": -5.0}]
    out = tmp_path / "audit.csv"
    write_audit_csv(reports, out)
    row = next(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert (row["agent"], row["team"], row["call_id"], row["error"]) == ("'=1+1", "'-2+3", "'@x", "'\tTAB")
    assert row["score"] == "-5.0"  # numbers stay numbers


# -- item 5: --mask leaks --------------------------------------------------------------------------

LEAKS = ("15800314476", "5800314", "138 1234", "138_1234", "one three eight", "0031")


def test_mask_hides_identifiers_derived_from_a_phone_file_name_everywhere(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = {n: tmp_path / n for n in ("c.csv", "r.csv", "c.xlsx", "card.pdf", "card.xlsx")}
    assert cli("export", "calls", "--db", str(db), "--mask", "--csv", str(out["c.csv"]), "--rules-csv",
               str(out["r.csv"]), "--xlsx", str(out["c.xlsx"])).returncode == 0
    card = cli("export", "scorecard", "--db", str(db), "--agent", "Z3005", "--mask", "--pdf", str(out["card.pdf"]),
               "--xlsx", str(out["card.xlsx"]))
    assert card.returncode == 0, card.stderr
    texts = {
        "c.csv": out["c.csv"].read_text(encoding="utf-8-sig"),
        "r.csv": out["r.csv"].read_text(encoding="utf-8-sig"),
        "c.xlsx": " ".join(str(c.value) for c in _cells(out["c.xlsx"])),
        "card.xlsx": " ".join(str(c.value) for c in _cells(out["card.xlsx"])),
        "card.pdf": " ".join(p.extract_text() for p in PdfReader(out["card.pdf"]).pages),
    }
    with Database.open(db) as database:
        pk = database.conn.execute("SELECT id FROM calls WHERE call_id = '15800314476'").fetchone()[0]
        call = database.load_call(pk)
        texts["json"] = json.dumps(mask_data(call_report(call.transcript, call.effective)), ensure_ascii=False)
    for name, text in texts.items():
        assert "4476" in text, name  # still tells calls apart
        for leak in LEAKS:
            assert leak not in text, (name, leak)
    assert "*******4476" in texts["json"] and "5678" in texts["r.csv"]


@pytest.mark.parametrize("said, visible", [
    ("one three eight 1234 5678", "5678"),
    ("138 1234 and then 5678", "5678"),
    ("138_1234_5678", "5678"),
    ("我的手机 138，1234，然后 5678", "5678"),
])
def test_numbers_split_or_mixed_with_words_keep_only_their_last_four_digits(said: str, visible: str) -> None:
    from qa_desktop.export.masking import mask_text

    masked = mask_text(said)
    digits = [c for c in masked if c.isdigit()]
    assert "".join(digits) == visible, masked
    assert "one" not in masked and "three" not in masked


# -- item 9: atomic exports ------------------------------------------------------------------------

class _FullDisk:
    """Files past `limit` bytes cannot be written (EFBIG, as ENOSPC on a full disk), in this process."""

    def __init__(self, limit: int = 2048) -> None:
        self.limit = limit

    def __enter__(self) -> None:
        self.old = resource.getrlimit(resource.RLIMIT_FSIZE)
        self.handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write error, not a kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (self.limit, self.old[1]))

    def __exit__(self, *exc: object) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, self.old)
        signal.signal(signal.SIGXFSZ, self.handler)


@pytest.mark.parametrize("kind", ["calls.xlsx", "scorecard.xlsx", "scorecard.pdf"])
def test_a_failed_export_leaves_the_older_good_file_whole(tmp_path: Path, kind: str) -> None:
    with Database.open(_db(tmp_path)) as db:
        sheets = {"Calls": (CALL_COLUMNS, call_rows(db)), "Rule results": (RULE_COLUMNS, rule_rows(db))}
        card = build_scorecard(db, agent="Z3005")
    target = tmp_path / "out" / kind
    target.parent.mkdir()

    def write() -> None:
        if kind == "calls.xlsx":
            write_xlsx(target, sheets)
        elif kind == "scorecard.xlsx":
            write_scorecard_xlsx(card, target)
        else:
            write_scorecard_pdf(card, target)

    write()
    good = target.read_bytes()
    assert len(good) > 2048
    with _FullDisk(2048), pytest.raises(QAError) as failed:
        write()
    assert str(target) in str(failed.value) and "cannot write" in str(failed.value)
    assert target.read_bytes() == good  # the older export is untouched
    assert sorted(p.name for p in target.parent.iterdir()) == [kind]  # and no half-written file beside it


# -- item 10: manifests ----------------------------------------------------------------------------

def test_same_named_recordings_in_two_folders_get_their_own_rows(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("file,agent,team\nnorth\\0001.wav,N1,North\nsouth/0001.wav,S1,South\n", encoding="utf-8")
    manifest = Manifest.load(path)
    assert manifest.apply(CallMeta(), "/data/calls/North/0001.wav").agent == "N1"
    assert manifest.apply(CallMeta(), "/data/calls/south/0001.wav").agent == "S1"
    assert manifest.warnings == []
    # a third folder: the paths cannot tell, so neither row is used, and the user is told
    assert manifest.apply(CallMeta(agent="from name"), "/data/east/0001.wav").agent == "from name"
    assert manifest.warnings and "/data/east/0001.wav: 2 rows of the manifest" in manifest.warnings[0]


def test_rows_with_only_a_base_name_that_repeats_are_ambiguous(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("file,agent\n0001.wav,A\n0001.wav,B\n0002.wav,C\n", encoding="utf-8")
    manifest = Manifest.load(path)
    assert manifest.lookup("/x/0001.wav") is None and len(manifest.warnings) == 1
    assert manifest.apply(CallMeta(), "/x/0002.wav").agent == "C"


def test_a_manifest_with_old_mac_line_endings_loads(tmp_path: Path) -> None:
    path = tmp_path / "cr.csv"
    path.write_bytes(b"call_id,agent\r900014,Y4004\r900013,Y4003\r")
    manifest = Manifest.load(path)
    assert manifest.apply(CallMeta(), "20260818_Y4004_900014.wav").agent == "Y4004"
    assert manifest.apply(CallMeta(), "20260818_Y4003_900013.wav").agent == "Y4003"


def test_binary_and_oversized_manifests_are_refused_naming_the_file(tmp_path: Path) -> None:
    binary = tmp_path / "export.csv"
    binary.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)  # an .xlsx renamed .csv
    with pytest.raises(ManifestError, match="not a CSV text file") as e:
        Manifest.load(binary)
    assert str(binary) in str(e.value)
    huge = tmp_path / "huge.csv"
    with open(huge, "wb") as fh:
        fh.write(b"call_id,agent\n")
        fh.truncate(300 * 1024 * 1024)  # sparse: no disk used
    with pytest.raises(ManifestError, match="MB") as e:
        Manifest.load(huge)
    assert str(huge) in str(e.value)
    one_field = tmp_path / "one.csv"
    one_field.write_text("call_id,agent\n" + '"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(ManifestError, match="not a readable CSV"):
        Manifest.load(one_field)
    # and at the command line: one line naming the file, before any work
    done = cli("audit", str(tmp_path), "--manifest", str(binary), "--db", str(tmp_path / "d.sqlite"))
    assert done.returncode == 2
    assert f"error: {binary}: not a CSV text file" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "d.sqlite").exists()
    os.unlink(huge)
