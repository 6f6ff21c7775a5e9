"""Pass-rate targets for a scorecard: from the rule packs the calls were scored with.

A quality lead sets the target where the rule is defined: a pack's rule or
section may carry `target` (0–1, the share of calls that should pass it); a
rule without one takes its section's, and a section without one the
scorecard's global target (`--target`). The packs are the stored versions
the scores were computed with (not today's files), newest last, so a rule
edited in a later version takes that version's target. (A metric rule's own
goal, say 180 words a minute, is its `metric_target`, not a pass rate.)
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from qa_desktop.errors import QAError
from qa_desktop.storage.packs import load_stored_pack

log = logging.getLogger(__name__)


def pass_target(item: Any) -> float | None:
    """A rule's or section's pass-rate target (0–1) when its pack sets one."""
    value = getattr(item, "target", None)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 1:
        return float(value)
    return None


@dataclass(slots=True)
class Targets:
    rules: dict[str, float] = field(default_factory=dict)
    sections: dict[str, float] = field(default_factory=dict)
    default: float = 0.9

    def for_rule(self, rule: str, section: str) -> float:
        return self.rules.get(rule, self.sections.get(section, self.default))


def collect(packs: list[Any], default: float, overrides: dict[str, float] | None = None) -> Targets:
    """Targets from `packs` (oldest first; a later pack's target wins), then explicit per-rule `overrides`."""
    targets = Targets(default=default)
    for pack in packs:
        for section in getattr(pack, "sections", []):
            if (value := pass_target(section)) is not None:
                targets.sections[section.id] = value
        for rule in getattr(pack, "rules", []):
            if (value := pass_target(rule)) is not None:
                targets.rules[rule.id] = value
    targets.rules.update(overrides or {})
    return targets


def stored_packs(conn: sqlite3.Connection, where: str, args: list[Any]) -> list[Any]:
    """The rule packs (as stored) behind the current scores of the calls in `where`, oldest first."""
    packs = []
    for (pack_id,) in conn.execute(
            f"SELECT DISTINCT sc.pack_id FROM call_summary s JOIN scores sc ON sc.id = s.score_id WHERE {where}"
            " ORDER BY sc.pack_id", args):
        try:
            packs.append(load_stored_pack(conn, pack_id))
        except QAError as exc:  # its targets are lost, not the scorecard: the global target applies
            log.warning("rule pack #%s cannot be rebuilt for its targets: %s", pack_id, exc)
    return packs
