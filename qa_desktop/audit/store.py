"""Driver side of a batch: deciding what to skip, and storing worker results.

Only the process that owns the `Database` calls these (one writer); workers
never touch the file. Each stored file is one transaction, so a batch killed
at any moment resumes with nothing lost and nothing done twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qa_desktop.audit.manifest import Manifest
from qa_desktop.audit.worker import AuditConfig, FileResult, pack_for
from qa_desktop.domain import CallScore, Transcript, call_report
from qa_desktop.storage import Database

REPORT_KEYS = ("file", "call_id", "agent", "team", "date", "language", "duration", "layout", "pack", "pack_version",
               "pack_hash", "score", "sections", "results", "category", "categories", "critical_failed")


def failed_report(path: str, reason: str) -> dict[str, Any]:
    """A failed file in the per-call JSON shape: same keys, nothing scored, `error` set."""
    report: dict[str, Any] = {key: None for key in REPORT_KEYS}
    report.update(file=path, results=[], sections=[], categories=[], critical_failed=[], error=reason, skipped=None)
    return report


def skipped_report(path: str, reason: str) -> dict[str, Any]:
    report = failed_report(path, "")
    report.update(error=None, skipped=reason)
    return report


def stored_report(db: Database, pk: int, reason: str | None = None) -> dict[str, Any]:
    """The per-call JSON of a call already in the database (effective verdicts)."""
    call = db.load_call(pk)
    if call.effective is None:
        return failed_report(call.file, "stored without a score")
    report = call_report(call.transcript, call.effective)
    report.update(skipped=reason, call_pk=pk, status=call.status)
    return report


def already_stored(db: Database, content_hash: str, model_id: str, config: AuditConfig) -> tuple[int | None, bool]:
    """(call pk or None, whether its current score is under the pack this batch would use)."""
    pk = db.find_call(content_hash, model_id)
    if pk is None:
        return None, False
    language = db.conn.execute("SELECT language FROM calls WHERE id = ?", (pk,)).fetchone()[0]
    pack = pack_for(config, language)
    return pk, db.has_call(content_hash, model_id, str(pack.content_hash))


def apply_manifest(db: Database, pk: int, manifest: Manifest | None, path: str | Path | None = None) -> list[str]:
    """Lay the manifest's row for a stored call over its metadata (logged); the fields that changed.

    A manifest given on a rerun must count for files stored before, or adding
    one later would change nothing. `path` is the file as found in this batch
    (it joins by that name; default: the stored file name).
    """
    if manifest is None:
        return []
    transcript = db.load_call(pk).transcript
    meta = manifest.apply(transcript.meta, path or transcript.file)
    if meta == transcript.meta:
        return []
    return db.update_meta(pk, meta, actor="manifest", detail=str(manifest.path))


def skip_stored(db: Database, pk: int, manifest: Manifest | None = None,
                path: str | Path | None = None) -> dict[str, Any]:
    """The report of a call already stored with this model and pack, after laying the manifest over it."""
    changed = apply_manifest(db, pk, manifest, path)
    reason = "already stored (same recording, model and rule pack)"
    if changed:
        reason += f"; metadata updated from the manifest ({', '.join(changed)})"
    report = stored_report(db, pk, reason)
    report["meta_updated"] = changed
    return report


def rescore_stored(db: Database, pk: int, config: AuditConfig, manifest: Manifest | None = None,
                   path: str | Path | None = None) -> dict[str, Any]:
    """A call transcribed before but scored under another pack: score it again, no audio needed."""
    from qa_desktop.scoring import score

    changed = apply_manifest(db, pk, manifest, path)
    call = db.load_call(pk)
    pack = pack_for(config, call.transcript.language)
    machine = score(call.transcript, pack, db.learned_examples_for(call.transcript.meta.team, call.transcript.language))
    db.save_call(call.transcript, machine, pack)
    report = stored_report(db, pk)
    report["meta_updated"] = changed
    return report


def store_result(db: Database, result: FileResult, config: AuditConfig,
                 manifest: Manifest | None = None) -> dict[str, Any]:
    """Store a successful worker result (manifest metadata laid over); returns its JSON report."""
    if result.status != "ok" or result.transcript is None or result.score is None:
        return failed_report(result.path, result.error or f"{result.path}: not processed")
    transcript = Transcript.from_dict(result.transcript)
    if manifest is not None:
        transcript.meta = manifest.apply(transcript.meta, transcript.file)
    machine = CallScore.from_dict(result.score)
    pack = pack_for(config, transcript.language)
    examples = db.learned_examples_for(transcript.meta.team, transcript.language)
    # the pack file was edited while the worker ran (store verdicts of the pack the score is filed under),
    # or inspectors taught this team examples (the worker, in another process, has no database)
    if str(pack.content_hash) != machine.pack_hash or examples:
        from qa_desktop.scoring import score

        machine = score(transcript, pack, examples)
    result.call_pk = db.save_call(transcript, machine, pack)
    report = call_report(transcript, machine)
    report.update(skipped=None, call_pk=result.call_pk)
    return report
