"""Two processes writing one database file at the same time (the GUI and a CLI audit), a third reading.

The writers open the file, say they are ready and wait for a go flag, so all
three really overlap: the reader must see the calls arrive (at least one state
with some but not all of them stored) and never a half-stored call.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from qa_desktop.storage import Database

N_CALLS = 40  # per writer

WRITER = """
import sys, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from test_storage_basic import StoredPack, make_call
from qa_desktop.storage import Database
db = Database.open({db!r})
offset = int(sys.argv[1])
Path(sys.argv[2]).touch()  # ready
while not Path({go!r}).exists():
    time.sleep(0.005)
for i in range(offset, offset + {n}):
    transcript, score = make_call(i, agent=f"W{{offset}}")
    db.save_call(transcript, score, StoredPack())
    db.enqueue([f"/x/{{i}}.wav"])
db.close()
"""


def test_two_processes_write_the_same_file_while_a_third_reads(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    Database.open(path).close()
    go = tmp_path / "go"
    script = WRITER.format(tests=str(Path(__file__).parent), db=str(path), go=str(go), n=N_CALLS)
    ready = [tmp_path / f"ready-{offset}" for offset in (0, 1000)]
    procs = [subprocess.Popen([sys.executable, "-c", script, str(offset), str(flag)], stderr=subprocess.PIPE,
                              text=True) for offset, flag in zip((0, 1000), ready)]
    seen: list[int] = []
    with Database.open(path) as reader:
        deadline = time.monotonic() + 120
        while not all(f.exists() for f in ready):
            assert time.monotonic() < deadline and all(p.poll() is None for p in procs), "a writer never got ready"
            time.sleep(0.01)
        go.touch()
        while any(p.poll() is None for p in procs):  # read for as long as anyone writes
            calls, with_utterances, summarised = reader.conn.execute(
                "SELECT count(*), (SELECT count(DISTINCT call_pk) FROM utterances),"
                " (SELECT count(*) FROM call_summary) FROM calls").fetchone()  # one read snapshot
            assert calls == with_utterances == summarised  # never a half-stored call
            seen.append(calls)
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    assert any(0 < n < 2 * N_CALLS for n in seen), f"the reader never saw the writers at work: {sorted(set(seen))}"
    assert seen == sorted(seen)  # calls only ever arrive
    with Database.open(path) as db:
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [(r.agent, r.n_calls) for r in db.agent_ranking()] == [("W0", N_CALLS), ("W1000", N_CALLS)]
        assert db.conn.execute("SELECT count(*) FROM utterances").fetchone()[0] == 4 * N_CALLS
        assert len(db.queue_items()) == 2 * N_CALLS
