"""A recording that changes language half-way is transcribed in each language, not translated."""

from __future__ import annotations

import numpy as np
import pytest

from qa_desktop.domain import CallMeta, Metrics, Transcript, Utterance
from qa_desktop.storage import Database
from qa_desktop.transcription.language_stretches import (
    Stretch,
    _smooth,
    label_utterances,
    language_at,
    sub_joined,
)
from qa_desktop.transcription.whisper_run import join_regions

from conftest import RECORDINGS


@pytest.mark.slow
def test_english_then_german_comes_out_in_english_then_german(transcriber):
    t = transcriber.transcribe(RECORDINGS / "multilingual.mp3")
    assert t.language == "en" and t.languages == ["en", "de"]  # flagged: two languages
    english = [u for u in t.utterances if u.language == "en"]
    german = [u for u in t.utterances if u.language == "de"]
    assert english and german and max(u.end for u in english) <= min(u.start for u in german) + 1.0
    said_in_german = " ".join(u.text for u in german)
    assert "Software" in said_in_german and ("die" in said_in_german.split() or "der" in said_in_german.lower().split())
    # what it was before: the German half translated into English ("… to deal with the software …")
    assert "permission" not in said_in_german.lower() and " the " not in f" {said_in_german.lower()} "
    assert "Permission is hereby granted" in " ".join(u.text for u in english)


@pytest.mark.slow
def test_a_named_language_is_never_second_guessed(transcriber):
    from qa_desktop.transcription import Transcriber

    fixed = Transcriber(language="en")
    fixed.model = transcriber.model  # the same loaded model, told the language
    t = fixed.transcribe(RECORDINGS / "multilingual.mp3")
    assert t.languages == ["en"] and all(u.language == "" for u in t.utterances)


def test_turns_are_labelled_only_when_the_call_changes_language() -> None:
    turns = [Utterance("unknown", 0.0, 20.0, "Hello"), Utterance("unknown", 31.0, 59.0, "Guten Tag")]
    one = {0: [Stretch("en", 0, 3, 0.0, 59.0)]}
    assert label_utterances(turns, one, "en", ("zh", "en")) == "en"
    assert [u.language for u in turns] == ["", ""]
    two = {0: [Stretch("en", 0, 1, 0.0, 30.0), Stretch("de", 2, 3, 30.5, 59.5)]}
    assert label_utterances(turns, two, "en", ("zh", "en")) == "en"  # de is longer but has no rule pack
    assert [u.language for u in turns] == ["en", "de"]
    assert label_utterances(turns, {0: [Stretch("zh", 0, 1, 0.0, 25.0), Stretch("en", 2, 3, 30.5, 59.5)]},
                            "zh", ("zh", "en")) == "en"  # the longer language, with a pack
    assert language_at(two[0], 29.0, 40.0) == "de" and language_at(two[0], 70.0, 80.0) == ""


def test_a_short_run_of_another_language_joins_the_speech_before_it() -> None:
    rate = 16000
    samples = np.zeros(60 * rate, dtype=np.float32)
    joined = join_regions(samples, [(0.0, 5.0), (6.0, 6.5), (8.0, 14.0), (20.0, 30.0)])
    labels = ["en", "de", "en", "de"]
    _smooth(joined, labels)
    assert labels == ["en", "en", "en", "de"]  # 0.9 s of "German" is too short to tell
    part = sub_joined(joined, 2, 3)
    assert part.source_starts == joined.source_starts[2:] and part.joined_starts[0] == 0.0
    assert abs(len(part.audio) / rate - (joined.length(2) + joined.length(3) + 2 * 0.3)) < 0.01


def test_each_turns_language_is_stored_and_shown(tmp_path) -> None:
    t = Transcript(file="/calls/mixed.wav", duration=60.0, language="en", layout="mono",
                   utterances=[Utterance("unknown", 0.0, 20.0, "Hello", language="en"),
                               Utterance("unknown", 31.0, 59.0, "Guten Tag", language="de")],
                   metrics=Metrics(), meta=CallMeta(), content_hash="h", model="base")
    assert Transcript.from_dict(t.to_dict()).languages == ["en", "de"]
    with Database.open(tmp_path / "qa.sqlite") as db:
        from qa_desktop.domain import CallScore
        from test_storage_basic import StoredPack

        pk = db.save_call(t, CallScore(pack="zh-ecommerce", pack_version="1", pack_hash="pack-hash-1", score=90.0,
                                       sections=[], results=[]),
                          StoredPack())
        assert db.load_call(pk).transcript.languages == ["en", "de"]


def test_the_review_screen_shows_the_languages_and_each_turns_language(qtbot) -> None:
    from qa_desktop.ui.messages import languages_text
    from qa_desktop.ui.review.transcript_view import TranscriptView

    t = Transcript(file="/calls/mixed.wav", duration=60.0, language="en", layout="mono",
                   utterances=[Utterance("unknown", 0.0, 20.0, "Hello", language="en"),
                               Utterance("unknown", 31.0, 59.0, "Guten Tag", language="de")],
                   metrics=Metrics(), meta=CallMeta(), content_hash="h", model="base")
    assert languages_text(t) == "English (changes language: English, German)"
    view = TranscriptView()
    qtbot.addWidget(view)
    view.show_transcript(t)
    assert "[German]" in view.html_for_line(1) and "[English]" in view.html_for_line(0)
    t.utterances[1].language = ""
    t.utterances[0].language = ""
    view.show_transcript(t)
    assert "[English]" not in view.html_for_line(0)  # one language: no tags
    assert languages_text(t) == "English"
