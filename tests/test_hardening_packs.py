"""Hostile or careless rule packs (issue #16 items 2, 4, 7): refused by `rules check` with file and line,
or run safely; never a hang, a memory blow-up or an invalid report."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from scoring_synth import transcript_from_truth

from qa_desktop.errors import RulePackError
from qa_desktop.paths import rules_dir
from qa_desktop.rules import load_pack, load_pack_text
from qa_desktop.rules.safe_regex import compile_regex, translate

PACK = """\
name: tiny
language: zh
version: "1"
sections:
  - {id: opening, title: 开场, weight: 1}
rules:
  - id: greeting
    title: 问候
    section: opening
    points: 10
    phrases: [您好]
"""


def _cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qa_desktop", *args], capture_output=True, text=True,
                          timeout=timeout, encoding="utf-8", errors="replace")


def _check(tmp_path: Path, text: str, name: str = "p.yaml") -> subprocess.CompletedProcess[str]:
    """`rules check` on the text; its problems (printed on stdout) and errors together in .stderr."""
    pack = tmp_path / name
    pack.write_text(text, encoding="utf-8")
    done = _cli("rules", "check", str(pack), timeout=120)
    done.stderr = done.stdout + done.stderr
    return done


# -- item 2: catastrophic backtracking ---------------------------------------------------------

CATASTROPHIC = PACK + """\
  - id: hashtag
    title: 井号
    section: opening
    points: 5
    regex: ['^(\\w+\\s?)*#$']
"""


def test_a_catastrophic_regex_scores_an_ordinary_call_instead_of_hanging(truth: dict[str, dict],
                                                                         tmp_path: Path) -> None:
    pack = tmp_path / "catastrophic.yaml"
    pack.write_text(CATASTROPHIC, encoding="utf-8")
    assert _cli("rules", "check", str(pack), timeout=120).returncode == 0
    call = transcript_from_truth(truth["20260812_Z3001_900001"])
    # an ordinary long turn without '#': Python's re takes 2^words steps on it
    call.utterances[0].text = " ".join(["您好 欢迎 致电 客服 中心"] * 8)
    src = tmp_path / "t.json"
    src.write_text(json.dumps(call.to_dict(), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "r.json"
    # the timeout only detects a hang (it was for ever before RE2); it is no speed claim
    done = _cli("score", str(src), "--rules", str(pack), "--json", str(out), "--quiet", timeout=240)
    assert done.returncode == 0, done.stderr
    result = {r["rule"]: r["status"] for r in json.loads(out.read_text(encoding="utf-8"))["results"]}
    assert result["hashtag"] == "fail" and result["greeting"] == "pass"


@pytest.mark.parametrize("pattern, says", [
    ("(您好)\\1", "backreferences"),
    ("(?=您好)您", "look-ahead"),
    ("(?<!不)满意", "look-behind"),
])
def test_the_validator_refuses_what_re2_cannot_run_naming_file_and_line(tmp_path: Path, pattern: str,
                                                                       says: str) -> None:
    text = PACK + f"    regex: ['{pattern}']\n"
    done = _check(tmp_path, text, "unsafe.yaml")
    assert done.returncode != 0
    assert f"unsafe.yaml:{text.count(chr(10))}: rule greeting: regex[0]" in done.stderr + done.stdout
    assert says in done.stderr + done.stdout


def test_python_style_patterns_keep_their_meaning_on_chinese_text() -> None:
    # what the shipped packs and pack authors write: \\u escapes, \\d \\w \\s on Chinese text
    assert compile_regex(r"(客服|坐席)[\u4e00-\u9fff]?[0-9]+号").search("我是客服张3号").group() == "客服张3号"
    assert compile_regex(r"工号\d+").search("我的工号１２３").group() == "工号１２３"  # full-width digits
    assert compile_regex(r"^\w+\s\w+$").search("您好\u3000请讲") is not None  # ideographic space
    assert compile_regex(r"[^\w]").search("您好!").group() == "!"
    assert translate(r"[\]x]") == r"[\]x]" and translate(r"[]x]") == r"[\]x]"
    for path in (rules_dir() / "zh-ecommerce.yaml", rules_dir() / "en-retail.yaml"):
        for rule in load_pack(path).rules:
            for pattern in rule.regex:
                compile_regex(pattern)


# -- item 4: alias bombs and huge files --------------------------------------------------------

def test_a_yaml_alias_bomb_is_refused_before_it_grows(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 10)}]")  # 10^10 values when expanded
    bomb = PACK + "description: *a9\n" + "\n".join(lines) + "\n"
    done = _check(tmp_path, bomb, "bomb.yaml")
    assert done.returncode != 0
    assert "bomb.yaml:" in done.stderr and "alias" in done.stderr


def test_a_huge_pack_file_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(PACK + "description: '" + "x" * (3 * 1024 * 1024) + "'\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="MB; a rule pack is at most"):
        load_pack(big)


# -- item 7: NaN / infinity, duplicate keys, a language that is not text -----------------------

@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_nan_and_infinity_are_refused_by_rules_check(tmp_path: Path, value: str) -> None:
    done = _check(tmp_path, PACK.replace("points: 10", f"points: {value}"), "nan.yaml")
    assert done.returncode != 0
    assert "nan.yaml:10: rule greeting: points: must be a finite number" in done.stderr


def test_a_nan_pack_never_reaches_audit_or_score(truth: dict[str, dict], tmp_path: Path) -> None:
    pack = tmp_path / "nan.yaml"
    pack.write_text(PACK.replace("weight: 1", "weight: .nan"), encoding="utf-8")
    src = tmp_path / "t.json"
    src.write_text(json.dumps(transcript_from_truth(truth["20260812_Z3001_900001"]).to_dict(), ensure_ascii=False),
                   encoding="utf-8")
    out = tmp_path / "r.json"
    done = _cli("score", str(src), "--rules", str(pack), "--json", str(out), timeout=120)
    assert done.returncode != 0 and "nan.yaml" in done.stderr and "finite" in done.stderr
    if out.exists():  # whatever was written is valid JSON with no NaN
        json.loads(out.read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(c))
    with pytest.raises(RulePackError):
        load_pack(pack)
    assert not math.isnan(load_pack_text(PACK).sections[0].weight)


def test_duplicate_keys_are_refused_naming_both_lines(tmp_path: Path) -> None:
    done = _check(tmp_path, PACK + "    points: 20\n", "dup.yaml")
    assert done.returncode != 0
    assert "dup.yaml:12: duplicate key 'points' (also on line 10)" in done.stderr


@pytest.mark.parametrize("value", ["1", "[zh, en]", ".nan", "true"])
def test_a_language_that_is_not_text_is_refused(tmp_path: Path, value: str) -> None:
    done = _check(tmp_path, PACK.replace("language: zh", f"language: {value}"), "lang.yaml")
    assert done.returncode != 0
    assert "lang.yaml:2: language: must be text" in done.stderr
