"""The scorer compiled to C with mypyc: the form the installers ship.

Why: scoring must keep up with at least 1,000 five-minute calls per second on one core
(issue #13). As Python a Mandarin mono call falls short of that (935 in stop 35's bench);
compiled, the same code runs 1.15-1.3 times faster (bench/score.py measures both in one run). Only the
modules a call is scored by are compiled; the UI, storage, audio and transcription stay
Python, as does messages.py (it appends its catalogue to its own docstring, which a
compiled module does not have).

Source installs (`pip install -e .`, the tests) stay pure Python, so an edited .py always
takes effect: an extension module beside its source would shadow it. The bundle
(packaging/build.py), the benchmark and the equivalence test build a compiled copy of
the package in a folder of their own with `compile_scorer`.

Needs mypy (`pip install -e '.[installer]'`) and a C compiler with the Python headers:
gcc and python3-dev on Debian, the Xcode command-line tools on macOS, the MSVC Build
Tools on Windows.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent

MODULES = [f"qa_desktop/scoring/{m}.py" for m in (
    "categories", "claims", "compiled", "conduct", "context", "engine", "escalation", "haystack", "literals",
    "matchers", "metrics", "normalize", "phonetic", "phrases", "plan", "roles", "rounding", "scorecard", "speakers",
    "spans", "windows")] + ["qa_desktop/domain.py"]


class NativeBuildError(RuntimeError):
    """mypyc could not compile the scorer (no compiler, no Python headers, a construct it refuses)."""


def compile_scorer(dest: Path, source: Path = ROOT) -> Path:
    """A copy of `source`'s qa_desktop package (and the rule packs it finds beside it) in `dest` with
    MODULES compiled beside their sources; returns `dest`, the folder to put first on sys.path.
    mypyc's intermediate C and objects (about 20 MB) are removed once built."""
    try:
        import mypyc  # noqa: F401
    except ImportError:
        raise NativeBuildError("mypy is not installed here: pip install -e '.[installer]'") from None
    dest.mkdir(parents=True, exist_ok=True)
    for part in ("qa_desktop", "rules"):
        shutil.rmtree(dest / part, ignore_errors=True)
        shutil.copytree(source / part, dest / part, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    built = subprocess.run([sys.executable, "-m", "mypyc", "--ignore-missing-imports", "--follow-imports=silent",
                            *MODULES], cwd=dest, capture_output=True, text=True)
    shutil.rmtree(dest / "build", ignore_errors=True)
    missing = [m for m in MODULES if not _extensions(dest / m)]
    if built.returncode != 0 or missing:
        tail = (built.stdout[-2000:] + built.stderr[-2000:]).strip()
        raise NativeBuildError(
            f"mypyc could not compile the scorer in {dest} (exit {built.returncode}"
            f"{', nothing built for ' + ', '.join(missing) if missing else ''}); it needs a C compiler and the "
            f"Python headers (gcc and python3-dev, Xcode command-line tools, or MSVC Build Tools):\n{tail}")
    return dest


def _extensions(py: Path) -> list[Path]:
    return [p for p in py.parent.glob(py.stem + ".*") if p.suffix in (".so", ".pyd")]


def compiled(module: ModuleType) -> bool:
    """Whether this module was loaded from an extension (compiled), not from its .py."""
    return Path(getattr(module, "__file__", "") or "").suffix in (".so", ".pyd")


def hidden_imports(code: Path) -> list[str]:
    """What PyInstaller cannot see the compiled modules import (it reads no imports out of an
    extension): every module their sources import, and mypyc's shared runtime module beside the package."""
    names = {p.name.split(".")[0] for p in code.glob("*__mypyc.*") if p.suffix in (".so", ".pyd")}
    for module in MODULES:
        for node in ast.walk(ast.parse((code / module).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level and node.module != "__future__":
                names.add(node.module)
    return sorted(names)
