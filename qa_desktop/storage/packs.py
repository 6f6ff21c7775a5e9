"""Rule packs as stored: the exact text every score was computed with.

A score is only meaningful next to the rules that produced it, and pack files
get edited; so the database keeps each version's text (keyed by its content
hash) and can rebuild the RulePack later to apply an inspector's override.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from qa_desktop.errors import StorageError


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def pack_source(pack: Any) -> str:
    """The pack's YAML text (from the object when it kept it, else from its file)."""
    for attr in ("source", "text", "source_text", "yaml"):
        value = getattr(pack, attr, None)
        if isinstance(value, str) and value:
            return value
    path = getattr(pack, "path", None)
    if path and Path(path).is_file():
        return Path(path).read_text(encoding="utf-8")
    return ""


def ensure_pack(conn: sqlite3.Connection, pack: Any) -> int:
    """Row id of `pack` (by content hash), inserting it the first time."""
    content_hash = str(pack.content_hash)
    row = conn.execute("SELECT id FROM rule_packs WHERE content_hash = ?", (content_hash,)).fetchone()
    if row:
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO rule_packs (name, language, version, content_hash, path, source, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            str(pack.name),
            str(getattr(pack, "language", "") or ""),
            str(getattr(pack, "version", "") or ""),
            content_hash,
            str(getattr(pack, "path", "") or ""),
            pack_source(pack),
            now(),
        ),
    )
    return int(cur.lastrowid)


_cache: dict[str, Any] = {}


def load_stored_pack(conn: sqlite3.Connection, pack_id: int) -> Any:
    """Rebuild the RulePack a stored score was computed with."""
    row = conn.execute("SELECT name, content_hash, path, source FROM rule_packs WHERE id = ?", (pack_id,)).fetchone()
    if row is None:
        raise StorageError(f"rule pack #{pack_id}", "not in the database")
    name, content_hash, path, source = row
    if content_hash in _cache:
        return _cache[content_hash]
    from qa_desktop.rules import load_pack, load_pack_text

    pack = None
    if path and Path(path).is_file():
        candidate = load_pack(Path(path))
        if str(candidate.content_hash) == content_hash:
            pack = candidate
    if pack is None:
        if not source:
            raise StorageError(name, "the stored rule pack has no text and its file has changed")
        pack = load_pack_text(source, f"{name} (stored)")
        pack.content_hash = content_hash  # the identity it was stored under (file bytes)
    _cache[content_hash] = pack
    return pack
