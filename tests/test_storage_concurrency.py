"""Two processes writing one database file at the same time (the GUI and a CLI audit)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from qa_desktop.storage import Database

WRITER = """
import sys
sys.path.insert(0, {tests!r})
from test_storage_basic import StoredPack, make_call
from qa_desktop.storage import Database
db = Database.open({db!r})
offset = int(sys.argv[1])
for i in range(offset, offset + 40):
    transcript, score = make_call(i, agent=f"W{{offset}}")
    db.save_call(transcript, score, StoredPack())
    db.enqueue([f"/x/{{i}}.wav"])
db.close()
"""


def test_two_processes_write_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    Database.open(path).close()
    script = WRITER.format(tests=str(Path(__file__).parent), db=str(path))
    procs = [subprocess.Popen([sys.executable, "-c", script, str(offset)], stderr=subprocess.PIPE, text=True)
             for offset in (0, 1000)]
    with Database.open(path) as reader:  # a reader meanwhile never sees a half-stored call
        for _ in range(20):
            counts = reader.conn.execute(
                "SELECT count(*), (SELECT count(DISTINCT call_pk) FROM utterances),"
                " (SELECT count(*) FROM call_summary) FROM calls").fetchone()
            assert counts[0] == counts[1] == counts[2]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    with Database.open(path) as db:
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [(r.agent, r.n_calls) for r in db.agent_ranking()] == [("W0", 40), ("W1000", 40)]
        assert db.conn.execute("SELECT count(*) FROM utterances").fetchone()[0] == 160
        assert len(db.queue_items()) == 80
