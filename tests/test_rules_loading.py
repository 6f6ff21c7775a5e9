"""Rule packs: the shipped packs load; mistakes are reported with file, line and field."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from qa_desktop.cli import main
from qa_desktop.errors import RulePackError
from qa_desktop.paths import rules_dir
from qa_desktop.rules import available_packs, default_pack_for, load_pack, load_pack_text, resolve_pack

REQUIRED = {"greeting", "self_intro", "verify_identity", "apology", "hold_notice", "hold_thanks", "closing",
            "farewell", "forbidden_phrases", "dead_air", "interruption"}

GOOD = """\
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


@pytest.mark.parametrize("name", ["zh-ecommerce", "en-retail"])
def test_shipped_packs_hold_the_required_rules_and_categories(name: str) -> None:
    pack = load_pack(rules_dir() / f"{name}.yaml")
    assert REQUIRED <= {r.id for r in pack.rules}
    assert {c.id for c in pack.categories.items} == {"logistics", "refund", "size", "quality", "payment",
                                                     "false_advertising"}
    assert pack.categories.fallback == "other"
    assert pack.content_hash == hashlib.sha256((rules_dir() / f"{name}.yaml").read_bytes()).hexdigest()
    assert pack.source.startswith("#") and pack.path is not None
    # written as QA teams write them: many variants per script step
    for rid in ("greeting", "apology", "hold_notice", "closing", "farewell", "forbidden_phrases"):
        assert len(pack.rule(rid).phrases) >= 10, rid
    assert pack.rule("forbidden_phrases").critical


def test_default_pack_follows_the_call_language() -> None:
    assert default_pack_for("zh").name == "zh-ecommerce"
    assert default_pack_for("en").name == "en-retail"
    assert default_pack_for("zh-CN").language == "zh"
    with pytest.raises(RulePackError, match="no rule pack for language 'fr'"):
        default_pack_for("fr")
    assert {p.stem for p in available_packs()} >= {"zh-ecommerce", "en-retail"}
    assert resolve_pack("en-retail").name == "en-retail"


