"""The bundled model is assembled once, atomically and verified; bad model choices say what to do."""

from __future__ import annotations

import json

import pytest

from qa_desktop.errors import ModelError
from qa_desktop.transcription import list_models, resolve_model
from qa_desktop.transcription import model_store
from qa_desktop.transcription.model_store import BUNDLED_SHA256, ensure_bundled_model

MODEL_SIZE = 145217532


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    cache = tmp_path / "models"
    monkeypatch.setenv("QA_DESKTOP_MODEL_CACHE", str(cache))
    return cache


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_first_use_assembles_verified_model_and_later_runs_reuse_it(fresh_cache, monkeypatch):
    folder = ensure_bundled_model()
    model_bin = folder / "model.bin"
    assert folder.parent == fresh_cache
    assert model_bin.stat().st_size == MODEL_SIZE
    assert json.loads((folder / ".verified").read_text())["sha256"] == BUNDLED_SHA256
    assert {"config.json", "tokenizer.json", "vocabulary.txt"} <= {p.name for p in folder.iterdir()}
    assert not _leftovers(folder)
    assert [r["state"] for r in list_models() if r["source"] == "bundled"] == ["assembled"]

    def no_rehash(*_a):
        raise AssertionError("a verified model must not be hashed or rebuilt again")

    monkeypatch.setattr(model_store, "_sha256", no_rehash)
    monkeypatch.setattr(model_store, "_assemble", no_rehash)
    info = resolve_model(None)
    assert info.path == str(folder) and info.model_id == f"whisper-base@{BUNDLED_SHA256[:8]}"


def test_half_written_model_is_rebuilt_not_loaded(fresh_cache):
    folder = ensure_bundled_model()
    model_bin = folder / "model.bin"
    with model_bin.open("r+b") as fh:  # as if a copy was cut short
        fh.truncate(MODEL_SIZE // 3)
    ensure_bundled_model()
    assert model_bin.stat().st_size == MODEL_SIZE
    assert model_store._sha256(model_bin) == BUNDLED_SHA256


def test_damaged_parts_leave_no_model_behind(fresh_cache, tmp_path, monkeypatch):
    bad = tmp_path / "bad.part"
    bad.write_bytes(b"\0" * 4096)
    parts, side = model_store.bundled_parts()
    monkeypatch.setattr(model_store, "bundled_parts", lambda: ([parts[0], bad], side))
    with pytest.raises(ModelError, match="SHA-256"):
        ensure_bundled_model()
    folder = fresh_cache / "whisper-base-ct2"
    assert not (folder / "model.bin").exists() and not _leftovers(folder)


def test_bad_model_choices_name_the_model_and_the_fix(tmp_path):
    with pytest.raises(ModelError, match="unknown model") as exc:
        resolve_model("not-a-model")
    assert "base" in exc.value.reason
    empty = tmp_path / "my-model"
    empty.mkdir()
    with pytest.raises(ModelError, match="model.bin"):
        resolve_model(str(empty))


def test_uncached_hub_model_offline_is_one_clear_error():
    from qa_desktop.transcription import Transcriber

    with pytest.raises(ModelError) as exc:
        Transcriber(model="tiny")
    assert "tiny" in str(exc.value) and "--model base" in exc.value.reason


@pytest.mark.parametrize(("kwargs", "option", "says"), [({"threads": -1}, "--threads", "-1 threads"),
                                                     ({"language": "klingon"}, "--language", "klingon")])
def test_bad_options_are_named_before_the_model_loads(kwargs, option, says):
    """A mistyped option is one clear error naming it (it once raised NameError: QAError not imported)."""
    from qa_desktop.errors import QAError
    from qa_desktop.transcription import Transcriber

    with pytest.raises(QAError) as exc:
        Transcriber(**kwargs)
    assert option in str(exc.value) and says in str(exc.value)


def test_local_folder_is_accepted(transcriber):
    info = resolve_model(transcriber.info.path)
    assert info.source == "local" and info.path == transcriber.info.path
