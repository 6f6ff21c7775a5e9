"""Reasons and evidence notes as catalogue messages: rendered English, keys for translation, old JSON."""

from __future__ import annotations

import json
import re

from test_scoring_engine import GOOD_CALL, call

from qa_desktop.domain import CallScore
from qa_desktop.rules import default_pack_for
from qa_desktop.scoring import score
from qa_desktop.scoring.messages import CATALOGUE, msg, render, render_parts

ZH = {  # what a translator would supply (a few keys)
    "reason.not_found": "未找到（{where}）",
    "window.first": "前 {seconds:g} 秒内",
    "note.not_found": "{who}{where}没有{title}话术",
    "scope.speech": "{role}话语",
    "role.agent": "坐席",
    "note.looked_for": "查找了：{phrases}",
    "looked.more": "……等另外 {count} 条",
    "list.separator": "、",
}


def _every_message(s: CallScore):
    for r in s.results:
        yield r.reason, {"key": r.reason_key, "args": r.reason_args}, None
        for e in r.evidence:
            yield e.note, None, e.note_parts


def test_every_reason_and_note_is_a_catalogue_message_rendering_to_the_english() -> None:
    zh = default_pack_for("zh")
    calls = [call(GOOD_CALL, silences=[(18.0, 40.0)]), call(GOOD_CALL[:3]),
             call([(("unknown",) + t[1:]) for t in GOOD_CALL], layout="mono")]
    seen = set()
    for t in calls:
        for text, message, parts in _every_message(score(t, zh)):
            if message is not None:
                assert message["key"] in CATALOGUE and render(message) == text
                seen.add(message["key"])
            else:
                assert render_parts(parts) == text and bool(parts) == bool(text)
                seen.update(p["key"] for p in parts)
    assert {"reason.found", "reason.not_found", "reason.not_applicable", "note.not_found", "mono.cue"} <= seen


def test_a_lookup_translates_nested_messages_and_lists() -> None:
    s = score(call([("customer", 0.5, 18.0, "喂喂？"), ("agent", 20.0, 23.0, "您好，欢迎致电。")]),
              default_pack_for("zh"))
    res = s.result("greeting")
    assert res.reason == "not found within the first 15 s"
    assert render({"key": res.reason_key, "args": res.reason_args}, ZH.get) == "未找到（前 15 秒内）"
    zh_note = render_parts(res.evidence[0].note_parts, ZH.get)
    assert zh_note.startswith("坐席话语前 15 秒内没有开场白话术; 查找了：“您好”、“你好”")
    assert zh_note.endswith("……等另外 13 条")


def test_a_broken_translation_falls_back_to_english() -> None:
    assert render(msg("window.first", seconds=15), {"window.first": "前 {secs} 秒"}.get) == "within the first 15 s"


def test_the_module_docstring_lists_every_key() -> None:
    from qa_desktop.scoring import messages

    listed = set(re.findall(r"^    ([a-z_]+\.[a-z_]+) ", messages.__doc__, re.M))
    assert listed == set(CATALOGUE)


def test_scores_round_trip_and_old_json_without_keys_loads() -> None:
    s = score(call(GOOD_CALL[:3]), default_pack_for("zh"))
    again = CallScore.from_dict(json.loads(json.dumps(s.to_dict(), ensure_ascii=False)))
    assert again == s
    old = s.to_dict()
    for r in old["results"]:
        del r["reason_key"], r["reason_args"]
        for e in r["evidence"]:
            del e["note_parts"]
    for c in old["categories"]:
        for e in c["evidence"]:
            del e["note_parts"]
    loaded = CallScore.from_dict(old)
    assert loaded.results[0].reason == s.results[0].reason and loaded.results[0].reason_key == ""
    assert loaded.results[0].evidence[0].note_parts == []


def test_the_english_of_every_key_is_what_its_template_formats_to() -> None:
    """render() writes the English from templates compiled once; each must read exactly as the catalogue's
    template formatted by str.format — numbers with their specs, text, braces in a phrase left alone."""
    from string import Formatter

    values = [0.0, 0.5, 12.345, 100.0, 7, -2.25, 1e-7, 250.0, "不好意思", "a {brace} phrase", "it's"]
    for key, template in CATALOGUE.items():
        names = sorted({name for _, name, _, _ in Formatter().parse(template) if name})
        for shift in range(len(values)):
            args = {name: values[(shift + k) % len(values)] for k, name in enumerate(names)}
            try:
                expected = template.format_map(args)
            except ValueError:  # a number spec given text: not a message the engine writes
                continue
            assert render(msg(key, **args)) == expected, (key, args)
