"""Batch audit of recordings: discovery, per-file work, driver-side storing.

- `run_audit(paths, db, config, workers=, manifest=, progress=, cancel=, on_result=) -> BatchSummary`
- `AuditWorker(config).process_file(path, progress=, cancel=) -> FileResult` (picklable, no database)
- `store_result(db, result, config, manifest) -> dict` (the per-call JSON report)
- `Manifest.load(csv)` for PBX/CRM metadata (also laid over calls stored before).
- Engines: in-process, `pool.run_pool` (local processes that survive a worker's
  death), `ray_engine.RayDispatcher` (a Ray cluster).
"""

from qa_desktop.audit.batch import BatchProgress, BatchSummary, run_audit
from qa_desktop.audit.manifest import Manifest
from qa_desktop.audit.store import store_result
from qa_desktop.audit.worker import AuditConfig, AuditWorker, FileResult, process_file

__all__ = ["AuditConfig", "AuditWorker", "BatchProgress", "BatchSummary", "FileResult", "Manifest", "process_file",
           "run_audit", "store_result"]
