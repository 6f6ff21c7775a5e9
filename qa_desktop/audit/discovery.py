"""Finding the recordings a batch should audit, and hashing them.

Folders are searched by extension (PBX exports mix recordings with CSVs and
logs); files named on the command line are always tried, so a mislabelled
file is reported as failed instead of silently ignored. The content hash is
what makes a batch resumable: the same bytes under another name or folder are
the same call.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from qa_desktop.fileio import not_a_file_reason

AUDIO_EXTENSIONS = frozenset({
    ".wav", ".mp3", ".m4a", ".aac", ".flac", ".ogg", ".oga", ".opus", ".wma", ".amr", ".awb", ".3gp",
    ".gsm", ".au", ".snd", ".aif", ".aiff", ".caf", ".mka", ".webm", ".mp4", ".vox", ".spx", ".ac3",
})


@dataclass(slots=True)
class Found:
    """Recordings to audit and the paths that could not be used at all."""

    files: list[Path]
    missing: list[tuple[Path, str]]


def is_recording_name(path: Path) -> bool:
    return path.suffix.lower() in AUDIO_EXTENSIONS and not path.name.startswith(".")


def find_recordings(paths: list[str | Path]) -> Found:
    """Files under the given folders (recursively, by extension) plus files named directly."""
    files: list[Path] = []
    missing: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        special = not_a_file_reason(path)
        if special:  # a FIFO named on the command line: say what it is (it is neither missing nor empty)
            if path.resolve() not in seen:
                seen.add(path.resolve())
                missing.append((path, special))
            continue
        if path.is_dir():
            candidates = []
            for p in sorted(path.rglob("*")):
                if not is_recording_name(p):
                    continue
                if p.is_file():
                    candidates.append(p)
                elif (reason := not_a_file_reason(p)) is not None and p.resolve() not in seen:
                    seen.add(p.resolve())  # reported, never hashed: reading it would block
                    missing.append((p, reason))
        elif path.is_file():
            candidates = [path]
        else:
            missing.append((path, "no such file or folder"))
            continue
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved not in seen:
                seen.add(resolved)
                files.append(resolved)
    return Found(files, missing)


def content_hash(path: Path, chunk: int = 1 << 20) -> str:
    """sha256 of the file's bytes (the same definition as Transcript.content_hash)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def probe_seconds(path: Path) -> float:
    """Audio length from the container header, without decoding (0 when unknown).

    Only used for the progress bar's hours and time-left estimate.
    """
    try:
        import av

        with av.open(str(path)) as container:
            if container.duration:
                return float(container.duration) / 1_000_000
            stream = container.streams.audio[0]
            if stream.duration and stream.time_base:
                return float(stream.duration * stream.time_base)
    except Exception:  # noqa: BLE001 - a file av cannot open fails later, with its reason
        return 0.0
    return 0.0