def test_every_problem_names_file_line_and_field(tmp_path: Path) -> None:
    bad = GOOD.replace("points: 10", "points: ten").replace("section: opening", "section: closing")
    bad += "    match: fuzzzy\n    window: {first: 15, last: 10}\n"
    file = tmp_path / "bad.yaml"
    file.write_text(bad, encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_pack(file)
    problems = err.value.problems
    text = "\n".join(problems)
    assert f"{file}:9: rule greeting: section: no section 'closing'" in text
    assert f"{file}:10: rule greeting: points: must be a number, not 'ten'" in text
    assert f"{file}:12: rule greeting: match: 'fuzzzy' is not one of exact, fuzzy, phonetic" in text
    assert f"{file}:13: rule greeting: window: give exactly one of first, last, before, after" in text
    assert str(err.value).startswith(f"{file}:9")


def test_yaml_syntax_errors_give_the_line() -> None:
    with pytest.raises(RulePackError) as err:
        load_pack_text(GOOD + "  - id: [unclosed\n", "broken.yaml")
    assert "broken.yaml:" in str(err.value) and "not valid YAML" in str(err.value)


def test_references_and_loops_are_checked() -> None:
    text = GOOD + """\
    when: {rule: closing}
  - id: closing
    title: 结束
    section: opening
    points: 5
    phrases: [再见]
    when: {rule: greeting}
"""
    with pytest.raises(RulePackError, match="form a loop"):
        load_pack_text(text, "loop.yaml")
    with pytest.raises(RulePackError, match="no rule 'nothing'"):
        load_pack_text(GOOD + "    when: {rule: nothing}\n", "ref.yaml")


def test_missing_file_is_a_rule_pack_error(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="no such rule pack file"):
        load_pack(tmp_path / "nope.yaml")


def test_rules_check_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("points: 10", "points: -1"), encoding="utf-8")
    assert main(["rules", "check", str(good), str(rules_dir() / "zh-ecommerce.yaml")]) == 0
    out = capsys.readouterr().out
    assert f"OK {good}: tiny v1 (zh)" in out and "forbidden_phrases!" in out
    assert main(["rules", "check", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"FAILED {bad}" in out and f"{bad}:10: rule greeting: points" in out


@pytest.mark.parametrize(
    ("extra", "problem"),
    [  # a scalar where a mapping belongs: the line it is written on, not line 0
        ("    window: 15\n", "p.yaml:12: rule greeting: window: must be a mapping"),
        ("    when: greeting\n", "p.yaml:12: rule greeting: when: each condition is a mapping"),
        # unknown and misplaced fields are reported, with what was probably meant
        ("    min_secnds: 3\n", "p.yaml:12: rule greeting: min_secnds: unknown field (did you mean 'min_seconds'?)"),
        ("    hold: 5\n", "p.yaml:12: rule greeting: hold: unknown field (a pack setting"),
        ("    within: 30\n", "p.yaml:12: rule greeting: within: unknown field (goes inside window"),
        ("    window: {first: 10, withn: 3}\n", "p.yaml:12: rule greeting: window.withn: unknown field (did you mean"),
        ("    when: {rule: greeting, statuss: [pass]}\n", "p.yaml:12: rule greeting: when.statuss: unknown field"),
        ("categories:\n  speaker_weights: 3\n  items: [{id: a, keywords: [x]}]\n",
         "p.yaml:13: categories.speaker_weights: must be a mapping"),
        ("categories:\n  items: [{id: a, keyword: [x]}]\n", "p.yaml:13: category a: keyword: unknown field (did you mean"),
        ("categories:\n  items: [{id: a, keywords: [x], match: fuzy}]\n",
         "p.yaml:13: category a: match: 'fuzy' is not one of exact, fuzzy, phonetic"),
        # a reference error points at the when: line
        ("    when:\n      rule: nothing\n", "p.yaml:12: rule greeting: when.rule: no rule 'nothing' in this pack"),
    ],
)
def test_misshapen_and_unknown_fields_name_their_line(extra: str, problem: str) -> None:
    with pytest.raises(RulePackError) as err:
        load_pack_text(GOOD + extra, "p.yaml")
    assert any(p.startswith(problem) for p in err.value.problems), err.value.problems


def test_pack_level_mistakes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = {
        "hold.yaml": ("hold: 5\n" + GOOD, "hold.yaml:1: hold: must be a mapping"),
        "nosections.yaml": (GOOD.replace("sections:\n  - {id: opening, title: 开场, weight: 1}\n", "sections: []\n"),
                            "nosections.yaml:4: sections: needs at least one section"),
        "norules.yaml": (GOOD.split("rules:")[0] + "rules: []\n", "norules.yaml:6: rules: needs at least one rule"),
        "typo.yaml": (GOOD.replace("sections:", "sectons:"), "typo.yaml:4: sectons: unknown field (did you mean 'sections'?)"),
    }
    for name, (text, problem) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert main(["rules", "check", str(tmp_path / name)]) == 1
        assert problem in capsys.readouterr().out, name


def test_pass_rate_targets_per_rule_and_section() -> None:
    pack = load_pack_text(GOOD.replace("weight: 1}", "weight: 1, target: 0.9}") + "    target: 0.95\n", "t.yaml")
    assert pack.rule("greeting").target == 0.95 and pack.section("opening").target == 0.9
    assert load_pack_text(GOOD, "t.yaml").rule("greeting").target is None
    for bad, problem in [("    target: 95\n", "t.yaml:12: rule greeting: target: 95 is not a pass rate"),
                         ("    target: 0\n", "t.yaml:12: rule greeting: target: 0 is not a pass rate"),
                         ("    metric_target: 200\n", "t.yaml:12: rule greeting: metric_target: only metric rules"),
                         ("    informational: true\n    target: 0.9\n", "t.yaml:13: rule greeting: target: an informational")]:
        with pytest.raises(RulePackError) as err:
            load_pack_text(GOOD + bad, "t.yaml")
        assert any(p.startswith(problem) for p in err.value.problems), err.value.problems


@pytest.mark.parametrize("name", ["zh-ecommerce", "en-retail"])
def test_shipped_packs_carry_targets(name: str) -> None:
    pack = load_pack(rules_dir() / f"{name}.yaml")
    assert all(s.target is not None for s in pack.sections)
    assert all(r.target is not None for r in pack.rules if not r.informational)
    assert any(r.type == "metric" and r.metric_target for r in pack.rules)
