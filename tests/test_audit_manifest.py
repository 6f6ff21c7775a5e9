"""PBX/CRM manifests as they come out of real systems join to recordings."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_desktop.audit.discovery import find_recordings
from qa_desktop.audit.manifest import Manifest, ManifestError, normalise_date
from qa_desktop.domain import CallMeta


def test_chinese_excel_export_in_gbk_joins_by_call_id(tmp_path: Path) -> None:
    path = tmp_path / "导出.csv"
    path.write_bytes("通话ID,坐席工号,班组,开始时间,客户电话,满意度\r\n"
                     "900001,Z3001,华东一组,2026/8/12 10:22:33,13812345678,满意\r\n".encode("gbk"))
    manifest = Manifest.load(path)
    meta = manifest.apply(CallMeta(call_id="900001", agent="", date="2026-08-01"), "/x/20260812_Z3001_900001.flac")
    assert (meta.agent, meta.team, meta.date, meta.customer_phone) == ("Z3001", "华东一组", "2026-08-12", "13812345678")
    assert meta.extra == {"满意度": "满意"}


def test_bom_semicolons_and_odd_headers_join_by_file_name(tmp_path: Path) -> None:
    path = tmp_path / "crm.csv"
    path.write_bytes("\ufeffFile Name;Agent Name;TEAM;Call Date\n"
                     "C:\\rec\\call_0042.WAV;Alice;Retail;08/14/2026\n".encode("utf-8"))
    manifest = Manifest.load(path)
    assert manifest.lookup("/data/call_0042.wav") is not None
    meta = manifest.apply(CallMeta(), "/data/call_0042.wav")
    assert (meta.agent, meta.team, meta.date) == ("Alice", "Retail", "2026-08-14")
    assert manifest.apply(CallMeta(agent="kept"), "/data/other.wav").agent == "kept"


def test_call_id_found_inside_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("call_id,agent\n900014,Y4004\n", encoding="utf-8")
    assert Manifest.load(path).apply(CallMeta(), "20260818_Y4004_900014.wav").agent == "Y4004"


def test_manifest_without_a_join_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("agent,team\nA,B\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="no call id or file name column"):
        Manifest.load(path)


@pytest.mark.parametrize("raw,iso", [("2026-08-12", "2026-08-12"), ("2026/8/12 10:22", "2026-08-12"),
                                     ("2026年8月12日", "2026-08-12"), ("20260812", "2026-08-12"),
                                     ("8/12/2026", "2026-08-12"), ("yesterday", ""), ("2026-13-40", "")])
def test_dates(raw: str, iso: str) -> None:
    assert normalise_date(raw) == iso


def test_discovery_by_extension_and_named_files(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.WAV", "a/b/two.amr", "a/notes.txt", "a/b/.hidden.wav", "a/list.csv"):
        (tmp_path / name).write_bytes(b"x")
    found = find_recordings([tmp_path / "a", tmp_path / "a" / "notes.txt", tmp_path / "missing"])
    assert [p.name for p in found.files] == ["two.amr", "one.WAV", "notes.txt"]
    assert [(p.name, why) for p, why in found.missing] == [("missing", "no such file or folder")]


def test_the_desktop_apps_default_pack_scores_only_calls_of_its_language() -> None:
    from qa_desktop.audit.worker import AuditConfig, pack_for

    gui = AuditConfig(rules="zh-ecommerce", rules_same_language_only=True)
    assert pack_for(gui, "zh").name == "zh-ecommerce"
    assert pack_for(gui, "en").name == "en-retail"  # an English call is not scored with the Mandarin script
    assert pack_for(AuditConfig(rules="zh-ecommerce"), "en").name == "zh-ecommerce"  # --rules: every file, as asked
