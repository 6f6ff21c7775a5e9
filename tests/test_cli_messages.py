"""What the command line says: refused options, reversed ranges, YAML errors in plain words,
"1 call"/"2 calls", rule titles beside ids, descriptions in every --help, the audit's last lines."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from pypdf import PdfReader

from qa_desktop.audit.closing import closing_lines, critical_labels
from qa_desktop.cli import build_parser, main
from qa_desktop.plural import plural
from test_export_cli import _database

ROOT = Path(__file__).resolve().parents[1]


def _all_parsers(parser: argparse.ArgumentParser, name: str = "qa-desktop"):
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                yield from _all_parsers(sub, f"{name} {sub_name}")


def test_every_subcommand_help_has_a_description() -> None:
    parsers = dict(_all_parsers(build_parser()))
    assert {"qa-desktop export scorecard", "qa-desktop rules check", "qa-desktop models"} <= set(parsers)
    missing = [name for name, p in parsers.items() if not (p.description or "").strip()]
    assert missing == []


@pytest.mark.parametrize("target", ["1.5", "-0.2", "0", "90", "abc"])
def test_target_outside_0_to_1_is_refused(tmp_path: Path, capsys, target: str) -> None:
    db = _database(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(["export", "scorecard", "--team", "华东一组", "--target", target, "--pdf", str(tmp_path / "c.pdf"),
              "--db", str(db)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--target" in err and ("outside 0–1" in err or "not a number" in err)
    assert not (tmp_path / "c.pdf").exists()


def test_target_as_a_share_or_percent_is_taken(tmp_path: Path, capsys) -> None:
    db = _database(tmp_path)
    assert main(["export", "scorecard", "--team", "华东一组", "--target", "95%", "--pdf", str(tmp_path / "c.pdf"),
                 "--db", str(db)]) == 0


@pytest.mark.parametrize("command", [
    ["export", "scorecard", "--team", "华东一组", "--pdf", "x.pdf", "--from", "2026-08-31", "--to", "2026-08-01"],
    ["export", "calls", "--csv", "x.csv", "--from", "2026-08-31", "--to", "2026-08-01"],
    ["rescore", "--rules", "zh-ecommerce", "--since", "2026-08-31", "--until", "2026-08-01"],
])
def test_a_reversed_date_range_says_so(tmp_path: Path, capsys, command: list[str]) -> None:
    db = _database(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main([*command, "--db", str(db)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "date range is reversed" in err and "2026-08-31" in err and "2026-08-01" in err


def test_all_agents_scorecard_from_the_command_line(tmp_path: Path, capsys) -> None:
    db = _database(tmp_path)
    pdf = tmp_path / "all.pdf"
    assert main(["export", "scorecard", "--all", "--pdf", str(pdf), "--db", str(db)]) == 0
    assert "all agents: 4 calls, average score" in capsys.readouterr().out
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Z3001" in text and "Y4001" in text and "Agents" in text


def test_one_call_is_one_call(tmp_path: Path, capsys) -> None:
    db = _database(tmp_path)
    assert main(["export", "calls", "--agent", "Y4001", "--csv", str(tmp_path / "c.csv"), "--db", str(db)]) == 0
    assert "exported 1 call\n" in capsys.readouterr().out
    assert (plural(1, "call"), plural(2, "call"), plural(0, "call"), plural(1, "more problem"),
            plural(3, "more problem")) == ("1 call", "2 calls", "0 calls", "1 more problem", "3 more problems")


@pytest.mark.parametrize("yaml_text, line, words", [
    ("name: x\nrules:\n  - id: a\n    phrases: [a, b\n  - id: b\n", 5, "list in [brackets] opened on line 4 is not closed"),
    ("name: x\n  language: zh\nversion: 1\n", 2, "check this line's indentation"),
    ("name: x\nrules:\n\t- id: a\n", 3, "tab character: indent with spaces"),
    ('name: "x\nlanguage: zh\n', 3, "quotation mark opened on line 1 is never closed"),
    ("name: x\nrules:\n  - id: a\n  phrases\n  - id: b\n", 4, "neither 'key: value' nor '- item'"),
])
def test_yaml_syntax_errors_in_plain_words_beside_file_and_line(tmp_path: Path, capsys, yaml_text: str, line: int,
                                                                words: str) -> None:
    pack = tmp_path / "broken.yaml"
    pack.write_text(yaml_text, encoding="utf-8")
    assert main(["rules", "check", str(pack)]) == 1
    captured = capsys.readouterr()
    assert f"FAILED {pack}: 1 problem\n" in captured.out
    problem = next(x for x in captured.out.splitlines() if x.startswith(f"  {pack}:{line}: not valid YAML: "))
    assert words in problem and "(YAML parser: " in problem  # plain words first, the parser's after
    assert "1 of 1 pack has problems" in captured.err


def test_pack_problems_count_one_more_problem_in_the_singular(tmp_path: Path) -> None:
    from qa_desktop.errors import RulePackError
    from qa_desktop.rules import load_pack

    text = (ROOT / "rules" / "zh-ecommerce.yaml").read_text(encoding="utf-8")
    pack = tmp_path / "two.yaml"
    pack.write_text(text.replace("weight: 20", "weight: lots", 1).replace("points: 10", "points: 10\n    colour: red", 1),
                    encoding="utf-8")
    with pytest.raises(RulePackError, match=r"\(and 1 more problem\)$"):
        load_pack(pack)


def test_rules_check_prints_titles_beside_ids(capsys) -> None:
    assert main(["rules", "check", str(ROOT / "rules" / "zh-ecommerce.yaml")]) == 0
    out = capsys.readouterr().out
    assert "greeting 开场白" in out and "(critical)" in out


REPORTS = [
    {"file": "a.wav", "agent": "Z3001", "score": 90.0, "pack": "zh-ecommerce", "pack_version": "1.1",
     "critical_failed": [], "results": [], "error": None},
    {"file": "b.wav", "agent": "Z3001", "score": 0.0, "pack": "zh-ecommerce", "pack_version": "1.1",
     "critical_failed": ["forbidden"], "results": [{"rule": "forbidden", "title": "服务禁语"}], "error": None},
    {"file": "c.wav", "agent": "Y4001", "score": 70.0, "pack": "zh-ecommerce", "pack_version": "1.1",
     "critical_failed": [], "results": [], "error": None, "skipped": "already stored"},
    {"file": "d.wav", "agent": None, "score": None, "error": "d.wav: not audio"},
]


def test_audit_last_lines_name_the_pack_the_database_the_reports_and_each_agent(tmp_path: Path) -> None:
    lines = closing_lines(REPORTS, tmp_path / "qa.sqlite", {"JSON": str(tmp_path / "a.json"), "CSV": None})
    assert lines[0] == "Rule pack: zh-ecommerce 1.1 (3 calls)"
    assert lines[1] == f"Database: {tmp_path / 'qa.sqlite'}"
    assert lines[2] == f"Reports: JSON {tmp_path / 'a.json'}"
    table = lines[3:]
    assert table[0].split() == ["Agent", "Calls", "Average", "score", "Critical", "failures"]
    assert [row.split() for row in table[1:]] == [["Z3001", "2", "45.0", "1"], ["Y4001", "1", "70.0", "0"]]
    assert critical_labels(REPORTS[1]) == "forbidden (服务禁语)"
    assert closing_lines(REPORTS[3:], None, {})[0] == "Rule pack: none (no call was scored)"


def test_version_says_how_the_scorer_runs(capsys) -> None:
    """Support asks which build an inspector runs: the installers' compiled scorer or a source install's
    Python one (packaging/native.py; the bundle's "(scorer: compiled)" is checked by packaging/smoke.sh)."""
    import qa_desktop

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out == f"qa-desktop {qa_desktop.__version__} (scorer: Python)\n"
