"""YAML that remembers where each value was written.

QA leads edit packs by hand; an error that says "rules[7].threshold" is far
less useful than "zh-ecommerce.yaml:88 threshold". PyYAML's composer keeps a
mark on every node, so we build plain dicts/lists that carry those lines.

Hostile or careless YAML is refused here, before it costs memory or silently
changes meaning: a key written twice in one mapping (PyYAML would keep the
last one), and anchors/aliases that expand to more values than any real pack
has (a "billion laughs" alias bomb: a few lines that grow to gigabytes).
The text's own size is capped by the loaders (MAX_PACK_BYTES).
"""

from __future__ import annotations

from typing import Any

import yaml

from qa_desktop.rules.yaml_words import error_line, plain_words

MAX_PACK_BYTES = 2 * 1024 * 1024  # the shipped packs are ~20 KB; a pack 100x that is not a rule pack
MAX_VALUES = 200_000  # values after expanding aliases (shipped packs: ~2,000)


class _Refused(Exception):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


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


def _convert(node: yaml.Node, loader: yaml.SafeLoader, budget: list[int]) -> Any:
    line = node.start_mark.line + 1
    budget[0] -= 1
    if budget[0] < 0:
        raise _Refused(f"the anchors and aliases (&, *) expand to more than {MAX_VALUES:,} values; "
                       "a rule pack needs far fewer (alias bomb?)", line)
    if isinstance(node, yaml.MappingNode):
        out = LineDict()
        out.line = line
        out.lines = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag == "tag:yaml.org,2002:merge":
                raise _Refused("merge keys (<<) are not supported in rule packs; write the fields out",
                               key_node.start_mark.line + 1)
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Refused("a key must be a plain name, not a list or mapping", key_node.start_mark.line + 1)
            key = str(loader.construct_object(key_node, deep=True))
            if key in out:
                raise _Refused(f"duplicate key {key!r} (also on line {out.lines[key]}); "
                               "YAML would silently keep only the last one", key_node.start_mark.line + 1)
            out[key] = _convert(value_node, loader, budget)
            out.lines[key] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = LineList(_convert(v, loader, budget) for v in node.value)
        seq.line = line
        seq.lines = [v.start_mark.line + 1 for v in node.value]
        return seq
    return loader.construct_object(node, deep=True)


def parse(text: str) -> tuple[Any, str | None, int]:
    """Parse `text`; returns (data, error message, error line)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_PACK_BYTES:
        return None, f"the file is {size / 1048576:.1f} MB; a rule pack is at most {MAX_PACK_BYTES // 1048576} MB", 0
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None, 0
        return _convert(node, loader, [MAX_VALUES]), None, 0
    except _Refused as exc:
        return None, str(exc), exc.line
    except RecursionError:
        return None, "the YAML is nested too deeply to be a rule pack", 0
    except yaml.MarkedYAMLError as exc:
        return None, f"not valid YAML: {plain_words(exc)}", error_line(exc)
    except yaml.YAMLError as exc:
        return None, f"not valid YAML: {exc}", 0
    finally:
        loader.dispose()
