"""Which rule pack a batch (and the GUI's long-lived import worker) scores with.

Real pack files on disk, edited between calls the way a QA lead edits one while
the app is open; a real database for the store step. No audio, no model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_desktop.audit import AuditConfig, FileResult, store_result
from qa_desktop.audit.worker import pack_for
from qa_desktop.errors import RulePackError
from qa_desktop.rules import load_pack
from qa_desktop.scoring import score
from qa_desktop.storage import Database
from test_storage_basic import make_call
from test_storage_verdicts import write_pack


def test_an_edited_pack_file_is_loaded_again(tmp_path: Path) -> None:
    path = write_pack(tmp_path, version="1")
    config = AuditConfig(rules=str(path))
    first = pack_for(config, "zh")
    assert first.version == "1" and pack_for(config, "zh") is first  # cached while unchanged
    write_pack(tmp_path, version="1.1", greeting="欢迎")
    edited = pack_for(config, "zh")
    assert edited.version == "1.1" and edited.content_hash != first.content_hash


def test_shipped_names_and_per_language_defaults() -> None:
    assert pack_for(AuditConfig(rules="zh-ecommerce"), "en").name == "zh-ecommerce"  # explicit beats language
    assert pack_for(AuditConfig(), "en").language == "en" and pack_for(AuditConfig(), "zh").language == "zh"
    with pytest.raises(RulePackError, match="no-such-pack"):
        pack_for(AuditConfig(rules="no-such-pack"), "zh")


def test_a_result_scored_before_the_pack_was_edited_is_stored_under_the_edited_pack(tmp_path: Path) -> None:
    path = write_pack(tmp_path, version="1")
    transcript, _ = make_call(0)
    old = score(transcript, load_pack(path))  # what the worker computed
    write_pack(tmp_path, version="2.0", greeting="请您稍等")  # edited while the worker ran
    with Database.open(tmp_path / "qa.sqlite") as db:
        result = FileResult(transcript.file, "ok", transcript.content_hash, transcript=transcript.to_dict(),
                            score=old.to_dict())
        report = store_result(db, result, AuditConfig(rules=str(path)))
        stored = db.load_call(result.call_pk)
    edited = load_pack(path)
    assert stored.pack_hash == edited.content_hash and stored.machine.pack_version == "2.0"
    assert report["pack_version"] == "2.0"
    assert stored.machine.result("greeting").status != old.result("greeting").status  # verdicts of the new pack
