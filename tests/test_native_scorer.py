"""The scorer the installers ship, compiled to C by mypyc (packaging/native.py), gives every verdict the
Python scorer gives: every field of every result, on the sample calls (stereo, mono, misheard, keyword-only
packs), mono calls told apart by voice, learned examples and about 2,800 held-out lines
(tests/native_corpus.py).

Why: the other tests run the Python scorer. mypyc compiles the same source but checks annotations at run
time and keeps a field annotated float as a float (a section with nothing scored stored 0.0 compiled and
0 as Python before scorecard.py summed from 0.0); a difference shows here, not in an inspector's bundle.
"""

from __future__ import annotations

import inspect
import json
import os
import shutil
import subprocess
import sys
from dataclasses import MISSING, fields
from pathlib import Path

import pytest

from qa_desktop.domain import Evidence, RuleResult
from qa_desktop.scoring.haystack import Searchable
from qa_desktop.scoring.matchers import Hit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from native import MODULES, compile_scorer  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "native_corpus.py"


def _start(code: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(code)}
    return subprocess.Popen([sys.executable, str(CORPUS)], env=env, cwd=code, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")


def _lines(run: subprocess.Popen) -> list[str]:
    out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err[-3000:]
    return out.splitlines()


def _fields_apart(a: object, b: object, path: str = "") -> list[str]:
    if type(a) is not type(b):
        return [f"{path}: {a!r} / {b!r}"]
    if isinstance(a, dict):
        return [p for k in a.keys() | b.keys() for p in _fields_apart(a.get(k), b.get(k), f"{path}/{k}")]
    if isinstance(a, list) and len(a) == len(b):
        return [p for k, (x, y) in enumerate(zip(a, b)) for p in _fields_apart(x, y, f"{path}[{k}]")]
    return [] if a == b else [f"{path}: {a!r} / {b!r}"]


@pytest.mark.skipif(not any(shutil.which(c) for c in ("cc", "gcc", "clang", "cl")),
                    reason="no C compiler here (.ci/run installs gcc)")
def test_the_compiled_scorer_gives_every_verdict_of_the_python_scorer(tmp_path):
    code = compile_scorer(tmp_path / "native")
    runs = _start(ROOT), _start(code)  # (both at once: two cores)
    python, native = (_lines(r) for r in runs)
    assert json.loads(python[0])["compiled"] == dict.fromkeys(MODULES, False)
    assert json.loads(native[0])["compiled"] == dict.fromkeys(MODULES, True)
    assert len(native) == len(python) > 2800
    apart = [(json.loads(a), json.loads(b)) for a, b in zip(python[1:], native[1:]) if a != b]
    assert not apart, (f"{len(apart)} of {len(python) - 1} calls scored differently; first "
                       f"{apart[0][0]['call']}: {_fields_apart(*apart[0])[:5]}")


@pytest.mark.parametrize("cls", [Hit, Searchable, Evidence, RuleResult])
def test_a_hand_written_constructor_takes_every_field_as_the_dataclass_would(cls) -> None:
    """The records scoring makes by the thousand spell out their __init__, which mypyc compiles (it runs the
    one dataclass writes as Python); a field added without it would be missing from every instance."""
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [p.name for p in params] == [f.name for f in fields(cls)]
    required = {f.name: 0 for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING}
    made = cls(**required)
    for p, f in zip(params, fields(cls)):
        if f.default is not MISSING:
            assert p.default == f.default and getattr(made, f.name) == f.default, f.name
        elif f.default_factory is not MISSING:  # (None stands for a fresh one, never shared between records)
            assert p.default is None and getattr(made, f.name) == f.default_factory(), f.name
            assert getattr(made, f.name) is not getattr(cls(**required), f.name), f.name
        else:
            assert p.default is inspect.Parameter.empty, f.name
