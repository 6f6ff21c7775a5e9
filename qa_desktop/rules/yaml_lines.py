"""YAML that remembers where each value was written.

QA leads edit packs by hand; an error that says "rules[7].threshold" is far
less useful than "zh-ecommerce.yaml:88 threshold". PyYAML's composer keeps a
mark on every node, so we build plain dicts/lists that carry those lines.
"""

from __future__ import annotations

from typing import Any

import yaml

from qa_desktop.rules.yaml_words import error_line, plain_words


class LineDict(dict):
    """A mapping plus the line of itself (`line`) and of each key (`lines`)."""

    line: int = 0
    lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)


class LineList(list):
    """A sequence plus the line of itself and of each item."""

    line: int = 0
    lines: list[int]

    def line_of(self, index: int) -> int:
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


def _convert(node: yaml.Node, loader: yaml.SafeLoader) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = LineDict()
        out.line = line
        out.lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key = str(key)
            out[key] = _convert(value_node, loader)
            out.lines[key] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = LineList(_convert(v, loader) for v in node.value)
        seq.line = line
        seq.lines = [v.start_mark.line + 1 for v in node.value]
        return seq
    return loader.construct_object(node, deep=True)


def parse(text: str) -> tuple[Any, str | None, int]:
    """Parse `text`; returns (data, error message, error line)."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None, 0
        return _convert(node, loader), None, 0
    except yaml.MarkedYAMLError as exc:
        return None, f"not valid YAML: {plain_words(exc)}", error_line(exc)
    except yaml.YAMLError as exc:
        return None, f"not valid YAML: {exc}", 0
    finally:
        loader.dispose()
